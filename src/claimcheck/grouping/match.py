"""Score a pair of claims: do they state the same thing, related things, or different ones?

The score (0-100) is how much of the two claims' weighted words they share: rare words weigh
more than common ones (inverse document frequency over the claims being compared), mostly
as overlap of the two word sets and partly as how much of the smaller claim the larger one
holds (which counts fully only when the smaller claim carries enough words of its own, so a
short claim needs stronger evidence than a long one).

A pair that scores as the same claim is still kept apart, as ``related``, when its
annotations or word order say it is not: different numbers, dates or ranks for the same
thing, one negated and the other not, a comparison reversed, or the same words in roles
swapped ("Russia leads China" vs "China leads Russia"), in the claims themselves or in the
sentences they were split from (``grouping/context.py``). Those pairs are what the comparison
stage checks for conflicts.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from rapidfuzz import fuzz

from claimcheck.annotate.numbers import compatible
from claimcheck.config import DEFAULT_THRESHOLD
from claimcheck.dates import weekday
from claimcheck.grouping.idf import idf_weight
from claimcheck.grouping.normalize import Normalizer
from claimcheck.grouping.senses import CONCEPT_MARK, concept_name, is_concept, term_share
from claimcheck.lexicons import Lexicons
from claimcheck.models import Annotations, Claim, Comparison, DateMention, Quantity
from claimcheck.splitting.structure import DETERMINERS, NOUN_AFTER, Grammar, depth_tokens
from claimcheck.tokens import tokenize

RELATED_MARGIN = 20.0  # related when within this many points below the threshold
# Look-alikes, checked for what keeps them apart (numbers, dates, polarity, order), lie within
# this many points below the threshold: further apart, two claims do not say otherwise the
# same thing, and checking every related pair would cost the most of grouping a big store.
LOOK_ALIKE_MARGIN = 10.0
CONTAINMENT_SHARE = 0.4  # of the score that comes from containment
FULL_WEIGHT = 20.0  # idf weight a smaller claim needs for its containment to count fully
ORDER_CHECK = 0.5  # word-order check for pairs sharing at least this weighted share of words
PREDICATE = "predicate"  # the check of what two claims say of the same names
# The annotations the scorer reads: loading only these makes grouping a big store faster.
SCORED_ANNOTATIONS = frozenset(
    {"attribution", "numbers", "dates", "negations", "comparisons", "referent", "entities"}
)
_RAW_WORD = re.compile(r"\w+")
_PRONOUN_START = re.compile(r"^(?:he|she|they)\b", re.I)


def raw_words(folded: str) -> tuple[str, ...]:
    """All the words of a folded text, in order (interned: the same word in thousands of
    claims held once)."""
    return tuple(map(sys.intern, _RAW_WORD.findall(folded)))


def fold(text: str) -> str:
    """Lower case without accents: "İzmir" and "Izmir" compare equal."""
    if text.isascii():
        return text.lower()  # nothing to decompose: the common case, made fast
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Idf:
    """Inverse document frequency: how rare a word is among ``n`` claims."""

    def __init__(self, df: Mapping[str, int], n: int) -> None:
        self.df = df
        self.n = max(n, 1)

    @classmethod
    def of(cls, bags: Iterable[frozenset[str]]) -> Idf:
        df: dict[str, int] = {}
        n = 0
        for bag in bags:
            n += 1
            for t in bag:
                df[t] = df.get(t, 0) + 1
        return cls(df, n)

    def __call__(self, term: str) -> float:
        return idf_weight(self.n, self.df.get(term, 0)) * term_share(term)


@dataclass(frozen=True, slots=True)
class Features:
    """What the scorer needs of a claim, computed once."""

    claim_id: str
    article_id: str
    text: str
    tokens: tuple[str, ...]  # normalised words in order, each followed by its concept
    bag: frozenset[str]
    raw: tuple[str, ...]  # all words, folded, in order: function words carry roles
    annotations: Annotations
    negated: bool  # computed once: pairs compare them millions of times
    future: bool
    said: frozenset[str] = frozenset()  # the words of who says it (speaker, role, verb), folded


class SentenceOf(Protocol):
    """The sentences claims were split from (``grouping/context.py`` reads them from a store)."""

    def __call__(self, f: Features) -> Features | None:
        """A claim's whole sentence when it is one of several its sentence was split into."""

    def passive(self, f: Features) -> bool:
        """Whether a claim or sentence is in the passive voice, with its agent ("was foiled by
        an Indian warship")."""


@dataclass(frozen=True, slots=True)
class PairScore:
    score: float  # 0-100
    relation: str  # same, related, different
    reasons: tuple[str, ...]  # why not the same, when the words alone would say so
    shared: tuple[str, ...]  # the shared words, rarest first: why they matched


def penalties_of(lexicons: Lexicons) -> dict[str, float]:
    """Each check's penalty in points, from ``lexicons/weights.toml`` (learned)."""
    return {str(k): float(v) for k, v in lexicons["weights"].get("penalties", {}).items()}


class Scorer:
    def __init__(
        self, normalizer: Normalizer | None = None, *, threshold: float = DEFAULT_THRESHOLD
    ) -> None:
        self.normalizer = normalizer or Normalizer.of()
        self.threshold = threshold
        self.penalties = penalties_of(self.normalizer.lexicons)
        # a name's words as a claim's own are read ("U.S." -> unitedstates), once for the
        # thousands of claims that name it (a bounded cache: a store of millions keeps its memory)
        self._name_words = lru_cache(maxsize=50_000)(
            lambda name: frozenset(_words(tuple(self.normalizer.terms(name))))
        )
        self._grammar = Grammar(self.normalizer.lexicons)
        self._not_finite = self._grammar.modals | {"to"}  # "will cost", "to set": no past tense
        # asked only of pairs whose tenses differ, once for the copies of a sentence
        self._past = lru_cache(maxsize=50_000)(self._reads_past)

    def features(self, claim: Claim) -> Features:
        """A claim's words as the scorer compares them (from ``claim.norm`` when stored)."""
        return self.features_of(
            claim.id, claim.article_id, claim.text, claim.norm, claim.annotations
        )

    def features_of(
        self, claim_id: str, article_id: str, text: str, norm: str, annotations: Annotations
    ) -> Features:
        """``features`` of a claim given by its parts, as grouping a big store reads them."""
        compared = text
        attribution = annotations.attribution
        referent = annotations.referent
        if referent is not None and text[: len(referent.pronoun)] == referent.pronoun:
            # "It was not inspected" is compared as "The plant was not inspected"
            compared = referent.refers_to + text[len(referent.pronoun) :]
        elif attribution and _PRONOUN_START.match(text):
            # "He stressed ..." is compared as "Putin stressed ...": the speaker was resolved
            compared = _PRONOUN_START.sub(attribution.normalized, text, count=1)
        # words interned: the same word in thousands of claims held once
        tokens = tuple(map(sys.intern, norm.split() or self.normalizer.terms(compared)))
        raw = raw_words(fold(compared))
        said = _NOBODY
        if attribution is not None:
            who = " ".join((attribution.speaker, attribution.role or "", attribution.verb))
            said = frozenset(_RAW_WORD.findall(fold(who)))
        return Features(
            claim_id,
            article_id,
            text,
            tokens,
            frozenset(tokens),
            raw,
            annotations,
            annotations.negated,
            is_future(raw),
            said,
        )

    def past(self, f: Features) -> bool:
        """Whether a claim places itself in the past: a verb of its own in the past tense
        ("were invited", "has been doubled", "will be held"), outside quotations."""
        return self._past(f.text)

    def _reads_past(self, text: str) -> bool:
        toks = depth_tokens(tokenize(text))
        return any(
            self._grammar.tense(toks, i) == "past"
            and not (i and toks[i - 1].low in self._not_finite)
            for i in range(len(toks))
        )

    def denies_alike(self, negated: Features, other: Features) -> bool:
        """Whether the other claim denies what the negated one does, with a word of negative
        prefix ("did not disclose the fee" / "the fee remains *un*disclosed", "not
        identified" / "*un*identified"): the two agree."""
        scope = " ".join(n.scope for n in negated.annotations.negations if not n.lexical)
        return denied_alike(self.normalizer, scope, set(other.raw))

    def names(self, f: Features) -> frozenset[str]:
        """The normalised words of the names a claim mentions (read only for the pairs that
        are judged: most claims' features never need them)."""
        out: frozenset[str] = frozenset()
        for e in f.annotations.entities:
            out |= self._name_words(e.text)
        return out

    def text_score(
        self, a: Features, b: Features, idf: Idf, own: tuple[float, float] | None = None
    ) -> tuple[float, float]:
        """(score, weighted overlap) of the two claims' words. The overlap, which decides
        whether word order is checked, counts the words both hold, not concepts matched
        through different words: those are not the same words in another arrangement.
        ``own``: the two claims' ``own_weight``, where a caller that scores one claim against
        many has summed them once."""
        if not a.bag or not b.bag:
            return 0.0, 0.0
        shared, words, wa, wb = self.weights(a, b, idf, own)
        if not shared:
            return 0.0, 0.0
        return combine(shared, words, wa, wb)

    def weights(
        self, a: Features, b: Features, idf: Idf, own: tuple[float, float] | None = None
    ) -> tuple[float, float, float, float]:
        """The weight the two claims share (the words both hold and the concepts matched
        through different words), of it through the same words, and each claim's own (its
        words, concepts left out)."""
        matched = self.matched(a, b)
        # fsum is exactly rounded, so the sum does not depend on the sets' order, which
        # changes with each process's string hashing: a plain sum moved ties between runs
        shared = math.fsum(idf(t) for t in matched)
        words = math.fsum(idf(t) for t in matched if not is_concept(t))
        wa, wb = own or (self.own_weight(a, idf), self.own_weight(b, idf))
        return shared, words, wa, wb

    @staticmethod
    def own_weight(f: Features, idf: Idf) -> float:
        """A claim's own weight: its words', concepts left out."""
        return math.fsum(idf(t) for t in f.bag if not is_concept(t))

    def matched(self, a: Features, b: Features) -> frozenset[str]:
        """The tokens that count as shared: the words both claims hold, and the concepts both
        hold through different words ("killed", "died": die). A concept the two hold through
        the same word is that word's match already."""
        common = a.bag & b.bag
        concepts = [t for t in common if t[:1] == CONCEPT_MARK and is_concept(t)]
        if not concepts:
            return common  # the common case, made fast
        explained = {c for t, c in carried(a.tokens) if t in common}
        return common.difference(explained)

    def score(
        self,
        a: Features,
        b: Features,
        idf: Idf,
        sentences: SentenceOf | None = None,
        own: tuple[float, float] | None = None,
    ) -> PairScore:
        """The pair's relation (``own``: as ``text_score`` takes it)."""
        value, overlap = self.text_score(a, b, idf, own)
        matched = sorted(self.matched(a, b), key=lambda t: (-idf(t), t))
        shared = tuple(self._explain(t, a, b) if is_concept(t) else t for t in matched)
        return self.judge(a, b, value, overlap, shared, sentences)

    def _explain(self, concept: str, a: Features, b: Features) -> str:
        """A concept matched through different words, as those words: "kill≈die (die)"."""

        def carriers(f: Features, other: Features) -> str:
            words = {t for t, c in carried(f.tokens) if c == concept and t not in other.bag}
            return "/".join(sorted(words))

        return f"{carriers(a, b)}≈{carriers(b, a)} ({concept_name(concept)})"

    def judge(
        self,
        a: Features,
        b: Features,
        value: float,
        overlap: float,
        shared: tuple[str, ...] = (),
        sentences: SentenceOf | None = None,
    ) -> PairScore:
        """The relation of two claims whose text score is already known (``sentences``: the
        whole sentence of a claim that is one of several its sentence was split into, as
        ``grouping/context.py`` reads it from a store; None for a whole sentence)."""
        if value < self.threshold - RELATED_MARGIN:
            return PairScore(value, "different", (), shared)
        if value < self.threshold - LOOK_ALIKE_MARGIN:
            return PairScore(value, "related", (), shared)
        # what is said of the same names, and the arrangement of the sentences the claims were
        # split from, are asked only where they decide: they make no conflict
        deciding = value >= self.threshold
        reasons = differences(
            a,
            b,
            overlap,
            self.past,
            self.names if deciding else None,
            sentences if deciding else None,
            self.denies_alike,
        )
        if value - self.penalty(reasons) >= self.threshold:
            return PairScore(value, "same", (), shared)
        return PairScore(value, "related", reasons, shared)

    def penalty(self, reasons: tuple[str, ...]) -> float:
        """The points the failed checks cost (each kind once; a veto costs all)."""
        kinds = {r.split(":", 1)[0] for r in reasons}
        return math.fsum(self.penalties.get(k, math.inf) for k in sorted(kinds))


def combine(shared: float, words: float, wa: float, wb: float) -> tuple[float, float]:
    """(score, weighted overlap of the words alone) from the weight two claims share (of
    which ``words`` through the same words) and each one's total."""
    overlap = shared / (wa + wb - shared)
    small = min(wa, wb)
    containment = shared / small * min(1.0, small / FULL_WEIGHT)
    score = 100 * ((1 - CONTAINMENT_SHARE) * overlap + CONTAINMENT_SHARE * containment)
    return score, words / (wa + wb - words)


def differences(
    a: Features,
    b: Features,
    overlap: float,
    past: Callable[[Features], bool],
    names_of: Callable[[Features], frozenset[str]] | None = None,
    sentences: SentenceOf | None = None,
    denies_alike: Callable[[Features, Features], bool] | None = None,
) -> tuple[str, ...]:
    """Why two claims with similar words may not state the same thing (``past``: whether a
    claim places itself in the past, ``Scorer.past``; what they say of the same names only when
    ``names_of`` gives a claim's names: ``Scorer.names``; the arrangement of the sentences they
    were split from only when ``sentences`` gives those; ``denies_alike``: whether the other
    claim denies the same with a word of negative prefix, ``Scorer.denies_alike``)."""
    reasons: list[str] = []
    na, nb = a.annotations, b.annotations
    if a.negated != b.negated and not (
        denies_alike and denies_alike(*((a, b) if a.negated else (b, a)))
    ):
        negated = na if a.negated else nb
        cue = next((n.cue for n in negated.negations), "not")
        reasons.append(f"polarity: “{cue}” in one claim only")
    reasons += _number_differences(na.numbers, nb.numbers)
    reasons += _date_differences(na.dates, nb.dates)
    reasons += _comparison_differences(na.comparisons, nb.comparisons)
    if a.future != b.future:
        # what will happen and what happened are two moments of an event; the present does
        # not say when (news writes what is scheduled in it, and headlines what happened),
        # and a day both give is one moment, whatever was said of it when ("will join on
        # January 1" / "were invited to enter on Jan. 1, 2024")
        if _same_day(na.dates, nb.dates):
            reasons.append("tense: one says it will happen, the other that it did, on one day")
        elif past(b if a.future else a):
            reasons.append("time: one says it will happen, the other that it did")
        else:
            reasons.append("tense: one says it will happen, the other does not say when")
    # concepts left out: "X killed Y" and "Y died" name the same event in another order
    if overlap >= ORDER_CHECK and _reordered_roles(a, b):
        reasons.append("roles: the same words in a different arrangement")
    elif sentences is not None and _sentences_reordered(a, b, sentences):
        reasons.append("roles: their sentences hold the same words in a different arrangement")
    said = _other_predicate(a, b, names_of) if names_of else None
    if said:
        reasons.append(f"{PREDICATE}: the same names, “{said[0]}” vs “{said[1]}”")
    return tuple(reasons)


def _other_predicate(
    a: Features, b: Features, names_of: Callable[[Features], frozenset[str]]
) -> tuple[str, str] | None:
    """What each claim says of the names they share, when they share nothing else (no word,
    number or sense beyond the names) and each says something of its own: "It was written by
    Billy Gierhart" and "It was directed by Billy Gierhart" -> ("write", "direct"). The names
    are the rarest words of a story and carry the score on their own."""
    if not (a.annotations.entities and b.annotations.entities):
        return None
    names = names_of(a) | names_of(b)
    shared = [t for t in a.bag & b.bag if not is_concept(t)]
    if not shared or any(t not in names for t in shared):
        return None
    senses_a = {c for w, c in carried(a.tokens) if w not in names}
    if senses_a & {c for w, c in carried(b.tokens) if w not in names}:
        return None  # "killed" and "died": one sense, worded twice (a name's sense is no sign)
    own_a = {t for t in a.bag if not is_concept(t)} - names
    own_b = {t for t in b.bag if not is_concept(t)} - names
    if not (own_a and own_b):
        return None
    # a word before a figure to show: "write" vs "direct", not "4000" vs "5000"
    return min(own_a, key=_word_first), min(own_b, key=_word_first)


def _sentences_reordered(a: Features, b: Features, sentences: SentenceOf) -> bool:
    """Whether the sentences two claims were split from (one of them at least) share most of
    their words in an order one moved block cannot explain. "ACVM is headquartered in
    Edinburgh and has offices in Glasgow, Aberdeen ..." and "ACVM is based in Glasgow and has
    offices in Edinburgh, Aberdeen ...": each sentence's claims, compared on their own, differ
    by a word or two; the swap shows only in the whole. Through the pipeline, PAWS precision
    0.753 -> 0.846 (recall 0.739 -> 0.735); MRPC accuracy 0.679 -> 0.677 (9 paraphrases whose
    clauses were reordered kept apart, 2 non-paraphrases). The share is of distinct words, as
    the sentences' weights are not known; their words are placed where they stand once."""
    whole_a, whole_b = sentences(a), sentences(b)
    if whole_a is None and whole_b is None:
        return False
    whole_a, whole_b = whole_a or a, whole_b or b
    words_a, words_b = set(_words(whole_a.tokens)), set(_words(whole_b.tokens))
    if len(words_a & words_b) < ORDER_CHECK * len(words_a | words_b):
        return False
    # a swap across the split: a word one claim holds and the other lacks stands elsewhere in
    # the other's sentence ("Edinburgh" above). Both ways would miss the swaps of a word with
    # one the scorer does not weigh ("was a member ... became director" / "became a member
    # ... was director"): PAWS precision 0.846 -> 0.811, MRPC accuracy 0.677 -> 0.679
    own_a, own_b = set(_words(a.tokens)), set(_words(b.tokens))
    if not ((own_a - own_b) & words_b or (own_b - own_a) & words_a):
        return False
    # "An Indian warship foiled a pirate attack" and "A pirate attack was foiled by an Indian
    # warship" hold the agent and the object in swapped places, and say the same
    if sentences.passive(whole_a) != sentences.passive(whole_b):
        return False
    return _reordered_roles(whole_a, whole_b, anchors=True)


def _word_first(token: str) -> tuple[bool, str]:
    return token[:1].isdigit(), token


def _reordered_roles(a: Features, b: Features, *, anchors: bool = False) -> bool:
    """Whether the two claims' shared words come in another order: their content words, and
    all their words but those of who says them (speaker, role, reporting verb), as "Jo Smith
    said that the bridge will reopen" and "'The bridge will reopen,' said Jo Smith" name one
    speaker in two places, which are not roles of what is said. (The content words keep the
    speaker's: leaving them out there let PAWS's swaps through, precision 0.836 -> 0.825.)
    Neither order counts the day both give ("Harry Kane on Saturday joined Bayern" / "Kane has
    joined Bayern, the club said on Saturday"). The content words of two claims may be
    rewritten phrase by phrase (``_reordered``'s ``local``); with ``anchors`` (whole
    sentences), they too are placed only where they stand once and held to one move."""
    when = _one_time(a, b)
    said = a.said | b.said | when
    raw_a, raw_b = a.raw, b.raw
    if said:
        raw_a = tuple(w for w in raw_a if w not in said)
        raw_b = tuple(w for w in raw_b if w not in said)
    # a claim's content words may be rewritten phrase by phrase (MRPC accuracy through the
    # pipeline 0.683 -> 0.686, PAWS recall 0.728 -> 0.731 at the same precision); all its
    # words, function words too, and whole sentences (``anchors``) are held to one move: the
    # stretches there too let through more of PAWS's swaps than paraphrases (precision 0.852
    # -> 0.833)
    words_a, words_b = _words(a.tokens), _words(b.tokens)
    if when:
        words_a = tuple(w for w in words_a if w not in when)
        words_b = tuple(w for w in words_b if w not in when)
    content = _reordered(words_a, words_b, anchors=anchors, local=not anchors)
    return content or _reordered(raw_a, raw_b, anchors=True)


def _one_time(a: Features, b: Features) -> frozenset[str]:
    """The words of the one time both claims give, alike ("Harry Kane on Saturday joined
    Bayern" / "Kane has joined Bayern, the club said on Saturday"): a time stands anywhere in a
    sentence, and where it stands is no role. Two times in a claim may have swapped ("born in
    1950, died in 1990"), and are left in place; so is a year or a period, which in a sentence
    of several clauses often dates one of them ("In 1963 Roy joined the party and led unions in
    Kolkata" / "... led unions in Kolkata in 1963"). Scored in process, with years and periods
    too, 39 more paraphrases of PAWS met their pair for 19 of its swaps; with days alone,
    10 for 1 (and on MRPC 5 paraphrases for 2 non-paraphrases)."""
    da, db = a.annotations.dates, b.annotations.dates
    if len(da) != 1 or len(db) != 1:
        return _NOBODY
    x, y = da[0], db[0]
    if not (_a_day(x) and _a_day(y)):
        return _NOBODY
    same = (x.value is not None and x.value == y.value) or fold(x.text) == fold(y.text)
    if not same:
        return _NOBODY
    return frozenset(raw_words(fold(f"{x.text} {y.text}"))) - _TIME_LINKS


# the words that join a time to its sentence ("on Saturday", "in the week of"), which stand
# elsewhere in it too
_TIME_LINKS = frozenset(["on", "in", "at", "the", "of", "by", "from", "to", "and", "this"])


def carried(tokens: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    """(word, concept) for each word that carries a concept: the concept follows it."""
    for word, concept in itertools.pairwise(tokens):
        if is_concept(concept) and not is_concept(word):
            yield word, concept


def _words(tokens: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(t for t in tokens if not is_concept(t))


def copy_key(f: Features) -> str:
    """The same for copies of one claim: the same normalised words, polarity, tense and dates
    (which the normalised words leave out), and the same words as written, function words
    too: "moved from New York to Chapel Hill" and "moved to New York from Chapel Hill" have
    the same normalised words, and copies are grouped unscored."""
    a = f.annotations
    dates = ",".join(sorted(d.value or "" for d in a.dates))
    key = f"{' '.join(f.tokens)}|{' '.join(f.raw)}|{int(f.negated)}|{int(f.future)}|{dates}"
    return hashlib.blake2b(key.encode(), digest_size=8).hexdigest()


_FUTURE = frozenset({"will", "shall", "ll"})
_NEGATIVE_PREFIX = re.compile(r"(?:un|non-?)")
_NOBODY: frozenset[str] = frozenset()


def denied_alike(normalizer: Normalizer, scope: str, other_words: set[str]) -> bool:
    """Whether ``other_words`` (folded) deny the head of a negation's ``scope`` with a word of
    negative prefix ("not disclose" / "undisclosed")."""
    scoped = normalizer.words(scope)
    if not scoped:
        return False
    head = scoped[0]
    return any(
        normalizer.words(rest) == [head]
        for w in other_words
        if (m := _NEGATIVE_PREFIX.match(w)) and len(rest := w[m.end() :]) >= 4
    )


def unasserting_verbs(normalizer: Normalizer) -> frozenset[str]:
    """The normalised words of the verbs that say something was only tried, wanted or
    planned, not done (``lexicons/negation.toml``, ``unasserting``): made once and shared."""
    return normalizer.lexicons.derived(
        "unasserting",
        lambda lexicons: frozenset(
            w
            for verb in lexicons["negation"].get("unasserting", [])
            for w in normalizer.words(verb)
        ),
    )


# a verb, "to" and the next word: an infinitive after a verb of trying, wanting or planning
# (the next word is looked at, not taken: "is going to try to land")
_TO_INFINITIVE = re.compile(r"\b(\w+)\s+to\s+(?=(\w+))")
# where what is only intended ends: its clause's end, or a clause of its own ("trying to track
# down the owner | who abandoned a dog", "attempting to rape a girl | was set upon by a mob")
_INTENT_END = re.compile(
    r"[,;:()\[\].!?\u2014\u2013]|\b(?:who|whom|whose|which|that|where|when|while|whereas|as|and"
    r"|but|because|after|before|since|is|are|was|were|has|have|had)\b",
    re.I,
)
# a noun after an article, a possessive or a demonstrative, past a compound: "the plan to",
# "the government's plan to", "an eight-year offer to" (not "a shelter is trying to")
_NOUN_BEFORE = re.compile(rf"\b(?:{NOUN_AFTER.pattern})\s+(?:[\w'’]+-[\w'’-]+\s+)?$", re.I)


def only_intended(normalizer: Normalizer, text: str) -> list[tuple[int, int]]:
    """The spans of a claim's text that say what was only tried, wanted or planned, not
    done: after such a verb and "to", to the end of its clause ("India eyes to *become the
    first country to reach the south pole*", "the protesters attempted to *access parliament
    buildings* as they battled the police", "a shelter is trying to *track down the owner*
    who abandoned the dog"); not after a noun ("the government's plan to reform", "an
    eight-year offer to first baseman Mark Teixeira") nor "to" before a noun phrase, a figure
    or a gerund ("agrees to a two-year contract", "agreed to 12 more games", "agreed to having
    her photograph taken")."""
    verbs = unasserting_verbs(normalizer)
    out: list[tuple[int, int]] = []
    for m in _TO_INFINITIVE.finditer(text):
        after = m.group(2).lower()
        if after in DETERMINERS or normalizer.is_number(after) or after.endswith("ing"):
            continue  # a noun phrase or a gerund after "to"
        if out and m.start() < out[-1][1]:
            continue  # within the span before
        if _NOUN_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if verbs.isdisjoint(normalizer.words(m.group(1))):
            continue
        stop = _INTENT_END.search(text, m.end(2))
        end = stop.start() if stop else len(text)
        out.append((m.start(2), len(text[:end].rstrip())))
    return out


def is_future(words: tuple[str, ...]) -> bool:
    """Whether a claim speaks of what will happen ("will hold drills", "is going to")."""
    if not _FUTURE.isdisjoint(words):
        return True
    return "going" in words and any(
        a == "going" and b == "to" for a, b in itertools.pairwise(words)
    )


def _number_differences(xs: tuple[Quantity, ...], ys: tuple[Quantity, ...]) -> list[str]:
    out = []
    for x in xs:
        if x.kind in ("ordinal", "rank"):
            continue  # ranks are compared with the comparisons
        # a toll whose noun is left out ("At least 10 shot dead") counts what the other
        # claim's counts count ("At least five people were shot dead")
        comparable = [
            y
            for y in ys
            if y.kind == x.kind
            and y.unit == x.unit
            and (x.unit or x.elided or y.elided or same_thing(x.of, y.of))
        ]
        if comparable and not any(compatible(x, y) for y in comparable):
            out.append(f"number: “{x.text}” vs “{comparable[0].text}”")
    return out


def same_thing(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return fuzz.token_set_ratio(a, b) >= 80


def _same_day(xs: tuple[DateMention, ...], ys: tuple[DateMention, ...]) -> bool:
    """Whether two claims each give a day, and the days can be one."""

    def days(ds: tuple[DateMention, ...]) -> list[str]:
        return [written_value(d) for d in ds if d.value and _a_day(d)]

    return any(dates_agree(x, y) for x in days(xs) for y in days(ys))


def _date_differences(xs: tuple[DateMention, ...], ys: tuple[DateMention, ...]) -> list[str]:
    out = []
    others = [y for y in ys if y.value and (y.kind != "relative" or y.resolved)]
    for x in xs:
        if not x.value or (x.kind == "relative" and not x.resolved):
            continue
        if others and not any(dates_agree(written_value(x), written_value(y)) for y in others):
            out.append(f"date: “{x.text}” vs “{others[0].text}”")
    return out


_DAY_OR_MONTH = re.compile(r"\d{4}(-\d\d(?:-\d\d)?)")
_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_MONTH_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d")
_YEAR_VALUE = re.compile(r"\d{4}")


def _a_day(d: DateMention) -> bool:
    """Whether a date names a day ("on Saturday", "July 14", "yesterday" worked out from the
    article's date), not a month, a year or a period ("last year")."""
    if d.kind == "relative" and not d.resolved:
        return False
    return d.kind == "day" or (d.value is not None and date_precision(d.value) == "day")


def date_precision(value: str) -> str | None:
    """day ("2023-09-11"), month ("2023-09", "XXXX-09"), year ("2023"); None for a period (a
    decade, a season, a range)."""
    if _DAY_VALUE.fullmatch(value):
        return "day"
    if _MONTH_VALUE.fullmatch(value):
        return "month"
    return "year" if _YEAR_VALUE.fullmatch(value) else None


def written_value(d: DateMention) -> str:
    """A date's value as its source wrote it: a day or a month whose year the article's date
    supplied ("Feb. 17" in an article of 2009, "last Saturday") keeps no year, for the source
    gave none: it agrees with that day of any year another source writes. (A period reckoned
    from the article's date, "last week", keeps its days.)"""
    value = d.value or ""
    if d.resolved and (day := _DAY_OR_MONTH.fullmatch(value)):
        return "XXXX" + day.group(1)
    return value


def may_be_one_time(x: DateMention, y: DateMention) -> bool:
    """Whether two dates can be one time. A weekday no article date worked out ("on Saturday"
    in an undated article) is compared by its name: a Saturday is no Sunday, nor 9 September
    2023; against a month or a year it may be any day."""
    if x.value and y.value:
        return dates_agree(written_value(x), written_value(y))
    days = weekday(x), weekday(y)
    return None in days or days[0] == days[1]


def dates_agree(a: str, b: str) -> bool:
    """Whether two ISO-like values can refer to the same time: one contains the other."""

    def bounds(v: str) -> tuple[str, str]:
        lo, _, hi = v.partition("/")
        hi = hi or lo
        return lo.replace("X", "0"), hi.replace("X", "9")

    (alo, ahi), (blo, bhi) = bounds(a), bounds(b)
    if "XXXX" in a or "XXXX" in b:
        # a month (and day) with no year: compare those, within the other's span ("Thursday"
        # of last week); a year alone holds any of them
        alo, ahi, blo, bhi = alo[5:], ahi[5:], blo[5:], bhi[5:]
    return alo[: len(bhi)] <= bhi and blo[: len(ahi)] <= ahi


def _comparison_differences(xs: tuple[Comparison, ...], ys: tuple[Comparison, ...]) -> list[str]:
    out = []
    for x in xs:
        for y in ys:
            if x.direction == "rank" and y.direction == "rank":
                if (
                    x.rank != y.rank
                    and same_thing(x.dimension, y.dimension)
                    and x.subject == y.subject
                ):
                    out.append(f"rank: “{x.cue}” vs “{y.cue}”")
            elif x.direction in "<>" and y.direction in "<>":
                wx, lx = _winner_loser(x)
                wy, ly = _winner_loser(y)
                if wx and wy and (wx == ly or lx == wy) and wx != wy:
                    out.append(f"comparison: “{x.cue}” vs “{y.cue}” (reversed)")
    return out


def _winner_loser(c: Comparison) -> tuple[str | None, str | None]:
    return (c.subject, c.object) if c.direction == ">" else (c.object, c.subject)


def _reordered(
    a: tuple[str, ...], b: tuple[str, ...], *, anchors: bool = False, local: bool = False
) -> bool:
    """Whether the words the two share come in an order that one moved block cannot explain:
    "A beat B in the final" vs "B beat A in the final" (a clause moved to the front is fine).
    Each word is placed where it first stands; with ``anchors``, only the words written once
    in each are placed (all the words, "from Dunmore to Harlow", where "to" and "a" recur).
    With ``local``, the order may fall into stretches that hold the same words in both, each
    explained by one move of its own: a paraphrase rewrites phrases where they stand ("the vice
    president of research at the bank" / "the bank's vice president of research", "sales of
    new homes" / "new home sales")."""
    first_a = _once(a) if anchors else _first(a)
    first_b = _once(b) if anchors else _first(b)
    shared = sorted((t for t in first_a if t in first_b), key=first_a.__getitem__)
    if len(shared) < 3:
        return False
    rank_b = {t: i for i, t in enumerate(sorted(shared, key=first_b.__getitem__))}
    ranks = [rank_b[t] for t in shared]
    stretches = _stretches(ranks) if local else [ranks]
    return not all(_one_move(_block_order(s)) for s in stretches)


def _stretches(ranks: list[int]) -> Iterator[list[int]]:
    """The shortest runs of ``ranks`` (a permutation of 0..n-1) that each hold the same places
    in both orders: [1, 0, 2, 4, 3] -> [1, 0], [2], [4, 3]."""
    start, top = 0, -1
    for i, r in enumerate(ranks):
        top = max(top, r)
        if top == i:
            yield ranks[start : i + 1]
            start = i + 1


def _block_order(ranks: list[int]) -> list[int]:
    """The order of the runs of consecutive ranks: [3, 4, 0, 1, 2] -> [1, 0]."""
    blocks: list[list[int]] = [[ranks[0]]]
    for r in ranks[1:]:
        if r == blocks[-1][-1] + 1:
            blocks[-1].append(r)
        else:
            blocks.append([r])
    return sorted(range(len(blocks)), key=lambda i: blocks[i][0])


def _first(words: tuple[str, ...]) -> dict[str, int]:
    """The position where each word first stands."""
    first: dict[str, int] = {}
    for i, t in enumerate(words):
        first.setdefault(t, i)
    return first


def _once(words: tuple[str, ...]) -> dict[str, int]:
    """The position of each word that occurs once: a word written twice ("the", "to") has no
    one place to compare, and its first place would put a clause's words out of order."""
    counts = Counter(words)
    return {t: i for i, t in enumerate(words) if counts[t] == 1}


def _one_move(order: list[int]) -> bool:
    """Whether cutting one run of consecutive blocks and pasting it elsewhere sorts ``order``."""
    if order == sorted(order):
        return True
    m = len(order)
    for i in range(m):
        for j in range(i + 1, m + 1):
            seg, rest = order[i:j], order[:i] + order[j:]
            if seg == list(range(seg[0], seg[0] + len(seg))) and rest == sorted(rest):
                return True
    return False
