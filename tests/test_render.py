"""Rendering with fixed-width, colourless consoles so output is deterministic."""

import io

from rich.console import Console

from claimcheck.models import Claim, IngestOutcome
from claimcheck.output.render import Renderer
from claimcheck.storage.store import ArticleSummary


def consoles(terminal: bool = False, width: int = 100) -> tuple[Renderer, io.StringIO, io.StringIO]:
    out, err = io.StringIO(), io.StringIO()
    r = Renderer(
        Console(file=out, width=width, force_terminal=terminal, no_color=True, highlight=False),
        Console(file=err, width=width, force_terminal=terminal, no_color=True, highlight=False),
    )
    return r, out, err


OUTCOMES = [IngestOutcome(f"dir/{i}.txt", "new", f"id{i}", 3) for i in range(3)]


def test_progress_bar_on_a_terminal() -> None:
    r, _, err = consoles(terminal=True)
    with r.ingest_progress() as progress:
        for i, o in enumerate(OUTCOMES, 1):
            progress(i, len(OUTCOMES), o)
    assert "ingesting" in err.getvalue() and "3/3" in err.getvalue()


def test_no_progress_bar_when_not_a_terminal() -> None:
    r, out, err = consoles(terminal=False)
    with r.ingest_progress() as progress:
        for i, o in enumerate(OUTCOMES, 1):
            progress(i, len(OUTCOMES), o)
    assert err.getvalue() == "" and out.getvalue() == ""


def test_unchanged_replaced_and_failed_inputs_are_reported() -> None:
    r, out, err = consoles()
    r.ingest_outcome(IngestOutcome("a.txt", "unchanged", "x", 2))
    r.ingest_outcome(IngestOutcome("b.txt", "replaced", "y", 2, "replaces its earlier version (z)"))
    r.ingest_outcome(IngestOutcome("c.txt", "failed", message="is empty"))
    assert out.getvalue().splitlines() == [
        "unchanged: a.txt",
        "replaced: b.txt (replaces its earlier version (z))",
    ]
    assert err.getvalue() == "claimcheck: error: c.txt: is empty\n"


def test_articles_table_fits_a_narrow_terminal() -> None:
    r, out, _ = consoles(width=80)
    a = ArticleSummary(
        "0123456789abcdef",
        "some/long/folder/name/001_story.txt",
        "001_story.txt",
        "A very long headline that goes on and on about many things",
        "2023-12-02",
        "news",
        None,
        "f" * 64,
        12,
    )
    r.articles([a])
    lines = out.getvalue().splitlines()
    assert all(len(line) <= 80 for line in lines)
    assert "0123456789abcdef" in lines[1] and "2023-12-02" in lines[1] and lines[1].endswith("12")


def test_markup_in_claim_text_is_printed_literally() -> None:
    r, out, _ = consoles()
    c = Claim("c1", "a1", 0, "Prices [bold]rose[/bold] in May", 0, 10, 0, 0, "body")
    r.claims([c], {"a1": "story"})
    assert "[bold]rose[/bold]" in out.getvalue()
