"""Comparisons with their direction: "Moscow is ahead of Beijing in X" is Russia > China in X.

Sides are the entities nearest the cue (normalised: "Moscow" -> Russia), a pronoun subject
("it still trails behind Russia") is the nearest entity before it in the sentence, and the
dimension is the "in ..." phrase that follows. Cues are in ``lexicons/comparison.toml``.
Ranks ("top", "second-ranking") come from the number finder and are added as ``rank``.
"""

from __future__ import annotations

import re

from claimcheck.lexicons import Lexicons, word_set
from claimcheck.models import Comparison, Entity, Quantity

_DIMENSION = re.compile(r"\s*(?:,\s*)?\bin\s+(?P<dim>[^,.;:()]{2,80})")
_DIMENSION_AFTER_IN = re.compile(r"\s+(?P<dim>[^,.;:()]{2,80})")
_OBJECT_WINDOW = 60  # characters after the cue in which the object must start
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they|its|their)\b[^,;]{0,30}$", re.I)
_COMPARATIVE = re.compile(r"\b\w+er than$|\bmore (?:\w+ )?than$|\b(?:less|fewer) than$")


class ComparisonFinder:
    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        data = lexicons["comparison"]
        self.relations = [
            (re.compile(rf"\b(?:{r['pattern']})\b"), r["direction"])
            for r in data.get("relation", [])
        ]
        self.superlatives = word_set(data, "superlatives")
        self.not_first_after = [p.lower() for p in data.get("not_first_after", [])]

    def find(
        self,
        text: str,
        start: int,
        end: int,
        entities: list[Entity],
        sentence_entities: list[Entity],
        numbers: list[Quantity],
    ) -> list[Comparison]:
        """Comparisons in the claim ``text[start:end]``; ``sentence_entities`` are those of its
        whole sentence, where a pronoun subject may find its antecedent."""
        found: list[Comparison] = []
        taken: list[tuple[int, int]] = []
        sides = [e for e in entities if e.type in ("country", "organisation", "person", "group")]
        for pattern, direction in self.relations:
            for m in pattern.finditer(text, start, end):
                if any(m.start() < te and ts < m.end() for ts, te in taken):
                    continue
                subject = self._subject(text, m.start(), start, sides, sentence_entities)
                obj = next(
                    (
                        e
                        for e in sides
                        if m.end() <= e.start < m.end() + _OBJECT_WINDOW
                        and not _between_punct(text, m.end(), e.start)
                    ),
                    None,
                )
                comparative = bool(_COMPARATIVE.search(m.group(0)))
                if subject is None or (comparative and obj is None):
                    continue  # "more than 20 kilometres": a quantity, not two sides compared
                if obj is not None and subject.canonical == obj.canonical:
                    continue
                if m.group(0).endswith(" in") and obj is None:
                    dim = _DIMENSION_AFTER_IN.match(text, m.end(), end)  # "has a lead in X"
                else:
                    dim = _DIMENSION.match(text, obj.end if obj else m.end(), end)
                found.append(
                    Comparison(
                        m.group(0),
                        m.start(),
                        m.end(),
                        direction,
                        subject.canonical[0],
                        obj.canonical[0] if obj else None,
                        dim.group("dim").strip() if dim else None,
                    )
                )
                taken.append(m.span())
        for q in numbers:
            if q.kind == "rank":
                owner = self._subject(text, q.start, start, sides, sentence_entities)
                found.append(
                    Comparison(
                        q.text,
                        q.start,
                        q.end,
                        "rank",
                        owner.canonical[0] if owner else None,
                        None,
                        q.of,
                        int(q.value),
                    )
                )
        return sorted(found, key=lambda c: c.start)

    def _subject(
        self,
        text: str,
        cue_start: int,
        start: int,
        sides: list[Entity],
        sentence_entities: list[Entity],
    ) -> Entity | None:
        before = [
            e
            for e in sides
            if start <= e.end <= cue_start
            and not _between_punct(text, e.end, cue_start, allow_possessive=True)
        ]
        if before:
            return before[-1]
        clause = text[max(start, cue_start - 40) : cue_start]
        if _PRONOUN_SUBJECT.search(clause):
            earlier = [
                e
                for e in sentence_entities
                if e.end <= cue_start and e.type in ("country", "organisation", "person", "group")
            ]
            return earlier[-1] if earlier else None
        return None


def _between_punct(text: str, a: int, b: int, allow_possessive: bool = False) -> bool:
    """Whether a clause break lies between two positions."""
    gap = text[a:b]
    if allow_possessive:
        gap = re.sub(r"^[’']s\b", "", gap)
    return bool(re.search(r"[,;:()]|\b(?:but|while|whereas|although|though|which|who)\b", gap))
