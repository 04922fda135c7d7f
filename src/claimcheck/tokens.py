"""Words and punctuation with their offsets, shared by the splitters and annotators."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Numbers with thousands separators stay one token; words keep inner apostrophes, periods
# and hyphens ("Putin’s", "U.S", "second-largest"); any other character is its own token.
TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\w+(?:[’'.-]\w+)*|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Token:
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
        Token(m.group(0), m.group(0).lower(), m.start(), m.end())
        for m in TOKEN.finditer(text, start, end)
    ]
