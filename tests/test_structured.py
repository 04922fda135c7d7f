"""Collections of articles (JSON Lines, JSON, CSV): one article per record, fields found by the
names scrapers and data sets use, a bad record failing alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.errors import InputError, UsageError
from claimcheck.models import Document
from claimcheck.reading.structured import Collection, FieldMap, parse_field
from conftest import write

LIMIT = 20_000_000


def read(path: Path, *fields: str) -> list[Document | InputError]:
    return list(
        Collection(
            str(path), FieldMap.of(overrides=[parse_field(f) for f in fields]), max_bytes=LIMIT
        )
    )


def test_news_please_records(tmp_path: Path) -> None:
    record = {
        "maintext": "Leaders adopted the declaration by consensus.",
        "title": "Summit ends",
        "url": "https://www.reuters.com/world/summit",
        "source_domain": "www.reuters.com",
        "date_publish": "2023-09-09 17:45:00",
        "authors": ["Jane Doe", "John Roe"],
        "description": "A summary that is not the text.",
    }
    [doc] = read(write(tmp_path / "np.jsonl", json.dumps(record) + "\n"))
    assert isinstance(doc, Document)
    assert doc.text == "Summit ends\n\nLeaders adopted the declaration by consensus."
    assert (doc.title, doc.published, doc.author) == (
        "Summit ends",
        "2023-09-09",
        "Jane Doe, John Roe",
    )
    assert (doc.outlet, doc.url) == ("www.reuters.com", "https://www.reuters.com/world/summit")
    assert (doc.source, doc.name) == (f"{tmp_path / 'np.jsonl'}:1", "np.jsonl:1")


def test_media_cloud_csv_with_text(tmp_path: Path) -> None:
    rows = (
        "stories_id,publish_date,title,url,media_name,media_url,story_text\n"
        '101,2023-09-09 10:00:00,Summit ends,https://apnews.com/a,Associated Press,https://apnews.com,"Leaders met.\n\nThey agreed."\n'
        "102,2023-09-10 08:00:00,Next day,https://bbc.co.uk/b,BBC,https://bbc.co.uk,Talks went on.\n"
    )
    docs = read(write(tmp_path / "mc.csv", rows))
    assert [d.source for d in docs] == [f"{tmp_path / 'mc.csv'}:2", f"{tmp_path / 'mc.csv'}:5"]
    first = docs[0]
    assert isinstance(first, Document)
    assert first.text == "Summit ends\n\nLeaders met.\n\nThey agreed."
    assert (first.outlet, first.published) == ("Associated Press", "2023-09-09")


def test_a_title_already_at_the_head_of_the_text_is_not_repeated(tmp_path: Path) -> None:
    record = {"title": "Summit ends", "text": "Summit ends\nLeaders met."}
    [doc] = read(write(tmp_path / "t.jsonl", json.dumps(record)))
    assert isinstance(doc, Document) and doc.text == "Summit ends\nLeaders met."


def test_common_field_names_and_shapes(tmp_path: Path) -> None:
    records = [
        {"headline": "A", "body": "Body one.", "publisher": {"name": "Reuters"}, "byline": "By X"},
        {"Content": ["Para one.", "Para two."], "Source": "BBC", "published_at": 1694253600},
        {"article": "Body three.", "site_name": "AP", "date": "Sat, 09 Sep 2023 10:00:00 GMT"},
    ]
    docs = read(write(tmp_path / "c.ndjson", "\n".join(json.dumps(r) for r in records)))
    assert all(isinstance(d, Document) for d in docs)
    assert [d.text for d in docs if isinstance(d, Document)] == [
        "A\n\nBody one.",
        "Para one.\n\nPara two.",
        "Body three.",
    ]
    assert [d.outlet for d in docs if isinstance(d, Document)] == ["Reuters", "BBC", "AP"]
    assert [d.published for d in docs if isinstance(d, Document)] == [
        None,
        "2023-09-09",
        "2023-09-09",
    ]


def test_field_overrides(tmp_path: Path) -> None:
    record = {
        "text": "The wrong field.",
        "story": "The right field.",
        "meta": {"paper": "Le Monde"},
    }
    [doc] = read(write(tmp_path / "o.jsonl", json.dumps(record)), "text=story", "outlet=meta.paper")
    assert isinstance(doc, Document)
    assert (doc.text, doc.outlet) == ("The right field.", "Le Monde")
    with pytest.raises(UsageError, match="KEY=FIELD"):
        parse_field("colour=red")


def test_bad_records_fail_alone_naming_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "bad.jsonl",
        b'{"text": "Good one."}\n'
        b"[1, 2]\n"
        b"\n"
        b'{"text": "broken\n'
        b'{"title": "no text"}\n'
        b'{"text": "caf\xe9"}\n'
        b'{"text": "Good two.", "date": "someday"}\n',
    )
    docs = read(path)
    errors = [str(d) for d in docs if isinstance(d, InputError)]
    assert errors == [
        f"{path}:2: is not a JSON object",
        f"{path}:4: is not valid JSON (Unterminated string starting at column 10)",
        f"{path}:5: has no article text (no field maintext, text, story_text, body, content, "
        "article, ...); name it with --field text=FIELD",
        f"{path}:6: is not UTF-8 (byte 0xe9 at byte 14); convert the file to UTF-8 first",
    ]
    good = [d for d in docs if isinstance(d, Document)]
    assert [d.text for d in good] == ["Good one.", "Good two."]
    assert good[1].warnings == ("date 'someday' not understood; left out",)
    assert Collection(str(path), FieldMap.of(), max_bytes=LIMIT).count() == len(docs) == 6


def test_a_csv_without_a_text_column_is_one_error(tmp_path: Path) -> None:
    path = write(
        tmp_path / "meta.csv", "stories_id,title,url\n1,A,https://x.test/a\n2,B,https://x.test/b\n"
    )
    [error] = read(path)
    assert str(error) == (
        f"{path}: has no column of article text (looked for maintext, text, story_text, body, "
        "content, article, ...); name it with --field text=COLUMN"
    )
    [missing] = read(write(tmp_path / "m.csv", "title,text\nA,B\n"), "text=body")
    assert "has no column 'body' (--field text=body); its columns are title, text" in str(missing)


def test_csv_rows_with_the_wrong_number_of_fields_and_other_delimiters(tmp_path: Path) -> None:
    path = write(tmp_path / "semi.csv", "title;text;outlet\nA;Text one.;AP\nB;Text; two;AP\n")
    docs = read(path)
    assert isinstance(docs[0], Document) and docs[0].outlet == "AP"
    assert str(docs[1]) == f"{path}:3: has 4 fields where the header has 3"
    tsv = read(write(tmp_path / "t.tsv", "title\ttext\nA\tText, with commas.\n"))
    assert isinstance(tsv[0], Document) and tsv[0].text == "A\n\nText, with commas."


def test_json_files_hold_one_record_or_a_list(tmp_path: Path) -> None:
    one = write(
        tmp_path / "one.json", json.dumps({"maintext": "Only one.", "source_domain": "bbc.com"})
    )
    [doc] = read(one)
    assert isinstance(doc, Document) and (doc.source, doc.outlet) == (str(one), "bbc.com")
    many = write(
        tmp_path / "many.json", json.dumps([{"text": "First."}, "oops", {"text": "Third."}])
    )
    docs = read(many)
    assert [d.source if isinstance(d, Document) else str(d) for d in docs] == [
        f"{many}#1",
        f"{many}#2: is not a JSON object",
        f"{many}#3",
    ]


def test_whole_file_problems_are_one_error(tmp_path: Path) -> None:
    utf16 = write(tmp_path / "u.jsonl", '{"text": "x"}'.encode("utf-16"))
    png = write(tmp_path / "p.csv", b"\x89PNG\r\n\x1a\n\x00\x00")
    empty = write(tmp_path / "e.jsonl", "\n\n")
    assert [str(e) for p in (utf16, png, empty) for e in read(p)] == [
        f"{utf16}: is UTF-16; convert it to UTF-8 first",
        f"{png}: is a binary file (PNG image), not a collection of articles",
        f"{empty}: is empty",
    ]


def test_records_are_identified_by_url_else_id_else_text(tmp_path: Path) -> None:
    records = [
        {"text": "One.", "url": "https://x.test/1"},
        {"text": "Two.", "id": 7},
        {"text": "Three."},
        {"text": "One, updated.", "url": "https://x.test/1"},
    ]
    path = write(tmp_path / "ids.jsonl", "\n".join(json.dumps(r) for r in records))
    locations = [d.location for d in read(path) if isinstance(d, Document)]
    base = str(path.resolve())
    assert locations[0] == f"{base}#url=https://x.test/1"
    assert locations[1] == f"{base}#id=7"
    assert locations[2].startswith(f"{base}#text=")
    assert locations[3] == f"{base}#url=https://x.test/1#2"  # the same url again: kept apart
    # the same record elsewhere in the file keeps its identity
    shifted = write(
        tmp_path / "ids.jsonl", "\n".join(json.dumps(r) for r in [records[2], *records[:2]])
    )
    assert [d.location for d in read(shifted) if isinstance(d, Document)] == [
        locations[2],
        locations[0],
        locations[1],
    ]


def test_a_record_over_the_size_limit_fails_alone(tmp_path: Path) -> None:
    path = write(
        tmp_path / "big.jsonl",
        json.dumps({"text": "word " * 300}) + "\n" + json.dumps({"text": "Small."}),
    )
    docs = list(Collection(str(path), FieldMap.of(), max_bytes=1000))
    assert str(docs[0]) == f"{path}:1: is 1.5 kB, over the 1.0 kB limit (see --max-size)"
    assert isinstance(docs[1], Document)


def test_a_file_gone_after_it_was_counted_is_one_error(tmp_path: Path) -> None:
    path = write(tmp_path / "gone.jsonl", json.dumps({"text": "One."}))
    collection = Collection(str(path), FieldMap.of(), max_bytes=LIMIT)
    assert collection.count() == 1
    path.unlink()
    assert [str(e) for e in collection] == [f"{path}: cannot be read: No such file or directory"]
