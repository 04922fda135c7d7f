"""Negation and what it negates: "are not building X" negates "building X"."""

from __future__ import annotations

import re
from pathlib import Path

from claimcheck import lexicons
from claimcheck.models import Negation
from claimcheck.tokens import Token, tokenize

_MAX_SCOPE = 12  # words


class NegationFinder:
    def __init__(self, lexicon_dir: Path | None = None) -> None:
        data = lexicons.load("negation", lexicon_dir)
        self.cues = lexicons.words(data, "cues")
        self.multiword = {c for c in self.cues if " " in c}
        self.not_negations = [tuple(p.split()) for p in lexicons.words(data, "not_negations")]
        self.stops = lexicons.words(data, "scope_stops")
        lexical = sorted(data.get("lexical", []), key=len, reverse=True)
        self._lexical = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in lexical) + r")\b", re.I
        )

    def find(self, text: str, start: int, end: int) -> list[Negation]:
        toks = tokenize(text, start, end)
        found: list[Negation] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            width = self._cue_width(toks, i)
            if width:
                cue_end = toks[i + width - 1].end
                found.append(
                    Negation(
                        text[tok.start : cue_end],
                        tok.start,
                        cue_end,
                        self._scope(text, toks, i + width),
                    )
                )
                i += width
                continue
            i += 1
        for m in self._lexical.finditer(text, start, end):
            after = tokenize(text, m.end(), end)
            found.append(
                Negation(m.group(0), m.start(), m.end(), self._scope(text, after, 0), lexical=True)
            )
        return sorted(found, key=lambda n: n.start)

    def _cue_width(self, toks: list[Token], i: int) -> int:
        """How many tokens the negation cue at ``i`` spans (0 if there is none)."""
        low = toks[i].low
        following = tuple(t.low for t in toks[i : i + 3])
        if any(following[: len(p)] == p for p in self.not_negations):
            return 0
        if i + 1 < len(toks) and f"{low} {toks[i + 1].low}" in self.multiword:
            return 2
        if (
            low == "no"
            and i + 1 < len(toks)
            and (toks[i + 1].text == "." or toks[i + 1].text[0].isdigit())
        ):
            return 0  # "No. 5"
        if low in self.cues or low.endswith(("n't", "n’t")):
            return 1
        return 0

    def _scope(self, text: str, toks: list[Token], i: int) -> str:
        words: list[Token] = []
        for tok in toks[i:]:
            if tok.low in self.stops or len(words) == _MAX_SCOPE:
                break
            words.append(tok)
        return text[words[0].start : words[-1].end] if words else ""
