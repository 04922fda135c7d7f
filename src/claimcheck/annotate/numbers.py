"""Numbers, quantities, ordinals and ranks, with normalised values.

"two million personnel" -> 2000000 of "personnel"; "20 kilometers" -> 20 km; "Mach 27" -> 27
mach; "37 percent" -> 37 %; "second-largest recipient" -> rank 2 (unit "largest") of
"recipient"; "top military officer" -> rank 1 of "military officer". The
words and units are in ``lexicons/numbers.toml``. Years and dates are left to the date finder.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import replace

from claimcheck.lexicons import Lexicons, word_set
from claimcheck.models import Quantity
from claimcheck.splitting.structure import NOUN_AFTER, Grammar
from claimcheck.tokens import word_before

ROUNDING = 0.005  # a figure as written is taken to be exact within this share of it
APPROXIMATE = 0.1  # "about", "some": within this share
NEARLY = 0.1  # "nearly 400": from this share under it, up to it
_WRITTEN = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_YEAR_LIKE = re.compile(r"1\d{3}|20\d\d")
_FRACTIONS = "1/2|1/3|2/3|1/4|3/4"  # of a whole written with a fraction ("4 1/2 months")
# a capitalised word, one with a capital inside ("iPhone 6"), or "No.", right before a
# number: the number is part of a name; not a word that ends in a dash ("-Edited by Bev
# Mortimer- Six new countries have been invited")
_NAME_BEFORE = re.compile(
    r"(?:\b[A-Z](?:[\w’'-]*[\w’'])?|\b[a-z]+[A-Z](?:[\w’'-]*[\w’'])?|\bNo\.)\s$"
)


def _sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence: nothing but spaces, quotes or a full stop before it."""
    head = text[max(0, pos - 3) : pos].rstrip(" \"“‘'(")
    return not head or head[-1] in ".!?\n"


_NEXT_WORD = re.compile(r" ([a-z]+)\b")
_NOBODY_BEFORE = re.compile(r"\bno[\s-]$", re.I)

_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "than",
        "that",
        "which",
        "who",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "its",
        "their",
        "his",
        "her",
        "this",
        "these",
        "those",
        "such",
        "more",
        "most",
        "less",
        "per",
        "each",
        "every",
        "some",
        "any",
        "all",
        "both",
        "other",
    ]
)


class NumberFinder:
    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        data = lexicons["numbers"]
        self.words: dict[str, float] = {
            k.lower(): float(v) for k, v in data.get("words", {}).items()
        }
        self.scales: dict[str, float] = {
            k.lower(): float(v) for k, v in data.get("scales", {}).items()
        }
        self.ordinals: dict[str, int] = {
            k.lower(): int(v) for k, v in data.get("ordinals", {}).items()
        }
        self.units: dict[str, str] = {k.lower(): v for k, v in data.get("units", {}).items()}
        self.prefix_units: dict[str, str] = {
            k.lower(): v for k, v in data.get("prefix_units", {}).items()
        }
        self.rank_words = word_set(data, "rank_words")
        # what ends the words a figure counts: function words, and words that open a clause
        clauses = lexicons["clauses"]
        self._stops = _STOP | word_set(clauses, "embedders") | word_set(clauses, "coordinators")
        self._grammar = Grammar(lexicons)
        self.currencies = frozenset(
            u for u in [*self.units.values(), *self.prefix_units.values()] if u.isupper()
        )
        bounds = {
            phrase.lower(): kind
            for kind, phrases in data.get("bounds", {}).items()
            for phrase in phrases
        }
        self.bounds = bounds
        bound = "|".join(sorted((re.escape(b) for b in bounds), key=len, reverse=True))
        # a bounding phrase right before the number (and its currency sign): "at least $5m"
        self._bound = re.compile(rf"(?<![\w-])(?P<b>{bound})\s+(?:a\s+|an\s+)?$", re.I)

        word = "|".join(sorted((re.escape(w) for w in self.words), key=len, reverse=True))
        tens = "|".join(re.escape(w) for w, v in self.words.items() if v >= 20 and v % 10 == 0)
        units = "|".join(re.escape(w) for w, v in self.words.items() if 1 <= v <= 9)
        scale = "|".join(sorted((re.escape(w) for w in self.scales), key=len, reverse=True))
        prefix = "|".join(sorted((re.escape(u) for u in self.prefix_units), key=len, reverse=True))
        unit = "|".join(sorted((re.escape(u) for u in self.units), key=len, reverse=True))
        # a whole and a fraction: "4-1/2", "4 1/2", or "41/2" as plain text writes 4½ (that one
        # only before its unit, "41/2 months": "21/2" alone is as often a day and a month)
        mixed = (
            rf"\d{{1,3}}[- ](?:{_FRACTIONS})"
            rf"|\d{{1,3}}(?:{_FRACTIONS})(?=[\s-]+(?:{unit})(?!\w))"
        )
        digits = rf"{mixed}|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?"
        spelled = rf"(?:(?:{tens})[- ](?:{units})|{word})"
        clock = "|".join(re.escape(w) for w in data.get("clock_words", []) if " " not in w)
        self._number = re.compile(
            # a number right after a hyphen names a model ("Su-27", "S-300"), it counts nothing;
            # a scale, a unit or a clock's mark may be written on to the digits ("110m euros",
            # "£129.2million", "2,000ft", "8.40pm", the last no count)
            # a clock time ("17:30") or a score ("20-13") is not a count, nor a ratio or a
            # date written with a slash ("24/7", "9/11", "3/4 of them")
            rf"(?<![\w.,:/-])(?:(?P<prefix>{prefix})\s?)?(?P<num>{digits}|{spelled})(?![:/–-]\d)"
            rf"(?:\b|(?=(?:{scale})\b)|(?=(?:{unit}|{clock})(?!\w)))"
            rf"(?:[\s-]?(?P<scale>(?:{scale})(?:\s+(?:{scale}))*)\b)?"
            # "1,340-km" is a length, "9-year-old" an age: a unit ends the compound
            rf"(?:[\s-]?(?P<unit>{unit})(?=\W|$)(?!-\w))?",
            re.I,
        )
        # "dozens", "hundreds", "crores": a count by its order of size, one value a plural
        sizes = {**self.words, **self.scales}
        self.orders_of_size = {
            f"{w}s": sizes[w] for w in word_set(data, "orders_of_size") if w in sizes
        }
        plural = "|".join(sorted(map(re.escape, self.orders_of_size), key=len, reverse=True))
        self._order_of_size = (
            re.compile(
                rf"(?<![\w-])(?:(?P<times>{plural})\s+of\s+)?(?P<size>{plural})(?=\s+of\b)", re.I
            )
            if plural
            else None
        )
        ordinal = "|".join(sorted((re.escape(o) for o in self.ordinals), key=len, reverse=True))
        rank = "|".join(sorted((re.escape(r) for r in self.rank_words), key=len, reverse=True))
        self._ordinal = re.compile(
            rf"\b(?P<ord>{ordinal}|\d+(?:st|nd|rd|th))\b(?:[\s-](?P<rank>{rank})\b)?", re.I
        )
        self._top = re.compile(r"\b(?:the\s+)?top(?=[\s-]+[a-z])", re.I)
        multipliers = data.get("multipliers", {})
        # verbs whose plain form ends in -e ("double": "doubled", "doubling"); not "doubles",
        # "halves", which are as often nouns ("hit two doubles", "in both halves")
        self.multipliers = {
            k.lower(): float(v)
            for k, v in multipliers.items()
            if isinstance(v, int | float) and k.endswith("e")
        }
        stems = "|".join(
            sorted((re.escape(w[:-1]) for w in self.multipliers), key=len, reverse=True)
        )
        phrasal = "|".join(re.escape(w) for w in multipliers.get("phrasal", []))
        # "three times as many", "two and a half times than ever achieved", "2.5 times
        # larger": a ratio, where "three times" alone is as often how often ("met three times")
        compared = "|".join(re.escape(w) for w in multipliers.get("compared", []))
        not_compared = "|".join(re.escape(w) for w in multipliers.get("not_compared", []))
        self._times = (
            re.compile(
                rf"(?<![\w.,:/-])(?P<figure>(?P<num>\d+(?:\.\d+)?|{spelled})"
                rf"(?P<half>\s+and\s+a\s+half)?[\s-]+times)\s+"
                # a word in -er then "of" is a noun: "three times winner of the cup"
                rf"(?=(?:{compared})\b|(?!(?:{not_compared})\b)(?-i:[a-z]+er)\b(?!\s+of\b))",
                re.I,
            )
            if compared
            else None
        )
        self._multiplier = (
            re.compile(
                # an inflected form, or the plain verb after a modal or "to" (past an adverb)
                rf"\b(?:(?P<stem>{stems})(?:ed|ing)|(?:will|would|could|should|might|may|can"
                rf"|to)\s+(?:\w+\s+)?(?P<plain>{stems})e)\b"
                rf"(?!\s+(?:{phrasal})\b)(?!-)",
                re.I,
            )
            if stems
            else None
        )
        clock = "|".join(re.escape(w) for w in data.get("clock_words", []))
        self._clock = re.compile(rf"\s?(?:{clock})(?!\w)", re.I) if clock else re.compile(r"$^")

    def find(
        self, text: str, start: int, end: int, skip: list[tuple[int, int]] | None = None
    ) -> list[Quantity]:
        """Quantities in ``text[start:end]``, ignoring spans in ``skip`` (dates)."""
        taken = list(skip or [])
        # a telephone number or an identifier written in groups ("0845 125 2222") counts
        # nothing: three groups or more, or one led by a zero
        taken += [
            r.span()
            for r in _DIGIT_RUN.finditer(text, start, end)
            if r.group().count(" ") >= 2 or r.group().startswith("0")
        ]
        found: list[Quantity] = []

        def free(s: int, e: int) -> bool:
            return all(e <= ts or s >= te for ts, te in taken)

        for m in self._ordinal.finditer(text, start, end):
            if not free(*m.span()):
                continue
            raw = m.group("ord").lower()
            value = self.ordinals.get(raw) or int(re.sub(r"\D", "", raw))
            if m.group("rank"):
                found.append(
                    Quantity(
                        m.group(0),
                        float(value),
                        "rank",
                        m.start(),
                        m.end(),
                        unit=m.group("rank").lower(),
                        of=_following_words(text, m.end(), end, self._stops),
                    )
                )
            else:
                found.append(
                    Quantity(
                        m.group(0),
                        float(value),
                        "ordinal",
                        m.start(),
                        m.end(),
                        of=_following_words(text, m.end(), end, self._stops),
                    )
                )
            taken.append(m.span())
        for m in self._top.finditer(text, start, end):
            if free(*m.span()):
                found.append(
                    Quantity(
                        m.group(0),
                        1.0,
                        "rank",
                        m.start(),
                        m.end(),
                        unit="top",
                        of=_following_words(text, m.end(), end, self._stops),
                    )
                )
                taken.append(m.span())
        for q in self._times_compared(text, start, end):
            if free(q.start, q.end):
                found.append(q)
                taken.append((q.start, q.end))
        for m in self._number.finditer(text, start, end):
            if not free(*m.span()):
                continue
            quantity = self._quantity(text, m, end)
            if quantity is not None:
                found.append(quantity)
                taken.append(m.span())
        for q in self._multiplied(text, start, end):
            if free(q.start, q.end):
                found.append(q)
                taken.append((q.start, q.end))
        for m in self._orders_of_size_in(text, start, end):
            if not free(*m.span()):
                continue
            # "hundreds of": at least two hundred; "tens of thousands": at least 2 x 10 x 1,000
            floor = 2 * self.orders_of_size[m.group("size").lower()]
            if m.group("times"):
                floor *= self.orders_of_size[m.group("times").lower()]
            s, e = m.span()
            of = _following_words(text, e, end, self._stops)
            found.append(Quantity(m.group(0), floor, "count", s, e, of=of, bound="min"))
            taken.append(m.span())
        return _scales_shared(sorted(found, key=lambda q: q.start), text)

    def _multiplied(self, text: str, start: int, end: int) -> Iterator[Quantity]:
        """The ratios that verbs of multiplying give in ``text[start:end]`` ("has doubled",
        "will roughly double", "more than tripled"), with the bound written before them."""
        if self._multiplier is None:
            return
        for m in self._multiplier.finditer(text, start, end):
            stem = (m.group("stem") or m.group("plain")).lower()
            s = m.start("stem") if m.group("stem") else m.start("plain")
            bound = self._bound_before(text, s)
            value = self.multipliers[stem + "e"]
            yield Quantity(text[s : m.end()], value, "ratio", s, m.end(), unit="times", bound=bound)

    def _times_compared(self, text: str, start: int, end: int) -> Iterator[Quantity]:
        """The ratios that "N times" before a comparison gives in ``text[start:end]`` ("more
        than three times as many", "two and a half times than ever"), with their bound."""
        if self._times is None or "times" not in text[start:end].lower():
            return
        for m in self._times.finditer(text, start, end):
            value = self._value(m.group("num"))
            s, e = m.span("figure")
            if value is None or NOUN_AFTER.fullmatch(word_before(text, s, start)):
                continue  # after a determiner: "a three-times winner" counts wins
            if m.group("half"):
                value += 0.5
            bound = self._bound_before(text, s)
            yield Quantity(text[s:e], value, "ratio", s, e, unit="times", bound=bound)

    def _bound_before(self, text: str, s: int) -> str | None:
        """The bound a phrase right before the figure at ``s`` sets ("at least", "nearly")."""
        before = self._bound.search(text, max(0, s - 40), s)
        return self.bounds[before.group("b").lower()] if before else None

    def elided_noun(self, text: str, s: int, e: int) -> bool:
        """Whether the count at ``text[s:e]`` is followed right away by a past participle, the
        noun it counts left out, as headlines write a toll ("One killed in Kenya rallies",
        "At least 10 shot dead"); not "no one" or "no-one", which count nobody."""
        after = _NEXT_WORD.match(text, e)
        if after is None or not self._grammar.plain_participle(after.group(1).lower()):
            return False
        return not _NOBODY_BEFORE.search(text, max(0, s - 4), s)

    def _orders_of_size_in(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """The counts by their order of size in ``text[start:end]`` ("hundreds of"). A plain
        search first: about one claim in a hundred names one (169 of ECB+'s 14,503)."""
        low = text[start:end].lower()
        if self._order_of_size is None or not any(p in low for p in self.orders_of_size):
            return iter(())
        return self._order_of_size.finditer(text, start, end)

    @staticmethod
    def _names_it(text: str, s: int) -> bool:
        """Whether the digits right after a capitalised word (not opening the sentence) name a
        thing rather than count one: "Internet Explorer 8", "Route 94", "Juror No. 12", "iPhone 6"."""
        before = _NAME_BEFORE.search(text, max(0, s - 30), s)
        return before is not None and not _sentence_start(text, before.start())

    def _value(self, num: str) -> float | None:
        low = num.lower()
        if "/" in low:  # "4-1/2", "4 1/2", "41/2": the fraction is its last three characters
            whole, (top, bottom) = low[:-3].rstrip("- "), low[-3:].split("/")
            return float(whole) + int(top) / int(bottom)
        if low[0].isdigit():
            return float(low.replace(",", ""))
        if low in self.words:
            return self.words[low]
        parts = re.split(r"[- ]", low)
        if len(parts) == 2 and parts[0] in self.words and parts[1] in self.words:
            return self.words[parts[0]] + self.words[parts[1]]
        return None

    def _quantity(self, text: str, m: re.Match[str], end: int) -> Quantity | None:
        value = self._value(m.group("num"))
        if value is None:
            return None
        if m.group("scale"):
            for scale in m.group("scale").lower().split():
                value *= self.scales[scale]
            value = round(value, 6)  # 129.2 x 10^6 is 129200000, not 129199999.99999999
        prefix, unit_word = m.group("prefix"), m.group("unit")
        s, e = m.span()
        elided = False
        if prefix:
            unit: str | None = self.prefix_units[prefix.lower()]
            kind = "money" if unit in self.currencies else "measure"
        elif unit_word:
            unit = self.units[unit_word.lower()]
            kind = "percent" if unit == "%" else "money" if unit in self.currencies else "measure"
        else:
            unit, kind = None, "count"
            elided = self.elided_noun(text, s, e)
            if m.group("num").lower() == "one" and not (m.group("scale") or elided):
                return None  # "one of the", "one another": rarely a count worth comparing
            if self._clock.match(text, e) or self._names_it(text, s):
                return None  # "7 p.m.", "0440 GMT"; "Windows 8", "Route 94", "No. 12"
        of = _following_words(text, e, end, self._stops) if kind == "count" else None
        bound = self._bound_before(text, s)
        return Quantity(text[s:e], value, kind, s, e, unit=unit, of=of, bound=bound, elided=elided)


# between the two figures of a range or a choice: "between $140 and $150 million", "2 or 3"
_RANGE_JOIN = re.compile(r"\s*-?\s*(?:and|or|to|-|–)\s*$")


def _scales_shared(found: list[Quantity], text: str) -> list[Quantity]:
    """The first figure of a range or a choice written with one scale word, unit or counted
    noun at its end takes them as the second's: "between $140 and $150 million" gives $140
    million, "2 or 3 billion dollars" 2 billion dollars, "from 5 to 7 percent" 5 percent, "10
    to 12 people" 10 people. Only when the first is written bare, lower, and joined by the
    word alone ("sold 140 and bought 150 million shares" joins two figures of their own)."""
    out = list(found)
    for k in range(len(out) - 1):
        first, second = out[k], out[k + 1]
        digits_first, digits_second = _WRITTEN.search(first.text), _WRITTEN.search(second.text)
        if not digits_first or not digits_second or first.kind in ("ordinal", "rank"):
            continue
        written = float(digits_second.group(0).replace(",", ""))
        scale = second.value / written if written else 1.0
        bare = first.value == float(digits_first.group(0).replace(",", ""))
        if (
            (scale > 1.0 or (second.unit and not first.unit) or second.of)
            and bare
            and first.unit in (None, second.unit)
            and first.of is None
            and 0 < first.value < written
            and _RANGE_JOIN.fullmatch(text, first.end, second.start) is not None
        ):
            out[k] = replace(
                first,
                value=round(first.value * scale, 6),
                kind=second.kind,
                unit=second.unit,
                of=second.of,
            )
    return out


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s$")
_ACRONYM = re.compile(r"[A-Z]{2,}s?")


_WORD_OR_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][\w’'-]*")  # "U.S." is one word
_DIGIT_RUN = re.compile(r"(?<![\d,.])\d+(?: \d+)+(?![\d,]|\.\d)")
# between a figure and what it counts: spaces, a hyphen, a fraction ("3 1/2-inch advantage")
_ADJACENT = re.compile(r"[ -]*(?:\d+/\d+[ -]*)?")
# a quotation opened shortly before a figure and closed right after it: what follows is
# still what the figure counts ("the CGT announced “more than 2 million” demonstrators")
_QUOTED_FIGURE = re.compile(r"[“\"][^“”\"]*[”\"]$")
_QUOTE_REACH = 40  # characters from a quotation's opening mark to the figure's end
_NOUN_NEXT = re.compile(r" [a-z]")  # after the quotation, the phrase goes on
PARTITIVE_DETERMINERS = frozenset(["the", "his", "her", "its", "their", "our", "these", "those"])
_PRONOUNS = frozenset(["them", "us", "you", "it", "whom", "which"])  # "seven of them"
# a capitalised plural standing for people ("Somalis", "Americans"), counted when nothing
# follows it that it could describe: an end, a mark, a conjunction or a verb
_PEOPLE = re.compile(r"[A-Z][a-z]{3,}s")
_VERB_ING = re.compile(r"[a-z]{2,}ing")
_PHRASE_END = re.compile(r"\s*(?:$|[^\w\s]|(?:and|or|who|were|are|was|is|have|had)\b)")


def _following_words(
    text: str, pos: int, end: int, stops: frozenset[str], limit: int = 2
) -> str | None:
    """The content words right after a number: what it counts ("military women"); a name
    before them, or two joined by "and", is what they are, not what is counted ("26 Somali
    pirates", "23 Somali and Yemeni pirates": pirates). A word of ``stops`` ends them: a
    function word, or one that opens a clause ("226 yards while Hillis added 101": yards)."""
    if _QUOTED_FIGURE.search(text, max(0, pos - _QUOTE_REACH), pos + 1) and _NOUN_NEXT.match(
        text, pos + 1
    ):
        pos += 1  # a quotation that ends with the figure: "“more than 2 million” marchers"
    words: list[str] = []
    names = 0  # capitalised words passed over before the first counted word
    partitive = False  # "five of the blocks", "dozens of warships": what follows "of"
    for m in _WORD_OR_ACRONYM.finditer(text[pos:end]):
        w = m.group(0)
        if not (words or names or partitive) and not _ADJACENT.fullmatch(
            text, pos, pos + m.start()
        ):
            break  # "Coleman, 21, told jurors": what follows a mark is counted by nothing
        if not (words or names or partitive) and w == "of" and m.start() <= 1:
            partitive = True
            continue
        if partitive and not words and w.lower() in PARTITIVE_DETERMINERS:
            continue
        if partitive and not words and w.lower() in _PRONOUNS:
            break  # "seven of them": said before
        if (
            not (words or names)
            and (_PEOPLE.fullmatch(w) or _ACRONYM.fullmatch(w))
            and _PHRASE_END.match(text, pos + m.end())
        ):
            # a capitalised word that ends the phrase is what is counted, not a name before
            # it: a people's name, plural ("12 Somalis and 11 Yemenis"), or an abbreviation
            # ("36-3 (24 KO)"; "12 US troops" counts troops)
            return w.lower()
        if (
            names
            and not words
            and w in ("and", "or")
            and text[pos + m.end() + 1 : pos + m.end() + 2].isupper()
        ):
            continue  # names joined: "23 Somali and Yemeni pirates" are pirates
        if w.lower() in stops:
            break
        if not w[0].islower() and not _PLURAL_ACRONYM.match(w):  # "RBIs", "MPs": nouns
            names += 1
            if words or names > 2 or text[pos + m.end() : pos + m.end() + 1] != " ":
                break
            continue
        if not (words or names or partitive) and _VERB_ING.fullmatch(w):
            # an -ing word before a function word or a figure is a verb, counting nothing ("a
            # magnitude of 6.1 killing at least seven"); before a noun it describes what is
            # counted ("10 missing people")
            after = _WORD_OR_ACRONYM.search(text, pos + m.end(), end)
            between = text[pos + m.end() : after.start()].strip() if after else ""
            if after is None or between or after.group(0).lower() in stops:
                break
        words.append(w.lower())
        if len(words) == limit:
            break
        gap = text[pos + m.end() : pos + m.end() + 1]
        if gap and gap not in " -":
            break
    return " ".join(words) or None


def year_like(q: Quantity) -> bool:
    """Whether a bare count is written as a year ("the 1998 bombings", "In 1096 it passed to
    Arnulf"): a date the date reader left, not a figure."""
    return q.kind == "count" and _YEAR_LIKE.fullmatch(q.text) is not None


def rounding(q: Quantity) -> float:
    """How far the true value may be from the figure as written: half a unit of its last
    written decimal ("26 per cent" may be 26.46, "5.5 million" 5.54 million), and at least
    ``ROUNDING`` of it, unless its digits end in a unit: "196 MPs" is no round figure."""
    digits = _WRITTEN.search(q.text)
    decimals = len(digits.group(1)) if digits and digits.group(1) else 0
    written = float(digits.group(0).replace(",", "")) if digits else 0.0
    # the scale a figure's digits were written in: "5.5 million" -> 10^6
    scale = abs(q.value) / written if written else 1.0
    half_unit = 0.5 * 10.0**-decimals * scale
    if digits and scale == 1.0 and digits.group(0)[-1] != "0":
        return half_unit
    return max(half_unit, ROUNDING * abs(q.value))


def significant_digits(q: Quantity) -> int:
    """How many digits the figure is written with, past leading zeros and an integer's
    trailing zeros: "46.3%" and "1,340 km" have three, "400,000" and "2 million" one. A
    figure of many digits is rarely given by chance: two in one story that agree in all of
    them give one measure."""
    digits = _WRITTEN.search(q.text)
    if digits is None:
        return 0
    whole, _, decimals = digits.group(0).replace(",", "").partition(".")
    if decimals:
        return len((whole + decimals).lstrip("0"))
    return len(whole.strip("0"))


def interval(q: Quantity) -> tuple[float, float]:
    """The values a figure allows, as its source bounds it."""
    v = q.value
    if q.bound == "min":
        return v, math.inf
    if q.bound == "max":
        return -math.inf, v
    if q.bound == "near":
        return v * (1 - NEARLY), v
    spread = APPROXIMATE * abs(v) if q.bound == "approx" else rounding(q)
    return v - spread, v + spread


def compatible(x: Quantity, y: Quantity) -> bool:
    """Whether one value can satisfy both figures. Two floors (or two ceilings) further
    apart than an approximation are not: the sources give different figures for one thing
    ("at least five" and "at least ten" dead)."""
    if x.bound == y.bound and x.bound in ("min", "max"):
        return abs(x.value - y.value) <= APPROXIMATE * max(abs(x.value), abs(y.value), 1e-9)
    (lo_x, hi_x), (lo_y, hi_y) = interval(x), interval(y)
    # figures that only meet at an edge give different values: "24-year-old" and
    # "25-year-old" meet at 24.5, "more than 110m" and "around 100m" at 110. Only a floor and
    # a ceiling ("at least 40", "at most 40") both allow the value where they meet.
    if {x.bound, y.bound} == {"min", "max"}:
        return lo_x <= hi_y and lo_y <= hi_x
    return lo_x < hi_y and lo_y < hi_x


def alike(x: Quantity, y: Quantity) -> bool:
    """Whether two figures give the same value: the less precise one allows the other's
    ("33.49%" and "33 per cent", "40.05 percent" and "about 40 per cent"). A bound agrees with
    the same value under the same bound or given plainly, which is how outlets shorten it
    ("more than 2 million" and "2 million"; "at least five" and "five"), not under another
    bound ("up to five", "nearly five"): "over 200" allows 80,000 but does not say it."""
    if x.kind != y.kind or x.unit != y.unit:
        return False
    bounds = {x.bound, y.bound}
    if bounds & {"min", "max"}:
        if x.bound != y.bound and not (bounds - {"min", "max"}) & {None, "approx"}:
            return False  # a floor and a ceiling, or a bound and "nearly"
        return abs(x.value - y.value) <= max(rounding(x), rounding(y))
    (lo_x, hi_x), (lo_y, hi_y) = interval(x), interval(y)
    return lo_x <= y.value <= hi_x or lo_y <= x.value <= hi_y
