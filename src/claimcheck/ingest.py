"""Ingest a batch of inputs: read, split and store each, keep going past bad ones.

An input is a file, standard input, or one record of a collection (JSON Lines, JSON, CSV):
each is an article of its own.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import sys
import time
from collections import Counter, deque
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from claimcheck.comparing.overview import recount
from claimcheck.config import Settings
from claimcheck.errors import InputError, StoreBusyError
from claimcheck.grouping.match import Scorer
from claimcheck.grouping.regroup import PENDING_KEY, Grouper, GroupingReport, stored_threshold
from claimcheck.lexicons import Lexicons
from claimcheck.models import Claim, Document, IngestOutcome
from claimcheck.pipeline import PIPELINE_VERSION, Pipeline, article_id
from claimcheck.reading.files import STDIN, expand, read_file, read_stream
from claimcheck.reading.structured import Collection, FieldMap, is_collection
from claimcheck.regrouping import regroup_all
from claimcheck.storage.store import ArticleRows, Store
from claimcheck.storage.stories import StoryTables
from claimcheck.stories.builder import StoriesReport, StoryBuilder

# Ingesting at least this many inputs, and this share of the articles stored, groups the
# claims once at the end instead of article by article.
BULK_MIN = 50
BULK_SHARE = 0.25
MAX_WORKERS = 8
CHUNK = 8  # files a worker reads and splits per task
AHEAD = 4  # tasks per worker handed out before their results are taken
BATCH_ARTICLES = 64  # bulk mode commits after this many articles, or
BATCH_SECONDS = 1.0  # after this long, whichever comes first

# Called after each input with (inputs done, inputs in all, the outcome).
Progress = Callable[[int, int, IngestOutcome], None]
# What is ingested as one article: a file's path or "-" (read where it is handled), a record
# of a collection (read already), or why a path or record cannot be read.
Unit = str | Document | InputError


@dataclass(slots=True)
class IngestReport:
    outcomes: list[IngestOutcome] = field(default_factory=list)
    grouping: GroupingReport | None = None  # when the batch was grouped as a whole
    stories: StoriesReport | None = None  # the same, for the stories
    deferred: bool = False  # another process kept writing: the grouping waits for a later run

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

    @property
    def set_aside(self) -> dict[str, int]:
        """Paragraphs of the articles split in this run not read as claims, by role."""
        counts: dict[str, int] = {}
        for o in self.outcomes:
            for role, n in o.set_aside.items():
                counts[role] = counts.get(role, 0) + n
        return counts

    def set_aside_line(self) -> str | None:
        """ "23 paragraphs set aside as page furniture (headings 9, datelines 5, ...)", or None."""
        counts = self.set_aside
        total = sum(counts.values())
        if not total:
            return None
        by_role = ", ".join(
            f"{_plural(role, n)} {n}" for role, n in sorted(counts.items(), key=lambda rn: -rn[1])
        )
        return (
            f"{total} paragraph{'s' if total != 1 else ''} set aside as page furniture "
            f"({by_role}); 'claimcheck show ARTICLE' lists them"
        )


def _plural(role: str, n: int) -> str:
    if n == 1:
        return role
    return {"boilerplate": "boilerplate", "related": "related", "tags": "tag lines"}.get(
        role, role + "s"
    )


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
    workers: int | None = None,
) -> IngestReport:
    """Ingest files, folders, collections (each record an article) and "-" (standard input).
    Each article is stored whole or not at all; a bad input is recorded as failed and the
    rest carry on.

    A big batch is read and split by ``workers`` processes (default: one per core) while this
    one writes, and grouped once at the end, as `claimcheck match` would; a few articles are
    handled here, one by one, each grouped with what is stored.
    """
    lexicons = Lexicons(settings.lexicon_dir)
    pipeline = Pipeline(lexicons, settings.topics_file)
    scorer = Scorer(
        pipeline.scorer.normalizer, threshold=stored_threshold(store, settings.threshold)
    )
    items = list(expand(paths))
    fields = FieldMap.of(lexicons, settings.fields)
    collections = {
        i: Collection(i, fields, max_bytes=settings.max_bytes)
        for i in items
        if isinstance(i, str) and i != STDIN and is_collection(i)
    }
    total = sum(collections[i].count() if i in collections else 1 for i in items)
    bulk = total >= max(BULK_MIN, BULK_SHARE * store.article_count())
    grouper = Grouper(scorer) if match else None
    placing = _Placing(grouper, StoryBuilder(lexicons)) if grouper else None
    report = IngestReport()
    units = _units(items, collections)
    stream = (
        _prepared_in_parallel(store, units, settings, force, workers)
        if bulk
        else ((unit, None) for unit in units)
    )
    # a bulk ingest cut short (killed while storing or grouping) left claims to group: the
    # next ingest groups them, even if it brings nothing new
    unfinished = bool(grouper) and store.meta(PENDING_KEY) == "1"
    with _Batches(store, enabled=bulk) as batches:
        if bulk:
            store.defer_text_index()  # committed with the first batch, as are the next
            store.defer_term_counts()
            StoryTables(store).mark_stale()
        if bulk and grouper:
            store.set_meta(PENDING_KEY, "1")
        for done, (unit, ready) in enumerate(stream, start=1):
            report.outcomes.append(
                _one(
                    store,
                    pipeline,
                    None if bulk else placing,
                    unit,
                    ready,
                    settings,
                    name=name,
                    stdin=stdin,
                    force=force,
                )
            )
            batches.stored_one()
            if progress:
                progress(done, max(total, done), report.outcomes[-1])
        if store.text_index_stale():  # after this bulk ingest, or one cut short before it
            store.rebuild_text_index()  # committed with the last batch: no write of its own
        if store.term_counts_stale():
            store.recount_terms()
    stream.close()  # the worker processes end now, not after the grouping
    changed = report.counts["new"] or report.counts["replaced"]
    if placing and (unfinished or (bulk and changed)):
        try:
            report.stories, report.grouping = regroup_all(store, placing.grouper, placing.stories)
        except StoreBusyError:
            # another ingest is storing articles: it, the next ingest or `claimcheck match`
            # groups the whole store (the pending mark stays), and nothing of ours is lost
            report.deferred = True
    elif bulk and grouper:
        store.set_meta(PENDING_KEY, "")
    elif placing:
        placing.finish(store)
    return report


@dataclass(slots=True)
class _Placing:
    """Articles placed as they are stored, one at a time: each in its story, then its claims
    in clusters within the story; at the end of the run, the topics that took articles are
    clustered again (``StoryBuilder.settle``), the claims of articles that moved grouped again,
    and the stories this changed counted again."""

    grouper: Grouper
    stories: StoryBuilder
    topics: set[str] = field(default_factory=set)  # topics that took or lost articles
    left: set[str] = field(default_factory=set)  # stories that lost an article
    placed: set[str] = field(default_factory=set)  # articles placed in this run

    def leaving(self, store: Store, article_id: str | None) -> None:
        """An article about to be replaced or removed: its topic is revisited at the end, and
        its story counted again."""
        if article_id:
            tables = StoryTables(store)
            stories = {s for s in tables.story_of([article_id]).values() if s}
            self.left |= stories
            self.topics |= set(tables.topic_of(stories).values())

    def place(self, store: Store, article_id: str, claims: list[Claim]) -> None:
        topic = self.stories.place(store, article_id)
        if topic:
            self.topics.add(topic)
        self.placed.add(article_id)
        self.grouper.add(store, claims)

    def finish(self, store: Store) -> None:
        if not self.topics:
            return
        with store.transaction():
            tables = StoryTables(store)
            before = self._members(tables)
            moved = self.stories.settle(store, self.topics, end_of_run=True)
            self.grouper.place_again(store, moved)
            recount(store, self._changed(store, before, moved), self.grouper.lexicons)

    def _members(self, tables: StoryTables) -> dict[str, str]:
        """Each article of the touched topics -> its story."""
        return {a: s for t in sorted(self.topics) for a, s in tables.topic_members(t)}

    def _changed(self, store: Store, before: dict[str, str], moved: set[str]) -> set[str]:
        """The stories whose counts this run changed: those that took or lost an article
        (when it was placed, or moved by ``settle``), and those holding a cluster that a claim
        of these articles joined (a background fact another story states too). The other
        stories of the touched topics keep their counts."""
        after = self._members(StoryTables(store))
        changed = {
            s
            for a in before.keys() | after.keys()
            if before.get(a) != after.get(a)
            for s in (before.get(a), after.get(a))
            if s
        }
        articles = sorted(self.placed | moved)
        changed |= self.left | {s for a in articles if (s := after.get(a))}
        clusters = sorted({r.cluster_id for r in store.claim_rows_of(articles) if r.cluster_id})
        changed |= {s for shared in store.cluster_stories(clusters).values() for s in shared}
        return changed


def _units(items: list[str | InputError], collections: dict[str, Collection]) -> Iterator[Unit]:
    """The articles to ingest, in order: each file, and each record of each collection."""
    for item in items:
        if isinstance(item, str) and item in collections:
            yield from collections[item]
        else:
            yield item


def _one(
    store: Store,
    pipeline: Pipeline,
    placing: _Placing | None,
    unit: Unit,
    ready: _Prepared | IngestOutcome | None,
    settings: Settings,
    *,
    name: str | None,
    stdin: BinaryIO | None,
    force: bool,
) -> IngestOutcome:
    """Ingest one unit: prepared by a worker in bulk mode, else read and split here."""
    if isinstance(unit, InputError):
        return IngestOutcome(unit.source, "failed", message=unit.reason)
    if isinstance(ready, IngestOutcome):
        return ready
    if ready is not None:
        return _store(store, pipeline, None, ready.doc, force=force, rows=ready.rows)
    if isinstance(unit, Document):
        return _store(store, pipeline, placing, _as_told(unit, settings.outlet), force=force)
    return _ingest_one(
        store, pipeline, placing, unit, settings, name=name, stdin=stdin, force=force
    )


def _as_told(doc: Document, outlet: str | None) -> Document:
    """The document with the outlet the user named (--outlet), over any it gives itself."""
    return replace(doc, outlet=outlet) if outlet else doc


class _Batches:
    """In bulk mode, a commit every few dozen articles rather than after each: a commit costs
    more than an article's claims. Each article is still whole or not at all (it is written in
    a savepoint of its own), and a run cut short loses at most the batch in progress, which
    running the same ingest again completes."""

    def __init__(self, store: Store, *, enabled: bool) -> None:
        self.store = store
        self.enabled = enabled
        self._open: ExitStack | None = None

    def __enter__(self) -> _Batches:
        self._begin()
        return self

    def _begin(self) -> None:
        if self.enabled:
            self._open = ExitStack()
            self._open.enter_context(self.store.transaction())
            self._count = 0
            self._started = time.monotonic()

    def stored_one(self) -> None:
        if self._open is None:
            return
        self._count += 1
        if self._count >= BATCH_ARTICLES or time.monotonic() - self._started >= BATCH_SECONDS:
            self._open.close()
            self._begin()

    def __exit__(self, *exc: Any) -> None:
        if self._open is not None:
            self._open.__exit__(*exc)  # commits, or rolls the batch back on an error


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A file read (and, unless its text is already stored, split and annotated) by a worker."""

    doc: Document
    rows: ArticleRows | None


_worker: dict[str, Any] = {}  # each worker process's pipeline and the texts already stored


def _start_worker(
    lexicon_dir: Path | None,
    topics_file: Path | None,
    known: frozenset[str],
    max_bytes: int,
    force: bool,
    outlet: str | None,
) -> None:
    _worker.update(
        pipeline=Pipeline(Lexicons(lexicon_dir), topics_file),
        known=known,
        max_bytes=max_bytes,
        force=force,
        outlet=outlet,
    )


def _prepare(item: str | Document) -> _Prepared | IngestOutcome:
    """A file read, or a record, split and annotated (unless its text is stored already)."""
    if isinstance(item, Document):
        doc = item
    else:
        try:
            doc = read_file(item, max_bytes=_worker["max_bytes"])
        except InputError as exc:
            return IngestOutcome(exc.source, "failed", message=exc.reason)
    doc = _as_told(doc, _worker["outlet"])
    if article_id(doc.text) in _worker["known"] and not _worker["force"]:
        return _Prepared(doc, None)
    return _Prepared(doc, ArticleRows.of(*_worker["pipeline"].process(doc)))


def _prepared_in_parallel(
    store: Store,
    units: Iterator[Unit],
    settings: Settings,
    force: bool,
    workers: int | None,
) -> Generator[tuple[Unit, _Prepared | IngestOutcome | None], None, None]:
    """Each unit with what a worker process made of it (None for standard input and for
    errors, which are handled here), in the order of ``units``."""
    known = frozenset(store.article_ids(pipeline=PIPELINE_VERSION))
    count = workers or min(os.cpu_count() or 1, MAX_WORKERS)
    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    with context.Pool(
        count,
        _start_worker,
        (
            settings.lexicon_dir,
            settings.topics_file,
            known,
            settings.max_bytes,
            force,
            settings.outlet,
        ),
    ) as pool:
        yield from _bounded(pool, units, ahead=AHEAD * count)


def _for_workers(unit: Unit) -> bool:
    return isinstance(unit, Document) or (isinstance(unit, str) and unit != STDIN)


def _bounded(
    pool: Any, units: Iterator[Unit], *, ahead: int
) -> Iterator[tuple[Unit, _Prepared | IngestOutcome | None]]:
    """Units handed to the pool a chunk at a time, at most ``ahead`` chunks ahead of the
    reader: imap would split the whole batch as fast as the workers can, and when storing is
    the slower side, tens of thousands of split articles would wait in memory."""
    pending: deque[tuple[list[Unit], Any]] = deque()

    def taken() -> Iterator[tuple[Unit, _Prepared | IngestOutcome | None]]:
        chunk, result = pending.popleft()
        done = iter(result.get())
        for unit in chunk:
            yield unit, next(done) if _for_workers(unit) else None

    chunk: list[Unit] = []
    for unit in units:
        chunk.append(unit)
        if len(chunk) == CHUNK:
            pending.append((chunk, pool.apply_async(_prepare_many, (_work(chunk),))))
            chunk = []
            if len(pending) >= ahead:
                yield from taken()
    if chunk:
        pending.append((chunk, pool.apply_async(_prepare_many, (_work(chunk),))))
    while pending:
        yield from taken()


def _work(chunk: list[Unit]) -> list[str | Document]:
    return [u for u in chunk if isinstance(u, str | Document) and _for_workers(u)]


def _prepare_many(items: list[str | Document]) -> list[_Prepared | IngestOutcome]:
    return [_prepare(item) for item in items]


def _ingest_one(
    store: Store,
    pipeline: Pipeline,
    placing: _Placing | None,
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
    return _store(store, pipeline, placing, _as_told(doc, settings.outlet), force=force)


def _store(
    store: Store,
    pipeline: Pipeline,
    placing: _Placing | None,
    doc: Document,
    *,
    force: bool,
    rows: ArticleRows | None = None,
) -> IngestOutcome:
    """Store one document: new, a new version of a file (replacing the old one), or the same
    text again (unchanged, unless it was split by older rules or ``force`` is set).
    ``rows`` are the document already split, annotated and made rows, when a worker did it."""
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
        set_aside = rows.article.set_aside if rows is not None else {}
        return IngestOutcome(doc.source, status, aid, claims, message, doc.warnings, set_aside)

    if same_text and not force and same_text.pipeline == PIPELINE_VERSION:
        if replaces:  # this file now holds a text stored from elsewhere: drop its old version
            with store.transaction():
                touched = _clusters_of(store, replaces)
                if placing:
                    placing.leaving(store, replaces)
                store.delete_article(replaces)
                if placing:
                    placing.grouper.repair(store, touched)
            return outcome("replaced", same_text.claims, elsewhere)
        return outcome("unchanged", same_text.claims, elsewhere)
    claims: list[Claim] = []  # only needed to group them here, which bulk mode does not
    if rows is None:
        article, claims = pipeline.process(doc)
        rows = ArticleRows.of(article, claims)
    with store.transaction():  # the article, its claims and their clusters, whole or not at all
        touched = _clusters_of(store, replaces) | _clusters_of(store, aid)
        if placing:
            placing.leaving(store, replaces)
            placing.leaving(store, aid)  # the same text again, split anew
        store.save_rows(rows, pipeline=PIPELINE_VERSION, replaces=replaces)
        if placing:
            placing.grouper.repair(store, touched)
            placing.place(store, aid, claims)
    count = len(rows.claims)
    if replaces:
        return outcome("replaced", count, f"replaces its earlier version ({replaces})")
    if same_text:
        return outcome("replaced", count, "claims redone with the current rules")
    return outcome("new", count, None)


def _clusters_of(store: Store, article: str | None) -> set[str]:
    if article is None:
        return set()
    return {c.cluster_id for c in store.claims(article) if c.cluster_id}
