"""Group equivalent claims in the store: the matching stages run over stored claims.

``regroup`` re-clusters the whole store (candidates by MinHash LSH, scores, clusters) in one
transaction. ``add`` places newly ingested claims: each is compared with the stored claims
that share its rarest words (found through the full-text index of normalised words) and
joins the cluster it matches best, or starts its own. Curators' links and unlinks are
applied by both.
"""

from __future__ import annotations

import bisect
import gc
import hashlib
import json
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import NamedTuple

import numpy as np

from claimcheck.config import DEFAULT_THRESHOLD
from claimcheck.errors import NotFoundError, StoreBusyError, UsageError, quote
from claimcheck.grouping.bags import Bags
from claimcheck.grouping.blocking import candidate_blocks, signatures
from claimcheck.grouping.cluster import FLOOR_MARGIN, centre, cluster, cluster_id, one_by_one
from claimcheck.grouping.context import SentenceContext
from claimcheck.grouping.match import (
    LOOK_ALIKE_MARGIN,
    SCORED_ANNOTATIONS,
    Features,
    Idf,
    PairScore,
    Scorer,
)
from claimcheck.grouping.parts import (
    PartSettings,
    candidate_row,
    may_be_part,
    shorter_within,
    states,
)
from claimcheck.grouping.scope import MIXED, Scope, StoriesFromScratch, StoryPlanLike, scoped_key
from claimcheck.lexicons import Lexicons
from claimcheck.models import Claim
from claimcheck.storage import records
from claimcheck.storage.store import Store
from claimcheck.storage.stories import StoryTables

REGROUP_ATTEMPTS = 3  # times grouping starts again when another writer changed the store
THRESHOLD_KEY = "match.threshold"
PENDING_KEY = "match.pending"  # "1" while stored claims wait for a bulk ingest's grouping
CANDIDATES = 40  # stored claims (copies counted once) compared with each new claim
QUERY_TERMS = 8  # the new claim's rarest words used to find them,
POSTINGS_BUDGET = 2_000  # as long as fewer than this many stored claims hold them in all
MAX_HOLDERS = 200  # new claims sharing one rare word that are paired with one another


@dataclass(frozen=True, slots=True)
class GroupingReport:
    claims: int
    clusters: int
    corroborated: int  # clusters holding claims from two or more articles
    candidates: int  # pairs scored
    related: int  # look-alike pairs kept apart for a reason (a different number, date...)
    threshold: float


@dataclass(frozen=True, slots=True)
class ClusterView:
    id: str
    canonical: Claim
    members: list[Claim]
    pairs: list[tuple[Claim, Claim, PairScore]]


def stored_threshold(store: Store, explicit: float | None = None) -> float:
    """The threshold in force: given on the command line, else the one the store was last
    grouped with, else the default."""
    if explicit is not None:
        if not 0 <= explicit <= 100:
            raise UsageError("--threshold: must be between 0 and 100")
        return explicit
    stored = store.meta(THRESHOLD_KEY)
    return float(stored) if stored else DEFAULT_THRESHOLD


class Grouper:
    def __init__(self, scorer: Scorer) -> None:
        self.scorer = scorer

    @property
    def threshold(self) -> float:
        return self.scorer.threshold

    @property
    def lexicons(self) -> Lexicons:
        """The lexicons the claims are grouped with: the report and the counts read them too."""
        return self.scorer.normalizer.lexicons

    def features(self, claim: Claim) -> Features:
        return self.scorer.features(claim)

    # -- the whole store ----------------------------------------------------------------------

    def regroup(self, store: Store, stories: StoriesFromScratch | None = None) -> GroupingReport:
        """Group the whole store from scratch, in one transaction.

        Built to scale: claims are read as compact arrays (their normalised words as rows of
        integers), copies of one claim are scored once, candidates come from MinHash LSH a
        block at a time, their text scores are computed with numpy, and only the pairs close
        enough to be the same claim are kept, and loaded whole to check their numbers, dates,
        polarity and word order.
        """
        with _collector_paused():
            for _ in range(REGROUP_ATTEMPTS):
                try:
                    return self._regroup(store, stories(store) if stories else None)
                except _StoreChanged:
                    continue  # read again what the other writer stored, and group it all
        raise StoreBusyError(
            f"{store.path}: other writers kept changing the store while it was being grouped; "
            "nothing was changed, try again"
        )

    def _regroup(self, store: Store, plan: StoryPlanLike | None) -> GroupingReport:
        # the claims are read over many statements, and written back by rowid: a claim that
        # another process stores or replaces meanwhile would be missed or misplaced
        version = store.data_version()
        story_of = StoryTables(store).all_assignments()
        if plan is not None:
            story_of.update(plan.assignment)
        ids: list[str] = []  # every claim (in id order once all are read)
        articles = array("q")  # each claim's article, as a small integer
        keys = array("Q")  # each claim's copy key
        rowids = array("q")
        clusters = array("q")  # each claim's cluster before, as an index in ``before``
        codes: dict[str, int] = {}
        before: dict[str, int] = {}
        story_codes: dict[str | None, int] = {}
        stories = array("q")  # each claim's story, as a small integer
        standalone = array("b")  # each claim's: may it meet claims of other stories?
        sentence = array("q")  # each claim's sentence in its article

        def norms() -> Iterator[tuple[int, str]]:
            for row in store.grouping_rows():
                cid, aid, norm, key, negated, rowid, home, free, at = row
                sentence.append(at)
                story = story_of.get(aid)
                ids.append(cid)
                articles.append(codes.setdefault(aid, len(codes)))
                copied = _claim_key(cid, norm, key, negated)
                keys.append(scoped_key(copied, story, bool(free)))
                rowids.append(rowid)
                clusters.append(before.setdefault(home, len(before)) if home else -1)
                stories.append(story_codes.setdefault(story, len(story_codes)))
                standalone.append(1 if free else 0)
                yield copied, norm

        # copies' words are read once (the weights count every claim)
        bags, distinct = Bags.build_distinct(norms())
        order = sorted(range(len(ids)), key=ids.__getitem__)
        ids = [ids[i] for i in order]
        articles, keys, rowids, clusters, stories, standalone, sentence = (
            _reordered(column, order)
            for column in (articles, keys, rowids, clusters, stories, standalone, sentence)
        )
        distinct = distinct[order]
        # copies of one claim (syndicated sentences) within a story: the first of each is
        # scored for all
        reps, group_of = _copies(np.frombuffer(keys, dtype=np.uint64))
        sub = bags.subset(distinct[reps])
        del bags, distinct
        rep_ids = [ids[r] for r in reps]
        n = len(reps)
        # which representatives are one of several claims their sentence was split into: only
        # theirs are read whole when judged
        piece = _split(np.frombuffer(articles, dtype=np.int64), np.frombuffer(sentence, "q"))
        piece = piece[reps].tolist()
        scope = _PointScope(
            np.frombuffer(stories, dtype=np.int64),
            np.frombuffer(standalone, dtype=np.int8),
            np.asarray(reps),
            group_of,
        )
        looks_alike = self.threshold - LOOK_ALIKE_MARGIN
        candidates = 0
        none_yet = (np.empty((0, 2), dtype=np.int64), np.empty(0), np.empty(0), np.empty(0))
        close = [none_yet]
        parts = PartSettings.of(self.lexicons)
        for block in candidate_blocks(signatures(sub), spill=store.path.parent):
            block = block[scope.allowed(block)]  # claims of other stories are not compared
            candidates += len(block)
            text, overlap, part_of = sub.scores_and_parts(block, parts)
            keep = text >= looks_alike  # the rest are too far apart to be the same claim
            close.append((block[keep], text[keep], overlap[keep], part_of[keep]))
        loader = _FeatureLoader(store, self.scorer, np.frombuffer(rowids, dtype=np.int64)[reps])
        linkage: dict[int, float] = {}  # pair code (x * n + y) -> its weight in a cluster
        edges: list[tuple[int, int, float]] = []  # pairs that are the same claim
        # look-alikes kept apart, and why: staged in the store as they come
        kept: list[tuple[str, str, float, str, str]] = []

        related = 0
        sentences = SentenceContext(store, self.scorer)
        store.start_staging()

        def judge(x: int, y: int, value: float, share: float, part: int) -> float:
            nonlocal related
            fx, fy = loader.one(x), loader.one(y)
            pieces = [f for f, split in ((fx, piece[x]), (fy, piece[y])) if split]
            whole = sentences.of(pieces) if pieces else None
            s = self.scorer.judge(fx, fy, value, share, (), whole)
            if (
                part
                and may_be_part(s.reasons)
                and states(self.scorer.normalizer, *((fx, fy) if part == 1 else (fy, fx)))
            ):
                # a part candidate: whether it counts is told when a story is read
                shorter = rep_ids[(x, y)[part - 1]]
                kept.append(candidate_row(rep_ids[x], rep_ids[y], s.score, shorter))
            elif s.reasons:
                kept.append((rep_ids[x], rep_ids[y], s.score, s.relation, json.dumps(s.reasons)))
                related += 1
            if len(kept) >= _STAGED:
                store.stage_pairs(kept)
                kept.clear()
            if not s.reasons and s.relation == "same":
                edges.append((x, y, s.score))
            linkage[x * n + y] = weight = _linkage(s)
            return weight

        pairs, text, overlap, part_of = (np.concatenate(c) for c in zip(*close, strict=True))
        del close
        # judged in an order where a claim's pairs come close together, so that its features
        # are read once and dropped after its last pair (the pairs' own order would read most
        # claims several times over)
        walk = _Walk(pairs, n)
        for lo in range(0, len(pairs), _LOAD_BATCH):
            batch = walk.order[lo : lo + _LOAD_BATCH]
            loader.load(np.unique(pairs[batch]))
            for (x, y), value, share, part in zip(
                pairs[batch].tolist(),
                text[batch].tolist(),
                overlap[batch].tolist(),
                part_of[batch].tolist(),
                strict=True,
            ):
                judge(x, y, value, share, int(part))
            loader.drop(walk.done(lo + len(batch)))
        del pairs, text, overlap, part_of, walk

        def weigh(wanted: list[tuple[int, int]]) -> list[float]:
            """Pairs (x < y) that clustering weighs beyond the close ones: scored together,
            and the claims of the look-alikes among them read at once."""
            known = [linkage.get(x * n + y) for x, y in wanted]
            unknown = [k for k, w in enumerate(known) if w is None]
            if unknown:
                pairs = np.array([wanted[k] for k in unknown], dtype=np.int64)
                text, overlap, part_of = sub.scores_and_parts(pairs, parts)
                text[~scope.allowed(pairs)] = 0.0  # never in one cluster: other stories
                alike = text >= looks_alike  # the rest are too far apart for anything to matter
                loader.load(np.unique(pairs[alike]))
                scored = zip(
                    pairs.tolist(),
                    text.tolist(),
                    overlap.tolist(),
                    alike,
                    part_of.tolist(),
                    strict=True,
                )
                for k, ((x, y), value, share, near, part) in zip(unknown, scored, strict=True):
                    known[k] = judge(x, y, value, share, part) if near else value
            return [w or 0.0 for w in known]  # all weighed now

        must, cannot = self._decisions(store, _ClaimIndex(ids, group_of))
        groups = cluster(
            n,
            edges,
            weigh,
            threshold=self.threshold,
            must=[p for p in must if p[0] != p[1]],
            cannot=[p for p in cannot if p[0] != p[1]],
        )
        # each representative's copies, as positions in ``ids``
        by_rep = np.argsort(group_of, kind="stable")
        bounds = np.concatenate(([0], np.cumsum(np.bincount(group_of, minlength=n)))).tolist()
        rows = []
        moved: list[tuple[str, int]] = []  # (new cluster, rowid) of claims whose cluster changed
        for group in groups:
            members = sorted(m for g in group for m in by_rep[bounds[g] : bounds[g + 1]].tolist())
            new_id = cluster_id([ids[members[0]]])  # positions are in claim-id order
            middle = centre(sorted(group), weigh)  # and so are ``reps``
            rows.append(
                (new_id, rep_ids[middle], len(members), len({articles[m] for m in members}))
            )
            was = before.get(new_id, -2)
            moved += [(new_id, rowids[m]) for m in members if clusters[m] != was]
        # every claim these rows name was read above, and the version says none has gone since
        with store.references_trusted(), store.transaction():
            if store.data_version() != version:
                raise _StoreChanged
            if plan is not None:
                plan.write(store)  # the stories the claims were grouped within
            store.stage_pairs(kept)
            store.replace_clusters(rows, moved)
            store.compact_search_index()  # for the articles that will be added one by one
            store.set_meta(PENDING_KEY, "")
            store.set_meta(THRESHOLD_KEY, f"{self.threshold:g}")
            if plan is not None:
                plan.written(store)  # what is worked out from the stories' clusters
        return GroupingReport(
            claims=len(ids),
            clusters=len(rows),
            corroborated=sum(1 for r in rows if r[3] >= 2),
            candidates=candidates,
            related=related,
            threshold=self.threshold,
        )

    @staticmethod
    def _decisions(
        store: Store, index: Mapping[str, int]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """Must-link and cannot-link index pairs; for a pair decided twice, the later wins."""
        latest: dict[tuple[str, str], str] = {}
        for kind, a, b in store.decisions():
            latest[(min(a, b), max(a, b))] = kind
        must: list[tuple[int, int]] = []
        cannot: list[tuple[int, int]] = []
        for (a, b), kind in latest.items():
            if a in index and b in index:
                (must if kind == "link" else cannot).append((index[a], index[b]))
        return must, cannot

    # -- new claims ---------------------------------------------------------------------------

    def add(self, store: Store, claims: list[Claim]) -> None:
        """Place new claims (already stored) in clusters; call inside the ingest's transaction.

        The new claims and the clusters of the stored claims they resemble are grouped
        together, best pair first, as ``regroup`` would: a new claim can join a cluster,
        bridge two, or start its own. Stored clusters stay whole. As in ``regroup``, copies of
        one claim are one point, so a story syndicated a hundred times costs no more.
        """
        if not claims:
            return
        idf = StoreIdf(store)
        scope = Scope(store)
        scope.prefetch(c.article_id for c in claims)
        new_ids = {c.id for c in claims}
        points = _Points()
        for c in sorted(claims, key=lambda c: c.id):
            points.add_claim(c, scope)
        firsts = set(points.rep_ids)  # one claim of each set of copies
        fresh = {c.id: c for c in claims if c.id in firsts}
        loaded: dict[str, Claim] = dict(fresh)
        featured: dict[str, Features] = {}  # each claim's features made once: many pairs use them

        def features(claim: Claim) -> Features:
            if claim.id not in featured:
                featured[claim.id] = self.features(claim)
            return featured[claim.id]

        sentences = SentenceContext(store, self.scorer)
        weights: dict[str, float] = {}  # each claim's own weight, summed once for its pairs

        def score(f: Features, g: Features) -> PairScore:
            for x in (f, g):
                if x.claim_id not in weights:
                    weights[x.claim_id] = self.scorer.own_weight(x, idf)
            both = (weights[f.claim_id], weights[g.claim_id])
            return self.scorer.score(f, g, idf, sentences, both)

        scored: dict[tuple[str, str], PairScore] = {}
        near: set[str] = set()  # stored clusters that a new claim comes close to
        idf.prefetch(features(c).bag for c in fresh.values())  # their words, counted at once
        own = Counter(t for c in claims for t in features(c).bag)  # stored already
        ranked = store.similar_claims_many(
            {claim.id: self._query(features(claim), idf, own) for claim in fresh.values()},
            CANDIDATES,
            distinct=True,
        )
        # the stored claims they resemble, their articles' stories and their words' counts,
        # each read in one look-up for all the new claims; a claim of another story is not
        # compared (nor read in full), unless both stand alone
        scope.prefetch(s.article_id for found in ranked.values() for s in found)
        similar: dict[str, list[str]] = {}
        for claim in fresh.values():
            mine = frozenset({scope.story(claim.article_id)})
            similar[claim.id] = [
                s.id
                for s in ranked[claim.id]
                if s.id not in new_ids
                and Scope.allowed(
                    mine, claim.standalone, frozenset({scope.story(s.article_id)}), s.standalone
                )
            ]
        wanted = sorted({i for found in similar.values() for i in found} - loaded.keys())
        loaded.update((c.id, c) for c in store.claims(ids=wanted))
        idf.prefetch(features(loaded[i]).bag for found in similar.values() for i in found)
        for claim in fresh.values():
            f = features(claim)
            for other in (loaded[i] for i in similar[claim.id]):
                s = score(f, features(other))
                scored[(claim.id, other.id)] = s
                if s.score >= self.threshold - FLOOR_MARGIN and other.cluster_id:
                    near.add(other.cluster_id)
        parts = self._part_candidates(scored, features, loaded, idf)
        as_parts = {(a, b) for a, b, *_ in parts}
        store.add_pairs(
            [
                (a, b, s.score, s.relation, json.dumps(list(s.reasons)))
                for (a, b), s in scored.items()
                if s.reasons and (a, b) not in as_parts  # look-alikes kept apart, as in regroup
            ]
            + parts
        )
        # the stored clusters come near, as their distinct claims; new copies of those join them
        stored = _Points()
        for cid in sorted(near):
            rows = store.cluster_rows(cid)
            scope.prefetch(r[1] for r in rows)
            for mid, aid, norm, key, negated, free in rows:
                story = scope.story(aid)
                member = _Member(mid, aid, story, bool(free))
                stored.add(
                    member,
                    scoped_key(_claim_key(mid, norm, key, negated), story, bool(free)),
                    cluster=cid,
                )
        points = stored.merged(points)
        loaded.update(
            (c.id, c) for c in store.claims(ids=[i for i in points.rep_ids if i not in loaded])
        )
        group = [loaded[i] for i in points.rep_ids]
        feats = [features(m) for m in group]
        index = points.positions()  # any member's id -> its point

        def pair(i: int, j: int) -> PairScore:
            key = (group[i].id, group[j].id)
            if key not in scored:
                if not points.allowed(i, j):  # other stories: never one cluster
                    return PairScore(0.0, "different", (), ())
                scored[key] = score(feats[i], feats[j])
            return scored[key]

        edges = [
            (index[a], index[b], s.score)
            for (a, b), s in scored.items()
            if s.relation == "same" and a in index and b in index and index[a] != index[b]
        ]
        new_points = sorted({index[i] for i in fresh} - {index[i] for i in stored.positions()})
        edges += [
            (i, j, pair(i, j).score)
            for i, j in self._new_pairs([feats[k] for k in new_points], new_points, idf)
            if pair(i, j).relation == "same"
        ]
        must, cannot = self._decisions(store, index)
        # stored clusters stay whole: their points are tied to one another
        by_cluster: dict[str, list[int]] = {}
        for i, home in enumerate(points.clusters):
            if home:
                by_cluster.setdefault(home, []).append(i)
        must += [(ps[0], other) for ps in by_cluster.values() for other in ps[1:]]
        groups = cluster(
            len(group),
            edges,
            one_by_one(lambda i, j: _linkage(pair(i, j))),
            threshold=self.threshold,
            must=[p for p in must if p[0] != p[1]],
            cannot=[p for p in cannot if p[0] != p[1]],
        )
        for old in by_cluster:
            store.drop_cluster(old)
        for members in groups:
            reps = sorted(members, key=lambda i: group[i].id)
            middle = centre(reps, one_by_one(lambda i, j: _linkage(pair(i, j))))
            _write(store, [m for i in reps for m in points.members[i]], group[middle].id)

    def _part_candidates(
        self,
        scored: Mapping[tuple[str, str], PairScore],
        features: Callable[[Claim], Features],
        loaded: Mapping[str, Claim],
        idf: StoreIdf,
    ) -> list[tuple[str, str, float, str, str]]:
        """The scored pairs that are part candidates, as regroup records them: close enough to
        be judged (the look-alike floor), failing no check, one within the other."""
        settings = PartSettings.of(self.lexicons)
        out = []
        for (a, b), s in scored.items():
            if not may_be_part(s.reasons) or s.score < self.threshold - LOOK_ALIKE_MARGIN:
                continue
            fa, fb = features(loaded[a]), features(loaded[b])
            shorter = shorter_within(self.scorer, fa, fb, idf, settings)
            if shorter and states(
                self.scorer.normalizer, *((fa, fb) if shorter == a else (fb, fa))
            ):
                out.append(candidate_row(a, b, s.score, shorter))
        return out

    def _new_pairs(
        self, feats: list[Features], points: list[int], idf: StoreIdf
    ) -> list[tuple[int, int]]:
        """Pairs of the new points worth scoring: those that share one of their rarest words
        (an article of thousands of claims is not scored pair by pair)."""
        holders: dict[str, list[int]] = {}
        for f, point in zip(feats, points, strict=True):
            for word in sorted(f.bag, key=lambda t: (-idf(t), t))[:QUERY_TERMS]:
                holders.setdefault(word, []).append(point)
        pairs = {
            (i, j)
            for held in holders.values()
            for n, i in enumerate(held[:MAX_HOLDERS])
            for j in held[n + 1 : MAX_HOLDERS]
        }
        return sorted(pairs)

    def _query(self, f: Features, idf: StoreIdf, own: Mapping[str, int]) -> list[str]:
        """The claim's rarest words that stored claims hold, as many as fit the postings
        budget: a stored claim like it shares those, and a common word would make the search
        read a large part of the store. A word no stored claim holds finds nothing: a long
        claim's own words (who drew up the bridge) would crowd out those it shares with a
        shorter claim it states. ``own``: how many of the claims being added hold each word
        (they are stored already)."""
        words = sorted(f.bag, key=lambda t: (-idf(t), t))
        query: list[str] = []
        postings = 0
        for word in words:
            count = idf.count(word)
            if count <= own.get(word, 0):
                continue
            postings += count
            if query and postings > POSTINGS_BUDGET:
                break
            query.append(word)
            if len(query) == QUERY_TERMS:
                break
        return query

    def _save(
        self, store: Store, members: list[Claim], idf: Callable[[str], float], old_id: str | None
    ) -> None:
        points = _Points()
        scope = Scope(store)
        for m in sorted(members, key=lambda m: m.id):  # ties go the same way as in regroup
            points.add_claim(m, scope)
        by_id = {m.id: m for m in members}
        feats = [self.features(by_id[i]) for i in points.rep_ids]
        sentences = SentenceContext(store, self.scorer)

        def similarity(i: int, j: int) -> float:
            return _linkage(self.scorer.score(feats[i], feats[j], idf, sentences))  # type: ignore[arg-type]

        middle = centre(list(range(len(feats))), one_by_one(similarity))
        new_id = _write(store, [m for ms in points.members for m in ms], points.rep_ids[middle])
        if old_id and old_id != new_id:
            store.drop_cluster(old_id)

    def place_again(self, store: Store, article_ids: set[str]) -> None:
        """Group again the claims of articles that moved to another story: they leave their
        clusters, which are saved without them, and are placed as new claims are; inside the
        caller's transaction."""
        if not article_ids:
            return
        claims = store.claims_of(sorted(article_ids))
        left = {c.cluster_id for c in claims if c.cluster_id}
        store.unplace([c.id for c in claims])
        self.repair(store, left)
        self.add(store, [replace(c, cluster_id=None) for c in claims])

    def repair(self, store: Store, cluster_ids: set[str]) -> None:
        """Re-save clusters that lost members (their article was replaced or removed)."""
        if not cluster_ids:
            return  # a new article: nothing lost, and counting the store's claims is not free
        idf = StoreIdf(store)
        for cid in sorted(cluster_ids):
            members = store.cluster_members(cid)
            if members:
                self._save(store, members, idf, old_id=cid)
            else:
                store.drop_cluster(cid)

    def link(self, store: Store, a: Claim, b: Claim) -> str:
        """Record that two claims state the same thing, and put them in one cluster."""
        with store.transaction():
            store.add_decision("link", a.id, b.id)
            if a.cluster_id == b.cluster_id and a.cluster_id is not None:
                return a.cluster_id
            members = {
                m.id: m
                for cid in {a.cluster_id, b.cluster_id}
                if cid
                for m in store.cluster_members(cid)
            }
            members.setdefault(a.id, a)
            members.setdefault(b.id, b)
            for cid in {a.cluster_id, b.cluster_id} - {None}:
                store.drop_cluster(cid)  # type: ignore[arg-type]
            ordered = sorted(members.values(), key=lambda m: m.id)
            self._save(store, ordered, StoreIdf(store), old_id=None)
            return cluster_id([m.id for m in ordered])

    def unlink(self, store: Store, claim: Claim) -> list[str]:
        """Record that a claim is not the same as the rest of its cluster, and take it out.
        Returns the claims it was separated from."""
        if claim.cluster_id is None:
            return []
        with store.transaction():
            others = [m for m in store.cluster_members(claim.cluster_id) if m.id != claim.id]
            for other in others:
                store.add_decision("unlink", claim.id, other.id)
            idf = StoreIdf(store)
            store.drop_cluster(claim.cluster_id)
            if others:
                self._save(store, others, idf, old_id=None)
            self._save(store, [claim], idf, old_id=None)
        return [o.id for o in others]

    # -- reading ------------------------------------------------------------------------------

    def view(self, store: Store, ref: str) -> ClusterView:
        """A cluster with the scores of all its member pairs."""
        ids = store.cluster_ids(ref)
        exact = [i for i in ids if i == ref]
        if not ids:
            raise NotFoundError(f"no cluster matches {quote(ref)} (see 'claimcheck clusters')")
        if len(ids) > 1 and not exact:
            raise NotFoundError(f"{quote(ref)} matches several clusters; give more of the id")
        cid = (exact or ids)[0]
        members = store.cluster_members(cid)
        idf = StoreIdf(store)
        feats = [self.features(m) for m in members]
        sentences = SentenceContext(store, self.scorer)
        pairs = [
            (members[i], members[j], self.scorer.score(feats[i], feats[j], idf, sentences))
            for i in range(len(members))
            for j in range(i + 1, len(members))
        ]
        canonical_id = next(c[3] for c in store.clusters() if c[0] == cid)
        canonical = next(m for m in members if m.id == canonical_id)
        return ClusterView(cid, canonical, members, pairs)

    def search(self, store: Store, text: str, limit: int = 10) -> list[tuple[Claim, float]]:
        """Stored claims ranked by how much of ``text``'s weighted words they share."""
        probe = self.scorer.features(Claim("?", "?", 0, text, 0, 0, 0, 0, "body"))
        if not probe.bag:
            raise UsageError("search: the text has no words to look for")
        idf = StoreIdf(store)
        query = sorted(probe.bag, key=lambda t: (-idf(t), t))[: QUERY_TERMS * 2]
        found = store.claims(ids=store.similar_claims(query, max(limit * 5, 50)))
        ranked = [(c, self.scorer.text_score(probe, self.features(c), idf)[0]) for c in found]
        ranked.sort(key=lambda cs: (-cs[1], cs[0].id))
        return [(c, s) for c, s in ranked[:limit] if s > 0]


class _StoreChanged(Exception):
    """Another connection wrote to the store while it was being grouped."""


_STAGED = 10_000  # look-alike pairs held before they are staged in the store
_LOAD_BATCH = 20_000  # close pairs whose claims are loaded whole at a time
_CACHE = 50_000  # claims' features kept between batches


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused: grouping a big store makes millions of objects that
    live until it ends, which the collector would scan again and again for cycles that are
    not there (a sixth of the time of grouping; everything is freed by reference counts)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def _copies(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Claims keyed so that copies of one claim share a key -> the position of the first of
    each set of copies (ascending), and each claim's index among those (np.unique with its
    index and inverse, by sorting: many times faster on a million keys)."""
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.empty(len(keys), dtype=bool)
    starts[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    first = order[starts]  # the stable sort puts each set's first claim first
    by_position = np.argsort(first)
    rank = np.empty_like(by_position)
    rank[by_position] = np.arange(len(first))
    group_of = np.empty(len(keys), dtype=np.int64)
    group_of[order] = rank[np.cumsum(starts) - 1]
    return first[by_position], group_of


def _reordered(column: array[int], order: list[int]) -> array[int]:
    """A column of numbers in the given order."""
    values = np.frombuffer(column, dtype=column.typecode)
    return array(column.typecode, values[order].tobytes())


def _claim_key(claim_id: str, norm: str, copy_key: str, negated: int) -> int:
    """The integer key shared by copies of one claim. A claim without words is nobody's copy:
    it is keyed by its own id. Claims stored before copy keys were get one made of what they
    have (their normalised words and polarity)."""
    if copy_key and norm:
        return int(copy_key, 16)
    text = f"{norm}|{int(negated)}" if norm else f"id|{claim_id}"
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")


class _PointScope:
    """Each point's story (``MIXED`` when its copies come from several) and whether it is
    standalone, for telling which pairs of points may be compared, many at a time."""

    def __init__(
        self, stories: np.ndarray, standalone: np.ndarray, reps: np.ndarray, group_of: np.ndarray
    ) -> None:
        n = len(reps)
        low = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
        high = np.full(n, -1, dtype=np.int64)
        np.minimum.at(low, group_of, stories)
        np.maximum.at(high, group_of, stories)
        self.story = np.where(low == high, low, MIXED)
        self.free = standalone[reps].astype(bool)  # copies share it: their key says so

    def allowed(self, pairs: np.ndarray) -> np.ndarray:
        """Which of the pairs (rows of two point indices) may be compared."""
        x, y = pairs[:, 0], pairs[:, 1]
        same = (self.story[x] == self.story[y]) & (self.story[x] != MIXED)
        allowed: np.ndarray = same | (self.free[x] & self.free[y])
        return allowed


class _Member(NamedTuple):
    id: str
    article_id: str
    story: str = ""
    standalone: bool = False


class _Points:
    """Claims as the points grouping works on: copies of one claim (the same key) are one
    point, stood for by the first of them."""

    def __init__(self) -> None:
        self.rep_ids: list[str] = []
        self.members: list[list[_Member]] = []
        self.clusters: list[str | None] = []  # the stored cluster a point comes from
        self._at: dict[int, int] = {}  # key -> point

    def add(self, member: _Member, key: int, *, cluster: str | None = None) -> None:
        at = self._at.get(key)
        if at is None:
            at = self._at[key] = len(self.rep_ids)
            self.rep_ids.append(member.id)
            self.members.append([])
            self.clusters.append(cluster)
        self.members[at].append(member)
        self.clusters[at] = self.clusters[at] or cluster

    def add_claim(self, claim: Claim, scope: Scope) -> None:
        key = _claim_key(claim.id, claim.norm, claim.copy_key, claim.annotations.negated)
        story = scope.story(claim.article_id)
        member = _Member(claim.id, claim.article_id, story, claim.standalone)
        self.add(member, scoped_key(key, story, claim.standalone))

    def allowed(self, i: int, j: int) -> bool:
        """Whether points ``i`` and ``j`` may be compared (see ``Scope.allowed``)."""
        a, b = self.members[i], self.members[j]
        return Scope.allowed(
            frozenset(m.story for m in a),
            a[0].standalone,
            frozenset(m.story for m in b),
            b[0].standalone,
        )

    def merged(self, other: _Points) -> _Points:
        """The points of both, in claim-id order; copies of one claim in both are one point."""
        claims = [
            (m, key, points.clusters[at])
            for points in (self, other)
            for key, at in points._at.items()
            for m in points.members[at]
        ]
        out = _Points()
        for m, key, home in sorted(claims, key=lambda c: c[0].id):
            out.add(m, key, cluster=home)
        return out

    def positions(self) -> dict[str, int]:
        """Every member claim id -> its point."""
        return {m.id: i for i, ms in enumerate(self.members) for m in ms}


def _write(store: Store, members: list[_Member], canonical: str) -> str:
    """Save a cluster of these member claims; returns its id."""
    ids = sorted(m.id for m in members)
    new_id = cluster_id(ids)
    store.save_cluster(new_id, ids, canonical, len({m.article_id for m in members}))
    return new_id


def _split(articles: np.ndarray, sentences: np.ndarray) -> np.ndarray:
    """For each claim (its article's code and its sentence's number): whether its sentence was
    split into several claims."""
    if not len(articles):
        return np.zeros(0, dtype=bool)
    key = articles.astype(np.int64) * (int(sentences.max()) + 1) + sentences
    _, inverse, counts = np.unique(key, return_inverse=True, return_counts=True)
    return counts[inverse] > 1


class _FeatureLoader:
    """Scorer features of representatives, by position, read from the store in batches (by
    rowid, with only the annotations the scorer reads) and kept only while they are needed: a
    whole store's would not fit in memory."""

    def __init__(self, store: Store, scorer: Scorer, rowids: np.ndarray) -> None:
        self.store = store
        self.scorer = scorer
        self.rowids = rowids
        self.cache: dict[int, Features] = {}

    def load(self, positions: np.ndarray) -> None:
        missing = [p for p in positions.tolist() if p not in self.cache]
        if len(self.cache) + len(missing) > _CACHE:
            self.cache.clear()
            missing = positions.tolist()
        at = {int(self.rowids[p]): p for p in missing}
        for rowid, cid, aid, text, norm, record in self.store.scoring_rows(sorted(at)):
            self.cache[at[rowid]] = self.scorer.features_of(
                cid, aid, text, norm, records.from_json(record, SCORED_ANNOTATIONS)
            )

    def drop(self, positions: Iterable[int]) -> None:
        for p in positions:
            self.cache.pop(p, None)

    def one(self, position: int) -> Features:
        if position not in self.cache:
            self.load(np.array([position]))
        return self.cache[position]


class _Walk:
    """An order for a graph's edges (index pairs) in which the edges of one node come close
    together: nodes are numbered breadth first, and each edge is placed at the later of its
    two nodes. A node is then needed from its first edge to its last, a short span for most,
    and ``done`` says which nodes are no longer needed after so many edges."""

    def __init__(self, pairs: np.ndarray, n: int) -> None:
        ends = np.concatenate((pairs[:, 0], pairs[:, 1]))
        others = np.concatenate((pairs[:, 1], pairs[:, 0]))
        by_node = np.argsort(ends, kind="stable")
        neighbours = others[by_node]
        starts = np.searchsorted(ends[by_node], np.arange(n + 1)).tolist()
        involved = np.flatnonzero(np.bincount(ends, minlength=n))  # np.unique, but faster
        rank = [-1] * n
        numbered = 0
        for first in involved.tolist():
            if rank[first] >= 0:
                continue
            rank[first] = numbered
            numbered += 1
            queue = deque([first])
            while queue:
                node = queue.popleft()
                for other in neighbours[starts[node] : starts[node + 1]].tolist():
                    if rank[other] < 0:
                        rank[other] = numbered
                        numbered += 1
                        queue.append(other)
        ranks = np.asarray(rank, dtype=np.int64)
        place = np.maximum(ranks[pairs[:, 0]], ranks[pairs[:, 1]])
        self.order = np.argsort(place, kind="stable")
        # each node's last edge, as an index in ``order``
        last = np.zeros(n, dtype=np.int64)
        np.maximum.at(last, pairs[self.order, 0], np.arange(len(pairs)))
        np.maximum.at(last, pairs[self.order, 1], np.arange(len(pairs)))
        self._by_last = involved[np.argsort(last[involved], kind="stable")]
        self._last = np.sort(last[involved])
        self._dropped = 0

    def done(self, edges: int) -> list[int]:
        """The nodes whose last edge is among the first ``edges`` (each told once)."""
        upto = int(np.searchsorted(self._last, edges))
        out: list[int] = self._by_last[self._dropped : upto].tolist()
        self._dropped = max(self._dropped, upto)
        return out


class _ClaimIndex(Mapping[str, int]):
    """Claim id -> its representative's position, by bisecting the sorted ids (a dict of a
    million entries would cost more memory than the grouping itself)."""

    def __init__(self, ids: list[str], group_of: np.ndarray) -> None:
        self.ids = ids
        self.group_of = group_of

    def __getitem__(self, claim_id: str) -> int:
        i = bisect.bisect_left(self.ids, claim_id)
        if i == len(self.ids) or self.ids[i] != claim_id:
            raise KeyError(claim_id)
        return int(self.group_of[i])

    def __iter__(self) -> Iterator[str]:
        return iter(self.ids)

    def __len__(self) -> int:
        return len(self.ids)


def _linkage(s: PairScore) -> float:
    """A pair's weight in a cluster: its score, or nothing when something says the two are not
    the same claim (a different number, a reversed comparison), so that keeps clusters apart."""
    return 0.0 if s.reasons else s.score


class StoreIdf(Idf):
    """Document frequencies read from the store (``Store.term_counts``) as they are needed."""

    def __init__(self, store: Store) -> None:
        self._counts: dict[str, int] = {}
        self._weights: dict[str, float] = {}  # a word's count never changes once read
        self.store = store
        super().__init__(self._counts, store.claim_count())

    def prefetch(self, bags: Iterable[frozenset[str]]) -> None:
        """Count the words of these bags that are not counted yet, in one look-up."""
        # tested word by word: a set minus a dict's keys copies all the keys, and the words
        # counted grow with each look-up (recounting every story's conflicts did thousands)
        counts = self._counts
        wanted = sorted({t for bag in bags for t in bag if t not in counts})
        found = self.store.term_counts(wanted)
        counts.update((t, found.get(t, 0)) for t in wanted)

    def count(self, term: str) -> int:
        """How many stored claims hold the word."""
        if term not in self._counts:
            self._counts[term] = self.store.term_counts([term]).get(term, 0)
        return self._counts[term]

    def __call__(self, term: str) -> float:
        weight = self._weights.get(term)
        if weight is None:
            self.count(term)
            weight = self._weights[term] = super().__call__(term)
        return weight
