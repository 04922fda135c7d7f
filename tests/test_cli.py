"""The CLI as a user drives it: ingest, list, export, and every kind of bad input."""

import json
import shutil
from pathlib import Path

import pytest

from claimcheck.reading.files import HTML_SUFFIXES  # noqa: F401  (keeps the import path honest)
from conftest import SEEDS, Invoke, holds_evidence, write

GOOD = "Trade talks resumed in Geneva. Both sides reported progress."


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


def test_ingest_the_seeds_then_again(cli: Invoke, seeds: Path) -> None:
    first = cli("ingest", seeds)
    assert first.exit_code == 0, first.output
    assert first.stdout.strip().splitlines()[-1] == "5 articles: 5 new, 0 unchanged, 0 failed"
    again = cli("ingest", seeds)
    assert again.exit_code == 0
    assert again.stdout.strip().splitlines()[-1] == "5 articles: 0 new, 5 unchanged, 0 failed"
    assert again.stdout.count("unchanged: ") == 5


def test_reingest_adds_nothing(cli: Invoke, cli_json, seeds: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", seeds)
    before = cli_json("export")
    cli("ingest", seeds)
    assert cli_json("export") == before


def test_a_changed_file_replaces_its_earlier_version(cli: Invoke, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "story.txt", GOOD)
    cli("ingest", path)
    write(path, GOOD + " A deal is expected next week.")
    result = cli("ingest", path)
    assert result.exit_code == 0
    assert "replaced: " in result.stdout and "1 replaced" in result.stdout
    exported = cli_json("export")
    assert len(exported["articles"]) == 1
    assert exported["claims"][-1]["text"] == "A deal is expected next week."


def test_bad_inputs_fail_alone_with_one_line_each(cli: Invoke, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = write(tmp_path / "good.txt", GOOD)
    binary = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    empty = write(tmp_path / "empty.txt", "")
    big = write(tmp_path / "big.txt", "word " * 300)
    mixed = write(tmp_path / "mixed.txt", "Café. ".encode() + "Café.".encode("cp1252"))
    missing = tmp_path / "missing.txt"
    result = cli("ingest", "--max-size", "1kB", good, binary, empty, big, mixed, missing)
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"claimcheck: error: {binary}: is a binary file (PNG image), not text",
        f"claimcheck: error: {empty}: is empty",
        f"claimcheck: error: {big}: is 1.5 kB, over the 1.0 kB limit (see --max-size)",
        f"claimcheck: error: {mixed}: mixes UTF-8 with another encoding (first bad byte at "
        "offset 10); convert it to UTF-8 first",
        f"claimcheck: error: {missing}: no such file or folder",
    ]
    assert result.stdout.strip() == "6 articles: 1 new, 0 unchanged, 5 failed"
    assert [a["source"] for a in cli_json("articles", "--json")] == [str(good)]


def test_cp1252_is_ingested_with_a_warning(cli: Invoke, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "old.txt", "The café “reopened” on Monday.".encode("cp1252"))
    result = cli("ingest", path)
    assert result.exit_code == 0
    assert "warning" in result.stderr and "cp1252" in result.stderr
    assert cli_json("claims", "--json")[0]["text"] == "The café “reopened” on Monday."


def test_stdin_with_a_name(cli: Invoke, cli_json) -> None:  # type: ignore[no-untyped-def]
    result = cli("ingest", "-", "--name", "wire-story", input=GOOD)
    assert result.exit_code == 0, result.output
    assert cli_json("articles", "--json")[0]["source"] == "wire-story"
    result = cli("ingest", "-", "--name", "wire-story", input=GOOD + " More later.")
    assert "1 replaced" in result.stdout
    assert len(cli_json("articles", "--json")) == 1


def test_stdin_without_a_name_keeps_each_text(cli: Invoke, cli_json) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", "-", input="One story here today.")
    cli("ingest", "-", input="Another story here today.")
    assert len(cli_json("articles", "--json")) == 2


def test_name_without_stdin_is_a_usage_error(cli: Invoke, tmp_path: Path) -> None:
    result = cli("ingest", write(tmp_path / "a.txt", GOOD), "--name", "x")
    assert result.exit_code == 2
    assert "--name" in result.stderr


def test_articles_and_claims_listings(cli: Invoke, cli_json, seeds: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", seeds)
    table = cli("articles")
    assert table.exit_code == 0
    assert "2023-12-02" in table.stdout and "opinion" in table.stdout
    articles = cli_json("articles", "--json")
    assert [a["name"] for a in articles] == sorted(p.name for p in seeds.iterdir())
    assert {"id", "source", "title", "published", "kind", "author", "sha256", "claims"} <= set(
        articles[0]
    )
    claims = cli_json("claims", "--article", "001", "--json")
    assert {c["article_id"] for c in claims} == {articles[1]["id"]}
    listed = cli("claims", "--article", "001")
    assert claims[0]["id"] in listed.stdout


def test_claims_of_001_hold_no_furniture(cli: Invoke, cli_json, seeds: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", seeds)
    texts = [c["text"] for c in cli_json("claims", "--article", "001", "--json")]
    assert texts[0].startswith("Russia and China to Expand Cooperation")
    assert not any("Dec 2nd" in t for t in texts)
    texts3 = [c["text"] for c in cli_json("claims", "--article", "003", "--json")]
    assert not any(
        t.startswith(("OPINION", "Cooperation in defense technologies", "Please read", "• Jianli"))
        or "Jianli Yang" in t
        for t in texts3
    )


def test_unknown_or_ambiguous_article_reference(cli: Invoke, seeds: Path) -> None:
    cli("ingest", seeds)
    result = cli("claims", "--article", "999")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "claimcheck: error: no article matches '999' (see 'claimcheck articles')"
    )
    assert "matches 5 articles" in cli("claims", "--article", "00").stderr


def test_export_json_shape_and_file_output(cli: Invoke, seeds: Path, tmp_path: Path) -> None:
    cli("ingest", seeds)
    out = tmp_path / "export.json"
    result = cli("export", "--format", "json", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) >= {"stories", "articles", "claims", "clusters", "conflicts"}
    assert set(data["articles"][0]) == {
        "id",
        "source",
        "title",
        "published",
        "kind",
        "author",
        "sha256",
        "outlet",
        "url",
        "story_id",
    }
    claim = data["claims"][0]
    assert {
        "id",
        "article_id",
        "text",
        "start",
        "end",
        "sentence",
        "paragraph",
        "kind",
        "hedges",
        "attribution",
        "topics",
        "cluster_id",
        "numbers",
        "dates",
        "negated",
        "entities",
    } <= set(claim)
    texts = {
        a["id"]: (seeds / Path(a["source"]).name).read_text(encoding="utf-8")
        for a in data["articles"]
    }
    for c in data["claims"]:
        evidence = texts[c["article_id"]][c["start"] : c["end"]]
        assert holds_evidence(c["text"], evidence)


def test_export_unknown_format(cli: Invoke, seeds: Path) -> None:
    cli("ingest", seeds)
    result = cli("export", "--format", "xml")
    assert result.exit_code == 2 and "--format" in result.stderr


def test_reading_an_empty_location_says_how_to_start(cli: Invoke) -> None:
    result = cli("articles")
    assert result.exit_code == 1
    assert "no claimcheck store here yet" in result.stderr


def test_db_option_wins_over_the_environment(
    cli: Invoke,
    cli_json,
    tmp_path: Path,  # type: ignore[no-untyped-def]
    isolated_store: Path,
) -> None:
    other = tmp_path / "other.db"
    cli("ingest", "--db", other, write(tmp_path / "a.txt", GOOD))
    assert other.exists() and not isolated_store.exists()
    assert len(cli_json("articles", "--json", "--db", other)) == 1


def test_user_lexicon_extends_the_packaged_one(cli: Invoke, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lex = tmp_path / "lex"
    write(lex / "layout.toml", '[patterns]\nboilerplate = ["sponsored by .*"]\n')
    path = write(tmp_path / "a.txt", "Rates rose in May.\nSponsored by Acme Widgets.\n")
    cli("ingest", "--lexicons", lex, path)
    assert [c["text"] for c in cli_json("claims", "--json")] == ["Rates rose in May."]


def _rebels_and_insurgents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *tail: str
) -> list[Path]:
    """Two articles that only the user's synonyms make one claim ("Rebels seized" /
    "Insurgents captured" the town of Kidal), each sentence ending as ``tail`` gives."""
    lex = tmp_path / "lex"
    write(lex / "matching.toml", 'groups = [["insurgents", "rebels"], ["captured", "seized"]]\n')
    monkeypatch.setenv("CLAIMCHECK_LEXICONS", str(lex))
    texts = ("Rebels seized the town of Kidal", "Insurgents captured the town of Kidal")
    return [
        write(tmp_path / f"{name}.txt", f"{text}{end}.\n")
        for name, text, end in zip("ab", texts, tail or ("", ""), strict=True)
    ]


def test_a_user_synonym_counts_at_ingest_and_in_every_later_command(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("ingest", *_rebels_and_insurgents(tmp_path, monkeypatch))
    assert len({c["cluster_id"] for c in cli_json("claims", "--json")}) == 1
    # the search text is normalised with the same lexicons as the stored claims
    found = cli_json("search", "--json", "Rebels seized Kidal")
    assert [f["score"] for f in found] == [found[0]["score"]] * 2 and found[0]["score"] > 42


def test_the_overview_counts_a_story_with_the_users_lexicons_as_its_report_does(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # only the user's synonyms make these one claim, and so 12 against 15 a conflict
    ends = (" on Monday, killing 12 soldiers", " on Monday, killing 15 soldiers")
    articles = _rebels_and_insurgents(tmp_path, monkeypatch, *ends)
    for command in (("ingest", *articles), ("match",)):
        cli(*command)
        conflicts = len(cli_json("report", "--json")["conflicts"])
        assert conflicts == 1
        assert [s["conflicts"] for s in cli_json("stories", "--json")] == [conflicts]


def test_a_broken_user_lexicon_is_a_clear_error(cli: Invoke, tmp_path: Path) -> None:
    lex = tmp_path / "lex"
    write(lex / "sentences.toml", "never_final = [unclosed")
    result = cli("ingest", "--lexicons", lex, write(tmp_path / "a.txt", GOOD))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"claimcheck: error: {lex / 'sentences.toml'}: not valid TOML")


def test_a_database_that_is_not_a_store(cli: Invoke, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.db", "not a database")
    result = cli("ingest", "--db", bad, write(tmp_path / "a.txt", GOOD))
    assert result.exit_code == 1
    assert "not a SQLite database" in result.stderr
    assert bad.read_text() == "not a database"


def test_help_and_version(cli: Invoke) -> None:
    assert cli("--version").stdout.startswith("claimcheck ")
    for command in ("ingest", "articles", "claims", "export"):
        result = cli(command, "--help")
        assert result.exit_code == 0 and "--db" in result.stdout
