"""The story tables of the store: each article's story keys and story, the stories, the key
counts, the index of postings, and the curators' decisions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from claimcheck.storage.store import Store

DF_STALE_KEY = "stories.df_stale"
_CHUNK = 900  # bound variables per statement, well under SQLite's limit


@dataclass(frozen=True, slots=True)
class StoryRow:
    """A story as stored: its members are the articles whose ``story_id`` it is."""

    id: str
    topic: str
    title: str | None
    title_article: str | None
    articles: int
    outlets: int
    first: str | None
    last: str | None
    clustered: int
    corroborated: int
    conflicts: int
    figures: int = 0  # figures and days given alike by two or more sources


class ArticleFacts(NamedTuple):
    title: str | None
    outlet: str | None
    published: str | None
    opening: str | None  # its first claim's text


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class StoryTables:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn = store.db.conn

    # -- articles' keys -----------------------------------------------------------------------

    def keys(self, article_ids: list[str] | None = None) -> dict[str, tuple[str, str | None]]:
        """Story keys (JSON) and dates of the given articles (default: all that have keys)."""
        sql = "SELECT id, story_terms, published FROM articles WHERE story_terms IS NOT NULL"
        if article_ids is None:
            rows: Iterable[tuple[Any, ...]] = self.conn.execute(sql + " ORDER BY id")
        else:
            rows = [
                r
                for chunk in _chunks(sorted(set(article_ids)))
                for r in self.conn.execute(
                    sql + f" AND id IN ({','.join('?' * len(chunk))})", chunk
                )
            ]
        return {aid: (terms, published) for aid, terms, published in rows}

    def all_keys(self) -> Iterator[tuple[str, str | None, str | None]]:
        """(id, story keys as JSON or None, date) of every article, in id order, read as they
        are used."""
        yield from self.conn.execute("SELECT id, story_terms, published FROM articles ORDER BY id")

    def without_keys(self) -> list[str]:
        """Articles stored before stories existed, whose keys are still to be read."""
        return [
            r[0] for r in self.conn.execute("SELECT id FROM articles WHERE story_terms IS NULL")
        ]

    def sentences(self, article_id: str) -> tuple[list[str], str | None]:
        """An article's sentences that hold claims (headline first), and its date: what its
        story keys are read from when it was stored without them."""
        text, published = self.conn.execute(
            "SELECT text, published FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        spans = self.conn.execute(
            'SELECT min(start), max("end") FROM claims WHERE article_id = ? '
            "GROUP BY sentence ORDER BY sentence",
            (article_id,),
        ).fetchall()
        return [text[s:e] for s, e in spans], published

    def set_keys(self, article_id: str, terms: str) -> None:
        self.conn.execute("UPDATE articles SET story_terms = ? WHERE id = ?", (terms, article_id))

    # -- key counts ---------------------------------------------------------------------------

    def key_counts(self, keys: Iterable[str]) -> tuple[int, dict[str, int]]:
        """How many articles have keys, and how many hold each of ``keys``."""
        wanted = sorted(set(keys) | {""})
        counts: dict[str, int] = {}
        for chunk in _chunks(wanted):
            counts.update(
                self.conn.execute(
                    f"SELECT key, n FROM story_df WHERE key IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        total = counts.pop("", 0)
        return total, {k: n for k, n in counts.items() if n > 0}

    def recount(self) -> None:
        """Count every key again from the stored articles (after a bulk ingest)."""
        self.conn.execute("DELETE FROM story_df")
        self.conn.execute(
            "INSERT INTO story_df (key, n) SELECT j.key, count(*) FROM articles a, "
            "json_each(a.story_terms) j WHERE a.story_terms IS NOT NULL GROUP BY j.key"
        )
        self.conn.execute(
            "INSERT INTO story_df (key, n) "
            "SELECT '', count(*) FROM articles WHERE story_terms IS NOT NULL"
        )
        self.conn.execute("DELETE FROM meta WHERE key = ?", (DF_STALE_KEY,))

    def save_key_counts(self, total: int, counts: Iterable[tuple[str, int]]) -> None:
        """Replace the key counts with counts made in memory (a grouping from scratch)."""
        self.conn.execute("DELETE FROM story_df")
        self.conn.execute("INSERT INTO story_df (key, n) VALUES ('', ?)", (total,))
        self.conn.executemany("INSERT INTO story_df (key, n) VALUES (?, ?)", counts)
        self.conn.execute("DELETE FROM meta WHERE key = ?", (DF_STALE_KEY,))

    def article_facts(self, article_ids: Iterable[str]) -> dict[str, ArticleFacts]:
        """What a story's row says of its articles: title, outlet, date, first claim."""
        ids = sorted(set(article_ids))
        out: dict[str, ArticleFacts] = {}
        for chunk in _chunks(ids):
            for aid, title, outlet, published, opening in self.conn.execute(
                "SELECT a.id, a.title, a.outlet, a.published, (SELECT c.text FROM claims c "
                "WHERE c.article_id = a.id ORDER BY c.seq LIMIT 1) FROM articles a "
                f"WHERE a.id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                out[aid] = ArticleFacts(title, outlet, published, opening)
        return out

    def mark_stale(self) -> None:
        """Stop counting keys article by article (a bulk ingest counts them once at its end)."""
        self.store.set_meta(DF_STALE_KEY, "1")

    def stale(self) -> bool:
        return self.store.meta(DF_STALE_KEY) is not None

    # -- postings -----------------------------------------------------------------------------

    def holders(self, key: str, limit: int) -> list[str]:
        """The most recently stored articles indexed under ``key``: news is near in time."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT p.article_id FROM story_postings p JOIN articles a ON a.id = p.article_id "
                "WHERE p.key = ? ORDER BY a.rowid DESC LIMIT ?",
                (key, limit),
            )
        ]

    def index(self, article_id: str, keys: list[str]) -> None:
        self.conn.execute("DELETE FROM story_postings WHERE article_id = ?", (article_id,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO story_postings (key, article_id) VALUES (?, ?)",
            [(k, article_id) for k in keys],
        )

    def reindex(self, postings: Iterable[tuple[str, str]]) -> None:
        """Replace the whole index of postings (a grouping from scratch)."""
        self.conn.execute("DELETE FROM story_postings")
        self.conn.executemany(
            "INSERT OR IGNORE INTO story_postings (key, article_id) VALUES (?, ?)", postings
        )

    # -- stories ------------------------------------------------------------------------------

    def story_of(self, article_ids: Iterable[str]) -> dict[str, str | None]:
        ids = sorted(set(article_ids))
        out: dict[str, str | None] = {}
        for chunk in _chunks(ids):
            out.update(
                # from the index alone: the table's story id lies past the article's text
                # (SQLite would pick the primary key's index, and read the table)
                self.conn.execute(
                    "SELECT id, story_id FROM articles INDEXED BY articles_id_story "
                    f"WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        return out

    def all_assignments(self) -> dict[str, str | None]:
        return dict(self.conn.execute("SELECT id, story_id FROM articles").fetchall())

    def topic_of(self, story_ids: Iterable[str]) -> dict[str, str]:
        ids = sorted(set(story_ids))
        out: dict[str, str] = {}
        for chunk in _chunks(ids):
            out.update(
                self.conn.execute(
                    f"SELECT id, topic FROM stories WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk,
                ).fetchall()
            )
        return out

    def topic_members(self, topic: str, limit: int | None = None) -> list[tuple[str, str]]:
        """(article, story) of a topic's articles, the most recently stored first."""
        sql = (
            "SELECT a.id, a.story_id FROM articles a JOIN stories s ON s.id = a.story_id "
            "WHERE s.topic = ? ORDER BY a.rowid DESC"
        )
        if limit is not None:
            return self.conn.execute(sql + " LIMIT ?", (topic, limit)).fetchall()
        return self.conn.execute(sql, (topic,)).fetchall()

    def story(self, story_id: str) -> StoryRow | None:
        row = self.conn.execute(
            f"SELECT {_STORY_COLUMNS} FROM stories WHERE id = ?", (story_id,)
        ).fetchone()
        return StoryRow(*row) if row else None

    def stories(self) -> list[StoryRow]:
        return [
            StoryRow(*r)
            for r in self.conn.execute(f"SELECT {_STORY_COLUMNS} FROM stories ORDER BY id")
        ]

    def story_ids(self, prefix: str) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM stories WHERE id >= ? AND id < ? LIMIT 6",
                (prefix, prefix + "\uffff"),
            )
        ]

    def members(self, story_id: str) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE story_id = ? ORDER BY id", (story_id,)
            )
        ]

    def assign(self, assignments: dict[str, str]) -> None:
        self.conn.executemany(
            "UPDATE articles SET story_id = ? WHERE id = ?",
            [(story, article) for article, story in sorted(assignments.items())],
        )

    def save_stories(self, rows: list[StoryRow], *, replace_all: bool = False) -> None:
        """Write stories (their counts of corroborated claims, conflicts and figures are kept
        when the story was already stored); with ``replace_all``, stories not in ``rows`` go."""
        # the counts of these stories only: one article placed rewrites one story of thousands
        kept = {
            r[0]: tuple(r[1:])
            for chunk in _chunks(sorted({r.id for r in rows}))
            for r in self.conn.execute(
                "SELECT id, corroborated, conflicts, figures FROM stories "
                f"WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        }
        if replace_all:
            self.conn.execute("DELETE FROM stories")
        self.conn.executemany(
            f"INSERT OR REPLACE INTO stories ({_STORY_COLUMNS}) VALUES ({','.join('?' * 12)})",
            [
                (*_fields(r)[:9], *kept.get(r.id, (r.corroborated, r.conflicts, r.figures)))
                for r in rows
            ],
        )

    def rename_story(self, old: str, new: str) -> None:
        self.conn.execute("UPDATE articles SET story_id = ? WHERE story_id = ?", (new, old))
        self.conn.execute("UPDATE stories SET id = ? WHERE id = ?", (new, old))

    def rename_topic(self, old: str, new: str) -> None:
        self.conn.execute("UPDATE stories SET topic = ? WHERE topic = ?", (new, old))

    def drop_empty(self) -> None:
        self.conn.execute(
            "DELETE FROM stories WHERE id NOT IN "
            "(SELECT story_id FROM articles WHERE story_id IS NOT NULL)"
        )

    def save_counts(self, counts: dict[str, tuple[int, int, int]]) -> None:
        """Each story's claim groups with two or more sources, its conflicts, and its figures
        given alike by two or more."""
        self.conn.executemany(
            "UPDATE stories SET corroborated = ?, conflicts = ?, figures = ? WHERE id = ?",
            [(c, k, f, sid) for sid, (c, k, f) in sorted(counts.items())],
        )

    def cached_counts(self, keys: Iterable[str]) -> dict[str, tuple[int, int, int]]:
        """The counts kept for each of these digests of their inputs, where there are some."""
        out: dict[str, tuple[int, int, int]] = {}
        for chunk in _chunks(sorted(set(keys))):
            marks = ",".join("?" * len(chunk))
            out.update(
                (key, (c, k, f))
                for key, c, k, f in self.conn.execute(
                    "SELECT key, corroborated, conflicts, figures FROM story_count_cache "
                    f"WHERE key IN ({marks})",
                    chunk,
                )
            )
        return out

    def cache_counts(self, counted: dict[str, tuple[str | None, tuple[int, int, int]]]) -> None:
        """Keep each story's counts (story id -> (digest of their inputs, or None: not to be
        kept, counts)) for the next count of the same inputs; those of stories gone, or
        counted anew, are dropped."""
        stories = sorted(counted)
        for chunk in _chunks(stories):
            marks = ",".join("?" * len(chunk))
            self.conn.execute(f"DELETE FROM story_count_cache WHERE story_id IN ({marks})", chunk)
        self.conn.executemany(
            "INSERT OR REPLACE INTO story_count_cache VALUES (?, ?, ?, ?, ?)",
            [(key, sid, *counts) for sid, (key, counts) in sorted(counted.items()) if key],
        )
        self.conn.execute(
            "DELETE FROM story_count_cache WHERE story_id NOT IN (SELECT id FROM stories)"
        )

    # -- curators -----------------------------------------------------------------------------

    def decisions(self) -> list[tuple[str, str, str | None]]:
        """Curators' decisions, oldest first: (kind, article, anchor article)."""
        return [
            (str(k), str(a), b)
            for k, a, b in self.conn.execute(
                "SELECT kind, article, anchor FROM story_decisions ORDER BY id"
            )
        ]

    def add_decision(self, kind: str, article: str, anchor: str | None) -> None:
        self.conn.execute(
            "INSERT INTO story_decisions (kind, article, anchor, created_at) VALUES (?, ?, ?, ?)",
            (kind, article, anchor, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        )


_STORY_COLUMNS = (
    "id, topic, title, title_article, articles, outlets, first, last, clustered, "
    "corroborated, conflicts, figures"
)


def _fields(r: StoryRow) -> tuple[Any, ...]:
    return (
        r.id,
        r.topic,
        r.title,
        r.title_article,
        r.articles,
        r.outlets,
        r.first,
        r.last,
        r.clustered,
        r.corroborated,
        r.conflicts,
        r.figures,
    )
