"""report, diff and the corroboration table through the CLI."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import SEEDS, Invoke


@pytest.fixture
def seeded(cli: Invoke, tmp_path: Path) -> Path:
    seeds = Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
    assert cli("ingest", seeds).exit_code == 0
    return seeds


def test_report_sections(cli: Invoke, seeded: Path) -> None:
    out = " ".join(cli("report").stdout.split())  # long lines wrap
    for section in (
        "Agreements (",
        "Conflicts (2)",
        "Framing differences (",
        "Single-source claims:",
    ):
        assert section in out
    assert "derived, not counted as an independent source" in out
    assert "3 independent sources, first reported 2023-12-02" in out


def test_report_json(cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    data = cli_json("report", "--json")
    names = {a["id"]: a["name"][:3] for a in cli_json("articles", "--json")}
    assert [(names[d["article_id"]], names[d["source_id"]]) for d in data["derived"]] == [
        ("000", "001")
    ]
    top = data["agreements"][0]
    assert top["sources"] == 3 and len(top["wordings"]) == 4
    assert {w["framing"]["state"] for w in top["wordings"]} == {"stated", "hedged", "attributed"}
    assert sorted(k["kind"] for k in data["conflicts"]) == ["comparison", "rank"]
    assert data["single_source_claims"] > 0


def test_report_by_topic_and_min_sources(cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    space = cli_json("report", "--json", "--topic", "missile-defense")
    assert [a["sources"] for a in space["agreements"]] == [3]
    assert cli_json("report", "--json", "--min-sources", "4")["agreements"] == []
    one = cli_json("report", "--json", "--min-sources", "1")
    assert len(one["agreements"]) > len(cli_json("report", "--json")["agreements"])


def test_articles_show_the_derived_relation(cli: Invoke, cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    rows = {a["name"][:3]: a for a in cli_json("articles", "--json")}
    assert rows["000"]["derived_from"] == rows["001"]["id"]
    assert rows["001"]["derived_from"] is None
    assert "repeats most of 001" in cli("articles").stdout


def test_diff(cli: Invoke, cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    data = cli_json("diff", "001", "002", "--json")
    assert [k["kind"] for k in data["conflicts"]] == ["rank"]
    assert len(data["both"]) == 1 and data["both"][0]["score"] > 0
    assert len(data["only_a"]) + len(data["both"]) == len(
        cli_json("claims", "--json", "--article", "001")
    )
    text = cli("diff", "001", "000").stdout
    assert "In both (" in text and "Only in" in text and "Framing differences" in text
    assert cli("diff", "001", "001").exit_code == 2


def test_export_the_table_in_every_format(cli: Invoke, seeded: Path, tmp_path: Path) -> None:
    out = {fmt: cli("export", "--format", fmt).stdout for fmt in ("json", "csv", "md", "html")}
    data = json.loads(out["json"])
    assert sorted(k["kind"] for k in data["conflicts"]) == ["comparison", "rank"]
    assert all(set(k) >= {"claim_ids", "kind", "detail"} for k in data["conflicts"])
    assert len(data["table"]) == len(data["clusters"])
    rows = list(csv.DictReader(io.StringIO(out["csv"])))
    assert len(rows) == len(data["table"])
    header = next(csv.reader(io.StringIO(out["csv"])))
    assert header[:5] == ["cluster", "claim", "topics", "sources", "conflict"] and len(header) == 10
    ew = next(r for r in rows if "October 2019" in r["claim"])
    cells = [ew[h] for h in header[5:]]
    assert ew["sources"] == "3" and sum(1 for c in cells if c) == 4
    assert any(c.startswith("hedged") for c in cells) and any(
        c.startswith("attributed") for c in cells
    )
    assert any(r["conflict"] == "yes" for r in rows)
    assert out["md"].splitlines()[1].startswith("|---|")
    page = out["html"]
    assert page.startswith("<!doctype html>") and "conflicting" in page
    assert "http://" not in page and "https://" not in page and "<script" not in page


def test_export_to_a_file_and_bad_format(cli: Invoke, seeded: Path, tmp_path: Path) -> None:
    target = tmp_path / "table.html"
    assert cli("export", "--format", "html", "-o", target).exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert cli("export", "--format", "pdf").exit_code == 2


def test_csv_cells_that_would_be_formulas_are_text(cli: Invoke, tmp_path: Path) -> None:
    story = tmp_path / "=evil.txt"
    story.write_text(
        '=HYPERLINK("http://evil.test/x","Click here") was posted on the council site.\n\n'
        "-5 degrees was the coldest reading of the week.\n\n"
        "@everyone was asked to stay indoors.\n",
        encoding="utf-8",
    )
    assert cli("ingest", story).exit_code == 0
    rows = list(csv.reader(io.StringIO(cli("export", "--format", "csv").stdout)))
    claims = [r[1] for r in rows[1:]]
    assert any(c.startswith("'=HYPERLINK(") for c in claims)
    assert any(c.startswith("'-5 degrees") for c in claims)
    assert any(c.startswith("'@everyone") for c in claims)
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
    assert rows[0][-1] == "'=evil"  # the article's column too
