"""Negation and what it negates: "are not building X" negates "building X"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.lexicons import Lexicons, word_set
from claimcheck.models import Negation
from claimcheck.tokens import TextTokens, Token, tokenize

_MAX_SCOPE = 12  # words
# "Don't talk.", "Do not enter": a negated command at the head of a sentence or a quotation
# asserts nothing (a statement puts its subject first: "They don't talk")
_DONT = re.compile(r"don[’']?t", re.I)
_DO_BEFORE = re.compile(r"\bdo\s+$", re.I)  # "Do" before the cue "not"
_SENTENCE_HEAD = frozenset(".!?:;\"“‘'(")


class NegationFinder:
    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        data = lexicons["negation"]
        cues = sorted(word_set(data, "cues") - {"n't"}, key=len, reverse=True)
        self._cue = re.compile(
            r"\b(?:"
            + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
            + r")\b(?!-)|\b\w+n[’']t\b",  # not "a no-limits friendship"
            re.I,
        )
        # "not only", "no doubt", "No. 5": a cue followed by these does not negate
        exceptions = [
            r"\s+".join(re.escape(w) for w in p.split()) for p in word_set(data, "not_negations")
        ]
        self._not_negation = re.compile(r"(?:" + "|".join(exceptions) + r")\b|no\.|no\s+\d", re.I)
        self.stops = word_set(data, "scope_stops")
        self._time_bounds = word_set(data, "time_bounds")
        lexical = sorted(data.get("lexical", []), key=len, reverse=True)
        self._lexical = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in lexical) + r")\b", re.I
        )

    def find(
        self, text: str, start: int, end: int, *, tokens: TextTokens | None = None
    ) -> list[Negation]:
        found = [n for n, bounded in self._denials(text, start, end, tokens) if not bounded]
        for m in self._lexical.finditer(text, start, end):
            found.append(
                Negation(
                    m.group(0),
                    m.start(),
                    m.end(),
                    self._scope(text, m.end(), end, tokens),
                    lexical=True,
                )
            )
        return sorted(found, key=lambda n: n.start)

    def bounded(self, text: str) -> list[Negation]:
        """The denials of ``text`` that a time bounds, which ``find`` leaves out: "didn't
        realize the import until afterwards" says he realized it then, and is neither a denial
        nor an affirmation of "he didn't realize it at the time"."""
        return [n for n, bounded in self._denials(text, 0, len(text), None) if bounded]

    def _denials(
        self, text: str, start: int, end: int, tokens: TextTokens | None
    ) -> Iterator[tuple[Negation, bool]]:
        """Each negation by a cue word, and whether a time bounds it ("may not be restored
        till 31 December": restored then)."""
        for m in self._cue.finditer(text, start, end):
            if (
                self._not_negation.match(text, m.start(), end)
                or (
                    m.group(0)[-3:].lower() in ("n't", "n’t")
                    and self._not_negation.match("not" + text[m.end() : end])
                )
                or self._command(text, start, m)
            ):
                continue
            scope = self._scope(text, m.end(), end, tokens)
            bounded = bool(self._time_bounds) and not self._time_bounds.isdisjoint(
                scope.lower().split()
            )
            yield Negation(m.group(0), m.start(), m.end(), scope), bounded

    @staticmethod
    def _command(text: str, start: int, cue: re.Match[str]) -> bool:
        """Whether the cue opens a negated command ("Don't talk."): nothing, or the end of a
        sentence or an opening quotation mark, before it."""
        at = cue.start()
        if cue.group(0).lower() == "not":
            do = _DO_BEFORE.search(text, max(start, at - 6), at)
            if do is None:
                return False
            at = do.start()
        elif not _DONT.fullmatch(cue.group(0)):
            return False
        before = text[max(start, at - 40) : at].rstrip()
        return not before or before[-1] in _SENTENCE_HEAD

    def _scope(self, text: str, start: int, end: int, tokens: TextTokens | None) -> str:
        words: list[Token] = []
        stop = min(end, start + 200)
        for tok in tokens.span(start, stop) if tokens else tokenize(text, start, stop):
            if tok.low in self.stops or len(words) == _MAX_SCOPE:
                break
            words.append(tok)
        return text[words[0].start : words[-1].end] if words else ""
