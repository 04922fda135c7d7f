import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from claimcheck.errors import NotFoundError, StoreError
from claimcheck.grouping.match import Scorer
from claimcheck.grouping.regroup import Grouper
from claimcheck.models import Document
from claimcheck.pipeline import PIPELINE_VERSION, Pipeline
from claimcheck.storage.migrations import MIGRATIONS, SCHEMA_VERSION
from claimcheck.storage.store import APPLICATION_ID, Store
from conftest import word_counts

pipeline = Pipeline()
grouper = Grouper(Scorer())


def article(text: str, name: str = "a.txt"):  # type: ignore[no-untyped-def]
    return pipeline.process(Document(source=name, location=f"/x/{name}", name=name, text=text))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "new" / "store.db")


def test_a_new_store_is_created_with_its_schema_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "s.db"
    with Store(path) as s:
        conn = s.db.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert {"articles", "claims", "claim_terms", "clusters"} <= set(s.db.table_names())
        # the claims' text is indexed for Datasette's search of claims_view
        assert "claims_fts" in s.db.table_names() and "claims_view" in s.db.view_names()


def test_reading_commands_do_not_create_a_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no claimcheck store here yet"):
        Store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some notes")
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(path)
    assert path.read_text() == "just some notes"


def test_another_sqlite_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a claimcheck store"):
        Store(path)
    assert path.read_bytes() == before


def test_a_store_from_a_newer_claimcheck_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer claimcheck"):
        Store(path)


def test_save_and_read_back(store: Store) -> None:
    a, claims = article("Rates rose in May. Prices fell in June.")
    store.save_article(a, claims, pipeline=PIPELINE_VERSION)
    assert (store.article_count(), store.claim_count()) == (1, 2)
    assert [c.text for c in store.claims(a.id)] == ["Rates rose in May.", "Prices fell in June."]
    assert store.article_text(a.id) == a.text


def test_claims_are_searchable_by_their_normalised_words(store: Store) -> None:
    a, claims = article("The radar detects missiles. The talks failed.")
    store.save_article(a, claims, pipeline=PIPELINE_VERSION)
    hits = grouper.search(store, "missile")  # normalised words: missile ~ missiles
    assert [c.text for c, _ in hits] == ["The radar detects missiles."]


def test_similar_claims_come_by_the_weight_of_the_words_they_share(store: Store) -> None:
    texts = [
        "The port handled grain.",  # the common word only
        "The port handled grain and sorghum.",  # both
        "Farmers planted sorghum.",  # the rare word only
        *(f"The port handled cargo number {k}." for k in range(6)),  # make "port" common
    ]
    store.save_article(*article(" ".join(texts)), pipeline=PIPELINE_VERSION)
    text_of = {c.id: c.text for c in store.claims()}
    found = [text_of[i] for i in store.similar_claims(["sorghum", "port"], 3)]
    assert found == [texts[1], texts[2], texts[0]]


def test_several_queries_at_once_find_what_each_finds_alone(store: Store) -> None:
    # the words of an article's claims are looked up once for all of them
    texts = [
        "The port handled grain.",
        "The port handled grain and sorghum.",
        "Farmers planted sorghum.",
        "The port handled grain. ",  # a copy: one of each set of copies with ``distinct``
        *(f"The port handled cargo number {k}." for k in range(6)),
    ]
    store.save_article(*article(" ".join(texts)), pipeline=PIPELINE_VERSION)
    queries = {"a": ["sorghum", "port"], "b": ["grain"], "c": ["cargo", "port", "grain"]}
    for distinct in (False, True):
        together = store.similar_claims_many(queries, 3, distinct=distinct)
        alone = {k: store.similar_claims(q, 3, distinct=distinct) for k, q in queries.items()}
        assert {k: [s.id for s in found] for k, found in together.items()} == alone
        assert all(together.values())
        claims = {c.id: c for c in store.claims()}
        assert all(
            (s.article_id, s.standalone) == (claims[s.id].article_id, claims[s.id].standalone)
            for found in together.values()
            for s in found
        )


def test_copies_ranked_first_do_not_crowd_out_other_claims(store: Store) -> None:
    # the rows are read best first and deeper only when copies leave a query short
    for k in range(6):
        store.save_article(
            *article(f"The port handled sorghum. Note {k}.", f"{k}.txt"), pipeline=PIPELINE_VERSION
        )
    store.save_article(*article("Farmers planted sorghum.", "farm.txt"), pipeline=PIPELINE_VERSION)
    text_of = {c.id: c.text for c in store.claims()}
    found = store.similar_claims(["sorghum", "port"], 2, distinct=True)
    assert [text_of[i] for i in found] == ["The port handled sorghum.", "Farmers planted sorghum."]
    assert len(store.similar_claims(["sorghum", "port"], 2)) == 2  # copies count alike


def test_an_article_is_stored_whole_or_not_at_all(store: Store) -> None:
    a, claims = article("First claim here. Second claim here.")
    broken = [claims[0], claims[0]]  # a duplicate claim id fails half-way through the insert
    with pytest.raises(StoreError, match="nothing of it was written"):
        store.save_article(a, broken, pipeline=PIPELINE_VERSION)
    assert (store.article_count(), store.claim_count()) == (0, 0)


def test_the_claim_count_follows_stores_replacements_and_removals(store: Store) -> None:
    def counted() -> int:
        return int(store.db.conn.execute("SELECT count(*) FROM claims").fetchone()[0])

    first, first_claims = article(
        "The bridge is closed. The road is open. The port is busy.", "a.txt"
    )
    other, other_claims = article("Prices rose in May. Wages fell in June.", "b.txt")
    store.save_article(first, first_claims, pipeline=PIPELINE_VERSION)
    store.save_article(other, other_claims, pipeline=PIPELINE_VERSION)
    assert store.claim_count() == counted() == 5
    again, again_claims = article("The bridge is closed. The road is open.", "a.txt")
    store.save_article(again, again_claims, pipeline=PIPELINE_VERSION, replaces=first.id)
    assert store.claim_count() == counted() == 4
    store.delete_article(other.id)
    assert store.claim_count() == counted() == 2


def test_word_counts_follow_stores_replacements_and_removals(store: Store) -> None:
    # grouping weighs a word by how many claims hold it; the store keeps the counts exact
    first, first_claims = article("The bridge is closed. The bridge is old. Ports are busy.")
    other, other_claims = article("The bridge opened in May.", "b.txt")
    store.save_article(first, first_claims, pipeline=PIPELINE_VERSION)
    store.save_article(other, other_claims, pipeline=PIPELINE_VERSION)
    assert store.term_counts(["bridg", "port", "rain"]) == {"bridg": 3, "port": 1}
    again, again_claims = article("The bridge is closed. Ports are busy.")
    store.save_article(again, again_claims, pipeline=PIPELINE_VERSION, replaces=first.id)
    store.delete_article(other.id)
    assert store.term_counts(["bridg", "port", "open"]) == {"bridg": 1, "port": 1}
    conn = store.db.conn
    assert dict(conn.execute("SELECT term, claims FROM term_claims")) == word_counts(conn)


def test_word_counts_left_to_a_bulk_write_are_counted_once_at_its_end(store: Store) -> None:
    store.defer_term_counts()
    store.save_article(*article("The bridge is closed. The bridge is old."), pipeline=1)
    assert store.term_counts(["bridg"]) == {"bridg": 2}  # counted in the index meanwhile
    assert store.db.conn.execute("SELECT count(*) FROM term_claims").fetchone()[0] == 0
    store.recount_terms()
    assert not store.term_counts_stale()
    store.save_article(*article("The bridge opened.", "b.txt"), pipeline=1)
    assert store.term_counts(["bridg"]) == {"bridg": 3}


def test_after_a_whole_grouping_removing_an_article_still_takes_its_pairs(store: Store) -> None:
    # the grouping is written with foreign keys unchecked; they must be back on after it
    first, first_claims = article("Russia sent 40 tanks to the border on Monday.", "a.txt")
    other, other_claims = article("Russia sent 400 tanks to the border on Monday.", "b.txt")
    store.save_article(first, first_claims, pipeline=PIPELINE_VERSION)
    store.save_article(other, other_claims, pipeline=PIPELINE_VERSION)
    grouper.regroup(store)
    assert store.pairs(), "the two numbers are a look-alike pair kept apart"
    store.delete_article(other.id)
    assert store.pairs() == []
    assert store.db.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_whole_grouping_leaves_the_search_index_in_one_piece(store: Store) -> None:
    # articles stored one transaction each leave one index segment each; look-ups visit them all
    texts = ["Russia sent tanks to the border.", "China built a radar.", "Prices rose in May."]
    for k, text in enumerate(texts):
        store.save_article(*article(text, f"{k}.txt"), pipeline=PIPELINE_VERSION)

    def segments() -> int:
        sql = "SELECT count(DISTINCT segid) FROM claim_terms_idx"
        return int(store.db.conn.execute(sql).fetchone()[0])

    assert segments() == 3
    grouper.regroup(store)
    assert segments() == 1
    assert [c.text for c in store.claims(ids=store.similar_claims(["radar"], 5))] == [texts[1]]


def test_replacing_removes_the_old_version_and_its_index_entries(store: Store) -> None:
    old, old_claims = article("The bridge is closed.")
    store.save_article(old, old_claims, pipeline=PIPELINE_VERSION)
    new, new_claims = article("The bridge is open again.")
    store.save_article(new, new_claims, pipeline=PIPELINE_VERSION, replaces=old.id)
    assert [a.id for a in store.articles()] == [new.id]
    assert grouper.search(store, "closed") == []
    assert [c.text for c, _ in grouper.search(store, "open")] == ["The bridge is open again."]


def test_resolve_article_by_id_name_and_unique_prefix(store: Store) -> None:
    for name in ("001_abc.txt", "002_def.txt", "010_xyz.txt"):
        a, c = article(f"Claim from {name} here.", name)
        store.save_article(a, c, pipeline=PIPELINE_VERSION)
    by_name = store.resolve_article("002_def.txt")
    assert store.resolve_article("002").id == by_name.id
    assert store.resolve_article(by_name.id).id == by_name.id
    assert store.resolve_article(by_name.id[:6]).name == "002_def.txt"
    with pytest.raises(NotFoundError, match="matches 2 articles"):
        store.resolve_article("00")
    with pytest.raises(NotFoundError, match="no article matches"):
        store.resolve_article("999")


def test_a_store_from_an_older_claimcheck_is_upgraded_and_keeps_its_claims(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    for step in MIGRATIONS[:3]:  # the schema before copy keys, with the raw-text index
        step(db)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 3")
    a, claims = article("The radar detects missiles. The radar detects missiles, officials said.")
    conn.execute(
        "INSERT INTO articles (id, sha256, source, location, name, kind, format, encoding, "
        "pipeline, ingested_at, text) VALUES (?, ?, ?, ?, ?, 'article', 'text', 'utf-8', 3, "
        "'2024-01-01', ?)",
        (a.id, a.sha256, a.source, a.location, a.name, a.text),
    )
    conn.executemany(
        'INSERT INTO claims (id, article_id, seq, text, start, "end", sentence, paragraph, kind, '
        "norm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (c.id, a.id, c.seq, c.text, c.start, c.end, c.sentence, c.paragraph, c.kind, c.norm)
            for c in claims
        ],
    )
    conn.close()
    with Store(path) as store:
        assert store.db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        # the raw-text index on claims was dropped, and one for Datasette's view made
        fts = store.db.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'claims_fts'")
        assert 'content="claims_view"' in fts.fetchone()[0]
        found = store.db.conn.execute(
            "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'radar'"
        ).fetchone()[0]
        assert found == len(claims)  # the claims stored before were indexed when upgraded
        assert [c.text for c in store.claims(a.id)] == [c.text for c in claims]
        assert store.claim_count() == len(claims)  # counted once when upgraded
        assert store.term_counts(["radar", "missil"]) == {"radar": 2, "missil": 2}
        report = grouper.regroup(store)  # claims without copy keys are still grouped
        assert report.claims == len(claims)
        assert [c.text for c, _ in grouper.search(store, "radar")]
