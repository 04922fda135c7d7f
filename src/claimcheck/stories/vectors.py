"""Articles' story keys as a sparse matrix: each key an integer column, each article a row
(its entries in column order). Weighing every article, finding each one's heaviest keys and
the similarity of a million pairs are then a few array operations; as dictionaries, one per
article, they took minutes and gigabytes on a store of tens of thousands of articles.

Every number is worked out in a fixed order, the same on every run and the same as the
dictionaries they replaced gave, to the last digit: the columns are in the order a vector was
built (block by block, keys in string order), logarithms are taken with ``math.log``, and
sums run in the order the dictionaries added (``np.bincount`` adds in the order it is given;
numpy's ``sum`` adds pairwise, which rounds differently).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from claimcheck.arrays import distinct
from claimcheck.stories.features import BLOCKS, Terms

_BLOCK_RANK = {b: i for i, b in enumerate(BLOCKS)}
_OTHER = len(BLOCKS)  # a key of no block: counted, never weighed
_DENSE_CELLS = 1 << 21  # pair similarities: rows spread out at once, times their columns
_DENSE_VOTES = 1 << 23  # candidate pairs: articles' votes for every article, held at once,
_VOTES = 1 << 22  # counted from at most this many single votes
_LEVELS = 32  # the first cut of the largest votes
_SORTED_ROWS = 4096  # rows whose entries are put in column order at once
_GROUPED = 1 << 21  # entries whose keys are counted within their groups at once


@dataclass(slots=True)
class KeyMatrix:
    """Articles' key counts: row ``i``'s entries are ``cols[indptr[i]:indptr[i + 1]]``, in
    increasing order, each key's count in the article ``tf[counts]`` (the distinct counts are
    few: each entry holds the place of its own). ``names[c]`` is column ``c``'s key."""

    indptr: np.ndarray  # int64, rows + 1
    cols: np.ndarray  # int32
    counts: np.ndarray  # int32: each entry's count, as its place in ``tf``
    tf: np.ndarray  # float64: the distinct counts
    names: list[str]
    blocks: np.ndarray  # int8: each column's block, as its place in BLOCKS (or _OTHER)
    rank: np.ndarray  # int64: each column's key in string order, to break ties as sorted() does

    @classmethod
    def of(cls, rows: Iterable[Terms]) -> KeyMatrix:
        """The matrix of these articles' keys, read one article at a time (each key's string
        is kept once, however many articles hold it)."""
        index: dict[str, int] = {}
        number = index.setdefault
        values: dict[float, int] = {}
        value = values.setdefault
        cols = array("i")
        counts = array("i")
        lengths = array("q")
        for terms in rows:
            lengths.append(len(terms))
            cols.extend([number(key, len(index)) for key in terms])  # a new key: the next
            counts.extend([value(tf, len(values)) for tf in terms.values()])
        names = list(index)
        del index
        by_name = sorted(range(len(names)), key=names.__getitem__)
        rank = np.empty(len(names), dtype=np.int64)
        rank[by_name] = np.arange(len(names))
        block = np.fromiter(
            (_BLOCK_RANK.get(n[:1], _OTHER) for n in names), dtype=np.int8, count=len(names)
        )
        # columns block by block, keys in string order: the order a vector's sums run in
        order = np.lexsort((rank, block))
        new = np.empty(len(names), dtype=np.int32)
        new[order] = np.arange(len(names), dtype=np.int32)
        indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(np.frombuffer(lengths, dtype=np.int64), out=indptr[1:])
        col = new[np.frombuffer(cols, dtype=np.int32)] if len(cols) else np.empty(0, np.int32)
        del cols
        code = np.frombuffer(counts, dtype=np.int32).copy()
        del counts
        # each row's entries in column order, some thousands of rows at a time
        width = max(len(names), 1)
        for lo in range(0, len(lengths), _SORTED_ROWS):
            hi = min(len(lengths), lo + _SORTED_ROWS)
            at = slice(indptr[lo], indptr[hi])
            key = row_of(indptr[lo : hi + 1] - indptr[lo]) * width + col[at]
            entries = np.argsort(key, kind="stable")
            col[at], code[at] = col[at][entries], code[at][entries]
        return cls(
            indptr,
            col,
            code,
            np.array(list(values), dtype=np.float64),
            [names[i] for i in order.tolist()],
            block[order],
            rank[order],
        )

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    @property
    def width(self) -> int:
        return len(self.names)

    def df(self) -> np.ndarray:
        """How many rows hold each column."""
        return np.bincount(self.cols, minlength=self.width)

    def rows(self, which: np.ndarray) -> KeyMatrix:
        """The matrix of some of its rows, in the order given (columns unchanged)."""
        starts, ends = self.indptr[which], self.indptr[np.asarray(which) + 1]
        entries = gather(starts, ends)
        indptr = np.zeros(len(which) + 1, dtype=np.int64)
        np.cumsum(ends - starts, out=indptr[1:])
        return KeyMatrix(
            indptr,
            self.cols[entries],
            self.counts[entries],
            self.tf,
            self.names,
            self.blocks,
            self.rank,
        )


@dataclass(slots=True)
class Weighed:
    """Article vectors: rows as in a KeyMatrix, with each entry's weight."""

    indptr: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    width: int

    @property
    def n(self) -> int:
        return len(self.indptr) - 1


def row_of(indptr: np.ndarray) -> np.ndarray:
    """Each entry's row."""
    return np.repeat(np.arange(len(indptr) - 1, dtype=np.int64), np.diff(indptr))


def gather(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The positions ``starts[0]..ends[0]``, then ``starts[1]..ends[1]``, ... as one array."""
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.empty(0, dtype=np.int64)
    offsets = np.cumsum(lengths) - lengths
    positions: np.ndarray = np.arange(total, dtype=np.int64) + np.repeat(starts - offsets, lengths)
    return positions


def idf(n: int, df: np.ndarray, offset: float = 1.0) -> np.ndarray:
    """The weight of a key held by ``df`` of ``n`` articles, for many counts at once:
    log((n + 1) / (df + 1)) + offset."""
    values, inverse = np.unique(df, return_inverse=True)
    logs = np.array([math.log((n + 1) / (d + 1)) + offset for d in values.tolist()])
    return logs[inverse.reshape(-1)]


def local_idf(m: KeyMatrix, group_of_row: np.ndarray, offset: float) -> np.ndarray:
    """Each entry's ``idf`` within its row's group (a topic): of the group's rows, how many
    hold the key. The rows of a group are consecutive; rows of group -1 get 1.0."""
    row = row_of(m.indptr)
    group = group_of_row[row]
    out = np.ones(len(m.cols))
    size = np.bincount(group_of_row[group_of_row >= 0])
    # groups a few hundred thousand entries at a time, whole
    bounds = np.flatnonzero(np.diff(group, prepend=-2, append=-2))
    lo = 0
    while lo < len(bounds) - 1:
        hi = lo + 1
        while hi < len(bounds) - 1 and bounds[hi + 1] - bounds[lo] <= _GROUPED:
            hi += 1
        at = slice(bounds[lo], bounds[hi])
        inside = group[at] >= 0
        if inside.any():
            g = group[at][inside]
            codes = g.astype(np.int64) * max(m.width, 1) + m.cols[at][inside]
            _, where, held = np.unique(codes, return_inverse=True, return_counts=True)
            df = held[where.reshape(-1)]
            n = size[g]
            # (n, df) takes few distinct values: a logarithm each
            scale = int(df.max()) + 1
            pairs, which = np.unique(n * scale + df, return_inverse=True)
            logs = np.array(
                [math.log((c // scale + 1) / (c % scale + 1)) + offset for c in pairs.tolist()]
            )
            out[at][inside] = logs[which.reshape(-1)]  # a view of ``out``
        lo = hi
    return out


def weigh(
    m: KeyMatrix,
    weights: Mapping[str, float],
    glob_idf: np.ndarray,
    local: np.ndarray | None = None,
) -> Weighed:
    """Every row's vector: per block (1 + ln tf) x idf (x ``local``, one value per entry),
    L2-normalised and scaled by the square root of the block's share of the weights; blocks
    of no weight left out. Worked in place: a million claims' articles hold ten million
    entries."""
    total = sum(weights.values())
    block_weight = np.array([weights.get(b, 0.0) for b in BLOCKS] + [0.0])
    block = m.blocks[m.cols]
    keep = block_weight[block] > 0
    every = bool(keep.all())
    cols = m.cols if every else m.cols[keep]
    logs = np.array([1.0 + math.log(t) for t in m.tf.tolist()])
    value = logs[m.counts if every else m.counts[keep]]
    value *= glob_idf[cols]
    if local is not None:
        value *= local if every else local[keep]
    row = row_of(m.indptr)
    if not every:
        row, block = row[keep], block[keep]
    del keep
    part = row * (_OTHER + 1) + block
    squares = np.bincount(part, weights=value * value, minlength=m.n * (_OTHER + 1))
    share = np.sqrt(block_weight / total) if total > 0 else np.zeros(len(block_weight))
    norm = np.sqrt(squares)
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where(norm > 0, np.tile(share, m.n) / norm, 0.0)  # per row and block
    value *= scale[part]
    del part
    indptr = np.zeros(m.n + 1, dtype=np.int64)
    np.cumsum(np.bincount(row, minlength=m.n), out=indptr[1:])
    return Weighed(indptr, cols, value, m.width)


def pair_dots(w: Weighed, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The dot product of rows ``a[k]`` and ``b[k]``, for every k. Of each pair, the longer
    row is spread out as a dense row (a few dozen such rows at a time) and the shorter one's
    entries read against it; the products are added in column order."""
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    out = np.zeros(len(a))
    if not len(a):
        return out
    lengths = np.diff(w.indptr)
    shorter = lengths[a] < lengths[b]
    spread, read = np.where(shorter, b, a), np.where(shorter, a, b)
    order = np.argsort(spread, kind="stable")
    firsts, starts = np.unique(spread[order], return_index=True)
    bounds = [*starts.tolist(), len(order)]
    # each column's place among the dense rows' columns; -1, the last: a column of zeros
    local = np.full(max(w.width, 1), -1, dtype=np.int64)
    sizes = lengths[firsts].tolist()
    i = 0
    while i < len(firsts):
        j, entries = i, 0
        while j < len(firsts) and (j == i or (j - i + 1) * (entries + sizes[j]) <= _DENSE_CELLS):
            entries += sizes[j]
            j += 1
        rows = firsts[i:j]
        mine = gather(w.indptr[rows], w.indptr[rows + 1])
        columns = distinct(w.cols[mine])
        local[columns] = np.arange(len(columns))
        dense = np.zeros((len(rows), len(columns) + 1))
        dense[np.repeat(np.arange(len(rows)), lengths[rows]), local[w.cols[mine]]] = w.values[mine]
        pairs = order[bounds[i] : bounds[j]]
        dense_row = np.repeat(np.arange(len(rows)), np.diff(bounds[i : j + 1]))
        other = read[pairs]
        theirs = gather(w.indptr[other], w.indptr[other + 1])
        count = lengths[other]
        # a column the dense row lacks adds 0.0, which changes no sum
        products = dense[np.repeat(dense_row, count), local[w.cols[theirs]]] * w.values[theirs]
        pair = np.repeat(np.arange(len(pairs)), count)
        out[pairs] = np.bincount(pair, weights=products, minlength=len(pairs))
        local[columns] = -1
        i = j
    return out


def top_keys(w: Weighed, rank: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's ``k`` heaviest entries, heaviest first (ties: the key first in string
    order): (row, position in ``w``) of each."""
    row = row_of(w.indptr)
    entries = np.flatnonzero(_among_largest(w.values, row, w.n, k))
    order = entries[np.lexsort((rank[w.cols[entries]], -w.values[entries], row[entries]))]
    ranked = row[order]
    chosen = order[np.arange(len(order)) - np.searchsorted(ranked, ranked, side="left") < k]
    return row[chosen], chosen


def candidate_pairs(
    w: Weighed, top: tuple[np.ndarray, np.ndarray], posting_cap: int, neighbours: int
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of articles worth comparing, not all pairs: each article with the ``neighbours``
    others that share most of its heaviest keys ``top`` (as ``top_keys`` gives them), each
    key weighing what it weighs in the article; keys held by more than ``posting_cap``
    articles find none. Returns (a, b), a < b, sorted."""
    row, entry = top
    n = w.n
    col = w.cols[entry]
    weight = w.values[entry]
    # the index of postings: each key's holders, in row order
    held = np.bincount(col, minlength=max(w.width, 1))
    post_ptr = np.zeros(len(held) + 1, dtype=np.int64)
    np.cumsum(held, out=post_ptr[1:])
    holders = row[np.argsort(col, kind="stable")]
    votes_of = np.where(held[col] <= posting_cap, held[col], 0)  # each entry's votes
    row_start = np.searchsorted(row, np.arange(n + 1))  # ``row`` is in row order
    votes_before = np.concatenate(([0], np.cumsum(votes_of)))[row_start]
    found_a: list[np.ndarray] = []
    found_b: list[np.ndarray] = []
    # a few hundred articles at a time: their votes for every article, as a dense block
    rows_at_once = max(1, min(n, _DENSE_VOTES // max(n, 1)))
    lo = 0
    while lo < n:
        hi = min(n, lo + rows_at_once)
        # more votes than a block holds (keys held by thousands): fewer rows at once
        while hi > lo + 1 and votes_before[hi] - votes_before[lo] > _VOTES:
            hi = lo + (hi - lo) // 2
        e = np.arange(row_start[lo], row_start[hi])
        e = e[votes_of[e] > 0]
        voter = np.repeat(row[e] - lo, votes_of[e])
        candidate = holders[gather(post_ptr[col[e]], post_ptr[col[e] + 1])]
        vote = np.repeat(weight[e], votes_of[e])
        other = candidate != voter + lo
        # added in the order they are given, each article's keys heaviest first: the sums
        # are those of the dictionary, to the last digit
        block = np.bincount(
            voter[other] * n + candidate[other], weights=vote[other], minlength=(hi - lo) * n
        )
        rows, chosen = _largest(block, hi - lo, n, neighbours)
        found_a.append(np.minimum(rows + lo, chosen))
        found_b.append(np.maximum(rows + lo, chosen))
        lo = hi
    if not found_a:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    codes = distinct(np.concatenate(found_a) * n + np.concatenate(found_b))
    return codes // n, codes % n


def _among_largest(values: np.ndarray, row: np.ndarray, rows: int, k: int) -> np.ndarray:
    """A first cut, in one pass, of the entries that may be among their row's ``k`` largest
    (``values`` > 0, grouped by ``row``, of ``rows`` rows): each row's values are put in
    levels of its largest, and the levels that hold its k largest kept. Dividing by the
    largest and rounding down keeps the order of values, so none of the k largest is lost."""
    starts = np.searchsorted(row, np.arange(rows))
    present = starts < len(row)
    largest = np.ones(rows)
    if len(values):
        largest[present] = np.maximum.reduceat(values, starts[present])
    largest[largest <= 0] = 1.0  # a row of nothing but zeros: one level
    level = np.minimum((values / largest[row] * _LEVELS).astype(np.int64), _LEVELS)
    counts = np.bincount(row * (_LEVELS + 1) + level, minlength=rows * (_LEVELS + 1))
    at_or_above = np.cumsum(counts.reshape(rows, _LEVELS + 1)[:, ::-1], axis=1)[:, ::-1]
    lowest = np.maximum((at_or_above >= k).sum(axis=1) - 1, 0)
    kept: np.ndarray = level >= lowest[row]
    return kept


def _largest(block: np.ndarray, rows: int, n: int, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each row's ``k`` largest values above 0 in ``block`` (``rows`` rows of ``n``, flat):
    (row, column) of each, as the ``k`` smallest of (-value, column) in that row."""
    voted = np.flatnonzero(block)
    values = block[voted]
    who = voted // n
    kept = _among_largest(values, who, rows, k)
    voted, values, who = voted[kept], values[kept], who[kept]
    # then exactly: by value, largest first, ties in column order (a stable sort of columns
    # in order), then by row
    by_value = np.argsort(-values, kind="stable")
    order = by_value[np.argsort(who[by_value], kind="stable")]
    ranked = who[order]
    first = np.searchsorted(ranked, ranked, side="left")
    chosen = voted[order[np.arange(len(order)) - first < k]]
    return chosen // n, chosen % n


def by_centrality(w: Weighed, rows: np.ndarray) -> list[int]:
    """Some rows (a story's articles, in row order), the most like the others first: by the
    dot product of each with their sum (ties: the
    earlier row first)."""
    entries = gather(w.indptr[rows], w.indptr[rows + 1])
    columns, where = np.unique(w.cols[entries], return_inverse=True)
    where = where.reshape(-1)
    values = w.values[entries]
    total = np.bincount(where, weights=values, minlength=len(columns))  # added row by row
    member = np.repeat(np.arange(len(rows)), np.diff(w.indptr)[rows])
    score = np.bincount(member, weights=values * total[where], minlength=len(rows))
    return [int(rows[i]) for i in np.lexsort((np.arange(len(rows)), -score)).tolist()]


def group_similarity(w: Weighed, row: int, members: np.ndarray) -> float:
    """The average link of row ``row`` with the rows ``members`` (an article with a topic or
    a story): its dot product with the members' sum, over their number. The products are
    added along the shorter of the two; along the sum, in the order the members first hold
    its keys."""
    entries = gather(w.indptr[members], w.indptr[members + 1])
    columns, first, where = np.unique(w.cols[entries], return_index=True, return_inverse=True)
    total = np.bincount(where.reshape(-1), weights=w.values[entries], minlength=len(columns))
    mine = slice(w.indptr[row], w.indptr[row + 1])
    cols, values = w.cols[mine], w.values[mine]
    if len(cols) > len(columns):  # the sum is the shorter: its keys in the order first held
        order = np.argsort(first, kind="stable")
        along, weight, other, other_weight = columns[order], total[order], cols, values
    else:
        along, weight, other, other_weight = cols, values, columns, total
    at = np.minimum(np.searchsorted(other, along), max(len(other) - 1, 0))
    hit = (other[at] == along) if len(other) else np.zeros(len(along), dtype=bool)
    products = weight[hit] * other_weight[at[hit]]
    return float(sum(products.tolist())) / max(len(members), 1)
