"""A vote's two figures read together as its tally, and two outlets' tallies of one vote set
side by side."""

from pathlib import Path

import pytest

from claimcheck.annotate.annotator import Annotator
from claimcheck.comparing.report import build_report
from claimcheck.comparing.tallies import TallyReader
from claimcheck.evaluation.matching import sentence_claims
from claimcheck.grouping.normalize import Normalizer
from claimcheck.lexicons import Lexicons
from test_conflicts import store_with


def tallies(text: str) -> list[tuple[int, int]]:
    reader = TallyReader(Lexicons.packaged(), Normalizer.of().words)
    (claim,) = sentence_claims([text], Annotator())
    return [t.figures for t in reader.tallies(claim)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Lawmakers voted 195 to 106 in favor of the tax bill on Tuesday.", [(195, 106)]),
        ("196 MPs voted to pass the bill while 105 voted against it.", [(196, 105)]),
        ("The bill passed by a vote of 52 to 48.", [(52, 48)]),
        ("In a 7-2 vote, the court upheld the law.", [(7, 2)]),
        ("The motion was carried with 300 votes in favour and 12 against.", [(300, 12)]),
        # a figure beside a word of a vote is no tally; nor are two votes in one claim
        ("He voted for the bill in 2019 and 12 people died.", []),
        ("The House voted 219-212 and the Senate voted 60-40 for the bill.", []),
        ("The strike drew 40 to 50 people to the square.", []),
        ("The vote was moved from 2019 to 2021 by the court.", []),
    ],
)
def test_a_votes_two_figures_are_read_together(text: str, figures: list[tuple[int, int]]) -> None:
    assert tallies(text) == figures


BASE = "date 2024-06-26\n\nKenya's parliament passed the finance bill on Tuesday amid protests. "


def vote_conflicts(tmp_path: Path, a: str, b: str) -> list[str]:
    store = store_with(tmp_path, {"a.txt": BASE + a, "b.txt": BASE + b})
    return [c.detail for c in build_report(store).conflicts if c.kind == "number"]


def test_two_tallies_of_one_vote_that_differ_conflict(tmp_path: Path) -> None:
    found = vote_conflicts(
        tmp_path,
        "Lawmakers voted 195 to 106 in favor of the tax bill.",
        "196 MPs voted to pass the bill while 105 voted against it.",
    )
    assert found == ["vote “196–105” vs “195–106”"] or found == ["vote “195–106” vs “196–105”"]


def test_one_tally_written_two_ways_or_two_votes_do_not(tmp_path: Path) -> None:
    assert not vote_conflicts(
        tmp_path / "alike",
        "Lawmakers voted 195 to 106 in favor of the tax bill.",
        "195 MPs voted to pass the bill while 106 voted against it.",
    )
    # nothing voted on named alike: another vote
    assert not vote_conflicts(
        tmp_path / "other",
        "Lawmakers voted 195 to 106 in favor of the tax bill.",
        "Senators voted 40 to 20 to confirm the new governor.",
    )
