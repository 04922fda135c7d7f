import codecs
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.reading.files import decode, expand, read_file
from conftest import write

ARTICLE = "Russia and China signed a deal. Both sides praised it."


def test_utf8_with_and_without_bom() -> None:
    assert decode(ARTICLE.encode(), "a.txt")[:2] == (ARTICLE, "utf-8")
    assert decode(codecs.BOM_UTF8 + ARTICLE.encode(), "a.txt")[:2] == (ARTICLE, "utf-8")


def test_utf16_with_bom() -> None:
    assert decode(ARTICLE.encode("utf-16"), "a.txt")[0] == ARTICLE


def test_cp1252_is_decoded_with_a_warning() -> None:
    text, encoding, warnings = decode("Café “quoted” – dash".encode("cp1252"), "a.txt")
    assert text == "Café “quoted” – dash"
    assert encoding == "cp1252"
    assert warnings and "cp1252" in warnings[0]


def test_mixed_utf8_and_cp1252_is_refused_not_garbled() -> None:
    data = "Café in UTF-8. ".encode() + "Café in cp1252.".encode("cp1252")
    with pytest.raises(InputError, match="mixes UTF-8"):
        decode(data, "mixed.txt")


def test_bytes_undefined_in_cp1252_are_refused() -> None:
    with pytest.raises(InputError, match="neither UTF-8 nor cp1252"):
        decode(b"abc \x81 def", "odd.txt")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n...", "binary file (PDF)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (PNG image)"),
        (b"abc\x00def", "binary file"),
        (bytes(range(256)) * 4, "binary file"),
        (b"", "empty"),
        (b"  \n\n\t ", "empty"),
        (codecs.BOM_UTF8, "empty"),
    ],
)
def test_binary_and_empty_input_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason.replace("(", r"\(").replace(")", r"\)")):
        decode(data, "bad.bin")


def test_error_names_the_file() -> None:
    with pytest.raises(InputError) as err:
        decode(b"", "dir/empty.txt")
    assert str(err.value) == "dir/empty.txt: is empty"


def test_folders_are_read_recursively_in_order_skipping_hidden_and_other_files(
    tmp_path: Path,
) -> None:
    for name in [
        "b.txt",
        "a.md",
        "sub/c.html",
        "sub/deeper/d.htm",
        ".hidden.txt",
        ".git/e.txt",
        "notes.pdf",
        "data.csv",
    ]:
        write(tmp_path / name, "x")
    found = list(expand([str(tmp_path)]))
    assert [Path(str(f)).relative_to(tmp_path).as_posix() for f in found] == [
        "a.md",
        "b.txt",
        "sub/c.html",
        "sub/deeper/d.htm",
    ]


def test_missing_paths_and_empty_folders_are_errors_in_place(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "ok.txt", "x")
    found = list(
        expand([str(tmp_path / "nope.txt"), str(tmp_path / "ok.txt"), str(tmp_path / "empty")])
    )
    assert isinstance(found[0], InputError) and "no such file" in found[0].reason
    assert found[1] == str(tmp_path / "ok.txt")
    assert isinstance(found[2], InputError) and "no .txt" in found[2].reason


def test_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "word " * 1000)
    with pytest.raises(InputError, match=r"is 5.0 kB, over the 1.0 kB limit"):
        read_file(str(path), max_bytes=1000)
    assert read_file(str(path), max_bytes=5000).text.startswith("word")


def test_source_is_the_path_as_given_and_location_is_resolved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "sub" / "a.txt", ARTICLE)
    monkeypatch.chdir(tmp_path)
    doc = read_file("sub/a.txt", max_bytes=10_000)
    assert doc.source == "sub/a.txt"
    assert doc.location == str((tmp_path / "sub" / "a.txt").resolve())
    assert doc.name == "a.txt"


HTML = """<!doctype html><html><head><title>Allies sign pact | Daily Planet</title>
<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2023-12-02">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Allies sign pact</h1>
<p>The two governments signed a defence pact on Friday after months of talks in Geneva.</p>
<p>Officials said the agreement covers satellite data, joint exercises and arms sales.</p>
</article><footer>Copyright 2023 Daily Planet. All rights reserved.</footer></body></html>"""


def test_html_main_text_and_metadata_come_from_trafilatura(tmp_path: Path) -> None:
    doc = read_file(str(write(tmp_path / "page.html", HTML)), max_bytes=100_000)
    assert doc.format == "html"
    assert doc.title == "Allies sign pact"
    assert doc.published == "2023-12-02"
    assert doc.author == "Jane Doe"
    assert "signed a defence pact" in doc.text
    assert "Home" not in doc.text and "All rights reserved" not in doc.text


def test_html_without_article_text_is_refused(tmp_path: Path) -> None:
    path = write(
        tmp_path / "empty.html",
        "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
    )
    with pytest.raises(InputError, match="no article text"):
        read_file(str(path), max_bytes=100_000)
