"""Report data as plain objects, for the renderer and the exporters."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from claimcheck.annotate.topics import TopicTagger
from claimcheck.store import Store


@dataclass(frozen=True, slots=True)
class TopicRow:
    name: str
    label: str
    claims: int


def topic_table(store: Store, tagger: TopicTagger, *, retag: bool = False) -> list[TopicRow]:
    """Every topic of the list with its number of claims, most first. With ``retag`` the
    claims are tagged afresh with ``tagger`` instead of using the tags stored at ingest."""
    if retag:
        counts: Counter[str] = Counter()
        for claim in store.claims():
            counts.update({t.name for t in tagger.tag(claim.text)})
    else:
        counts = Counter(dict(store.topic_counts()))
    names = tagger.names() + sorted(set(counts) - set(tagger.names()))
    rows = [TopicRow(n, tagger.label(n), counts.get(n, 0)) for n in names]
    return sorted(rows, key=lambda r: (-r.claims, r.name))
