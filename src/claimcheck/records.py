"""Annotations as plain JSON-ready records, and back: one shape for the store and the export."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

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


def to_record(a: Annotations) -> dict[str, Any]:
    record: dict[str, Any] = {
        name: [dataclasses.asdict(x) for x in getattr(a, name)] for name in _LISTS
    }
    record["attribution"] = dataclasses.asdict(a.attribution) if a.attribution else None
    return record


def from_record(record: dict[str, Any] | None) -> Annotations:
    if not record:
        return NO_ANNOTATIONS
    values: dict[str, Any] = {}
    for name, cls in _LISTS.items():
        items = []
        for item in record.get(name, []):
            if cls is Entity:
                item = {**item, "canonical": tuple(item["canonical"])}
            items.append(cls(**item))
        values[name] = tuple(items)
    attribution = record.get("attribution")
    values["attribution"] = Attribution(**attribution) if attribution else None
    return Annotations(**values)


def to_json(a: Annotations) -> str:
    return json.dumps(to_record(a), ensure_ascii=False, separators=(",", ":"))


def from_json(text: str | None) -> Annotations:
    return from_record(json.loads(text)) if text else NO_ANNOTATIONS
