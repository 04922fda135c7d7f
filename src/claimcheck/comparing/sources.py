"""Which articles are independent sources, and which repeat another (a rewrite, a copy).

An article is derived from another when most of what it says is also in the other: at least
``DERIVED_SHARE`` of its body claims, and at least ``DERIVED_MIN`` of them, are in clusters
with claims of the other article. Of two such articles the later one is the copy. An article
without a date cannot be shown to have come first, so it counts as the later of the two; of
two undated articles, the one stored later is.

The unit of independence is the outlet: two articles of one outlet are one source, and an
article that repeats another counts as the outlet of the one it repeats (a wire story
republished by three papers is one source). An article whose outlet is not known is a
source of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.models import Claim
from claimcheck.storage.store import ArticleSummary

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

    def __init__(
        self, articles: list[ArticleSummary], body: Iterable[tuple[str, str | None]]
    ) -> None:
        """``body``: (article id, cluster id) of every body claim, articles in store order.

        Each article is compared only with the articles that share a cluster with it, found
        through the clusters: comparing every article with every other would take hours on a
        store of tens of thousands of articles."""
        self.articles = {a.id: a for a in articles}
        self._order = {a.id: (a.ingested_at, a.name) for a in articles}
        totals: dict[str, int] = {}  # article -> its body claims
        clusters_of: dict[str, list[str]] = {}  # article -> the cluster of each body claim
        holders: dict[str, dict[str, None]] = {}  # cluster -> the articles with a body claim in it
        for aid, cid in body:
            totals[aid] = totals.get(aid, 0) + 1
            if cid:
                clusters_of.setdefault(aid, []).append(cid)
                holders.setdefault(cid, {})[aid] = None
        position = {aid: i for i, aid in enumerate(totals)}  # the first of a tie wins
        derived: dict[str, Derivation] = {}
        for aid, total in totals.items():
            shared: Counter[str] = Counter()
            for cid in clusters_of.get(aid, ()):
                shared.update(holders[cid].keys())
            shared.pop(aid, None)
            best: Derivation | None = None
            for other in sorted(shared, key=position.__getitem__):
                n = shared[other]
                better = best is None or n > best.shared
                if (
                    n >= DERIVED_MIN
                    and n / total >= DERIVED_SHARE
                    and better
                    and self._later(aid, other)
                ):
                    best = Derivation(aid, other, n, n / total)
            if best is not None:
                derived[aid] = best
        self.derived = derived

    @classmethod
    def of_claims(cls, articles: list[ArticleSummary], claims: Iterable[Claim]) -> Sources:
        return cls(articles, ((c.article_id, c.cluster_id) for c in claims if c.kind == "body"))

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

    def source_of(self, article_id: str) -> str:
        """What the article counts as: the outlet of the article it repeats (or its own), or
        that article alone when the outlet is not known."""
        return self.articles[self.origin(article_id)].source_key

    def independent(self, article_ids: set[str] | list[str]) -> int:
        """How many independent sources (outlets) a set of articles amounts to."""
        return len({self.source_of(a) for a in article_ids})

    def first_reported(self, article_ids: set[str] | list[str]) -> str | None:
        dates = [d for a in article_ids if (d := self.articles[a].published)]
        return min(dates) if dates else None

    def copies(self) -> Counter[str]:
        """How many articles repeat each source."""
        return Counter(d.source for d in self.derived.values())
