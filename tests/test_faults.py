"""Damaged stores and a hostile environment (read-only places, a full disk, no permission):
a one-line error that names the file, a non-zero exit, and nothing half-written."""

import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck.config import Settings
from claimcheck.errors import StoreError
from claimcheck.ingest import ingest
from claimcheck.output.export import store_document
from claimcheck.storage.store import Store
from conftest import SEEDS, Invoke, check_consistent

ONE = sorted(SEEDS.iterdir())[1]  # a seed article
COMMANDS = [
    ["articles"],
    ["claims"],
    ["clusters"],
    ["topics"],
    ["report"],
    ["export"],
    ["search", "early warning radar"],
    ["match"],
    ["ingest", str(ONE), "--force"],
]


READ_EVERY_CLAIM = {"claims", "report", "export", "match"}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def good_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("good") / "store.db"
    with Store(db) as store:
        ingest(store, [str(SEEDS)], Settings(db_path=db))
        store.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def one_line_error(result) -> str:  # type: ignore[no-untyped-def]
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("claimcheck: error:")]
    assert len(errors) == 1, result.output  # (an ingest also prints its summary)
    return errors[0]


def test_a_store_damaged_inside_is_reported_when_read_and_left_as_it_was(
    cli: Invoke, good_store: Path, tmp_path: Path
) -> None:
    db = tmp_path / "damaged.db"
    shutil.copy(good_store, db)
    conn = sqlite3.connect(db)  # pages of claims overwritten: found only when read
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = [
        page
        for (page,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'claims' AND pagetype = 'leaf' ORDER BY pageno"
        )
    ]
    conn.close()
    with db.open("r+b") as fh:
        for page in leaves[len(leaves) // 4 :][:10]:
            fh.seek((page - 1) * size)
            fh.write(bytes(range(256)) * (size // 256))
    before = digest(db)
    reported = set()
    for args in COMMANDS:
        result = cli(*args, "--db", db)
        assert "Traceback" not in result.output
        if result.exit_code != 0 or args[0] in READ_EVERY_CLAIM:
            message = one_line_error(result)
            assert str(db) in message
            assert "damaged" in message or "cannot be used" in message, (args, message)
            reported.add(args[0])
        assert digest(db) == before, args
    # a command that reads none of the damaged pages (listing clusters) may answer from the
    # others, as SQLite does; every command that reads all claims reports the damage
    assert reported >= READ_EVERY_CLAIM


def test_a_truncated_store_is_refused_and_left_as_it_was(
    cli: Invoke, good_store: Path, tmp_path: Path
) -> None:
    db = tmp_path / "truncated.db"
    shutil.copy(good_store, db)
    with db.open("r+b") as fh:
        fh.truncate(db.stat().st_size // 2)
    before = digest(db)
    for args in COMMANDS:
        assert str(db) in one_line_error(cli(*args, "--db", db))
        assert digest(db) == before, args


def test_a_full_disk_stops_the_ingest_with_nothing_half_written(
    good_store: Path, tmp_path: Path
) -> None:
    db = tmp_path / "full.db"
    shutil.copy(good_store, db)
    extra = tmp_path / "more"
    for i in range(8):  # articles the full disk will not take
        (extra / f"{i}.txt").parent.mkdir(exist_ok=True)
        text = (sorted(SEEDS.iterdir())[3]).read_text(encoding="utf-8")
        (extra / f"{i}.txt").write_text(f"Edition {i}.\n\n{text}", encoding="utf-8")
    with Store(db) as store:
        before = store_document(store)
        pages = store.db.conn.execute("PRAGMA page_count").fetchone()[0]
        store.db.conn.execute(f"PRAGMA max_page_count = {pages + 8}")  # a disk nearly full
        with pytest.raises(StoreError, match=r"full|nothing of it was written"):
            ingest(store, [str(extra)], Settings(db_path=db))
    with Store(db) as store:
        after = store_document(store)
    # what was stored before is all there, and anything new is there whole
    assert {a["id"] for a in before["articles"]} <= {a["id"] for a in after["articles"]}
    assert {c["id"] for c in before["claims"]} <= {c["id"] for c in after["claims"]}
    check_consistent(db)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 300 kB tmpfs, where mounting one is allowed."""
    mount = tmp_path / "small"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def test_a_small_disk_fills_up_with_a_clear_error_and_a_sound_store(
    cli: Invoke, small_disk: Path
) -> None:
    db = small_disk / "store.db"
    assert cli("ingest", ONE, "--db", db).exit_code == 0
    message = one_line_error(cli("ingest", SEEDS, "--db", db))
    assert str(db) in message and ("full" in message or "nothing" in message)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert cli("claims", "--db", db).exit_code == 0


def _make_read_only(paths: list[Path]) -> bool:
    """Read-only for this user: file modes, or the immutable flag for root."""
    if os.geteuid() != 0:
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        return True
    made = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True)
    return made.returncode == 0


def _make_writable(paths: list[Path]) -> None:
    if os.geteuid() != 0:
        for p in paths:
            p.chmod(0o755 if p.is_dir() else 0o644)
    else:
        subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)


def test_a_store_in_a_read_only_place_is_read_and_never_written(
    cli: Invoke, good_store: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "store.db"
    shutil.copy(good_store, db)
    if not _make_read_only([db, folder]):
        pytest.skip("cannot make a file read-only here")
    try:
        listing = cli("claims", "--db", db, "--json")
        assert listing.exit_code == 0 and len(listing.stdout) > 1000
        for args in (["match"], ["ingest", str(ONE), "--force"]):
            message = one_line_error(cli(*args, "--db", db))
            assert str(db) in message and "read" in message
        assert digest(db) == digest(good_store)
    finally:
        _make_writable([db, folder])


def test_a_place_where_no_store_can_be_made_is_a_clear_error(cli: Invoke) -> None:
    message = one_line_error(cli("ingest", ONE, "--db", "/proc/claims.db"))
    assert "/proc/claims.db: cannot open the store" in message
