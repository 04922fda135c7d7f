"""Candidate pairs without comparing everything with everything: MinHash LSH.

Each claim's set of normalised words (a word that carries a concept as that concept) gets a
signature of ``BANDS x ROWS`` min-hashes; two
claims become candidates when all the rows of any one band agree. Two claims that share a
fraction s of their words (Jaccard) become candidates with probability
1 - (1 - s^ROWS)^BANDS: 0.95 at s = 0.3, 0.999 at s = 0.5. Hashes come from crc32 and a fixed
seed, so the candidates are the same on every run.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import numpy as np

from claimcheck.arrays import distinct
from claimcheck.grouping.bags import Bags

BANDS = 32
ROWS = 2
_PRIME = np.uint64((1 << 61) - 1)
_MASK = np.uint64((1 << 32) - 1)
_CHUNK = 10_000  # claims per signature batch: 64 hashes x their words, to bound memory
MAX_BUCKET = 100  # a band bucket bigger than this is a family of look-alikes: see candidate_blocks
WINDOW = 30  # in such a bucket, each claim is paired with this many of its closest
BLOCK = 10_000  # claims whose candidates are put together at a time, on average
HELD = 8_000_000  # candidate pairs held in memory before the rest wait on disk (64 MB)
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
    # a word with a concept is hashed as its concept, which then counts once: synonyms meet in
    # a bucket, and a claim's concepts do not make it look less like its copies
    carried = bags.concept >= 0
    hashes[carried] = hashes[bags.concept[carried]]
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
    """All the candidate pairs at once (see ``candidate_blocks``), in (i, j) order."""
    blocks = list(candidate_blocks(sig, bands=bands, rows=rows, window=window))
    return np.concatenate(blocks) if blocks else np.empty((0, 2), dtype=np.int64)


def candidate_blocks(
    sig: np.ndarray,
    *,
    bands: int = BANDS,
    rows: int = ROWS,
    window: int | None = None,
    spill: Path | None = None,
) -> Iterator[np.ndarray]:
    """Index pairs (i < j), one per row, that agree on all rows of at least one band: each
    pair once, in blocks of ascending i, the whole in (i, j) order.

    A bucket of more than ``MAX_BUCKET`` claims (a family of look-alike claims, as boilerplate
    that recurs in thousands of stories makes) is not paired all with all, which would grow
    with the square of the family: its members are ordered by the rest of their signatures,
    so that those agreeing on more hashes come next to one another, and each is paired with
    the ``window`` after it.

    A big store's candidates outnumber its claims a hundredfold, so they are never held all
    at once: each band's pairs are sorted into blocks by their first claim, and a block is
    only put together (and its repeats, found by several bands, dropped) when it is yielded.
    Blocks waiting their turn go to a temporary file in the folder ``spill`` (the system's
    temporary folder when None) once they outgrow ``HELD``."""
    window = WINDOW if window is None else window
    n = sig.shape[0]
    if n < 2:
        return
    # block b holds the pairs whose first claim is in [starts[b], starts[b + 1]): a claim is
    # first of a pair with one of the claims after it, so early blocks cover fewer claims
    count = max(1, -(-n // BLOCK))
    starts = (n * (1 - np.sqrt(1 - np.arange(count + 1) / count))).astype(np.int64)
    starts[-1] = n
    with _Blocks(starts * n, spill) as blocks:
        empty = (sig == np.uint32(0xFFFFFFFF)).all(axis=1)
        for band in range(bands):
            blocks.add(_band_codes(sig, band, rows, window, empty))
        for b in range(count):
            codes = distinct(blocks.take(b))
            if len(codes):
                yield np.stack((codes // n, codes % n), axis=1)


def _band_codes(
    sig: np.ndarray, band: int, rows: int, window: int, empty: np.ndarray
) -> np.ndarray:
    """The pairs (as codes) that one band makes candidates, each once."""
    n = sig.shape[0]
    part = sig[:, band * rows : (band + 1) * rows].astype(np.uint64)
    key = part[:, 0]
    for r in range(1, rows):
        key = key * np.uint64(0x9E3779B97F4A7C15) + part[:, r]
    key[empty] = np.arange(int(empty.sum()), dtype=np.uint64) + np.uint64(1 << 63)
    order = np.argsort(key, kind="stable")
    sorted_keys = key[order]
    starts = np.flatnonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1])))
    sizes = np.diff(np.concatenate((starts, [n])))
    found: list[np.ndarray] = []
    # buckets up to MAX_BUCKET, all with all: those of one size at once (most are pairs)
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= MAX_BUCKET)]).tolist():
        members = order[starts[sizes == size][:, None] + np.arange(size)]
        i, j = np.triu_indices(size, k=1)
        found.append(_codes(members[:, i].ravel(), members[:, j].ravel(), n))
    for start, size in zip(starts[sizes > MAX_BUCKET], sizes[sizes > MAX_BUCKET], strict=True):
        members = order[start : start + size]
        rest = np.roll(sig[members], -(band + 1) * rows, axis=1)  # the next bands first
        members = members[np.lexsort(rest.T[::-1])]
        for step in range(1, window + 1):
            found.append(_codes(members[:-step], members[step:], n))
    return distinct(np.concatenate(found)) if found else np.empty(0, dtype=np.int64)


class _Blocks:
    """Sorted codes gathered by block, in memory up to ``HELD`` codes, then in a temporary
    file (deleted when closed)."""

    def __init__(self, bounds: np.ndarray, spill: Path | None) -> None:
        self.bounds = bounds
        self.spill = spill
        self.held: list[list[np.ndarray]] = [[] for _ in range(len(bounds) - 1)]
        self.size = 0
        self.file: IO[bytes] | None = None
        self.written: list[list[tuple[int, int]]] = [[] for _ in range(len(bounds) - 1)]

    def __enter__(self) -> _Blocks:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.file is not None:
            self.file.close()

    def add(self, codes: np.ndarray) -> None:
        """Sorted codes, split among the blocks."""
        cuts = np.searchsorted(codes, self.bounds)
        for b in range(len(self.held)):
            if cuts[b + 1] > cuts[b]:
                self.held[b].append(codes[cuts[b] : cuts[b + 1]])
        self.size += len(codes)
        if self.size > HELD:
            self._write()

    def take(self, b: int) -> np.ndarray:
        parts = self.held[b]
        self.held[b] = []
        if self.file is not None:
            for offset, count in self.written[b]:
                self.file.seek(offset)
                parts.append(np.fromfile(self.file, dtype=np.int64, count=count))
        return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)

    def _write(self) -> None:
        if self.file is None:
            # closed by __exit__, which every use of _Blocks goes through
            self.file = tempfile.TemporaryFile(prefix="claimcheck-", dir=self.spill)  # noqa: SIM115
        self.file.seek(0, os.SEEK_END)
        for b, parts in enumerate(self.held):
            for codes in parts:
                self.written[b].append((self.file.tell(), len(codes)))
                codes.tofile(self.file)
            parts.clear()
        self.size = 0


def _codes(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """Pairs as single integers i * n + j with i < j, for finding duplicates cheaply."""
    a, b = a.astype(np.int64), b.astype(np.int64)
    codes: np.ndarray = np.minimum(a, b) * n + np.maximum(a, b)
    return codes
