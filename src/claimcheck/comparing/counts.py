"""Each story's corroborated claims and conflicts, as its report counts them, worked out for
many stories at once: what `match` keeps with every story for the overview.

A report decodes every claim of its story and compares every pair of a cluster's claims from
two articles. Counting needs less. Copies of one sentence (the same words, and annotations
that differ only in where they stand in their articles) conflict with nothing among
themselves, and alike with any other claim: each set of copies in a cluster is compared once
with each other set, on behalf of all its members' pairs, and only the claims compared are
decoded, and of them only what the comparison reads.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from claimcheck.comparing.conflicts import ConflictFinder, across, may_give_attribute
from claimcheck.comparing.sources import Sources
from claimcheck.grouping.match import Scorer
from claimcheck.grouping.normalize import Normalizer
from claimcheck.grouping.regroup import StoreIdf, stored_threshold
from claimcheck.lexicons import Lexicons
from claimcheck.models import Claim
from claimcheck.storage.store import ClaimRow, Store

# what comparing two claims of one cluster reads of their annotations
_PAIRED = frozenset({"numbers", "dates", "negations"})
_COMPARED = frozenset({"comparisons", "topics"})  # and what ranks and comparisons read
_SCORED = _PAIRED | {"attribution", "referent"}  # and scoring look-alikes (their words)
_WHERE = re.compile(r'"(?:start|end)":-?\d+')  # where an annotation stands, not what it says


def story_counts(
    store: Store, story_ids: Iterable[str], *, lexicons: Lexicons | None = None
) -> dict[str, tuple[int, int]]:
    """story id -> (agreements, conflicts), as ``build_report(story=...)`` with two sources at
    least counts them (``len(report.agreements)``, ``len(report.conflicts)``)."""
    scorer = Scorer(Normalizer.of(lexicons), threshold=stored_threshold(store, None))
    idf = StoreIdf(store)  # the store's word counts, read once for all the stories
    counts: dict[str, tuple[int, int]] = {}
    for sid in sorted(set(story_ids)):
        articles = store.articles_in_story(sid)
        rows = store.claim_rows_of([a.id for a in articles])
        clusters: dict[str, list[ClaimRow]] = {}
        for r in rows:
            if r.cluster_id:
                clusters.setdefault(r.cluster_id, []).append(r)
        # agreements: clusters of two independent sources or more, unless they recur in
        # other stories (background)
        body = ((r.article_id, r.cluster_id) for r in rows if r.kind == "body")
        sources = Sources(articles, body)
        elsewhere = store.cluster_stories(sorted(clusters))
        agreed = sum(
            1
            for cid, members in clusters.items()
            if cid not in elsewhere and sources.independent({m.article_id for m in members}) >= 2
        )
        finder = ConflictFinder(scorer, idf)
        conflicts = (
            _within_clusters(clusters, finder)
            + _look_alikes(store, clusters, finder, idf)
            + len({c.key for c in across(_comparing(clusters))})
        )
        counts[sid] = (agreed, conflicts)
    return counts


def _within_clusters(clusters: dict[str, list[ClaimRow]], finder: ConflictFinder) -> int:
    """The conflicts of the pairs of each cluster's claims from two articles."""
    decoded: dict[str, Claim] = {}

    def claim(r: ClaimRow) -> Claim:
        if r.id not in decoded:
            decoded[r.id] = r.claim(_PAIRED)
        return decoded[r.id]

    found = 0
    for members in clusters.values():
        if len({m.text for m in members}) < 2:
            continue  # copies of one sentence
        copies: dict[tuple[str, ...], list[ClaimRow]] = {}
        for m in members:
            copies.setdefault(_copy_of(m), []).append(m)
        sets = list(copies.values())
        for i, xs in enumerate(sets):
            articles = Counter(x.article_id for x in xs)
            for ys in sets[i + 1 :]:
                if xs[0].text == ys[0].text:
                    continue
                pairs = len(xs) * len(ys) - sum(articles[y.article_id] for y in ys)
                if pairs and _may_conflict(xs[0], ys[0]):
                    found += pairs * len(finder.between(claim(xs[0]), claim(ys[0])))
    return found


def _look_alikes(
    store: Store, clusters: dict[str, list[ClaimRow]], finder: ConflictFinder, idf: StoreIdf
) -> int:
    """The conflicts of the look-alikes kept apart among the clustered claims, of two
    articles and two clusters (those of one cluster are among its pairs). They are scored,
    which reads their words as matching does; copies of one pair are compared once."""
    rows = {m.id: m for members in clusters.values() for m in members}
    pairs = [
        (rows[a], rows[b])
        for a, b, *_ in store.pairs_among(sorted(rows))
        if rows[a].cluster_id != rows[b].cluster_id and rows[a].article_id != rows[b].article_id
    ]
    decoded: dict[str, Claim] = {}
    found: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
    todo: list[tuple[tuple[tuple[str, ...], tuple[str, ...]], ClaimRow, ClaimRow]] = []
    pairs = [(a, b) for a, b in pairs if _may_conflict(a, b)]
    for a, b in pairs:
        key = ((a.norm, *_copy_of(a)), (b.norm, *_copy_of(b)))
        if key not in found:
            found[key] = -1
            todo.append((key, a, b))
            for r in (a, b):
                if r.id not in decoded:
                    decoded[r.id] = r.claim(_SCORED)
    idf.prefetch(finder.features(c).bag for c in decoded.values())  # their words' counts at once
    for key, a, b in todo:
        found[key] = len(finder.between(decoded[a.id], decoded[b.id]))
    return sum(found[((a.norm, *_copy_of(a)), (b.norm, *_copy_of(b)))] for a, b in pairs)


def _comparing(clusters: dict[str, list[ClaimRow]]) -> list[Claim]:
    """The clustered claims that ranks, comparisons and attributes could be found among:
    those that compare (their comparisons and topics decoded) and those that give a number
    in apposition to a name (read from their text)."""
    out = []
    for members in clusters.values():
        for m in members:
            if m.annotations and '"comparisons":[]' not in m.annotations:
                out.append(m.claim(_COMPARED))
            elif may_give_attribute(m.text):
                out.append(m.claim(frozenset()))
    return out


def _copy_of(r: ClaimRow) -> tuple[str, ...]:
    """What a claim is compared by: its words and its annotations, without where they
    stand. A claim with negations is compared on its own: whether it is negated reads where
    they stand."""
    if r.annotations and '"negations":[]' not in r.annotations:
        return (r.id,)
    return (r.text, _WHERE.sub("", r.annotations or ""))


def _may_conflict(a: ClaimRow, b: ClaimRow) -> bool:
    """``conflicts.may_conflict`` read from the claims' annotations as stored, undecoded."""

    def has(r: ClaimRow, kind: str) -> bool:
        return bool(r.annotations) and f'"{kind}":[]' not in (r.annotations or "")

    return (
        (has(a, "numbers") and has(b, "numbers"))
        or (has(a, "dates") and has(b, "dates"))
        or has(a, "negations")
        or has(b, "negations")
    )
