"""Write the generated lexicon tables (scripts/lexicon_data.py, scripts/spelling_data.py)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def write_tables(
    path: Path, header: list[str], tables: list[tuple[str, str, Mapping[str, str]]]
) -> None:
    """A TOML file of string tables: the header's comment lines (where the data come from,
    their licence), then each table as (comment, name, entries), in the entries' order."""
    lines = [*(f"# {line}" for line in header), ""]
    for comment, name, entries in tables:
        lines += [f"# {comment}", f"[{name}]", *(f'{k} = "{v}"' for k, v in entries.items()), ""]
    path.write_text("\n".join(lines), encoding="utf-8")
