"""Statements made alike: a clause of one sentence that another source states in a sentence
of its own words, where neither sentence is the other's claim.

"The Finnish flag is due to be raised at NATO headquarters in Brussels, to mark Russia's
western neighbor becoming the 31st member of the Western alliance, the BBC reports" and
"Finland's flag was hoisted outside NATO headquarters on Tuesday as it became the 31st member
of the alliance, in the first step of a historic realignment" are not one claim, and neither
states all of the other: grouping keeps them apart, and a part (``grouping/parts.py``) needs
one of them short. But both say that Finland became the alliance's 31st member. Each sentence
is read as its clauses (split where punctuation or a word that opens a clause stands:
``lexicons/clauses.toml``, ``[statements]``), and two clauses of claims of different articles
of a story that score as one claim, failing no look-alike check, state one thing alike:
each is a proposition of its claim, with its span, as a figure given alike is.

The clauses are scored with the word weights of the story alone (a clause's words weighed
against the story's claims), so what a story shows does not move as other stories are
stored. A clause states something only with a verb of its own, other than a verb of speech
("tight end Jimmy Graham", "the military said in a statement" state nothing); and two
sentences whose words are alike enough to be judged as one claim, which grouping kept apart
(a figure changed, the same words in another arrangement: "X is based in A and has offices
in B" / "X is based in B and has offices in A"), are one sentence reworked, whose clauses
left as they were are no second wording.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from claimcheck.comparing.conflicts import one_cluster
from claimcheck.comparing.figures import complete_link
from claimcheck.grouping.match import (
    Features,
    Idf,
    Scorer,
    differences,
)
from claimcheck.grouping.parts import states_done
from claimcheck.grouping.senses import is_concept
from claimcheck.lexicons import Lexicons, word_set
from claimcheck.models import Annotations, Claim
from claimcheck.splitting.structure import Grammar, depth_tokens
from claimcheck.tokens import tokenize

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of a claim, read as a claim of its own."""

    claim: Claim
    start: int  # offsets in the claim's text
    end: int
    features: Features

    @property
    def text(self) -> str:
        return self.claim.text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class StatementSettings:
    """``lexicons/clauses.toml``, ``[statements]``."""

    openers: frozenset[str]  # words that open a clause of their own
    not_predicates: frozenset[str]  # verbs that only tell how a source spoke ("speaking")
    min_words: int  # a clause of fewer words states nothing on its own
    max_holders: int  # a word held by more clauses of a story than this finds no pairs

    @classmethod
    def of(cls, lexicons: Lexicons) -> StatementSettings:
        data = lexicons["clauses"]["statements"]
        return cls(
            frozenset(word_set(data, "openers")),
            frozenset(w.lower() for w in word_set(data, "not_predicates")),
            int(data["min_words"]),
            int(data["max_holders"]),
        )


# punctuation that ends a clause; a comma between digits is a figure's ("80,000")
_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]\u2014\u2013]|\s-\s")
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_END = ".!?"  # a sentence's end is no part of its last clause
DAYS_APART = 14  # days between two claims' dates that make them two events


class StatementReader:
    """A story's claims read as their clauses, and the clauses stated alike."""

    def __init__(self, scorer: Scorer, lexicons: Lexicons) -> None:
        self.scorer = scorer
        self.settings = StatementSettings.of(lexicons)
        self.grammar = Grammar(lexicons)
        # verbs of speech, and the words of the cues that name a source before it ("according
        # to", "citing"): they tell who says it, not what is stated
        attribution = lexicons["attribution"]
        speech = [v for forms in attribution.get("verbs", {}).values() for v in forms]
        cues = [w for cue in word_set(attribution, "according") for w in cue.split()]
        self._speech = {w.lower() for w in [*speech, *cues]} | self.settings.not_predicates
        words = "|".join(sorted((re.escape(w) for w in self.settings.openers), key=len))
        self._opener = re.compile(rf"\s+(?=(?:{words})\b)", re.I) if words else None

    def spans(self, text: str) -> list[Span]:
        """The clauses of a claim's text, as offsets: pieces between punctuation that ends a
        clause and before each word that opens one, of ``min_words`` words or more; none for
        a claim that is one clause."""
        cuts: list[Span] = [(m.start(), m.end()) for m in _BREAK.finditer(text)]
        if self._opener:
            cuts += [(m.start(), m.end()) for m in self._opener.finditer(text)]
        cuts.sort()
        out: list[Span] = []
        pos = 0
        for start, end in [*cuts, (len(text), len(text))]:
            piece = text[pos:start]
            lead = len(piece) - len(piece.lstrip())
            s, e = pos + lead, pos + len(piece.rstrip().rstrip(_END).rstrip())
            if len(_WORD.findall(text[s:e])) >= self.settings.min_words:
                out.append((s, e))
            pos = max(pos, end)
        return out if len(out) > 1 else []

    def predicate(self, text: str) -> bool:
        """Whether a clause says something of what it names: a verb of its own, finite
        ("became", "are", "will join") or a participle ("becoming", "hoisted"), other than a
        verb of speech ("the military said in a statement" only tells who says it). "Tight end
        Jimmy Graham", "of W. Mark Felt", "seven years" and "the United Arab Emirates" say
        nothing."""
        toks = depth_tokens(tokenize(text))
        g = self.grammar
        for i, t in enumerate(toks):
            if t.low in self._speech or t.depth or not t.text[:1].islower():
                continue  # a capitalised word is a name ("United"), or opens the clause
            if g.tense(toks, i) is not None:
                return True
            if g.participle(t, after_comma=False):
                return True
            # "hoisted", "died"; not a word in -en ("seven", "women"): after "was" or "has",
            # the finite verb before it tells
            participle = t.low.endswith("ed") or t.low in g.irregular_past
            if participle and g.past_participle(t.low):
                return True
        return False

    def clauses(self, claim: Claim) -> list[Clause]:
        out = []
        for start, end in self.spans(claim.text):
            text = claim.text[start:end]
            if not self.predicate(text):
                continue  # a name, a title, a time, who said it: it states nothing
            annotations = _within(claim, start, end)
            f = self.scorer.features_of(
                f"{claim.id}@{start}", claim.article_id, text, "", annotations
            )
            if f.bag:
                out.append(Clause(claim, start, end, f))
        return out

    def groups(self, claims: Sequence[Claim], features: dict[str, Features]) -> list[list[Clause]]:
        """The groups of clauses stated alike by claims (of one story) of different articles,
        each clause alike with every other of its group, in claim order; none of claims of
        one cluster, which says it already, nor of two claims whose words are alike enough to
        be judged as one claim: one sentence reworked ("The station was established in 1947
        ... as Station F or 'Winter Island' in the Argentine islands" / "... as Station F or
        'Argentine Island' on Winter Island", a word swapped, a figure changed), whose clauses
        left as they were are no second wording (through the CLI, PAWS precision fell 0.851
        -> 0.831 without that; grouping's look-alikes alone, their sets of copies, kept it at
        0.845); nor of two claims dated to days weeks apart (``_dated_apart``): "Russia's Luna-25
        mission failed over the weekend as the lander crashed into the moon's surface" and
        "Chandrayaan-2 had failed ... when its lander 'Vikram' crashed into the surface of the
        Moon ... on September 7, 2019" say it of two events."""
        idf = Idf.of(features[c.id].bag for c in claims)
        # copies of a sentence (one copy key: a syndicated story holds dozens of each) are
        # read and scored once, as grouping scores them
        copies: dict[str, list[Claim]] = {}
        for c in claims:
            copies.setdefault(c.copy_key or c.id, []).append(c)
        distinct = [k for same in copies.values() for k in self.clauses(same[0])]
        # each clause's own weight, summed once: a clause meets dozens of candidates
        own = [self.scorer.own_weight(k.features, idf) for k in distinct]
        alike = [
            (i, j)
            for i, j in self._candidates(distinct)
            if not _dated_apart(distinct[i].claim, distinct[j].claim)
            and self._alike(distinct[i].features, distinct[j].features, own[i], own[j], idf)
            and not self._look_alike(
                features[distinct[i].claim.id], features[distinct[j].claim.id], idf
            )
        ]
        # each pair of clauses alike, for each pair of their copies of different articles
        clauses: list[Clause] = []
        held: dict[int, list[int]] = {}  # a distinct clause -> its copies among clauses
        for i in sorted({i for pair in alike for i in pair}):
            k = distinct[i]
            for c in copies[k.claim.copy_key or k.claim.id]:
                held.setdefault(i, []).append(len(clauses))
                clauses.append(replace(k, claim=c))
        pairs = [
            (x, y)
            for i, j in alike
            for x in held[i]
            for y in held[j]
            if clauses[x].claim.article_id != clauses[y].claim.article_id
        ]
        return _complete(clauses, sorted(pairs))

    def _candidates(self, clauses: list[Clause]) -> list[tuple[int, int]]:
        """The pairs of clauses worth scoring: of claims of different clusters, sharing two
        words or more, each held by no more than ``max_holders`` clauses (one shared word, a
        name of the story, is no sign of one statement)."""
        holders: dict[str, list[int]] = {}
        for i, k in enumerate(clauses):
            for t in k.features.bag:
                if not is_concept(t):
                    holders.setdefault(t, []).append(i)
        shared: Counter[tuple[int, int]] = Counter()
        for held in holders.values():
            if len(held) <= self.settings.max_holders:
                shared.update(itertools.combinations(held, 2))
        out = []
        for (i, j), n in sorted(shared.items()):
            a, b = clauses[i].claim, clauses[j].claim
            if n >= 2 and a.id != b.id and not one_cluster(a, b):
                out.append((i, j))
        return out

    def _look_alike(self, a: Features, b: Features, idf: Idf) -> bool:
        """Whether two whole claims' words score as one claim, though grouping kept them
        apart: look-alikes, which a check tells apart."""
        value, _ = self.scorer.text_score(a, b, idf)
        return value >= self.scorer.threshold

    def _alike(self, a: Features, b: Features, own_a: float, own_b: float, idf: Idf) -> bool:
        """Whether two clauses score as one claim (their own weights summed once: ``own_a``,
        ``own_b``), fail no look-alike check, and say done what the other says was done
        (``parts.states_done``)."""
        value, overlap = self.scorer.text_score(a, b, idf, (own_a, own_b))
        if value < self.scorer.threshold:
            return False
        reasons = differences(
            a, b, overlap, self.scorer.past, self.scorer.names, None, self.scorer.denies_alike
        )
        # not what one says was done and the other only tried or planned: "India eyes to become
        # the first country to reach the south pole" / "India has secured the distinction of
        # being the first nation to reach" it
        normalizer = self.scorer.normalizer
        return not reasons and states_done(normalizer, a, b) and states_done(normalizer, b, a)


def _days(claim: Claim) -> list[tuple[dt.date, dt.date]]:
    """The claim's dates known to the day or to a few days ("over the weekend"), as spans."""
    out = []
    for d in claim.annotations.dates:
        if not d.value or (d.kind == "relative" and not d.resolved):
            continue
        lo, _, hi = d.value.partition("/")
        try:
            first, last = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi or lo)
        except ValueError:
            continue  # a month, a year, a day of no year
        out.append((first, last))
    return out


def _dated_apart(a: Claim, b: Claim) -> bool:
    """Whether two claims are dated to days further apart than ``DAYS_APART`` whichever of
    their dates is taken: two events, each its own."""
    xs, ys = _days(a), _days(b)
    return bool(xs and ys) and all(
        (y0 - x1).days > DAYS_APART or (x0 - y1).days > DAYS_APART for x0, x1 in xs for y0, y1 in ys
    )


def _within(claim: Claim, start: int, end: int) -> Annotations:
    """The claim's annotations that stand within its clause at ``start``-``end`` (annotations
    hold article offsets)."""
    lo, hi = claim.start + start, claim.start + end
    a = claim.annotations

    def inside(items: tuple, /) -> tuple:  # type: ignore[type-arg]
        return tuple(x for x in items if lo <= x.start and x.end <= hi)

    return replace(
        a,
        numbers=inside(a.numbers),
        dates=inside(a.dates),
        negations=inside(a.negations),
        comparisons=inside(a.comparisons),
        entities=inside(a.entities),
        referent=a.referent if start == 0 else None,
    )


def _complete(clauses: list[Clause], pairs: list[tuple[int, int]]) -> list[list[Clause]]:
    """Groups in which each clause is alike with every other (complete link, as figures
    given alike are grouped), of two articles or more, in the order of their first pair. Two
    claims of one group are not scored against each other (their group states them alike
    already): their clauses count as alike, so that a clause another source states alike
    with both joins them in one statement ("While there are no specific treatments or
    vaccines, ..." and "... while there are no specific treatments or vaccines for the virus",
    one group, with "there are no specific treatments or vaccines available for Marburg")."""

    def tied(x: int, y: int) -> bool:
        return one_cluster(clauses[x].claim, clauses[y].claim)

    out = []
    for members in complete_link(pairs, tied):
        found = sorted((clauses[k] for k in members), key=lambda k: (k.claim.id, k.start))
        if len({k.claim.article_id for k in found}) >= 2:
            out.append(found)
    return out
