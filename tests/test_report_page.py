"""The report to share (Markdown, HTML) and the report in an 80-column terminal."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from claimcheck.output.report_page import marked, web_address
from conftest import SEEDS, Invoke
from port_strike import RECORDS, write_collection


@pytest.fixture
def seeded(cli: Invoke, tmp_path: Path) -> Path:
    seeds = Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
    assert cli("ingest", seeds).exit_code == 0
    return seeds


def test_the_terminal_report_uses_the_width_of_80_columns(
    cli: Invoke, seeded: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    lines = [line.rstrip() for line in cli("report").stdout.splitlines()]
    assert max(map(len, lines)) <= 80
    # the evidence of each source wraps at nearly the whole width, not in a narrow column
    start = next(i for i, line in enumerate(lines) if "He mentioned the exchange" in line)
    wording = lines[start : start + 4]
    assert all(len(line) >= 60 for line in wording[:3]), wording
    assert "capability of Russia" in " ".join(wording)


def test_report_formats_and_files(cli: Invoke, seeded: Path, tmp_path: Path) -> None:
    md = cli("report", "--format", "md").stdout
    # two claims grouped as one, two more stated within longer claims of other sources
    assert md.startswith("# claimcheck report") and "## Agreements (4)" in md
    assert "## Conflicts (2)" in md and "**second\\-ranking**" not in md  # "-" is not escaped
    assert "**second-ranking**" in md and "**top**" in md  # the differing words
    page = tmp_path / "report.html"
    assert cli("report", "-o", page).exit_code == 0  # the format from the suffix
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "<mark>second-ranking</mark>" in html
    assert "<mark>top</mark>" in html and "<script" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    data = json.loads(cli("report", "--format", "json").stdout)
    assert data == json.loads(cli("report", "--json").stdout)
    assert cli("report", "--format", "pdf").exit_code == 2
    assert cli("report", "-o", tmp_path / "report.txt").exit_code == 2
    assert cli("report", "--json", "--format", "md").exit_code == 2


def test_the_page_links_each_outlet_to_its_article(cli: Invoke, tmp_path: Path) -> None:
    cli("ingest", write_collection(tmp_path / "port.jsonl"))
    html = cli("report", "--format", "html").stdout
    for record in RECORDS:
        assert f'href="{record["url"]}"' in html
    assert "4 articles from 3 outlets" in html
    md = cli("report", "--format", "md").stdout
    assert "[Reuters](<https://www.reuters.com/world/port-alder-strike>)" in md


def test_untrusted_words_are_escaped_everywhere(cli: Invoke, tmp_path: Path) -> None:
    hostile = [
        {
            "title": "<script>alert(1)</script> Council approves the plan",
            "text": 'The council approved the plan <img src=x onerror="alert(2)"> on Monday. '
            "Officials said work would start in May.",
            "url": "javascript:alert(3)",
            "outlet": "<b>Evil</b> | Times",
        },
        {
            "title": "Plan approved",
            "text": "The council approved the plan on Monday. Officials said work would start in May.",
            "url": 'https://example.test/a"><script>alert(4)</script>',
            "outlet": "Other Paper",
        },
    ]
    path = tmp_path / "hostile.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in hostile), encoding="utf-8")
    assert cli("ingest", path).exit_code == 0
    html = cli("report", "--format", "html", "--min-sources", "1").stdout
    assert "<script" not in html and "<img" not in html and "<b>Evil" not in html
    assert "&lt;script&gt;" in html and "&lt;b&gt;Evil&lt;/b&gt;" in html
    assert "javascript:" not in html.replace("alert(3)", "")  # never a link
    assert 'href="https://example.test/a%22%3E%3Cscript%3Ealert%284%29%3C/script%3E"' in html
    md = cli("report", "--format", "md", "--min-sources", "1").stdout
    assert "<script" not in md and "&lt;script&gt;" in md and "\\| Times" in md


def test_marking_and_addresses() -> None:
    assert marked("China's top military officer", ["top"]) == [
        ("China's ", False),
        ("top", True),
        (" military officer", False),
    ]
    assert marked("No such words", ["absent"]) == [("No such words", False)]
    assert web_address("https://x.test/a b") == "https://x.test/a%20b"
    assert web_address("ftp://x.test/a") is None and web_address("javascript:alert(1)") is None


def test_a_page_written_to_a_file_is_readable_as_any_file_the_user_makes(
    cli: Invoke, seeded: Path, tmp_path: Path
) -> None:
    old = os.umask(0o022)
    try:
        page = tmp_path / "report.html"
        assert cli("report", "-o", page).exit_code == 0
        assert stat.S_IMODE(page.stat().st_mode) == 0o644  # not private to its maker
        page.chmod(0o600)
        assert cli("report", "-o", page).exit_code == 0
        assert stat.S_IMODE(page.stat().st_mode) == 0o600  # a file replaced keeps its mode
    finally:
        os.umask(old)
