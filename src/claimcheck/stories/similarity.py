"""How alike two articles, or two groups of articles, are in what they report: the story
stage's settings, the key counts, the time factor, and average-link clustering.

Each block of keys (words, names, numbers, years) is weighed by tf-idf, normalised, and
scaled by the block's weight, so that the dot product of two articles' vectors is the weighted
average of the blocks' cosines, between 0 and 1. Inside a topic, keys are weighed by how rare
they are in the topic as well: what all its articles share (the place of two earthquakes)
then counts little, and what some of them share (one quake's magnitude and date) decides.
The vectors are worked out many at a time, as a sparse matrix (``vectors.py``).
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimcheck.stories.features import BLOCKS

Vector = dict[str, float]


@dataclass(frozen=True, slots=True)
class Params:
    """The story stage's settings, from ``lexicons/stories.toml``."""

    topic_threshold: float
    topic_weights: Mapping[str, float]
    story_threshold: float
    story_weights: Mapping[str, float]
    local_offset: float
    min_split: int
    short_keys: int
    grace_days: float
    scale_days: float
    penalty: float
    index_keys: int
    posting_cap: int
    neighbours: int

    @classmethod
    def of(cls, data: Mapping[str, Any]) -> Params:
        t, s, time, c = data["topics"], data["stories"], data["time"], data["candidates"]
        return cls(
            topic_threshold=float(t["threshold"]),
            topic_weights={b: float(t["weights"].get(b, 0.0)) for b in BLOCKS},
            story_threshold=float(s["threshold"]),
            story_weights={b: float(s["weights"].get(b, 0.0)) for b in BLOCKS},
            local_offset=float(s["local_offset"]),
            min_split=int(s["min_articles"]),
            short_keys=int(s.get("short_keys", 0)),
            grace_days=float(time["grace_days"]),
            scale_days=float(time["scale_days"]),
            penalty=float(time["penalty"]),
            index_keys=int(c["index_keys"]),
            posting_cap=int(c["posting_cap"]),
            neighbours=int(c["neighbours"]),
        )


@dataclass(slots=True)
class DocFreq:
    """How many of ``n`` articles hold each key (as counted in the store, or some of it)."""

    n: int = 0
    df: Counter[str] = field(default_factory=Counter)


def time_factor(
    span_a: tuple[dt.date | None, dt.date | None],
    span_b: tuple[dt.date | None, dt.date | None],
    p: Params,
) -> float:
    """A multiplier in (0, 1] for joining articles dated over ``span_a`` and ``span_b``: 1
    when either is undated or they are close; then slowly less, as follow-ups of one event
    come weeks or months later."""
    (lo_a, hi_a), (lo_b, hi_b) = span_a, span_b
    if lo_a is None or lo_b is None or hi_a is None or hi_b is None:
        return 1.0
    gap = max((lo_a - hi_b).days, (lo_b - hi_a).days, 0)
    return 1.0 - p.penalty * min(1.0, max(0.0, gap - p.grace_days) / p.scale_days)


Span = tuple[dt.date | None, dt.date | None]


Key = tuple[float, int, int]  # a pair by its average link: (-link, smaller id, larger id)


def several(groups: Iterable[Sequence[int]]) -> bool:
    """Whether average link found two groups or more of two members or more: what splits a
    topic into stories and a story into events. One group and members alone beside it are
    one, told in words of their own, not look-alike events (a hoax's colloquial write-ups)."""
    return sum(1 for g in groups if len(g) >= 2) >= 2


def average_link(
    n: int,
    sims: Iterable[tuple[int, int, float]],
    threshold: float,
    spans: list[Span] | None = None,
    p: Params | None = None,
) -> list[list[int]]:
    """Average-link agglomerative clustering of ``n`` items on a sparse similarity graph,
    ``sims`` its pairs (a, b, similarity), each once; pairs not in it count as 0. The two
    groups with the highest average similarity (times the time factor, with ``spans``) merge
    while it reaches ``threshold``. Ties go to the smaller ids, so the result is the same on
    every run.

    Each group keeps the best pair it is in (by ``Key``: highest link, then smaller ids),
    and a queue holds each group's best. A merge changes the links of the merged group only:
    its best is worked out again, and a neighbour whose link with it became its best takes
    it. A neighbour whose best got worse (a link that fell, a group that is gone) keeps a
    best that is too good, which the queue gives up early: it is found out of date and
    worked out again. So the queue's first valid pair is always the best of all pairs, and
    the queue holds a few entries per group rather than one per pair (a million pairs on a
    million claims' articles)."""
    size = [1] * n
    links: list[dict[int, float]] = [{} for _ in range(n)]
    members = {i: [i] for i in range(n)}
    span: list[Span] = list(spans) if spans else [(None, None)] * n
    timed = p if spans is not None else None  # the time factor's settings, when it applies
    for a, b, s in sims:
        links[a][b] = links[b][a] = s

    def link(a: int, b: int) -> float:
        s = links[a].get(b, 0.0) / (size[a] * size[b])
        if timed is not None:
            s *= time_factor(span[a], span[b], timed)
        return s

    best: list[Key | None] = [None] * n
    queue: list[tuple[Key, int]] = []

    def renew(c: int, *, neighbours: bool = False) -> None:
        """Work out c's best again and queue it; with ``neighbours``, offer each of c's
        pairs to the other group too (c's links changed)."""
        found: Key | None = None
        for e in links[c]:
            if (x := link(c, e)) >= threshold:
                key = (-x, c, e) if c < e else (-x, e, c)
                if found is None or key < found:
                    found = key
                if neighbours and ((theirs := best[e]) is None or key < theirs):
                    best[e] = key
                    heapq.heappush(queue, (key, e))
        best[c] = found
        if found is not None:
            heapq.heappush(queue, (found, c))

    for c in range(n):
        renew(c)
    while queue:
        key, c = heapq.heappop(queue)
        if c not in members:
            continue
        _, a, b = key
        if (b if a == c else a) not in members or link(a, b) != -key[0]:
            renew(c)  # out of date: c's best is another now, or none
            continue
        for e, s in links[b].items():  # b joins a
            if e == a:
                continue
            links[a][e] = links[a].get(e, 0.0) + s
            links[e][a] = links[a][e]
            del links[e][b]
        del links[a][b]
        links[b] = {}
        size[a] += size[b]
        members[a] += members.pop(b)
        span[a] = span_union(span[a], span[b])
        renew(a, neighbours=True)
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def span_union(a: Span, b: Span) -> Span:
    los = [d for d in (a[0], b[0]) if d is not None]
    his = [d for d in (a[1], b[1]) if d is not None]
    return (min(los) if los else None, max(his) if his else None)


def date_of(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None
