"""Everything claimcheck prints goes through here; the only module that imports rich."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from claimcheck.ingest import IngestReport
from claimcheck.ingest import Progress as ProgressCallback
from claimcheck.models import Claim, IngestOutcome
from claimcheck.store import ArticleSummary

PROG = "claimcheck"


class Renderer:
    def __init__(self, out: Console | None = None, err: Console | None = None) -> None:
        self.out = out or Console(highlight=False, soft_wrap=False)
        self.err = err or Console(stderr=True, highlight=False)

    # -- messages -----------------------------------------------------------------------------

    def error(self, message: str) -> None:
        self.err.print(f"{PROG}: error: {escape(message)}", style="red", soft_wrap=True)

    def warning(self, message: str) -> None:
        self.err.print(f"{PROG}: warning: {escape(message)}", style="yellow", soft_wrap=True)

    def line(self, message: str) -> None:
        self.out.print(escape(message), soft_wrap=True)

    def json(self, data: Any) -> None:
        """Plain JSON on stdout, for scripts (no colour, no wrapping)."""
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()

    def raw(self, text: str) -> None:
        sys.stdout.write(text)
        sys.stdout.flush()

    # -- ingest -------------------------------------------------------------------------------

    @contextmanager
    def ingest_progress(self, quiet: bool = False) -> Iterator[ProgressCallback]:
        """A callback for ingest: prints what needs saying per input and, on a terminal, a
        progress bar on stderr (nothing of it when stderr is not a terminal)."""
        bar: Progress | None = None
        task = None
        if self.err.is_terminal:
            bar = Progress(
                TextColumn("ingesting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.fields[current]}"),
                console=self.err,
                transient=True,
            )

        def report(done: int, total: int, outcome: IngestOutcome) -> None:
            nonlocal task
            if bar is not None and total > 1:
                if task is None:
                    bar.start()
                    task = bar.add_task("ingest", total=total, current="")
                bar.update(task, completed=done, current=Path(outcome.source).name[:40])
            self.ingest_outcome(outcome, quiet=quiet)

        try:
            yield report
        finally:
            if bar is not None and task is not None:
                bar.stop()

    def ingest_outcome(self, o: IngestOutcome, *, quiet: bool = False) -> None:
        for warning in o.warnings:
            self.warning(f"{o.source}: {warning}")
        if o.status == "failed":
            self.error(f"{o.source}: {o.message}")
        elif o.status in ("unchanged", "replaced") and not quiet:
            detail = f" ({o.message})" if o.message else ""
            self.line(f"{o.status}: {o.source}{detail}")

    def ingest_summary(self, report: IngestReport) -> None:
        self.line(report.summary())

    # -- listings -----------------------------------------------------------------------------

    def articles(self, articles: Sequence[ArticleSummary]) -> None:
        if not articles:
            self.line("No articles yet; add some with 'claimcheck ingest PATH'.")
            return
        # fixed columns keep their width; the title (then the source) gives way when narrow
        kind_w = max(len("kind"), *(len(a.kind) for a in articles))
        fixed = len(articles[0].id) + 10 + kind_w + len("claims") + 2 * 5
        sources = [a.source for a in articles]
        if self.out.width - fixed - max(map(len, sources)) < 24:
            sources = [Path(s).name for s in sources]
        source_w = min(max(map(len, sources)), max(12, self.out.width - fixed - 24))
        title_w = max(12, self.out.width - fixed - source_w)
        table = Table(box=None, pad_edge=False, header_style="bold")
        table.add_column("id", no_wrap=True)
        table.add_column("source", no_wrap=True, overflow="ellipsis", max_width=source_w)
        table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=title_w)
        table.add_column("date", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("claims", no_wrap=True, justify="right")
        for a, source in zip(articles, sources, strict=True):
            table.add_row(
                a.id,
                escape(source),
                escape(a.title or "—"),
                a.published or "—",
                a.kind,
                str(a.claims),
            )
        self.out.print(table)

    def claims(self, claims: Sequence[Claim], names: dict[str, str]) -> None:
        if not claims:
            self.line("No claims.")
            return
        table = Table(box=None, pad_edge=False, header_style="bold")
        table.add_column("id", no_wrap=True)
        table.add_column("article", no_wrap=True, max_width=14, overflow="ellipsis")
        table.add_column("claim", overflow="fold")
        for c in claims:
            text = escape(c.text)
            table.add_row(
                c.id,
                escape(names.get(c.article_id, c.article_id)),
                f"[bold]{text}[/bold]" if c.kind == "headline" else text,
            )
        self.out.print(table)
