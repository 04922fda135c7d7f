"""What an article says about which event it reports: four bags of keys, counted.

``w`` content words (stemmed), ``n`` names (capitalised words that are not capitalised only
for standing first, and runs of them joined: ``tara_reid``), ``q`` numbers other than years
(``1,300`` -> ``1300``, scores such as ``20-13``) and ``y`` years and month-years. Keys in the
headline and lead count more: that is where an article says what happened.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

import orjson
import snowballstemmer

from claimcheck.lexicons import Lexicons, word_set

BLOCKS = ("w", "n", "q", "y")

_URL = re.compile(r"https?://\S+|www\.\S+")
_DIGIT_LED = r"\d+[^\W\d_]{3,}[\w'’-]*"  # a name or word led by digits: 76ers (not 20th, 5pm)
_DIGIT_LED_WORD = re.compile(_DIGIT_LED)
_TOKEN = re.compile(
    _DIGIT_LED + r"|\$?\d+(?:[.,]\d+)*(?:-\d+)?%?"  # numbers: 1,300  6.9  20-13  $160  40%
    r"|[^\W\d_][\w'’-]*[^\W\d_]|[^\W\d_]"  # words, hyphenated words, possessives
)
_POSSESSIVE = re.compile(r"['’]s?$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SCORE = re.compile(r"\d+-\d+")
_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}

Terms = dict[str, float]  # "block:key" -> weighted count


@dataclass(frozen=True, slots=True)
class StoryFeatures:
    """An article's keys and its publication date, as the story stage compares them."""

    terms: Terms
    published: str | None  # ISO date, or None

    def dumps(self) -> str:
        return json.dumps(self.terms, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    @classmethod
    def loads(cls, text: str | None, published: str | None) -> StoryFeatures:
        return cls(orjson.loads(text) if text else {}, published)


class _Token(NamedTuple):
    """What a token is, whatever sentence it stands in: worked out once per run."""

    low: str
    number: str | None  # a number's key ("1300", "2013", "20-13"), None for a word
    may_be_name: bool  # capitalised, and not a word that is capitalised for other reasons
    stem: str  # a word's stem: the name's key
    word: str | None  # "w:" + stem, unless a stop word or too short


_CACHED_TOKENS = 200_000  # tokens remembered; the cache starts again beyond


class FeatureReader:
    """Reads an article's sentences into story keys; made once per run."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        data = (lexicons or Lexicons.packaged())["stories"]
        self.stop = word_set(data, "stopwords")
        self.not_names = self.stop | word_set(data, "not_names") | set(_MONTHS)
        self.head_sentences = int(data["features"]["head_sentences"])
        self.head_weight = float(data["features"]["head_weight"])
        self._stemmer = snowballstemmer.stemmer("english")
        self._tokens: dict[str, _Token] = {}

    def _token(self, tok: str) -> _Token:
        known = self._tokens.get(tok)
        if known is not None:
            return known
        if len(self._tokens) >= _CACHED_TOKENS:
            self._tokens.clear()
        low = tok.lower()
        if (tok[0].isdigit() or tok[0] == "$") and not _DIGIT_LED_WORD.fullmatch(tok):
            found = _Token(low, _number(tok) or "", False, "", None)
        else:
            base = _POSSESSIVE.sub("", low.replace("’", "'"))
            stem = self._stemmer.stemWord(base)
            found = _Token(
                low,
                None,
                tok[0].isupper() and low not in self.not_names and len(low) >= 2,
                stem,
                "w:" + stem if base not in self.stop and len(base) > 2 else None,
            )
        self._tokens[tok] = found
        return found

    def read(self, sentences: Iterable[str], published: str | None = None) -> StoryFeatures:
        tokenised = [_TOKEN.findall(_URL.sub(" ", s)) for s in sentences]
        titles = [_title_case(toks) for toks in tokenised]
        # a word counts as a name where the article writes it capitalised inside sentences
        # at least as often as in lower case, so "The" and "Police" at a sentence's start do not
        capital: dict[str, int] = {}
        lower: dict[str, int] = {}
        for toks, title in zip(tokenised, titles, strict=True):
            if title:
                continue
            for t in toks[1:]:
                if t[0].isupper():
                    capital[t.lower()] = capital.get(t.lower(), 0) + 1
                elif t[0].islower():
                    lower[t.lower()] = lower.get(t.lower(), 0) + 1
        terms: dict[str, float] = {}
        for i, (toks, title) in enumerate(zip(tokenised, titles, strict=True)):
            weight = self.head_weight if i < self.head_sentences else 1.0
            run: list[str] = []  # consecutive names: "Tara Reid" is also the key tara_reid
            previous = ""
            for j, tok in enumerate(toks):
                token = self._token(tok)
                low = token.low
                is_name = token.may_be_name and (
                    capital.get(low, 0) >= lower.get(low, 0)
                    # capitalised for standing first, unless written so inside sentences too
                    and (capital.get(low, 0) > 0 or not (j == 0 or title))
                )
                if not is_name:
                    if len(run) >= 2:
                        key = "n:" + "_".join(run)
                        terms[key] = terms.get(key, 0.0) + weight
                    run = []
                number = token.number
                if number is not None:
                    # "2,000" counts something: a year is written without a separator
                    if number and _YEAR.fullmatch(number) and "," not in low:
                        terms["y:" + number] = terms.get("y:" + number, 0.0) + weight
                        if previous in _MONTHS:
                            key = f"y:{_MONTHS[previous]}-{number}"
                            terms[key] = terms.get(key, 0.0) + weight
                    elif number:
                        terms["q:" + number] = terms.get("q:" + number, 0.0) + weight
                    previous = low
                    continue
                if is_name:
                    key = "n:" + token.stem
                    terms[key] = terms.get(key, 0.0) + weight
                    run.append(token.stem)
                if token.word is not None:
                    terms[token.word] = terms.get(token.word, 0.0) + weight
                previous = low
            if len(run) >= 2:
                key = "n:" + "_".join(run)
                terms[key] = terms.get(key, 0.0) + weight
        return StoryFeatures(terms, published)


def _title_case(tokens: list[str]) -> bool:
    """A headline written in title case or capitals: its capitals say nothing of names."""
    words = [t for t in tokens if t[0].isalpha() and len(t) > 3]
    if len(words) < 3:
        return False
    return sum(t[0].isupper() for t in words) / len(words) >= 0.7 or all(t.isupper() for t in words)


def _number(tok: str) -> str | None:
    t = tok.lstrip("$").rstrip("%")
    if _SCORE.fullmatch(t):  # a score or record: 20-13
        return t
    try:
        value = float(t.replace(",", ""))
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    return str(int(value)) if value.is_integer() else f"{value:g}"
