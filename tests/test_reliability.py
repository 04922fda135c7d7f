"""Real processes on one store: two ingests at once, queries during an ingest, and an ingest
killed with SIGKILL at many points. Nothing stored is ever lost or half-written."""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claimcheck.output.export import store_document
from claimcheck.storage.store import Store
from conftest import SEEDS, check_consistent, write

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def claimcheck(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "claimcheck", *(str(a) for a in args)]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(claimcheck(*args), capture_output=True, text=True, timeout=600)


def corpus(folder: Path, copies: int, start: int = 0) -> Path:
    """Seed articles reprinted ``copies`` times, each with a line of its own (so a bulk
    ingest with worker processes, and grouping at the end)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]
    for i in range(start, start + copies):
        write(folder / f"{i:03d}.txt", texts[i % len(texts)] + f"\nReprint number {i}.\n")
    return folder


def test_processes_that_create_one_store_at_once_all_open_it(tmp_path: Path) -> None:
    # the store's mark, version and tables are read as one state of the file: read one by one,
    # a process creating the store between the reads made another refuse it as a foreign
    # database (before the fix, about 1 open in 100 on two cores)
    opener = "import sys; from pathlib import Path; from claimcheck.storage.store import Store; "
    opener += "Store(Path(sys.argv[1])).close()"
    for round_ in range(20):
        db = tmp_path / f"{round_}.db"
        procs = [
            subprocess.Popen([sys.executable, "-c", opener, str(db)], stderr=subprocess.PIPE)
            for _ in range(6)
        ]
        errors = [p.communicate(timeout=120)[1] for p in procs]
        assert [p.returncode for p in procs] == [0] * 6, errors


def document(db: Path) -> dict[str, object]:
    with Store(db) as store:
        return store_document(store)


def test_two_ingests_at_once_both_finish_with_what_two_in_turn_would_store(
    tmp_path: Path,
) -> None:
    a = corpus(tmp_path / "a", 55)
    b = corpus(tmp_path / "b", 55, start=55)
    together, in_turn = tmp_path / "together.db", tmp_path / "in-turn.db"
    procs = [subprocess.Popen(claimcheck("ingest", f, "--db", together, "-q")) for f in (a, b)]
    assert [p.wait(timeout=600) for p in procs] == [0, 0]
    for folder in (a, b):
        assert run("ingest", folder, "--db", in_turn, "-q").returncode == 0
    for db in (together, in_turn):
        assert run("match", "--db", db).returncode == 0  # the same grouping, whatever the order
    assert check_consistent(together) == 110
    assert document(together) == document(in_turn)


def test_queries_during_an_ingest_see_a_consistent_store(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", 80)
    db = tmp_path / "s.db"
    assert run("ingest", SEEDS, "--db", db, "-q").returncode == 0  # something to read at once
    ingest = subprocess.Popen(claimcheck("ingest", folder, "--db", db, "-q"))
    seen = 0
    while ingest.poll() is None or seen == 0:
        exported = run("export", "--format", "json", "--db", db)  # one read, one snapshot
        assert exported.returncode == 0, exported.stderr
        doc = json.loads(exported.stdout)
        articles = {a["id"] for a in doc["articles"]}
        claims = {c["id"]: c for c in doc["claims"]}
        assert {c["article_id"] for c in claims.values()} <= articles
        for cluster in doc["clusters"]:  # each cluster's claims and canonical claim exist
            assert cluster["claim_ids"] and set(cluster["claim_ids"]) <= claims.keys()
            assert cluster["canonical"] in cluster["claim_ids"]
        seen += 1
    assert ingest.returncode == 0
    assert seen >= 2
    check_consistent(db)


def test_an_ingest_killed_at_any_point_leaves_a_sound_store_and_a_rerun_completes_it(
    tmp_path: Path,
) -> None:
    folder = corpus(tmp_path / "in", 60)
    reference = tmp_path / "reference.db"
    start = time.monotonic()
    assert run("ingest", folder, "--db", reference, "-q").returncode == 0
    whole = time.monotonic() - start
    expected = document(reference)
    kills = 0
    for share in (0.15, 0.3, 0.45, 0.6, 0.75, 0.9):
        db = tmp_path / f"killed-{share}.db"
        proc = subprocess.Popen(claimcheck("ingest", folder, "--db", db, "-q"))
        time.sleep(whole * share)
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait(timeout=60)
        when = (
            f"{'killed' if killed else 'finished before its kill'} at {share:.0%} of {whole:.1f} s"
        )
        if db.exists():
            check_consistent(db)
        rerun = run("ingest", folder, "--db", db, "-q")
        assert rerun.returncode == 0, f"{when}: {rerun.stderr}"
        assert document(db) == expected, when
    assert kills >= 4, f"only {kills} of 6 ingests were still running when killed ({whole:.1f} s)"


def test_a_match_meanwhile_another_writer_stores_articles_groups_them_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.config import Settings
    from claimcheck.errors import StoreError
    from claimcheck.grouping.match import Scorer
    from claimcheck.grouping.regroup import Grouper
    from claimcheck.ingest import ingest

    db = tmp_path / "store.db"
    extra = sorted(corpus(tmp_path / "extra", 4).iterdir())
    with Store(db) as store:
        ingest(store, [str(SEEDS)], Settings(db_path=db))
    arriving: list[Path] = []
    start_staging = Store.start_staging

    def another_writer_first(self: Store) -> None:  # runs after the claims have been read
        if arriving:
            with Store(db) as other:
                ingest(other, [str(arriving.pop(0))], Settings(db_path=db))
        start_staging(self)

    monkeypatch.setattr(Store, "start_staging", another_writer_first)
    arriving[:] = extra[:1]  # one article arrives during the match: it is grouped too
    with Store(db) as store:
        report = Grouper(Scorer()).regroup(store)
        assert report.claims == store.claim_count()
        clusters = {c[0] for c in store.clusters()}
        assert all(c.cluster_id in clusters for c in store.claims())
    assert check_consistent(db) == 6
    arriving[:] = extra[1:]  # articles keep arriving: the match gives up, writing nothing
    with Store(db) as store, pytest.raises(StoreError, match="kept changing the store"):
        Grouper(Scorer()).regroup(store)
    assert check_consistent(db) == 9  # each attempt met one more article


def test_a_bulk_ingest_that_cannot_group_for_other_writers_leaves_it_to_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.config import Settings
    from claimcheck.errors import StoreBusyError
    from claimcheck.grouping.regroup import PENDING_KEY, Grouper
    from claimcheck.ingest import ingest

    db = tmp_path / "store.db"
    folder = corpus(tmp_path / "in", 55)
    regroup = Grouper.regroup

    def busy(self: Grouper, store: Store, stories: object = None) -> object:
        raise StoreBusyError(f"{store.path}: other writers kept changing the store")

    monkeypatch.setattr(Grouper, "regroup", busy)
    with Store(db) as store:
        report = ingest(store, [str(folder)], Settings(db_path=db))
        assert report.deferred and report.failed == 0  # every article is stored
        assert store.meta(PENDING_KEY) == "1"
    monkeypatch.setattr(Grouper, "regroup", regroup)
    with Store(db) as store:
        report = ingest(store, [str(SEEDS)], Settings(db_path=db))  # the next run groups all
        assert report.grouping is not None and store.meta(PENDING_KEY) == ""
    assert check_consistent(db) == 60
