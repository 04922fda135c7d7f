"""Turn what the user names (files, folders, standard input) into decoded documents.

Text must be UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or
plain cp1252, which is decoded with a warning. Anything that would be stored garbled (a
binary file, a file mixing UTF-8 with another encoding) is refused with the reason.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from claimcheck.errors import InputError
from claimcheck.models import DOCUMENT_SUFFIXES, Document
from claimcheck.tokens import LETTER_OR_DIGIT

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = DOCUMENT_SUFFIXES - HTML_SUFFIXES
STDIN = "-"

_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP archive (or DOCX)",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x7fELF": "executable",
    b"SQLite format 3\x00": "SQLite database",
    b"\x1f\x8b": "gzip archive",
    b"BZh": "bzip2 archive",
    b"\xd0\xcf\x11\xe0": "Office document",
    b"RIFF": "media file",
    b"\x00\x00\x01\x00": "icon",
    b"7z\xbc\xaf": "7-zip archive",
    b"\xfd7zXZ": "xz archive",
    b"OggS": "audio file",
    b"ID3": "MP3 audio",
}
# A well-formed UTF-8 sequence of two to four bytes: in a file that is not valid UTF-8, any of
# these means part of it is UTF-8 and another part is not.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_SHARE = 0.01
# after decoding: C0 controls but tab and line ends, DEL, and the C1 controls
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_SNIFF = 64 * 1024


def human_size(n: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    raise AssertionError("unreachable")


def decode(data: bytes, source: str) -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding, warnings) for the bytes of an article, or an InputError saying why not."""
    text, encoding, warnings = _without_controls(_decode(data, source))
    return _not_empty(text, source), encoding, warnings


def _decode(data: bytes, source: str) -> tuple[str, str, tuple[str, ...]]:
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return _not_empty(data.decode(codec), source), codec.removesuffix("-sig"), ()
            except UnicodeDecodeError as exc:
                raise InputError(
                    source, f"starts as {codec} but byte {exc.start} is not valid {codec}"
                ) from None
    binary = binary_kind(data[:_SNIFF])
    if binary is not None:
        raise InputError(source, f"is {binary}, not text")
    try:
        return _not_empty(data.decode("utf-8"), source), "utf-8", ()
    except UnicodeDecodeError as exc:
        bad = exc.start
    if _UTF8_MULTIBYTE.search(data):
        raise InputError(
            source,
            f"mixes UTF-8 with another encoding (first bad byte at "
            f"offset {bad}); convert it to UTF-8 first",
        )
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(
            source,
            f"is neither UTF-8 nor cp1252 (byte 0x{data[exc.start]:02x} "
            f"at offset {exc.start}); convert it to UTF-8 first",
        ) from None
    return _not_empty(text, source), "cp1252", ("not UTF-8; decoded as cp1252 (Windows-1252)",)


def binary_kind(head: bytes) -> str | None:
    """What a file that starts with ``head`` is, when it is binary: "a binary file (PNG
    image)"; None for text."""
    for magic, kind in _MAGIC.items():
        if head.startswith(magic):
            return f"a binary file ({kind})"
    if b"\x00" in head or len(_CONTROL.findall(head)) > max(3, _CONTROL_SHARE * len(head)):
        return "a binary file"
    return None


def clean_text(text: str, source: str) -> tuple[str, tuple[str, ...]]:
    """Decoded text as an article's text: control characters replaced (with a warning), and
    an InputError when nothing is left to read."""
    text, _, warnings = _without_controls((text, "", ()))
    return _not_empty(text, source), warnings


def _not_empty(text: str, source: str) -> str:
    if not text.strip():
        raise InputError(source, "is empty")
    if not LETTER_OR_DIGIT.search(text):
        raise InputError(source, "has no words (only punctuation or symbols)")
    return text


def _without_controls(
    decoded: tuple[str, str, tuple[str, ...]],
) -> tuple[str, str, tuple[str, ...]]:
    """Control characters (a terminal escape, a bell) become spaces: they mean nothing in an
    article, and printed back they would act on the reader's terminal. Offsets are kept."""
    text, encoding, warnings = decoded
    found = len(_CONTROL_CHARS.findall(text))
    if not found:
        return decoded
    note = f"{found} control character{'s' if found != 1 else ''} replaced by spaces"
    return _CONTROL_CHARS.sub(" ", text), encoding, (*warnings, note)


def expand(paths: Sequence[str]) -> Iterator[str | InputError]:
    """The files named by ``paths`` in a stable order: folders recursively (their .txt, .md
    and .html files, skipping hidden ones), "-" for standard input, errors for missing paths."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in (
                        TEXT_SUFFIXES | HTML_SUFFIXES
                    ):
                        found = True
                        yield str(Path(root) / name)
            if not found:
                yield InputError(raw, "no .txt, .md or .html files in this folder")
        elif path.exists():
            yield raw
        else:
            yield InputError(raw, "no such file or folder")


def read_file(source: str, *, max_bytes: int) -> Document:
    """Read one file named on the command line (or found in a folder)."""
    path = Path(source)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(source, "is not a regular file")
        if size > max_bytes:
            raise InputError(
                source,
                f"is {human_size(size)}, over the {human_size(max_bytes)} limit (see --max-size)",
            )
        data = path.read_bytes()
    except PermissionError:
        raise InputError(source, "cannot be read: permission denied") from None
    except FileNotFoundError:
        raise InputError(source, "no such file or folder") from None
    except IsADirectoryError:
        raise InputError(source, "is a folder") from None
    except OSError as exc:
        raise InputError(source, f"cannot be read: {exc.strerror or exc}") from None
    html = path.suffix.lower() in HTML_SUFFIXES
    return _document(data, source=source, location=str(path.resolve()), name=path.name, html=html)


def read_stream(stream: BinaryIO, *, name: str | None, max_bytes: int) -> Document:
    """Read an article from standard input. With ``name`` it is stored under that name, and a
    later one with the same name replaces it; without, each distinct text is its own article."""
    data = stream.read(max_bytes + 1)
    label = name or "<stdin>"
    if len(data) > max_bytes:
        raise InputError(label, f"is over the {human_size(max_bytes)} limit (see --max-size)")
    html = bool(name and Path(name).suffix.lower() in HTML_SUFFIXES) or _looks_like_html(data)
    location = f"stdin:{name}" if name else f"stdin:{hashlib.sha256(data).hexdigest()[:16]}"
    return _document(data, source=label, location=location, name=name or "stdin", html=html)


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _document(data: bytes, *, source: str, location: str, name: str, html: bool) -> Document:
    text, encoding, warnings = decode(data, source)
    if not html:
        return Document(
            source=source,
            location=location,
            name=name,
            text=text,
            encoding=encoding,
            warnings=warnings,
        )
    from claimcheck.reading.html import extract  # trafilatura is slow to import; only HTML needs it

    page = extract(text, source)
    return Document(
        source=source,
        location=location,
        name=name,
        text=page.text,
        format="html",
        encoding=encoding,
        warnings=warnings,
        title=page.title,
        published=page.published,
        author=page.author,
        outlet=page.site,
        url=page.url,
    )
