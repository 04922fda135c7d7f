"""A named source's telling dated by the day it spoke, and two outlets that date one telling
on two days set side by side."""

from pathlib import Path

import pytest

from claimcheck.annotate.annotator import Annotator
from claimcheck.comparing.conflicts import ConflictFinder
from claimcheck.comparing.report import build_report
from claimcheck.evaluation.matching import sentence_claims
from claimcheck.grouping.match import Idf, Scorer
from test_conflicts import store_with


def told_on(text: str) -> list[str]:
    """The days of the claim's tellings, as written."""
    finder = ConflictFinder(Scorer(), Idf.of([]))
    (claim,) = sentence_claims([text], Annotator())
    dates = finder.event_dates(claim)
    return [t.date.text for t in finder.telling_reader.tellings(claim, dates)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Health Minister Sabin Nsanzimana announced the grim news late on Saturday.",
            ["on Saturday"],
        ),
        ("Minister Sabin Nsanzimana announced Sunday that six people have died.", ["Sunday"]),
        ("President Barack Obama announced plans Tuesday to resume the reviews.", ["Tuesday"]),
        ("Six people have died, Minister Sabin Nsanzimana said on Monday.", ["on Monday"]),
        # the day of what is told, not of the telling
        ("Minister Sabin Nsanzimana said the first patient died on Saturday.", []),
        ("Minister Sabin Nsanzimana announced that the clinic would open on Monday.", []),
        ("Minister Sabin Nsanzimana said police found him on Saturday.", []),
        (
            "Six people have died, Minister Sabin Nsanzimana said in a statement on Monday.",
            ["on Monday"],
        ),
        # after a clause that leads to the speaker, what follows the verb is what is told
        (
            "After the vote, Minister Sabin Nsanzimana said this showed how the virus spread on "
            "Saturday.",
            [],
        ),
        # a speaker with no name: a telling of whom?
        ("Officials announced the grim news late on Saturday.", []),
    ],
)
def test_the_day_a_named_source_spoke_dates_its_telling(text: str, days: list[str]) -> None:
    assert told_on(text) == days


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        # one name written shorter, past titles and an owner
        (
            "Minister Sabin Nsanzimana announced it on Sunday.",
            "Rwanda's Health Minister Sabin Nsanzimana announced it.",
            True,
        ),
        ("Kant said it on Friday.", "G20 Sherpa Amitabh Kant said it.", True),
        # two offices of one kind, two people of one title, or another verb
        (
            "The Health Ministry announced it on Sunday.",
            "The Finance Ministry announced it.",
            False,
        ),
        ("President Joe Biden said it on Sunday.", "President Xi Jinping said it.", False),
        ("Sabin Nsanzimana announced it on Sunday.", "Sabin Nsanzimana warned it.", False),
        ("George Papandreou announced it on Sunday.", "George Papandreou told Parliament.", False),
        ("George Papandreou announces it on Sunday.", "George Papandreou announced it.", True),
        # no name: "Officials" opens the claim as any word would
        ("Officials said it on Sunday.", "Officials said it.", False),
    ],
)
def test_one_source_is_one_name_written_shorter_or_in_full(a: str, b: str, one: bool) -> None:
    finder = ConflictFinder(Scorer(), Idf.of([]))
    x, y = sentence_claims([a, b], Annotator())
    assert finder.telling_reader.same_teller(x, y) is one


# the two articles state a same claim, so they report one event
SHARED = "date 2024-09-30\n\nRwanda has confirmed an outbreak of Marburg virus in the country. "


def date_conflicts(tmp_path: Path, a: str, b: str, shared: str = SHARED) -> list[str]:
    store = store_with(tmp_path, {"a.txt": shared + a, "b.txt": shared + b})
    return [c.detail for c in build_report(store).conflicts if c.kind == "date"]


def test_one_telling_dated_on_two_days_conflicts(tmp_path: Path) -> None:
    found = date_conflicts(
        tmp_path,
        "Health Minister Sabin Nsanzimana announced the grim news late on Saturday.",
        "Rwanda's Health Minister Sabin Nsanzimana announced Sunday that six people have died.",
    )
    assert len(found) == 1 and "“on Saturday”" in found[0] and "“Sunday”" in found[0]


def test_other_tellings_or_the_day_of_what_is_told_do_not(tmp_path: Path) -> None:
    # the same source telling by another verb: another telling, on its own day
    assert not date_conflicts(
        tmp_path / "verb",
        "Health Minister Sabin Nsanzimana announced the grim news late on Saturday.",
        "Health Minister Sabin Nsanzimana warned Sunday that more cases may follow.",
    )
    # another source
    assert not date_conflicts(
        tmp_path / "source",
        "Health Minister Sabin Nsanzimana announced the grim news late on Saturday.",
        "WHO chief Tedros Ghebreyesus announced Sunday that a team would travel to Kigali.",
    )
    # the day the first patient died, not the day the minister told it
    assert not date_conflicts(
        tmp_path / "told",
        "Health Minister Sabin Nsanzimana announced the grim news late on Saturday.",
        "Health Minister Sabin Nsanzimana announced that the first patient died on Sunday.",
    )
    # articles that state nothing alike may report two events: two announcements
    assert not date_conflicts(
        tmp_path / "apart",
        "Health Minister Sabin Nsanzimana announced the grim news late on Saturday.",
        "Health Minister Sabin Nsanzimana announced Sunday that six people have died.",
        shared="date 2024-09-30\n\n",
    )
