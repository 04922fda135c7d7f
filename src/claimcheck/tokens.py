"""Words and punctuation with their offsets, shared by the splitters and annotators."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

# Numbers with thousands separators stay one token; words keep inner apostrophes, periods
# and hyphens ("Putin’s", "U.S", "second-largest"); any other character is its own token.
TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w+(?:[’'.-]\w+)*|[^\w\s]")
LETTER_OR_DIGIT = re.compile(r"[^\W_]")  # what a text needs to say anything
_LAST_WORD = re.compile(r"(\w+)\W*$")


class Token(NamedTuple):  # a tuple: articles have thousands, and tuples are cheap to make
    text: str
    low: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [
        Token(t, t.lower(), *m.span()) for m in TOKEN.finditer(text, start, end) for t in (m[0],)
    ]


class TextTokens:
    """The tokens of one text, found once and handed out by span: the annotators each read
    the same sentences, and tokenising them again for each was a large part of their cost."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._all: list[Token] | None = None
        self._starts: list[int] = []

    def span(self, start: int, end: int) -> list[Token]:
        """The same tokens as ``tokenize(text, start, end)``."""
        if self._all is None:
            self._all = tokenize(self.text)
            self._starts = [t.start for t in self._all]
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        if (lo and self._all[lo - 1].end > start) or (hi > lo and self._all[hi - 1].end > end):
            return tokenize(self.text, start, end)  # a token cut by the span reads differently
        return self._all[lo:hi]


def word_before(text: str, pos: int, lo: int = 0) -> str:
    """The word before ``text[pos]``, in lower case, past spaces and marks, and not before
    ``lo`` ("in" before "Paris" in "80,000 marched in Paris"); "" when there is none."""
    m = _LAST_WORD.search(text, max(lo, pos - 40), pos)
    return m.group(1).lower() if m else ""


def regular_bases(word: str) -> set[str]:
    """The words a regular inflection of ``word`` could come from, itself included
    ("represents" -> "represent", "died" -> "die", "stopped" -> "stop", "carried" ->
    "carry"): what the forms of a verb share, and a word derived from it ("representatives",
    "government") does not."""
    out = {word}
    for suffix, ending in _INFLECTIONS:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2:
            out.add(stem + ending)
            if not ending and suffix in ("ed", "ing") and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # a consonant doubled: "stopped", "planning"
    return out


# regular inflections of English verbs and nouns: the suffix, and what the base ends in instead
_INFLECTIONS = (
    ("ies", "y"),
    ("ied", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
)
