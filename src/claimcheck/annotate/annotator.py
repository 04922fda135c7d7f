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
from claimcheck.annotate.topics import TopicTagger
from claimcheck.dates import DateFinder
from claimcheck.lexicons import Lexicons
from claimcheck.models import Annotations, Article, Attribution, Claim, Entity, Hedge
from claimcheck.tokens import TextTokens

_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")


@dataclass(frozen=True, slots=True)
class ClaimInContext:
    """A claim with what the annotator needs to know of where it came from."""

    claim: Claim
    subject: str | None  # carried over from its sentence, when the claim was cut from one
    sentence: tuple[int, int]  # span of the whole sentence in the article


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

    def annotate(
        self, article: Article, items: list[ClaimInContext], *, tokens: TextTokens | None = None
    ) -> list[Claim]:
        text = article.text
        people = People()
        speakers = Speakers(author=article.author, people=people)
        common = frozenset(_LOWER_WORD.findall(text))
        tokens = tokens or TextTokens(text)
        sentence_entities: dict[tuple[int, int], list[Entity]] = {}
        frames: dict[tuple[int, int], Attribution | None] = {}
        annotated: list[Annotations] = []
        people_then: list[str | None] = []  # who "his"/"her" meant at each claim
        for item in items:
            c = item.claim
            s_start, s_end = item.sentence
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
            attribution = self.attribution.find(
                text,
                c.start,
                c.end,
                subject=item.subject,
                entities=sent_ents,
                speakers=speakers,
                tokens=tokens,
            )
            if attribution is None:
                if item.sentence not in frames:
                    frames[item.sentence] = self.attribution.sentence_frame(
                        text, s_start, s_end, sent_ents, speakers
                    )
                attribution = frames[item.sentence]
            self.attribution.remember(attribution, ents, speakers)
            people_then.append(speakers.person)
            dates = self.dates.find(text, c.start, c.end, article.published)
            numbers = self.numbers.find(
                text, c.start, c.end, skip=[(d.start, d.end) for d in dates]
            )
            annotated.append(
                Annotations(
                    hedges=tuple(
                        self.hedges.find(
                            text, c.start, c.end, sentence_start=s_start, sentence_end=s_end
                        )
                    ),
                    attribution=attribution,
                    numbers=tuple(numbers),
                    dates=tuple(dates),
                    negations=tuple(self.negations.find(text, c.start, c.end, tokens=tokens)),
                    comparisons=tuple(
                        self.comparisons.find(text, c.start, c.end, ents, sent_ents, numbers)
                    ),
                    entities=tuple(ents),
                    topics=tuple(self.topics.tag(text, c.start, c.end)),
                )
            )
        self._context_hedges(text, items, annotated, people_then, speakers)
        return [
            dataclasses.replace(item.claim, annotations=a)
            for item, a in zip(items, annotated, strict=True)
        ]

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
