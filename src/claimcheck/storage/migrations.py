"""The store's schema, built and upgraded one numbered step at a time.

``PRAGMA user_version`` records how many steps a database has had, so opening an older store
upgrades it and a store from a newer claimcheck is recognised and refused.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
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


def _matching(db: sqlite_utils.Database) -> None:
    """Clusters of equivalent claims, the pairs scored, and curators' decisions.

    ``claims.norm`` holds each claim's normalised words; ``claim_terms`` indexes them so that a
    new claim finds its candidates, and ``claim_terms_vocab`` gives how many claims hold a word.
    """
    db.execute("ALTER TABLE claims ADD COLUMN norm TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE claims ADD COLUMN cluster_id TEXT")
    db.execute("CREATE INDEX claims_cluster ON claims(cluster_id)")
    db.execute(
        "CREATE VIRTUAL TABLE claim_terms USING fts5(norm, content='claims', "
        "content_rowid='rowid', tokenize='unicode61')"
    )
    db.execute("CREATE VIRTUAL TABLE claim_terms_vocab USING fts5vocab(claim_terms, 'row')")
    # index the rows already there, or deleting one later would corrupt the index
    db.execute("INSERT INTO claim_terms(claim_terms) VALUES ('rebuild')")
    db.execute("""CREATE TRIGGER claim_terms_ai AFTER INSERT ON claims BEGIN
        INSERT INTO claim_terms(rowid, norm) VALUES (new.rowid, new.norm); END""")
    db.execute("""CREATE TRIGGER claim_terms_ad AFTER DELETE ON claims BEGIN
        INSERT INTO claim_terms(claim_terms, rowid, norm) VALUES ('delete', old.rowid, old.norm); END""")
    db.execute("""CREATE TRIGGER claim_terms_au AFTER UPDATE OF norm ON claims BEGIN
        INSERT INTO claim_terms(claim_terms, rowid, norm) VALUES ('delete', old.rowid, old.norm);
        INSERT INTO claim_terms(rowid, norm) VALUES (new.rowid, new.norm); END""")
    db.execute("""
        CREATE TABLE clusters (
            id TEXT PRIMARY KEY,
            canonical TEXT NOT NULL,      -- the most central member's claim id
            size INTEGER NOT NULL,
            articles INTEGER NOT NULL
        )""")
    db.execute("""
        CREATE TABLE claim_pairs (
            a TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            b TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            score REAL NOT NULL,
            relation TEXT NOT NULL,       -- same or related
            reasons TEXT NOT NULL,        -- JSON list: why related rather than the same
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX claim_pairs_b ON claim_pairs(b)")
    db.execute("""
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('link', 'unlink')),
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _copies(db: sqlite_utils.Database) -> None:
    """A key shared by copies of one claim (the same normalised words, polarity, tense and
    dates), so that grouping a big store scores each distinct claim once."""
    db.execute("ALTER TABLE claims ADD COLUMN copy_key TEXT NOT NULL DEFAULT ''")


def _no_text_index(db: sqlite_utils.Database) -> None:
    """Drop the full-text index of claims' raw text: nothing searches it (search and matching
    use ``claim_terms``, the index of normalised words), and keeping it up to date was the
    larger part of what storing a claim cost."""
    for trigger in ("claims_ai", "claims_ad", "claims_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS claims_fts")


def _common_terms(db: sqlite_utils.Database) -> None:
    """How many claims hold each common word, as of the last grouping of the whole store.
    Counting a word in the full-text index reads its whole list of claims, which for a common
    word in a big store takes longer than placing a new claim should."""
    db.execute(
        "CREATE TABLE common_terms (term TEXT PRIMARY KEY, claims INTEGER NOT NULL) WITHOUT ROWID"
    )


def _claim_total(db: sqlite_utils.Database) -> None:
    """The number of claims, kept up to date by triggers: counting them reads a whole index
    (about 30 ms at a million claims), and placing each new article needs the number."""
    db.execute("CREATE TABLE claim_total (n INTEGER NOT NULL)")
    db.execute("INSERT INTO claim_total SELECT count(*) FROM claims")
    db.execute(
        "CREATE TRIGGER claim_total_ai AFTER INSERT ON claims "
        "BEGIN UPDATE claim_total SET n = n + 1; END"
    )
    db.execute(
        "CREATE TRIGGER claim_total_ad AFTER DELETE ON claims "
        "BEGIN UPDATE claim_total SET n = n - 1; END"
    )


def _outlets(db: sqlite_utils.Database) -> None:
    """Who published each article (the unit of independent sources) and where. Articles
    stored before this step have neither, and each counts as a source of its own, as before."""
    db.execute("ALTER TABLE articles ADD COLUMN outlet TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN url TEXT")


def _readable_views(db: sqlite_utils.Database) -> None:
    """Views that read well in Datasette (or any SQLite browser), and full-text search of
    the claims' own words.

    ``claims_view``: each claim with its article, outlet, address and cluster; ``clusters_view``:
    each cluster with its canonical text, its claims, articles and outlets. ``claims_fts``
    indexes the claims' text (Porter stems: "strikes" finds "strike"), kept by triggers; its
    content is ``claims_view`` (whose ``rowid`` is the claim's), so Datasette finds the index
    and offers a search box on that view.
    """
    db.execute("""
        CREATE VIEW claims_view AS
        SELECT c.rowid AS rowid, c.id AS claim, c.text, a.outlet, a.title AS article_title,
               a.published, a.url, a.name AS article, c.kind, c.hedged, c.speaker, c.negated,
               c.cluster_id AS cluster, k.size AS cluster_claims, c.start, c."end",
               c.article_id
        FROM claims c
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN clusters k ON k.id = c.cluster_id""")
    db.execute("""
        CREATE VIEW clusters_view AS
        SELECT k.id AS cluster, c.text AS canonical_text, k.size AS claims, k.articles,
               (SELECT count(DISTINCT coalesce(lower(a.outlet), 'article ' || a.id))
                FROM claims m JOIN articles a ON a.id = m.article_id
                WHERE m.cluster_id = k.id) AS sources,
               (SELECT group_concat(outlet, ', ') FROM (
                    SELECT DISTINCT a.outlet FROM claims m JOIN articles a ON a.id = m.article_id
                    WHERE m.cluster_id = k.id AND a.outlet IS NOT NULL ORDER BY a.outlet))
                   AS outlets,
               k.canonical AS canonical_claim
        FROM clusters k
        JOIN claims c ON c.id = k.canonical""")
    db.execute(
        'CREATE VIRTUAL TABLE claims_fts USING fts5(text, content="claims_view", '
        'content_rowid="rowid", tokenize="porter unicode61")'
    )
    db.execute("INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')")
    # A bulk ingest marks the index stale and rebuilds it once at its end: one rebuild costs a
    # tenth of what indexing each claim as it is stored does (1k bench articles: +0.1 s of
    # CPU against +1.5 s on 2.2 s of storing). Meanwhile the triggers leave it alone.
    fresh = "WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'text_index.stale')"
    db.execute(f"""CREATE TRIGGER claims_fts_ai AFTER INSERT ON claims {fresh} BEGIN
        INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text); END""")
    db.execute(f"""CREATE TRIGGER claims_fts_ad AFTER DELETE ON claims {fresh} BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        END""")
    db.execute(f"""CREATE TRIGGER claims_fts_au AFTER UPDATE OF text ON claims {fresh} BEGIN
        INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
        INSERT INTO claims_fts(rowid, text) VALUES (new.rowid, new.text); END""")


def _stories(db: sqlite_utils.Database) -> None:
    """Stories: articles that report one event, so that claims are compared within them.

    ``articles.story_terms`` holds each article's story keys (JSON: key -> weighted count) and
    ``story_df`` how many articles hold each key (kept by triggers; the row with the empty key
    counts the articles); ``story_postings`` indexes each article by its heaviest keys, for
    finding the stories a new article may belong to. ``stories`` holds each story's topic (the
    kind of event it shares with look-alike stories), title and counts; ``story_decisions`` the
    curators' moves, applied on every regrouping. ``claims.standalone`` marks a claim that makes
    sense outside its article (a named subject, and a place or a time), which alone may be
    grouped with claims of other stories. Articles stored before this step get their keys when
    `claimcheck match` (or ingesting them again) reads them.
    """
    db.execute("ALTER TABLE articles ADD COLUMN story_terms TEXT")
    db.execute("ALTER TABLE articles ADD COLUMN story_id TEXT")
    db.execute("CREATE INDEX articles_story ON articles(story_id)")
    db.execute("ALTER TABLE claims ADD COLUMN standalone INTEGER NOT NULL DEFAULT 0")
    db.execute("""
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            topic TEXT NOT NULL,          -- stories of one kind of event share a topic
            title TEXT,                   -- the most central article's headline
            title_article TEXT,
            articles INTEGER NOT NULL,
            outlets INTEGER NOT NULL,     -- independent sources
            first TEXT,                   -- earliest and latest publication dates
            last TEXT,
            clustered INTEGER NOT NULL,   -- members when its topic was last clustered whole
            corroborated INTEGER NOT NULL DEFAULT 0,  -- claim groups with two or more sources
            conflicts INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("CREATE INDEX stories_topic ON stories(topic)")
    db.execute("CREATE TABLE story_df (key TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    db.execute("""
        CREATE TABLE story_postings (
            key TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX story_postings_article ON story_postings(article_id)")
    db.execute("""
        CREATE TABLE story_decisions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('move', 'split')),
            article TEXT NOT NULL,
            anchor TEXT,                  -- move: an article of the story it goes to
            created_at TEXT NOT NULL
        )""")
    # the key counts follow the articles; a bulk ingest marks them stale and counts them once
    db.execute("""CREATE TRIGGER story_df_ai AFTER INSERT ON articles
        WHEN new.story_terms IS NOT NULL AND NOT EXISTS
            (SELECT 1 FROM meta WHERE key = 'stories.df_stale') BEGIN
        INSERT INTO story_df (key, n) SELECT key, 1 FROM json_each(new.story_terms) WHERE true
            ON CONFLICT (key) DO UPDATE SET n = n + 1;
        INSERT INTO story_df (key, n) VALUES ('', 1) ON CONFLICT (key) DO UPDATE SET n = n + 1;
        END""")
    db.execute("""CREATE TRIGGER story_df_ad AFTER DELETE ON articles
        WHEN old.story_terms IS NOT NULL AND NOT EXISTS
            (SELECT 1 FROM meta WHERE key = 'stories.df_stale') BEGIN
        UPDATE story_df SET n = n - 1
            WHERE key IN (SELECT key FROM json_each(old.story_terms)) OR key = '';
        END""")
    db.execute("DROP VIEW claims_view")
    db.execute("""
        CREATE VIEW claims_view AS
        SELECT c.rowid AS rowid, c.id AS claim, c.text, a.outlet, a.title AS article_title,
               a.published, a.url, a.name AS article, a.story_id AS story, s.title AS story_title,
               c.kind, c.hedged, c.speaker, c.negated, c.standalone,
               c.cluster_id AS cluster, k.size AS cluster_claims, c.start, c."end",
               c.article_id
        FROM claims c
        JOIN articles a ON a.id = c.article_id
        LEFT JOIN stories s ON s.id = a.story_id
        LEFT JOIN clusters k ON k.id = c.cluster_id""")


def _paragraphs(db: sqlite_utils.Database) -> None:
    """Each article's paragraphs with their role (headline, body, or the furniture set aside:
    heading, dateline, byline...), so that what was not read as a claim can be listed.
    Articles stored before this step have none until re-ingested."""
    db.execute("""
        CREATE TABLE paragraphs (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            role TEXT NOT NULL,
            PRIMARY KEY (article_id, seq)
        ) WITHOUT ROWID""")


def _story_figures(db: sqlite_utils.Database) -> None:
    """Each story's figures and days given alike by two or more sources, for the overview
    (0 in a store grouped before, until its next 'claimcheck match')."""
    db.execute("ALTER TABLE stories ADD COLUMN figures INTEGER NOT NULL DEFAULT 0")


def _article_story_index(db: sqlite_utils.Database) -> None:
    """Each article's story read from an index alone. The story id was added after the
    article's text, so reading it from the table walks the text's overflow pages (33 µs an
    article at a million claims): placing one article reads the stories of thousands."""
    db.execute("CREATE INDEX articles_id_story ON articles(id, story_id)")


def _count_cache(db: sqlite_utils.Database) -> None:
    """Each story's counts by the digest of what they were worked out from (the code and
    lexicons, the store's articles, the story's claims, groups and scored pairs): a story that
    comes out of a regrouping as it was is not counted again."""
    db.execute("""
        CREATE TABLE story_count_cache (
            key TEXT PRIMARY KEY,         -- digest of the counts' inputs (comparing/counts.py)
            story_id TEXT NOT NULL,       -- the story last counted from them
            corroborated INTEGER NOT NULL,
            conflicts INTEGER NOT NULL,
            figures INTEGER NOT NULL
        ) WITHOUT ROWID""")
    db.execute("CREATE INDEX story_count_cache_story ON story_count_cache(story_id)")


def _term_counts(db: sqlite_utils.Database) -> None:
    """How many claims hold each word of their ``norm`` (the words grouping weighs: a rarer
    word counts for more), kept exact by triggers; a bulk ingest marks the counts stale and
    counts once at its end. Reading a count here is a look-up in a small table, where counting
    in the full-text index reads the word's list of claims (31 µs a word at a million claims,
    and placing one article counts a thousand). It replaces ``common_terms``, the counts of
    common words saved at the last grouping of the whole store and scaled to the store's size.
    """
    db.execute("DROP TABLE IF EXISTS common_terms")
    db.execute("DELETE FROM meta WHERE key = 'common_terms.claims'")
    db.execute(
        "CREATE TABLE term_claims (term TEXT PRIMARY KEY, claims INTEGER NOT NULL) WITHOUT ROWID"
    )
    count_terms(db.conn)
    fresh = "NOT EXISTS (SELECT 1 FROM meta WHERE key = 'term_claims.stale')"
    remember = f"""INSERT INTO term_claims (term, claims)
            SELECT DISTINCT value, 1 FROM {_words("new")} WHERE value != ''
            ON CONFLICT (term) DO UPDATE SET claims = claims + 1;"""
    forget = f"""UPDATE term_claims SET claims = claims - 1
            WHERE term IN (SELECT value FROM {_words("old")});
        DELETE FROM term_claims WHERE claims <= 0 AND term IN (SELECT value FROM {_words("old")});"""
    db.execute(f"""CREATE TRIGGER term_claims_ai AFTER INSERT ON claims WHEN {fresh} BEGIN
        {remember}
        END""")
    db.execute(f"""CREATE TRIGGER term_claims_ad AFTER DELETE ON claims WHEN {fresh} BEGIN
        {forget}
        END""")
    db.execute(f"""CREATE TRIGGER term_claims_au AFTER UPDATE OF norm ON claims WHEN {fresh} BEGIN
        {forget}
        {remember}
        END""")


def count_terms(conn: sqlite3.Connection) -> None:
    """Fill ``term_claims`` afresh from the stored claims (when made, and after a bulk write
    left it stale); inside the caller's transaction."""
    counts: Counter[str] = Counter()
    for (norm,) in conn.execute("SELECT norm FROM claims"):
        counts.update(set(norm.split()))
    conn.execute("DELETE FROM term_claims")
    conn.executemany("INSERT INTO term_claims VALUES (?, ?)", sorted(counts.items()))


def _words(row: str) -> str:
    """The words of a claim's ``norm`` (space-separated) as rows, in a trigger: SQL has no
    split, so the words are made a JSON array (the norm's words hold no quote or backslash,
    and are escaped all the same)."""
    escaped = f"replace(replace({row}.norm, '\\', '\\\\'), '\"', '\\\"')"
    return f"""json_each('["' || replace({escaped}, ' ', '","') || '"]')"""


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _initial,
    _annotations,
    _matching,
    _copies,
    _no_text_index,
    _common_terms,
    _claim_total,
    _outlets,
    _readable_views,
    _paragraphs,
    _stories,
    _story_figures,
    _article_story_index,
    _count_cache,
    _term_counts,
]
SCHEMA_VERSION = len(MIGRATIONS)
