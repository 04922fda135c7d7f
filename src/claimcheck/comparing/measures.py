"""Figures that measure the same thing in differently worded claims of one story.

Outlets rarely give a figure in the same sentence: "at least 40,000 people marched in Lyon"
and "38,000 people in Lyon, 36,000 in Toulouse, ..." share a count but little else. Each
number of a claim is read as a measure: its value with the source's bound ("at least", "up
to", "some"), what it counts, and the words of its own clause, so that each item of a list
stands alone. Two measures of different articles are of the same thing when their clauses
share what tells them apart (a place, a name, the event's words), weighed by how rare those
words are among the story's measures, and nothing they both name differs (the counted thing,
the places). They conflict when no value satisfies both: "at least 40,000" against 38,000,
but not "more than 16,700" against "over 17,000". Two floors of different values ("at least
five" against "at least ten" dead) are reported too: a fact-checker reports differing tolls
even though each is a floor. A figure its source marks as a running or updated count ("so
far", "rose to") is not in conflict with another day's figure. Two measures of one thing
that give the same value are figures given alike (``find_measure_agreements``): a claim
corroborated figure by figure (comparing/figures.py). Where one clause says nothing but its
figure ("with 20 reported cases"), no words tie it to another; it is then the story's count
of that thing only in an article that gives no other value of it (``_SoleCounts``).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from claimcheck.annotate.numbers import (
    PARTITIVE_DETERMINERS,
    alike,
    compatible,
    significant_digits,
)
from claimcheck.dates import month_names
from claimcheck.grouping.match import dates_agree
from claimcheck.grouping.senses import is_concept
from claimcheck.lexicons import Lexicons, alternation, word_set
from claimcheck.models import Claim, Quantity
from claimcheck.splitting.structure import Grammar, depth_tokens
from claimcheck.tokens import tokenize

# words that end a figure's clause: each item of a list, each side of "and", is its own; a
# dash as plain text writes it ("at least 10 gunshots -- a cluster of six") is a dash
_CLAUSE_END = re.compile(
    r"(?<!\d)[,:](?!\d)|[,:](?=\s)|[;()\[\]–—]|(?<!-)--(?!-)"
    r"|\s(?:and|while|but|whereas|compared with|versus|vs\.?)\s"
    # a clause of its own: "a 29-year veteran | when he took the position at the House",
    # "served for 29 years | before assuming the role"
    r"|\s(?:when|because|although|though|unless)\s|\s(?:before|after)\s+(?=\w+ing\b)"
)
# a figure of what a comparison sets the subject against: "narrower than the 11-inch version"
_COMPARED = re.compile(r"\bthan\s+(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)
# the rest of a list of names after its first: ", the US, and other nations" (the comma
# after a name is then not a clause's end: "16,700 troops from the Philippines, the US, and
# other nations" counts the troops of all three; not "two children, Joan and Mark Jr.")
_ITEM = r"(?:the\s+)?[A-Za-z][\w.’'-]*(?:\s+[A-Za-z][\w.’'-]*){0,2}"
_LIST_REST = re.compile(rf",\s*{_ITEM}(?:,\s*{_ITEM}){{0,4}},?\s+(?:and|or)\s+{_ITEM}")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.’'-]*$")
_NAMES_JOINED = re.compile(r"\b[A-Z][\w.’'-]*\s+(?:and|or)\s+[A-Z]")  # "Somali and Yemeni"
# a capitalised word, or an abbreviation in capitals and stops ("U.S.", read as "US")
_CAPITALISED = re.compile(r"\b[A-Z](?:\.[A-Z])+\.?|\b[A-Z][\w’'-]+")
_POSSESSIVE = re.compile(r"['’]s$")  # "Friday's vote"
_DAY_NUMBER = re.compile(r"\.?\s+\d{1,2}\b")  # "Aug. 30", "Sept 4": the day after a month
_DIGITS = re.compile(r"^\d[\d.]*$")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)  # "a 32 yard touchdown"
# the rest of a compound figure and the noun phrase after it, to the end of its run of names:
# what it describes ("-year-old champion Klitschko", not "-year-old Okafor stopped Mensah")
_DESCRIBED = re.compile(r"[\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}(?:\s+[A-Z][\w’'.-]*)*")
# from one figure of a list to the next: what the first counts and where, then a comma or
# "and" ("14 crates in Corran and 31 in Tarvo"), with no verb between (not "14 died and 31
# were hurt": a clause of its own)
_LIST_STEP = re.compile(
    r"(?:\s+(?!(?:is|are|was|were|has|have|had)\b)[\w’'-]+(?<!ed)){0,6}\s*(?:,\s*(?:and\s+)?|\s+and\s+)",
    re.I,
)
# from a figure to the next that names what both count: names only, then "and" or a comma
# ("5,000 Philippine and 11,000 U.S. troops", "three Somali, two Yemeni pirates")
_RAISED_STEP = re.compile(r"(?:\s+[A-Z][\w.’'-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# a preposition that places what a clause says ("36,000 in Toulouse"), and where its place ends
_PLACE_WORD = re.compile(r"\b(?:in|at|near|outside|inside|across|around|throughout)\s+")
_PLACE_END = re.compile(r"[,;:.()]|\b(?:and|while|but|to|from|for)\b")
# where the time a figure is bounded to ends: its noun phrase, up to a conjunction or a clause
# ("during a pivotal 15-2 run | as Creighton beat Drake")
_FRAME_END = re.compile(
    r"[,;:()]|\s(?:as|and|but|or|while|whereas|when|where|which|who|that|because)\s", re.I
)
_LETTERS = re.compile(r"[A-Za-z]+")
_FRAMED_WITHIN = 2  # words between a figure and a frame's cue that make the frame its own
_MORE_THAN = re.compile(r"\s+more\s+than\b", re.I)  # "20 more than last year": a difference
_BOUND_OF_NEXT = re.compile(r"\s+than\s+\d")  # "more than 430": a bound of the figure after
_WORD_REST = re.compile(r"[\w’'-]*")  # what a figure's word goes on with: "-strength", "-year-old"
# the noun after a figure joined to its unit, past names: "three-day BRICS summit"
_DESCRIBED_NOUN = re.compile(r"(?:\s+[A-Z][\w’'.-]*)*\s+([a-z][\w’'-]*)")
# between a figure and the bracket that breaks it down: what it counts ("23 pirates (")
_BRACKET_AFTER = re.compile(r"\s*\(")  # brackets right after a figure
_BEFORE_BRACKET = re.compile(r"(?:\s+[A-Za-z][\w’'-]*){0,3}\s*")
# a figure taken from a whole the claim gives: after it ("three of the seven bullets", "10 of
# 22"), or before it ("Out of 23 arrested pirates, 12 are ...", "Of the 26 cases, 8 ...")
_WHOLE_DETERMINER = rf"(?:(?:{'|'.join(sorted(PARTITIVE_DETERMINERS))})\s+)?"
_OF_WHOLE = re.compile(rf"\s+(?:out\s+)?of\s+{_WHOLE_DETERMINER}", re.I)
_OF_THEM = re.compile(r"\s+(?:out\s+)?of\s+(?:them|those|these)\b", re.I)  # "8 of them"
_WHOLE_FIRST = re.compile(rf"(?:\bout\s+|^)of\s+{_WHOLE_DETERMINER}$", re.I)
# "on Friday" is "Friday"; "this year" is not "last year" (as the conflict finder's dates,
# which drop "this" and "last", would have it)
_LEAD = re.compile(r"^(?:on|in|at)\s+")
SAME_MEASURE = 0.5  # share of the smaller clause's weight that the two clauses must share
PUBLISHED_WITHIN = 14  # days between two articles whose figures are compared
POSTING_CAP = 60  # a key held by more figures of a story than this finds no pairs
# a figure written with this many digits or more ("46.3%", "1,340 km", "5,586,019 votes") is
# rarely given by chance: two of one value in one story give one measure whatever words
# surround them ("The rate of strikers reached 46.3% of workers" / "46.3% of the employees
# went on strike")
PRECISE_DIGITS = 3
TOPIC_ARTICLES = 3  # a story of fewer articles has no names that most of them write
# the most two figures may differ by, as a ratio, where nothing but their place in a list or
# what they count ties them (``same_order``)
SAME_ORDER = 3.0


# stands for the claim in measures read once for all copies of a sentence (then replaced)
_ANY_CLAIM = Claim("", "", 0, "", 0, 0, 0, 0, "body")


@dataclass(frozen=True, slots=True)
class Measure:
    claim: Claim
    quantity: Quantity
    clause: str
    words: frozenset[str]  # the clause's normalised words, numbers and bounds left out
    counted: frozenset[str]  # what the figure counts ("people marched": peopl, march)
    unit_word: str  # a compound unit right after the figure ("square-metre"), else ""
    # what the clause says was done (its verbs' words and senses), read when first asked: few
    # pairs of figures in conflict get as far as needing it (figures given alike are found
    # by its senses, so read it for each figure: a story's report was no slower)
    verbs: Callable[[], frozenset[str]]
    names: frozenset[str]  # the clause's names (places, people), else its sentence subject's
    own_names: frozenset[str]  # the names in the clause itself ("in Lyon")
    update: bool  # its clause marks it as a running or updated count ("so far", "rose to")
    updated_from: bool  # the old figure of "from X to Y": superseded by its own source
    total: bool = False  # its clause marks it as the sum of several ("a total of 14")
    over_list: bool = False  # its clause counts over a list of names ("from X, Y, and Z")
    # a difference, an addition or a part of a breakdown, not a count of its own ("two other
    # victims", "five rounds sooner", "23 pirates (12 Somali and 11 Yemeni)"): it measures
    # something else than a count of the whole
    relative: bool = False
    names_after: frozenset[str] = frozenset()  # the names its clause writes after it ("in Lyon")
    # the words of a time its clause bounds it to ("five points during a 15-2 run": run, ...)
    frame: frozenset[str] = frozenset()
    span: tuple[int, int] = (0, 0)  # the figure and what it counts, in the claim's text
    # the senses of what it counts ("deaths": death), as a verb of the other's clause may say
    # it ("two people died")
    counted_senses: frozenset[str] = frozenset()
    # the noun a measure joined to its unit describes ("a two-year contract": contract; "the
    # three-day BRICS summit": summit), normalised
    described: str = ""
    # a part of a whole its claim gives ("three of the seven bullets", "Out of 23 arrested
    # pirates, 12 are from Somalia"): what it counts is narrower than its words say
    partitive: bool = False
    # the names of the capitalised word that opens its claim, which ``names`` leaves out (a
    # sentence's first word may be any word: "Police", "Most"), and whether its clause opens
    # the claim (the word is the clause's own, else its sentence subject's)
    opener: frozenset[str] = frozenset()
    opens_claim: bool = False
    # those of them the story's articles write as names ("Hou has 33.27%", "Kane has scored
    # 280 goals"; ``named_as_in``): they tie it to a figure said of Hou, never tell it apart
    opener_named: frozenset[str] = frozenset()
    # its clause says nothing but the figure and what it counts, bar a word that places it
    # ("20 reported cases.", "with six fatalities", "in three boats")
    bare: bool = False
    # what it counts without the words of how it became known ("reported cases": case)
    counted_kind: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class MeasureConflict:
    a: Measure
    b: Measure

    @property
    def detail(self) -> str:
        return f"“{self.a.clause}” vs “{self.b.clause}”"


class MeasureReader:
    """Reads the measures of claims, with the normaliser grouping uses for words."""

    def __init__(
        self,
        tokens: Callable[[str], list[str]],
        bound_words: Iterable[str],
        update_cues: Iterable[str],
        speech_verbs: Iterable[str] = (),
        total_cues: Iterable[str] = (),
        calendar_words: Iterable[str] = (),
        grammar: Grammar | None = None,
        terms: Callable[[str], list[str]] | None = None,
        relative_before: Iterable[str] = (),
        relative_after: Iterable[str] = (),
        time_frame: re.Pattern[str] | None = None,
        additions: Iterable[str] = (),
        month_abbreviations: Iterable[str] = (),
    ) -> None:
        speech_verbs = tuple(speech_verbs)
        # "Aug.", "Sept": a month only before its day's number ("since Aug. 30"), as "Jan" alone
        # is as often a person
        self._month_abbreviations = frozenset(w.lower() for w in month_abbreviations)
        self._time_frame = time_frame
        self._relative_before = frozenset(w.lower() for w in relative_before)
        self._relative_after = frozenset(w.lower() for w in relative_after)
        self._additions = frozenset(w.lower() for w in additions)
        self._tokens = tokens
        self._grammar = grammar or Grammar()
        self._terms = terms or tokens
        self._not_done = (
            self._grammar.auxiliaries
            | self._grammar.be_forms
            | frozenset(v.lower() for v in speech_verbs)
        )
        # "on Friday", "in July": capitalised, but when, not who or where (``_same_time``)
        self._calendar = frozenset(w.lower() for w in calendar_words)
        # names recur across a story's claims ("the Gulf of Aden"): each read once
        self._name_tokens = lru_cache(maxsize=50_000)(lambda name: frozenset(tokens(name)))
        self._bound_words = frozenset(t for b in bound_words for t in tokens(b))
        self._bound_raw = frozenset(w.lower() for b in bound_words for w in _LETTERS.findall(b))
        # "said", "told", "announced": who reports it, not what happened
        self._speech = frozenset(t for v in speech_verbs for t in tokens(v))
        self._verbs = lru_cache(maxsize=20_000)(self._clause_verbs)
        self._update = _cue_pattern(update_cues)
        self._total = _cue_pattern(total_cues)
        self._from_to = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}?$", re.I)

    def measures(self, claim: Claim) -> list[Measure]:
        """The claim's figures as measures. Copies of a sentence (the same words and figures)
        are read once: a syndicated story repeats thousands."""
        placed = _in_claim(claim)
        referent = claim.annotations.referent
        key = (claim.text, tuple(placed), referent.refers_to if referent else None)
        read = self._read(key)
        return [replace(m, claim=claim) for m in read] if read else []

    @lru_cache(maxsize=20_000)  # noqa: B019 (one reader per lexicons, kept for the run)
    def _read(self, key: tuple[str, tuple[Quantity, ...], str | None]) -> tuple[Measure, ...]:
        text, placed, refers_to = key
        claim = _ANY_CLAIM
        out: list[Measure] = []
        for i, q in enumerate(placed):
            if q.kind in ("ordinal", "rank") or self._conversion(text, placed[:i], q):
                continue
            if _COMPARED.search(text, max(0, q.start - 30), q.start):
                continue  # the other side of a comparison, measured by it, not a measure
            # its sum given again in another currency, in brackets right after it ("90 million
            # euros ($98m) transfer fee"): an aside, not its clause's end
            aside = self._converted(text, placed, i)
            start, end, over_list = self._clause(text, q, placed, aside)
            clause = text[start:end].strip()
            # the clause's words without the figure's own ("million", "pounds") or the aside's
            after = text[aside[1] : end] if aside else text[q.end : end]
            rest = text[start : q.start] + " " + after
            words = (
                frozenset(t for t in self._tokens(rest) if not _DIGITS.match(t)) - self._bound_words
            )
            what = q.of or _raised(text, placed, i)
            of = self._tokens(what) if what else []
            counted = frozenset(of)
            # a figure that describes the noun after it counts that word as its unit: joined
            # to it ("15,800-square-metre building", "a five-boat attack", "73-yard drive") or
            # led by an article ("a 32 yard touchdown"); "three boats" counts boats
            compound = q.kind == "count" and (
                text[q.end : q.end + 1] == "-"
                or "-" in (what or "").split(" ", 1)[0]
                or _ARTICLE_BEFORE.search(text, max(0, q.start - 4), q.start) is not None
            )
            unit_word = of[0] if of and compound else ""
            item = bool(out) and out[-1].quantity.kind == q.kind
            if not counted and item:
                # a list's later items leave out what they count: "38,000 people in Lyon,
                # 36,000 in Toulouse", "10,000 police officers, including 3,500 in Paris"
                counted, unit_word = out[-1].counted, out[-1].unit_word
            # a list's later items share its first's cue: "a total of 14 rifles, 31 magazines
            # and 923 rounds"
            listed = (
                bool(out) and _LIST_STEP.fullmatch(text, out[-1].quantity.end, q.start) is not None
            )
            # the names of its clause, else of what comes before it (the sentence's subject)
            own = self._names(text, start, end)
            names = own or self._names(text, 0, start)
            if not names and refers_to is not None:  # "He averaged 16.8 points": who he is
                names = frozenset(self._tokens(refers_to))
            if unit_word and (head := _DESCRIBED.match(text, q.end)):
                # what a compound describes is whom or what its figure is of: "the 40-year-old
                # American" is not "the 36-year-old champion Klitschko" named in his sentence
                described_names = self._names(text, q.end, head.end())
                if described_names:
                    own = names = described_names
            noun = (
                _DESCRIBED_NOUN.match(text, q.end)
                if q.kind == "measure" and "-" in q.text.strip("-")
                else None
            )
            head_noun = next(iter(self._tokens(noun.group(1))), "") if noun else ""
            updated_from = (
                bool(self._from_to.search(text, max(0, q.start - 30), q.start))
                and " to " in text[q.end : q.end + 30]
            )
            span = _figure_span(text, q, end)
            out.append(
                Measure(
                    claim,
                    q,
                    clause,
                    words,
                    counted,
                    unit_word,
                    functools.partial(self._verbs, clause),
                    names - counted,
                    own - counted,
                    self._near_cue(self._update, text, q, start, end)
                    or (listed and out[-1].update),
                    updated_from,
                    self._near_cue(self._total, text, q, start, end) or (listed and out[-1].total),
                    over_list,
                    self._relative(text, q) or _breakdown(text, q, placed),
                    self._placed_after(text, q.end, end) - counted,
                    self._bounding_frame(text, q.end, end),
                    span,
                    frozenset(t for t in self._terms(what) if is_concept(t))
                    if what
                    else frozenset(),
                    head_noun,
                    _partitive(text, q, placed),
                    self._opener(text) - counted,
                    start == 0,
                    bare=_bare(text, start, end, span),
                    # "12 states" still counts states
                    counted_kind=(counted - self._speech) or counted,
                )
            )
        if any(m.updated_from for m in out):
            # a claim that tells a count rose ("27 confirmed cases and 9 deaths, including a
            # rise in fatalities from six to nine") gives its other counts as of that later day
            out = [replace(m, update=True) for m in out]
        return tuple(self._summed(text, out))

    def _summed(self, text: str, measures: list[Measure]) -> list[Measure]:
        """The measures, each that a later figure of its kind in its clause adds to ("a
        cluster of six gunshots followed by four more") taken as a part: it is not the whole
        that another source's figure gives ("at least 10 gunshots"). Across a clause's end the
        later figure may count another thing ("10 were killed and 20 more injured")."""
        out = list(measures)
        for i, m in enumerate(measures):
            if m.relative:
                continue
            if any(
                n.quantity.kind == m.quantity.kind
                and _beside(text, n.quantity, self._additions, self._additions, 1)
                and not _MORE_THAN.match(text, n.quantity.end)
                and not _CLAUSE_END.search(text, m.quantity.end, n.quantity.start)
                for n in measures[i + 1 :]
            ):
                out[i] = replace(m, relative=True)
        return out

    def frame_of(self, text: str, start: int, end: int) -> frozenset[str]:
        """The words of a time that ``text[start:end]`` bounds what it says to, after a word of
        ``time_frames`` and to the end of its noun phrase ("five points during a pivotal 15-2
        run as ...": pivot, run; "was not at the church at the time of the fire": fire), else
        none."""
        span = self._frame_span(text, start, end)
        return self._frame_words(text[span[1] : span[2]]) if span else frozenset()

    def _bounding_frame(self, text: str, start: int, end: int) -> frozenset[str]:
        """The time a figure is bounded to (``frame_of``): a noun phrase ("five points during a
        pivotal 15-2 run", "nine days before the inauguration"), or anything right after the
        figure's noun, which is the figure's own time ("one day after the agency dropped two
        rules"). Further on, a clause with a finite verb of its own tells what happened before
        or after, not a part of the time the figure counts over: "five people were shot dead in
        the capital after police opened fire" gives the day's toll, as "ten people were shot
        dead" does."""
        span = self._frame_span(text, start, end)
        if span is None:
            return frozenset()
        cue, after, stop = span
        if len(_LETTERS.findall(text, start, cue)) > _FRAMED_WITHIN:
            toks = depth_tokens(tokenize(text[after:stop]))
            if any(self._grammar.tense(toks, i) in ("past", "present") for i in range(len(toks))):
                return frozenset()
        return self._frame_words(text[after:stop])

    def _frame_span(self, text: str, start: int, end: int) -> tuple[int, int, int] | None:
        """Where a frame's cue starts and ends in ``text[start:end]``, and where its noun
        phrase ends, if a cue of ``time_frames`` stands there."""
        cue = self._time_frame.search(text, start, end) if self._time_frame else None
        if cue is None:
            return None
        stop = _FRAME_END.search(text, cue.end(), end)
        return cue.start(), cue.end(), stop.start() if stop else end

    def _frame_words(self, frame: str) -> frozenset[str]:
        return frozenset(t for t in self._tokens(frame) if not _DIGITS.match(t)) - self._bound_words

    def _relative(self, text: str, q: Quantity) -> bool:
        """Whether the figure is a difference or an addition: a word of ``[relative]`` right
        before it ("another five"), or right after it or after what it counts ("two other
        victims", "five rounds sooner")."""
        reach = 1 + len((q.of or "").split())
        return _beside(text, q, self._relative_before, self._relative_after, reach)

    def verbs_of(self, text: str) -> frozenset[str]:
        """The words, with their senses, of a text's verbs other than auxiliaries and verbs
        of speech (read once for each text)."""
        return self._verbs(text)

    def _clause_verbs(self, clause: str) -> frozenset[str]:
        """The words, with their senses, of the clause's verbs other than auxiliaries and
        verbs of speech: what it says was done to what is counted ("detected five boats",
        "three boats were captured")."""
        toks = depth_tokens(tokenize(clause))
        done = [
            t.text
            for i, t in enumerate(toks)
            if t.low not in self._not_done and self._grammar.tense(toks, i) in ("past", "present")
        ]
        # a clause a participle opens says what was done by it: "(after) *winning* $1m"
        if toks and self._grammar.participle(toks[0]) and toks[0].low not in self._not_done:
            done.append(toks[0].text)
        return frozenset(self._terms(" ".join(done))) if done else frozenset()

    def _converted(self, text: str, placed: Sequence[Quantity], i: int) -> tuple[int, int] | None:
        """The brackets right after the ``i``-th figure, if they hold only its sum given again
        in other currencies (``_conversion``): "90 million euros ($98m)"."""
        bracket = _BRACKET_AFTER.match(text, placed[i].end)
        closed = text.find(")", bracket.end()) if bracket else -1
        if bracket is None or closed < 0:
            return None
        opened = bracket.end() - 1
        inside = [j for j, p in enumerate(placed) if opened < p.start and p.end <= closed]
        if inside and all(self._conversion(text, placed[:j], placed[j]) for j in inside):
            return opened, closed + 1
        return None

    def _conversion(self, text: str, before: Sequence[Quantity], q: Quantity) -> bool:
        """Whether a sum restates, in brackets, the sum right before them in another currency:
        "100 million euros ($110 million, £86 million)", "£100m (about 115m euros)". It is the
        outlet's arithmetic, not a figure of its own: two outlets' conversions of different
        sums can come out alike. Words in the brackets other than bounds ("up from $30m")
        make it a figure of its own."""
        if q.kind != "money":
            return False
        opened = text.rfind("(", 0, q.start)
        if opened < 0 or ")" in text[opened : q.start]:
            return False
        sums = [p for p in before if p.end <= opened]
        if not sums:
            return False
        last = max(sums, key=lambda p: p.end)
        if last.kind != "money" or last.unit == q.unit or text[last.end : opened].strip():
            return False
        inside = [p for p in before if p.start > opened]
        filler, at = [], opened + 1
        for p in inside:
            filler.append(text[at : p.start])
            at = p.end
        filler.append(text[at : q.start])
        return all(w.lower() in self._bound_raw for w in _LETTERS.findall(" ".join(filler)))

    def words_besides(self, text: str, start: int, end: int) -> frozenset[str]:
        """The words of ``text`` other than ``text[start:end]`` (a date), names, figures and
        verbs of speech: what the claim says happened then ("the man who died on August 30":
        man, die)."""
        names = self._names(text, 0, len(text))
        return (
            frozenset(
                t
                for t in self._tokens(text[:start] + " " + text[end:])
                if not _DIGITS.match(t) and t not in names
            )
            - self._bound_words
            - self._speech
        )

    @staticmethod
    def _near_cue(
        cue: re.Pattern[str] | None, text: str, q: Quantity, start: int, end: int
    ) -> bool:
        """Whether a cue stands next to the figure in its clause: a running count ("has risen
        to 48", "six cases so far"; not "increased influence" a clause away), a total ("a
        total of 14")."""
        if cue is None:
            return False
        if cue.search(text, max(start, q.start - 40), min(end, q.end + 30)):
            return True
        # one that opens the sentence before a comma covers all of it ("So far, the navy has
        # seized 14 rifles")
        opening = cue.match(text)
        return opening is not None and text[opening.end() : opening.end() + 1] == ","

    def _placed_after(self, text: str, start: int, end: int) -> frozenset[str]:
        """The names of the places ``text[start:end]`` puts what it says in: after "in",
        "at", "near" ... ("36,000 *in Toulouse*"; not "22.4bn *to Greece*", a recipient)."""
        return frozenset().union(
            *(
                self._names(text, m.end(), stop.start() if stop else end)
                for m in _PLACE_WORD.finditer(text, start, end)
                for stop in [_PLACE_END.search(text, m.end(), end)]
            )
        )

    def topic_names(self, claims: Iterable[Claim]) -> frozenset[str]:
        """The names (``_names``) that the claims of most articles of a story write, of three
        articles or more: what the story is about ("Kerala", "Nipah"), which tells no two of
        its figures apart where one clause names it and the other another."""
        by_article: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            by_article[c.article_id].update(self._names(c.text, 0, len(c.text)))
        if len(by_article) < TOPIC_ARTICLES:
            return frozenset()
        counts = Counter(n for names in by_article.values() for n in names)
        return frozenset(n for n, k in counts.items() if 2 * k > len(by_article))

    def _names(self, text: str, start: int, end: int) -> frozenset[str]:
        """Words written with a capital in ``text[start:end]``, other than the first word and
        the names of days and months: "26 cases since the outbreak was declared on Friday" and
        "20 cases in Rwanda" do not name different places."""
        return frozenset().union(
            *(self._name(text, m) for m in _CAPITALISED.finditer(text, start, end) if m.start() > 0)
        )

    def _opener(self, text: str) -> frozenset[str]:
        """The names of the capitalised word that opens ``text``, if one does: the word
        ``_names`` leaves out."""
        first = _CAPITALISED.match(text)
        return self._name(text, first) if first else frozenset()

    def _name(self, text: str, word: re.Match[str]) -> frozenset[str]:
        """The name tokens of a capitalised word, none for a day's or a month's name."""
        if _POSSESSIVE.sub("", word.group(0).lower()) in self._calendar or self._dated_month(
            text, word
        ):
            return frozenset()
        return self._name_tokens(word.group(0).replace(".", ""))

    def _dated_month(self, text: str, name: re.Match[str]) -> bool:
        """Whether a capitalised word is a month's abbreviation before a day's number."""
        return (
            name.group(0).lower() in self._month_abbreviations
            and _DAY_NUMBER.match(text, name.end()) is not None
        )

    @staticmethod
    def _clause(
        text: str, q: Quantity, numbers: Sequence[Quantity], aside: tuple[int, int] | None = None
    ) -> tuple[int, int, bool]:
        """The span of the figure's own clause: from the last clause end (or figure) before it
        to the next after it, past its ``aside`` (``_converted``), a list of names in it
        included; and whether it holds one."""
        start = 0
        for m in _CLAUSE_END.finditer(text, 0, q.start):
            start = m.end()
        past = aside[1] if aside else q.end  # where the figure's clause goes on
        after = _CLAUSE_END.search(text, past)
        over_list = False
        while (
            after
            and _NAME_BEFORE.search(text, max(0, after.start() - 40), after.start())
            and (rest := _LIST_REST.match(text, after.start()))
        ):
            after = _CLAUSE_END.search(text, rest.end())
            over_list = True
        if q.of and after:
            # the clause holds what the figure counts, past names joined by "and": "23 Somali
            # and Yemeni pirates" counts the pirates of both, "12 Somali" some of them
            at = text.find(q.of.rsplit(" ", 1)[-1], q.end, q.end + 60)
            if at > after.start():
                over_list = over_list or _NAMES_JOINED.search(text, q.end, at) is not None
                after = _CLAUSE_END.search(text, at)
        end = after.start() if after else len(text)
        for other in numbers:
            if other.end <= q.start:
                # past the whole word the figure before is written in ("a 6.7-strength quake
                # killed 26,000": "strength" is the 6.7's, and no clause starts "-strength")
                start = max(start, _word_end(text, other.end))
            elif other.start >= past:
                end = min(end, other.start)
        return start, end, over_list


def _beside(
    text: str, q: Quantity, before: frozenset[str], after: frozenset[str], reach: int
) -> bool:
    """Whether a word of ``before`` is right before the figure, or one of ``after`` among the
    ``reach`` words right after it in its clause ("30 people, 20 more than ...": "more" is
    the 20's)."""
    ahead = _LETTERS.findall(text, max(0, q.start - 20), q.start)
    if ahead and ahead[-1].lower() in before:
        return True
    end = _CLAUSE_END.search(text, q.end, q.end + 60)
    words = list(_LETTERS.finditer(text, q.end, end.start() if end else q.end + 60))
    # "280 goals across more than 430 appearances": the "more" bounds the next figure
    return any(
        w.group().lower() in after and not _BOUND_OF_NEXT.match(text, w.end())
        for w in words[:reach]
    )


def _word_end(text: str, at: int) -> int:
    """Where the word that goes on at ``at`` ends."""
    rest = _WORD_REST.match(text, at)
    return rest.end() if rest else at


def _raised(text: str, placed: Sequence[Quantity], i: int) -> str | None:
    """What a list's figure counts when only the next item names it: "5,000 Philippine and
    11,000 U.S. troops" counts troops twice (the next figure of the same kind, with only names
    between them; not a compound such as "24-year-old")."""
    if i + 1 >= len(placed):
        return None
    q, after = placed[i], placed[i + 1]
    if after.kind != q.kind or not after.of or text[after.end : after.end + 1] == "-":
        return None
    return after.of if _RAISED_STEP.fullmatch(text, q.end, after.start) else None


def _breakdown(text: str, q: Quantity, placed: Sequence[Quantity]) -> bool:
    """Whether the figure is a part of a breakdown in brackets right after another figure and
    what it counts: "the 23 pirates (12 Somali and 11 Yemeni)"."""
    opened = text.rfind("(", 0, q.start)
    if opened < 0 or ")" in text[opened : q.start]:
        return False
    return any(
        p.end <= opened and _BEFORE_BRACKET.fullmatch(text, p.end, opened) is not None
        for p in placed
    )


def _partitive(text: str, q: Quantity, placed: Sequence[Quantity]) -> bool:
    """Whether the figure is a part of a larger figure of its kind that the claim gives as
    the whole it is taken from: right after it ("hit in the back by three of the seven
    bullets", "10 of 22 passes"), or before it, led by "out of" ("Out of 23 arrested pirates,
    12 are from Somalia and 11 from Yemen")."""
    for p in placed:
        if p.kind != q.kind or p.value <= q.value:
            continue
        if p.start >= q.end and _OF_WHOLE.fullmatch(text, q.end, p.start):
            return True
        if p.end <= q.start and _WHOLE_FIRST.search(text, max(0, p.start - 20), p.start):
            return True
        if p.end <= q.start and _OF_THEM.match(text, q.end):
            return True  # "26 cases have been identified, and 8 of them are dead"
    return False


def _bare(text: str, start: int, end: int, span: tuple[int, int]) -> bool:
    """Whether the clause ``text[start:end]`` holds at most one word besides the figure and
    what it counts (``span``): "with six fatalities", not "with whom he had three children"."""
    return (
        len(_LETTERS.findall(text, start, span[0])) + len(_LETTERS.findall(text, span[1], end)) <= 1
    )


def _cue_pattern(cues: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for a list of cue phrases, the longest first."""
    cues = list(cues)
    return re.compile(rf"\b{alternation(cues)}\b", re.I) if cues else None


def _in_claim(claim: Claim) -> list[Quantity]:
    """The claim's figures with spans in its own text (annotations hold article offsets)."""
    out = []
    for q in claim.annotations.numbers:
        at = place_in_claim(claim, q.start, q.text)
        if at >= 0:  # else a claim reworded around its figure: no clause to read
            out.append(replace(q, start=at, end=at + len(q.text)))
    return out


def _figure_span(text: str, q: Quantity, end: int) -> tuple[int, int]:
    """The figure and what it counts ("12,400 homes"), within its clause (ending at ``end``)."""
    stop = q.end
    if q.of:
        at = text.find(q.of, q.end, end)
        if at >= 0:
            stop = at + len(q.of)
    return q.start, stop


def place_in_claim(claim: Claim, start: int, text: str) -> int:
    """Where an annotation (``text`` at article offset ``start``) stands in the claim's own
    text, or -1 for a claim reworded around it."""
    at = start - claim.start
    if claim.text[at : at + len(text)] == text:
        return at
    return claim.text.find(text)


def reader_of(
    lexicons: Lexicons,
    tokens: Callable[[str], list[str]],
    terms: Callable[[str], list[str]] | None = None,
) -> MeasureReader:
    data = lexicons["numbers"]
    bounds = [w for words in data.get("bounds", {}).values() for w in words]
    speech = [v for forms in lexicons["attribution"].get("verbs", {}).values() for v in forms]
    calendar = lexicons["calendar"]
    written_out = {name.lower() for name in _full_names(calendar)}
    return MeasureReader(
        tokens,
        bounds,
        data.get("updates", {}).get("cues", []),
        speech,
        data.get("totals", {}).get("cues", []),
        _full_names(calendar),
        Grammar(lexicons),
        terms,
        data.get("relative", {}).get("before", []),
        data.get("relative", {}).get("after", []),
        _cue_pattern(calendar.get("time_frames", [])),
        data.get("relative", {}).get("additions", []),
        month_abbreviations=[m for m in calendar.get("months", {}) if m.lower() not in written_out],
    )


def _full_names(calendar: dict[str, Any]) -> list[str]:
    """The days' and months' names written out ("Friday", "July"): "Sun" and "Jan" are as
    often a newspaper and a person."""
    months = month_names(calendar).values()
    return [*months, *(d for d in word_set(calendar, "weekdays") if d.endswith("day"))]


def find_measure_conflicts(
    measures_of: dict[str, list[Measure]],
    published: dict[str, str | None],
    related: Callable[[Claim, Claim], bool],
    linked: Callable[[Claim, Claim], bool],
) -> list[MeasureConflict]:
    """Conflicting figures among claims' measures (claim id -> measures) of one story, each
    pair of claims once. ``published``: article id -> publication date; ``related``: whether
    two claims are alike as wholes, which two figures need unless their own clauses name the
    same place or person (an item of a list: "36,000 in Toulouse"); ``linked``: whether two
    claims' articles report one event (they state a same claim, or these two claims are
    alike). Only those are compared: two articles that agree on nothing else may report two
    look-alike events (two captures of pirates), whose figures differ with no source wrong."""
    measures, sets, candidates, weight = _candidates(measures_of)
    sole = _SoleCounts(measures_of)
    found: dict[tuple[str, str], MeasureConflict] = {}
    for x, y in candidates:
        a, b = measures[sets[x][0]], measures[sets[y][0]]
        # the cheap tests first: most pairs of a story's figures agree or are far apart
        if a.claim.text == b.claim.text or compatible(a.quantity, b.quantity):
            continue
        if a.partitive != b.partitive:
            # a part of a whole its claim gives, and a figure stated alone: that may count
            # the whole ("seven bullets") or another part
            continue
        same = _same_measure(a, b, weight)
        if not same and not _bare_pair(a, b):
            continue
        if _gives_too(measures_of[a.claim.id], b, weight) or _gives_too(
            measures_of[b.claim.id], a, weight
        ):
            continue
        if part_of_total(a, b):
            continue
        for a, b in _reported_together(measures, sets[x], sets[y], published, related, linked):
            if not same and not (sole.holds(a) and sole.holds(b)):
                continue
            key = (min(a.claim.id, b.claim.id), max(a.claim.id, b.claim.id))
            if key not in found and not running(a, b, published):
                found[key] = MeasureConflict(a, b)
    return [found[k] for k in sorted(found)]


class _SoleCounts:
    """What each article counts with one value only: "20 reported cases" is the outbreak's
    count of cases in an article that gives no other, as "26 cases have been identified" is
    in another that gives none other (its "8 of them are dead" is a part)."""

    def __init__(self, measures_of: dict[str, list[Measure]]) -> None:
        values: dict[tuple[str, str], set[float]] = defaultdict(set)
        for ms in measures_of.values():
            for m in ms:
                if not (m.partitive or m.relative):
                    for word in m.counted_kind - {m.unit_word}:
                        values[(m.claim.article_id, word)].add(m.quantity.value)
        self._values = values

    def holds(self, m: Measure) -> bool:
        """Whether the measure's article gives one value of each thing it counts."""
        return all(
            len(self._values.get((m.claim.article_id, w), ())) == 1
            for w in m.counted_kind - {m.unit_word}
        )


def _bare_pair(a: Measure, b: Measure) -> bool:
    """Two figures that count one thing, where one clause says nothing else ("with 20
    reported cases" / "26 cases have been identified"): nothing in their words tells them
    apart, and nothing ties them but what they count, which an article that gives one
    value of it (``_SoleCounts``) gives as the story's count."""
    if not (a.bare or b.bare) or a.unit_word or b.unit_word:
        return False
    if not a.counted_kind or a.counted_kind != b.counted_kind:
        return False  # "31 reported cases", "45 suspected cases": a kind of them
    return (
        not a.relative and not b.relative and same_order(a, b) and comparable(a, b, done_alike=True)
    )


def find_measure_agreements(
    measures_of: dict[str, list[Measure]],
    published: dict[str, str | None],
    related: Callable[[Claim, Claim], bool],
    linked: Callable[[Claim, Claim], bool],
    stated_alike: Callable[[Claim, Claim], bool] = lambda a, b: False,
    topic: frozenset[str] = frozenset(),
) -> list[tuple[Measure, Measure]]:
    """Figures of one measure given alike (``alike``) by claims of different articles,
    worded differently: each such pair of measures once, as ``find_measure_conflicts``
    pairs them. A claim that states several figures ("Hou took 4.6 million votes or 33.49%")
    corroborates each one where another outlet states it alone ("Hou won 33 per cent").
    Two figures that share only what they count (``_same_count``) are given alike between
    articles that state a same claim (``stated_alike``: their stored groups, which do not
    move as the store grows, where how alike two claims' words are does) or in clauses that
    name the same place or person. ``topic``: the names most of the story's articles use
    (``topic_names``), which tell no two of its counts apart ("two deaths" in Kerala, "two
    people have died of Nipah")."""
    measures, sets, candidates, weight = _candidates(measures_of, senses=True)
    found: dict[tuple[str, int, str, int], tuple[Measure, Measure]] = {}
    for x, y in candidates:
        a, b = measures[sets[x][0]], measures[sets[y][0]]
        if a.claim.text == b.claim.text or not alike(a.quantity, b.quantity):
            continue
        if _same_measure(a, b, weight, done_alike=False) or _named_figures(a, b):
            together = _reported_together(measures, sets[x], sets[y], published, related, linked)
        elif _precise_alike(a, b) or _described_alike(a, b):
            together = _reported_together(
                measures, sets[x], sets[y], published, _anywhere, _anywhere
            )
        elif _same_count(a, b, topic):
            together = _reported_together(
                measures, sets[x], sets[y], published, stated_alike, stated_alike
            )
        else:
            continue
        for a, b in together:
            one, other = sorted((a, b), key=lambda m: (m.claim.id, m.quantity.start))
            key = (one.claim.id, one.quantity.start, other.claim.id, other.quantity.start)
            found.setdefault(key, (one, other))
    return [found[k] for k in sorted(found)]


def named_as_in(measure: Measure, story_names: frozenset[str]) -> Measure:
    """The measure with the names of its claim's opening word that the story writes as
    names (its ``topic_names``): "Hou has 33.27%" is said of Hou, as "Hou Yu-ih won 33 per
    cent" is."""
    return replace(measure, opener_named=measure.opener & story_names)


def _share_names(a: Measure, b: Measure) -> bool:
    """Whether two figures' names (``names``) have one in common, the story's names their
    claims open with counted (``named_as_in``) where ``names`` would take them: in the
    clause, else in its sentence's subject where the clause names none. They tie figures,
    never tell them apart."""

    def joined(m: Measure) -> frozenset[str]:
        return m.names | m.opener_named if m.opens_claim or not m.own_names else m.names

    return bool(joined(a) & joined(b))


def _share_own_names(a: Measure, b: Measure) -> bool:
    """Whether two figures' own names (``own_names``) have one in common, a name their
    claims open with counted where their clauses open them, as ``_share_names``."""

    def joined(m: Measure) -> frozenset[str]:
        return m.own_names | m.opener_named if m.opens_claim else m.own_names

    return bool(joined(a) & joined(b))


def same_count_within(a: Measure, b: Measure, topic: frozenset[str]) -> bool:
    """Whether two figures of one value in different claims count one thing
    (``_same_count``), are written with many digits alike (``_precise_alike``) or describe
    one thing (``_described_alike``)."""
    return a.claim.id != b.claim.id and (
        _same_count(a, b, topic) or _precise_alike(a, b) or _described_alike(a, b)
    )


def _reported_together(
    measures: list[Measure],
    xs: list[int],
    ys: list[int],
    published: dict[str, str | None],
    related: Callable[[Claim, Claim], bool],
    linked: Callable[[Claim, Claim], bool],
) -> Iterable[tuple[Measure, Measure]]:
    """The pairs of two sets of copies of figures that are of one event: different articles
    reporting one event, published near in time, whose clauses name the same place or person
    or whose claims are alike as wholes."""
    alike_claims: bool | None = None  # whether the claims are alike as wholes, once asked
    for i in xs:
        for j in ys:
            a, b = measures[i], measures[j]
            if a.claim.article_id == b.claim.article_id:
                continue
            if not linked(a.claim, b.claim) or not published_near(a.claim, b.claim, published):
                continue
            if not _share_own_names(a, b):
                if alike_claims is None:
                    alike_claims = related(a.claim, b.claim)
                if not alike_claims:
                    continue
            yield a, b


def _gives_too(own: list[Measure], other: Measure, weight: Callable[[str], float]) -> bool:
    """Whether a claim (its measures ``own``) gives the other claim's figure as well, for the
    same measure: it states both figures ("121 RBIs last season, including 43 RBIs in 54
    games with the Angels"), a part and its whole or two counts, so it does not disagree with
    a source that gives one of them."""
    return any(
        compatible(m.quantity, other.quantity) and _same_measure(m, other, weight) for m in own
    )


def part_of_total(a: Measure, b: Measure) -> bool:
    """Whether one figure is a total and the other no more than it: a part of the sum ("six
    AK-47 rifles" seized in one operation, "a total of 14 AK-47 rifles" in five)."""
    if a.total == b.total:
        return False
    total, part = (a, b) if a.total else (b, a)
    return total.quantity.value >= part.quantity.value


def _named_figures(a: Measure, b: Measure) -> bool:
    """Two bare figures of one named subject: a list's item that says nothing but the figure
    ("..., Hou Yu-ih of the KMT with 4.6 million or 33.49%") and a claim of the same subject
    ("Hou Yu-ih won 33 per cent"). Enough for figures given alike, never for a conflict."""
    if not _same_time(a.claim, b.claim) or not _share_names(a, b):
        return False
    if bool(a.counted) != bool(b.counted) or (a.counted and not a.counted & b.counted):
        return False  # what one counts, the other does not say, or they count different things
    return not (a.words - a.counted) or not (b.words - b.counted)


def _same_count(a: Measure, b: Measure, topic: frozenset[str] = frozenset()) -> bool:
    """Two figures of one value that count the same thing ("A total of 14 nations will take
    part as observers" / "Observers from 14 countries"), of no different names, time or
    frame, whose clauses say the same was done or one says nothing done: enough for figures
    given alike (the same value of the same count, in articles of one event), never for a
    conflict, which needs what tells the measure apart (``_same_measure``)."""
    counted_alike = (
        (a.counted - {a.unit_word}) & (b.counted - {b.unit_word})
        or (a.unit_word and a.unit_word == b.unit_word)
        or a.counted_senses & b.counted_senses  # "two deaths", "two died"
        or _counted_as_done(a, b)
        or _counted_as_done(b, a)
    )
    return bool(counted_alike) and comparable(a, b, done_alike=True, topic=topic)


def precise(m: Measure) -> bool:
    return significant_digits(m.quantity) >= PRECISE_DIGITS


def _precise_alike(a: Measure, b: Measure) -> bool:
    """Two figures of one value written with many digits (``PRECISE_DIGITS``), of the same
    unit, time and frame, not counting different things nor said of different places or
    people in their own clauses: enough for figures given alike, never for a conflict."""
    if not (precise(a) and precise(b)) or a.quantity.value != b.quantity.value:
        return False
    if count_apart(a, b):
        return False  # "112 outcomes", "112 countries"
    return a.unit_word == b.unit_word and _not_told_apart(a, b)


def _described_alike(a: Measure, b: Measure) -> bool:
    """Two measures of one value that describe the same noun ("offered a two-year contract"
    / "has signed a two-year contract"), of the same time and frame, not said of different
    places or people in their own clauses: one thing, whatever was done with it. Enough for
    figures given alike, never for a conflict."""
    return bool(a.described) and a.described == b.described and _not_told_apart(a, b)


def _not_told_apart(a: Measure, b: Measure) -> bool:
    """Whether nothing tells apart two figures of one value that their words do not tie: not
    their own clauses naming different places or people ("the Angels' eight-year offer", "the
    Nationals' eight-year offer"; "1,340 km in Lapland", "in Karelia"), nor their times."""
    if a.own_names and b.own_names and not _share_own_names(a, b):
        return False
    return _same_time(a.claim, b.claim) and _same_frame(a, b)


def _anywhere(a: Claim, b: Claim) -> bool:
    return True


def _counted_as_done(a: Measure, b: Measure) -> bool:
    """Whether what one figure counts is what the other's clause says was done, in sense:
    "two deaths" and "the virus has killed two people" (death: a dying; to kill: to cause
    to die)."""
    return bool(a.counted_senses & {t for t in b.verbs() if is_concept(t)})


def _candidates(
    measures_of: dict[str, list[Measure]], *, senses: bool = False
) -> tuple[list[Measure], list[list[int]], list[tuple[int, int]], Callable[[str], float]]:
    """The story's measures, its sets of copies (indexes into the measures: the same figure
    of the same sentence), the pairs of sets that may measure one thing, in order, and the
    weight of a clause word among the story's measures. ``senses``: figures are found by the
    senses of what they count and of what their clauses say was done too ("two deaths", "two
    people have died": death), as figures given alike are (``_counted_as_done``)."""
    measures = [m for ms in measures_of.values() for m in ms]
    df: Counter[str] = Counter()
    for m in measures:
        df.update(m.words)
    n = len(measures)

    def weight(word: str) -> float:
        return math.log((n + 1) / (df[word] + 1)) + 1.0

    # copies of one sentence (syndicated, repeated) hold the same figures in the same words:
    # each set of copies is compared once, and what depends on the articles (their dates,
    # whether they report one event) is then checked for each pair of its members
    copies: dict[tuple[str, int], list[int]] = {}
    for i, m in enumerate(measures):
        copies.setdefault((m.claim.text, m.quantity.start), []).append(i)
    sets = list(copies.values())
    # two measures of one thing share what is counted or a name (a figure that counts
    # nothing named, "40% of the world's population", its words): the keys that find them
    postings: dict[tuple[str, str | None, str], list[int]] = defaultdict(list)
    for k, members in enumerate(sets):
        m = measures[members[0]]
        keys = m.names | (m.counted or m.words)
        if senses:
            keys |= m.counted_senses | {t for t in m.verbs() if is_concept(t)}
        for w in keys:
            postings[(m.quantity.kind, m.quantity.unit, w)].append(k)
        if precise(m):  # a figure of many digits finds its value whatever its words
            postings[(m.quantity.kind, m.quantity.unit, f"={m.quantity.value!r}")].append(k)
    candidates: set[tuple[int, int]] = set()
    for holders in postings.values():
        if len(holders) > POSTING_CAP:
            continue  # held by too many figures of the story to tell any apart
        candidates.update(itertools.combinations(holders, 2))
    return measures, sets, sorted(candidates), weight


def comparable(
    a: Measure, b: Measure, *, done_alike: bool, topic: frozenset[str] = frozenset()
) -> bool:
    """What any two figures of one measure share, whether they conflict or are given alike:
    the same time, kind of figure, unit and frame, no different names (``_named_apart``), and
    (``done_alike``) their clauses' verbs say the same was done where both say something was."""
    if not _same_time(a.claim, b.claim):
        return False  # "in 2019 the navy sent 20 ships", "in 2021 ... 30 ships"
    if a.quantity.kind == b.quantity.kind == "count" and _whole(a) != _whole(b):
        return False  # a reading on a scale ("a magnitude of 5.6"), and a count ("15 of them")
    if a.relative != b.relative:
        return False  # "two other victims", "three victims": a part, and the whole
    if a.unit_word != b.unit_word:
        # a figure that describes a noun has the word right after it as its unit
        # ("15,800-square-metre", "36-year-old"): it measures nothing else ("22,000", "205
        # yards" against "a 73-yard drive")
        return False
    if a.names and b.names and not _share_names(a, b) and _named_apart(a, b, topic):
        return False  # different places or people: "in Lyon", "in Toulouse"
    if not _same_frame(a, b):
        return False  # "2,000 civilians killed this year", "13,000 in the years since 2009"
    if done_alike and (verbs_a := a.verbs()) and (verbs_b := b.verbs()) and not verbs_a & verbs_b:
        return False  # different things done: "detected five boats", "captured three boats"
    for whole, part in ((a, b), (b, a)):
        if whole.over_list and part.names and part.names < whole.names:
            return False  # "troops from the Philippines, the US, and others", "Philippine troops"
    return not any(
        # "five points during a 15-2 run" is a part of "23 points" in the game
        one.frame and not one.frame & (other.words | other.frame)
        for one, other in ((a, b), (b, a))
    )


def _named_apart(a: Measure, b: Measure, topic: frozenset[str]) -> bool:
    """Whether two figures whose clauses name no name in common are told apart by their
    names: not when one clause names only the story's ``topic`` it does not write itself, but
    takes from its sentence's subject ("The Kerala government has confirmed ... two deaths" /
    "Two people have died of Nipah")."""
    return all(m.names - (topic - m.own_names) for m in (a, b))


def _same_measure(
    a: Measure, b: Measure, weight: Callable[[str], float], *, done_alike: bool = True
) -> bool:
    """Whether two figures measure one thing. ``done_alike``: and their clauses' verbs say
    the same was done, as a conflict needs ("detected five boats" / "captured three boats");
    figures given alike need not ("12,400 homes were left without power" / "12,400 homes
    lost power")."""
    if count_apart(a, b):
        # different things counted: "200 cities", "40,000 people"; of one unit, different
        # things described: "a 73-yard drive", "a 7-yard touchdown pass" (asked first: the
        # cheapest test, which most pairs of a story's figures fail)
        return False
    if not comparable(a, b, done_alike=done_alike):
        return False
    telling_a, telling_b = a.words - a.counted - b.counted, b.words - a.counted - b.counted
    telling = telling_a & telling_b
    shared_name = bool(telling & (a.names | b.names))
    if bool(a.counted) != bool(b.counted):
        # what one counts, the other does not say: only a place can tie them, written after
        # the bare figure as a list's item writes it ("36,000 in Toulouse"); a name before it
        # is whom it is said of ("Mark Felt was 95" is no count of "four grandsons survive Felt")
        bare = a if b.counted else b
        if not telling & bare.names_after:
            return False
    if not (shared_name or len(telling) >= 2):
        # beyond what is counted, a name ("in Toulouse") or two words ("shot dead") in common:
        # one shared word ("unions") is no sign of one measure
        return False
    # most of the smaller clause, beyond what is counted, is in the other
    smaller = min(sum(map(weight, telling_a)), sum(map(weight, telling_b)))
    return smaller > 0 and sum(map(weight, telling)) / smaller >= SAME_MEASURE


def count_apart(a: Measure, b: Measure) -> bool:
    """Whether two figures each say what they count, beyond their units, and share no word
    of it ("200 cities", "40,000 people")."""
    things_a, things_b = a.counted - {a.unit_word}, b.counted - {b.unit_word}
    return bool(things_a and things_b and not things_a & things_b)


def same_order(a: Measure, b: Measure) -> bool:
    """Whether two figures are of one order of size (``SAME_ORDER``). Where only their place
    in a list or what they count ties them, two that differ more ("$5,000 and $500,
    respectively" / "starting at $4,999 and potentially reaching closer to $7,500"; "a panel
    of 11 men and 0 women" / "1.3 million women a year") are more likely of two things than
    one given wrong."""
    small, large = sorted((abs(a.quantity.value), abs(b.quantity.value)))
    return small > 0 and large / small <= SAME_ORDER


def _whole(m: Measure) -> bool:
    return float(m.quantity.value).is_integer()


def published_near(a: Claim, b: Claim, published: dict[str, str | None]) -> bool:
    """Figures are compared between articles published within ``PUBLISHED_WITHIN`` days of
    each other (or undated): a count weeks later is another count, or another event's."""
    day_a = published_day(published.get(a.article_id))
    day_b = published_day(published.get(b.article_id))
    return day_a is None or day_b is None or abs((day_a - day_b).days) <= PUBLISHED_WITHIN


def published_day(published: str | None) -> dt.date | None:
    """An article's publication day, None when unknown or unreadable."""
    try:
        return dt.date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def _same_time(a: Claim, b: Claim) -> bool:
    """Whether the claims can be about one time: not when both are dated and no date of one
    can be a date of the other."""
    xs = [d.value for d in a.annotations.dates if d.value and (d.kind != "relative" or d.resolved)]
    ys = [d.value for d in b.annotations.dates if d.value and (d.kind != "relative" or d.resolved)]
    return not (xs and ys) or any(dates_agree(x, y) for x in xs for y in ys)


def _same_frame(a: Measure, b: Measure) -> bool:
    """Whether two figures can be of one time where each one's own clause says when: not
    when both clauses are dated, and no date of one is written as, or can be, a date of the
    other ("killed this year" / "killed in the years since 2009")."""
    xs = [d for d in a.claim.annotations.dates if d.text in a.clause]
    ys = [d for d in b.claim.annotations.dates if d.text in b.clause]
    return not (xs and ys) or any(
        _LEAD.sub("", x.text.lower()) == _LEAD.sub("", y.text.lower())
        or (x.value and y.value and dates_agree(x.value, y.value))
        for x in xs
        for y in ys
    )


def running(a: Measure, b: Measure, published: dict[str, str | None]) -> bool:
    """A figure superseded by its own source, or a running count set against another
    day's: not a disagreement. Tallies (dead, cases, marchers) grow as the days pass, so a
    larger count published on a later day reads as an update."""
    if a.updated_from or b.updated_from:
        return True
    day_a = (published.get(a.claim.article_id) or "")[:10]
    day_b = (published.get(b.claim.article_id) or "")[:10]
    if day_a and day_b and day_a == day_b:
        return False
    if a.update or b.update:
        return True
    if not (day_a and day_b) or a.quantity.kind != "count" or b.quantity.kind != "count":
        return False
    earlier, later = (a, b) if day_a < day_b else (b, a)
    return later.quantity.value > earlier.quantity.value
