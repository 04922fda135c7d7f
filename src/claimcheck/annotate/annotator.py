"""Attach to every claim how it is framed: hedges, attribution, numbers and dates, negation,
comparisons, entities and topics, each with the words that caused it.

Claims are annotated in article order, because some frames reach across sentences: "he"
points at the last person named, and a sentence such as "experts caution against reading too
much into Putin's comments" hedges the earlier claims it points at (a ``context`` hedge).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from claimcheck.annotate.attribution import AttributionFinder, Speakers
from claimcheck.annotate.comparison import ComparisonFinder
from claimcheck.annotate.entities import EntityFinder, People
from claimcheck.annotate.hedges import HedgeFinder
from claimcheck.annotate.negation import NegationFinder
from claimcheck.annotate.numbers import NumberFinder
from claimcheck.annotate.referents import Named, ReferentFinder
from claimcheck.annotate.topics import TopicTagger
from claimcheck.dates import DateFinder
from claimcheck.lexicons import Lexicons
from claimcheck.models import Annotations, Article, Attribution, Claim, Entity, Hedge
from claimcheck.splitting.structure import Frame
from claimcheck.tokens import TextTokens

_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")


@dataclass(frozen=True, slots=True)
class ClaimInContext:
    """A claim with what the annotator needs to know of where it came from."""

    claim: Claim
    subject: str | None  # carried over from its sentence, when the claim was cut from one
    sentence: tuple[int, int]  # span of the whole sentence in the article
    frames: tuple[Frame, ...] = ()  # who the sentence reports, over which words
    sentence_subject: tuple[int, int] | None = None  # the sentence's main subject's words


class Annotator:
    def __init__(self, lexicons: Lexicons | None = None, topics_file: Path | None = None) -> None:
        self.entities = EntityFinder(lexicons)
        self.hedges = HedgeFinder(lexicons)
        self.attribution = AttributionFinder(self.entities, lexicons)
        self.dates = DateFinder(lexicons)
        self.numbers = NumberFinder(lexicons)
        self.negations = NegationFinder(lexicons)
        self.comparisons = ComparisonFinder(lexicons)
        self.topics = TopicTagger.load(lexicons, topics_file)
        self.referents = ReferentFinder()

    def annotate(
        self, article: Article, items: list[ClaimInContext], *, tokens: TextTokens | None = None
    ) -> list[Claim]:
        text = article.text
        people = People()
        speakers = Speakers(author=article.author, people=people)
        common = frozenset(_LOWER_WORD.findall(text))
        tokens = tokens or TextTokens(text)
        sentence_entities: dict[tuple[int, int], list[Entity]] = {}
        annotated: list[Annotations] = []
        people_then: list[str | None] = []  # who "his"/"her" meant at each claim
        named = Named()  # what "it" and "they" would point at
        previous: ClaimInContext | None = None
        for item in items:
            c = item.claim
            s_start, s_end = item.sentence
            if previous is not None and previous.claim.paragraph != c.paragraph:
                named = Named()  # pronouns are resolved within their paragraph
            elif previous is not None and previous.sentence != item.sentence:
                self.referents.remember(
                    text,
                    previous.sentence_subject,
                    sentence_entities[previous.sentence],
                    named,
                    speakers,
                )
            previous = item
            if item.sentence not in sentence_entities:
                sentence_entities[item.sentence] = self.entities.find(
                    text,
                    s_start,
                    s_end,
                    people=people,
                    sentence_start=s_start,
                    common_words=common,
                    headline=c.kind == "headline",
                    tokens=tokens,
                )
            sent_ents = sentence_entities[item.sentence]
            ents = [e for e in sent_ents if c.start <= e.start and e.end <= c.end]
            attribution, framing = self._attribution(text, item, sent_ents, speakers, tokens)
            attribution = self._own_subject(attribution, item, sent_ents)
            carried = item.sentence_subject if item.subject else None
            referent = self.referents.resolve(text, c.text, c.start, carried, named)
            if (
                referent is not None
                and attribution is not None
                and attribution.normalized.lower() == referent.pronoun.lower()
            ):  # "They said ...": the speaker is what "they" points at
                attribution = dataclasses.replace(
                    attribution,
                    normalized=self.attribution.normalize(
                        referent.refers_to, None, None, ents, speakers
                    ),
                )
            self.attribution.remember(attribution, ents, speakers)
            people_then.append(speakers.person)
            dates = self.dates.find(text, c.start, c.end, article.published)
            numbers = self.numbers.find(
                text, c.start, c.end, skip=[(d.start, d.end) for d in dates]
            )
            hedges = self.hedges.find(
                text, c.start, c.end, sentence_start=s_start, sentence_end=s_end
            )
            if framing is not None and not (c.start <= framing.verb[0] < c.end):
                # "Officials believe the fire started ..., killing two": the frame's verb
                # hedges every claim it reports
                hedges += [
                    dataclasses.replace(h, scope="frame")
                    for h in self.hedges.find(
                        text, *framing.verb, sentence_start=s_start, sentence_end=s_end
                    )
                ]
            annotated.append(
                Annotations(
                    hedges=tuple(hedges),
                    attribution=attribution,
                    numbers=tuple(numbers),
                    dates=tuple(dates),
                    negations=tuple(self.negations.find(text, c.start, c.end, tokens=tokens)),
                    comparisons=tuple(
                        self.comparisons.find(text, c.start, c.end, ents, sent_ents, numbers)
                    ),
                    entities=tuple(ents),
                    topics=tuple(self.topics.tag(text, c.start, c.end)),
                    referent=referent,
                )
            )
        self._context_hedges(text, items, annotated, people_then, speakers)
        return [
            dataclasses.replace(item.claim, annotations=a)
            for item, a in zip(items, annotated, strict=True)
        ]

    def _own_subject(
        self, attribution: Attribution | None, item: ClaimInContext, entities: list[Entity]
    ) -> Attribution | None:
        """ "He" or "she" after its sentence's subject names a person is that person: "Sgt.
        Jason Tlusty, Tennant's longtime colleague, was visibly shaken as he described his
        friend" is Tlusty's, whoever the paragraph named before."""
        if (
            attribution is None
            or attribution.start is None
            or attribution.speaker.lower() not in ("he", "she")
            or item.sentence_subject is None
        ):
            return attribution
        lo, hi = item.sentence_subject
        if hi > attribution.start:
            return attribution
        people = [e for e in entities if e.type == "person" and lo <= e.start and e.end <= hi]
        if not people:
            return attribution
        name = self.entities.display(people[-1].canonical[0])
        return dataclasses.replace(attribution, normalized=name)

    def _attribution(
        self,
        text: str,
        item: ClaimInContext,
        entities: list[Entity],
        speakers: Speakers,
        tokens: TextTokens,
    ) -> tuple[Attribution | None, Frame | None]:
        """Whom the claim is attributed to, and the frame it reports, if any: the reporting
        clause the claim holds ("police said"), else its own carried subject's reporting verb
        ("[Putin] stressing ..."), else a frame over its words ("According to X, ...", a
        quotation's speaker), else a reporting verb anywhere in it ("critics say")."""
        c = item.claim
        for frame in item.frames:
            if frame.speaker_in(c.start, c.end):
                return self.attribution.from_frame(text, frame, entities, speakers), None
        if item.subject:
            own = self.attribution.carried(
                text, c.start, c.end, item.subject, entities, speakers, tokens
            )
            if own is not None:
                return own, None
        for frame in item.frames:
            if frame.covers(c.start, c.end):
                return self.attribution.from_frame(text, frame, entities, speakers), frame
        found = self.attribution.find(
            text, c.start, c.end, entities=entities, speakers=speakers, tokens=tokens
        )
        return found, None

    def _context_hedges(
        self,
        text: str,
        items: list[ClaimInContext],
        annotated: list[Annotations],
        people_then: list[str | None],
        speakers: Speakers,
    ) -> None:
        """Give the claims a cautioning sentence points at its caution cues, as context hedges."""
        for i, item in enumerate(items):
            cautions = [h for h in annotated[i].hedges if h.category == "caution"]
            if not cautions:
                continue
            c = item.claim
            ref = self.hedges.back_reference(text, *item.sentence)
            if ref is None:
                continue
            owner: str | None = None
            if ref.owner:
                owner = self.attribution.normalize(ref.owner, None, None, [], speakers)
            elif ref.possessive in ("his", "her"):
                owner = people_then[i]
            speakers_of = [a.attribution.normalized if a.attribution else None for a in annotated]
            targets = [j for j in range(i) if owner and speakers_of[j] == owner]
            if not targets:
                first_in_paragraph = all(items[j].claim.paragraph != c.paragraph for j in range(i))
                wanted = c.paragraph - 1 if first_in_paragraph else c.paragraph
                targets = [j for j in range(i) if items[j].claim.paragraph == wanted]
            for j in targets:
                extra = tuple(
                    Hedge(h.cue, h.category, h.start, h.end, "context", c.id) for h in cautions
                )
                annotated[j] = dataclasses.replace(annotated[j], hedges=annotated[j].hedges + extra)
