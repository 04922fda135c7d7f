"""Ingest a batch of inputs: read, split and store each, keep going past bad ones."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from claimcheck.config import Settings
from claimcheck.errors import InputError
from claimcheck.grouping import Grouper, GroupingReport, stored_threshold
from claimcheck.match import Scorer
from claimcheck.models import Document, IngestOutcome
from claimcheck.pipeline import PIPELINE_VERSION, Pipeline, article_id
from claimcheck.read import STDIN, expand, read_file, read_stream
from claimcheck.store import Store

# Ingesting at least this many inputs, and this share of the articles stored, groups the
# claims once at the end instead of article by article.
BULK_MIN = 50
BULK_SHARE = 0.25

# Called after each input with (inputs done, inputs in all, the outcome).
Progress = Callable[[int, int, IngestOutcome], None]


@dataclass(slots=True)
class IngestReport:
    outcomes: list[IngestOutcome] = field(default_factory=list)
    grouping: GroupingReport | None = None  # when the batch was grouped as a whole

    @property
    def counts(self) -> Counter[str]:
        return Counter(o.status for o in self.outcomes)

    @property
    def failed(self) -> int:
        return self.counts["failed"]

    def summary(self) -> str:
        """One line: "5 articles: 5 new, 0 unchanged, 0 failed"."""
        c = self.counts
        n = len(self.outcomes)
        parts = [f"{c['new']} new"]
        if c["replaced"]:
            parts.append(f"{c['replaced']} replaced")
        parts += [f"{c['unchanged']} unchanged", f"{c['failed']} failed"]
        return f"{n} article{'s' if n != 1 else ''}: {', '.join(parts)}"


def ingest(
    store: Store,
    paths: Sequence[str],
    settings: Settings,
    *,
    name: str | None = None,
    stdin: BinaryIO | None = None,
    force: bool = False,
    match: bool = True,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files, folders and "-" (standard input). Each article is stored whole or not at
    all; a bad input is recorded as failed and the rest carry on."""
    pipeline = Pipeline(settings.lexicon_dir, settings.topics_file)
    scorer = Scorer(
        pipeline.scorer.normalizer, threshold=stored_threshold(store, settings.threshold)
    )
    items = list(expand(paths))
    # a big batch is grouped once at the end, as `claimcheck match` would (faster, and the
    # same result); a few articles are grouped one by one with what is stored
    bulk = match and len(items) >= max(BULK_MIN, BULK_SHARE * store.counts()["articles"])
    grouper = Grouper(scorer) if match else None
    report = IngestReport()
    for done, item in enumerate(items, start=1):
        if isinstance(item, InputError):
            outcome = IngestOutcome(item.source, "failed", message=item.reason)
        else:
            outcome = _ingest_one(
                store,
                pipeline,
                None if bulk else grouper,
                item,
                settings,
                name=name,
                stdin=stdin,
                force=force,
            )
        report.outcomes.append(outcome)
        if progress:
            progress(done, len(items), outcome)
    if bulk and grouper and (report.counts["new"] or report.counts["replaced"]):
        report.grouping = grouper.regroup(store)
    return report


def _ingest_one(
    store: Store,
    pipeline: Pipeline,
    grouper: Grouper | None,
    item: str,
    settings: Settings,
    *,
    name: str | None,
    stdin: BinaryIO | None,
    force: bool,
) -> IngestOutcome:
    source = item if item != STDIN else (name or "<stdin>")
    try:
        if item == STDIN:
            doc = read_stream(stdin or sys.stdin.buffer, name=name, max_bytes=settings.max_bytes)
        else:
            doc = read_file(item, max_bytes=settings.max_bytes)
    except InputError as exc:
        return IngestOutcome(exc.source if item != STDIN else source, "failed", message=exc.reason)
    return _store(store, pipeline, grouper, doc, force=force)


def _store(
    store: Store, pipeline: Pipeline, grouper: Grouper | None, doc: Document, *, force: bool
) -> IngestOutcome:
    """Store one document: new, a new version of a file (replacing the old one), or the same
    text again (unchanged, unless it was split by older rules or ``force`` is set)."""
    aid = article_id(doc.text)
    same_text = store.article_by_id(aid)
    at_location = store.article_at(doc.location)
    replaces = at_location.id if at_location and at_location.id != aid else None
    elsewhere = (
        f"same text as {same_text.source}"
        if same_text and same_text.location != doc.location
        else None
    )

    def outcome(status: str, claims: int, message: str | None) -> IngestOutcome:
        return IngestOutcome(doc.source, status, aid, claims, message, doc.warnings)

    if same_text and not force and same_text.pipeline == PIPELINE_VERSION:
        if replaces:  # this file now holds a text stored from elsewhere: drop its old version
            with store.transaction():
                touched = _clusters_of(store, replaces)
                store.delete_article(replaces)
                if grouper:
                    grouper.repair(store, touched)
            return outcome("replaced", same_text.claims, elsewhere)
        return outcome("unchanged", same_text.claims, elsewhere)
    article, claims = pipeline.process(doc)
    with store.transaction():  # the article, its claims and their clusters, whole or not at all
        touched = _clusters_of(store, replaces) | _clusters_of(store, aid)
        store.save_article(article, claims, pipeline=PIPELINE_VERSION, replaces=replaces)
        if grouper:
            grouper.repair(store, touched)
            grouper.add(store, claims)
    if replaces:
        return outcome("replaced", len(claims), f"replaces its earlier version ({replaces})")
    if same_text:
        return outcome("replaced", len(claims), "claims redone with the current rules")
    return outcome("new", len(claims), None)


def _clusters_of(store: Store, article: str | None) -> set[str]:
    if article is None:
        return set()
    return {c.cluster_id for c in store.claims(article) if c.cluster_id}
