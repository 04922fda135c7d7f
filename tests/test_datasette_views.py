"""The store as Datasette (or any SQLite browser) shows it: readable views of claims and
clusters, and full-text search of the claims' words that Datasette finds by itself."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.ingest import ingest
from claimcheck.storage.store import Store
from conftest import Invoke, check_consistent, write
from port_strike import write_collection

# how Datasette 0.6x finds the full-text index of a table or view (datasette/utils/__init__.py)
DATASETTE_DETECT_FTS = """
    SELECT name FROM sqlite_master WHERE rootpage = 0 AND (
        sql LIKE '%VIRTUAL TABLE%USING FTS%content="{table}"%'
        OR sql LIKE '%VIRTUAL TABLE%USING FTS%content=[{table}]%'
        OR (tbl_name = "{table}" AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))"""


def search(conn: sqlite3.Connection, words: str) -> list[tuple[str, str]]:
    """What Datasette's search box on claims_view runs."""
    return conn.execute(
        "SELECT outlet, text FROM claims_view WHERE rowid IN "
        "(SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?) ORDER BY rowid",
        (words,),
    ).fetchall()


def test_views_read_well(cli: Invoke, tmp_path: Path, isolated_store: Path) -> None:
    assert cli("ingest", write_collection(tmp_path / "port.jsonl")).exit_code == 0
    conn = sqlite3.connect(isolated_store)
    row = conn.execute(
        "SELECT outlet, article, article_title, url, cluster, cluster_claims FROM claims_view "
        "WHERE text LIKE 'About 4,000%'"
    ).fetchone()
    assert row[:4] == (
        "Reuters",
        "port.jsonl:3",
        "Strike halts container traffic at Port Alder",
        "https://www.reuters.com/world/port-alder-strike",
    )
    cluster = conn.execute(
        "SELECT canonical_text, claims, articles, sources, outlets FROM clusters_view "
        "WHERE cluster = ?",
        (row[4],),
    ).fetchone()
    assert cluster == (
        "Union leaders said about 4,000 workers joined the walkout.",
        4,
        4,
        3,  # two AP articles are one outlet (the report also folds the wire copy into AP)
        "AP, Reuters, The Daily Example",
    )
    assert row[5] == 4


def test_datasette_finds_the_search_index_of_the_claims_view(
    cli: Invoke, tmp_path: Path, isolated_store: Path
) -> None:
    assert cli("ingest", write_collection(tmp_path / "port.jsonl")).exit_code == 0
    conn = sqlite3.connect(isolated_store)
    assert conn.execute(DATASETTE_DETECT_FTS.format(table="claims_view")).fetchall() == [
        ("claims_fts",)
    ]
    found = search(conn, "strikes")  # stems: "strike", "strikes"
    assert ("AP", "Dockworkers strike shuts Port Alder") in found and len(found) == 8
    assert search(conn, '"4,000 workers" walkout') == [
        ("AP", "Union leaders said about 4,000 workers joined the walkout."),
        ("AP", "Union leaders said about 4,000 workers joined the walkout."),
        ("Reuters", "About 4,000 workers joined the walkout, union leaders said."),
        ("The Daily Example", "Union leaders said about 4,000 workers joined the walkout."),
    ]


def test_the_search_index_follows_replaced_articles_and_bulk_ingests(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    story = write(tmp_path / "story.txt", "The mayor opened the bridge on Monday.")
    with Store(db) as store:
        ingest(store, [str(story)], Settings())
        write(story, "The governor opened the tunnel on Tuesday.")
        ingest(store, [str(story)], Settings())  # replaces its earlier version
        records = [
            {"text": f"Depot {i} reopened after the flood.", "outlet": "AP"} for i in range(60)
        ]
        many = write(tmp_path / "many.jsonl", "\n".join(json.dumps(r) for r in records))
        report = ingest(store, [str(many)], Settings(), workers=2)
        assert report.grouping is not None  # in bulk: indexed once, at the end
        assert not store.text_index_stale()
    check_consistent(db)  # claims_fts passes SQLite's integrity check
    conn = sqlite3.connect(db)
    assert search(conn, "bridge") == [] and len(search(conn, "tunnel")) == 1
    assert len(search(conn, "depot reopened")) == 60


def test_datasette_serves_the_views_and_search(
    cli: Invoke, tmp_path: Path, isolated_store: Path
) -> None:
    """With Datasette installed (pip install 'claimcheck[datasette]'), for real."""
    datasette_app = pytest.importorskip("datasette.app")
    assert cli("ingest", write_collection(tmp_path / "port.jsonl")).exit_code == 0

    async def get(path: str) -> object:
        ds = datasette_app.Datasette([str(isolated_store)])
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text[:300]
        return response.json()

    name = isolated_store.stem
    found = asyncio.run(get(f"/{name}/claims_view.json?_search=walkout&_shape=array"))
    assert {r["outlet"] for r in found} == {"AP", "Reuters", "The Daily Example"}  # type: ignore[attr-defined]
    clusters = asyncio.run(get(f"/{name}/clusters_view.json?_shape=array&_sort_desc=sources"))
    assert clusters[0]["sources"] == 3  # type: ignore[index]
