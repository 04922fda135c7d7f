from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from claimcheck.cli import app
from claimcheck.models import Document
from claimcheck.pipeline import Pipeline
from claimcheck.storage.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own database, never the user's claims/claimcheck.db."""
    db = tmp_path / "store" / "claims.db"
    monkeypatch.setenv("CLAIMCHECK_DB", str(db))
    for var in ("CLAIMCHECK_MAX_SIZE", "CLAIMCHECK_LEXICONS"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    return db


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


Invoke = Callable[..., Any]


@pytest.fixture
def cli(runner: CliRunner) -> Invoke:
    """Run the CLI; returns the click Result."""

    def invoke(*args: str, input: str | bytes | None = None) -> Any:
        return runner.invoke(app, [str(a) for a in args], input=input)

    return invoke


@pytest.fixture
def cli_json(cli: Invoke) -> Callable[..., Any]:
    def invoke(*args: str) -> Any:
        result = cli(*args)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    return invoke


def store_with(tmp_path: Path, articles: dict[str, str]) -> Store:
    """A store holding ``articles`` (file name -> text), ingested as one folder."""
    from claimcheck.config import Settings
    from claimcheck.ingest import ingest

    folder = tmp_path / "in"
    for name, text in articles.items():
        write(folder / name, text)
    db = tmp_path / "s.db"
    store = Store(db)
    ingest(store, [str(folder)], Settings(db_path=db))
    return store


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


_WORDS = re.compile(r"\w+")


def holds_evidence(claim_text: str, evidence: str) -> bool:
    """A claim's text states its evidence: the evidence's words as they stand (after a carried
    subject, perhaps), or, for a fact put back in order, only words the evidence has."""
    if " ".join(evidence.split()).lower() in claim_text.lower():
        return True
    return set(_WORDS.findall(claim_text.lower())) <= set(_WORDS.findall(evidence.lower()))


def word_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """How many stored claims hold each word of their normalised text, counted afresh."""
    counts: Counter[str] = Counter()
    for (norm,) in conn.execute("SELECT norm FROM claims"):
        counts.update(set(norm.split()))
    return dict(counts)


def check_consistent(db: Path) -> int:
    """The store is sound and every article in it is whole; returns how many articles."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    if not conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        conn.close()
        return 0  # the file was made, and the process stopped before its schema: nothing stored
    conn.execute("INSERT INTO claim_terms(claim_terms) VALUES ('integrity-check')")
    stale = conn.execute("SELECT 1 FROM meta WHERE key = 'text_index.stale'").fetchone()
    if not stale:  # a bulk ingest cut short leaves it to be rebuilt by the next
        conn.execute("INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')")
    if not conn.execute("SELECT 1 FROM meta WHERE key = 'term_claims.stale'").fetchone():
        assert dict(conn.execute("SELECT term, claims FROM term_claims")) == word_counts(conn)
    conn.close()
    pipeline = Pipeline()
    with Store(db) as store:
        articles = store.articles()
        for a in articles:
            text = store.article_text(a.id)
            _, claims = pipeline.process(Document(a.source, a.location, a.name, text))
            assert [c.id for c in store.claims(a.id)] == [c.id for c in claims]
            assert (
                all(c.cluster_id for c in store.claims(a.id)) or store.meta("match.pending") == "1"
            )  # claims wait for grouping only while a bulk ingest is unfinished
    return len(articles)


def ingest_grouped(
    cli: Invoke, folder: Path, articles: dict[str, str], *, one_by_one: bool
) -> None:
    """Write ``articles`` (file name -> text) into ``folder`` and ingest them the two ways
    grouping runs: one file at a time, each grouped as it comes, or as one folder grouped again
    from scratch by ``match``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    if one_by_one:
        for name in articles:
            assert cli("ingest", folder / name).exit_code == 0
    else:
        assert cli("ingest", folder).exit_code == 0
        assert cli("match").exit_code == 0
