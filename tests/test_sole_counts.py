"""The one count of a thing that each of two articles gives: "20 reported cases" against "26
cases have been identified", where neither clause says anything else to tie them."""

from pathlib import Path

import pytest

from test_measures import measure_in, number_conflicts

SHARED = "The ministry urged people to boil their drinking water and wash their hands."
FIRST = (
    "The health ministry has confirmed an outbreak of cholera in Zambia, with four "
    f"fatalities and 31 reported cases.\n\n{SHARED}\n"
)
LATER = "Since the outbreak was declared on Monday, 45 cases have been identified, and 4 of them are dead."


def test_two_articles_each_giving_one_count_of_a_thing_conflict(tmp_path: Path) -> None:
    found = number_conflicts(tmp_path, FIRST, f"{SHARED}\n\n{LATER}\n")
    assert ("31", "45") in found or ("45", "31") in found


@pytest.mark.parametrize(
    ("first", "later"),
    [
        # the later article counts cases twice: which is the outbreak's, nothing says
        (FIRST, f"{LATER} A separate cluster of 9 cases was found in the north of the country."),
        # its count is of suspected cases, a kind of them
        (FIRST, LATER.replace("45 cases", "45 suspected cases")),
        # orders of size apart: more likely counts of two scopes than one given wrong
        (FIRST, LATER.replace("45 cases", "4,500 cases")),
        # each clause says more than its count, and the two say nothing alike
        (FIRST.replace("31 reported cases", "31 reported cases in young children"), LATER),
    ],
)
def test_a_count_no_words_tie_is_compared_only_as_the_articles_one_count_of_it(
    tmp_path: Path, first: str, later: str
) -> None:
    found = number_conflicts(tmp_path, first, f"{SHARED}\n\n{later}\n")
    assert not [pair for pair in found if "31" in pair]


def test_a_part_of_a_figure_before_it_is_a_part() -> None:
    assert measure_in(LATER, "4").partitive
    assert not measure_in(LATER, "45").partitive


def test_a_sentence_that_tells_a_count_rose_gives_its_other_counts_as_later_ones(
    tmp_path: Path,
) -> None:
    later = (
        "Health officials reported 45 confirmed cases and 6 deaths, including a rise in "
        "fatalities from four to six since Monday."
    )
    assert measure_in(later, "45").update
    found = number_conflicts(tmp_path, FIRST, f"{SHARED}\n\n{later}\n")
    assert not [pair for pair in found if "31" in pair]


def test_what_a_count_counts_leaves_out_how_it_became_known() -> None:
    assert measure_in("The outbreak has 20 reported cases.", "20").counted_kind == {"case"}
    # a count of what a verb of speech also names still counts it
    claims = measure_in("The insurer has rejected 30 claims.", "30")
    assert claims.counted_kind and claims.counted_kind == claims.counted
