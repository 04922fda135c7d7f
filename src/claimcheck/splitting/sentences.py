"""Split a paragraph into sentences, with spans, surviving abbreviations, quotes and brackets.

A tuned regular expression finds candidate ends (``.``, ``?``, ``!`` and closing quotes before
a space); each is then checked against the word before it and the word after it, using the
abbreviation lists in ``lexicons/sentences.toml``.
"""

from __future__ import annotations

import re

from claimcheck.lexicons import Lexicons, word_set

_CANDIDATE = re.compile(r"(?:[.!?؟۔]+|…)[\"'”’»)\]]*(?=\s)")  # (؟ ۔: Arabic, Urdu)
_WORD_BEFORE = re.compile(r"[\w.'’-]*\w$")
_WORD_AFTER = re.compile(r"[\"'“‘«(\[]*(\w+)")
_INITIALISM = re.compile(r"(?:\w\.)+\w")
_OPENING = "\"'“‘«([" + "¿¡"
# Text with no sentence end for this long is cut at the nearest space, so that no claim is
# unbounded (a 50 MB line of words would otherwise be one claim).
MAX_SENTENCE = 2000


class SentenceSplitter:
    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        data = lexicons["sentences"]
        self.never_final = word_set(data, "never_final")
        self.before_number = word_set(data, "before_number")
        self.ambiguous = word_set(data, "ambiguous")
        self.openers = word_set(data, "openers")
        self.before_date = word_set(data, "before_date")
        self.months = frozenset(lexicons["calendar"]["months"])

    def split(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Spans of the sentences in ``text[start:end]``, without surrounding whitespace."""
        end = len(text) if end is None else end
        spans: list[tuple[int, int]] = []
        sent_start = start
        closes_later = text.rfind(")", start, end)
        depth = 0
        scanned = start
        for m in _CANDIDATE.finditer(text, start, end):
            # brackets: no sentence ends inside ( ... ) when the bracket closes in this paragraph
            depth += text.count("(", scanned, m.start()) - text.count(")", scanned, m.start())
            scanned = m.start()
            if depth > 0 and closes_later > m.start():
                continue
            depth = max(depth, 0)
            if self._is_boundary(text, m, end):
                spans.append((sent_start, m.end()))
                sent_start = m.end()
        spans.append((sent_start, end))
        return [
            piece
            for s, e in spans
            for piece in _cap(text, *_trim(text, s, e))
            if piece[0] < piece[1]
        ]

    def _is_boundary(self, text: str, m: re.Match[str], end: int) -> bool:
        after = m.end()
        while after < end and text[after].isspace():
            after += 1
        if after >= end:
            return True
        nxt = text[after]
        if nxt.islower() or nxt in ",;:":
            return False
        # a sentence starts with a capital, a digit, an opening quote or bracket, or a letter
        # of a script without capitals (Arabic, Hebrew...)
        caseless = nxt.isalpha() and nxt.lower() == nxt.upper()
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENING or not nxt.isalpha() or caseless):
            return False
        mark = m.group(0)
        if not mark.startswith(".") or mark.startswith(".."):
            return True
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            return True
        word = before.group(0).lower().strip(".'’-")
        if word in self.never_final:
            return False
        following = _WORD_AFTER.match(text, after, end)
        next_word = following.group(1).lower() if following else ""
        if nxt.isdigit() and word in self.before_number:
            return False
        if word in self.before_date and (nxt.isdigit() or next_word in self.months):
            return False
        if (
            word in self.ambiguous
            or _INITIALISM.fullmatch(word)
            or (len(word) == 1 and word.isalpha())
        ):
            return next_word in self.openers
        return True


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cap(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run of text longer than MAX_SENTENCE at spaces (or anywhere, if it has none)."""
    pieces = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        pieces.append(_trim(text, start, cut))
        start = _trim(text, cut, end)[0]
    pieces.append((start, end))
    return pieces
