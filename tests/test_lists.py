"""Two claims that give figures in one order, all alike but one: the one that differs is a
conflict, however differently the claims word it."""

from pathlib import Path

from claimcheck.comparing.report import build_report
from test_conflicts import store_with

# the two articles state a same claim, so they are one story
SHARED = (
    "date 2023-01-19\n\nHundreds of thousands marched across France against the pension reform. "
)


def conflicts(tmp_path: Path, a: str, b: str) -> list[tuple[str, str]]:
    """The report's conflicts (kind, detail) between two articles sharing ``SHARED``."""
    store = store_with(tmp_path, {"a.txt": SHARED + a, "b.txt": SHARED + b})
    return [(c.kind, c.detail) for c in build_report(store).conflicts]


def number_conflicts(tmp_path: Path, a: str, b: str) -> list[str]:
    return [detail for kind, detail in conflicts(tmp_path, a, b) if kind == "number"]


def test_the_one_figure_that_differs_in_lists_given_alike_conflicts(tmp_path: Path) -> None:
    found = number_conflicts(
        tmp_path / "ratio",
        "With 112 outcomes and presidency documents, we have more than tripled the work.",
        "He also said there are 112 outcomes which are two and a half times than ever achieved.",
    )
    assert len(found) == 1 and "tripled" in found[0] and "two and a half times" in found[0]
    assert "“112”" in found[0]
    found = number_conflicts(
        tmp_path / "percent",
        "The government puts the numbers at 42 percent and 65 percent, respectively.",
        "The Education Ministry said 42.35% of teachers in primary education were striking, "
        "and 34.66% in secondary education.",
    )
    assert len(found) == 1 and "42.35%" in found[0] and "34.66%" in found[0]


def test_lists_not_tied_by_a_figure_of_many_digits_do_not(tmp_path: Path) -> None:
    # small figures alike are often chance: two players' lines
    assert not number_conflicts(
        tmp_path / "small",
        "Hansbrough finished the game with 20 points and nine rebounds.",
        "Vaughn finished with 16 points and nine rebounds.",
    )
    # a figure bounded or approximate fixes no place in a list: "some 70" allows 65
    assert not number_conflicts(
        tmp_path / "approx",
        "The union said 65.5% of secondary teachers were on strike, and 70% of primary.",
        "Unions said some 65.5 percent of teachers struck and 65 percent of primary teachers.",
    )


def test_lists_of_different_things_or_all_alike_do_not(tmp_path: Path) -> None:
    # what each figure counts differs: not one list given twice
    assert not number_conflicts(
        tmp_path / "counted",
        "Officials counted 1,240 homes destroyed and 12 people dead.",
        "Officials counted 1,240 homes destroyed and 30 schools damaged.",
    )
    # every figure alike: no conflict
    assert not number_conflicts(
        tmp_path / "alike",
        "Lai won 40.05% of the vote and Hou 33.49%.",
        "Lai took 40 percent and Hou 33 percent.",
    )


def test_ages_and_years_are_no_figures_of_a_list(tmp_path: Path) -> None:
    # an age given with a name is its attribute: one conflict, of that kind
    found = conflicts(
        tmp_path / "age",
        "Abdel Bary, 23, was named over the 1,250 emails he sent.",
        "Abdel Bary, 24, was named over the 1,250 emails he sent.",
    )
    assert [kind for kind, _ in found] == ["attribute"]
    # a year is a date, which ties no list: "the 1998 bombings"
    assert not conflicts(
        tmp_path / "year",
        "Investigators counted 12 devices after the 1998 bombings.",
        "There were 14 devices in the 1998 bombings, the court heard.",
    )


def test_a_range_or_a_figure_of_another_order_of_size_is_no_item_given_wrong(
    tmp_path: Path,
) -> None:
    # the ends of a range are one value somewhere between them, not two items
    assert not number_conflicts(
        tmp_path / "range",
        "The steel watch is expected to start at $499 to $549.",
        "The steel watch will start at $500 while gold models could cost $1,200.",
    )
    # "$500" against "$7,500": another item more likely than one figure given wrong
    assert not number_conflicts(
        tmp_path / "order",
        "The gold and steel watches may cost $5,000 and $500, respectively.",
        "The gold watch starts at $4,999 and could reach $7,500.",
    )
