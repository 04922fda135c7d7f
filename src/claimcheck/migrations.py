"""The store's schema, built and upgraded one numbered step at a time.

``PRAGMA user_version`` records how many steps a database has had, so opening an older store
upgrades it and a store from a newer claimcheck is recognised and refused.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlite_utils


def _initial(db: sqlite_utils.Database) -> None:
    db.execute("""
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,          -- sha256 of the text, first 16 hex digits
            sha256 TEXT NOT NULL,
            source TEXT NOT NULL,         -- the path as given on the command line
            location TEXT NOT NULL UNIQUE,-- resolved path, or stdin:NAME: "the same file"
            name TEXT NOT NULL,
            title TEXT,
            published TEXT,               -- ISO date
            kind TEXT NOT NULL,
            author TEXT,
            format TEXT NOT NULL,
            encoding TEXT NOT NULL,
            pipeline INTEGER NOT NULL,    -- version of the splitting rules that made its claims
            ingested_at TEXT NOT NULL,
            text TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            kind TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX claims_article ON claims(article_id, seq)")
    db.table("claims").enable_fts(["text"], create_triggers=True, tokenize="porter unicode61")


def _annotations(db: sqlite_utils.Database) -> None:
    """Hedges, attribution, numbers, dates, negation, comparisons, entities and topics.

    The whole record is JSON on the claim; what the CLI filters on also has a column (or, for
    topics, a table) of its own. Claims stored before this step have none until re-ingested.
    """
    db.execute("ALTER TABLE claims ADD COLUMN annotations TEXT")
    db.execute("ALTER TABLE claims ADD COLUMN hedged INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE claims ADD COLUMN speaker TEXT")
    db.execute("ALTER TABLE claims ADD COLUMN negated INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX claims_speaker ON claims(speaker)")
    db.execute("""
        CREATE TABLE claim_topics (
            topic TEXT NOT NULL,
            claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            PRIMARY KEY (topic, claim_id)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX claim_topics_claim ON claim_topics(claim_id)")


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_initial, _annotations]
SCHEMA_VERSION = len(MIGRATIONS)
