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
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import snowballstemmer

from claimcheck.lexicons import Lexicons, word_set

BLOCKS = ("w", "n", "q", "y")

_URL = re.compile(r"https?://\S+|www\.\S+")
_TOKEN = re.compile(
    r"\$?\d+(?:[.,]\d+)*(?:-\d+)?%?"  # numbers: 1,300  6.9  20-13  $160  40%
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
        return cls(json.loads(text) if text else {}, published)


class FeatureReader:
    """Reads an article's sentences into story keys; made once per run."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        data = (lexicons or Lexicons.packaged())["stories"]
        self.stop = word_set(data, "stopwords")
        self.not_names = self.stop | word_set(data, "not_names") | set(_MONTHS)
        self.head_sentences = int(data["features"]["head_sentences"])
        self.head_weight = float(data["features"]["head_weight"])
        self._stemmer = snowballstemmer.stemmer("english")
        self._stems: dict[str, str] = {}

    def _stem(self, word: str) -> str:
        s = self._stems.get(word)
        if s is None:
            s = self._stems[word] = self._stemmer.stemWord(word)
        return s

    def read(self, sentences: Iterable[str], published: str | None = None) -> StoryFeatures:
        tokenised = [_TOKEN.findall(_URL.sub(" ", s)) for s in sentences]
        # a word counts as a name where the article writes it capitalised inside sentences
        # at least as often as in lower case, so "The" and "Police" at a sentence's start do not
        capital: Counter[str] = Counter()
        lower: Counter[str] = Counter()
        for toks in tokenised:
            if _title_case(toks):
                continue
            for t in toks[1:]:
                if t[0].isupper():
                    capital[t.lower()] += 1
                elif t[0].islower():
                    lower[t.lower()] += 1
        terms: dict[str, float] = {}

        def add(key: str, weight: float) -> None:
            terms[key] = terms.get(key, 0.0) + weight

        for i, toks in enumerate(tokenised):
            weight = self.head_weight if i < self.head_sentences else 1.0
            title = _title_case(toks)
            run: list[str] = []  # consecutive names: "Tara Reid" is also the key tara_reid
            previous = ""
            for j, tok in enumerate([*toks, "."]):  # "." ends the last run of names
                low = tok.lower()
                is_name = tok != "." and self._is_name(tok, low, j == 0 or title, capital, lower)
                if not is_name and len(run) >= 2:
                    add("n:" + "_".join(run), weight)
                if not is_name:
                    run = []
                if tok == ".":
                    break
                if tok[0].isdigit() or tok[0] == "$":
                    number = _number(tok)
                    if number is not None and _YEAR.fullmatch(number):
                        add("y:" + number, weight)
                        if previous in _MONTHS:
                            add(f"y:{_MONTHS[previous]}-{number}", weight)
                    elif number is not None:
                        add("q:" + number, weight)
                    previous = low
                    continue
                base = _POSSESSIVE.sub("", low.replace("’", "'"))
                if is_name:
                    key = self._stem(base)
                    add("n:" + key, weight)
                    run.append(key)
                if base not in self.stop and len(base) > 2:
                    add("w:" + self._stem(base), weight)
                previous = low
        return StoryFeatures(terms, published)

    def _is_name(
        self, tok: str, low: str, first: bool, capital: Counter[str], lower: Counter[str]
    ) -> bool:
        if not tok[0].isupper() or low in self.not_names or len(low) < 2 or tok[0].isdigit():
            return False
        if first:  # capitalised for standing first, unless written so inside sentences too
            return capital[low] > 0 and capital[low] >= lower[low]
        return capital[low] >= lower[low]


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
