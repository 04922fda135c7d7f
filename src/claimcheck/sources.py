"""Which articles are independent sources, and which repeat another (a rewrite, a copy).

An article is derived from another when most of what it says is also in the other: at least
``DERIVED_SHARE`` of its body claims, and at least ``DERIVED_MIN`` of them, are in clusters
with claims of the other article. Of two such articles the later one is the copy. An article
without a date cannot be shown to have come first, so it counts as the later of the two; of
two undated articles, the one stored later is. Claims reported only by an article and the
articles derived from it count as one source.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from claimcheck.models import Claim
from claimcheck.store import ArticleSummary

DERIVED_SHARE = 0.4
DERIVED_MIN = 4


@dataclass(frozen=True, slots=True)
class Derivation:
    article: str  # the article that repeats
    source: str  # the article it repeats
    shared: int  # its body claims found in the source's clusters
    share: float  # as a share of its body claims


class Sources:
    """The articles of a store with who repeats whom."""

    def __init__(self, articles: list[ArticleSummary], claims: list[Claim]) -> None:
        self.articles = {a.id: a for a in articles}
        self._order = {a.id: (a.ingested_at, a.name) for a in articles}
        body: dict[str, list[Claim]] = {}
        for c in claims:
            if c.kind == "body":
                body.setdefault(c.article_id, []).append(c)
        clusters_of: dict[str, set[str]] = {
            aid: {c.cluster_id for c in cs if c.cluster_id} for aid, cs in body.items()
        }
        derived: dict[str, Derivation] = {}
        for aid, cs in body.items():
            best: Derivation | None = None
            for other, other_clusters in clusters_of.items():
                if other == aid:
                    continue
                shared = sum(1 for c in cs if c.cluster_id in other_clusters)
                share = shared / len(cs)
                better = best is None or (shared, share) > (best.shared, best.share)
                if (
                    shared >= DERIVED_MIN
                    and share >= DERIVED_SHARE
                    and better
                    and self._later(aid, other)
                ):
                    best = Derivation(aid, other, shared, share)
            if best is not None:
                derived[aid] = best
        self.derived = derived

    def _later(self, a: str, b: str) -> bool:
        """Whether article ``a`` came after ``b`` (see the module's rule for undated ones)."""
        pa, pb = self.articles[a].published, self.articles[b].published
        if pa and pb and pa != pb:
            return pa > pb
        if bool(pa) != bool(pb):
            return not pa
        return self._order[a] > self._order[b]

    def origin(self, article_id: str) -> str:
        """The article this one ultimately repeats (itself, for an original)."""
        seen = {article_id}
        while article_id in self.derived:
            article_id = self.derived[article_id].source
            if article_id in seen:
                break
            seen.add(article_id)
        return article_id

    def independent(self, article_ids: set[str] | list[str]) -> int:
        """How many independent sources a set of articles amounts to."""
        return len({self.origin(a) for a in article_ids})

    def first_reported(self, article_ids: set[str] | list[str]) -> str | None:
        dates = [d for a in article_ids if (d := self.articles[a].published)]
        return min(dates) if dates else None

    def copies(self) -> Counter[str]:
        """How many articles repeat each source."""
        return Counter(d.source for d in self.derived.values())
