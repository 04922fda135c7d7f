"""Collections through the CLI: a JSON Lines file of several outlets' articles ingests, outlets
are the sources, re-ingesting changes nothing, a bad record fails alone."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.config import Settings
from claimcheck.ingest import ingest
from claimcheck.models import IngestOutcome
from claimcheck.storage.store import Store
from conftest import Invoke, write
from port_strike import RECORDS, write_collection


def test_a_collection_of_several_outlets_ingests_and_the_report_counts_outlets(
    cli: Invoke, cli_json, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_collection(tmp_path / "port.jsonl")
    result = cli("ingest", path)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "4 articles: 4 new, 0 unchanged, 0 failed"
    articles = cli_json("articles", "--json")
    assert [(a["name"], a["outlet"]) for a in articles] == [
        ("port.jsonl:1", "AP"),
        ("port.jsonl:2", "AP"),
        ("port.jsonl:3", "Reuters"),
        ("port.jsonl:4", "The Daily Example"),
    ]
    assert articles[2]["url"] == "https://www.reuters.com/world/port-alder-strike"
    assert articles[3]["derived_from"] == articles[0]["id"]  # the wire copy
    listing = cli("articles").stdout
    assert "outlet" in listing.splitlines()[0] and "Reuters" in listing
    report = cli_json("report", "--json")
    walkout = next(a for a in report["agreements"] if "4,000" in a["canonical"])
    # two AP articles, AP's story run by another paper, and Reuters: two outlets
    assert len(walkout["wordings"]) == 4 and walkout["sources"] == 2
    assert {w["outlet"] for w in walkout["wordings"]} == {"AP", "Reuters", "The Daily Example"}


def test_reingesting_unchanged_records_changes_nothing(
    cli: Invoke, cli_json, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write_collection(tmp_path / "port.jsonl")
    cli("ingest", path)
    before = cli_json("export")
    again = cli("ingest", path)
    assert again.stdout.strip().splitlines()[-1] == "4 articles: 0 new, 4 unchanged, 0 failed"
    assert cli_json("export") == before
    # a record moved within the file, and a changed text at the same url
    changed = [dict(r) for r in reversed(RECORDS)]
    changed[0]["maintext"] += " The paper will follow the talks."
    result = cli("ingest", write_collection(path, changed))
    assert (
        result.stdout.strip().splitlines()[-1]
        == "4 articles: 0 new, 1 replaced, 3 unchanged, 0 failed"
    )
    assert len(cli_json("articles", "--json")) == 4


def test_a_bad_record_fails_alone_with_one_line(cli: Invoke, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [json.dumps(RECORDS[0]), '{"maintext": "cut off', json.dumps(RECORDS[2])]
    path = write(tmp_path / "scrape.jsonl", "\n".join(lines) + "\n")
    result = cli("ingest", path)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"claimcheck: error: {path}:2: is not valid JSON (Unterminated string starting at column 14)"
    ]
    assert result.stdout.strip() == "3 articles: 2 new, 0 unchanged, 1 failed"
    assert [a["outlet"] for a in cli_json("articles", "--json")] == ["AP", "Reuters"]


def test_outlets_from_the_option_a_page_and_the_users_alias_table(
    cli: Invoke, cli_json, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = write(tmp_path / "story.txt", "Rain fell on the capital on Monday.")
    page = write(
        tmp_path / "page.html",
        '<html><head><meta property="og:site_name" content="BBC News">'
        '<link rel="canonical" href="https://www.bbc.co.uk/news/rain"></head><body><article>'
        "<p>Heavy rain fell on the capital on Monday, flooding several streets.</p>"
        "</article></body></html>",
    )
    assert cli("ingest", "--outlet", "apnews.com", text).exit_code == 0
    assert cli("ingest", page).exit_code == 0
    rows = {a["name"]: a for a in cli_json("articles", "--json")}
    assert rows["story.txt"]["outlet"] == "AP"
    assert (rows["page.html"]["outlet"], rows["page.html"]["url"]) == (
        "BBC",
        "https://www.bbc.co.uk/news/rain",
    )
    lexicons = write(
        tmp_path / "lex" / "outlets.toml", '[outlets]\n"Example Wire" = ["dailyexample.test"]\n'
    )
    records = [dict(RECORDS[3], outlet=None)]  # only its address says who published it
    result = cli(
        "ingest", "--lexicons", lexicons.parent, write_collection(tmp_path / "x.jsonl", records)
    )
    assert result.exit_code == 0, result.output
    assert cli_json("articles", "--json")[-1]["outlet"] == "Example Wire"


def test_field_option_and_csv(cli: Invoke, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(
        tmp_path / "export.csv",
        "headline,copy,paper\nTalks resume,Negotiators met again on Tuesday.,Reuters\n",
    )
    refused = cli("ingest", path)
    assert refused.exit_code == 1 and "--field text=COLUMN" in refused.stderr
    assert cli("ingest", "--field", "text=copy", "--field", "outlet=paper", path).exit_code == 0
    [article] = cli_json("articles", "--json")
    assert (article["title"], article["outlet"]) == ("Talks resume", "Reuters")
    assert cli("ingest", "--field", "colour=red", path).exit_code == 2


def test_long_collections_are_read_by_the_workers_with_a_progress_count(tmp_path: Path) -> None:
    records = [
        {
            "text": f"Report {i}: the council approved plan number {i} on Monday.",
            "outlet": f"Paper {i % 7}",
        }
        for i in range(60)
    ]
    path = write(tmp_path / "many.jsonl", "\n".join(json.dumps(r) for r in records))
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, outcome: IngestOutcome) -> None:
        seen.append((done, total))

    with Store(tmp_path / "many.db") as store:
        report = ingest(store, [str(path)], Settings(), progress=progress, workers=2)
        assert report.grouping is not None  # a bulk ingest: split by workers, grouped at the end
        assert report.summary() == "60 articles: 60 new, 0 unchanged, 0 failed"
        assert seen == [(i, 60) for i in range(1, 61)]
        assert {a.outlet for a in store.articles()} == {f"Paper {i}" for i in range(7)}


def test_records_are_listed_in_file_order_with_their_line(
    cli: Invoke,
    cli_json,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    records = [{"text": f"Depot {i} reopened on Monday.", "outlet": "AP"} for i in range(1, 13)]
    path = write(
        tmp_path / "a-long-folder-name" / "depots.jsonl", "\n".join(json.dumps(r) for r in records)
    )
    assert cli("ingest", path).exit_code == 0
    names = [a["name"] for a in cli_json("articles", "--json")]
    assert names == [f"depots.jsonl:{i}" for i in range(1, 13)]  # 2 before 10
    monkeypatch.setenv("COLUMNS", "80")
    rows = cli("articles").stdout.splitlines()[1:]
    assert all(len(r) <= 80 for r in rows)
    assert "jsonl:12" in rows[-1]  # a long source keeps its end: the line
