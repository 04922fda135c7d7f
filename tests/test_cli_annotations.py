"""Annotations through the CLI: filters, topics, show, and upgrading an older store."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from claimcheck.pipeline import article_id
from claimcheck.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from claimcheck.storage.store import APPLICATION_ID
from conftest import SEEDS, Invoke, write


@pytest.fixture
def seeded(cli: Invoke, tmp_path: Path) -> Path:
    seeds = Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
    assert cli("ingest", seeds).exit_code == 0
    return seeds


def claims(cli_json, *args: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return cli_json("claims", "--json", *args)


def test_hedged_filter_shows_only_hedged_claims(cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    hedged = claims(cli_json, "--hedged")
    assert hedged and all(c["hedges"] for c in hedged)
    everything = claims(cli_json)
    flat = [c for c in everything if c["text"].startswith("China is the second-largest recipient")]
    assert flat and flat[0]["hedges"] == [] and flat[0]["id"] not in {c["id"] for c in hedged}


def test_speaker_filter_is_case_insensitive_and_forgives_typos(cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    putin = claims(cli_json, "--speaker", "putin")
    assert putin and {c["attribution"]["normalized"] for c in putin} == {"Putin"}
    assert [c["id"] for c in claims(cli_json, "--speaker", "Puttin")] == [c["id"] for c in putin]
    assert claims(cli_json, "--speaker", "nobody-at-all") == []


def test_topic_by_name_and_by_fuzzy_words(cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    space = claims(cli_json, "--topic", "space")
    assert space and all("space" in c["topics"] for c in space)
    by_label = claims(cli_json, "--topic", "Space and satellites")
    assert [c["id"] for c in by_label] == [c["id"] for c in space]
    words = claims(cli_json, "--topic", "missle warning")  # no such topic: words, typo allowed
    assert len({c["article_id"] for c in words}) >= 3
    assert all("warning" in c["text"].lower() for c in words)


def test_topics_lists_counts(cli: Invoke, cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    rows = cli_json("topics", "--json")
    counts = {r["topic"]: r["claims"] for r in rows}
    assert counts["space"] == len(claims(cli_json, "--topic", "space"))
    assert [r["claims"] for r in rows] == sorted((r["claims"] for r in rows), reverse=True)
    assert "Space and satellites" in cli("topics").stdout


def test_a_topic_file_retags_without_changing_the_store(
    cli_json, seeded: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    topics = write(tmp_path / "topics.toml", '[radar]\nlabel = "Radar"\nwords = ["radar*"]\n')
    rows = cli_json("topics", "--json", "--topics", topics)
    assert rows[0]["topic"] == "radar" and rows[0]["claims"] > 0
    radar = claims(cli_json, "--topic", "radar", "--topics", topics)
    assert radar and all("radar" in c["text"].lower() for c in radar)
    assert all("radar" not in c["topics"] for c in claims(cli_json))  # the store is unchanged


def test_show_explains_a_claim(cli: Invoke, cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    target = next(
        c for c in claims(cli_json, "--article", "001") if c["text"].startswith("In October 2019")
    )
    result = cli("show", target["id"][:8])
    assert result.exit_code == 0
    out = result.stdout
    assert "Putin" in out and "revealed" in out and "2019-10" in out and "missile-defense" in out
    data = cli_json("show", target["id"], "--json")
    assert data["evidence"].startswith("In October 2019, Putin revealed")
    assert data["attribution"]["reported"] is False  # "revealed" vouches for what it reports
    assert data["dates"][0]["value"] == "2019-10"


def test_show_unknown_claim(cli: Invoke, seeded: Path) -> None:
    result = cli("show", "zzzz")
    assert (
        result.exit_code == 1
        and "no claim, cluster, article or story matches 'zzzz'" in result.stderr
    )


def test_context_hedge_reaches_the_claim_it_refers_to(cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    putin_002 = claims(cli_json, "--article", "002", "--speaker", "Putin")
    context = [h for c in putin_002 for h in c["hedges"] if h["scope"] == "context"]
    assert {h["category"] for h in context} == {"caution"}
    assert {h["cue"] for h in context} >= {"caution"}


def test_an_older_store_is_migrated_and_its_claims_redone(
    cli: Invoke, cli_json, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "old.db"
    text = "Prices may rise."
    aid = article_id(text)
    conn = sqlite3.connect(db)
    MIGRATIONS[0](sqlite_utils.Database(conn))  # a store as the first release wrote it
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles VALUES (?, ?, 'x.txt', '/elsewhere/x.txt', 'x.txt', NULL, "
        "NULL, 'news', NULL, 'text', 'utf-8', 1, '2023-01-01', ?)",
        (aid, aid, text),
    )
    conn.execute("INSERT INTO claims VALUES ('c1', ?, 0, ?, 0, 16, 0, 0, 'body')", (aid, text))
    conn.commit()
    conn.close()
    listed = cli_json("claims", "--json", "--db", db)
    assert [(c["text"], c["hedges"]) for c in listed] == [(text, [])]
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    result = cli("ingest", "--db", db, write(tmp_path / "x.txt", text))
    assert result.exit_code == 0 and "claims redone" in result.stdout
    exported = json.loads(cli("export", "--db", db).stdout)
    assert len(exported["articles"]) == 1
    assert [h["cue"] for h in exported["claims"][0]["hedges"]] == ["may"]


def test_furniture_is_counted_at_ingest_and_listed_by_show(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "merger.txt",
        "Towns vote to merge\nBy Jo Smith\n\n date 2023-08-24 Six towns voted to merge.\n\n"
        "https://example.com/merger\n\nWhat comes next\n\nThe new council meets in May.\n\n"
        "Share this article\n",
    )
    result = cli("ingest", path)
    assert result.exit_code == 0
    assert "5 paragraphs set aside as page furniture" in result.stdout
    assert "headings 1" not in result.stdout and "heading 1" in result.stdout
    shown = cli("show", "merger")
    assert shown.exit_code == 0
    assert "heading" in shown.stdout and "“What comes next”" in shown.stdout
    assert "link" in shown.stdout and "example.com/merger" in shown.stdout
    data = cli_json("show", "merger.txt", "--json")
    roles = [(p["role"], p["text"], p["claims"]) for p in data["paragraphs"]]
    assert roles == [
        ("headline", "Towns vote to merge", 1),
        ("byline", "By Jo Smith", 0),
        ("dateline", "date 2023-08-24", 0),
        ("body", "Six towns voted to merge.", 1),
        ("link", "https://example.com/merger", 0),
        ("heading", "What comes next", 0),
        ("body", "The new council meets in May.", 1),
        ("boilerplate", "Share this article", 0),
    ]
