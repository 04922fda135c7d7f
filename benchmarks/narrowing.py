"""Candidate narrowing against the exhaustive scorer, on a benchmark store.

The narrowing is what ``Grouper.regroup`` does to the whole store: copies of one claim are
one claim, MinHash LSH proposes candidate pairs, and their text scores are computed with
numpy. The exhaustive side is the scorer itself (``Scorer.score``, in Python) over every pair
of two samples of the store's distinct claims (a random one, and the claims of the first
articles, where re-issues of one story sit together), with the word weights of the whole store.
A pair of the sample at or above the threshold is kept when the narrowing of the whole store
proposed it. Timing the exhaustive scorer on the sample gives its cost per pair, from which
its time on the whole store is estimated for the speed ratio. Prints one JSON line.

Usage: ``python benchmarks/narrowing.py STORE.db SAMPLE_CLAIMS``
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

from claimcheck.grouping.bags import Bags
from claimcheck.grouping.blocking import candidate_blocks, signatures
from claimcheck.grouping.match import Idf, Scorer
from claimcheck.grouping.regroup import _claim_key
from claimcheck.storage.store import Store

SEED = 11


def distinct_claims(store: Store) -> tuple[list[str], Bags]:
    """The ids of the store's distinct claims (the first copy of each) and their words, with
    the word weights of all claims, as ``regroup`` builds them."""
    ids: list[str] = []

    def norms():  # type: ignore[no-untyped-def]
        for cid, _, norm, key, negated, *_ in store.grouping_rows():
            ids.append(cid)
            yield _claim_key(cid, norm, key, negated), norm

    bags, distinct = Bags.build_distinct(norms())
    _, reps = np.unique(distinct, return_index=True)  # the first claim of each, in order
    return [ids[r] for r in reps], bags


def main() -> None:
    db, wanted = Path(sys.argv[1]), int(sys.argv[2])
    scorer = Scorer()
    threshold = scorer.threshold
    with Store(db, create=False) as store:
        articles = len(store.articles())
        claims = store.claim_count()
        rep_ids, bags = distinct_claims(store)
        n = len(rep_ids)

        start = time.perf_counter()
        found: set[int] = set()
        candidates = 0
        for pairs in candidate_blocks(signatures(bags), spill=db.parent):
            text, _ = bags.text_scores(pairs)
            found.update((pairs[text >= threshold] @ np.array([n, 1], dtype=np.int64)).tolist())
            candidates += len(pairs)
        narrowed_s = time.perf_counter() - start

        rng = np.random.default_rng(SEED)
        samples = {
            "random": np.sort(rng.choice(n, size=min(wanted, n), replace=False)).tolist(),
            "articles": first_articles(store, rep_ids, wanted),
        }
        by_id = {
            c.id: c
            for c in store.claims(ids=sorted({rep_ids[i] for s in samples.values() for i in s}))
        }
    idf = _WeightsIdf(bags)
    figures: dict[str, dict[str, float]] = {}
    for name, sample in samples.items():
        feats = [scorer.features(by_id[rep_ids[i]]) for i in sample]
        start = time.perf_counter()
        above = kept = 0
        for a, b in itertools.combinations(range(len(feats)), 2):
            if scorer.score(feats[a], feats[b], idf).score >= threshold:
                above += 1
                kept += sample[a] * n + sample[b] in found
        figures[name] = {
            "sample": len(feats),
            "above": above,
            "kept": kept,
            "seconds": time.perf_counter() - start,
        }
    random = figures["random"]
    sample_pairs = int(random["sample"] * (random["sample"] - 1) // 2)
    all_pairs = n * (n - 1) // 2
    whole_s = random["seconds"] / sample_pairs * all_pairs
    above = sum(f["above"] for f in figures.values())
    kept = sum(f["kept"] for f in figures.values())
    print(
        json.dumps(
            {
                "store": articles,
                "claims": claims,
                "distinct": n,
                "samples": figures,
                "sample": random["sample"],
                "sample_pairs": sample_pairs,
                "threshold": threshold,
                "above": above,
                "kept": kept,
                "recall": kept / above if above else 1.0,
                "candidates": candidates,
                "all_pairs": all_pairs,
                "exhaustive_s": random["seconds"],
                "exhaustive_whole_s": whole_s,
                "narrowed_s": narrowed_s,
                "speedup": whole_s / narrowed_s if narrowed_s else 0.0,
            }
        )
    )


def first_articles(store: Store, rep_ids: list[str], wanted: int) -> list[int]:
    """The distinct claims of the first articles by name, up to ``wanted``: re-issues of a
    story sit near it, so this sample holds the near-duplicates that a random one misses."""
    position = {cid: k for k, cid in enumerate(rep_ids)}
    out: list[int] = []
    for summary in sorted(store.articles(), key=lambda a: a.name):
        for claim in store.claims(summary.id):
            if claim.id in position:
                out.append(position.pop(claim.id))
        if len(out) >= wanted:
            break
    return sorted(out[:wanted])


class _WeightsIdf(Idf):
    """The word weights regroup scores with (all claims of the store), for the Python scorer."""

    def __init__(self, bags: Bags) -> None:
        super().__init__({}, 1)
        self.weights = {w: float(bags.weights[k]) for w, k in bags.vocab.items()}

    def __call__(self, term: str) -> float:
        return self.weights[term]


if __name__ == "__main__":
    main()
