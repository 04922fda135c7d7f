"""Write the generated lexicon tables (scripts/lexicon_data.py, scripts/spelling_data.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

_PER_ROW = 8  # words on a line of a list


def write_tables(
    path: Path,
    header: list[str],
    tables: list[tuple[str, str, Mapping[str, str]]],
    lists: Sequence[tuple[str, str, Sequence[str]]] = (),
) -> None:
    """A TOML file of string tables: the header's comment lines (where the data come from,
    their licence), then each list of words as (comment, name, words), a key of the file's
    top level, then each table as (comment, name, entries), in the entries' order."""
    lines = [*(f"# {line}" for line in header), ""]
    for comment, name, words in lists:
        rows = [words[i : i + _PER_ROW] for i in range(0, len(words), _PER_ROW)]
        body = [" " + " ".join(f'"{w}",' for w in row) for row in rows]
        lines += [f"# {comment}", f"{name} = [", *body, "]", ""]
    for comment, name, entries in tables:
        lines += [f"# {comment}", f"[{name}]", *(f'{k} = "{v}"' for k, v in entries.items()), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
