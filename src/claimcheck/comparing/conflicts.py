"""Where sources disagree, and how they frame what they agree on.

Conflicts are typed and come with the words that differ and the hedges on each side. A list
that cries wolf is useless, so each kind asks for more than a difference:

- number, date, polarity: the two claims say otherwise the same thing (they are grouped
  together, or score within ``NEAR`` points of the grouping threshold), and the numbers
  count the same thing, the dates are for the same event, the negated words are in the
  other claim;
- rank: the same owner ranks the same thing differently ("China's second-ranking military
  official" vs "China's top military officer");
- comparison: one source puts A ahead of B where another puts B ahead of A, on a shared
  topic ("Moscow is ahead of Beijing" vs "China has a lead");
- attribute: the same named person or thing is given different numbers in apposition
  ("Putin, 71" vs "Putin, 70");
- number, of a vote: two tallies of one vote, in claims of articles that report one event and
  name what was voted on alike ("voted 195 to 106 in favor of the tax bill" vs "196 MPs voted
  to pass the bill while 105 voted against it": ``tallies.py``);
- date, of a telling: one named source's telling dated on two days, in claims of articles
  that report one event ("announced the grim news late on Saturday" vs "announced Sunday that
  six people have died": ``tellings.py``).

Only claims from different articles can conflict.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.annotate.negation import NegationFinder
from claimcheck.annotate.numbers import compatible
from claimcheck.comparing.ages import Age, AgeReader, StoryAges, age_conflicts, aged_between
from claimcheck.comparing.lists import ListConflict, list_conflicts
from claimcheck.comparing.measures import (
    Measure,
    MeasureConflict,
    MeasureReader,
    find_measure_conflicts,
    place_in_claim,
    reader_of,
)
from claimcheck.comparing.tallies import TallyReader, tally_conflicts
from claimcheck.comparing.tellings import Telling, TellingReader, dated_apart
from claimcheck.dates import weekday
from claimcheck.grouping.match import (
    LOOK_ALIKE_MARGIN,
    RELATED_MARGIN,
    Features,
    Idf,
    Scorer,
    date_precision,
    denied_alike,
    fold,
    may_be_one_time,
    same_thing,
    unasserting_verbs,
)
from claimcheck.lexicons import alternation
from claimcheck.models import Annotations, Claim, Comparison, DateMention, Negation, Quantity
from claimcheck.splitting.structure import NOUN_AFTER, Grammar, uncontracted
from claimcheck.tokens import regular_bases, word_before

# conflicts bound to one event: two events' figures, dates and denials differ with no source
# wrong (two quakes' magnitudes), so these are claimed only between articles alike enough to
# report one event (``stories/likeness.py``). A rank, a comparison or a person's age is a fact
# about a named thing, whatever the event, and is not bound so.
EVENT_KINDS = frozenset({"number", "date", "polarity"})
# points below the threshold within which two claims say "otherwise the same" thing
NEAR = LOOK_ALIKE_MARGIN
SCOPE_SHARE = 0.5  # of a negation's words that must be in the other claim
_WORD = re.compile(r"[a-z][a-z'-]+")
_NAME = re.compile(r"\b[A-Z][\w’'-]*")
_QUESTION = re.compile(r"\b(?:whether|if)\b", re.I)  # a question or a condition asserts nothing
_WORD_OR_POSSESSIVE = re.compile(r"\w+(?:['’]s\b)?")
# the forms of "have", whose denial ("do not have suspects") denies possession
_HAVE = frozenset(["have", "has", "had", "having"])
_VERBAL_CUE = re.compile(r"\bnot\b|n['’]t\b|\bnever\b", re.I)
_HEADLINE_FUTURE = re.compile(r"\bto\s+[a-z]+\b")  # "Ellen DeGeneres to host Oscars"
_LEADING_CUE = re.compile(r"(?:\b(?:to|by|from|of)|^citing)$", re.I)
_DATE_LEAD = re.compile(r"^(?:on|in|last|this)\s+", re.I)
# a word that makes the date after it a period's start or end, not when the event happened
_PERIOD_BOUND = re.compile(
    r"\b(?:since|until|till|before|after|from)\s+(?:early\s+|late\s+)?$", re.I
)


# a conflict ``between`` finds, before it is made for two claims: its kind, its detail and the
# words of each claim that conflict
_Verdict = tuple[str, str, str | None, str | None]
_DatesKey = tuple[tuple[str, str | None, str, bool], ...]  # what a date check reads of dates


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: str  # number, date, rank, polarity, comparison, attribute
    a: Claim
    b: Claim
    detail: str  # the words that differ
    hedges_a: tuple[str, ...]
    hedges_b: tuple[str, ...]
    # the words of each claim that conflict, as they stand in its text, for marking
    words_a: tuple[str, ...] = ()
    words_b: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        x, y = sorted((self.a.id, self.b.id))
        return (self.kind, x, y)


def _hedges(c: Claim) -> tuple[str, ...]:
    return tuple(dict.fromkeys(h.cue for h in c.annotations.hedges))


def _make(
    kind: str, a: Claim, b: Claim, detail: str, words_a: str | None, words_b: str | None
) -> Conflict:
    return Conflict(
        kind,
        a,
        b,
        detail,
        _hedges(a),
        _hedges(b),
        (words_a,) if words_a else (),
        (words_b,) if words_b else (),
    )


class ConflictFinder:
    def __init__(self, scorer: Scorer, idf: Idf) -> None:
        self.scorer = scorer
        self.idf = idf
        self._features: dict[str, Features] = {}
        # a story's measures are read for its conflicts and again for its figures given alike
        self._measures: dict[str, list[Measure]] = {}
        # each claim's dates of its event: a claim meets many others of its story
        self._dated: dict[str, list[DateMention]] = {}
        # text scores by the two claims' words: a story's copies of one sentence (wire copies
        # run by many outlets) meet each copy of another, and are scored once
        self._scores: dict[tuple[tuple[str, ...], tuple[str, ...]], float] = {}
        # what ``between`` finds in two near claims, by their wordings and dates
        self._verdicts: dict[tuple[str, str, str, str, _DatesKey, _DatesKey], list[_Verdict]] = {}
        normalizer = scorer.normalizer
        self.reader: MeasureReader = normalizer.lexicons.derived(
            "measures", lambda lexicons: reader_of(lexicons, normalizer.words, normalizer.terms)
        )
        self.tally_reader: TallyReader = normalizer.lexicons.derived(
            "tallies", lambda lexicons: TallyReader(lexicons, normalizer.words)
        )
        grammar: Grammar = normalizer.lexicons.derived("grammar", Grammar)
        self._clause_mark: re.Pattern[str] = normalizer.lexicons.derived(
            "clause_marks", lambda lexicons: _clause_marks(grammar)
        )
        self.telling_reader = TellingReader(
            normalizer.words,
            self.reader.verbs_of,
            self._clause_mark,
            normalizer.lexicons["aliases"].get("person_titles", []),
        )
        self._be = grammar.be_forms
        self._negations: NegationFinder = normalizer.lexicons.derived("negations", NegationFinder)
        self._age_reader: AgeReader = normalizer.lexicons.derived("ages", AgeReader)
        # a story's ages are read for its conflicts and again for its ages given alike
        self._ages: dict[str, list[Age]] = {}
        self._unasserting = unasserting_verbs(normalizer)

    def features(self, c: Claim) -> Features:
        if c.id not in self._features:
            self._features[c.id] = self.scorer.features(c)
        return self._features[c.id]

    def event_dates(self, c: Claim) -> list[DateMention]:
        """The claim's dates that may tell when its event happened: not a period's start or
        end ("the fifth operation since September", "in custody until Friday")."""
        if c.id not in self._dated:
            self._dated[c.id] = [
                d
                for d in c.annotations.dates
                if (d.value or weekday(d) is not None) and _dates(c, d)
            ]
        return self._dated[c.id]

    def measures(self, claims: list[Claim]) -> dict[str, list[Measure]]:
        """The measures of the claims that give figures, each claim read once."""
        for c in claims:
            if c.annotations.numbers and c.id not in self._measures:
                self._measures[c.id] = self.reader.measures(c)
        return {c.id: self._measures[c.id] for c in claims if c.annotations.numbers}

    def ages(self, claims: list[Claim]) -> StoryAges:
        """The ages the claims give (``comparing/ages.py``), each claim read once."""
        for c in claims:
            if c.annotations.numbers and c.id not in self._ages:
                self._ages[c.id] = self._age_reader.ages(c)
        return StoryAges(claims, {c.id: a for c in claims if (a := self._ages.get(c.id))})

    def text_score(self, a: Claim, b: Claim) -> float:
        """The two claims' text score, computed once for each pair of wordings."""
        fa, fb = self.features(a), self.features(b)
        key = (fa.tokens, fb.tokens)
        if key not in self._scores:
            self._scores[key] = self.scorer.text_score(fa, fb, self.idf)[0]
        return self._scores[key]

    def find(
        self,
        claims: list[Claim],
        pairs: Iterable[tuple[str, str]],
        published: dict[str, str | None] | None = None,
    ) -> list[Conflict]:
        """Conflicts among ``claims`` (of one story): within the given candidate ``pairs``
        (members of one cluster, look-alikes kept apart) and, for figures of one measure,
        ranks, comparisons and attributes, across all claims. ``published``: article id ->
        publication date, which tells a running count from a disagreement."""
        by_id = {c.id: c for c in claims}
        found: dict[tuple[str, str, str], Conflict] = {}
        near: set[tuple[str, str]] = set()
        for a_id, b_id in pairs:
            near.add((min(a_id, b_id), max(a_id, b_id)))
            a, b = by_id.get(a_id), by_id.get(b_id)
            if a is None or b is None or a.article_id == b.article_id:
                continue
            for conflict in self.between(a, b):
                found.setdefault(conflict.key, conflict)
        published = published or {}
        one_event = corroborating(claims)
        for conflict in [
            *self._figures(claims, published, near, one_event),
            *self._tallies(claims, published),
            *self._tellings(claims, published, one_event),
            *self._age_lists(claims, published),
            *self._attributes(claims, published),
            *across(claims),
        ]:
            found.setdefault(conflict.key, conflict)
        return sorted(found.values(), key=lambda c: (c.kind, c.a.id, c.b.id))

    def _figures(
        self,
        claims: list[Claim],
        published: dict[str, str | None],
        near: set[tuple[str, str]],
        one_event: set[tuple[str, str]],
    ) -> list[Conflict]:
        """Figures of one measure that differ (``measures.py``), in claims of articles that
        report one event (``one_event``: they state a same claim) or in claims that are near;
        and the one figure that differs in two lists given alike otherwise (``lists.py``)."""
        measures = self.measures(claims)

        def linked(a: Claim, b: Claim) -> bool:
            """One event: the articles state a same claim, or these claims are alike."""
            x, y = sorted((a.article_id, b.article_id))
            return (x, y) in one_event or (min(a.id, b.id), max(a.id, b.id)) in near

        found: list[MeasureConflict | ListConflict] = [
            *find_measure_conflicts(measures, published, self.related, linked),
            *list_conflicts(measures, published, self.ages(claims).holds),
        ]
        return [
            _make("number", m.a.claim, m.b.claim, m.detail, m.a.quantity.text, m.b.quantity.text)
            for m in found
        ]

    def _tallies(self, claims: list[Claim], published: dict[str, str | None]) -> list[Conflict]:
        """Two tallies of one vote that differ ("voted 195 to 106" / "196 MPs voted to pass
        the bill while 105 voted against it"), reported near in time. Two figures of a vote
        and what was voted on, given alike, tie the claims to one event as a single figure
        cannot; the report still asks that their articles be alike (``likeness.py``)."""
        tallies = [t for c in claims if c.annotations.numbers for t in self.tally_reader.tallies(c)]
        return [
            _make(
                "number",
                x.claim,
                y.claim,
                f"vote “{x.written()}” vs “{y.written()}”",
                x.text,
                y.text,
            )
            for x, y in tally_conflicts(tallies, published)
        ]

    def _tellings(
        self,
        claims: list[Claim],
        published: dict[str, str | None],
        one_event: set[tuple[str, str]],
    ) -> list[Conflict]:
        """One named source's telling dated on two days by two outlets ("Health Minister Sabin
        Nsanzimana announced the grim news late on Saturday" / "... announced Sunday that six
        people have died"), in articles that report one event (``one_event``: they state a
        same claim): ``tellings.py``."""
        tellings: list[Telling] = []
        for c in claims:
            if c.annotations.attribution is not None and c.annotations.dates:
                tellings += self.telling_reader.tellings(c, self.event_dates(c))

        def linked(a: Claim, b: Claim) -> bool:
            return tuple(sorted((a.article_id, b.article_id))) in one_event

        return [
            _make(
                "date",
                x.claim,
                y.claim,
                f"{x.teller.speaker} {x.teller.verb} “{x.date.text}” vs “{y.date.text}”",
                x.date.text,
                y.date.text,
            )
            for x, y in dated_apart(tellings, published, linked)
        ]

    def _attributes(self, claims: list[Claim], published: dict[str, str | None]) -> list[Conflict]:
        """Ages given with one name ("Putin, 71," / "Putin (72)") that differ, unless the
        birthdays between the articles' dates make both right ("Orozco, 27," in 2005 and
        "Orozco, 29," in 2007): an attribute of the person, whatever the event."""
        named: dict[frozenset[str], list[Age]] = {}
        for ages in self.ages(claims).of.values():
            for a in ages:
                if a.name:
                    named.setdefault(a.name, []).append(a)
        return [
            _make("attribute", x.claim, y.claim, f"“{x.text}” vs “{y.text}”", x.text, y.text)
            for same in named.values()
            for x, y in itertools.combinations(same, 2)
            if x.claim.article_id != y.claim.article_id
            and x.years != y.years
            and not aged_between(x.claim, y.claim, x.years, y.years, published)
        ]

    def _age_lists(self, claims: list[Claim], published: dict[str, str | None]) -> list[Conflict]:
        """Two lists of the same people whose ages differ in one ("a 9-year-old child and a
        24-year-old person" / "his 9-year-old son and 25-year-old brother-in-law"):
        ``comparing/ages.py``. (Ages given with a name are ``_attributes``.)"""
        return [
            _make("number", x.claim, y.claim, f"age “{x.text}” vs “{y.text}”", x.text, y.text)
            for x, y in age_conflicts(self.ages(claims), published)
        ]

    def related(self, a: Claim, b: Claim) -> bool:
        """Whether two claims are alike as wholes (their words score as related)."""
        return self.text_score(a, b) >= self.scorer.threshold - RELATED_MARGIN

    def between(self, a: Claim, b: Claim) -> list[Conflict]:
        """The date and polarity conflicts of two claims (of two articles), which read their
        words, and their numbers, dates and negations; none between the same words (copies of
        one sentence), whose annotations are then not read at all. Claims of different
        clusters are scored first, and conflict only when near. (Figures are compared measure
        by measure across the story: ``_figures``.)"""
        if a.text == b.text or not may_conflict(a.annotations, b.annotations):
            return []
        near = one_cluster(a, b) or self.text_score(a, b) >= self.scorer.threshold - NEAR
        if not near:
            return []
        # what is found depends on the two wordings (and whether each is a headline) and the
        # days their dates were read as: a story's copies of one sentence meet each copy of
        # another, and are read once
        dated_a, dated_b = self.event_dates(a), self.event_dates(b)
        key = (a.text, a.kind, b.text, b.kind, _dates_key(dated_a), _dates_key(dated_b))
        verdicts = self._verdicts.get(key)
        if verdicts is None:
            verdicts = self._verdicts[key] = self._verdicts_of(a, b, dated_a, dated_b)
        return [_make(kind, a, b, detail, wa, wb) for kind, detail, wa, wb in verdicts]

    def _verdicts_of(
        self, a: Claim, b: Claim, dated_a: list[DateMention], dated_b: list[DateMention]
    ) -> list[_Verdict]:
        """``between``'s conflicts of two near claims, each as its kind, detail and the words
        of each claim that conflict."""
        na, nb = a.annotations, b.annotations
        out: list[_Verdict] = []
        # figures are compared measure by measure, across the story (``_figures``)
        dates = _date_conflict(dated_a, dated_b)
        # what will happen and what has happened are two events, whatever they share ("will
        # join in January" is not "invited Thursday to join")
        one_tense = self._future(a) == self._future(b)
        if (
            dates
            and one_tense
            and not _figures_differ(na.numbers, nb.numbers)
            and self._one_event(a, b, dates[1], dates[2])
        ):
            out.append(("date", *dates))
        if na.negated != nb.negated:
            negated, other = (a, b) if na.negated else (b, a)
            denials = [n for n in negated.annotations.negations if not n.lexical]
            scope = " ".join(n.scope for n in denials)
            # "did not travel", "never checked": a verb denied, not a thing ("no one", "no dog")
            verbal = bool(denials) and _VERBAL_CUE.search(denials[0].cue) is not None
            words = [w for w in _WORD.findall(fold(scope)) if len(w) > 2]
            other_words = set(_WORD.findall(fold(other.text)))
            if (
                words
                and sum(w in other_words for w in words) / len(words) >= SCOPE_SHARE
                and self._names_held(negated, scope, other.text)
                and self._affirms_head(scope, other.text, verbal)
                and self._in_frame(scope, other.text)
                and self._same_subject(negated, other.text)
                and self._is_said(negated, denials[0] if denials else None, other.text)
                and not denied_alike(self.scorer.normalizer, scope, other_words)
            ):
                cue = next(n.cue for n in negated.annotations.negations)
                detail = f"“{cue} {scope}” in one, affirmed in the other"
                marked = (cue, None) if negated is a else (None, cue)
                out.append(("polarity", detail, *marked))
        return out

    def _same_subject(self, negated: Claim, other: str) -> bool:
        """Whether the other claim speaks of what the denial is said of: the last content word
        before the negation, past adverbs, which in English heads the noun phrase it is said
        of ("Ms. *Palin*, who was not at the church" is not "a crafts group was meeting in the
        church"; "Gary *Ross* will not direct"), or before "of" ("*Results* of Williams' test
        have not been released" is not "Williams was released"), or a word of its concept. A
        pronoun or nothing before it ("He did not ...", "No one was hurt") asks nothing."""
        first = negated.annotations.negations[0]
        at = place_in_claim(negated, first.start, first.cue)
        subject = fold(negated.text[: max(at, 0)])
        # "N1 of N2" is headed by N1: "the results of the driver's test"
        subject = subject.split(" of ", 1)[0]
        kept = [w for w in _WORD.findall(subject) if not w.endswith("ly")]
        before = self.scorer.normalizer.words(" ".join(kept))
        return not before or self._holds(before[-1], other)

    def _future(self, c: Claim) -> bool:
        """Whether the claim tells what will happen: "will" or "shall", or a headline's "to"
        and a verb, as headlines write the future ("Ellen DeGeneres to host Oscars in 2014")."""
        return self.features(c).future or (
            c.kind == "headline" and _HEADLINE_FUTURE.search(c.text) is not None
        )

    def _one_event(self, a: Claim, b: Claim, date_a: str, date_b: str) -> bool:
        """Whether two claims that date something differently date one event: they say the
        same was done (a verb, or a sense of it, in common: "foiled" / "thwarted"), or share
        two words besides names, figures and the dates ("a pirate attack on merchant
        vessels"), three where each says something else was done (police "found" a box for
        a shotgun and shells, the man "bought" a shotgun and shells). A person's life holds
        many dated events ("founded the clinic in 1990", "became president of the
        association in 2002") that share only the person. A line
        that is only a date ("On February 4, 2009", a dateline cut from its story) has
        neither, and dates nothing. A date dates what its own clause says was done ("the
        contract he signed when he was hired by the Sixers on April 21, 2004" dates the
        hiring, not "King decided to fire O'Brien"): each date's clause is compared where it
        says what was done, else the whole claim."""

        # a day the source spoke on ("officials said Tuesday", "an official on Wednesday
        # denied") dates its saying, not what it says: one speaker's telling on two days is
        # one event told two ways; two speakers' on two days, or a telling and an event, two
        reported = (
            self.telling_reader.dates_telling(a, date_a),
            self.telling_reader.dates_telling(b, date_b),
        )
        if any(reported):
            return all(reported) and self.telling_reader.same_teller(a, b)

        def besides(text: str, date: str) -> frozenset[str]:
            at = text.find(date)
            start, end = (at, at + len(date)) if at >= 0 else (0, 0)
            return self.reader.words_besides(text, start, end)

        # each date's clause where it says what was done, else the whole claim
        clause_a = _date_clause(a.text, date_a, self._clause_mark)
        clause_b = _date_clause(b.text, date_b, self._clause_mark)
        text_a = clause_a if self.reader.verbs_of(clause_a) else a.text
        text_b = clause_b if self.reader.verbs_of(clause_b) else b.text
        verbs_a, verbs_b = self.reader.verbs_of(text_a), self.reader.verbs_of(text_b)
        if verbs_a & verbs_b:
            return True
        # of two clauses, what one says was done the other may say as a verb of its own or not
        # ("decided to fire O'Brien on May 21" / "fired O'Brien on May 23")
        clauses = text_a == clause_a != a.text and text_b == clause_b != b.text
        if clauses and (verbs_a & besides(text_b, date_b) or verbs_b & besides(text_a, date_a)):
            return True
        # two things done that differ are a sign of two events: more in common outweighs it
        need = 3 if verbs_a and verbs_b else 2
        return (
            len((besides(text_a, date_a) - verbs_a) & (besides(text_b, date_b) - verbs_b)) >= need
        )

    def _is_said(self, negated: Claim, denial: Negation | None, other: str) -> bool:
        """Whether the other claim says what the denial says something is not, where it
        denies what something is (a form of "be", then a name, a figure or a phrase led by a
        preposition or an article: "was not *at the church*", "he was not *Deep Throat*"):
        the scope's first word after a form of "be", past words that lead a phrase and verbs
        in -ing ("was at the church", "is standing at the church"). "A fire destroyed the
        church" says nothing of who was there. A denied verb or adjective ("was not
        injured", "is not safe") is left to the other checks."""
        if denial is None:
            return True
        at = place_in_claim(negated, denial.start, denial.cue)
        scope = _WORD_OR_POSSESSIVE.findall(denial.scope)
        cue = denial.cue.lower()
        if at < 0 or not scope or not _VERBAL_CUE.search(cue):
            return True
        # "was not", "wasn't"
        be, be_at = (
            (uncontracted(cue), at)
            if cue != uncontracted(cue)
            else (word_before(negated.text, at), -1)
        )
        if be not in self._be:
            return True  # a verb denied ("did not travel")
        if be_at < 0:
            be_at = negated.text.lower().rfind(be, 0, at)
        if word_before(negated.text, be_at) == "there":
            return True  # whether it is at all ("there is not a dog"), not what it is
        words = self.scorer.normalizer.words
        first = scope[0]
        if first.lower() in self._be or first.lower().endswith("ing"):
            return True  # "is not being surrounded", "was not standing"
        if not (first[0].isupper() or first[0].isdigit() or not words(first)):
            return True  # "was not injured", "is not safe"
        head = next((w for w in scope if words(w)), None)
        if head is None:
            return True
        target = words(head)
        other_words = _WORD_OR_POSSESSIVE.findall(other)
        for i, w in enumerate(other_words):
            if words(w) != target:
                continue
            for before in reversed(other_words[:i]):
                low = before.lower()
                if low in self._be:
                    return True
                if words(before) and not low.endswith("ing"):
                    break
        return False

    def _names_held(self, negated: Claim, scope: str, other: str) -> bool:
        """Whether the other claim names what the denial names ("never checked into
        *Morningside*" is not "checked into Betty Ford"). A headline capitalises every word,
        and names nothing by it."""
        if negated.kind == "headline":
            return True
        normalizer = self.scorer.normalizer
        names = normalizer.words(" ".join(_NAME.findall(scope)))
        return not names or set(names) <= set(normalizer.words(other))

    def _affirms_head(self, scope: str, other: str, verbal: bool) -> bool:
        """Whether the other claim holds what is negated: the first content word of the
        negation's scope ("not *favor* changing the Act", "not *headed* to Boston"), or a
        word of its concept ("not killed" / "died"), and not only within an indirect question
        or a condition ("declined to say *whether* the church had received any threats",
        "asked *if* ..." affirm nothing).
        Sharing the rest (a name, a place) is the story's topic, not the same statement
        denied."""
        scoped = self.scorer.normalizer.words(scope)
        if not scoped:
            # a verb denied with nothing but function words ("will not *do so on our own*")
            # denies what is said elsewhere, and nothing here can be affirmed; "nothing
            # between them" denies a thing, which "a bottle between them" affirms
            return not verbal
        asked = _QUESTION.search(other)
        other = self._asserted(other[: asked.start()] if asked else other)
        # a verb denied (the scope's first word, after "not": "did not *travel* to the
        # summit") is not affirmed by its noun after a determiner ("*his travel* to the
        # summit was complicated", "an inquiry into *the leak*"); a thing denied is ("no
        # *dog* is running" / "a dog runs")
        first = _WORD_OR_POSSESSIVE.findall(scope.lower())[:1]
        if verbal and first and first[0] in _HAVE:
            # "don't have suspects" denies having them: "has begun to identify suspects"
            # does not say they have them; "have (a few words) suspects" does
            words = _WORD_OR_POSSESSIVE.findall(other.lower())
            return any(
                self._holds(scoped[0], " ".join(words[i + 1 : i + 4]))
                for i, w in enumerate(words)
                if w in _HAVE
            )
        if not (verbal and self.scorer.normalizer.words(" ".join(first)) == scoped[:1]):
            return self._holds(scoped[0], other)
        words = _WORD_OR_POSSESSIVE.findall(other.lower())
        said = [w for i, w in enumerate(words) if not (i and NOUN_AFTER.fullmatch(words[i - 1]))]
        # nor by a word derived from it, which shares its stem but is no form of the verb:
        # "does not *represent* Boko Haram" / "Boko Haram *representatives* said"
        denied = regular_bases(first[0])
        normalize = self.scorer.normalizer.words
        said = [w for w in said if regular_bases(w) & denied or normalize(w) != scoped[:1]]
        return self._holds(scoped[0], " ".join(said))

    def _asserted(self, text: str) -> str:
        """The words of a claim less the verbs it says were only tried, wanted or planned:
        the word after an unasserting verb and "to" ("struggling to *sustain* drives", "hopes
        to *win*"), and less what it denies up to a time ("didn't *realize* the import *until*
        afterwards" affirms nothing of "at the time he didn't realize it")."""
        for denial in reversed(self._negations.bounded(text)):
            end = text.find(denial.scope, denial.end) + len(denial.scope)
            text = text[: denial.start] + text[max(end, denial.end) :]
        words = _WORD_OR_POSSESSIVE.findall(text)
        words_of = self.scorer.normalizer.words
        return " ".join(
            w
            for i, w in enumerate(words)
            if not (
                i >= 2
                and words[i - 1].lower() == "to"
                and any(v in self._unasserting for v in words_of(words[i - 2]))
            )
        )

    def _in_frame(self, scope: str, other: str) -> bool:
        """Whether the other claim speaks of the time a denial is bounded to, when it is: "was
        not at the church *at the time of the fire*" denies nothing of "visited the church on
        Saturday", only of a claim that names the fire."""
        framed = self.reader.frame_of(scope, 0, len(scope))
        return not framed or any(self._holds(w, other) for w in framed)

    def _holds(self, head: str, other: str) -> bool:
        """Whether ``other`` holds the word ``head`` (normalised) or a word of its concept."""
        normalizer = self.scorer.normalizer
        words = set(normalizer.words(other))
        if head in words:
            return True
        concept = normalizer.concept_of.get(head)
        return concept is not None and any(normalizer.concept_of.get(w) == concept for w in words)


CORROBORATING_CAP = 100  # a claim stated by more articles than this links none of them


def one_cluster(a: Claim, b: Claim) -> bool:
    """Whether two claims are of one cluster, which states them alike."""
    return a.cluster_id is not None and a.cluster_id == b.cluster_id


def corroborating(claims: list[Claim]) -> set[tuple[str, str]]:
    """Pairs of articles (ids in order) that state at least one same claim: they report one
    event (a claim that nearly every article states, boilerplate, links none)."""
    articles: dict[str, set[str]] = {}
    for c in claims:
        if c.cluster_id:
            articles.setdefault(c.cluster_id, set()).add(c.article_id)
    out: set[tuple[str, str]] = set()
    for members in articles.values():
        if 1 < len(members) <= CORROBORATING_CAP:
            ordered = sorted(members)
            out.update((x, y) for i, x in enumerate(ordered) for y in ordered[i + 1 :])
    return out


def _figures_differ(xs: tuple[Quantity, ...], ys: tuple[Quantity, ...]) -> bool:
    """Whether two claims give different figures of one kind: then they are not one event
    with two dates, but two counts (a toll on two days)."""
    return any(
        x.kind == y.kind and x.unit == y.unit and not compatible(x, y)
        for x in xs
        if x.kind not in ("ordinal", "rank")
        for y in ys
    )


def _dates(claim: Claim, date: DateMention) -> bool:
    """Whether a date tells when the claim's event happened, not where a period it speaks of
    begins or ends ("the fifth operation since September", "in custody until Friday")."""
    at = place_in_claim(claim, date.start, date.text)
    return at < 0 or not _PERIOD_BOUND.search(claim.text, max(0, at - 16), at)


def _dates_key(dated: list[DateMention]) -> _DatesKey:
    """What a date check reads of a claim's dates of its event."""
    return tuple((d.kind, d.value, d.text, d.resolved) for d in dated)


def _date_conflict(
    dated_a: list[DateMention], dated_b: list[DateMention]
) -> tuple[str, str, str] | None:
    """Two dates for one event (of each claim, its ``event_dates``): each claim dates it, at a
    like precision, and the dates cannot be the same time. A day against a year or a decade is
    two events far more often than two accounts of one ("checked into rehab late Thursday" /
    "was in rehab in 2010", "a fire on Tuesday" / "built in the 1930s"); sources that disagree
    on when something happened give the day against a day, the month against a month or a
    day."""
    xs = [d for d in dated_a if d.kind != "relative"]
    ys = [d for d in dated_b if d.kind != "relative"]
    # any two dates that can be one time say the claims may date one event alike, a date
    # reckoned from the article's own among them ("fired last week" / "fired last Thursday")
    if not xs or not ys or any(may_be_one_time(x, y) for x in dated_a for y in dated_b):
        return None
    for x in xs:
        for y in ys:
            # the same words ("Monday" and "on Monday") are no disagreement of the sources:
            # days of two values are the reading of two articles' dates
            if _like_precision(x, y) and _as_written(x) != _as_written(y):
                return f"“{x.text}” vs “{y.text}”", x.text, y.text
    return None


def _clause_marks(grammar: Grammar) -> re.Pattern[str]:
    """Where a clause starts or ends: a comma or a stop, or a word that opens an embedded
    clause or joins two (``lexicons/clauses.toml``: embedders, coordinators)."""
    words = alternation(grammar.embedders | grammar.coordinators)
    return re.compile(rf"[,;:()–—]|(?<!-)--(?!-)|\b{words}\b", re.I)


def _date_clause(text: str, date: str, marks: re.Pattern[str]) -> str:
    """The clause a date stands in: from the last clause mark before it ("when he was hired
    by the Sixers on April 21, 2004") to the next after it."""
    at = text.find(date)
    if at < 0:
        return text
    start = 0
    for m in marks.finditer(text, 0, at):
        start = m.end()
    after = marks.search(text, at + len(date))
    return text[start : after.start() if after else len(text)].strip()


def _as_written(d: DateMention) -> str:
    return _DATE_LEAD.sub("", d.text).casefold()


def _like_precision(x: DateMention, y: DateMention) -> bool:
    # a weekday's name is a day's precision, worked out to a day or not
    pair = {date_precision(d.value) if d.value else "day" for d in (x, y)}
    return None not in pair and pair in ({"day"}, {"month"}, {"year"}, {"day", "month"})


def may_conflict(a: Annotations, b: Annotations) -> bool:
    """Whether two claims have what ``between`` could find a conflict in: dates on both sides,
    or a negation (most pairs have neither, and are not scored; figures are compared measure
    by measure across the story, not here)."""
    return bool((a.dates and b.dates) or a.negations or b.negations)


def across(claims: list[Claim]) -> list[Conflict]:
    """The conflicts found among all the claims rather than within pairs: ranks and
    comparisons, which read the claims' comparisons and topics."""
    return [*_ranks(claims), *_comparisons(claims)]


def _ranks(claims: list[Claim]) -> list[Conflict]:
    by_owner: dict[str, list[tuple[Claim, Comparison]]] = {}
    for c in claims:
        for r in c.annotations.comparisons:
            if r.direction == "rank" and r.subject and r.dimension:
                by_owner.setdefault(r.subject, []).append((c, r))
    out = []
    for items in by_owner.values():
        for i, (a, ra) in enumerate(items):
            for b, rb in items[i + 1 :]:
                if (
                    a.article_id != b.article_id
                    and ra.rank != rb.rank
                    and same_thing(ra.dimension, rb.dimension)
                ):
                    out.append(
                        _make(
                            "rank",
                            a,
                            b,
                            f"“{ra.cue}” vs “{rb.cue}” ({ra.dimension}, {ra.subject})",
                            ra.cue,
                            rb.cue,
                        )
                    )
    return out


def _comparisons(claims: list[Claim]) -> list[Conflict]:
    sided: list[tuple[Claim, Comparison, str | None, str | None]] = []
    for c in claims:
        for r in c.annotations.comparisons:
            if r.direction in "<>" and r.subject:
                winner, loser = (
                    (r.subject, r.object) if r.direction == ">" else (r.object, r.subject)
                )
                sided.append((c, r, winner, loser))
    out = []
    for i, (a, ra, wa, la) in enumerate(sided):
        for b, rb, wb, lb in sided[i + 1 :]:
            if a.article_id == b.article_id or not (wa and wb) or wa == wb:
                continue
            reversed_ = (la is not None and la == wb) or (lb is not None and lb == wa)
            shared_topics = set(a.annotations.topic_names) & set(b.annotations.topic_names)
            if reversed_ and shared_topics:
                out.append(
                    _make(
                        "comparison",
                        a,
                        b,
                        f"“{ra.cue}”: {wa} ahead vs “{rb.cue}”: {wb} ahead "
                        f"({', '.join(sorted(shared_topics))})",
                        ra.cue,
                        rb.cue,
                    )
                )
    return out


@dataclass(frozen=True, slots=True)
class Framing:
    """How one source frames a claim."""

    claim: Claim
    state: str  # stated, hedged, attributed
    cues: tuple[str, ...]
    speaker: str | None
    verb: str | None = None

    @property
    def label(self) -> str:
        who = self.speaker
        # a source noun with no verb of its own is its own cue: "which media reports have put
        # at 100 million euros" is attributed to the reports, not "reports reports"
        if self.speaker and self.verb and self.verb.lower() != self.speaker.lower().split()[-1]:
            # a cue that ends in a preposition comes before its source: "according to the
            # ministry", "as reported by Reuters"; a verb after it: "the ministry said"
            cue = self.verb.lower() if _LEADING_CUE.search(self.verb) else None
            who = f"{cue} {self.speaker}" if cue else f"{self.speaker} {self.verb}"
        if self.state == "hedged":
            return f"hedged ({', '.join(self.cues)})" + (f", {who}" if who else "")
        if self.state == "attributed":
            return f"attributed ({who})" if who else "attributed"
        return f"stated ({who})" if who else "stated"


def framing(c: Claim) -> Framing:
    """Hedged (any hedge, its own or from a cautioning sentence), attributed (someone's
    words, reported), or stated (the article asserts it, perhaps citing who revealed it)."""
    a = c.annotations
    cues = tuple(dict.fromkeys(h.cue.lower() for h in a.hedges))
    speaker = a.attribution.normalized if a.attribution else None
    verb = a.attribution.verb if a.attribution else None
    if cues:
        return Framing(c, "hedged", cues, speaker, verb)
    if a.attribution and a.attribution.reported:
        return Framing(c, "attributed", (), speaker, verb)
    return Framing(c, "stated", (), speaker, verb)
