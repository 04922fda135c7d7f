"""Hedge cues: the words that make a claim tentative, distanced or conditional.

The cues and their categories are in ``lexicons/hedges.toml``. On top of each cue's own
context rules, three checks keep names and titles from counting: a cue capitalised inside a
sentence is part of a name ("Theresa May", "the May 20 vote"), and a cue inside a quoted
title ("“What Might Have Been”") is the title's, not the claim's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.lexicons import Lexicons
from claimcheck.models import Hedge
from claimcheck.tokens import word_before

_QUOTED = re.compile(r"“([^”]{3,200})”|\"([^\"]{3,200})\"")
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_OPENERS = "\"'“‘([:—–-"
_WORDS_BEFORE = re.compile(r"[\w-]+|[^\w\s]")  # the words and marks before a cue
_TITLE_SHARE = 0.6  # of the longer words capitalised: a title, not a quotation


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    category: str
    unless_followed_by: re.Pattern[str] | None
    unless_after: frozenset[str]
    unless_led_by: frozenset[str]  # the word two before: "a *terror* suspect"


@dataclass(frozen=True, slots=True)
class BackReference:
    """Words in a cautioning sentence that point at earlier claims."""

    text: str
    owner: str | None  # "Putin" in "Putin's comments"; None for "these claims"
    possessive: str | None  # "his", "their" for "his remarks"


class HedgeFinder:
    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        data = lexicons["hedges"]
        self.rules = [
            _Rule(
                re.compile(rf"\b(?:{cue['pattern']})\b", re.I),
                cue["category"],
                re.compile(cue["unless_followed_by"], re.I)
                if cue.get("unless_followed_by")
                else None,
                frozenset(w.lower() for w in cue.get("unless_after", [])),
                frozenset(w.lower() for w in cue.get("unless_led_by", [])),
            )
            for cue in data.get("cue", [])
        ]
        self.back_references = [re.compile(p) for p in data.get("back_references", [])]
        # most claims hold no cue at all: one search over every pattern rules them out; on
        # ASCII text it runs on the text in lower case, several times faster than with re.I
        any_cue = r"\b(?:" + "|".join(f"(?:{c['pattern']})" for c in data.get("cue", [])) + r")\b"
        self._any = re.compile(any_cue, re.I) if self.rules else None
        # (only when lower-casing the patterns changes nothing: "\\S" is not "\\s")
        self._any_lower = re.compile(any_cue) if self.rules and any_cue.islower() else None

    def find(
        self,
        text: str,
        start: int,
        end: int,
        *,
        sentence_start: int | None = None,
        sentence_end: int | None = None,
    ) -> list[Hedge]:
        """Hedge cues in ``text[start:end]``, a claim inside the sentence at ``sentence_start``."""
        if self._any is None:
            return []
        claim = text[start:end]  # (cut out, a cue at its edges is always at a word boundary)
        if self._any_lower and claim.isascii():
            if not self._any_lower.search(claim.lower()):
                return []
        elif not self._any.search(claim):
            return []
        sentence_start = start if sentence_start is None else sentence_start
        sentence_end = end if sentence_end is None else sentence_end
        titles = _quoted_titles(text, sentence_start, sentence_end)
        found: list[Hedge] = []
        for rule in self.rules:
            for m in rule.pattern.finditer(text, start, end):
                s, e = m.span()
                if text[s].isupper() and not _opens_sentence(text, s, sentence_start):
                    continue
                if rule.unless_followed_by and rule.unless_followed_by.match(text, e):
                    continue
                if rule.unless_after and word_before(text, s, sentence_start) in rule.unless_after:
                    continue
                if rule.unless_led_by and self._led_by(text, s, sentence_start, rule.unless_led_by):
                    continue
                if any(ts <= s and e <= te for ts, te in titles):
                    continue
                found.append(Hedge(text[s:e], rule.category, s, e))
        return _without_overlaps(found)

    @staticmethod
    def _led_by(text: str, at: int, lo: int | None, leads: frozenset[str]) -> bool:
        """Whether one of ``leads`` opens the words before ``at``, with a word in lower case
        between, names before it, or both: the cue is then a noun its phrase ends on ("as a
        terror suspect", "an Iraqi terror suspect", "an Iraqi suspect"). Not a second word in
        lower case: "a man police suspect of arson" has a subject of its own."""
        words = _WORDS_BEFORE.findall(text, max(lo or 0, at - 60), at)
        k = len(words) - 1
        if k > 0 and words[k].islower() and _word(words[k]):
            k -= 1  # "terror"
        while (
            k > 0 and words[k][:1].isupper() and _word(words[k]) and words[k].lower() not in leads
        ):
            k -= 1  # "Iraqi"
        return 0 <= k < len(words) - 1 and words[k].lower() in leads

    def back_reference(self, text: str, start: int, end: int) -> BackReference | None:
        for pattern in self.back_references:
            m = pattern.search(text, start, end)
            if m:
                owner = m.groupdict().get("owner")
                first = m.group(0).split()[0].lower()
                possessive = first if first in ("his", "her", "their", "its") else None
                return BackReference(m.group(0), owner, possessive)
        return None


def _opens_sentence(text: str, pos: int, sentence_start: int) -> bool:
    """At the start of the sentence, or of a quotation or clause inside it."""
    before = text[sentence_start:pos].rstrip()
    return not before.strip(_OPENERS) or before[-1:] in _OPENERS


def _quoted_titles(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for m in _QUOTED.finditer(text, start, end):
        inner = m.group(1) or m.group(2)
        words = [w for w in _WORD.findall(inner) if len(w) > 3]
        if len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) >= _TITLE_SHARE:
            spans.append(m.span())
    return spans


def _without_overlaps(hedges: list[Hedge]) -> list[Hedge]:
    """Keep the longest of overlapping cues ("may be exaggerated" over "may")."""
    kept: list[Hedge] = []
    for h in sorted(hedges, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and h.start < kept[-1].end:
            if h.end - h.start > kept[-1].end - kept[-1].start:
                kept[-1] = h
            continue
        kept.append(h)
    return kept


def _word(token: str) -> bool:
    return token.replace("-", "").isalnum()
