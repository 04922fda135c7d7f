"""Figures given alike across a story: corroboration of what a claim states, not only of the
claim as a whole.

A sentence often states several things ("Hou Yu-ih of the KMT with 4.6 million votes or
33.49%, and Ko Wen-je with 3.6 million or 26.45%"), and another outlet states one of them
alone ("Hou won 33 per cent of the vote"). The two sentences are not one claim and are not
grouped, but each figure is a proposition of its own: read as measures (what it counts, whose
it is, its clause), two figures of one measure that give the same value, in articles that
report one event, corroborate it. Figures each given alike with every other form a group; a
group whose claims are all in one cluster adds nothing to that cluster's agreement and is
left out.

Two figures of two digits or more given together, in one order, are one proposition too,
rarely given by chance ("58 goals in 84 full internationals", "58 times for his country in
84 games"; "raise the retirement age from 62 to 64", "increase the legal retirement age from
62 to 64").

A calendar day written out is such a figure too ("has inked a contract valid until June 30,
2027", "agreed terms until 30 June 2027"), unless it is a day the story's articles were
published on: the day of the news, which every report of it gives.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Hashable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from claimcheck.annotate.numbers import alike, significant_digits, year_like
from claimcheck.comparing.ages import name_words
from claimcheck.comparing.conflicts import (
    ConflictFinder,
    corroborating,
    one_cluster,
)
from claimcheck.comparing.measures import (
    Measure,
    MeasureReader,
    find_measure_agreements,
    named_as_in,
    place_in_claim,
    same_count_within,
)
from claimcheck.grouping.match import dates_agree, only_intended
from claimcheck.grouping.normalize import Normalizer
from claimcheck.lexicons import Lexicons, word_set
from claimcheck.models import Claim, DateMention, Quantity
from claimcheck.splitting.structure import NOUN_AFTER

_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b\d{4}\b")
_WORDS_BEFORE = re.compile(r"[\w’'-]+")
PAIRED_DIGITS = 2  # each figure of a pair given together is written with this many digits
PAIRED_WITHIN = 80  # characters between the two figures of a pair, at most
K = TypeVar("K", bound=Hashable)
T = TypeVar("T")
Key = TypeVar("Key", bound=tuple[Any, ...])  # what a claim gives, by its claim and place


def figure_groups(
    finder: ConflictFinder,
    claims: list[Claim],
    published: dict[str, str | None],
    near: Collection[tuple[str, str]] = (),
    given_apart: Callable[[Claim, int], bool] = lambda claim, at: False,
    given_alike: Collection[tuple[str, str]] = (),
) -> list[list[Measure]]:
    """The groups of figures given alike by claims (of one story) of two articles or more,
    each group's measures in claim order, the groups in the order of their first pair.
    ``near``: pairs of articles (ids in order) that hold a pair of claims grouping scored
    and kept (look-alikes kept apart, or a claim within a longer one): they report the same
    thing in near words, as articles that state a same claim do. ``given_apart``: whether
    the figure at that place in the claim's text is given alike elsewhere (an age,
    ``comparing/ages.py``), so not here. ``given_alike``: pairs of articles that give a day
    or two figures alike (``date_groups``, ``pair_groups``), which report one event too;
    the pairs of figures they link are taken after the others, so that a group the claims
    of the story link does not lose a member to one only they do."""
    topic = finder.reader.topic_names(claims)
    measures = {
        claim_id: [named_as_in(m, topic) for m in kept]
        for claim_id, ms in finder.measures(claims).items()
        if (kept := [m for m in ms if not given_apart(m.claim, _placed(m))])
    }
    one_event = corroborating(claims)
    stored = one_event | set(near)
    dated_only = set(given_alike) - stored
    stored |= dated_only

    def linked(a: Claim, b: Claim) -> bool:
        """One event: the articles state a same claim, or these two claims are alike."""
        x, y = sorted((a.article_id, b.article_id))
        return (x, y) in one_event or finder.related(a, b)

    def key(m: Measure) -> tuple[str, int]:
        return m.claim.id, m.quantity.start

    def stated_alike(a: Claim, b: Claim) -> bool:
        x, y = sorted((a.article_id, b.article_id))
        return (x, y) in stored

    def dated_link(pair: tuple[Measure, Measure]) -> bool:
        x, y = sorted((pair[0].claim.article_id, pair[1].claim.article_id))
        return (x, y) in dated_only

    # the pairs of articles only a day links come last (a stable sort keeps the rest's order)
    pairs = sorted(
        find_measure_agreements(measures, published, finder.related, linked, stated_alike, topic),
        key=dated_link,
    )
    by_key = {key(m): m for pair in pairs for m in pair}

    def tied(x: tuple[str, int], y: tuple[str, int]) -> bool:
        # figures alike in two claims of one group, copies of a sentence among them (never
        # paired: their group says they agree), or in two claims of one article that give
        # one count ("Of the two deaths", "of them, two died"; never paired: an article is
        # one source): neither keeps the other out of a group
        a, b = by_key[x], by_key[y]
        if not alike(a.quantity, b.quantity):
            return False
        return one_cluster(a.claim, b.claim) or (
            a.claim.article_id == b.claim.article_id and same_count_within(a, b, topic)
        )

    # a group holds figures each given alike with every other: a chain would join the Angels'
    # eight-year offer to the Nationals' through a sentence naming both
    groups = complete_link([(key(a), key(b)) for a, b in pairs], tied)
    out = []
    for members in ([by_key[k] for k in sorted(keys)] for keys in groups):
        clusters = {m.claim.cluster_id for m in members}
        if len(clusters) == 1 and None not in clusters:
            continue  # one cluster's claims: its agreement says it already
        if len({m.claim.article_id for m in members}) >= 2:
            out.append(members)
    return out


def _placed(m: Measure) -> int:
    return place_in_claim(m.claim, m.quantity.start, m.quantity.text)


def complete_link(
    pairs: Sequence[tuple[K, K]], tied: Callable[[K, K], bool] | None = None
) -> list[list[K]]:
    """Groups in which each member is alike with every other, of ``pairs`` alike taken in
    order: a pair starts a group, or one of it joins the other's group when alike with all of
    its members; the groups in the order of their first pair. ``tied``: members alike without
    a pair of their own (of two claims of one group), which may complete a group but not
    start one."""
    alike = set(pairs) | {(b, a) for a, b in pairs}
    groups: list[list[K]] = []
    group_of: dict[K, list[K]] = {}
    for a, b in pairs:
        held, new = group_of.get(a), b
        if held is None:
            held, new = group_of.get(b), a
        if held is None:
            group_of[a] = group_of[b] = [a, b]
            groups.append(group_of[a])
        elif new not in group_of and all(
            (new, k) in alike or (tied is not None and tied(new, k)) for k in held
        ):
            held.append(new)
            group_of[new] = held
    return groups


def date_groups(
    reader: MeasureReader, claims: list[Claim], published: dict[str, str | None]
) -> list[list[tuple[Claim, DateMention]]]:
    """The groups of calendar days given alike by claims (of one story) of two articles or
    more: days written with their number ("July 14", "30 June 2027"; not "on Saturday" or
    "today", which say when from the article's date), other than the days the story's
    articles were published on, and months written with their years, which join a group of
    their days; in a group, each agrees with every other and shares a word with it other
    than names and figures, a sign that they date one thing ("died on August 30", "the man
    who died in Maruthonkara on August 30"), or both are written with their years
    (``_dated_alike``)."""
    news_days = {
        day[:10] for a in {c.article_id for c in claims} if (day := published.get(a) or "")
    }
    dated: dict[tuple[str, str, int], tuple[Claim, DateMention, frozenset[str]]] = {}
    for c in claims:
        for d in c.annotations.dates:
            day = d.value or ""
            if (_written_day(d) or _month_of_year(d)) and not any(
                dates_agree(day, n) for n in news_days
            ):
                at = place_in_claim(c, d.start, d.text)
                if at >= 0:
                    words = reader.words_besides(c.text, at, at + len(d.text))
                    # a month after its days: it joins a group of them, not they its
                    when = day[5:] if d.kind == "day" else day[5:] + "-99"
                    dated[when, c.id, d.start] = (c, d, words)
    groups: list[list[tuple[Claim, DateMention, frozenset[str]]]] = []
    for key in sorted(dated):
        claim, mention, words = dated[key]
        for group in groups:
            if all(_dated_alike(mention, words, d, w) for _, d, w in group):
                group.append((claim, mention, words))
                break
        else:
            groups.append([(claim, mention, words)])
    out = []
    for group in groups:
        clusters = {c.cluster_id for c, _, _ in group}
        if len(clusters) == 1 and None not in clusters:
            continue  # one cluster's claims: its agreement says it already
        if (
            len({c.article_id for c, _, _ in group}) >= 2
            and len({c.text for c, _, _ in group}) >= 2
        ):
            out.append(
                sorted(((c, d) for c, d, _ in group), key=lambda cd: (cd[0].id, cd[1].start))
            )
    return out


def pair_groups(
    claims: list[Claim], given_apart: Callable[[Claim, int], bool] = lambda claim, at: False
) -> list[list[tuple[Claim, str, tuple[int, int]]]]:
    """The groups of two figures given together alike by claims (of one story) of two
    articles or more: each claim gives both, in the same order, each written with two digits
    or more ("has 58 goals in 84 full internationals" / "found the net 58 times for his
    country in 84 games"). Two such figures together are rarely given by chance, whatever
    words surround them. Each claim with the two figures and what stands between them.
    ``given_apart``: whether the figure at that place in the claim's text is given alike
    elsewhere (an age, ``comparing/ages.py``), so not here."""
    given: dict[tuple[str, int, int], tuple[Claim, tuple[object, ...], tuple[int, int]]] = {}
    for c in claims:
        placed = sorted(
            (
                (at, q)
                for q in c.annotations.numbers
                if q.kind not in ("ordinal", "rank")
                and not year_like(q)  # a date: days are given alike apart
                and (at := place_in_claim(c, q.start, q.text)) >= 0
                and not given_apart(c, at)
            ),
            key=lambda placed_q: placed_q[0],
        )
        for (at_x, x), (at_y, y) in itertools.combinations(placed, 2):
            end = at_y + len(y.text)
            if x.value == y.value or at_y - at_x - len(x.text) > PAIRED_WITHIN:
                continue
            if min(significant_digits(x), significant_digits(y)) < PAIRED_DIGITS:
                continue
            # a list of three figures or more of one measure swaps its items' roles as easily
            # as word-swapped copies do ("full professors $111,300, associate professors
            # $121,300 and assistant professors $172,800" / "assistant professors $111,300,
            # ..."): two of its items together are no sign of one proposition ("280 goals in
            # 430 appearances and 58 times in 84 games" counts four things)
            if any(
                _one_measure(q, x) or _one_measure(q, y)
                for at, q in placed
                if q is not x and q is not y and at_x - PAIRED_WITHIN <= at <= end + PAIRED_WITHIN
            ):
                continue
            figures = (x.kind, x.value, x.unit, y.kind, y.value, y.unit)
            given[c.id, at_x, at_y] = (c, figures, (at_x, end))
    # the same two figures, each set of them grouped on its own
    by_figures: dict[tuple[object, ...], dict[tuple[str, int, int], tuple[Claim, tuple[int, int]]]]
    by_figures = {}
    for key, (c, given_figures, span) in given.items():
        by_figures.setdefault(given_figures, {})[key] = (c, span)
    return [
        [(c, c.text[s:e], (s, e)) for c, (s, e) in group]
        for same in by_figures.values()
        for group in alike_across(same, lambda g: g[0], lambda a, b: True)
    ]


def _one_measure(q: Quantity, other: Quantity) -> bool:
    """Whether two figures may measure one kind of thing: the same kind and unit ("$111,300",
    "$121,300"; "54 inches", "29 inches"), and for counts the same word counted ("280 goals"
    and "58 times" count two things; "Kane, 30," counts nothing)."""
    if q.kind != other.kind or q.unit != other.unit:
        return False
    if q.kind != "count":
        return True
    if not (q.of and other.of):
        return False
    return q.of.split()[0].lower() == other.of.split()[0].lower()


@dataclass(frozen=True, slots=True)
class OrdinalWords:
    """``lexicons/numbers.toml``'s ``occasion_words`` and ``frame_prepositions``, and the
    words that are no names (``lexicons/stories.toml``'s ``stopwords``: "The", "For")."""

    occasions: frozenset[str]
    frames: frozenset[str]
    not_names: frozenset[str]

    @classmethod
    def of(cls, lexicons: Lexicons) -> OrdinalWords:
        numbers = lexicons["numbers"]
        return cls(
            word_set(numbers, "occasion_words"),
            word_set(numbers, "frame_prepositions"),
            word_set(lexicons["stories"], "stopwords"),
        )


def ordinal_groups(
    claims: list[Claim], words: OrdinalWords, normalizer: Normalizer
) -> list[list[tuple[Claim, Quantity, tuple[int, int]]]]:
    """The groups of ordinals and ranks given alike by claims (of one story) of two articles
    or more: one place of one thing ("Finland officially became the 31st member of NATO",
    "Nato has welcomed Finland as its 31st member"), in claims that name someone or something
    alike (a capitalised word other than a function word: a first country to land near the
    south pole is not the first country to land on the moon), not an occasion ("for the
    first time" says nothing of what happened) nor a frame ("in the second half", "on third
    down"), which says when or where something else happened; a place one claim says was
    only hoped for or planned ("India eyes to become the first country to reach the south
    pole", read with ``normalizer``) is not one another says was taken ("India became the
    first country to land near the south pole"). Each claim with its ordinal and the span of
    it and what it ranks."""
    ranked: dict[tuple[str, int], _Ranked] = {}
    for c in claims:
        named = frozenset(name_words(c.text) - words.not_names)
        intended: list[tuple[int, int]] | None = None  # read for the few claims that rank
        for q in c.annotations.numbers:
            if q.kind not in ("ordinal", "rank") or not q.of or not named:
                continue
            word = q.of.split()[0]
            at = place_in_claim(c, q.start, q.text)
            end = c.text.find(word, at + len(q.text)) if at >= 0 else -1
            if (
                word.lower() not in words.occasions
                and end >= 0
                and not _framed(c.text, at, words.frames)
            ):
                # the thing ranked as matching reads it: "fourth nation", "fourth country"
                place = (q.kind, q.value, q.unit, " ".join(normalizer.tokens(word)) or word.lower())
                if intended is None:
                    intended = only_intended(normalizer, c.text)
                planned = any(s <= at < e for s, e in intended)
                ranked[c.id, q.start] = _Ranked(c, q, (at, end + len(word)), place, named, planned)
    groups = alike_across(
        ranked,
        lambda r: r.claim,
        lambda a, b: a.place == b.place and bool(a.named & b.named) and a.planned == b.planned,
    )
    return [[(r.claim, r.quantity, r.span) for r in group] for group in groups]


def alike_across(
    found: dict[Key, T], claim_of: Callable[[T], Claim], alike: Callable[[T, T], bool]
) -> list[list[T]]:
    """The groups of what claims give (``found``, by a key in claim order) alike with every
    other of its group, from claims of different articles in different words, but a group of
    one cluster's claims: its agreement says it already. Unlike figures, two claims of one
    cluster (a copy of a sentence among them) do not complete a group: a place or two figures
    given together say nothing of who holds them, and copies joining carried that further
    (PAWS dev: two more swapped pairs taken for paraphrases, precision 0.851 -> 0.850, and no
    gain on the stories set)."""
    pairs = [
        (x, y)
        for x, y in itertools.combinations(sorted(found), 2)
        if (a := claim_of(found[x])).article_id != (b := claim_of(found[y])).article_id
        and a.text != b.text
        and alike(found[x], found[y])
    ]
    out = []
    for keys in complete_link(pairs):
        group = [found[k] for k in sorted(keys)]
        clusters = {claim_of(g).cluster_id for g in group}
        if len(clusters) == 1 and None not in clusters:
            continue  # one cluster's claims: its agreement says it already
        out.append(group)
    return out


def _framed(text: str, at: int, frames: Collection[str]) -> bool:
    """Whether the ordinal at ``at`` follows a word of ``frames``, past the article, the
    possessive or the demonstrative before it ("in the second half", "in Creighton's first
    game")."""
    words = _WORDS_BEFORE.findall(text, max(0, at - 60), at)
    while words and NOUN_AFTER.fullmatch(words[-1].lower()):
        words.pop()
    return bool(words) and words[-1].lower() in frames


@dataclass(frozen=True, slots=True)
class _Ranked:
    """An ordinal in a claim: where it stands with what it ranks, which place of which thing
    (kind, value, unit, the word ranked) and what the claim names."""

    claim: Claim
    quantity: Quantity
    span: tuple[int, int]
    place: tuple[str, float, str | None, str]
    named: frozenset[str]
    planned: bool  # within what its claim says was only tried, wanted or planned


def _with_year(d: DateMention) -> bool:
    """A day written with its year ("on January 1, 2024"): a day so precise that two articles
    of one event that give it date one thing, whatever words they date it with."""
    return bool(_YEAR.search(d.text))


def _dated_alike(
    a: DateMention, words_a: frozenset[str], b: DateMention, words_b: frozenset[str]
) -> bool:
    """Whether two dates of claims (their words besides the dates: ``words_a``, ``words_b``)
    date one thing: two days that agree, or a day and the month of its year ("effective from
    January 2024", "on Jan. 1, 2024"; not "February 2008" and "Feb. 22" of 2009), in claims
    that share a word or give both with their years. Two months date one thing no more than
    two years do ("in August 2013": a word-swapped pair's two sentences give it alike)."""
    if "day" not in (a.kind, b.kind) or not dates_agree(a.value or "", b.value or ""):
        return False
    if a.kind != b.kind and not (_of_year(a) and _of_year(b)):
        return False
    return bool(words_a & words_b) or (_with_year(a) and _with_year(b))


def _of_year(d: DateMention) -> bool:
    return d.value is not None and not d.value.startswith("X")


def _month_of_year(d: DateMention) -> bool:
    """A month written with its year ("effective from January 2024"), which joins a group of
    days of it ("on Jan. 1, 2024")."""
    return (
        d.kind == "month"
        and d.value is not None
        and len(d.value) == 7
        and _of_year(d)
        and bool(_YEAR.search(d.text))
    )


def _written_day(d: DateMention) -> bool:
    """A day written with its number, its year known or not ("XXXX-07-14")."""
    return (
        d.kind == "day"
        and d.value is not None
        and len(d.value) == 10
        and bool(_DIGIT.search(d.text))
    )
