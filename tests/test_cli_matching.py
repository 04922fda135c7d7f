"""Grouping through the CLI: clusters, match, curators' decisions, search, export."""

import json
import shutil
from pathlib import Path

import pytest

from conftest import SEEDS, Invoke, write


@pytest.fixture
def seeded(cli: Invoke, tmp_path: Path) -> Path:
    seeds = Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
    assert cli("ingest", seeds).exit_code == 0
    return seeds


def early_warning(cli_json) -> dict:  # type: ignore[no-untyped-def]
    clusters = cli_json("clusters", "--json")
    return next(
        c
        for c in clusters
        if "October 2019" in c["canonical_text"] or "early warning" in c["canonical_text"]
    )


def test_the_early_warning_disclosure_is_one_cluster_of_four_articles(
    cli_json, seeded: Path
) -> None:  # type: ignore[no-untyped-def]
    cluster = early_warning(cli_json)
    assert cluster["articles"] == 4 and cluster["size"] == 4
    members = [c for c in cli_json("claims", "--json") if c["cluster_id"] == cluster["id"]]
    names = {a["id"]: a["name"][:3] for a in cli_json("articles", "--json")}
    assert sorted(names[c["article_id"]] for c in members) == ["000", "001", "002", "003"]


def test_match_regroups_with_the_same_ids(cli: Invoke, cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    before = cli_json("clusters", "--json", "--all")
    result = cli("match")
    assert result.exit_code == 0 and "clusters" in result.stdout
    assert cli_json("clusters", "--json", "--all") == before


def test_match_at_another_threshold_moves_claims_and_back_again(
    cli: Invoke, cli_json, seeded: Path
) -> None:  # type: ignore[no-untyped-def]
    # only the claims whose cluster changes are rewritten: each must land where a fresh
    # grouping puts it, and none may point at a cluster that is gone
    def clusters_of_claims() -> dict[str, str]:
        return {c["id"]: c["cluster_id"] for c in cli_json("claims", "--json")}

    before, clusters = clusters_of_claims(), cli_json("clusters", "--json", "--all")
    assert cli("match", "--threshold", "90").exit_code == 0
    strict = clusters_of_claims()
    assert strict != before
    assert set(strict.values()) == {c["id"] for c in cli_json("clusters", "--json", "--all")}
    assert cli("match", "--threshold", "42").exit_code == 0
    assert clusters_of_claims() == before
    assert cli_json("clusters", "--json", "--all") == clusters


def test_ingest_groups_at_the_threshold_given(
    cli: Invoke, cli_json, seeded: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    strict = tmp_path / "strict.db"
    assert cli("ingest", "--db", strict, "--threshold", "90", seeded).exit_code == 0
    default = cli_json("clusters", "--json")
    assert len(cli_json("clusters", "--json", "--db", strict)) < len(default)


def test_cluster_ids_are_the_same_in_a_fresh_store(
    cli: Invoke,
    cli_json,
    seeded: Path,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    other = tmp_path / "other.db"
    cli("ingest", "--db", other, seeded)
    assert {c["id"] for c in cli_json("clusters", "--json", "--all")} == {
        c["id"] for c in cli_json("clusters", "--json", "--all", "--db", other)
    }


def test_show_cluster_explains_the_pairs(cli: Invoke, cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    cluster = early_warning(cli_json)
    out = cli("show", cluster["id"][:10]).stdout
    assert "4 claims from 4 articles" in out and "shared:" in out
    view = cli_json("show", cluster["id"], "--json")
    assert len(view["members"]) == 4 and len(view["pairs"]) == 6
    assert all(p["shared"] for p in view["pairs"])


def test_unlink_and_link_survive_regrouping_and_reingest(
    cli: Invoke, cli_json, seeded: Path
) -> None:  # type: ignore[no-untyped-def]
    cluster = early_warning(cli_json)
    members = [c for c in cli_json("claims", "--json") if c["cluster_id"] == cluster["id"]]
    loner = next(c for c in members if c["text"].startswith("Russia is helping China build"))
    assert "unlinked" in cli("unlink", loner["id"]).stdout
    for step in (("match",), ("ingest", "--force", str(seeded))):
        assert cli(*step).exit_code == 0
        by_id = {c["id"]: c for c in cli_json("claims", "--json")}
        assert all(
            by_id[loner["id"]]["cluster_id"] != by_id[m["id"]]["cluster_id"]
            for m in members
            if m["id"] != loner["id"]
        )
    # and a link puts two claims together, whatever the scores
    flat = next(c for c in by_id.values() if c["text"].startswith("China is the second-largest"))
    assert "linked" in cli("link", flat["id"], loner["id"]).stdout
    cli("match")
    by_id = {c["id"]: c for c in cli_json("claims", "--json")}
    assert by_id[flat["id"]]["cluster_id"] == by_id[loner["id"]]["cluster_id"]


def test_link_needs_two_claims(cli: Invoke, cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    any_claim = cli_json("claims", "--json")[0]["id"]
    result = cli("link", any_claim, any_claim)
    assert result.exit_code == 2 and "two different claims" in result.stderr
    assert cli("link", any_claim, "nope").exit_code == 1


def test_search_ranks_the_closest_claims_first(cli: Invoke, cli_json, seeded: Path) -> None:  # type: ignore[no-untyped-def]
    found = cli_json(
        "search",
        "Russia helps China build a missile early warning system",
        "--json",
        "--limit",
        "4",
    )
    assert len(found) == 4
    assert [f["score"] for f in found] == sorted((f["score"] for f in found), reverse=True)
    assert {f["cluster_id"] for f in found} == {early_warning(cli_json)["id"]}
    assert cli("search", "the of and").exit_code == 2


def test_export_fills_clusters(cli: Invoke, seeded: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.json"
    cli("export", "-o", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert all(c["cluster_id"] for c in data["claims"])
    cluster = next(k for k in data["clusters"] if len(k["articles"]) == 4)
    assert set(cluster) >= {"id", "claim_ids", "canonical", "articles"}
    assert cluster["canonical"] in cluster["claim_ids"]


def test_a_replaced_article_leaves_no_stale_members(cli: Invoke, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a = write(
        tmp_path / "a.txt", "Rebels seized the northern airport on Friday after heavy fighting."
    )
    b = write(tmp_path / "b.txt", "Rebels seized the northern airport on Friday, officials said.")
    cli("ingest", a, b)
    assert [c["size"] for c in cli_json("clusters", "--json")] == [2]
    write(a, "The harvest failed across the south after a long drought.")
    cli("ingest", a)
    assert cli_json("clusters", "--json") == []
    assert {c["size"] for c in cli_json("clusters", "--json", "--all")} == {1}


def test_a_bulk_ingest_in_worker_processes_stores_what_one_by_one_does(tmp_path: Path) -> None:
    from claimcheck.config import Settings
    from claimcheck.grouping.match import Scorer
    from claimcheck.grouping.regroup import Grouper
    from claimcheck.ingest import BULK_MIN, ingest
    from claimcheck.output.export import store_document
    from claimcheck.regrouping import regroup_all
    from claimcheck.storage.store import Store
    from claimcheck.stories.builder import StoryBuilder

    folder = tmp_path / "many"
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]
    for i in range(BULK_MIN + 5):
        write(folder / f"{i:03d}.txt", texts[i % len(texts)] + f"\nCopy number {i} was filed.\n")
    documents = []
    for db, workers in ((tmp_path / "parallel.db", 2), (tmp_path / "serial.db", None)):
        with Store(db) as store:
            if workers:
                report = ingest(store, [str(folder)], Settings(db_path=db), workers=workers)
                assert report.grouping is not None  # grouped once, at the end
            else:
                for path in sorted(folder.iterdir()):  # one at a time: not a bulk ingest
                    ingest(store, [str(path)], Settings(db_path=db))
                regroup_all(store, Grouper(Scorer()), StoryBuilder())
            documents.append(_without_story_names(store_document(store)))
    assert documents[0] == documents[1]


def _without_story_names(document: dict) -> dict:  # type: ignore[type-arg]
    """The document with each story named by its articles: a story keeps the name it had
    when articles arrive one by one, and takes a fresh one in a bulk ingest."""
    name = {s["id"]: min(s["article_ids"]) for s in document["stories"]}
    topic: dict[str, str] = {}
    for s in document["stories"]:
        topic[s["topic"]] = min(topic.get(s["topic"], name[s["id"]]), name[s["id"]])
    for s in document["stories"]:
        s["id"], s["topic"] = name[s["id"]], topic[s["topic"]]
    for a in document["articles"]:
        a["story_id"] = name.get(a["story_id"])
    document["stories"].sort(key=lambda s: s["id"])
    return document


def test_syndicated_copies_ingested_one_by_one_group_as_a_regroup_would(tmp_path: Path) -> None:
    from claimcheck.config import Settings
    from claimcheck.grouping.match import Scorer
    from claimcheck.grouping.regroup import Grouper
    from claimcheck.ingest import ingest
    from claimcheck.storage.store import Store

    folder = tmp_path / "copies"
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]
    for i in range(12):  # each seed two or three times, as syndication reprints a story
        write(folder / f"{i:03d}.txt", texts[i % len(texts)] + f"\nReprint {i}.\n")
    db = tmp_path / "one-by-one.db"

    def clusters(store: Store) -> set[frozenset[str]]:
        found: dict[str, set[str]] = {}
        for c in store.claims():
            found.setdefault(c.cluster_id or c.id, set()).add(c.id)
        return {frozenset(m) for m in found.values()}

    with Store(db) as store:
        for path in sorted(folder.iterdir()):
            ingest(store, [str(path)], Settings(db_path=db))
        incremental = clusters(store)
        copies = [m for m in incremental if len(m) >= 2]
        Grouper(Scorer()).regroup(store)
        assert clusters(store) == incremental
    assert len(copies) > 50  # the reprinted sentences did join their originals
