"""The whole sentence of a claim that is one of several its sentence was split into, as the
scorer compares it.

Splitting a sentence into claims lets each be corroborated on its own, but it also hides what
only the whole says: "ACVM is headquartered in Edinburgh and has offices in Glasgow, Aberdeen
..." and "ACVM is based in Glasgow and has offices in Edinburgh, Aberdeen ..." split into
claims that each differ by a word or two, while the sentences hold the same places in swapped
roles. The scorer asks for a claim's sentence only for the pairs it is about to call the same
claim (``Scorer.judge``), so the few it needs are read from the store when asked.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from functools import lru_cache

from claimcheck.grouping.match import Features, Scorer, SentenceOf, fold, raw_words
from claimcheck.splitting.structure import Grammar
from claimcheck.storage.store import Store

_CACHED = 20_000  # sentences kept, by claim


class SentenceContext:
    """``SentenceOf`` for the claims of a store (``Scorer.judge``'s ``sentences``)."""

    def __init__(self, store: Store, scorer: Scorer) -> None:
        self.store = store
        self.scorer = scorer
        # a claim is judged in many pairs: its sentence is read and its words made once
        self._words = lru_cache(maxsize=_CACHED)(self._read)
        self._grammar = scorer.normalizer.lexicons.derived("grammar", Grammar)

    def __call__(self, f: Features) -> Features | None:
        read = self._words(f.claim_id)
        if read is None:
            return None
        text, tokens, raw = read
        return replace(f, text=text, tokens=tokens, bag=frozenset(tokens), raw=raw)

    def passive(self, f: Features) -> bool:
        return self._grammar.passive_with_agent(f.raw)

    def of(self, pieces: list[Features]) -> SentenceOf:
        """``self`` for these claims, known to be of split sentences, and None for any other
        (grouping a whole store knows which claims are, and asks the store of those only)."""
        return _Pieces(self, frozenset(f.claim_id for f in pieces))

    def _read(self, claim_id: str) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
        text = self.store.split_sentence(claim_id)
        return None if text is None else (text, *sentence_words(text, self.scorer))


@dataclass(frozen=True, slots=True)
class _Pieces:
    context: SentenceContext
    ids: frozenset[str]

    def __call__(self, f: Features) -> Features | None:
        return self.context(f) if f.claim_id in self.ids else None

    def passive(self, f: Features) -> bool:
        return self.context.passive(f)


def sentence_words(text: str, scorer: Scorer) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A whole sentence's words as the scorer compares them, as written (the claims it was
    split into repeat the subject each carries, which would place it twice): its normalised
    words and its folded words."""
    return tuple(map(sys.intern, scorer.normalizer.terms(text))), raw_words(fold(text))
