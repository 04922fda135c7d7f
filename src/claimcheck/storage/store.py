"""The SQLite store: opened safely, migrated on open, one transaction per article."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
import time
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import sqlite_utils

from claimcheck.arrays import grouped
from claimcheck.errors import NotFoundError, StoreError, quote
from claimcheck.grouping.idf import idf_weight
from claimcheck.grouping.senses import term_share
from claimcheck.models import NO_ANNOTATIONS, Annotations, Article, Claim, Paragraph, article_label
from claimcheck.storage import records
from claimcheck.storage.migrations import MIGRATIONS, SCHEMA_VERSION, count_terms

# Marks the file as a claimcheck store ("clmc"), so that other SQLite files are not mistaken
# for one and changed.
APPLICATION_ID = 0x636C6D63
_SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 30.0
CACHE_KIB = 64 * 1024
_RETRY_S = 0.05
_IN_CHUNK = 500  # values bound in one "IN (...)" list
TERMS_STALE_KEY = "term_claims.stale"  # the word counts wait for a recount (migrations.py)
TEXT_INDEX_STALE_KEY = "text_index.stale"  # the claims' text index waits for a rebuild
_COPIES_READ = 5  # rows read per distinct claim wanted, as copies rank together

_CLAIM_COLUMNS = 'id, article_id, seq, text, start, "end", sentence, paragraph, kind'
_SELECT_CLAIMS = (
    'SELECT c.id, c.article_id, c.seq, c.text, c.start, c."end", c.sentence, c.paragraph, '
    "c.kind, c.annotations, c.norm, c.cluster_id, c.copy_key, c.standalone "
    "FROM claims c JOIN articles a ON a.id = c.article_id"
)
_ORDER_CLAIMS = " ORDER BY a.name, a.source, a.id, c.seq"


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article as listed: its metadata and how many claims it holds, without its text."""

    id: str
    source: str
    name: str
    title: str | None
    published: str | None
    kind: str
    author: str | None
    sha256: str
    claims: int
    location: str = ""
    pipeline: int = 0
    ingested_at: str = ""
    outlet: str | None = None
    url: str | None = None
    story_id: str | None = None

    @property
    def label(self) -> str:
        """A short name for tables: the file name without a document suffix ("001_story"), or
        a record's place in its collection ("news.jsonl:17")."""
        return article_label(self.name)

    @property
    def source_key(self) -> str:
        """What makes two articles one source: their outlet (case aside), or, for an
        article whose outlet is not known, the article itself."""
        return f"outlet:{self.outlet.casefold()}" if self.outlet else f"article:{self.id}"


class Store:
    """A claimcheck database. Use as a context manager, or call ``close()``."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        self.path = Path(path)
        self._savepoints = 0
        self._check_file(create)
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            conn = self._connect(create)
            self.db = sqlite_utils.Database(conn)
            try:
                self._prepare()
                return
            except sqlite3.OperationalError as exc:
                conn.close()
                # two processes creating or upgrading one store at once: SQLite answers
                # "locked" at once rather than wait, when waiting could deadlock; so retry
                if "locked" in str(exc) and time.monotonic() < deadline:
                    time.sleep(_RETRY_S)
                    continue
                self._opening_failed(exc)
                return
            except (sqlite3.DatabaseError, StoreError) as exc:
                conn.close()
                self._opening_failed(exc)
                return

    def _connect(self, create: bool) -> sqlite3.Connection:
        try:
            if create:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            return sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.path}: cannot open the store ({_reason(exc)})") from None

    def _opening_failed(self, exc: Exception) -> None:
        """Open the store read-only where that is all the place allows; else raise why it
        cannot be opened."""
        if isinstance(exc, StoreError):
            raise exc
        if isinstance(exc, sqlite3.OperationalError):
            if not self.path.exists() or "unable to open" not in str(exc):
                raise StoreError(f"{self.path}: cannot open the store ({_reason(exc)})") from None
            # a store where its WAL index cannot be made (a read-only folder or disk): it is
            # read as it stands, and any write is refused
            self._open_read_only()
            return
        raise StoreError(
            f"{self.path}: cannot be used as a claimcheck store ({_reason(exc)}); "
            "it was left untouched"
        ) from None

    def _prepare(self) -> None:
        conn = self.db.conn
        conn.execute("PRAGMA foreign_keys = ON")
        self._migrate()
        conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: safe, no fsync per commit
        # the indexes of a big store are written at random places: keep more pages in memory
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")

    def _open_read_only(self) -> None:
        uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
            self.db = sqlite_utils.Database(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot be read ({_reason(exc)})") from None
        if app_id != APPLICATION_ID or version != SCHEMA_VERSION:
            conn.close()
            raise StoreError(
                f"{self.path}: is read-only here and is not a store of this claimcheck's "
                f"schema ({version}, not {SCHEMA_VERSION}), which could not be upgraded in place"
            )

    def _check_file(self, create: bool) -> None:
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file")
        if not self.path.exists():
            if not create:
                raise StoreError(
                    f"{self.path}: no claimcheck store here yet "
                    "(run 'claimcheck ingest' first, or pass --db)"
                )
            return
        try:
            with self.path.open("rb") as fh:
                header = fh.read(len(_SQLITE_HEADER))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot be read ({_reason(exc)})") from None
        if header and header != _SQLITE_HEADER:
            raise StoreError(
                f"{self.path}: is not a SQLite database, so not a claimcheck store; "
                "it was left untouched"
            )

    def _migrate(self) -> None:
        conn = self.db.conn
        # read in one statement, so from one state of the file: read one by one, another
        # process creating the store between them showed its tables without its mark (an
        # empty file, then a whole store), and this one refused it as a foreign database
        app_id, version, tables = conn.execute(
            "SELECT (SELECT application_id FROM pragma_application_id), "
            "(SELECT user_version FROM pragma_user_version), "
            "(SELECT count(*) FROM sqlite_master)"
        ).fetchone()
        if app_id != APPLICATION_ID and (app_id != 0 or tables):
            raise StoreError(
                f"{self.path}: is a SQLite database but not a claimcheck store; "
                "it was left untouched"
            )
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: was written by a newer claimcheck (schema {version}, "
                f"this version reads up to {SCHEMA_VERSION}); upgrade claimcheck"
            )
        if version == SCHEMA_VERSION:
            return
        if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        with self.transaction():
            # another process may have migrated while this one waited for the lock
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for step in MIGRATIONS[version:]:
                step(self.db)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, kind: object, exc: BaseException | None, tb: object) -> None:
        self.close()
        if isinstance(exc, sqlite3.Error):  # met while working: one line that names the file
            raise StoreError(_explain(self.path, exc)) from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing writes. IMMEDIATE takes the write lock up front, so two writers wait
        for each other (up to the busy timeout) instead of failing half-way. Inside another
        transaction this is a savepoint, so steps nest (an article and its matching)."""
        conn = self.db.conn
        if conn.in_transaction:
            self._savepoints += 1
            name = f"step{self._savepoints}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield
                conn.execute(f"RELEASE {name}")
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                raise
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot write to the store ({_reason(exc)})") from None
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextmanager
    def references_trusted(self) -> Iterator[None]:
        """Foreign keys left unchecked, for a bulk write whose rows name only claims that the
        caller has just read and knows are still there (a whole grouping: millions of pairs,
        each of which SQLite would otherwise look up in the claims, and a table it could not
        empty at once). SQLite switches this only between transactions; inside one it stays
        as it is."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            yield
        finally:
            conn.execute("PRAGMA foreign_keys = ON")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that all see one state of the store, whatever another process writes
        meanwhile: a listing never shows a claim whose article it does not list."""
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        conn.execute("BEGIN")  # deferred: the first read fixes the snapshot, until COMMIT
        try:
            yield
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    # -- writing ------------------------------------------------------------------------------

    def save_article(
        self, article: Article, claims: list[Claim], *, pipeline: int, replaces: str | None = None
    ) -> None:
        """Store an article and its claims (dropping ``replaces``, its earlier version), whole
        or not at all."""
        self.save_rows(ArticleRows.of(article, claims), pipeline=pipeline, replaces=replaces)

    def save_rows(self, rows: ArticleRows, *, pipeline: int, replaces: str | None = None) -> None:
        """``save_article`` for an article already turned into rows (by a worker process)."""
        article = rows.article
        try:
            with self.transaction():
                conn = self.db.conn
                if replaces:
                    conn.execute("DELETE FROM articles WHERE id = ?", (replaces,))
                conn.execute("DELETE FROM articles WHERE id = ?", (article.id,))
                conn.execute(
                    "INSERT INTO articles (id, sha256, source, location, name, title, published, "
                    "kind, author, format, encoding, pipeline, ingested_at, text, outlet, url, "
                    "story_terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        article.id,
                        article.sha256,
                        article.source,
                        article.location,
                        article.name,
                        article.title,
                        article.published,
                        article.kind,
                        article.author,
                        article.format,
                        article.encoding,
                        pipeline,
                        dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                        article.text,
                        article.outlet,
                        article.url,
                        article.story_terms,
                    ),
                )
                conn.executemany(
                    f"INSERT INTO claims ({_CLAIM_COLUMNS}, annotations, hedged, speaker, negated, "
                    "norm, copy_key, standalone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows.claims,
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO claim_topics (topic, claim_id) VALUES (?, ?)",
                    rows.topics,
                )
                conn.executemany(
                    'INSERT INTO paragraphs (article_id, seq, start, "end", role) '
                    "VALUES (?, ?, ?, ?, ?)",
                    [(article.id, *p) for p in rows.paragraphs],
                )
        except sqlite3.Error as exc:
            raise StoreError(
                f"{self.path}: could not store {article.source} ({_reason(exc)}); "
                "nothing of it was written"
            ) from None

    def delete_article(self, article_id: str) -> None:
        with self.transaction():
            self.db.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    # -- reading ------------------------------------------------------------------------------

    def _summaries(self, where: str = "", params: tuple[Any, ...] = ()) -> list[ArticleSummary]:
        rows = self.db.conn.execute(
            "SELECT a.id, a.source, a.name, a.title, a.published, a.kind, a.author, a.sha256, "
            "(SELECT count(*) FROM claims c WHERE c.article_id = a.id), a.location, a.pipeline, "
            "a.ingested_at, a.outlet, a.url, a.story_id "
            f"FROM articles a {where}",
            params,
        ).fetchall()
        found = [ArticleSummary(*row) for row in rows]
        return sorted(found, key=lambda a: (_natural(a.name), a.source, a.id))

    def articles(self) -> list[ArticleSummary]:
        return self._summaries()

    def articles_in_story(self, story_id: str) -> list[ArticleSummary]:
        return self._summaries("WHERE a.story_id = ?", (story_id,))

    def article_ids(self, *, pipeline: int | None = None) -> list[str]:
        """Ids of the stored articles (made by pipeline version ``pipeline``, if given)."""
        if pipeline is None:
            return [r[0] for r in self.db.conn.execute("SELECT id FROM articles")]
        return [
            r[0]
            for r in self.db.conn.execute("SELECT id FROM articles WHERE pipeline = ?", (pipeline,))
        ]

    def article_by_id(self, article_id: str) -> ArticleSummary | None:
        found = self._summaries("WHERE a.id = ?", (article_id,))
        return found[0] if found else None

    def article_at(self, location: str) -> ArticleSummary | None:
        found = self._summaries("WHERE a.location = ?", (location,))
        return found[0] if found else None

    def article_text(self, article_id: str) -> str:
        row = self.db.conn.execute(
            "SELECT text FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no article with id {article_id}")
        return str(row[0])

    def paragraphs(self, article_id: str) -> list[Paragraph]:
        """The article's paragraphs with their roles, in order (none for an article stored
        before roles were kept)."""
        return [
            Paragraph(start, end, role)
            for start, end, role in self.db.conn.execute(
                'SELECT start, "end", role FROM paragraphs WHERE article_id = ? ORDER BY seq',
                (article_id,),
            )
        ]

    def resolve_article(self, ref: str) -> ArticleSummary:
        """An article by id, file name, source path, or a unique prefix of its id or name."""
        articles = self.articles()
        hits = [a for a in articles if ref in (a.id, a.name, a.source, a.location)]
        if len(hits) == 1:
            return hits[0]
        hits = (
            [
                a
                for a in articles
                if a.id.startswith(ref)
                or a.name.startswith(ref)
                or Path(a.source).name.startswith(ref)
            ]
            if ref
            else []
        )
        if len(hits) == 1:
            return hits[0]
        if not hits:
            raise NotFoundError(f"no article matches {quote(ref)} (see 'claimcheck articles')")
        names = ", ".join(a.name for a in hits[:5]) + (", ..." if len(hits) > 5 else "")
        raise NotFoundError(f"{quote(ref)} matches {len(hits)} articles ({names}); give more of it")

    def claims(
        self,
        article_id: str | None = None,
        *,
        topics: list[str] | None = None,
        hedged: bool = False,
        speakers: list[str] | None = None,
        ids: list[str] | None = None,
    ) -> list[Claim]:
        """Claims in article order, narrowed by any of the filters given."""
        where: list[str] = []
        params: list[Any] = []
        if article_id is not None:
            where.append("c.article_id = ?")
            params.append(article_id)
        if topics is not None:
            where.append(
                "c.id IN (SELECT claim_id FROM claim_topics WHERE topic IN "
                f"({', '.join('?' * len(topics))}))"
            )
            params += topics
        if hedged:
            where.append("c.hedged = 1")
        if speakers is not None:
            where.append(f"c.speaker IN ({', '.join('?' * len(speakers))})")
            params += speakers
        if ids is not None:
            where.append("c.id IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(ids))
        sql = _SELECT_CLAIMS + (" WHERE " + " AND ".join(where) if where else "") + _ORDER_CLAIMS
        return [_claim(row) for row in self.db.conn.execute(sql, params)]

    def claims_of(self, article_ids: list[str]) -> list[Claim]:
        """The claims of these articles, in article order."""
        sql = _SELECT_CLAIMS + " WHERE c.article_id IN (SELECT value FROM json_each(?))"
        return [
            _claim(r) for r in self.db.conn.execute(sql + _ORDER_CLAIMS, (json.dumps(article_ids),))
        ]

    def claim_rows_of(self, article_ids: list[str]) -> list[ClaimRow]:
        """``claims_of`` as rows, their annotations not decoded (most of the cost of reading
        claims), for a reader that decodes only the few it looks into."""
        sql = _SELECT_CLAIMS + " WHERE c.article_id IN (SELECT value FROM json_each(?))"
        return list(
            map(
                ClaimRow._make,
                self.db.conn.execute(sql + _ORDER_CLAIMS, (json.dumps(article_ids),)),
            )
        )

    def unplace(self, claim_ids: list[str]) -> None:
        """Take claims out of their clusters and drop their scored pairs (to be placed again)."""
        ids = json.dumps(claim_ids)
        self.db.conn.execute(
            "UPDATE claims SET cluster_id = NULL WHERE id IN (SELECT value FROM json_each(?))",
            (ids,),
        )
        self.db.conn.execute(
            "DELETE FROM claim_pairs WHERE a IN (SELECT value FROM json_each(?)) "
            "OR b IN (SELECT value FROM json_each(?))",
            (ids, ids),
        )

    def body_clusters(self) -> Iterator[tuple[str, str | None]]:
        """(article id, cluster id) of every body claim, in the order of ``claims``: what
        telling copies from sources needs, without reading whole claims."""
        yield from self.db.conn.execute(
            "SELECT c.article_id, c.cluster_id FROM claims c JOIN articles a ON a.id = c.article_id "
            "WHERE c.kind = 'body'" + _ORDER_CLAIMS
        )

    def claim(self, ref: str) -> Claim:
        """A claim by its id or a unique prefix of it."""
        rows = (
            self.db.conn.execute(
                _SELECT_CLAIMS + " WHERE c.id >= ? AND c.id < ? LIMIT 6", (ref, ref + "\uffff")
            ).fetchall()
            if ref
            else []
        )
        exact = [r for r in rows if r[0] == ref]
        if exact or len(rows) == 1:
            return _claim((exact or rows)[0])
        if not rows:
            raise NotFoundError(f"no claim matches {quote(ref)} (see 'claimcheck claims')")
        raise NotFoundError(f"{quote(ref)} matches several claims; give more of the id")

    def topic_counts(self) -> list[tuple[str, int]]:
        """Each topic with the number of claims tagged with it, most first."""
        return [
            (t, n)
            for t, n in self.db.conn.execute(
                "SELECT topic, count(*) FROM claim_topics GROUP BY topic ORDER BY count(*) DESC, topic"
            )
        ]

    def speakers(self) -> list[str]:
        return [
            r[0]
            for r in self.db.conn.execute(
                "SELECT DISTINCT speaker FROM claims WHERE speaker IS NOT NULL ORDER BY speaker"
            )
        ]

    # -- matching -----------------------------------------------------------------------------

    def grouping_rows(self) -> Iterator[tuple[str, str, str, str, int, int, str | None, int, int]]:
        """(id, article id, normalised words, copy key, negated, rowid, cluster id, standalone,
        sentence) of every claim, in the table's order: what grouping the whole store needs,
        without the annotations. (In id order, each row would be looked up through the index
        of ids: three times as long on a million claims.)"""
        yield from self.db.conn.execute(
            "SELECT id, article_id, norm, copy_key, negated, rowid, cluster_id, standalone, "
            "sentence FROM claims"
        )

    def claim_clusters(self) -> Iterator[tuple[str, str, str | None]]:
        """(article id, id, cluster id) of every claim, in the table's order."""
        yield from self.db.conn.execute("SELECT article_id, id, cluster_id FROM claims")

    def pair_rows(self, relation: str | None = None) -> Iterator[tuple[str, str, float, str, str]]:
        """Every scored pair (a, b, score, relation, reasons), of this relation when it is
        given, in the table's order, streamed."""
        sql = "SELECT a, b, score, relation, reasons FROM claim_pairs"
        yield from self.db.conn.execute(
            sql + (" WHERE relation = ?" if relation else ""), (relation,) if relation else ()
        )

    def split_sentence(self, claim_id: str) -> str | None:
        """The text of the sentence this claim is of, when the sentence was split into several
        claims (None when it is one claim, or no such claim is stored)."""
        row = self.db.conn.execute(
            'SELECT count(*), min(s.start), max(s."end"), c.article_id FROM claims c '
            "JOIN claims s ON s.article_id = c.article_id AND s.sentence = c.sentence "
            "WHERE c.id = ?",
            (claim_id,),
        ).fetchone()
        if row is None or row[0] < 2:
            return None
        _, start, end, article_id = row
        found = self.db.conn.execute(
            "SELECT substr(text, ?, ?) FROM articles WHERE id = ?",
            (start + 1, end - start, article_id),
        ).fetchone()
        return found[0] if found else None

    def scoring_rows(self, rowids: list[int]) -> list[tuple[int, str, str, str, str, str]]:
        """(rowid, id, article id, text, normalised words, annotations JSON) of these claims:
        what the scorer reads of them, found by rowid (the fastest look-up there is)."""
        rows: list[tuple[int, str, str, str, str, str]] = []
        for lo in range(0, len(rowids), _IN_CHUNK):
            chunk = rowids[lo : lo + _IN_CHUNK]
            rows += self.db.conn.execute(
                "SELECT rowid, id, article_id, text, norm, annotations FROM claims "
                f"WHERE rowid IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        return rows

    def data_version(self) -> int:
        """A number that changes whenever another connection commits to the store."""
        return int(self.db.conn.execute("PRAGMA data_version").fetchone()[0])

    def meta(self, key: str) -> str | None:
        row = self.db.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def term_counts(self, terms: list[str]) -> dict[str, int]:
        """How many claims hold each of ``terms`` (those held by none are left out): kept by
        the store as claims come and go, or, while a bulk ingest cut short has left them to
        be counted again, counted in the full-text index."""
        table, column = ("term_claims", "claims")
        if self.term_counts_stale():
            table, column = ("claim_terms_vocab", "doc")
        counts: dict[str, int] = {}
        for lo in range(0, len(terms), _IN_CHUNK):
            chunk = terms[lo : lo + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            counts.update(
                (term, int(n))
                for term, n in self.db.conn.execute(
                    f"SELECT term, {column} FROM {table} WHERE term IN ({marks})", chunk
                )
            )
        return counts

    def defer_term_counts(self) -> None:
        """Stop counting the claims' words claim by claim until ``recount_terms``: a bulk
        write counts them once at its end."""
        self.set_meta(TERMS_STALE_KEY, "1")

    def term_counts_stale(self) -> bool:
        return self.meta(TERMS_STALE_KEY) is not None

    def recount_terms(self) -> None:
        """Count every claim's words again and keep the counts up to date from now on."""
        with self.transaction():
            count_terms(self.db.conn)
            self.db.conn.execute("DELETE FROM meta WHERE key = ?", (TERMS_STALE_KEY,))

    def compact_search_index(self) -> None:
        """Merge the full-text index into one segment. Writing a big batch leaves it in dozens,
        and every look-up visits each one: adding an article to a million claims makes
        thousands (1M claims, 23 segments: 1.1 s, and a word's count then took 25 µs, not 67)."""
        self.db.conn.execute("INSERT INTO claim_terms(claim_terms) VALUES ('optimize')")

    def defer_text_index(self) -> None:
        """Leave the full-text index of the claims' text (``claims_fts``, for Datasette) alone
        until ``rebuild_text_index``: a bulk write indexes once at its end, a tenth of the cost
        of indexing each claim as it comes."""
        self.set_meta(TEXT_INDEX_STALE_KEY, "1")

    def text_index_stale(self) -> bool:
        return self.meta(TEXT_INDEX_STALE_KEY) is not None

    def rebuild_text_index(self) -> None:
        """Index the claims' text afresh (the claims of a run cut short included) and keep it
        up to date again from now on."""
        with self.transaction():
            self.db.conn.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
            self.db.conn.execute("DELETE FROM meta WHERE key = ?", (TEXT_INDEX_STALE_KEY,))

    def similar_claims(self, terms: list[str], limit: int, *, distinct: bool = False) -> list[str]:
        """Ids of the claims that share the most (and rarest) of ``terms``, best first: ranked
        by the summed weight of the terms they hold (``idf_weight``, as the scorer weighs
        shared words); ties in the order stored. With ``distinct``, one claim of each set of
        copies (the same copy key)."""
        return [s.id for s in self.similar_claims_many({"": terms}, limit, distinct=distinct)[""]]

    def similar_claims_many(
        self, queries: Mapping[str, list[str]], limit: int, *, distinct: bool = False
    ) -> dict[str, list[Similar]]:
        """``similar_claims`` for several queries at once (key -> terms), each claim with its
        article and whether it stands alone, which tell the claims it may be compared with
        before any is read in full. The claims of one article share many of their words (its
        names, its topic) and many of the claims they resemble: each word's claims and each
        claim's row are read once for them all."""
        conn = self.db.conn
        n = self.claim_count()
        postings: dict[str, np.ndarray] = {}
        # one look-up per term: the index finds a term's claims fast, while ranking in SQL
        # (bm25) would read every matching claim's length first
        for term in dict.fromkeys(t for terms in queries.values() for t in terms):
            rows = conn.execute(
                "SELECT rowid FROM claim_terms WHERE claim_terms MATCH ?",
                ('"' + term.replace('"', "") + '"',),
            ).fetchall()
            postings[term] = np.fromiter((r for (r,) in rows), dtype=np.int64, count=len(rows))
        wanted = limit * _COPIES_READ if distinct else limit
        orders = {key: _ranked(postings, terms, n, wanted) for key, terms in queries.items()}
        # the rows are read best first, deeper only for the queries whose copies left them
        # short: most reach ``limit`` distinct claims well before ``wanted`` rows
        found: dict[int, Similar] = {}
        out: dict[str, list[Similar]] = {}
        depth = min(wanted, 2 * limit)
        short = list(orders)
        while short:
            for rowid, cid, copy, article, alone in self._similar_rows(
                {r for key in short for r in orders[key][:depth]} - found.keys()
            ):
                found[rowid] = Similar(cid, copy, article, bool(alone))
            still = []
            for key in short:
                rows = [found[r] for r in orders[key][:depth] if r in found]
                picked = _best_distinct(rows, limit, distinct)
                if len(picked) < limit and depth < len(orders[key]):
                    still.append(key)
                else:
                    out[key] = picked
            short, depth = still, min(wanted, 2 * depth)
        return {key: out[key] for key in orders}

    def _similar_rows(self, rowids: Collection[int]) -> Iterator[tuple[int, str, str, str, int]]:
        """(rowid, id, copy key, article id, standalone) of these claims."""
        ordered = sorted(rowids)
        for lo in range(0, len(ordered), _IN_CHUNK):
            chunk = ordered[lo : lo + _IN_CHUNK]
            yield from self.db.conn.execute(
                "SELECT rowid, id, copy_key, article_id, standalone FROM claims "
                f"WHERE rowid IN ({','.join('?' * len(chunk))})",
                chunk,
            )

    def cluster_rows(self, cluster_id: str) -> list[tuple[str, str, str, str, int, int]]:
        """(id, article id, normalised words, copy key, negated, standalone) of a cluster's
        claims, by id: what grouping needs of them, without the annotations."""
        return self.db.conn.execute(
            "SELECT id, article_id, norm, copy_key, negated, standalone FROM claims "
            "WHERE cluster_id = ? ORDER BY id",
            (cluster_id,),
        ).fetchall()

    def cluster_members(self, cluster_id: str) -> list[Claim]:
        return [
            _claim(r)
            for r in self.db.conn.execute(
                _SELECT_CLAIMS + " WHERE c.cluster_id = ?" + _ORDER_CLAIMS, (cluster_id,)
            )
        ]

    def save_cluster(
        self, cluster_id: str, members: list[str], canonical: str, articles: int
    ) -> None:
        conn = self.db.conn
        conn.execute(
            "INSERT OR REPLACE INTO clusters (id, canonical, size, articles) VALUES (?, ?, ?, ?)",
            (cluster_id, canonical, len(members), articles),
        )
        conn.executemany(
            "UPDATE claims SET cluster_id = ? WHERE id = ?", [(cluster_id, m) for m in members]
        )

    def drop_cluster(self, cluster_id: str) -> None:
        self.db.conn.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))

    def replace_clusters(
        self, clusters: list[tuple[str, str, int, int]], moved: list[tuple[str, int]]
    ) -> None:
        """Store a whole new grouping: (id, canonical claim id, size, articles) per cluster,
        (cluster id, claim rowid) for each claim whose cluster changed (the others are left
        as they are: rewriting a million claims would cost more than grouping them), and the
        scored pairs staged with ``stage_pairs`` in place of the old ones."""
        conn = self.db.conn
        conn.execute("DELETE FROM clusters")
        conn.execute("DELETE FROM claim_pairs")
        conn.executemany(
            "INSERT INTO clusters (id, canonical, size, articles) VALUES (?, ?, ?, ?)", clusters
        )
        conn.executemany("UPDATE claims SET cluster_id = ? WHERE rowid = ?", moved)
        conn.execute(
            "INSERT OR REPLACE INTO claim_pairs (a, b, score, relation, reasons) "
            "SELECT a, b, score, relation, reasons FROM staged_pairs ORDER BY a, b"
        )
        conn.execute("DELETE FROM staged_pairs")

    def start_staging(self) -> None:
        """Empty the temporary table that holds scored pairs for the next ``replace_clusters``
        (a big store has millions, too many to hold in memory until then)."""
        conn = self.db.conn
        conn.execute(
            "CREATE TEMP TABLE IF NOT EXISTS staged_pairs "
            "(a TEXT, b TEXT, score REAL, relation TEXT, reasons TEXT)"
        )
        conn.execute("DELETE FROM staged_pairs")

    def stage_pairs(self, pairs: list[tuple[str, str, float, str, str]]) -> None:
        """Scored pairs (a, b, score, relation, reasons JSON), after ``start_staging``."""
        self.db.conn.executemany(
            "INSERT INTO staged_pairs VALUES (?, ?, ?, ?, ?)", _smaller_first(pairs)
        )

    def add_pairs(self, pairs: list[tuple[str, str, float, str, str]]) -> None:
        self.db.conn.executemany(
            "INSERT OR REPLACE INTO claim_pairs (a, b, score, relation, reasons) VALUES (?, ?, ?, ?, ?)",
            _smaller_first(pairs),
        )

    def pairs(self, relation: str | None = None) -> list[tuple[str, str, float, str, str]]:
        return list(self.pair_rows(relation))

    def clusters(self, min_size: int = 1) -> list[tuple[str, int, int, str, str]]:
        """(id, size, articles, canonical claim id, canonical text), largest first."""
        return [
            tuple(r)
            for r in self.db.conn.execute(
                "SELECT k.id, k.size, k.articles, k.canonical, c.text FROM clusters k "
                "JOIN claims c ON c.id = k.canonical WHERE k.size >= ? "
                "ORDER BY k.articles DESC, k.size DESC, k.id",
                (min_size,),
            )
        ]

    def pairs_among(self, claim_ids: list[str]) -> list[tuple[str, str, float, str, str]]:
        """The scored pairs both of whose claims are among ``claim_ids``."""
        # each claim's pairs found through the key (a, b) by their first claim, the second
        # looked up among the claims ("+b": else SQLite tries every (a, b) of the list squared)
        return self.db.conn.execute(
            "SELECT a, b, score, relation, reasons FROM claim_pairs "
            "WHERE a IN (SELECT value FROM json_each(?1)) AND +b IN (SELECT value FROM json_each(?1)) "
            "ORDER BY a, b",
            (json.dumps(claim_ids),),
        ).fetchall()

    def canonicals(self, cluster_ids: list[str]) -> dict[str, str]:
        """Each cluster's canonical claim id."""
        return dict(
            self.db.conn.execute(
                "SELECT id, canonical FROM clusters WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(cluster_ids),),
            ).fetchall()
        )

    def cluster_stories(self, cluster_ids: list[str]) -> dict[str, tuple[str, ...]]:
        """The stories whose articles hold claims of each cluster (clusters in one story
        only are left out)."""
        out: dict[str, list[str]] = {}
        for cid, story in self.db.conn.execute(
            "SELECT DISTINCT c.cluster_id, a.story_id FROM claims c "
            "JOIN articles a ON a.id = c.article_id "
            "WHERE c.cluster_id IN (SELECT value FROM json_each(?)) AND a.story_id IS NOT NULL "
            "ORDER BY c.cluster_id, a.story_id",
            (json.dumps(cluster_ids),),
        ):
            out.setdefault(cid, []).append(story)
        return {c: tuple(s) for c, s in out.items() if len(s) > 1}

    def cluster_ids(self, prefix: str) -> list[str]:
        return [
            r[0]
            for r in self.db.conn.execute(
                "SELECT id FROM clusters WHERE id >= ? AND id < ? LIMIT 6",
                (prefix, prefix + "\uffff"),
            )
        ]

    def fingerprint(self) -> str:
        """A digest of the articles as stored (ids, texts, the reading rules' version, outlets,
        dates, kinds), the number of claims and the curators' decisions: it changes when any
        of them does (not when an article changes story: what that changes is each story's)."""
        digest = hashlib.blake2b(digest_size=16)
        conn = self.db.conn
        for query in (
            "SELECT id, sha256, pipeline, outlet, published, kind FROM articles ORDER BY id",
            "SELECT count(*) FROM claims",
            "SELECT kind, a, b FROM decisions ORDER BY id",
            "SELECT kind, article, anchor FROM story_decisions ORDER BY id",
        ):
            for row in conn.execute(query):
                digest.update(repr(row).encode())
        return digest.hexdigest()

    def decisions(self) -> list[tuple[str, str, str]]:
        """Curators' decisions, oldest first: (kind, claim a, claim b)."""
        return [
            tuple(r) for r in self.db.conn.execute("SELECT kind, a, b FROM decisions ORDER BY id")
        ]

    def add_decision(self, kind: str, a: str, b: str) -> None:
        self.db.conn.execute(
            "INSERT INTO decisions (kind, a, b, created_at) VALUES (?, ?, ?, ?)",
            (kind, a, b, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        )

    def article_count(self) -> int:
        return int(self.db.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def claim_count(self) -> int:
        return int(self.db.conn.execute("SELECT n FROM claim_total").fetchone()[0])


def _ranked(postings: Mapping[str, np.ndarray], terms: list[str], n: int, wanted: int) -> list[int]:
    """The ``wanted`` claims (rowids) that hold the most weight of ``terms``, heaviest first,
    ties in the order stored. Each claim's weight is summed term by term in order, as a loop
    would (``bincount`` adds in array order), so the ranking does not depend on numpy."""
    unique = list(dict.fromkeys(terms))
    if not sum(len(postings[t]) for t in unique):
        return []
    rowids = np.concatenate([postings[t] for t in unique])
    weights = np.concatenate(
        [np.full(len(postings[t]), idf_weight(n, len(postings[t])) * term_share(t)) for t in unique]
    )
    claims, group = grouped(rowids)
    summed = np.bincount(group, weights=weights, minlength=len(claims))
    best = np.lexsort((claims, -summed))[:wanted]
    ranked: list[int] = claims[best].tolist()
    return ranked


class Similar(NamedTuple):
    """A claim found by its words (``Store.similar_claims_many``), before it is read in full."""

    id: str
    copy_key: str
    article_id: str
    standalone: bool


class ClaimRow(NamedTuple):
    """A claim as stored, its annotations still JSON: ``claim`` decodes them."""

    id: str
    article_id: str
    seq: int
    text: str
    start: int
    end: int
    sentence: int
    paragraph: int
    kind: str
    annotations: str | None
    norm: str
    cluster_id: str | None
    copy_key: str
    standalone: int

    def claim(self, only: Collection[str] | None = None) -> Claim:
        """The claim, with its annotations (only the kinds in ``only``, when given: none at
        all, without reading them, when it is empty)."""
        annotations: Annotations = (
            records.from_json(self.annotations, only) if only is None or only else NO_ANNOTATIONS
        )
        return Claim(
            *self[:9], annotations, self.norm, self.cluster_id, self.copy_key, bool(self.standalone)
        )


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """An article and its claims as the rows the store writes: plain tuples, cheap to send
    from the worker process that made them."""

    article: Article
    claims: list[tuple[Any, ...]]
    topics: list[tuple[str, str]]
    paragraphs: list[tuple[int, int, int, str]]  # (seq, start, end, role)

    @classmethod
    def of(cls, article: Article, claims: list[Claim]) -> ArticleRows:
        return cls(
            article,
            [_claim_row(c) for c in claims],
            [(t, c.id) for c in claims for t in c.annotations.topic_names],
            [(i, p.start, p.end, p.role) for i, p in enumerate(article.paragraphs)],
        )


def _claim_row(c: Claim) -> tuple[Any, ...]:
    a = c.annotations
    return (
        c.id,
        c.article_id,
        c.seq,
        c.text,
        c.start,
        c.end,
        c.sentence,
        c.paragraph,
        c.kind,
        records.to_json(a),
        int(bool(a.hedges)),
        a.attribution.normalized if a.attribution else None,
        int(a.negated),
        c.norm,
        c.copy_key,
        int(c.standalone),
    )


def _smaller_first(
    pairs: list[tuple[str, str, float, str, str]],
) -> list[tuple[str, str, float, str, str]]:
    """Scored pairs with the smaller claim id first, as claim_pairs keys them."""
    return [(a, b, s, r, why) if a < b else (b, a, s, r, why) for a, b, s, r, why in pairs]


def _claim(row: tuple[Any, ...]) -> Claim:
    (
        cid,
        article_id,
        seq,
        text,
        start,
        end,
        sentence,
        paragraph,
        kind,
        annotations,
        norm,
        cluster,
        copy,
        standalone,
    ) = row
    return Claim(
        cid,
        article_id,
        seq,
        text,
        start,
        end,
        sentence,
        paragraph,
        kind,
        records.from_json(annotations),
        norm,
        cluster,
        copy,
        bool(standalone),
    )


_DIGITS = re.compile(r"(\d+)")


def _natural(name: str) -> tuple[tuple[int, str | int], ...]:
    """A name's sort key with its numbers compared as numbers: news.jsonl:2 before :10."""
    return tuple(
        (1, int(part)) if part.isdigit() else (0, part) for part in _DIGITS.split(name) if part
    )


def _explain(path: Path, exc: sqlite3.Error) -> str:
    """What a SQLite error met while reading or writing the store means to the user. Whatever
    was being written was rolled back with the transaction."""
    reason = _reason(exc)
    if "disk is full" in reason:  # SQLite: "database or disk is full"
        return f"{path}: the disk is full; nothing of this command was written"
    if "readonly" in reason or "read-only" in reason:
        return f"{path}: the store is read-only here; nothing was written"
    if "locked" in reason or "busy" in reason:
        return (
            f"{path}: another claimcheck kept the store busy for over {BUSY_TIMEOUT_S:.0f} s; "
            "nothing was written, try again"
        )
    if not isinstance(exc, sqlite3.OperationalError):  # malformed, not a database
        return (
            f"{path}: the store is damaged ({reason}); it was left as it was. "
            f"To save what can be read: sqlite3 {path} .recover | sqlite3 recovered.db"
        )
    return f"{path}: {reason}; nothing of this command was written"


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def _best_distinct(rows: list[Similar], limit: int, distinct: bool) -> list[Similar]:
    """Ranked claims; with ``distinct``, the first of each copy key, up to ``limit``."""
    if not distinct:
        return rows
    seen: set[str] = set()
    out: list[Similar] = []
    for row in rows:
        if row.copy_key and row.copy_key in seen:
            continue
        seen.add(row.copy_key)
        out.append(row)
        if len(out) == limit:
            break
    return out
