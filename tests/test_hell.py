"""Articles from hell: each is ingested correctly, with claims that point at the text, or is
refused with a clear message."""

from pathlib import Path

import pytest

from claimcheck.splitting.sentences import MAX_SENTENCE
from conftest import Invoke, write

WORDS = [
    "the",
    "radar",
    "missile",
    "system",
    "Russia",
    "China",
    "officials",
    "said",
    "report",
    "may",
    "warn",
]


def words(n_chars: int, sep: str = " ") -> str:
    out: list[str] = []
    size = 0
    i = 0
    while size < n_chars:
        w = WORDS[(i * 7 + i // 3) % len(WORDS)]
        out.append(w)
        size += len(w) + len(sep)
        i += 1
    return sep.join(out)


def stored(cli_json, path: Path) -> tuple[str, list[dict[str, object]]]:  # type: ignore[no-untyped-def]
    """The article's text (as the file holds it) and its claims, as stored."""
    article = cli_json("articles", "--json")[-1]
    claims = cli_json("claims", "--article", article["id"], "--json")
    return path.read_text(encoding="utf-8"), claims


def assert_spans_point_at_the_text(text: str, claims: list[dict[str, object]]) -> None:
    for c in claims:
        start, end = int(str(c["start"])), int(str(c["end"]))
        assert 0 <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]


def test_a_50_mb_line_is_refused_at_once_over_the_size_limit(cli: Invoke, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as fh:
        line = words(1_000_000)
        for _ in range(50):
            fh.write(line + " ")
    result = cli("ingest", path)
    assert result.exit_code == 1
    assert "huge.txt: is 50.0 MB, over the 20.0 MB limit (see --max-size)" in result.output


def test_a_line_with_no_sentence_end_is_cut_into_bounded_claims(
    cli: Invoke, cli_json, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "line.txt", words(1_000_000) + "\n")
    assert cli("ingest", path, "--max-size", "2MB").exit_code == 0
    text, claims = stored(cli_json, path)
    assert len(claims) >= 1_000_000 // MAX_SENTENCE
    assert all(len(str(c["text"])) <= MAX_SENTENCE for c in claims)
    assert_spans_point_at_the_text(text, claims)


def test_a_hundred_thousand_one_word_lines_ingest(cli: Invoke, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(tmp_path / "lines.txt", words(700_000, sep="\n") + "\n")
    result = cli("ingest", path)
    assert result.exit_code == 0, result.output
    text, claims = stored(cli_json, path)
    assert claims
    assert_spans_point_at_the_text(text, claims)


@pytest.mark.parametrize("content", ["!?.,;:-- ... ((())) '''\n" * 500, "•••\n—\n", "🙂🙃\n"])
def test_only_punctuation_or_symbols_is_refused(cli: Invoke, tmp_path: Path, content: str) -> None:
    result = cli("ingest", write(tmp_path / "punct.txt", content))
    assert result.exit_code == 1
    assert "punct.txt: has no words (only punctuation or symbols)" in result.output


def test_right_to_left_scripts_split_at_their_sentence_ends(
    cli: Invoke, cli_json, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    arabic = "قالت روسيا إنها تساعد الصين في بناء نظام للإنذار المبكر. هل تساعد روسيا الصين؟ "
    hebrew = "רוסיה אמרה כי היא מסייעת לסין. סין לא הגיבה."
    path = write(tmp_path / "rtl.txt", arabic * 3 + "\n\n" + hebrew + "\n")
    assert cli("ingest", path).exit_code == 0
    text, claims = stored(cli_json, path)
    texts = [str(c["text"]) for c in claims]
    assert texts[:2] == [
        "قالت روسيا إنها تساعد الصين في بناء نظام للإنذار المبكر.",
        "هل تساعد روسيا الصين؟",
    ]
    assert texts[-2:] == ["רוסיה אמרה כי היא מסייעת לסין.", "סין לא הגיבה."]
    assert_spans_point_at_the_text(text, claims)


def test_emoji_stay_in_claims_and_spans(cli: Invoke, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write(
        tmp_path / "emoji.txt",
        "Russia 🇷🇺 is helping China 🇨🇳 build a radar 🚀. Analysts 🤔 may disagree! 👍🏽\n",
    )
    assert cli("ingest", path).exit_code == 0
    text, claims = stored(cli_json, path)
    assert [c["text"] for c in claims][:2] == [
        "Russia 🇷🇺 is helping China 🇨🇳 build a radar 🚀.",
        "Analysts 🤔 may disagree!",
    ]
    assert claims[1]["hedges"]
    assert_spans_point_at_the_text(text, claims)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_ends_read_as_plain_ones(
    cli: Invoke, cli_json, tmp_path: Path, newline: str
) -> None:  # type: ignore[no-untyped-def]
    lines = ["Russia Helps China Build Radar", "", "Russia said it helps China.", "Putin agreed."]
    plain = write(tmp_path / "plain" / "a.txt", "\n".join(lines) + "\n")
    other = tmp_path / "other" / "a.txt"
    other.parent.mkdir()
    other.write_bytes((newline.join(lines) + newline).encode())
    shapes = []
    for path in (plain, other):
        db = tmp_path / f"{path.parent.name}.db"
        assert cli("ingest", path, "--db", db).exit_code == 0
        claims = cli_json("claims", "--db", db, "--json")
        shapes.append([(c["text"], c["kind"], c["paragraph"]) for c in claims])
        text = path.read_bytes().decode()
        assert_spans_point_at_the_text(text, claims)
    assert shapes[0] == shapes[1]
    assert shapes[0][0] == ("Russia Helps China Build Radar", "headline", 0)


def test_mixed_encodings_are_refused_with_where(cli: Invoke, tmp_path: Path) -> None:
    path = write(tmp_path / "mixed.txt", "Russia said café ".encode() + b"and caf\xe9 too.\n")
    result = cli("ingest", path)
    assert result.exit_code == 1
    assert "mixed.txt: mixes UTF-8 with another encoding (first bad byte at offset 25)" in (
        result.output
    )
