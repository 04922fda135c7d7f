"""Everything claimcheck prints goes through here; the only module that imports rich."""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from claimcheck.comparing.conflicts import Conflict
from claimcheck.comparing.conflicts import framing as framing_of
from claimcheck.comparing.overview import Overview
from claimcheck.comparing.report import (
    Agreement,
    Diff,
    FigureAgreement,
    Report,
    SetAside,
    TopicRow,
    Wording,
)
from claimcheck.grouping.regroup import ClusterView, GroupingReport
from claimcheck.ingest import IngestReport
from claimcheck.ingest import Progress as ProgressCallback
from claimcheck.models import Annotations, Claim, IngestOutcome, Paragraph
from claimcheck.output.report_page import (
    given_alike_sections,
    heading,
    marked,
    report_summary,
    set_aside_note,
    source_name,
)
from claimcheck.storage.store import ArticleSummary
from claimcheck.storage.stories import StoryRow
from claimcheck.stories.builder import StoriesReport

PROG = "claimcheck"
OUTLET_WIDTH = 18  # an outlet's name in the articles table, at most
WORDING_INDENT = 6  # a source's words, under the line that names the source
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _claims_table(claims: Sequence[Claim], names: dict[str, str], *, header: bool = True) -> Table:
    """Claims one a row: id, article (by its name in ``names``), text."""
    table = Table(box=None, pad_edge=False, header_style="bold", show_header=header)
    table.add_column("claim", no_wrap=True)
    table.add_column("article", no_wrap=True, max_width=14, overflow="ellipsis")
    table.add_column("text", overflow="fold")
    for c in claims:
        table.add_row(c.id, _safe(names.get(c.article_id, c.article_id)), _safe(c.text))
    return table


def _safe(text: str) -> str:
    """Markup escaped and control characters shown as \\xNN: text that came from files and
    arguments must not act on the reader's terminal."""
    return escape(_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text))


def _marked_text(text: str, words: Sequence[str], style: str) -> Text:
    """``text`` with ``words`` (where they stand in it) in ``style``."""
    out = Text()
    for piece, mark in marked(text, words):
        out.append(piece, style=style if mark else None)
    return out


class Renderer:
    def __init__(self, out: Console | None = None, err: Console | None = None) -> None:
        self.out = out or Console(highlight=False, soft_wrap=False)
        self._pending: Text | None = None  # hanging lines gathered by ``_batched``
        self.err = err or Console(stderr=True, highlight=False)

    # -- messages -----------------------------------------------------------------------------

    def error(self, message: str) -> None:
        self.err.print(f"{PROG}: error: {_safe(message)}", style="red", soft_wrap=True)

    def warning(self, message: str) -> None:
        self.err.print(f"{PROG}: warning: {_safe(message)}", style="yellow", soft_wrap=True)

    def line(self, message: str) -> None:
        self.out.print(_safe(message), soft_wrap=True)

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
        set_aside = report.set_aside_line()
        if set_aside:
            self.line(set_aside)
        self.line(report.summary())
        if report.stories is not None:
            self.stories_found(report.stories)
        if report.grouping is not None:
            self.grouping(report.grouping)
        if report.deferred:
            self.warning(
                "another process kept writing to the store, so the articles are stored but not "
                "yet grouped; the next ingest or 'claimcheck match' groups them"
            )

    def stories_found(self, r: StoriesReport) -> None:
        moved = f"; {len(r.moved)} moved to another story" if r.moved else ""
        self.line(f"{r.articles} articles in {r.stories} stories ({r.topics} topics){moved}")

    # -- listings -----------------------------------------------------------------------------

    def articles(
        self, articles: Sequence[ArticleSummary], derived: dict[str, str] | None = None
    ) -> None:
        if not articles:
            self.line("No articles yet; add some with 'claimcheck ingest PATH'.")
            return
        # fixed columns keep their width; the title (then the source) gives way when narrow
        kind_w = max(len("kind"), *(len(a.kind) for a in articles))
        outlets = [a.outlet or "—" for a in articles]
        shown = any(a.outlet for a in articles)
        outlet_w = min(max(len("outlet"), *map(len, outlets)), OUTLET_WIDTH) if shown else 0
        gaps = 2 * (6 if shown else 5)
        fixed = len(articles[0].id) + 10 + kind_w + len("claims") + outlet_w + gaps
        sources = [a.source for a in articles]
        if self.out.width - fixed - max(map(len, sources)) < 24:
            sources = [Path(s).name for s in sources]
        source_w = min(max(map(len, sources)), max(12, self.out.width - fixed - 24))
        title_w = max(12, self.out.width - fixed - source_w)
        table = Table(box=None, pad_edge=False, header_style="bold")
        table.add_column("id", no_wrap=True)
        if shown:
            table.add_column("outlet", no_wrap=True, overflow="ellipsis", max_width=outlet_w)
        table.add_column("source", no_wrap=True, overflow="ellipsis", max_width=source_w)
        table.add_column("title", no_wrap=True, overflow="ellipsis", max_width=title_w)
        table.add_column("date", no_wrap=True)
        table.add_column("kind", no_wrap=True)
        table.add_column("claims", no_wrap=True, justify="right")
        for a, source, outlet in zip(articles, sources, outlets, strict=True):
            table.add_row(
                a.id,
                *([_safe(outlet)] if shown else []),
                _safe(_tail(source, source_w)),
                _safe(a.title or "—"),
                a.published or "—",
                a.kind,
                str(a.claims),
            )
        self.out.print(table)
        names = {a.id: a.name for a in articles}
        for copy, original in (derived or {}).items():
            self.line(
                f"{names[copy]} repeats most of {names[original]}: derived from it, so "
                "not an independent source"
            )

    def claims(self, claims: Sequence[Claim], names: dict[str, str]) -> None:
        if not claims:
            self.line("No claims.")
            return
        framed = any(c.annotations.hedges or c.annotations.attribution for c in claims)
        table = Table(box=None, pad_edge=False, header_style="bold")
        table.add_column("id", no_wrap=True)
        table.add_column("article", no_wrap=True, max_width=14, overflow="ellipsis")
        table.add_column("claim", overflow="fold", ratio=3)
        if framed:
            table.add_column("framing", overflow="fold", ratio=1, style="yellow")
        for c in claims:
            text = _safe(c.text)
            row = [
                c.id,
                _safe(names.get(c.article_id, c.article_id)),
                f"[bold]{text}[/bold]" if c.kind == "headline" else text,
            ]
            if framed:
                row.append(_safe(framing(c.annotations)))
            table.add_row(*row)
        self.out.print(table)

    def grouping(self, r: GroupingReport) -> None:
        self.line(
            f"{r.claims} claims in {r.clusters} clusters; {r.corroborated} reported by two "
            f"or more articles; {r.related} look-alike pairs kept apart (threshold "
            f"{r.threshold:g}, {r.candidates} candidate pairs scored)"
        )

    def clusters(self, rows: Sequence[tuple[str, int, int, str, str]]) -> None:
        if not rows:
            self.line("No clusters with more than one claim; run 'claimcheck match', or see --all.")
            return
        table = Table(box=None, pad_edge=False, header_style="bold")
        table.add_column("cluster", no_wrap=True)
        table.add_column("claims", justify="right", no_wrap=True)
        table.add_column("articles", justify="right", no_wrap=True)
        table.add_column("canonical claim", overflow="fold")
        for cid, size, articles, _, text in rows:
            table.add_row(cid, str(size), str(articles), _safe(text))
        self.out.print(table)

    def cluster_view(
        self,
        view: ClusterView,
        names: dict[str, str],
        figures: Sequence[FigureAgreement] = (),
        parts: Sequence[Claim] = (),
    ) -> None:
        self.out.print(
            Text.assemble(
                ("cluster ", "bold"),
                (view.id, "bold cyan"),
                f"  ({len(view.members)} claims from "
                f"{len({m.article_id for m in view.members})} articles)",
            )
        )
        self.out.print(Text.assemble(("canonical ", "dim"), (view.canonical.text, "bold")))
        self.out.print(_claims_table(view.members, names))
        if parts:
            self.out.print(
                Text(
                    f"stated within longer claims ({len(parts)}): their articles corroborate it",
                    style="bold",
                )
            )
            self.out.print(_claims_table(parts, names, header=False))
        if view.pairs:
            self.out.print(Text("pairs", style="bold"))
        for a, b, s in view.pairs:
            why = f"shared: {', '.join(s.shared[:8])}" if s.shared else "no shared words"
            if s.reasons:
                why += "; " + "; ".join(s.reasons)
            # a pair below the threshold is in the cluster through the others: "close"
            label = s.relation if s.relation == "same" or s.reasons else "close"
            self.out.print(
                Text.assemble(
                    f"  {a.id[:8]} ~ {b.id[:8]}  ",
                    (f"{s.score:5.1f}", "bold"),
                    f"  {label:<8} ",
                    (why, "dim"),
                )
            )
        if figures:
            self.out.print(
                Text(
                    f"figures and statements given alike with claims of other clusters "
                    f"({len(figures)})",
                    style="bold",
                )
            )
        for f in figures:
            self._figure(f)

    def search(self, found: Sequence[tuple[Claim, float]], names: dict[str, str]) -> None:
        if not found:
            self.line("No similar claims.")
            return
        table = Table(box=None, pad_edge=False, header_style="bold")
        table.add_column("score", justify="right", no_wrap=True)
        table.add_column("id", no_wrap=True)
        table.add_column("article", no_wrap=True, max_width=14, overflow="ellipsis")
        table.add_column("claim", overflow="fold")
        for c, score in found:
            table.add_row(
                f"{score:.1f}", c.id, _safe(names.get(c.article_id, c.article_id)), _safe(c.text)
            )
        self.out.print(table)

    def report(self, r: Report) -> None:
        with self._batched():
            self._report(r)

    def _report(self, r: Report) -> None:
        labels = _names(r.articles)
        scope = f" on {r.topic}" if r.topic else ""
        if r.story is not None:
            self.out.print(
                Text(f"Story {r.story.id}: {r.story.title or '(untitled)'}", style="bold")
            )
        self.out.print(Text(f"claimcheck report{scope}: {report_summary(r)}", style="bold"))
        for d in r.derived:
            self._hanging(
                "  ",
                Text.assemble(
                    (labels[d.article], "cyan"),
                    " repeats ",
                    f"{d.shared} claims ({d.share:.0%}) of ",
                    (labels[d.source], "cyan"),
                    ": derived, not counted as an independent source",
                ),
            )
        self._section(
            f"Agreements ({len(r.agreements)}): claims reported by "
            f"{r.min_sources} or more independent sources"
        )
        for e in r.agreements:
            self._agreement(e)
        for title, holds, _, found in given_alike_sections(r):
            self._section(f"{title}: {holds}")
            for f in found:
                self._figure(f)
        self._section(f"Conflicts ({len(r.conflicts)})")
        self._conflicts(r.conflicts, {a.id: a for a in r.articles})
        self._set_aside(r.set_aside)
        self._section(
            f"Framing differences ({len(r.framing)}): hedged or attributed by one "
            "source, stated by another"
        )
        for e in r.framing:
            self._agreement(e)
        if r.background:
            self._section(
                f"Background ({len(r.background)}): claims that other stories hold too; "
                "not counted as corroboration of this one"
            )
            for e in r.background:
                self._agreement(e)
                self._hanging(
                    "  ", Text(f"also in stories {', '.join(e.other_stories)}", style="dim")
                )
        self._section(f"Single-source claims: {r.single_source}")

    def _set_aside(self, set_aside: list[SetAside], command: str = "report") -> None:
        if note := set_aside_note(set_aside, command):
            self._hanging("  ", Text(note, style="dim"))

    def overview(self, o: Overview) -> None:
        """The stories of the store, one line each, most contested first."""
        placed = f"; {o.unplaced} not yet in a story (run 'claimcheck match')" if o.unplaced else ""
        self.out.print(
            Text(
                f"claimcheck: {len(o.stories)} stories from {o.articles} articles{placed}. "
                "'claimcheck report --story ID' reports on one.",
                style="bold",
            )
        )
        self.stories(o.stories)

    def stories(self, stories: Sequence[StoryRow]) -> None:
        """One story a line, its title under it: an editor scans the counts, then the titles."""
        if not stories:
            self.line("No stories yet: ingest articles, or run 'claimcheck match'.")
            return
        for s in stories:
            dates = s.first or "undated"
            if s.last and s.last != s.first:
                dates = f"{s.first} to {s.last}"
            self.out.print(
                Text.assemble(
                    (s.id, "cyan"),
                    "  ",
                    (_plural(s.conflicts, "conflict"), "bold red" if s.conflicts else ""),
                    f", {s.corroborated} agreed, "
                    + (f"{s.figures} given alike in part, " if s.figures else "")
                    + f"{_plural(s.outlets, 'source')}, {_plural(s.articles, 'article')}",
                )
            )
            self._hanging(
                "    ", Text.assemble((dates, "dim"), "  ", (s.title or "(untitled)", "bold"))
            )

    def story(self, s: StoryRow, articles: Sequence[ArticleSummary]) -> None:
        """One story: its counts and its articles."""
        self.out.print(Text(f"story {s.id}  {s.title or '(untitled)'}", style="bold"))
        dates = f"{s.first} to {s.last}" if s.first and s.last != s.first else s.first or "undated"
        self.line(
            f"{s.articles} articles from {s.outlets} sources, {dates}; {s.corroborated} "
            f"claims agreed by two or more sources, {s.figures} figures, days or statements "
            "given alike, "
            f"{s.conflicts} conflicts (topic {s.topic})"
        )
        for a in articles:
            self._hanging("  ", self._who(a, Text(a.title or "", style="bold")))

    def _section(self, title: str) -> None:
        self._emit(Text("\n"))
        self._hanging("", Text(title, style="bold underline"))

    def _hanging(self, lead: str, text: Text) -> None:
        """``text`` after ``lead``, its later lines indented under its first: the whole
        width of the terminal goes to the words. Wrapped here rather than laid out as a
        table: a story's report prints thousands of these, and a table measures its columns
        each time."""
        indent = " " * len(lead)
        lines = text.wrap(self.out, max(self.out.width - len(lead), 1), overflow="fold")
        out = Text()
        for i, line in enumerate(lines or [Text()]):
            out.append(lead if i == 0 else indent)
            out.append_text(line)
            out.append("\n")
        self._emit(out)

    def _emit(self, text: Text) -> None:
        """``text`` (its lines ended) printed, or kept for the batch being gathered."""
        if self._pending is not None:
            self._pending.append_text(text)
        else:
            self.out.print(text, end="", soft_wrap=True)

    @contextmanager
    def _batched(self) -> Iterator[None]:
        """Sections and hanging lines gathered and printed at once: a story's report has
        thousands, and each print costs more than laying out its line."""
        self._pending = Text()
        try:
            yield
        finally:
            pending, self._pending = self._pending, None
            if pending:
                self.out.print(pending, end="", soft_wrap=True)

    def _who(self, article: ArticleSummary, extra: Text | None = None) -> Text:
        """An article as a report names it: outlet, short name, date."""
        who = Text.assemble((source_name(article), "cyan"))
        if article.outlet:
            who.append(f" · {article.label}", style="dim")
        if article.published:
            who.append(f" · {article.published}")
        if extra is not None:
            who.append(" · ")
            who.append_text(extra)
        return who

    def _agreement(self, e: Agreement) -> None:
        when = f", first reported {e.first_reported}" if e.first_reported else ""
        plural = "s" if e.independent != 1 else ""
        self._hanging(
            "• ",
            Text.assemble(
                (e.canonical.text, "bold"),
                (f"  [{e.independent} independent source{plural}{when}]", "green"),
            ),
        )
        for w in e.wordings:
            self._wording(w)

    def _wording(self, w: Wording, marks: tuple[str, ...] = (), style: str = "bold") -> None:
        """One source's words: who and how it frames them, then the words, ``marks`` in
        ``style``."""
        self._hanging("  ", self._who(w.article, Text(w.how, style="yellow")))
        self._hanging(" " * WORDING_INDENT, _marked_text(w.claim.text, marks, style))

    def figure_view(self, f: FigureAgreement) -> None:
        """One figure given alike (or clause stated alike), a group of its own: each source's
        claim that gives it."""
        self.out.print(Text.assemble((f"{f.kind} ", "bold"), (f.id, "bold cyan")))
        self._figure(f)
        others = len(f.members) - len(f.wordings)
        if others > 0:  # an article that gives it twice is shown once
            self.out.print(Text(f"  and {_plural(others, 'more claim')} of the same articles"))

    def _figure(self, f: FigureAgreement) -> None:
        plural = "s" if f.independent != 1 else ""
        self._hanging(
            "• ",
            Text.assemble(
                (heading(f), "bold"),
                (f"  [{f.independent} independent source{plural}]", "green"),
            ),
        )
        for w, figure in zip(f.wordings, f.figures, strict=True):
            self._wording(w, (figure,))

    def _conflicts(
        self, conflicts: Sequence[Conflict], articles: dict[str, ArticleSummary]
    ) -> None:
        for k in conflicts:
            self._hanging("  ", Text.assemble((k.kind, "bold red"), f"  {k.detail}"))
            for claim, words in ((k.a, k.words_a), (k.b, k.words_b)):
                article = articles.get(claim.article_id)
                # who gives each figure (a ministry, a union) and how: what an editor weighs
                how = framing_of(claim)
                framed = Text(how.label, style="yellow") if how.state != "stated" else None
                who = self._who(article, framed) if article else Text(claim.article_id)
                self._hanging("    ", who)
                text = _marked_text(claim.text, words, "bold red underline")
                self._hanging(" " * WORDING_INDENT, text)

    def diff(self, d: Diff) -> None:
        a, b = d.a.label, d.b.label
        header = Text.assemble(
            ("claimcheck diff: ", "bold"), self._who(d.a), " vs ", self._who(d.b)
        )
        if d.a.outlet and d.a.source_key == d.b.source_key:
            header.append("  (one outlet: one source)", style="yellow")
        self.out.print(header)
        self._section(f"In both ({len(d.both)})")
        table = Table(box=None, pad_edge=False, header_style="bold")
        table.add_column("score", justify="right", no_wrap=True)
        table.add_column(a, overflow="fold")
        table.add_column(b, overflow="fold")
        for x, y, score in d.both:
            table.add_row(f"{score:.0f}", _safe(x.text), _safe(y.text))
        self.out.print(table)
        for label, claims in ((f"Only in {a}", d.only_a), (f"Only in {b}", d.only_b)):
            self._section(f"{label} ({len(claims)})")
            for c in claims:
                self.out.print(Text.assemble("  ", (c.id[:8], "dim"), "  ", c.text))
        self._section(f"Conflicts ({len(d.conflicts)})")
        self._conflicts(d.conflicts, {d.a.id: d.a, d.b.id: d.b})
        self._set_aside(d.set_aside, "diff")
        self._section(f"Framing differences ({len(d.framing)})")
        for fa, fb in d.framing:
            self.out.print(Text.assemble("  ", (fa.claim.text, "bold")))
            self.out.print(
                Text.assemble(
                    "    ", (a, "cyan"), f": {fa.label}    ", (b, "cyan"), f": {fb.label}"
                )
            )

    def topics(self, rows: Sequence[TopicRow]) -> None:
        table = Table(box=None, pad_edge=False, header_style="bold")
        table.add_column("topic", no_wrap=True)
        table.add_column("label")
        table.add_column("claims", justify="right", no_wrap=True)
        for r in rows:
            table.add_row(
                r.name, _safe(r.label), str(r.claims), style="dim" if not r.claims else None
            )
        self.out.print(table)

    def article_detail(
        self,
        article: ArticleSummary,
        paragraphs: Sequence[Paragraph],
        claims: Sequence[Claim],
        text: str,
    ) -> None:
        """An article: its metadata, and each paragraph set aside as furniture with its role."""
        self.out.print(
            Text.assemble(("article ", "bold"), (article.id, "bold cyan"), f"  {article.name}")
        )
        for label, value in (
            ("title", article.title),
            ("published", article.published),
            ("kind", article.kind),
            ("author", article.author),
        ):
            if value:
                self.out.print(Text.assemble((f"{label:<12}", "bold"), value), soft_wrap=True)
        if not paragraphs:
            self.line(
                f"{article.claims} claims; the roles of its paragraphs were not recorded "
                "(stored by an older claimcheck: 'claimcheck ingest --force' records them)"
            )
            return
        furniture = [(i, p) for i, p in enumerate(paragraphs) if not p.is_content]
        content = len(paragraphs) - len(furniture)
        self.line(
            f"{len(paragraphs)} paragraphs: {content} read as claims ({len(claims)} claims), "
            f"{len(furniture)} set aside as page furniture"
        )
        for i, p in furniture:
            words = _CONTROL.sub(" ", " ".join(text[p.start : p.end].split()))
            shown = words if len(words) <= 100 else words[:99] + "…"
            self.out.print(
                Text.assemble(f"  {i:>4} ", (f"{p.role:<12}", "bold"), f"“{shown}”"),
                soft_wrap=True,
            )

    def claim_detail(self, claim: Claim, article: ArticleSummary | None, text: str) -> None:
        """One claim, its evidence with the cue words marked, and every annotation."""
        a = claim.annotations
        where = f"{article.name}, " if article else ""
        self.out.print(
            Text.assemble(
                ("claim ", "bold"),
                (claim.id, "bold cyan"),
                f"  ({where}sentence {claim.sentence}, paragraph {claim.paragraph}, {claim.kind})",
            )
        )
        self.out.print(Text(claim.text, style="bold"))
        evidence = Text(text[claim.start : claim.end])
        for start, end, style in _marks(a):
            if claim.start <= start and end <= claim.end:
                evidence.stylize(style, start - claim.start, end - claim.start)
        self.out.print(
            Text.assemble(("evidence ", "dim"), f"[{claim.start}:{claim.end}] ", "“", evidence, "”")
        )
        for label, lines in detail_lines(a):
            self.out.print(Text.assemble((f"{label:<12}", "bold"), lines[0] if lines else "none"))
            for line in lines[1:]:
                self.out.print(" " * 12 + line)


def _plural(n: int, thing: str) -> str:
    return f"{n} {thing}{'' if n == 1 else 's'}"


def framing(a: Annotations) -> str:
    """ "Putin (said); hedged: may, reportedly" — how a claim is framed, in a few words."""
    parts = []
    if a.attribution:
        parts.append(f"{a.attribution.normalized} ({a.attribution.verb})")
    cues = list(dict.fromkeys(h.cue.lower() for h in a.hedges if h.scope in ("claim", "frame")))
    context = [h for h in a.hedges if h.scope == "context"]
    if cues:
        parts.append("hedged: " + ", ".join(cues))
    if context:
        parts.append(
            "hedged elsewhere: " + ", ".join(dict.fromkeys(h.cue.lower() for h in context))
        )
    return "; ".join(parts)


_STYLES = {
    "hedge": "black on yellow",
    "speaker": "bold cyan",
    "number": "magenta",
    "date": "green",
    "negation": "bold red",
    "comparison": "blue underline",
}


def _marks(a: Annotations) -> list[tuple[int, int, str]]:
    marks = [(h.start, h.end, _STYLES["hedge"]) for h in a.hedges if h.scope == "claim"]
    if a.attribution and a.attribution.start is not None and a.attribution.end is not None:
        marks.append((a.attribution.start, a.attribution.end, _STYLES["speaker"]))
    marks += [(q.start, q.end, _STYLES["number"]) for q in a.numbers]
    marks += [(d.start, d.end, _STYLES["date"]) for d in a.dates]
    marks += [(n.start, n.end, _STYLES["negation"]) for n in a.negations]
    marks += [(c.start, c.end, _STYLES["comparison"]) for c in a.comparisons]
    return marks


def detail_lines(a: Annotations) -> list[tuple[str, list[str]]]:
    """Each annotation as lines of plain text that name the words that caused it."""
    attribution = []
    if a.attribution:
        t = a.attribution
        how = "reported" if t.reported else "vouched for by the article"
        line = f"{t.normalized} — “{t.speaker}” {t.verb} ({how})"
        attribution.append(line + (f"; {t.role}" if t.role else ""))
    hedges = [
        f"“{h.cue}” {h.category}"
        + (f" (from claim {h.source})" if h.scope == "context" else "")
        + (" (the verb that reports it)" if h.scope == "frame" else "")
        for h in a.hedges
    ]
    numbers = [
        f"“{q.text}” = {q.value:g}"
        + (f" {q.unit}" if q.unit else "")
        + f" ({q.kind}"
        + (f" of {q.of}" if q.of else "")
        + ")"
        for q in a.numbers
    ]
    dates = [
        f"“{d.text}” = {d.value or 'unknown'} ({d.kind}"
        + (", from the article's date" if d.resolved else "")
        + ")"
        for d in a.dates
    ]
    negations = [f"“{n.cue}” negates “{n.scope}”" if n.scope else f"“{n.cue}”" for n in a.negations]
    if a.negations:
        negations.append(
            "claim is " + ("negated" if a.negated else "not negated (negations cancel)")
        )
    comparisons = []
    for c in a.comparisons:
        if c.direction == "rank":
            comparisons.append(
                f"“{c.cue}”: rank {c.rank}"
                + (f" of {c.dimension}" if c.dimension else "")
                + (f" ({c.subject})" if c.subject else "")
            )
        else:
            comparisons.append(
                f"“{c.cue}”: {c.subject} {c.direction} {c.object or 'others'}"
                + (f" in {c.dimension}" if c.dimension else "")
            )
    entities = [
        f"“{e.text}” {e.type}"
        + (f" = {' + '.join(e.canonical)}" if e.canonical != (e.text,) else "")
        for e in a.entities
    ]
    topics = [f"{t.name} (“{t.cue}”)" for t in a.topics]
    rows: list[tuple[str, list[str]]] = []
    if a.referent:  # shown only when a pronoun subject was resolved
        r = a.referent
        rows.append(
            ("subject", [f"“{r.pronoun}” = {r.refers_to} (named earlier; compared as such)"])
        )
    return [
        *rows,
        ("attribution", attribution),
        ("hedges", hedges),
        ("numbers", numbers),
        ("dates", dates),
        ("negation", negations),
        ("comparisons", comparisons),
        ("entities", entities),
        ("topics", topics),
    ]


def _tail(text: str, width: int) -> str:
    """The end of ``text`` when it is too wide: a path's file name, a record's line."""
    return text if len(text) <= width else "…" + text[len(text) - width + 1 :]


def _names(articles: Sequence[ArticleSummary]) -> dict[str, str]:
    return {a.id: a.label for a in articles}
