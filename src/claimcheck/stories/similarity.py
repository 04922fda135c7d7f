"""How alike two articles, or two groups of articles, are in what they report.

Each block of keys (words, names, numbers, years) is weighed by tf-idf, normalised, and
scaled by the block's weight, so that the dot product of two articles' vectors is the weighted
average of the blocks' cosines, between 0 and 1. Inside a topic, keys are weighed by how rare
they are in the topic as well: what all its articles share (the place of two earthquakes)
then counts little, and what some of them share (one quake's magnitude and date) decides.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from claimcheck.stories.features import BLOCKS, Terms

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
            grace_days=float(time["grace_days"]),
            scale_days=float(time["scale_days"]),
            penalty=float(time["penalty"]),
            index_keys=int(c["index_keys"]),
            posting_cap=int(c["posting_cap"]),
            neighbours=int(c["neighbours"]),
        )


@dataclass(slots=True)
class DocFreq:
    """How many of ``n`` articles hold each key."""

    n: int = 0
    df: Counter[str] = field(default_factory=Counter)

    def add(self, keys: Iterable[str]) -> None:
        """Count an article's keys once each (a mapping's counts are not added)."""
        self.n += 1
        self.df.update(list(keys))

    def idf(self, key: str, offset: float = 1.0) -> float:
        return math.log((self.n + 1) / (self.df.get(key, 0) + 1)) + offset


def weigh(
    terms: Terms,
    weights: Mapping[str, float],
    glob: DocFreq,
    local: DocFreq | None = None,
    local_offset: float = 1.0,
) -> Vector:
    """The article's vector: per block (1 + ln tf) x idf (x in-topic idf), L2-normalised and
    scaled by the square root of the block's share of the weights."""
    total = sum(weights.values())
    parts: dict[str, dict[str, float]] = {b: {} for b in BLOCKS}
    for key, tf in terms.items():
        if weights.get(key[0], 0.0) <= 0:
            continue
        value = (1.0 + math.log(tf)) * glob.idf(key)  # counts are 1 or more
        if local is not None:
            value *= local.idf(key, local_offset)
        parts[key[0]][key] = value
    vector: Vector = {}
    for block, part in parts.items():
        if not part:
            continue
        norm = math.sqrt(sum(v * v for v in part.values()))
        scale = math.sqrt(weights[block] / total) / norm
        for key, value in part.items():
            vector[key] = value * scale
    return vector


def dot(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    # dicts iterate in the order keys were added, the same on every run: no hashing order
    return sum(v * b[k] for k, v in a.items() if k in b)


def add_into(total: Vector, v: Vector) -> None:
    for k, x in v.items():
        total[k] = total.get(k, 0.0) + x


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


def top_keys(vector: Vector, k: int) -> list[str]:
    """An article's most telling keys (the heaviest): its entries in the index of postings."""
    return [key for key, _ in heapq.nlargest(k, sorted(vector.items()), key=lambda kv: kv[1])]


def candidate_pairs(vectors: list[Vector], p: Params) -> list[tuple[int, int]]:
    """Pairs of articles worth comparing: each article with the ``neighbours`` others that
    share most of its heaviest keys (keys held by more than ``posting_cap`` articles find
    none), so the cost grows with the number of articles, not its square."""
    keys = [top_keys(v, p.index_keys) for v in vectors]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in ks:
            postings[k].append(i)
    pairs: set[tuple[int, int]] = set()
    for i, ks in enumerate(keys):
        votes: dict[int, float] = {}
        for k in ks:
            holders = postings[k]
            if len(holders) > p.posting_cap:
                continue
            w = vectors[i][k]
            for j in holders:
                if j != i:
                    votes[j] = votes.get(j, 0.0) + w
        best = heapq.nsmallest(p.neighbours, votes.items(), key=lambda jv: (-jv[1], jv[0]))
        pairs.update((min(i, j), max(i, j)) for j, _ in best)
    return sorted(pairs)


Span = tuple[dt.date | None, dt.date | None]


def average_link(
    n: int,
    sims: Mapping[tuple[int, int], float],
    threshold: float,
    spans: list[Span] | None = None,
    p: Params | None = None,
) -> list[list[int]]:
    """Average-link agglomerative clustering of ``n`` items on a sparse similarity graph
    (pairs not in ``sims`` count as 0): the two groups with the highest average similarity
    (times the time factor, with ``spans``) merge while it reaches ``threshold``. Ties go to
    the smaller ids, so the result is the same on every run."""
    size = dict.fromkeys(range(n), 1)
    links: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    members = {i: [i] for i in range(n)}
    span: dict[int, Span] = {i: spans[i] if spans else (None, None) for i in range(n)}
    for (a, b), s in sims.items():
        links[a][b] = links[b][a] = s

    def link(a: int, b: int) -> float:
        s = links[a].get(b, 0.0) / (size[a] * size[b])
        if spans is not None and p is not None:
            s *= time_factor(span[a], span[b], p)
        return s

    heap = [(-link(a, b), a, b) for a, b in sims]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        current = link(a, b)
        if current != -negative:  # stale: the groups changed since it was queued
            heapq.heappush(heap, (-current, a, b))
            continue
        if current < threshold:
            break
        for c, s in links.pop(b).items():  # b joins a
            if c == a:
                continue
            links[a][c] = links[a].get(c, 0.0) + s
            links[c][a] = links[a][c]
            del links[c][b]
        del links[a][b]
        size[a] += size.pop(b)
        members[a] += members.pop(b)
        span[a] = _union(span[a], span.pop(b))
        for c in links[a]:
            heapq.heappush(heap, (-link(a, c), min(a, c), max(a, c)))
    return sorted((sorted(m) for m in members.values()), key=lambda m: m[0])


def _union(a: Span, b: Span) -> Span:
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
