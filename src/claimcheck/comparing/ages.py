"""Ages given alike across a story: "Kane, 30, leaves Spurs", "the 30-year-old landed in
Germany" and "England captain Harry Kane (30) has joined Bayern" each state that Kane is 30.

A person's age is a figure that says whom it is of, not what it counts, so the measures that
tie other figures (what they count, the words of their clauses) do not tie it. An age is read
where a figure is written with the words of an age (``lexicons/numbers.toml``, ``[ages]``:
"30-year-old", "aged 45") or stands as a name's aside, between commas or in brackets ("Kane,
30,", "Kane (30)"). The ages of one value in a story are grouped by person: by the names they
are given with (the words of one all in the other: "Kane", "Harry Kane"), and an age given
without a name ("the 30-year-old") with the one person of that age its article names. As for
figures, the report keeps a group only between articles that may report one event. Two
lists of the same people whose ages differ in one are a conflict (``age_conflicts``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations

from claimcheck.comparing.measures import place_in_claim, published_day
from claimcheck.lexicons import Lexicons, alternation, word_set
from claimcheck.models import Claim
from claimcheck.tokens import word_before

# a name: up to four capitalised words ("Harry Kane", "Jean-Pierre M'Bala"), a possessive aside
_NAME = r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
_ASIDE = re.compile(_NAME + r",\s*$")  # "Kane, 30, leaves"
_BRACKETED = re.compile(_NAME + r"\s*\(\s*$")  # "Harry Kane (30) has joined"
_ASIDE_END = re.compile(r"\s*(?:,|;|$|\s+and\b)")
_BRACKET_END = re.compile(r"\s*\)")
_CAPITALISED = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*")
_POSSESSIVE = re.compile(r"[’']s?$")
_NOT_PEOPLE = frozenset({"country", "place", "organisation"})  # entity types (models.Entity)


@dataclass(frozen=True, slots=True)
class Age:
    """An age in a claim: ``years``, the words that give it (``start``:``end`` in the claim's
    text) and the name it is given with, if any (its words in lower case)."""

    claim: Claim
    years: int
    start: int
    end: int
    name: frozenset[str]

    @property
    def text(self) -> str:
        return self.claim.text[self.start : self.end]


class AgeReader:
    """The ages in a claim, read off the figures its annotations hold."""

    def __init__(self, lexicons: Lexicons) -> None:
        data = lexicons["numbers"].get("ages", {})
        hyphened = [p.replace("-", " ") for p in word_set(data, "after")]
        after = alternation(hyphened).replace(r"\s+", r"[\s-]+")
        self._after = re.compile(rf"[\s-]+{after}\b", re.I)
        self._before = re.compile(rf"\b{alternation(word_set(data, 'before'))}\s+$", re.I)
        self._oldest = int(data.get("oldest", 119))
        # "died in Los Angeles, aged 85": a name after one of these is a place
        self._place_prepositions = word_set(lexicons["aliases"], "place_prepositions")
        calendar = lexicons["calendar"]
        # "June 30, 2027" is a day, not June's age
        self._not_names = word_set(calendar, "weekdays") | {
            str(m).lower() for m in calendar.get("months", {})
        }

    def ages(self, claim: Claim) -> list[Age]:
        """Each age the claim gives, in the order written."""
        dated = [
            (at, at + len(d.text))
            for d in claim.annotations.dates
            if (at := place_in_claim(claim, d.start, d.text)) >= 0
        ]
        out = []
        for q in claim.annotations.numbers:
            if q.kind != "count" or q.unit or not q.value.is_integer():
                continue
            if not 0 < q.value <= self._oldest:
                continue
            start = place_in_claim(claim, q.start, q.text)
            if start < 0:
                continue
            end = start + len(q.text)
            if any(s < end and start < e for s, e in dated):
                continue
            age = self._read(claim, int(q.value), start, end)
            if age is not None:
                out.append(age)
        return out

    def _read(self, claim: Claim, years: int, start: int, end: int) -> Age | None:
        text = claim.text
        after = self._after.match(text, end)
        if after:  # "30-year-old"
            return Age(claim, years, start, after.end(), frozenset())
        before = self._before.search(text, 0, start)
        if before:  # "aged 45", "Smith, aged 45"
            aside = _ASIDE.search(text, 0, before.start())
            name = self._name(claim, aside) if aside else frozenset()
            return Age(claim, years, aside.start() if aside and name else before.start(), end, name)
        for opened, closed in ((_ASIDE, _ASIDE_END), (_BRACKETED, _BRACKET_END)):
            named = opened.search(text, 0, start)
            shut = closed.match(text, end)
            if named and shut and (name := self._name(claim, named)):
                stop = end + 1 if closed is _BRACKET_END else end
                return Age(claim, years, named.start(), stop, name)
        return None

    def _name(self, claim: Claim, found: re.Match[str]) -> frozenset[str]:
        """The words of a person's name before an age, none for a place or a day ("died in
        Los Angeles, aged 85", "June 30, 2027")."""
        words = [_POSSESSIVE.sub("", w).lower() for w in found.group("name").split()]
        if not words or words[-1] in self._not_names:
            return frozenset()
        start, end = found.span("name")
        if word_before(claim.text, start) in self._place_prepositions:
            return frozenset()
        for e in claim.annotations.entities:
            at = place_in_claim(claim, e.start, e.text)
            if e.type in _NOT_PEOPLE and at < end and start < at + len(e.text):
                return frozenset()
        return frozenset(w for w in words if w)


@dataclass(frozen=True, slots=True)
class StoryAges:
    """The ages a story's claims give (``of``: claim id -> its ages, for the claims that give
    any), as ``ConflictFinder.ages`` reads them once for conflicts and ages given alike."""

    claims: list[Claim]
    of: dict[str, list[Age]]

    def holds(self, claim: Claim, at: int) -> bool:
        """Whether the claim's figure at ``at`` (in its text) gives an age."""
        return any(a.start <= at < a.end for a in self.of.get(claim.id, ()))


def age_groups(story: StoryAges) -> list[list[Age]]:
    """The groups of ages given alike by claims (of one story) of two articles or more, the
    ages of a group in claim order.

    Ages of one value are of one person when the names they are given with are (the words of
    one all in each other's: "Harry Kane (30)" and "Kane, 30"). An age given without a name
    ("the 30-year-old") is of the person its article names, if one and only one of those
    people is of that age; of the only person, if none of its article's names is; and with no
    named person of that age, the ages given without a name are one person's."""
    by_value: dict[int, list[Age]] = {}
    for c in story.claims:
        for a in story.of.get(c.id, ()):
            by_value.setdefault(a.years, []).append(a)
    names_of: dict[str, set[str]] = {}
    for c in story.claims:
        names_of.setdefault(c.article_id, set()).update(name_words(c.text))
    out = []
    for _, ages in sorted(by_value.items()):
        people: list[tuple[set[str], list[Age]]] = []
        for a in (a for a in ages if a.name):
            person = next((p for p in people if all(_one_name(a, b) for b in p[1])), None)
            if person is None:
                people.append((set(a.name), [a]))
            else:
                person[0].update(a.name)
                person[1].append(a)
        unnamed = [a for a in ages if not a.name]
        if not people and unnamed:
            people.append((set(), []))
        for a in unnamed:
            named = [p for p in people if p[0] & names_of[a.claim.article_id]]
            if len(named) == 1:
                named[0][1].append(a)
            elif not named and len(people) == 1:
                people[0][1].append(a)
        for _, group in people:
            group.sort(key=lambda a: (a.claim.id, a.start))
            if _given_alike(group):
                out.append(group)
    return sorted(out, key=lambda g: (g[0].claim.id, g[0].start))


def _one_name(a: Age, b: Age) -> bool:
    """Whether two names may be one person's: the words of one are all in the other ("Kane",
    "Harry Kane"; "Mr. Jackman", "Jackman"), which a sister's and a brother's are not ("Katie
    Jenkin", "John Jenkin")."""
    return a.name <= b.name or b.name <= a.name


def _given_alike(group: list[Age]) -> bool:
    """Whether a person's ages are given in two articles or more, in different words, and not
    all in one cluster, whose agreement says it already."""
    clusters = {a.claim.cluster_id for a in group}
    return (
        len({a.claim.article_id for a in group}) >= 2
        and len({a.claim.text for a in group}) >= 2
        and not (len(clusters) == 1 and None not in clusters)
    )


def age_conflicts(story: StoryAges, published: dict[str, str | None]) -> list[tuple[Age, Age]]:
    """The ages that two lists of the same people give differently: two claims of different
    articles with as many ages, all alike but one, of one person ("a 9-year-old child and a
    24-year-old person" / "his 9-year-old son and 25-year-old brother-in-law"), unless the
    birthdays between the articles' dates make both right (``aged_between``). Ages given with
    a name are compared as that name's attribute (``ConflictFinder._attributes``)."""
    found: dict[tuple[str, int, str, int], tuple[Age, Age]] = {}
    lists = [ages for ages in story.of.values() if len(ages) >= 2]
    for xs, ys in combinations(lists, 2):
        if len(xs) != len(ys) or xs[0].claim.article_id == ys[0].claim.article_id:
            continue
        if xs[0].claim.text == ys[0].claim.text:
            continue
        differ = [(x, y) for x, y in zip(xs, ys, strict=True) if x.years != y.years]
        if len(differ) != 1:
            continue
        x, y = differ[0]
        if _same_person(x, y) and not aged_between(x.claim, y.claim, x.years, y.years, published):
            one, other = sorted((x, y), key=lambda a: (a.claim.id, a.start))
            found.setdefault((one.claim.id, one.start, other.claim.id, other.start), (one, other))
    return [found[k] for k in sorted(found)]


def aged_between(
    a: Claim, b: Claim, age_a: int, age_b: int, published: dict[str, str | None]
) -> bool:
    """Whether an age given in two articles may be right in both: the later article gives the
    greater one, by no more than the birthdays that can fall between their dates (one in any
    part of a year)."""
    day_a = published_day(published.get(a.article_id))
    day_b = published_day(published.get(b.article_id))
    if day_a is None or day_b is None:
        return False
    (early, young), (late, old) = sorted(((day_a, age_a), (day_b, age_b)))
    birthdays = math.ceil((late - early).days / 365.25)
    return 0 < old - young <= birthdays


def name_words(text: str) -> set[str]:
    """The capitalised words of a text, in lower case and without a possessive ending: the
    names it may give ("Kane's" -> "kane"), with the capitalised words that open it."""
    return {n for w in _CAPITALISED.findall(text) if (n := _POSSESSIVE.sub("", w).lower())}


def _same_person(a: Age, b: Age) -> bool:
    """Whether two ages at one place of two lists may be one person's: given with one name
    (the words of one all in the other), or neither with one."""
    if a.name and b.name:
        return _one_name(a, b)
    return not a.name and not b.name


def spans(group: Iterable[Age]) -> list[tuple[Claim, str, tuple[int, int]]]:
    """A group's ages as the report gives figures: each claim, its age as written, its span."""
    return [(a.claim, a.text, (a.start, a.end)) for a in group]
