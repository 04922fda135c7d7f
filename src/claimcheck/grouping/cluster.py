"""Scored pairs -> clusters of claims that state the same thing, with curators' decisions.

Clusters grow by average linkage, best pair first: two clusters merge only when the average
score over all their cross pairs reaches the threshold and no cross pair falls below the
floor, so "A~B and B~C" cannot pull an unrelated A and C together. A curator's link forces
two claims together; an unlink keeps them apart, whatever the scores say.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# A cross pair below this score blocks a merge, however good the average.
FLOOR_MARGIN = 20.0

# The scores of index pairs (a < b), many at a time: a caller that reads claims from disk to
# weigh them reads each batch at once.
Weigh = Callable[[list[tuple[int, int]]], list[float]]


@dataclass(slots=True)
class _Sets:
    parent: list[int]
    members: dict[int, list[int]] = field(default_factory=dict)

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] += self.members.pop(rb)
        return ra


def cluster(
    n: int,
    edges: Iterable[tuple[int, int, float]],
    weigh: Weigh,
    *,
    threshold: float,
    floor: float | None = None,
    must: Iterable[tuple[int, int]] = (),
    cannot: Iterable[tuple[int, int]] = (),
) -> list[list[int]]:
    """Group items 0..n-1. ``edges`` are (a, b, score) for the candidate pairs; ``weigh``
    gives the scores of any other pairs on demand (0 for pairs that must not be joined)."""
    floor = threshold - FLOOR_MARGIN if floor is None else floor
    sets = _Sets(list(range(n)), {i: [i] for i in range(n)})
    apart: dict[int, set[int]] = {}
    for a, b in cannot:
        apart.setdefault(a, set()).add(b)
        apart.setdefault(b, set()).add(a)
    for a, b in must:
        sets.union(a, b)
    cache: dict[tuple[int, int], float] = {}

    def scores_across(left: list[int], right: list[int]) -> list[float]:
        keys = [(x, y) if x < y else (y, x) for x in left for y in right]
        missing = [k for k in keys if k not in cache]
        if missing:
            cache.update(zip(missing, weigh(missing), strict=True))
        return [cache[k] for k in keys]

    ranked = sorted(
        ((s, min(a, b), max(a, b)) for a, b, s in edges if s >= threshold),
        key=lambda e: (-e[0], e[1], e[2]),
    )
    for s, a, b in ranked:
        cache[(a, b)] = s
    # Two clusters kept apart stay apart until one of them grows: many pairs link the same two
    # big clusters, and weighing all their cross pairs again for each would grow with the
    # square of a family of look-alikes.
    grown = [0] * n  # times each cluster has grown
    kept_apart: dict[tuple[int, int], tuple[int, int]] = {}  # -> how grown they were then
    for _, a, b in ranked:
        ra, rb = sets.find(a), sets.find(b)
        if ra == rb:
            continue
        key = (ra, rb) if ra < rb else (rb, ra)
        now = (grown[key[0]], grown[key[1]])
        if kept_apart.get(key) == now:
            continue
        left, right = sets.members[ra], sets.members[rb]
        if apart and any(not apart[x].isdisjoint(right) for x in left if x in apart):
            kept_apart[key] = now
            continue
        scores = scores_across(left, right)
        if min(scores) >= floor and sum(scores) / len(scores) >= threshold:
            grown[sets.union(ra, rb)] += 1
        else:
            kept_apart[key] = now
    groups = [sorted(m) for m in sets.members.values()]
    return sorted(groups, key=lambda g: g[0])


def centre(members: list[int], weigh: Weigh) -> int:
    """The most central member: the highest total score to the others (the first on a tie,
    so callers pass members in a stable order)."""
    if len(members) <= 2:
        return members[0]
    at = [(i, j) for i in range(len(members)) for j in range(i + 1, len(members))]
    keys = [(min(members[i], members[j]), max(members[i], members[j])) for i, j in at]
    totals = [0.0] * len(members)
    for (i, j), s in zip(at, weigh(keys), strict=True):  # each pair scored once
        totals[i] += s
        totals[j] += s
    return members[max(range(len(members)), key=lambda i: (totals[i], -i))]


def one_by_one(similarity: Callable[[int, int], float]) -> Weigh:
    """A ``Weigh`` from a function that scores one pair."""
    return lambda pairs: [similarity(a, b) for a, b in pairs]


def cluster_id(claim_ids: Iterable[str]) -> str:
    """Stable across runs: derived from the cluster's smallest claim id."""
    return hashlib.sha256(f"cluster:{min(claim_ids)}".encode()).hexdigest()[:16]
