"""Claims' normalised words as integer arrays, for grouping a whole store at once.

Each claim is a sorted row of word ids (CSR: ``indptr``, ``indices``) and each word has its
inverse document frequency, so that the text score of millions of candidate pairs, and the
MinHash signatures that find them, are computed with numpy instead of a Python loop. The
scores equal those of ``match.Scorer.text_score``.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from claimcheck.grouping.match import CONTAINMENT_SHARE, FULL_WEIGHT
from claimcheck.grouping.parts import PartSettings
from claimcheck.grouping.senses import concept_name, is_concept, term_share

_PAIR_CHUNK = 50_000  # candidate pairs scored at a time: their words stay in the CPU's cache


@dataclass(frozen=True, slots=True)
class Bags:
    vocab: dict[str, int]
    indptr: np.ndarray  # int64, one more than the number of claims
    indices: np.ndarray  # int32 word ids, sorted within each claim
    weights: np.ndarray  # float64 idf per word id (a concept's: its share of it)
    totals: np.ndarray  # float64 sum of a claim's word weights (concepts left out)
    # per word id, the id of the concept the word carries, or -1 (for concepts too)
    concept: np.ndarray
    concept_mask: np.ndarray  # bool per word id: which are concepts
    df: np.ndarray  # int64 per word id: how many claims of the whole hold it, copies too

    @classmethod
    def build(cls, norms: Iterable[str]) -> Bags:
        """From each claim's normalised words (space-separated), in order. A concept follows
        the word that carries it (``Normalizer.terms``), which is how the two are known."""
        return cls.build_distinct(enumerate(norms))[0]

    @classmethod
    def build_distinct(cls, rows: Iterable[tuple[int, str]]) -> tuple[Bags, np.ndarray]:
        """From each claim's key and normalised words, in order, where claims of one key hold
        the same words (copies of one claim): the bags of the distinct claims, in the order
        each first comes, with word weights that count every claim; and each claim's place
        among the distinct. A syndicated store is mostly copies, whose words are then read
        and kept once."""
        vocab: dict[str, int] = {}
        carrier: dict[int, int] = {}  # word id -> the id of its concept
        flat = array("i")  # compact while reading: a million claims, tens of millions of words
        lengths = array("q")
        first: dict[int, int] = {}  # key -> its place among the distinct
        place = array("q")
        for key, norm in rows:
            at = first.get(key)
            if at is None:
                at = first[key] = len(lengths)
                terms = norm.split()
                ids = [vocab.setdefault(t, len(vocab)) for t in terms]
                for k in range(1, len(terms)):
                    if is_concept(terms[k]) and not is_concept(terms[k - 1]):
                        carrier[ids[k - 1]] = ids[k]
                distinct = sorted(set(ids))
                flat.extend(distinct)
                lengths.append(len(distinct))
            place.append(at)
        del first
        n = len(place)  # every claim, copies too
        indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(np.frombuffer(lengths, dtype=np.int64), out=indptr[1:])
        vocab, carrier, indices = _in_word_order(vocab, carrier, indptr, flat)
        del flat
        places = np.frombuffer(place, dtype=np.int64).copy()
        copies = np.bincount(places, minlength=len(lengths))
        # how many claims hold each word: each distinct claim's words, once for each copy
        held = np.repeat(copies, np.diff(indptr)).astype(np.float64)
        df = np.bincount(indices, weights=held, minlength=len(vocab))
        weights = np.log((n + 1) / (df + 1)) + 1  # idf.idf_weight, for every word at once
        weights *= np.fromiter(map(term_share, vocab), dtype=np.float64, count=len(vocab))
        concept = np.full(len(vocab), -1, dtype=np.int64)
        concept[list(carrier)] = list(carrier.values())
        concepts = np.fromiter(map(is_concept, vocab), dtype=bool, count=len(vocab))
        totals = cls._totals(indptr, indices, np.where(concepts, 0.0, weights))
        bags = cls(vocab, indptr, indices, weights, totals, concept, concepts, df.astype(np.int64))
        return bags, places

    @staticmethod
    def _totals(indptr: np.ndarray, indices: np.ndarray, weights: np.ndarray) -> np.ndarray:
        owners = np.repeat(np.arange(len(indptr) - 1), np.diff(indptr))
        return np.bincount(owners, weights=weights[indices], minlength=len(indptr) - 1)

    def subset(self, rows: np.ndarray) -> Bags:
        """The given claims only, in that order, keeping the word weights of the whole."""
        rows = np.asarray(rows, dtype=np.int64)
        lengths = np.diff(self.indptr)[rows]
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        # entry k of new row r comes from old position indptr[rows[r]] + k
        starts = np.repeat(self.indptr[rows] - indptr[:-1], lengths)
        indices = self.indices[starts + np.arange(indptr[-1])]
        return Bags(
            self.vocab,
            indptr,
            indices,
            self.weights,
            self.totals[rows],
            self.concept,
            self.concept_mask,
            self.df,
        )

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def token_hashes(self) -> np.ndarray:
        """A stable 32-bit hash per word id (crc32), for MinHash; a concept's is its name's,
        the stem of its head word ("0die" hashes as "die")."""
        words = sorted(self.vocab, key=self.vocab.__getitem__)
        return np.fromiter(
            (zlib.crc32((concept_name(w) if is_concept(w) else w).encode()) for w in words),
            dtype=np.uint64,
            count=len(words),
        )

    def shared(self, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The summed weight of what each pair (i, j) has in common: the words both hold and
        the concepts both hold through different words (as ``Scorer.matched``); and of the
        words alone."""
        out = np.zeros(len(pairs), dtype=np.float64)
        words_out = np.zeros(len(pairs), dtype=np.float64)
        if not len(pairs) or not len(self.indices):
            return out, words_out
        v = np.int64(len(self.weights))
        for lo in range(0, len(pairs), _PAIR_CHUNK):
            chunk = pairs[lo : lo + _PAIR_CHUNK]
            # the words of the first claims, each claim once (a claim is first of many pairs in
            # a row: the few found this way are searched fast), and of each pair's second
            firsts, first_of = np.unique(chunk[:, 0], return_inverse=True)
            mine_owner, mine_words = self._entries(firsts)
            mine = mine_owner * v + mine_words  # sorted: claims in turn, words sorted in each
            if not len(mine):
                continue  # the first claims have no words: nothing is shared
            owner, words = self._entries(chunk[:, 1])
            wanted = first_of.reshape(-1)[owner] * v + words
            at = np.searchsorted(mine, wanted)
            hit = mine[np.minimum(at, len(mine) - 1)] == wanted
            owner, words = owner[hit], words[hit]  # each pair's shared words, in word order
            carried = self.concept[words]
            if (carried >= 0).any():
                # a concept held through a shared word is that word's match already
                explained = np.sort(owner[carried >= 0] * v + carried[carried >= 0])
                code = owner * v + words
                at = np.searchsorted(explained, code)
                found = explained[np.minimum(at, len(explained) - 1)] == code
                owner, words = owner[~found], words[~found]
            weight = self.weights[words]
            out[lo : lo + len(chunk)] = np.bincount(owner, weight, len(chunk))
            plain = ~self.concept_mask[words]
            words_out[lo : lo + len(chunk)] = np.bincount(owner[plain], weight[plain], len(chunk))
        return out, words_out

    def _entries(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The words of the given claims, flat, with the index in ``rows`` of each one's claim."""
        lengths = self.indptr[rows + 1] - self.indptr[rows]
        owner = np.repeat(np.arange(len(rows), dtype=np.int64), lengths)
        first = np.repeat(self.indptr[rows] - np.cumsum(lengths) + lengths, lengths)
        return owner, self.indices[first + np.arange(len(owner))]

    def text_scores(self, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(score 0-100, weighted overlap) per pair, as ``Scorer.text_score`` computes them."""
        pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        shared, words = self.shared(pairs)
        return _combine(shared, words, self.totals[pairs[:, 0]], self.totals[pairs[:, 1]])

    def scores_and_parts(
        self, pairs: np.ndarray, settings: PartSettings
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``text_scores`` per pair, and which claim the other states as a part
        (``PartSettings.shorter``: 1 the first, 2 the second, 0 neither), from one reading of
        what each pair shares."""
        pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
        shared, words = self.shared(pairs)
        wa, wb = self.totals[pairs[:, 0]], self.totals[pairs[:, 1]]
        text, overlap = _combine(shared, words, wa, wb)
        return text, overlap, settings.shorter(shared, wa, wb)


def _in_word_order(
    vocab: dict[str, int], carrier: dict[int, int], indptr: np.ndarray, flat: array[int]
) -> tuple[dict[str, int], dict[int, int], np.ndarray]:
    """Word ids numbered in the words' string order, whatever order the claims came in, and
    each claim's words sorted again by them: a pair's shared weight is summed in word-id order,
    which then does not hang on the order the claims were stored in."""
    names = list(vocab)
    by_name = sorted(range(len(names)), key=names.__getitem__)
    renumbered = np.empty(len(names), dtype=np.int64)
    renumbered[by_name] = np.arange(len(names), dtype=np.int64)
    width = np.int64(max(len(names), 1))
    owner = np.repeat(np.arange(len(indptr) - 1, dtype=np.int64), np.diff(indptr))
    entries = owner * width + renumbered[np.frombuffer(flat, dtype=np.int32)]
    entries.sort()  # claim by claim, each claim's words in their new order
    indices = (entries % width).astype(np.int32)
    new = renumbered.tolist()
    return (
        {names[i]: k for k, i in enumerate(by_name)},
        {new[w]: new[c] for w, c in carrier.items()},
        indices,
    )


def _combine(
    shared: np.ndarray, words: np.ndarray, wa: np.ndarray, wb: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    union = wa + wb - shared
    small = np.minimum(wa, wb)
    with np.errstate(divide="ignore", invalid="ignore"):
        overlap = np.where(union > 0, shared / union, 0.0)
        containment = np.where(
            small > 0, shared / small * np.minimum(1.0, small / FULL_WEIGHT), 0.0
        )
        word_union = wa + wb - words
        word_overlap = np.where(word_union > 0, words / word_union, 0.0)
    score = 100 * ((1 - CONTAINMENT_SHARE) * overlap + CONTAINMENT_SHARE * containment)
    score[shared == 0] = 0.0
    word_overlap[shared == 0] = 0.0
    return score, word_overlap
