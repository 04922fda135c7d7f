"""Vote tallies: the two figures of one vote as a source gives them ("lawmakers voted 195 to
106", "196 MPs voted to pass the bill while 105 voted against it"), read from a claim's text,
so that two outlets' tallies of one vote can be set side by side. Read apart, its figures
count nothing the measures could compare ("195" of what?); read together, they are one fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from claimcheck.comparing.measures import published_near
from claimcheck.lexicons import Lexicons, alternation, word_set
from claimcheck.models import Claim

_FIGURE = r"\d{1,3}(?:,\d{3})+|\d+"
_WORDS_BETWEEN = r"(?:[A-Za-z][\w'’-]*\s+){0,2}?"  # "196 MPs voted", "105 members voted"


@dataclass(frozen=True, slots=True)
class Tally:
    """A vote's two figures, greater first (a tally given as "X to Y" does not say which side
    is which; the order of the sides is not what sources disagree on), with the words of the
    claim that give them and the claim's words beyond the vote's."""

    claim: Claim
    figures: tuple[int, int]
    text: str
    words: frozenset[str]

    def written(self) -> str:
        return f"{self.figures[0]:,}–{self.figures[1]:,}"


class TallyReader:
    """Reads a claim's vote tallies with the cue words of ``lexicons/numbers.toml``
    ([tallies]); ``words``: the normaliser's words, for what the vote is about."""

    def __init__(self, lexicons: Lexicons, words: Callable[[str], list[str]]) -> None:
        data = lexicons["numbers"].get("tallies", {})
        votes, ayes, noes = (word_set(data, k) for k in ("votes", "ayes", "noes"))
        self._words = words
        self._cues = frozenset(w for cue in votes | ayes | noes for w in words(cue))
        vote = alternation(votes)
        # a vote or its sides named ("voted", "in favour", "against"), not a short word any
        # claim may hold ("for", "no"): what a claim needs to be read at all
        named = votes | {c for c in ayes | noes if " " in c or len(c) > 4}
        self._named = tuple(sorted(c for c in named if not any(o in c for o in named - {c})))
        pair = rf"(?P<a>{_FIGURE})\s*(?:-|–|—|to)\s*(?P<b>{_FIGURE})"
        # "voted 195 to 106", "by a vote of 52 to 48"; "a 51-49 vote"
        self._pairs = (
            re.compile(rf"\b{vote}\b(?:\s+[\w'’]+){{0,3}}?\s+{pair}\b", re.IGNORECASE),
            re.compile(rf"\b{pair}\s+{vote}\b", re.IGNORECASE),
        )
        side = rf"\b(?P<n>{_FIGURE})\s+{_WORDS_BETWEEN}(?:{vote}\s+)?"
        self._ayes = re.compile(side + rf"{alternation(ayes)}\b", re.IGNORECASE)
        self._noes = re.compile(side + rf"{alternation(noes)}\b", re.IGNORECASE)

    def may_hold(self, text: str) -> bool:
        """Whether a claim may give a tally: a vote or its sides named (most claims have
        none, and are not read further; every claim of a story is asked)."""
        low = text.lower()  # a first sieve: the patterns below read words and figures
        return any(cue in low for cue in self._named)

    def tallies(self, claim: Claim) -> list[Tally]:
        text = claim.text
        if not self.may_hold(text):
            return []
        found: list[tuple[int, int, int, int]] = []  # start, end, figures
        for pattern in self._pairs:
            for m in pattern.finditer(text):
                a, b = _value(m.group("a")), _value(m.group("b"))
                if _years(m.group("a"), m.group("b")):
                    continue  # "the vote was moved from 2019 to 2021": a span of years
                if a != b and (m.start(), m.end(), a, b) not in found:
                    found.append((m.start(), m.end(), a, b))
        ayes, noes = list(self._ayes.finditer(text)), list(self._noes.finditer(text))
        if not found and len(ayes) == 1 and len(noes) == 1:
            # one figure for, one against: "196 MPs voted to pass the bill while 105 voted
            # against it" (more of either, and they may be of several votes)
            first, last = sorted((ayes[0], noes[0]), key=lambda m: m.start())
            found.append(
                (first.start(), last.end(), _value(ayes[0].group("n")), _value(noes[0].group("n")))
            )
        if len(found) != 1:
            return []  # several votes in one claim: which is which is not read
        start, end, a, b = found[0]
        about = (w for w in self._words(text) if w not in self._cues and not w[:1].isdigit())
        return [Tally(claim, (max(a, b), min(a, b)), text[start:end], frozenset(about))]


def tally_conflicts(
    tallies: Iterable[Tally], published: dict[str, str | None]
) -> list[tuple[Tally, Tally]]:
    """Pairs of tallies of one vote, from claims of different articles, that differ: the
    articles were published near in time (``published``: article id -> date), and the claims
    say what was voted on in a word of their own in common ("the tax bill" / "to pass the
    bill")."""
    items = list(tallies)
    out = []
    for i, x in enumerate(items):
        for y in items[i + 1 :]:
            if (
                x.claim.article_id != y.claim.article_id
                and x.figures != y.figures
                and x.words & y.words
                and published_near(x.claim, y.claim, published)
            ):
                out.append((x, y))
    return out


def _years(*figures: str) -> bool:
    return all(len(f) == 4 and 1800 <= int(f) <= 2100 for f in figures)


def _value(figure: str) -> int:
    return int(figure.replace(",", ""))
