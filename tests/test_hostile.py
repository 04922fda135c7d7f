"""Hostile input in every filter, search text and reference: treated as plain text, answered
with results or a one-line error, never a traceback, and the store is left as it was."""

import shutil
from pathlib import Path

import pytest

from claimcheck.output.export import store_document
from claimcheck.storage.store import Store
from conftest import SEEDS, Invoke

HOSTILE = [
    "' OR 1=1 --",
    '"; DROP TABLE claims; --',
    "Putin' UNION SELECT * FROM articles --",
    "NEAR(missile radar, 2)",
    "missile AND OR NOT",
    '"unbalanced',
    "radar*",
    "^start col:value",
    "%_%",
    "\\",
    "()[]{}",
    "\x00nul\x00byte",
    "\x1b[31mred\x07\x08",
    "x" * 100_000,
    "😀 🇷🇺 ‮reversed‬",
    "روسيا والصين",
    " ",
]
IDS = [
    "sql",
    "sql-drop",
    "sql-union",
    "fts-near",
    "fts-operators",
    "fts-quote",
    "fts-prefix",
    "fts-column",
    "like",
    "backslash",
    "brackets",
    "nul",
    "control",
    "long",
    "emoji-bidi",
    "rtl",
    "blank",
]


@pytest.fixture(scope="module")
def seeded_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from claimcheck.config import Settings
    from claimcheck.ingest import ingest

    folder = tmp_path_factory.mktemp("hostile")
    seeds = Path(shutil.copytree(SEEDS, folder / "seeds"))
    db = folder / "store.db"
    with Store(db) as store:
        ingest(store, [str(seeds)], Settings(db_path=db))
    return db


def commands(value: str) -> list[list[str]]:
    return [
        ["claims", "--article", value],
        ["claims", "--topic", value],
        ["claims", "--speaker", value],
        ["search", value],
        ["report", "--topic", value],
        ["export", "--format", "csv", "--topic", value],
        ["export", "--format", value],
        ["show", value],
        ["diff", value, value],
        ["link", value, value],
        ["unlink", value],
    ]


@pytest.mark.parametrize("value", HOSTILE, ids=IDS)
def test_hostile_text_is_plain_text_everywhere(
    cli: Invoke, seeded_store: Path, tmp_path: Path, value: str
) -> None:
    db = tmp_path / "store.db"
    shutil.copy(seeded_store, db)
    with Store(db) as store:
        before = store_document(store)
    for args in commands(value):
        result = cli(*args, "--db", db)
        assert "Traceback" not in result.output, (args, result.output)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            args,
            repr(result.exception),
        )
        if result.exit_code:
            lines = result.output.strip().splitlines()
            assert lines and lines[-1].startswith("claimcheck: error:"), (args, result.output)
            assert len(lines[-1]) < 400, args  # the value is not echoed at any length
    with Store(db) as store:
        assert store_document(store) == before


def test_a_search_for_operators_finds_the_words_not_the_syntax(
    cli: Invoke, seeded_store: Path, tmp_path: Path
) -> None:
    db = tmp_path / "store.db"
    shutil.copy(seeded_store, db)
    plain = cli("search", "missile early warning", "--db", db, "--json")
    wrapped = cli("search", 'missile AND "early" OR warning*', "--db", db, "--json")
    assert plain.exit_code == 0 and wrapped.exit_code == 0
    assert plain.stdout == wrapped.stdout


@pytest.mark.parametrize("value", HOSTILE, ids=IDS)
def test_a_hostile_name_or_size_is_stored_or_refused_plainly(cli: Invoke, value: str) -> None:
    named = cli("ingest", "-", "--name", value, input="Russia is helping China build a radar.\n")
    assert named.exception is None or isinstance(named.exception, SystemExit)
    sized = cli("ingest", "-", "--max-size", value, input="Rates rose.\n")
    assert sized.exit_code == 2
    assert sized.output.strip().splitlines()[-1].startswith("claimcheck: error: --max-size")
    listing = cli("articles")
    assert listing.exit_code == 0 and "Traceback" not in listing.output
    assert "\x1b" not in listing.output and "\x00" not in listing.output


def test_control_characters_in_an_article_become_spaces_with_a_warning(
    cli: Invoke, cli_json, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ctrl.txt"
    path.write_bytes(b"Russia \x1b[31msaid\x1b[0m it helps China.\x07 Putin said more.\n")
    result = cli("ingest", path)
    assert result.exit_code == 0
    assert "3 control characters replaced by spaces" in result.output
    texts = [c["text"] for c in cli_json("claims", "--json")]
    assert texts and not any("\x1b" in t or "\x07" in t for t in texts)
    assert texts[0] == "Russia [31msaid [0m it helps China."
    claim = cli_json("claims", "--json")[0]
    assert (claim["start"], claim["end"]) == (0, 36)  # offsets into the file, as it was
