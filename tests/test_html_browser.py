"""The HTML table in a real browser: headless Chromium parses it and takes a screenshot."""

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import SEEDS, Invoke

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_table_renders_in_chromium(cli: Invoke, tmp_path: Path) -> None:
    seeds = shutil.copytree(SEEDS, tmp_path / "seeds")
    cli("ingest", seeds)
    page = tmp_path / "table.html"
    assert cli("export", "--format", "html", "-o", page).exit_code == 0
    dom = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-500:]
    rows = cli("export", "--format", "csv").stdout.count("\n") - 1
    assert dom.stdout.count("<tr>") == rows + 1  # every cluster, and the header
    assert dom.stdout.count('class="cell conflicting"') >= 1
    shot = tmp_path / "table.png"
    result = chromium(tmp_path, "--window-size=1400,1000", f"--screenshot={shot}", page.as_uri())
    assert result.returncode == 0, result.stderr[-500:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_the_report_page_renders_in_chromium(cli: Invoke, tmp_path: Path) -> None:
    from port_strike import write_collection

    assert cli("ingest", write_collection(tmp_path / "port.jsonl")).exit_code == 0
    page = tmp_path / "report.html"
    assert cli("report", "--format", "html", "-o", page).exit_code == 0
    dom = chromium(tmp_path, "--dump-dom", page.as_uri())
    assert dom.returncode == 0, dom.stderr[-500:]
    # the browser built the page: every section, each outlet's words side by side, the links
    assert "Agreements (2)" in dom.stdout and "Conflicts (0)" in dom.stdout
    assert dom.stdout.count('class="side ') >= 7
    assert "About 4,000 workers joined the walkout, union leaders said." in dom.stdout
    assert 'href="https://www.reuters.com/world/port-alder-strike"' in dom.stdout
    shot = tmp_path / "report.png"
    result = chromium(tmp_path, "--window-size=1200,900", f"--screenshot={shot}", page.as_uri())
    assert result.returncode == 0, result.stderr[-500:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000
