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
from claimcheck.lexicons import Lexicons, word_set
from claimcheck.storage.store import Store

_CACHED = 20_000  # sentences kept: a claim is asked about once for each pair it is judged in


class SentenceContext:
    """``SentenceOf`` for the claims of a store (``Scorer.judge``'s ``sentences``)."""

    def __init__(self, store: Store, scorer: Scorer) -> None:
        self.scorer = scorer
        self._text = lru_cache(maxsize=_CACHED)(store.split_sentence)
        self._voice = scorer.normalizer.lexicons.derived("voice", Voice)

    def __call__(self, f: Features) -> Features | None:
        text = self._text(f.claim_id)
        return None if text is None else whole_sentence(f, text, self.scorer)

    def passive(self, f: Features) -> bool:
        return self._voice.passive(f.raw)

    def of(self, pieces: list[Features]) -> SentenceOf:
        """``self`` for these claims, known to be of split sentences, and None for any other
        (grouping a whole store knows which claims are, and asks the store of those only)."""
        return _Pieces(self, frozenset(f.claim_id for f in pieces))


@dataclass(frozen=True, slots=True)
class _Pieces:
    context: SentenceContext
    ids: frozenset[str]

    def __call__(self, f: Features) -> Features | None:
        return self.context(f) if f.claim_id in self.ids else None

    def passive(self, f: Features) -> bool:
        return self.context.passive(f)


class Voice:
    """The passive voice with its agent, read from a claim's words: a form of "be", a
    participle (a word ending in -ed, -en or -wn, or an irregular past form: ``lexicons/
    clauses.toml``) and "by" within the next three words."""

    def __init__(self, lexicons: Lexicons) -> None:
        clauses = lexicons["clauses"]
        self.be = word_set(clauses, "be_forms")
        self.irregular = word_set(clauses, "irregular_past")

    def passive(self, words: tuple[str, ...]) -> bool:
        for i, word in enumerate(words[:-2]):
            if word not in self.be:
                continue
            j = i + 2 if words[i + 1].endswith("ly") else i + 1  # "was narrowly foiled by"
            if j < len(words) - 1 and self._participle(words[j]) and "by" in words[j + 1 : j + 4]:
                return True
        return False

    def _participle(self, word: str) -> bool:
        return word.endswith(("ed", "en", "wn")) or word in self.irregular


def whole_sentence(f: Features, text: str, scorer: Scorer) -> Features:
    """A claim's features with the words of its whole sentence, as written (the claims it was
    split into repeat the subject each carries, which would place it twice)."""
    tokens = tuple(map(sys.intern, scorer.normalizer.terms(text)))
    return replace(f, text=text, tokens=tokens, bag=frozenset(tokens), raw=raw_words(fold(text)))
