"""Collections of articles as news scrapers and data sets keep them: JSON Lines, JSON and CSV
(or TSV), one article per record, with its outlet, address, date and author beside the text.

Which field holds what comes from lexicons/fields.toml (news-please's, Media Cloud's and
common names) or from ``--field text=body``. A record that cannot be read is an InputError
naming the file and line; the records around it are read all the same.

A record is identified within its file by its url, else its id, else its text, so that a
changed text at the same url replaces the earlier version and an unchanged collection read
again changes nothing.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.dates import DateReader, iso_date
from claimcheck.errors import InputError, UsageError, quote
from claimcheck.lexicons import Lexicons
from claimcheck.models import Document
from claimcheck.reading.files import binary_kind, clean_text, human_size

JSON_LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# read when named; in a folder, a .json or .csv file is as likely to be labels or settings
RECORD_SUFFIXES = JSON_LINES_SUFFIXES | {".json", ".csv", ".tsv"}
FIELD_KEYS = ("text", "html", "title", "url", "outlet", "published", "author", "id")
_SNIFF = 64 * 1024
_DELIMITERS = ",;\t|"
_SHOWN_NAMES = 6  # field names listed in a "no text" error
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # a byte that is not UTF-8, kept by surrogateescape


def is_collection(path: str) -> bool:
    return Path(path).suffix.lower() in RECORD_SUFFIXES


def parse_field(option: str) -> tuple[str, str]:
    """``--field text=body`` -> ("text", "body")."""
    key, sep, name = option.partition("=")
    key, name = key.strip().lower(), name.strip()
    if not sep or not name or key not in FIELD_KEYS:
        raise UsageError(
            f"--field: {quote(option)} is not KEY=FIELD with KEY one of {', '.join(FIELD_KEYS)}"
        )
    return key, name


@dataclass(frozen=True, slots=True)
class FieldMap:
    """For each part of an article, the field names to try, in order."""

    names: Mapping[str, tuple[str, ...]]
    chosen: frozenset[str] = frozenset()  # parts the user named a field for (--field)

    @classmethod
    def of(
        cls, lexicons: Lexicons | None = None, overrides: Sequence[tuple[str, str]] = ()
    ) -> FieldMap:
        table = (lexicons or Lexicons.packaged())["fields"]
        names = {key: tuple(str(n) for n in table.get(key, [])) for key in FIELD_KEYS}
        for key, name in overrides:
            names[key] = (name,)
        return cls(names, frozenset(key for key, _ in overrides))


def _lookup(record: Mapping[str, Any], name: str) -> Any:
    """A field by name, case aside; "source.name" reads inside an object."""
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, Mapping):
            return None
        if part in value:
            value = value[part]
            continue
        folded = part.casefold()
        value = next((v for k, v in value.items() if str(k).casefold() == folded), None)
    return value


def _as_text(value: Any, joiner: str = ", ") -> str | None:
    """A field's value as text: a list joined, an object by its name, numbers as written."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Mapping):
        return _as_text(value.get("name") or value.get("title"))
    if isinstance(value, list):
        parts = [t for t in (_as_text(v) for v in value) if t]
        return joiner.join(parts) or None
    text = str(value).strip()
    return text or None


class _Fields:
    """One record's fields, as the field map finds them."""

    def __init__(self, record: Mapping[str, Any], fields: FieldMap) -> None:
        self.record = record
        self.fields = fields

    def raw(self, key: str) -> Any:
        for name in self.fields.names[key]:
            value = _lookup(self.record, name)
            if value not in (None, "", [], {}):
                return value
        return None

    def text(self, key: str, joiner: str = ", ") -> str | None:
        for name in self.fields.names[key]:
            text = _as_text(_lookup(self.record, name), joiner)
            if text:
                return text
        return None


class Collection:
    """The records of one collection file, read lazily, each a Document or an InputError."""

    def __init__(
        self,
        path: str,
        fields: FieldMap,
        *,
        max_bytes: int,
        dates: DateReader | None = None,
    ) -> None:
        self.path = path
        self.fields = fields
        self.max_bytes = max_bytes
        self.dates = dates or DateReader()
        self.location = str(Path(path).resolve())

    def count(self) -> int:
        """How many records (each good or bad) reading it gives: a first, quicker pass, for
        the progress bar and for choosing how to ingest."""
        return sum(1 for _ in self._records())

    def __iter__(self) -> Iterator[Document | InputError]:
        seen: Counter[str] = Counter()
        for where, name, record in self._records():
            if isinstance(record, InputError):
                yield record
                continue
            try:
                yield self._document(record, where, name, seen)
            except InputError as exc:
                yield exc

    # -- records ------------------------------------------------------------------------------

    def _records(self) -> Iterator[tuple[str, str, dict[str, Any] | InputError]]:
        """(where, short name, the record or why it cannot be read), in file order."""
        try:
            with Path(self.path).open("rb") as fh:
                head = fh.read(_SNIFF)
        except OSError as exc:
            yield (
                self.path,
                self.path,
                InputError(self.path, f"cannot be read: {exc.strerror or exc}"),
            )
            return
        problem = _encoding_problem(head)
        if problem:
            yield self.path, self.path, InputError(self.path, problem)
            return
        suffix = Path(self.path).suffix.lower()
        try:
            if suffix in JSON_LINES_SUFFIXES:
                yield from self._json_lines()
            elif suffix == ".json":
                yield from self._json()
            else:
                yield from self._csv(head, delimiter="\t" if suffix == ".tsv" else None)
        except OSError as exc:  # gone or unreadable since it was first read
            yield (
                self.path,
                self.path,
                InputError(
                    self.path, f"cannot be read: {exc.strerror or exc}; the rest was not read"
                ),
            )

    def _here(self, place: str) -> tuple[str, str]:
        return f"{self.path}{place}", f"{Path(self.path).name}{place}"

    def _json_lines(self) -> Iterator[tuple[str, str, dict[str, Any] | InputError]]:
        with Path(self.path).open("rb") as fh:
            for number, raw in enumerate(fh, start=1):
                if number == 1:
                    raw = raw.removeprefix(codecs.BOM_UTF8)
                if not raw.strip():
                    continue
                where, name = self._here(f":{number}")
                yield where, name, _json_record(raw.rstrip(b"\r\n"), where)

    def _json(self) -> Iterator[tuple[str, str, dict[str, Any] | InputError]]:
        data = Path(self.path).read_bytes().removeprefix(codecs.BOM_UTF8)
        parsed = _parse_json(data, self.path)
        if isinstance(parsed, InputError | dict):
            yield self.path, Path(self.path).name, parsed
            return
        if not isinstance(parsed, list):
            yield (
                self.path,
                self.path,
                InputError(
                    self.path, "holds neither an article (a JSON object) nor a list of them"
                ),
            )
            return
        for number, item in enumerate(parsed, start=1):
            where, name = self._here(f"#{number}")
            yield (
                where,
                name,
                item if isinstance(item, dict) else InputError(where, "is not a JSON object"),
            )

    def _csv(
        self, head: bytes, delimiter: str | None
    ) -> Iterator[tuple[str, str, dict[str, Any] | InputError]]:
        if delimiter is None:
            first = head.split(b"\n", 1)[0].decode("utf-8", "replace")
            counts = {d: first.count(d) for d in _DELIMITERS}
            delimiter = max(_DELIMITERS, key=lambda d: (counts[d], d == ","))
        csv.field_size_limit(max(csv.field_size_limit(), 2**31 - 1))
        with Path(self.path).open(encoding="utf-8-sig", errors="surrogateescape", newline="") as fh:
            reader = csv.reader(fh, delimiter=delimiter)
            try:
                header = next(reader, None)
            except csv.Error as exc:
                yield self.path, self.path, InputError(self.path, f"is not CSV ({exc})")
                return
            if not header:
                yield self.path, self.path, InputError(self.path, "is empty")
                return
            problem = self._header_problem(header)
            if problem:
                yield self.path, self.path, InputError(self.path, problem)
                return
            line = reader.line_num
            while True:
                where, name = self._here(f":{line + 1}")
                try:
                    row = next(reader, None)
                except csv.Error as exc:
                    yield (
                        where,
                        name,
                        InputError(where, f"is not CSV ({exc}); the rest of the file was not read"),
                    )
                    return
                if row is None:
                    return
                line = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(header):
                    yield (
                        where,
                        name,
                        InputError(
                            where, f"has {len(row)} fields where the header has {len(header)}"
                        ),
                    )
                    continue
                if any(_has_bad_bytes(cell) for cell in row):
                    yield (
                        where,
                        name,
                        InputError(where, "is not UTF-8; convert the file to UTF-8 first"),
                    )
                    continue
                yield where, name, dict(zip(header, row, strict=True))

    def _header_problem(self, header: list[str]) -> str | None:
        """Why no record of a CSV file can be read, from its header alone: no column holds
        text (a collection of metadata only, or one that names it otherwise), or a column
        named with --field is not there."""
        columns = {h.strip().casefold() for h in header}

        def has(name: str) -> bool:
            return name.split(".")[0].casefold() in columns

        for key in sorted(self.fields.chosen):
            name = self.fields.names[key][0]
            if not has(name):
                return (
                    f"has no column {quote(name)} (--field {key}={name}); its columns are "
                    f"{_names([h.strip() for h in header], 12)}"
                )
        texts = self.fields.names["text"]
        if "text" not in self.fields.chosen:
            texts += self.fields.names["html"]
        if not any(has(n) for n in texts):
            return (
                f"has no column of article text (looked for {_names(texts)}); "
                "name it with --field text=COLUMN"
            )
        return None

    # -- one record -> one document -----------------------------------------------------------

    def _document(
        self, record: dict[str, Any], where: str, name: str, seen: Counter[str]
    ) -> Document:
        got = _Fields(record, self.fields)
        text = got.text("text", joiner="\n\n")
        page = None
        if not text:
            html = got.text("html")
            if html:
                self._check_size(html, where)
                from claimcheck.reading.html import extract  # trafilatura is slow to import

                page = extract(html, where)
                text = page.text
        if not text:
            raise InputError(
                where,
                f"has no article text (no field {_names(self.fields.names['text'])}); "
                "name it with --field text=FIELD",
            )
        self._check_size(text, where)
        title = got.text("title") or (page.title if page else None)
        if title:
            title = " ".join(title.split())
            if not " ".join(text.split()).casefold().startswith(title.casefold()):
                text = f"{title}\n\n{text}"  # the headline is a claim, as in an article file
        text, warnings = clean_text(text, where)
        published_raw = got.raw("published")
        published = iso_date(published_raw, self.dates) if published_raw is not None else None
        if published_raw is not None and published is None:
            warnings += (f"date {quote(str(published_raw))} not understood; left out",)
        url = got.text("url") or (page.url if page else None)
        outlet = got.text("outlet") or (page.site if page else None)
        key = f"url={url}" if url else None
        if key is None and (rid := got.text("id")):
            key = f"id={rid}"
        if key is None:
            from claimcheck.pipeline import article_id

            key = f"text={article_id(text)}"
        seen[key] += 1
        if seen[key] > 1:
            key += f"#{seen[key]}"  # the same url twice in one file: two articles, kept apart
        return Document(
            source=where,
            location=f"{self.location}#{key}",
            name=name,
            text=text,
            format="html" if page else "text",
            warnings=warnings,
            title=title,
            published=published or (page.published if page else None),
            author=got.text("author") or (page.author if page else None),
            outlet=outlet,
            url=url,
        )

    def _check_size(self, text: str, where: str) -> None:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > self.max_bytes:
            raise InputError(
                where,
                f"is {human_size(size)}, over the {human_size(self.max_bytes)} limit "
                "(see --max-size)",
            )


def _names(names: Sequence[str], limit: int = _SHOWN_NAMES) -> str:
    shown = ", ".join(names[:limit])
    return shown + (", ..." if len(names) > limit else "")


def _encoding_problem(head: bytes) -> str | None:
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "UTF-32"),
        (codecs.BOM_UTF32_BE, "UTF-32"),
        (codecs.BOM_UTF16_LE, "UTF-16"),
        (codecs.BOM_UTF16_BE, "UTF-16"),
    ):
        if head.startswith(bom):
            return f"is {codec}; convert it to UTF-8 first"
    if not head.strip():
        return "is empty"
    binary = binary_kind(head)
    return f"is {binary}, not a collection of articles" if binary else None


def _parse_json(data: bytes, where: str) -> Any:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(
            where,
            f"is not UTF-8 (byte 0x{data[exc.start]:02x} at byte {exc.start + 1}); "
            "convert the file to UTF-8 first",
        )
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        place = (
            f"line {exc.lineno}, column {exc.colno}" if exc.lineno > 1 else f"column {exc.colno}"
        )
        at = " " if exc.msg.endswith(" at") else " at "  # "Unterminated string starting at"
        return InputError(where, f"is not valid JSON ({exc.msg}{at}{place})")
    except RecursionError:
        return InputError(where, "is not valid JSON (nested too deeply)")


def _json_record(raw: bytes, where: str) -> dict[str, Any] | InputError:
    parsed = _parse_json(raw, where)
    if isinstance(parsed, InputError | dict):
        return parsed
    return InputError(where, "is not a JSON object")


def _has_bad_bytes(text: str) -> bool:
    """Whether decoding with surrogateescape met bytes that are not UTF-8."""
    return _ESCAPED_BYTE.search(text) is not None
