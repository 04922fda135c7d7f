"""Claim text -> the words that matter for matching, in one canonical form.

Case, quotes and dashes are folded; names go through the alias table ("the U.S." and "USA"
are ``united_states``, "Moscow" and "Russian" are ``russia``, "Vladimir Putin" is
``putin``); a name joined by a hyphen counts word by word ("Al-Hilal" as "Al Hilal"); number
words become digits ("two million" -> 2000000; "31st" -> 31); words are stemmed
(Snowball) after British spellings are read as American ones ("organisation") and irregular
forms are undone ("fled" -> flee), and synonyms share one form
("denouncing" and "condemning" are ``condemn``); function words, hedges and titles go. Used
as the processor of every rapidfuzz scorer. ``terms`` adds each word's concept after it (see
``senses``): what matching compares and the store keeps.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from claimcheck.dates import month_names
from claimcheck.grouping.senses import Senses
from claimcheck.lexicons import Lexicons, word_set
from claimcheck.tokens import word_before

# a word written with its capital letter, not one of a longer name ("the Indian Ocean",
# "American Airlines"): a demonym there names its country ("polish" is no Poland)
_CAPITALISED = re.compile(r"[A-Z][a-z]+")
_CAPITALISED_WORD = re.compile(rf"(?<![\w-]){_CAPITALISED.pattern}(?![\w-])(?!\s+[A-Z])")
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*")
_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": " ", "‐": "-"})
_POSSESSIVE = re.compile(r"['’]s$")
# an ordinal's suffix ("31st", "74th"): the figure is the word, the suffix no word of its own
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b", re.I)
_NOT_ALNUM = re.compile(r"[\W_]+")
# two capitalised words joined by a hyphen are a name, which outlets write with a space as
# often ("Al-Hilal" / "Al Hilal", "Saint-Germain"): its words count one by one
_NAME_HYPHEN = re.compile(r"(?<![\w-])([A-Z][a-z]+)-(?=[A-Z][a-z]+(?![\w-]))")
# a share, however written: "40%", "40 per cent" and "40 percent" are one figure and one word
_PERCENT_SIGN = re.compile(r"\s*%")
_PER_CENT = re.compile(r"\b[Pp]er\s+cent\b")
# a sum with its scale abbreviated onto the figure ("$98.5m", "£1.2bn"): after a currency sign
# only, as "100m" alone is as often metres
_GLUED_SCALE = re.compile(r"([$€£¥₹]\s?\d[\d,]*(?:\.\d+)?)([a-z]{1,2})\b")
_ANY_DIGIT = re.compile(r"\d")
_HYPHENATED = re.compile(r"\b([A-Za-z]+)-(?=[a-z])")  # a word joined to a lower-case one
_TENS = frozenset(float(n) for n in range(20, 100, 10))
_DIGIT_BEFORE = re.compile(r"\d\s+$")
_DIGIT_AFTER = re.compile(r"\s*\d")
_HYPHEN_PAIR = re.compile(r"(?<![\w-])([A-Z][\w.]*)-([A-Z][\w.]*)(?![\w-])")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return _NOT_ALNUM.sub("", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _canonical_token(name: str) -> str:
    return re.sub(r"[^\w]+", "_", name.lower()).strip("_")


class Normalizer:
    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        self.lexicons = lexicons
        data = lexicons["matching"]
        self._stemmer = snowballstemmer.stemmer("english")
        self._stem = lru_cache(maxsize=200_000)(self._stemmer.stemWord)
        self._word = lru_cache(maxsize=200_000)(self._canonical)  # the same words recur
        self._alias_rx, self._alias_to = self._aliases(lexicons["aliases"])
        # a capital after a place preposition is the city ("80,000 in Paris"), not the
        # government it stands for elsewhere ("Moscow warned"): it keeps its own name
        aliases = lexicons["aliases"]
        self._capitals = frozenset(
            e["capital"] for e in aliases.get("entity", []) if e.get("capital")
        )
        self._place_prepositions = word_set(aliases, "place_prepositions")
        numbers = lexicons["numbers"]
        self._number_words = {
            k.lower(): float(v) for k, v in numbers.get("words", {}).items() if " " not in k
        }
        # a number word joined to what it measures ("two-year", "twenty-five"), apart: it
        # reads as the figure "2-year" or "25" gives
        self._spelled_numbers = frozenset(w for w in self._number_words if w.isalpha())
        scales = {k.lower(): float(v) for k, v in numbers.get("scales", {}).items()}
        self._scales = {k: v for k, v in scales.items() if len(k) > 2}
        # units of measure in one form (currencies, written as codes, keep their words: a
        # sign before a sum leaves none to match "euros" with)
        self._units = {
            k.lower(): v
            for k, v in numbers.get("units", {}).items()
            if " " not in k and v.isalnum() and v.islower()
        }
        # "m" -> "million": an abbreviated scale written out, where it is glued to a sum
        written = {v: k for k, v in self._scales.items()}
        self._short_scales = {
            k: written[v] for k, v in scales.items() if len(k) <= 2 and v in written
        }
        # British spellings read as the American ones ("organisation", "organization")
        self._american = {
            k.lower(): str(v).lower() for k, v in lexicons["spellings"].get("british", {}).items()
        }
        stop_words = [w.lower() for w in data.get("stopwords", [])]
        self._stop = frozenset(w for w in stop_words if " " not in w)
        # phrases (multi-word synonyms and stop phrases) -> a token, or "" to drop them
        self._phrases: dict[tuple[str, ...], str] = {
            tuple(w.split()): "" for w in stop_words if " " in w
        }
        self._synonym: dict[str, str] = {}
        for group in data.get("groups", []):
            head = self._stem(self._spelled(group[0].lower().split()[-1]))
            for word in group:
                words = tuple(word.lower().split())
                if len(words) > 1:
                    self._phrases[words] = head
                else:
                    self._synonym.setdefault(self._stem(self._spelled(words[0])), head)
        senses = Senses(lexicons)
        self._inflections = senses.inflections
        # a word's token -> the token of its concept, which follows it in a claim's words;
        # names the alias table gives are not word senses ("russia" is not "russian")
        names = {t for joined in self._alias_to.values() for t in joined.split()}
        self.concept_of = {
            t: c for t, c in senses.concepts(self._synonym).items() if t not in names
        }
        # a month's short name in a date ("Jan. 1", "30 Aug"), written out: not "Jan Smith"
        months = month_names(lexicons["calendar"])
        short = {
            name.capitalize(): months[int(number)].capitalize()
            for name, number in lexicons["calendar"].get("months", {}).items()
            if name.lower() != months[int(number)]
        }
        self._short_month = (
            re.compile(rf"\b({'|'.join(sorted(short, key=len, reverse=True))})\b\.?")
            if short
            else None
        )
        self._month_of = short
        self._max_phrase = max((len(p) for p in self._phrases), default=1)
        self._phrase_starts = frozenset(p[0] for p in self._phrases)
        # a demonym of one word -> its country's name (``lexicons/demonyms.toml``, and the
        # alias table's), where names are kept apart (``words``): "the Kenyan capital" is
        # "Kenya's capital"; "South African" is two words of its own. Matching keeps to the
        # alias table's: with all of them, the penalty fitted for tense moved from 5 to 10
        # points, and the stories set held a pair fewer (169 -> 168 of 336) for two fewer
        # groups that mix ECB+ events
        countries = dict(lexicons["demonyms"].get("demonyms", {}))
        countries.update(
            (d, e["canonical"]) for e in aliases.get("entity", []) for d in e.get("demonyms", [])
        )
        self._country_name: dict[str, str] = {
            d: name for d, name in countries.items() if _CAPITALISED.fullmatch(d)
        }
        self._demonyms = frozenset(d.lower() for d in self._country_name)

    @classmethod
    def of(cls, lexicons: Lexicons | None = None) -> Normalizer:
        """The normalizer of these lexicons, made once and shared (its caches with it)."""
        return (lexicons or Lexicons.packaged()).derived("normalizer", cls)

    @staticmethod
    def _aliases(data: dict) -> tuple[re.Pattern[str] | None, dict[str, str]]:  # type: ignore[type-arg]
        to: dict[str, str] = {}
        for ent in data.get("entity", []):
            token = _canonical_token(ent.get("short") or ent["canonical"])
            for alias in [*ent.get("aliases", []), *ent.get("demonyms", [])]:
                to[alias] = token
            if ent.get("capital"):
                to[ent["capital"]] = token
        for comp in data.get("compound", []):
            joined = " ".join(_canonical_token(c) for c in comp["expands_to"])
            for name in comp["names"]:
                to[name] = joined
        if not to:
            return None, to
        keys = sorted(to, key=len, reverse=True)
        rx = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-]|\.\w)"
        )
        return rx, to

    def _alias(self, m: re.Match[str]) -> str:
        """A name's canonical token, unless it is a capital named as a place."""
        name = m.group(0)
        if name in self._capitals and word_before(m.string, m.start()) in self._place_prepositions:
            return name
        return f" {self._alias_to[name]} "

    def _country(self, m: re.Match[str]) -> str:
        return self._country_name.get(m.group(0), m.group(0))

    def _pair(self, m: re.Match[str]) -> str:
        """ "Russia-China", "US-Russian": two names joined by a hyphen stand for both."""
        parts = [self._alias_to.get(p) or self._alias_to.get(p[:-1]) for p in m.groups()]
        return f" {parts[0]} {parts[1]} " if all(parts) else m.group(0)

    @staticmethod
    def _shares(text: str) -> str:
        """ "40%" and "40 per cent" -> "40 percent"."""
        if "%" in text:
            text = _PERCENT_SIGN.sub(" percent", text)
        if "cent" in text:
            text = _PER_CENT.sub("percent", text)
        return text

    def _number_apart(self, m: re.Match[str]) -> str:
        """ "two-year" -> "two year": a number word joined to what it measures."""
        word = m.group(1)
        return f"{word} " if word.lower() in self._spelled_numbers else m.group(0)

    def _scale_written(self, m: re.Match[str]) -> str:
        """ "£129.2m" -> "£129.2 million": the scale's word, which the numbers read."""
        written = self._short_scales.get(m.group(2).lower())
        return f"{m.group(1)} {written}" if written else m.group(0)

    def _month_written(self, m: re.Match[str]) -> str:
        """A month's short name written out where a day or a year stands beside it."""
        text = m.string
        if _DIGIT_BEFORE.search(text, max(0, m.start() - 4), m.start()) or _DIGIT_AFTER.match(
            text, m.end()
        ):
            return self._month_of[m.group(1)]
        return m.group(0)

    def tokens(self, text: str) -> list[str]:
        """The claim's words as matching compares them, in order."""
        # each way of writing is looked for only where its mark is: most claims have none
        hyphen = "-" in text
        if hyphen:
            text = _HYPHENATED.sub(self._number_apart, _HYPHEN_PAIR.sub(self._pair, text))
        digit = _ANY_DIGIT.search(text) is not None
        text = self._shares(text)
        if digit:
            text = _GLUED_SCALE.sub(self._scale_written, text)
            if self._short_month is not None:
                text = self._short_month.sub(self._month_written, text)
        if self._alias_rx is not None:
            text = self._alias_rx.sub(self._alias, text)
        if hyphen:  # after the aliases: "Sino-Russian" is China and Russia, not "Sino Russian"
            text = _NAME_HYPHEN.sub(r"\1 ", text)
        text = text.translate(_FOLD)
        if digit:
            text = _ORDINAL_SUFFIX.sub("", text)
        if not text.isascii():
            text = "".join(
                c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
            )
        words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(text.lower())]
        out: list[str] = []
        i = 0
        while i < len(words):
            word = words[i]
            if word in self._phrase_starts:
                n = self._phrase_at(words, i)
                if n:
                    phrase = self._phrases[tuple(words[i : i + n])]
                    if phrase:
                        out.append(phrase)
                    i += n
                    continue
            if self.is_number(word):
                number, used = self._number(words, i)
                if used:
                    out.append(number)
                    i += used
                    # a unit after its figure, in one form: "1,300 kilometres", "1,340-km"
                    if i < len(words) and (unit := self._units.get(words[i])):
                        out.append(unit)
                        i += 1
                    continue
            i += 1
            if word and word not in self._stop:
                token = self._word(word)
                if token:
                    out.append(token)
        return out

    def is_number(self, word: str) -> bool:
        """Whether a lower-case word is a figure: digits, or a number written as a word."""
        return word[:1].isdigit() or word in self._number_words

    def terms(self, text: str) -> list[str]:
        """The claim's words, each followed by its concept where it has one: what matching
        compares and the store keeps ("died" -> ``die 0die``)."""
        out: list[str] = []
        for token in self.tokens(text):
            out.append(token)
            concept = self.concept_of.get(token)
            if concept:
                out.append(concept)
        return out

    def _phrase_at(self, words: list[str], i: int) -> int:
        """How many words the longest phrase starting at ``words[i]`` takes (0: none)."""
        for n in range(min(self._max_phrase, len(words) - i), 1, -1):
            if tuple(words[i : i + n]) in self._phrases:
                return n
        return 0

    def __call__(self, text: str) -> str:
        return " ".join(self.tokens(text))

    def words(self, text: str) -> list[str]:
        """Each word's stem (or synonym group) alone, names kept apart: no aliases or phrases,
        so "Paris" is not "France" as it is when matching claims; a demonym is its country's
        name ("the Kenyan capital", "Kenya's capital")."""
        text = self._shares(_NAME_HYPHEN.sub(r"\1 ", text) if "-" in text else text)
        folded = _ORDINAL_SUFFIX.sub("", text.translate(_FOLD))
        words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(folded.lower())]
        if not self._demonyms.isdisjoint(words):  # read again, each demonym as its country
            folded = _CAPITALISED_WORD.sub(self._country, folded)
            words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(folded.lower())]
        return [self._word(w) for w in words if w and w not in self._stop]

    def _spelled(self, word: str) -> str:
        """A word in the American spelling ("defence" -> "defense"), so that both stem alike."""
        return self._american.get(word, word)

    def _canonical(self, word: str) -> str:
        """One word's canonical form: only letters and digits, so that each is one token of
        the full-text index too ("united_states" -> unitedstates, "well-known" ->
        wellknown)."""
        if "_" in word or word[0].isdigit():
            return _fold(word)
        word = self._spelled(word)
        stem = self._stemmer.stemWord(self._inflections.get(word, word))
        return _fold(self._synonym.get(stem, stem))

    def _number(self, words: list[str], i: int) -> tuple[str, int]:
        """A number written in words or digits at ``words[i]``, as digits, and how many
        words it took ("two million" -> "2000000", 2)."""
        word = words[i]
        if word in self._number_words:
            value = self._number_words[word]
        elif re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", word):
            value = float(word.replace(",", ""))
        else:
            return "", 0
        used = 1
        if value in _TENS and i + 1 < len(words):
            unit = self._number_words.get(words[i + 1], 0)
            if 0 < unit < 10:  # "twenty five", "twenty-five"
                value += unit
                used += 1
        while i + used < len(words) and words[i + used] in self._scales:
            value *= self._scales[words[i + used]]
            used += 1
        value = round(value, 6)  # 129.2 million is 129200000, not 129200000.00000001
        return (str(int(value)) if value.is_integer() else f"{value:g}".replace(".", "p")), used
