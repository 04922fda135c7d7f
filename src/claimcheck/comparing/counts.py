"""Each story's corroborated claims and conflicts, as its report counts them, worked out for
many stories at once: what `match` keeps with every story for the overview.

Agreements need only each claim's article and cluster, not its decoded annotations: they are
counted from the claims' rows. Conflicts are found as the report finds them (figures are
compared measure by measure across the story, which no count of pairs can stand in for), with
one scorer and one set of word weights shared by all the stories.

Counting is most of what a regrouping of the whole store costs, and most stories come out of
one as they went in (a `match` after a bulk ingest, which grouped from scratch already). So
each story's counts are kept with a digest of everything they are worked out from: the code
and lexicons, the threshold, the store's articles and decisions (``Store.fingerprint``: word
weights are the whole store's), and the story's claims, groups and scored pairs. In a
regrouping, a story whose digest is kept is not counted again. (An ingest that places
articles one at a time, or a curator's move, counts the few stories it changed anew.)

The digests of all the stories are worked out in one pass over the claims and one over the
pairs, not story by story (reading each story's rows took 18 s of a regrouping at a million
claims). A claim's words and annotations are written once, with its article, whose text and
reading rules the store's fingerprint holds: what a regrouping changes of a claim is its
cluster, so a story's claims are digested as their ids and clusters.
"""

from __future__ import annotations

import hashlib
import itertools
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from claimcheck.comparing.report import CONFLICT_ANNOTATIONS, story_findings, story_parts
from claimcheck.comparing.sources import Sources
from claimcheck.grouping.match import Scorer
from claimcheck.grouping.normalize import Normalizer
from claimcheck.grouping.parts import PART, PartSettings
from claimcheck.grouping.regroup import StoreIdf, stored_threshold
from claimcheck.lexicons import Lexicons
from claimcheck.rules import rules_digest
from claimcheck.storage.store import ArticleSummary, ClaimRow, Store
from claimcheck.storage.stories import StoryTables
from claimcheck.stories.likeness import PairLikeness

_PAIR_CHUNK = 50_000  # scored pairs digested at a time
_NO_CLUSTER = -1  # no string hashes to -1 in CPython (it means an error there)


def story_counts(
    store: Store,
    story_ids: Iterable[str],
    *,
    lexicons: Lexicons | None = None,
    reuse: bool = False,
) -> dict[str, tuple[str | None, tuple[int, int, int]]]:
    """story id -> (the digest of the counts' inputs, or None, (agreements, conflicts, figures
    given alike)), as ``build_report(story=...)`` with two sources at least counts them
    (``len(report.agreements)``, ``len(report.conflicts)``, ``len(report.figures)``). With
    ``reuse`` (a regrouping of the whole store, where most stories come out as they were),
    counts kept for the same digest are taken as they are; else (a few stories that an
    ingest or a curator changed) each story is counted anew, without the digest: the
    store's digest takes 0.2 s at a million claims, more than a story's counts."""
    scorer = Scorer(Normalizer.of(lexicons), threshold=stored_threshold(store, None))
    idf = StoreIdf(store)  # the store's word counts, read once for all the stories
    likeness = PairLikeness(store, lexicons)
    settings = PartSettings.of(scorer.normalizer.lexicons)
    wanted = sorted(set(story_ids))
    keys = _story_keys(store, scorer) if reuse else {}
    kept = StoryTables(store).cached_counts(keys[s] for s in wanted if s in keys)
    counts: dict[str, tuple[str | None, tuple[int, int, int]]] = {}
    for sid in wanted:
        key = keys.get(sid)
        if key in kept:
            counts[sid] = (key, kept[key])
            continue
        # one story's rows at a time: a million claims' would not fit in memory
        story = _StoryRows.read(store, sid)
        if len(story.articles) < 2:  # nothing to agree or conflict with
            counts[sid] = (key, (0, 0, 0))
            continue
        articles, rows, pairs = story.articles, story.rows, story.pairs
        clusters: dict[str, list[ClaimRow]] = {}
        for r in rows:
            if r.cluster_id:
                clusters.setdefault(r.cluster_id, []).append(r)
        # agreements: clusters of two independent sources or more, counting the claims that
        # state them as a part, unless they recur in other stories (background)
        body = ((r.article_id, r.cluster_id) for r in rows if r.kind == "body")
        sources = Sources(articles, body)
        candidates = [p for p in pairs if p[3] == PART]
        parts = story_parts(articles, rows, candidates, likeness, settings, scorer.threshold)
        agreed = sum(
            1
            for cid, members in clusters.items()
            if cid not in story.elsewhere
            and sources.independent({m.article_id for m in [*members, *parts.get(cid, [])]}) >= 2
        )
        # conflicts as the report finds them: figures are compared across the story, which
        # no count of pairs can stand in for
        claims = [r.claim(CONFLICT_ANNOTATIONS) for r in rows]
        found = story_findings(articles, claims, pairs, scorer, idf, likeness)
        counts[sid] = (key, (agreed, *found))
    return counts


@dataclass(frozen=True, slots=True)
class _StoryRows:
    """What a story's counts are worked out from, as stored."""

    articles: list[ArticleSummary]
    rows: list[ClaimRow]  # its claims, annotations undecoded
    pairs: list[tuple[str, str, float, str, str]]  # the scored pairs among them
    elsewhere: frozenset[str]  # its claims' groups that recur in other stories

    @classmethod
    def read(cls, store: Store, story_id: str) -> _StoryRows:
        articles = store.articles_in_story(story_id)
        if len(articles) < 2:
            return cls(articles, [], [], frozenset())
        rows = store.claim_rows_of([a.id for a in articles])
        clusters = sorted({r.cluster_id for r in rows if r.cluster_id})
        elsewhere = frozenset(store.cluster_stories(clusters))
        return cls(articles, rows, store.pairs_among([r.id for r in rows]), elsewhere)


def _story_keys(store: Store, scorer: Scorer) -> dict[str, str]:
    """Each story's digest of what its counts are worked out from: the code, the lexicons in
    force, the threshold and the store's articles (``Store.fingerprint``), with the story's
    articles, its claims' clusters, the scored pairs of its claims and its groups that recur
    in other stories."""
    common = hashlib.blake2b(rules_digest(scorer.normalizer.lexicons), digest_size=16)
    common.update(repr(scorer.threshold).encode())
    common.update(store.fingerprint().encode())
    story_of = StoryTables(store).all_assignments()
    code: dict[str, int] = {}
    digests: list[hashlib.blake2b] = []  # by story code
    for aid in sorted(story_of):
        sid = story_of[aid]
        if sid is not None:
            if sid not in code:
                code[sid] = len(digests)
                digests.append(common.copy())
            digests[code[sid]].update(f"{aid}\n".encode())
    # the claims' clusters, and for each claim (by its id's hash, in this process only) and
    # cluster, its story: the pairs' stories and the groups in several stories come from them
    article_story = {aid: code[sid] for aid, sid in story_of.items() if sid is not None}
    claims, stories, clusters = array("q"), array("q"), array("q")
    for aid, cid, cluster in store.claim_clusters():
        at = article_story.get(aid, -1)
        if at >= 0:
            digests[at].update(f"{cid}\t{cluster}\n".encode())
        claims.append(hash(cid))
        stories.append(at)
        clusters.append(hash(cluster) if cluster else _NO_CLUSTER)
    story = np.frombuffer(stories, dtype=np.int64)
    _digest_pairs(store, digests, np.frombuffer(claims, dtype=np.int64), story)
    for at, recurring in _recurring(store, article_story, story, clusters).items():
        digests[at].update(repr(sorted(recurring)).encode())
    return {sid: digests[at].hexdigest() for sid, at in code.items()}


def _digest_pairs(
    store: Store, digests: list[hashlib.blake2b], claims: np.ndarray, story: np.ndarray
) -> None:
    """Each scored pair into the digest of its first claim's story (a pair both of whose claims
    are a story's has its first there; one across stories only adds to a digest). A hash that
    two claims share puts the pair in both their stories, as it may be either's."""
    order = np.argsort(claims, kind="stable")
    hashes, owners = claims[order], story[order]
    rows = store.pair_rows()
    while chunk := list(itertools.islice(rows, _PAIR_CHUNK)):
        firsts = np.array([hash(r[0]) for r in chunk], dtype=np.int64)
        lo = np.searchsorted(hashes, firsts, "left").tolist()
        hi = np.searchsorted(hashes, firsts, "right").tolist()
        for row, start, stop in zip(chunk, lo, hi, strict=True):
            for at in owners[start:stop].tolist():
                if at >= 0:
                    digests[at].update(repr(row).encode())


def _recurring(
    store: Store, article_story: dict[str, int], story: np.ndarray, clusters: array[int]
) -> dict[int, list[str]]:
    """Story code -> its groups that hold claims of other stories too (found by hash, then
    told by their ids in a second pass over the few claims whose group's hash is of several
    stories)."""
    cluster = np.frombuffer(clusters, dtype=np.int64)
    placed = (cluster != _NO_CLUSTER) & (story >= 0)
    held = np.unique(np.stack((cluster[placed], story[placed]), axis=1), axis=0)
    several = held[1:, 0][held[1:, 0] == held[:-1, 0]]
    if not len(several):
        return {}
    maybe = set(several.tolist())
    found: dict[str, set[int]] = {}
    for aid, _, cid in store.claim_clusters():
        if cid and hash(cid) in maybe and aid in article_story:
            found.setdefault(cid, set()).add(article_story[aid])
    out: dict[int, list[str]] = {}
    for cid, holders in found.items():
        if len(holders) > 1:
            for at in holders:
                out.setdefault(at, []).append(cid)
    return out
