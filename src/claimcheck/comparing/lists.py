"""Figures two claims give in one order, all alike but one.

A source that restates another's figures gives them in the same order, and the figures given
alike tie the others to them one to one by their place:

- "With 112 outcomes and presidency documents, we have more than tripled the substantive
  work" / "there are 112 outcomes which are two and a half times than ever achieved";
- "The government puts the numbers at 42 percent and 65 percent, respectively" / "The
  Education Ministry said 42.35% of teachers in primary education were striking, and 34.66%
  in secondary education".

The one figure that differs is then one measure given differently, though its own words
("tripled the work", "two and a half times than ever") share nothing that ``measures.py``
could tie. One of the figures given alike is written with many digits ("112", "42.35%"),
which is rarely given by chance: small figures alike ("nine rebounds", "two of them") are
often two players' lines or two boats' crews. The ties are checked as for any figures: a
figure given alike is given as written, not bounded ("some 70 percent" allows 65); the ends
of a range ("from $499 to $549") are no list; what each pair counts is not different; the
differing pair is of one time, frame and place (``comparable``), of one order of size, and
not a running count. Ages given in lists are ``ages.py``'s.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from claimcheck.annotate.numbers import alike, compatible, year_like
from claimcheck.comparing.measures import (
    POSTING_CAP,
    Measure,
    comparable,
    count_apart,
    part_of_total,
    precise,
    published_near,
    running,
    same_order,
)
from claimcheck.models import Claim

_LISTED = frozenset({"count", "percent", "money", "measure", "ratio"})  # not ranks, ordinals
_RANGE = re.compile(r"\s*(?:to|-|–)\s*", re.I)  # "$499 to $549", "10-12"
_AND = re.compile(r"\s+and\s+", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:\S+\s+)?$", re.I)  # "between 65 and 70%"


@dataclass(frozen=True, slots=True)
class ListConflict:
    """The figures ``a`` and ``b`` that differ, at one place of two lists that give the
    figures ``tie_a`` and ``tie_b`` alike, written with many digits."""

    a: Measure
    b: Measure
    tie_a: Measure
    tie_b: Measure

    @property
    def detail(self) -> str:
        tie_a, tie_b = self.tie_a.quantity.text, self.tie_b.quantity.text
        tie = f"“{tie_a}”" if tie_a == tie_b else f"“{tie_a}” / “{tie_b}”"
        return f"“{self.a.clause}” vs “{self.b.clause}”, where both give {tie} alike"


def list_conflicts(
    measures_of: dict[str, list[Measure]],
    published: dict[str, str | None],
    given_apart: Callable[[Claim, int], bool] = lambda claim, at: False,
) -> list[ListConflict]:
    """The one pair of figures that differs between two claims of different articles,
    published near in time, each giving two figures or more of the same kinds in one order,
    all others alike and one of those written with many digits. ``given_apart``: whether the
    figure at that place in the claim's text is compared elsewhere (an age, ``ages.py``)."""
    rows: list[tuple[Measure, ...]] = []
    seen: set[tuple[str, tuple[float, ...]]] = set()
    for measures in measures_of.values():
        row = tuple(
            m
            for m in measures
            if m.quantity.kind in _LISTED
            and not m.unit_word  # a noun it describes: "a two-year contract", "24-year-old"
            and not year_like(m.quantity)  # "the 1998 bombings": a date, not a figure
            and not given_apart(m.claim, m.quantity.start)
        )
        if len(row) < 2 or _holds_range(row):
            continue
        key = (row[0].claim.article_id, tuple(m.quantity.value for m in row))
        if key not in seen:  # copies of one sentence in one article give one row
            seen.add(key)
            rows.append(row)
    found: dict[tuple[str, str], ListConflict] = {}
    for x, y in _candidates(rows):
        if (conflict := _one_differing(rows[x], rows[y], published)) is not None:
            one, other = sorted((conflict.a.claim.id, conflict.b.claim.id))
            found.setdefault((one, other), conflict)
    return [found[k] for k in sorted(found)]


def _candidates(rows: list[tuple[Measure, ...]]) -> list[tuple[int, int]]:
    """The pairs of rows (indexes) of one shape (kinds and units in order) that may tie: a
    figure at one place of both given alike at some precision ("42.35%" and "42 percent" at
    two digits), each key held by few rows (a story's many "two"s tie nothing)."""
    postings: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for k, row in enumerate(rows):
        shape = tuple((m.quantity.kind, m.quantity.unit) for m in row)
        for place, m in enumerate(row):
            for value in _roundings(m.quantity.value):
                postings[(shape, place, value)].append(k)
    pairs: set[tuple[int, int]] = set()
    for holders in postings.values():
        if 1 < len(holders) <= POSTING_CAP:
            pairs.update(itertools.combinations(holders, 2))
    return sorted(pairs)


def _roundings(value: float) -> set[float]:
    """The value as written and rounded to two and three significant digits."""
    return {value, *(float(f"{value:.{digits}g}") for digits in (2, 3))}


def _one_differing(
    xs: tuple[Measure, ...], ys: tuple[Measure, ...], published: dict[str, str | None]
) -> ListConflict | None:
    """The one pair of figures of two rows of one shape that conflicts, tied by the others,
    else None."""
    a, b = xs[0].claim, ys[0].claim
    if a.article_id == b.article_id or a.text == b.text:
        return None
    pairs = list(zip(xs, ys, strict=True))
    differ = [(x, y) for x, y in pairs if not compatible(x.quantity, y.quantity)]
    if len(differ) != 1:
        return None
    x, y = differ[0]
    given_alike = [(p, q) for p, q in pairs if (p, q) != (x, y)]
    if not all(_fixed_alike(p, q) for p, q in given_alike):
        return None
    # one figure written with many digits and given alike ties the lists ("112", "42.35%"
    # and "42 percent"): small figures alike ("nine rebounds", "two of them") are often
    # chance, two players' lines or two boats' crews
    tie = next(((p, q) for p, q in given_alike if precise(p) or precise(q)), None)
    if tie is None or x.partitive != y.partitive:
        return None
    if not all(_counts_alike(p, q) for p, q in pairs):
        return None  # "12 killed and 40 hurt" / "12 arrested and 30 charged"
    if not same_order(x, y) or not comparable(x, y, done_alike=False) or part_of_total(x, y):
        return None
    if not published_near(a, b, published) or running(x, y, published):
        return None
    return ListConflict(x, y, *tie)


def _holds_range(row: tuple[Measure, ...]) -> bool:
    """Whether two figures of a row are the ends of a range ("from $499 to $549", "between 65
    and 70%", "10-12"): one value somewhere between them, no list of two."""
    for first, second in itertools.pairwise(row):
        text = first.claim.text
        if _RANGE.fullmatch(text, first.quantity.end, second.quantity.start) or (
            _AND.fullmatch(text, first.quantity.end, second.quantity.start)
            and _BETWEEN.search(text, 0, first.quantity.start)
        ):
            return True
    return False


def _fixed_alike(a: Measure, b: Measure) -> bool:
    """Whether two figures give one value, as written: a bounded or approximate figure fixes
    no place in a list ("some 70 percent" allows 65)."""
    return a.quantity.bound is None and b.quantity.bound is None and alike(a.quantity, b.quantity)


def _counts_alike(a: Measure, b: Measure) -> bool:
    """Whether two figures at one place of two lists count no different things: one of them
    says nothing of what it counts, or they share a word or a sense of it."""
    return not count_apart(a, b) or bool(a.counted_senses & b.counted_senses)
