"""Annotations as plain JSON-ready records, and back: one shape for the store and the export."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Collection
from typing import Any

import orjson

from claimcheck.models import (
    NO_ANNOTATIONS,
    Annotations,
    Attribution,
    Comparison,
    DateMention,
    Entity,
    Hedge,
    Negation,
    Quantity,
    Referent,
    TopicTag,
)

_LISTS: dict[str, type] = {
    "hedges": Hedge,
    "numbers": Quantity,
    "dates": DateMention,
    "negations": Negation,
    "comparisons": Comparison,
    "entities": Entity,
    "topics": TopicTag,
}


# Field names per record type. The records are flat, so copying fields is all that
# dataclasses.asdict would do, at a fraction of its cost on the ingest path.
_FIELDS: dict[type, tuple[str, ...]] = {
    cls: tuple(f.name for f in dataclasses.fields(cls))
    for cls in [*_LISTS.values(), Attribution, Referent]
}


def _flat(x: Any) -> dict[str, Any]:
    record = {name: getattr(x, name) for name in _FIELDS[type(x)]}
    if isinstance(x, Entity):
        record["canonical"] = list(x.canonical)
    return record


def to_record(a: Annotations) -> dict[str, Any]:
    record: dict[str, Any] = {name: [_flat(x) for x in getattr(a, name)] for name in _LISTS}
    record["attribution"] = _flat(a.attribution) if a.attribution else None
    record["referent"] = _flat(a.referent) if a.referent else None
    return record


def from_record(record: dict[str, Any] | None, only: Collection[str] | None = None) -> Annotations:
    """Annotations from a record; with ``only``, just the kinds named there (the others left
    empty), which is much faster when the rest are not needed."""
    if not record:
        return NO_ANNOTATIONS
    values: dict[str, Any] = {}
    for name, cls in _LISTS.items():
        if only is not None and name not in only:
            continue
        items = []
        for item in record.get(name, []):
            if cls is Entity:
                item = {**item, "canonical": tuple(item["canonical"])}
            items.append(cls(**item))
        values[name] = tuple(items)
    attribution = record.get("attribution") if only is None or "attribution" in only else None
    values["attribution"] = Attribution(**attribution) if attribution else None
    referent = record.get("referent") if only is None or "referent" in only else None
    values["referent"] = Referent(**referent) if referent else None  # absent in older stores
    return Annotations(**values)


def to_json(a: Annotations) -> str:
    return json.dumps(to_record(a), ensure_ascii=False, separators=(",", ":"))


def from_json(text: str | None, only: Collection[str] | None = None) -> Annotations:
    return from_record(orjson.loads(text), only) if text else NO_ANNOTATIONS
