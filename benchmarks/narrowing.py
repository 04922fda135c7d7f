"""Candidate narrowing against the exhaustive scorer, on a sample of a benchmark store.

The sample is the first articles of the store (by name, so re-issues of one story fall in it
together) up to a number of distinct claims. Exact copies are one claim before any scoring,
as in ``Grouper.regroup``, so the pairs compared are those of distinct claims. The exhaustive
side is the scorer itself (``Scorer.score``, in Python) over every pair; the narrowed side is
what ``regroup`` does: MinHash LSH candidates, their text scores in numpy, and the full score
of the close ones. Prints one JSON line.

Usage: ``python benchmarks/narrowing.py STORE.db DISTINCT_CLAIMS``
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

from claimcheck.bags import Bags
from claimcheck.blocking import candidate_pairs, signatures
from claimcheck.match import RELATED_MARGIN, Idf, Scorer
from claimcheck.models import Claim
from claimcheck.store import Store


def sample(store: Store, distinct: int) -> tuple[int, list[Claim], list[Claim]]:
    """(articles, all claims, one claim per copy key) of the first articles by name."""
    articles = sorted(store.articles(), key=lambda a: a.name)
    claims: list[Claim] = []
    seen: dict[str, Claim] = {}
    used = 0
    for summary in articles:
        if len(seen) >= distinct:
            break
        used += 1
        for claim in store.claims(summary.id):
            claims.append(claim)
            # a claim without words is nobody's copy, as in regroup
            seen.setdefault(claim.copy_key if claim.norm else claim.id, claim)
    return used, claims, sorted(seen.values(), key=lambda c: c.id)


def main() -> None:
    db, wanted = Path(sys.argv[1]), int(sys.argv[2])
    scorer = Scorer()
    with Store(db, create=False) as store:
        used, claims, reps = sample(store, wanted)
        articles = len(store.articles())
    feats = [scorer.features(c) for c in reps]
    idf = Idf.of(scorer.features(c).bag for c in claims)  # over all claims, as regroup
    threshold = scorer.threshold

    start = time.perf_counter()
    above = set()
    for i, j in itertools.combinations(range(len(feats)), 2):
        if scorer.score(feats[i], feats[j], idf).score >= threshold:
            above.add((i, j))
    exhaustive_s = time.perf_counter() - start

    start = time.perf_counter()
    position = {c.id: k for k, c in enumerate(claims)}
    bags = Bags.build(c.norm for c in claims).subset(np.array([position[c.id] for c in reps]))
    pairs = candidate_pairs(signatures(bags))
    text, overlap = bags.text_scores(pairs)
    close = np.flatnonzero(text >= threshold - RELATED_MARGIN)
    for (i, j), value, share in zip(
        pairs[close].tolist(), text[close].tolist(), overlap[close].tolist(), strict=True
    ):
        scorer.judge(feats[i], feats[j], value, share)
    narrowed_s = time.perf_counter() - start

    found = {
        (i, j) for (i, j), t in zip(pairs.tolist(), text.tolist(), strict=True) if t >= threshold
    }
    kept = len(above & found)
    n = len(reps)
    print(
        json.dumps(
            {
                "store": articles,
                "articles": used,
                "claims": len(claims),
                "distinct": n,
                "all_pairs": n * (n - 1) // 2,
                "threshold": threshold,
                "above": len(above),
                "candidates": len(pairs),
                "kept": kept,
                "recall": kept / len(above) if above else 1.0,
                "exhaustive_s": exhaustive_s,
                "narrowed_s": narrowed_s,
                "speedup": exhaustive_s / narrowed_s if narrowed_s else 0.0,
            }
        )
    )


if __name__ == "__main__":
    main()
