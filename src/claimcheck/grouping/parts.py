"""Propositions: a long claim that states, among other things, what a shorter claim says.

One outlet writes "Kane, 30, leaves Spurs as their all-time top scorer with 280 goals in 435
appearances", another "Harry Kane has left Tottenham". One sentence, one group cannot record
that the first corroborates the second: the two are not the same claim, and grouping them
would join everything else the long one says. So the long claim keeps its own group and is
also counted in the short claim's group, as a *part*: its article corroborates that claim.

Two steps, so that what a curator or a regrouping changes later is always taken into account:

- when grouping scores a pair (a candidate of the narrowing, close enough to be judged) that
  fails no look-alike check (a different number, date, polarity, word order, tense: even one
  whose cost is only a penalty when grouping), it is recorded as a part candidate when the
  shorter claim's words, weighed by rarity, are at least half within the longer one, which
  says more (``lexicons/parts.toml``), and the longer one, where it gives figures or dates of
  the shorter one's kinds, gives one of the shorter one's (``states_figures``), and denies
  what the shorter one denies (``states_denials``): ``claim_pairs`` holds it with the relation
  ``part`` and the shorter claim's id as its reason;
- when a story is read (report, overview counts, export, ``show``), a candidate counts
  (``memberships``) when the two claims are of different groups and articles of one story,
  and the two articles are alike enough to report one event. When the shorter is one of the
  claims its sentence was split into ("Marburg virus is transmitted to humans from fruit
  bats", cut from a sentence that also gives its fatality rate), the pair must score at the
  grouping threshold: below it, such a piece's few words are found by chance in the long
  sentences of its story that share its names ("China has declared a 'no-limits' friendship
  with Russia" within "..., Russia and China have strengthened their friendship").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

import numpy as np
from numpy.typing import ArrayLike

from claimcheck.annotate.numbers import compatible
from claimcheck.grouping.match import PREDICATE, Features, Idf, Scorer, dates_agree, only_intended
from claimcheck.grouping.normalize import Normalizer
from claimcheck.lexicons import Lexicons
from claimcheck.models import DateMention
from claimcheck.splitting.structure import Grammar

PART = "part"  # the relation of a part candidate in claim_pairs
# a headline's future: its subject's names, then "to" and a verb ("Report: Amazon to Launch
# Streaming Service", "Ellen DeGeneres to host Oscars")
_HEADLINE_FUTURE = re.compile(r"(?:[\w'’-]+:\s*)?(?:[A-Z][\w'’.-]*\s+){1,4}to\s+[A-Za-z]")

Pair = tuple[str, str]  # two article ids


@dataclass(frozen=True, slots=True)
class PartSettings:
    """``lexicons/parts.toml``."""

    containment: float  # share of the shorter claim's weight within the longer one
    longer: float  # how many times the shorter one's weight the longer one has at least
    min_weight: float  # the shorter one's weight at least
    event_threshold: float  # average likeness that makes one event (stories/likeness.py)

    @classmethod
    def of(cls, lexicons: Lexicons) -> PartSettings:
        data = lexicons["parts"]
        return cls(
            float(data["containment"]),
            float(data["longer"]),
            float(data["min_weight"]),
            float(data["event_threshold"]),
        )

    def shorter(self, shared: ArrayLike, weight_a: ArrayLike, weight_b: ArrayLike) -> np.ndarray:
        """Which claim of each pair is a part of the other (1: the first, 2: the second, 0:
        neither), from the weight they share and each one's, as the scorer weighs words: for
        one pair, or for many at once (``Bags``)."""
        shared, a, b = np.asarray(shared), np.asarray(weight_a), np.asarray(weight_b)
        small, large = np.minimum(a, b), np.maximum(a, b)
        part = (
            (small >= self.min_weight)
            & (large >= self.longer * small)
            & (shared >= self.containment * small)
        )
        return np.where(part, np.where(a <= b, 1, 2), 0).astype(np.int8)


def shorter_within(
    scorer: Scorer, a: Features, b: Features, idf: Idf, settings: PartSettings
) -> str | None:
    """The id of the claim of the pair that the other states as a part, if one does (the
    words only: ``candidate_row`` is for pairs that fail no look-alike check)."""
    shared, _, weight_a, weight_b = scorer.weights(a, b, idf)
    which = int(settings.shorter(shared, weight_a, weight_b))
    return (a.claim_id, b.claim_id)[which - 1] if which else None


def may_be_part(reasons: Sequence[str]) -> bool:
    """Whether a pair kept apart for these reasons may still be a part candidate: only when
    it failed no check but the one of what the two say of the same names. A longer claim says
    more of its names than a shorter one states, and the containment of the shorter one's
    words decides (with that check a veto here too, the stories set's agreement recall fell
    0.256 -> 0.250 and FNC-1 0.590 -> 0.588)."""
    return all(r.startswith(PREDICATE + ":") for r in reasons)


def states_figures(short: Features, long: Features) -> bool:
    """Whether the longer claim, where it gives figures of the kinds the shorter one gives
    (counts, money, percentages, measures in one unit), gives one of them, and where it gives
    dates, one of its dates: "the burned bodies of 28 people were found in a mass grave" does
    not state "Mass grave found after 40 students disappear". A longer claim silent on them
    may still state the rest ("Kane has joined Bayern on a four-year deal" of "Kane joins
    Bayern in a deal worth 100 million pounds"), and the report shows its words; but not an
    order the shorter one says something is ("This is the first recorded outbreak")."""
    mine, theirs = short.annotations, long.annotations
    # an order the shorter claim says something is ("is the first recorded outbreak",
    # "became the 31st member", "was India's second attempt") is what it states: the longer
    # must give it too; an order that only names its subject ("The 39th Balikatan Exercise
    # opened") need not
    orders = {q.value for q in theirs.numbers if q.kind == "ordinal"}
    if any(
        q.kind == "ordinal" and q.value not in orders and _after_copula(short.raw, q.text)
        for q in mine.numbers
    ):
        return False
    pairs = [
        (x, y)
        for x in mine.numbers
        if x.kind not in ("ordinal", "rank")
        for y in theirs.numbers
        if y.kind == x.kind and y.unit == x.unit
    ]
    if pairs and not any(compatible(x, y) for x, y in pairs):
        return False
    dates = [
        (v, w) for d in mine.dates if (v := _known(d)) for y in theirs.dates if (w := _known(y))
    ]
    return not dates or any(dates_agree(v, w) for v, w in dates)


_COPULAS = frozenset(["is", "are", "was", "were", "be", "been", "become", "became", "becomes"])


def _after_copula(words: tuple[str, ...], written: str) -> bool:
    """Whether the word ``written`` (a figure as its claim writes it) comes after a form of
    "be" or "become" among a claim's folded ``words``."""
    word = written.lower().split()[0] if written else ""
    seen = False
    for w in words:
        if w == word:
            return seen
        seen = seen or w in _COPULAS
    return False


def states_denials(normalizer: Normalizer, short: Features, long: Features) -> bool:
    """Whether the longer claim denies what a denial of the shorter one denies: of the words
    of that denial's scope that the longer claim holds, one at least is within a denial of
    the longer claim ("There was no immediate *comment*" / "authorities haven't officially
    *commented*"; "was not the *wife*" / "*denied* that a woman ... is a *wife*"). Both may be
    denials and still say opposite things: "There is no wife named Saja al-Dulaimi" is not
    stated within "Although their identities have not officially been made public, Reuters is
    reporting that the woman is an Iraqi named Saja al-Dulaimi", which denies only that it
    was made public."""
    words = set(long.bag)
    held = [
        shared
        for n in short.annotations.negations
        if not n.lexical and (shared := words.intersection(normalizer.words(n.scope)))
    ]
    if not held:
        return True  # no denial, or none the longer claim speaks of
    denied = {w for n in long.annotations.negations for w in normalizer.words(n.scope)}
    return any(shared & denied for shared in held)


def states_done(normalizer: Normalizer, short: Features, long: Features) -> bool:
    """Whether the longer claim says done what the shorter one says was done: half of the
    words the two share at least outside the clauses of what the longer one says was only
    tried, wanted or planned ("India eyes to become the first country to reach the uncharted
    south pole" does not state "India became the first country to land near the south pole",
    nor "the protesters attempted to access parliament buildings as they battled the police"
    that "Police fire at protesters"; "Bayern is one of the biggest clubs in the world, and I
    want to compete" still states "Bayern are one of the biggest clubs"). A shorter claim of
    what will or may happen, or of what is only planned too, may be stated so."""
    intended = only_intended(normalizer, long.text)
    if not intended or short.future or short.annotations.hedges:
        return True  # what will or may happen ("New policy could reduce arrests")
    if not normalizer.lexicons.derived("grammar", Grammar).modals.isdisjoint(short.raw):
        return True  # "The services would be held on Sunday"
    if only_intended(normalizer, short.text) or _HEADLINE_FUTURE.match(short.text):
        return True  # planned too, or a headline's future ("Amazon to launch a service")
    done: list[str] = []
    pos = 0
    for start, end in intended:
        done.append(long.text[pos:start])
        pos = end
    done.append(long.text[pos:])
    said = set(normalizer.terms(" ".join(done)))
    shared = short.bag & long.bag
    return 2 * len(shared & said) >= len(shared)


def states(normalizer: Normalizer, short: Features, long: Features) -> bool:
    """Whether the longer claim may state the shorter one as a part, beyond their words: its
    figures and dates (``states_figures``), its denials (``states_denials``) and what it says
    was done (``states_done``)."""
    return (
        states_figures(short, long)
        and states_denials(normalizer, short, long)
        and states_done(normalizer, short, long)
    )


def _known(d: DateMention) -> str | None:
    """A date's value when it has one to compare, as the scorer's date check has it."""
    return None if d.kind == "relative" and not d.resolved else d.value


def candidate_row(a: str, b: str, score: float, shorter: str) -> tuple[str, str, float, str, str]:
    """A part candidate as ``claim_pairs`` holds it: the shorter claim's id as its reason."""
    return (a, b, score, PART, json.dumps([shorter]))


class ClaimLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def article_id(self) -> str: ...
    @property
    def sentence(self) -> int: ...
    @property
    def cluster_id(self) -> str | None: ...
    @property
    def copy_key(self) -> str: ...


C = TypeVar("C", bound=ClaimLike)


def memberships(
    claims: Sequence[C],
    pairs: Iterable[tuple[str, str, float, str, str]],
    story_of: Mapping[str, str | None],
    one_event: Callable[[str, list[Pair]], set[Pair]],
    threshold: float,
) -> dict[str, list[C]]:
    """cluster id -> the claims of ``claims`` that state it as a part, from the part
    candidates among ``pairs``: the longer claim of each, and its copies (the same words in
    other articles), when it is of another group and of an article of the same story that has
    no claim in the group, when the shorter claim is a whole sentence or the pair scores at
    the grouping ``threshold``, and when ``one_event`` (story id, article pairs -> the pairs
    alike enough to report one event) keeps the two articles. ``story_of``: article id ->
    story id."""
    by_id = {c.id: c for c in claims}
    in_sentence = Counter((c.article_id, c.sentence) for c in claims)
    copies: dict[str, list[C]] = {}
    in_cluster: dict[str, set[str]] = {}
    for c in claims:
        if c.copy_key:
            copies.setdefault(c.copy_key, []).append(c)
        if c.cluster_id:
            in_cluster.setdefault(c.cluster_id, set()).add(c.article_id)
    wanted: dict[str, dict[str, list[tuple[C, C]]]] = {}  # story -> cluster -> (short, long)
    for a, b, score, relation, reasons in pairs:
        if relation != PART:
            continue
        short_id = json.loads(reasons)[0]
        short, long = by_id.get(short_id), by_id.get(b if short_id == a else a)
        if short is None or long is None or not short.cluster_id:
            continue
        if in_sentence[(short.article_id, short.sentence)] > 1 and score < threshold:
            # one of the claims a sentence was split into, below the threshold: its few words
            # are held by chance in long sentences of its story that share its names
            continue
        story = story_of.get(short.article_id)
        for c in copies.get(long.copy_key, [long]) if long.copy_key else [long]:
            if (
                c.cluster_id != short.cluster_id
                and c.article_id not in in_cluster[short.cluster_id]
                and story_of.get(c.article_id) == story
            ):
                wanted.setdefault(story or "", {}).setdefault(short.cluster_id, []).append(
                    (short, c)
                )
    out: dict[str, dict[str, C]] = {}
    for story, by_cluster in sorted(wanted.items()):
        asked = sorted(
            {(s.article_id, c.article_id) for found in by_cluster.values() for s, c in found}
        )
        kept = one_event(story, asked)
        for cluster, found in by_cluster.items():
            for short, c in found:
                if (short.article_id, c.article_id) in kept:
                    out.setdefault(cluster, {})[c.id] = c
    return {k: sorted(v.values(), key=lambda c: c.id) for k, v in sorted(out.items())}
