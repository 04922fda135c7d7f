"""Statements made alike: a clause one source states in a sentence that says more, another
source states in a sentence of its own."""

import json
from pathlib import Path

import pytest

from claimcheck.comparing.report import build_report
from claimcheck.comparing.statements import StatementReader
from claimcheck.grouping.match import Scorer
from claimcheck.output.export import store_document
from claimcheck.output.report_page import report_markdown
from conftest import store_with, write

SHARED = "Finland joined NATO on Tuesday in Brussels, ending decades of military non-alignment."
# two sentences that say different things, but state one clause alike
ALIKE = {
    "a.txt": f"{SHARED}\n\nThe Finnish flag was raised outside the alliance headquarters, "
    "as the country became the 31st member of the alliance, in a ceremony attended by "
    "foreign ministers.",
    "b.txt": f"{SHARED}\n\nThe Kremlin warned of countermeasures on Tuesday, hours after the "
    "country became the 31st member of the alliance.",
}


@pytest.fixture(scope="module")
def reader() -> StatementReader:
    scorer = Scorer()
    return StatementReader(scorer, scorer.normalizer.lexicons)


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "The flag was raised at the headquarters, to mark the country becoming its 31st "
            "member, the BBC reports.",
            [
                "The flag was raised at the headquarters",
                "to mark the country becoming its 31st member",
            ],
        ),
        # a comma between digits is a figure's; "which" opens a clause of its own
        (
            "At least 40,000 people marched in Lyon which is the second city of France.",
            ["At least 40,000 people marched in Lyon", "which is the second city of France"],
        ),
        # a phrase led by "with" belongs to its clause, unless a comma sets it off
        (
            "Marburg spreads through contact with bodily fluids of the sick, with six "
            "deaths reported so far.",
            [
                "Marburg spreads through contact with bodily fluids of the sick",
                "with six deaths reported so far",
            ],
        ),
        # one clause: nothing of its own to state alike
        ("Finland joined the alliance on Tuesday.", []),
    ],
)
def test_a_sentence_is_read_as_its_clauses(
    reader: StatementReader, text: str, clauses: list[str]
) -> None:
    assert [text[s:e] for s, e in reader.spans(text)] == clauses


@pytest.mark.parametrize(
    ("clause", "states"),
    [
        ("as it became the 31st member of the alliance", True),
        ("while there are no specific treatments for the virus", True),
        ("the blue-and-white flag rising outside the headquarters", True),
        # a verb in -s after a relative pronoun that is its subject
        ("which spreads between farms through water", True),
        ("who bakes bread for the old town", True),
        # who says it, a name, a time: nothing stated
        ("the military said in a statement", False),
        ("according to the county fire chief", False),
        ("tight end Jimmy Graham", False),
        ("The United Arab Emirates", False),  # a capitalised word is a name
        ("for seven long years", False),
    ],
)
def test_a_clause_states_something_when_it_has_a_verb_other_than_of_speech(
    reader: StatementReader, clause: str, states: bool
) -> None:
    assert reader.predicate(clause) is states


def test_a_clause_two_sources_state_in_different_sentences_is_a_group(tmp_path: Path) -> None:
    store = store_with(tmp_path, ALIKE)
    report = build_report(store)
    statements = [f for f in report.figures if f.kind == "statement"]
    assert len(statements) == 1
    found = statements[0]
    assert found.id.startswith("statement-") and found.independent == 2
    assert {w.article.name for w in found.wordings} == {"a.txt", "b.txt"}
    assert all(t.endswith("became the 31st member of the alliance") for t in found.figures)
    # the two sentences stay claims of their own groups
    assert len({w.claim.cluster_id for w in found.wordings}) == 2
    assert "Statements made alike (1)" in report_markdown(report)


def test_a_clause_joins_its_statement_through_a_claim_of_its_own_group(tmp_path: Path) -> None:
    # c.txt says what a.txt says in near words (one group), and states the clause b.txt states
    # alike: the statement holds all three sources, though a group's claims are not paired
    articles = {
        **ALIKE,
        "c.txt": f"{SHARED}\n\nThe Finnish flag was raised outside the alliance headquarters "
        "on Tuesday, as the country became the 31st member of the alliance, in a ceremony "
        "attended by foreign ministers.",
    }
    store = store_with(tmp_path, articles)
    report = build_report(store)
    statements = [f for f in report.figures if f.kind == "statement"]
    assert len(statements) == 1
    found = statements[0]
    assert {w.article.name for w in found.wordings} == {"a.txt", "b.txt", "c.txt"}
    a, c = (next(w for w in found.wordings if w.article.name == n) for n in ("a.txt", "c.txt"))
    assert a.claim.cluster_id == c.claim.cluster_id


def test_the_export_holds_each_clause_with_its_span(tmp_path: Path) -> None:
    store = store_with(tmp_path, ALIKE)
    document = json.loads(json.dumps(store_document(store)))
    groups = [c for c in document["clusters"] if c["kind"] == "statement"]
    assert len(groups) == 1
    members = [c for c in document["claims"] if c["cluster_id"] == groups[0]["id"]]
    texts = {a["id"]: store.article_text(a["id"]) for a in document["articles"]}
    assert len(members) == 2
    for m in members:
        # the proposition's span is the clause, not the whole sentence
        assert texts[m["article_id"]][m["start"] : m["end"]] == m["text"] == m["statement"]
        assert m["text"].endswith("became the 31st member of the alliance")
        # each is a proposition of its whole claim, which stays a member of its own group
        whole = next(c for c in document["claims"] if c["id"] == m["part_of"])
        assert m["text"] in whole["text"] and whole["cluster_id"] != m["cluster_id"]
    rows = [r for r in document["table"] if r["statement"]]
    assert len(rows) == 1 and len(rows[0]["cells"]) == 2


def test_a_sentence_reworked_states_nothing_alike(tmp_path: Path) -> None:
    # the same words in another arrangement: one sentence reworked, kept apart as a
    # look-alike, whose clauses left as they were are no second wording
    store = store_with(
        tmp_path,
        {
            "a.txt": f"{SHARED}\n\nThe station was set up in 1947 by the survey team, as "
            "Station F on Winter Island in the Argentine Islands.",
            "b.txt": f"{SHARED}\n\nThe station was set up in 1947 by the survey team, as "
            "Station F on Argentine Island in the Winter Islands.",
        },
    )
    assert [f for f in build_report(store).figures if f.kind == "statement"] == []


@pytest.mark.parametrize(
    ("when_a", "when_b", "alike"),
    [
        # two days weeks apart: two ceremonies, each its own
        ("on 4 April 2023", "on 12 May 2021", False),
        # days near each other may be of one event, told a day apart
        ("on 4 April 2023", "on 5 April 2023", True),
    ],
)
def test_a_clause_of_claims_dated_apart_is_said_of_two_events(
    tmp_path: Path, when_a: str, when_b: str, alike: bool
) -> None:
    store = store_with(
        tmp_path,
        {
            "a.txt": f"{SHARED}\n\nThe Finnish flag was raised outside the alliance headquarters "
            f"{when_a}, as the country became the 31st member of the alliance, in a ceremony "
            "attended by foreign ministers.",
            "b.txt": f"{SHARED}\n\nThe Kremlin warned of countermeasures {when_b}, hours "
            "after the country became the 31st member of the alliance.",
        },
    )
    statements = [f for f in build_report(store).figures if f.kind == "statement"]
    assert bool(statements) is alike


def test_show_reads_a_statement_by_its_id(cli, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name, text in ALIKE.items():
        write(tmp_path / "news" / name, text)
    assert cli("ingest", tmp_path / "news").exit_code == 0
    (row,) = [r for r in cli_json("export", "--format", "json")["table"] if r["statement"]]
    ref = row["cluster_id"]
    shown = cli("show", ref).stdout
    assert shown.startswith(f"statement {ref}")
    assert "became the 31st member of the alliance" in shown and "  a · " in shown
    assert cli_json("show", ref, "--json")["kind"] == "statement"
    missing = cli("show", ref[:-8] + "00000000")
    assert missing.exit_code != 0
    assert "no figure or statement given alike matches" in missing.output
