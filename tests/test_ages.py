"""Ages given alike: "Kane, 30,", "the 30-year-old" and "Harry Kane (30)" state one age of one
person, in sentences that say different things."""

import json
from pathlib import Path

import pytest

from claimcheck.annotate.annotator import Annotator
from claimcheck.comparing.ages import AgeReader
from claimcheck.comparing.report import build_report
from claimcheck.evaluation.matching import sentence_claims
from claimcheck.lexicons import Lexicons
from claimcheck.output.export import store_document
from conftest import store_with
from test_conflicts import grouped

SHARED = "Harry Kane joined Bayern Munich from Tottenham on Saturday in a record transfer."
KANE = {
    "a.txt": f"{SHARED}\n\nKane, 30, leaves Spurs as their all-time top scorer.",
    "b.txt": f"{SHARED}\n\nThe 30-year-old landed in Germany on Friday to complete his medical.",
    "c.txt": f"{SHARED}\n\nEngland captain Harry Kane (30) signed a contract until 2027.",
}


@pytest.fixture(scope="module")
def ages() -> tuple[AgeReader, Annotator]:
    return AgeReader(Lexicons()), Annotator()


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Kane, 30, leaves Spurs as their top scorer.", [("Kane, 30", 30, {"kane"})]),
        (
            "England captain Harry Kane (30) has joined Bayern.",
            [("Harry Kane (30)", 30, {"harry", "kane"})],
        ),
        ("The 30-year-old landed in Germany on Friday.", [("30-year-old", 30, set())]),
        ("A nine-year-old boy was among the cases.", [("nine-year-old", 9, set())]),
        (
            "Raj Chohan, aged 59, had just parked her car.",
            [("Raj Chohan, aged 59", 59, {"raj", "chohan"})],
        ),
        # a place before an age names nobody; a day and a count are no ages
        ("The star has died in Los Angeles, aged 85.", [("aged 85", 85, set())]),
        ("He signed a contract valid until June 30, 2027.", []),
        ("Some 30 people were hurt and 12 remain in hospital.", []),
    ],
)
def test_an_age_is_read_with_the_name_it_is_given_with(
    ages: tuple[AgeReader, Annotator], text: str, given: list[tuple[str, int, set[str]]]
) -> None:
    reader, annotator = ages
    (claim,) = sentence_claims([text], annotator)
    found = reader.ages(claim)
    assert [(a.text, a.years) for a in found] == [(t, y) for t, y, _ in given]
    assert [a.name for a in found] == [name for _, _, name in given]


def test_one_persons_age_in_three_wordings_is_one_group(tmp_path: Path) -> None:
    report = build_report(store_with(tmp_path, KANE))
    (group,) = report.figures
    assert group.independent == 3
    assert set(group.figures) == {"Kane, 30", "30-year-old", "Harry Kane (30)"}
    # the sentences say different things: three groups of their own
    assert len({w.claim.cluster_id for w in group.wordings}) == 3


def test_the_export_holds_each_age_with_its_span(tmp_path: Path) -> None:
    store = store_with(tmp_path, KANE)
    document = json.loads(json.dumps(store_document(store)))
    (group,) = [c for c in document["clusters"] if c["kind"] == "figure"]
    texts = {a["id"]: store.article_text(a["id"]) for a in document["articles"]}
    members = [c for c in document["claims"] if c["cluster_id"] == group["id"]]
    assert sorted(texts[m["article_id"]][m["start"] : m["end"]] for m in members) == [
        "30-year-old",
        "Harry Kane (30)",
        "Kane, 30",
    ]


def test_ages_of_different_people_are_not_given_alike(tmp_path: Path) -> None:
    # a brother and a sister, and a different age of one person
    store = store_with(
        tmp_path,
        {
            "a.txt": f"{SHARED}\n\nJohn Kane, 30, watched from the stands with the family.",
            "b.txt": f"{SHARED}\n\nHis sister Katie Kane, 30, travelled to Munich as well.",
            "c.txt": f"{SHARED}\n\nThe striker Harry Kane, 31, is the club's first signing.",
        },
    )
    assert build_report(store).figures == []


LISTED = (
    "Both the active cases, a 9-year-old child and a 24-year-old person, are relatives.",
    "His 9-year-old son and 25-year-old brother-in-law have tested positive.",
)


@pytest.mark.parametrize(
    ("a", "b", "published", "conflicts"),
    [
        # two lists of the same people, whose other age agrees
        (*LISTED, {}, ["age “24-year-old” vs “25-year-old”"]),
        # ... unless a birthday between the articles' dates makes both right
        (*LISTED, {"article0": "2023-01-10", "article1": "2024-03-02"}, []),
        # lists that share no age are of other people
        (
            "A 9-year-old child and a 24-year-old person were admitted.",
            "A 12-year-old boy and a 25-year-old man were discharged.",
            {},
            [],
        ),
        # one name, two ages: a conflict of that name's attribute, given once
        (
            "Deputies identified the suspect as Jose Luis Orozco, 27, a parolee.",
            "The jury found Jose Luis Orozco, 29, guilty of murder on Monday.",
            {},
            ["“Jose Luis Orozco, 27” vs “Jose Luis Orozco, 29”"],
        ),
    ],
)
def test_two_ages_of_one_person_conflict(
    a: str, b: str, published: dict[str, str | None], conflicts: list[str]
) -> None:
    finder, claims = grouped(a, b)
    assert [c.detail for c in finder.find(claims, [], published)] == conflicts
