"""Candidate pairs without comparing everything with everything: MinHash LSH.

Each claim's set of normalised words gets a signature of ``BANDS x ROWS`` min-hashes; two
claims become candidates when all the rows of any one band agree. Two claims that share a
fraction s of their words (Jaccard) become candidates with probability
1 - (1 - s^ROWS)^BANDS: 0.95 at s = 0.3, 0.999 at s = 0.5. Hashes come from crc32 and a fixed
seed, so the candidates are the same on every run.
"""

from __future__ import annotations

import numpy as np

from claimcheck.bags import Bags

BANDS = 32
ROWS = 2
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64((1 << 32) - 1)
_CHUNK = 10_000  # claims per signature batch: 64 hashes x their words, to bound memory
MAX_BUCKET = 100  # a band bucket bigger than this is a family of look-alikes: see candidate_pairs
WINDOW = 30  # in such a bucket, each claim is paired with this many of its closest
# Words held by this share of the claims, and by at least COMMON_FLOOR of them ("say",
# "percent", "year" in a big store), are hashed after every other word: otherwise claims that
# share only such a word fill one bucket with millions of pairs that can never score high.
COMMON_SHARE = 0.02
COMMON_FLOOR = 500
_LAST = np.uint64(1 << 32)  # added to a common word's hash: it is the minimum only of commons


def signatures(bags: Bags, *, bands: int = BANDS, rows: int = ROWS, seed: int = 1) -> np.ndarray:
    """One row of ``bands * rows`` min-hashes per claim (uint32); claims without words get
    all-ones rows, which are never candidates. A claim's common words count only when it has
    no other words."""
    k = bands * rows
    rng = np.random.default_rng(seed)
    # a, b and x below 2**32, so a*x + b stays inside 64 bits
    a = rng.integers(1, 1 << 32, size=k, dtype=np.uint64)
    b = rng.integers(0, 1 << 32, size=k, dtype=np.uint64)
    n = len(bags)
    df = np.bincount(bags.indices, minlength=len(bags.vocab))
    common = df >= max(COMMON_FLOOR, COMMON_SHARE * n)
    hashes = bags.token_hashes()
    out = np.full((n, k), np.uint32(0xFFFFFFFF), dtype=np.uint32)
    for lo in range(0, n, _CHUNK):
        hi = min(n, lo + _CHUNK)
        starts = bags.indptr[lo:hi]
        lengths = np.diff(bags.indptr[lo : hi + 1])
        filled = np.flatnonzero(lengths)
        if not len(filled):
            continue
        words = bags.indices[bags.indptr[lo] : bags.indptr[hi]]
        x = hashes[words]
        hashed = ((a[:, None] * x[None, :] + b[:, None]) % _PRIME) & _MASK  # h(x) = (a*x + b) mod p
        hashed[:, common[words]] += _LAST
        offsets = (starts - bags.indptr[lo])[filled]
        lowest = np.minimum.reduceat(hashed, offsets, axis=1) & _MASK
        out[lo + filled] = lowest.T.astype(np.uint32)
    return out


def candidate_pairs(
    sig: np.ndarray, *, bands: int = BANDS, rows: int = ROWS, window: int | None = None
) -> np.ndarray:
    """Index pairs (i < j), one per row, that agree on all rows of at least one band.

    A bucket of more than ``MAX_BUCKET`` claims (a family of look-alike claims, as boilerplate
    that recurs in thousands of stories makes) is not paired all with all, which would grow
    with the square of the family: its members are ordered by the rest of their signatures,
    so that those agreeing on more hashes come next to one another, and each is paired with
    the ``window`` after it."""
    window = WINDOW if window is None else window
    n = sig.shape[0]
    found: list[np.ndarray] = []
    empty = (sig == np.uint32(0xFFFFFFFF)).all(axis=1)
    for band in range(bands):
        part = sig[:, band * rows : (band + 1) * rows].astype(np.uint64)
        key = part[:, 0]
        for r in range(1, rows):
            key = key * np.uint64(0x9E3779B97F4A7C15) + part[:, r]
        key[empty] = np.arange(int(empty.sum()), dtype=np.uint64) + np.uint64(1 << 63)
        order = np.argsort(key, kind="stable")
        sorted_keys = key[order]
        boundaries = np.flatnonzero(np.diff(sorted_keys)) + 1
        starts = np.concatenate(([0], boundaries))
        sizes = np.diff(np.concatenate((starts, [n])))
        twos = starts[sizes == 2]  # nearly all buckets: one pair each, done at once
        found.append(_codes(order[twos], order[twos + 1], n))
        for start, size in zip(starts[sizes > 2], sizes[sizes > 2], strict=True):
            members = order[start : start + size]
            if size <= MAX_BUCKET:
                i, j = np.triu_indices(size, k=1)
                found.append(_codes(members[i], members[j], n))
                continue
            rest = np.roll(sig[members], -(band + 1) * rows, axis=1)  # the next bands first
            members = members[np.lexsort(rest.T[::-1])]
            for step in range(1, window + 1):
                found.append(_codes(members[:-step], members[step:], n))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(found))
    return np.stack((codes // n, codes % n), axis=1)


def _codes(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Pairs as single integers i * n + j with i < j, for finding duplicates cheaply."""
    a, b = a.astype(np.int64), b.astype(np.int64)
    codes: np.ndarray = np.minimum(a, b) * n + np.maximum(a, b)
    return codes
