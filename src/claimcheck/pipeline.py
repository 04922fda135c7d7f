"""From a decoded document to an article and its atomic claims."""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import replace
from pathlib import Path

from claimcheck.annotate.annotator import Annotator, ClaimInContext
from claimcheck.annotate.standalone import is_standalone
from claimcheck.grouping.match import Scorer, copy_key
from claimcheck.grouping.normalize import Normalizer
from claimcheck.lexicons import Lexicons
from claimcheck.models import Article, Claim, Document, Layout
from claimcheck.reading.layout import LayoutReader
from claimcheck.reading.outlets import Outlets
from claimcheck.splitting.clauses import ClauseSplitter
from claimcheck.splitting.sentences import SentenceSplitter
from claimcheck.splitting.structure import Frame, QuoteCarry, StructureReader
from claimcheck.stories.features import FeatureReader
from claimcheck.tokens import LETTER_OR_DIGIT, TextTokens

# Bumped whenever a change to reading, splitting or annotating would give different claims
# for the same text, so that re-ingesting an unchanged file redoes it.
PIPELINE_VERSION = 70


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def article_id(text: str) -> str:
    """Articles are identified by their text, so re-reading the same text changes nothing."""
    return _sha256(text)[:16]


def claim_id(article: str, start: int, end: int) -> str:
    return hashlib.sha256(f"{article}:{start}:{end}".encode()).hexdigest()[:16]


class Pipeline:
    """Reads layout, splits sentences and clauses, annotates; built once per run."""

    def __init__(self, lexicons: Lexicons | None = None, topics_file: Path | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()  # read once, handed to every stage
        self.layout = LayoutReader(lexicons)
        self.sentences = SentenceSplitter(lexicons)
        self.structure = StructureReader(lexicons)  # read once per sentence, shared
        self.clauses = ClauseSplitter(lexicons, self.structure)
        self.annotator = Annotator(lexicons, topics_file)
        self.scorer = Scorer(Normalizer.of(lexicons))
        self.outlets = Outlets(lexicons)
        self.story_features = FeatureReader(lexicons)

    def process(self, doc: Document) -> tuple[Article, list[Claim]]:
        text = doc.text
        sha = _sha256(text)
        aid = sha[:16]
        layout = self.layout.read(text)
        article = Article(
            id=aid,
            sha256=sha,
            source=doc.source,
            location=doc.location,
            name=doc.name,
            text=text,
            title=doc.title or layout.title,
            published=doc.published or layout.published or self.layout.dates.from_url(doc.url),
            kind=layout.kind,
            author=doc.author or layout.author,
            format=doc.format,
            encoding=doc.encoding,
            outlet=self.outlets.resolve(doc.outlet, doc.url),
            url=doc.url,
            paragraphs=layout.paragraphs,
        )
        posts = self._posts(text, layout)
        tokens = TextTokens(text)  # found once, read by the clause splitter and annotators
        items: list[ClaimInContext] = []
        sentences: list[str] = []  # the headline's and body's, for the story stage
        sentence = 0
        carry = QuoteCarry()  # a quotation one paragraph leaves open to the next
        for paragraph, para in enumerate(layout.content):
            kind = "headline" if para.role == "headline" else "body"
            spans = self.sentences.split(text, para.start, para.end)
            for (s_start, s_end), st in zip(
                spans, self.structure.paragraph(text, spans, tokens, carry), strict=True
            ):
                sentences.append(text[s_start:s_end])
                for piece in self.clauses.split(text, s_start, s_end, tokens=tokens, structure=st):
                    if not LETTER_OR_DIGIT.search(text, piece.start, piece.end):
                        continue  # only punctuation or symbols: nothing is claimed
                    claim = Claim(
                        id=claim_id(aid, piece.start, piece.end),
                        article_id=aid,
                        seq=len(items),
                        text=piece.claim_text(text),
                        start=piece.start,
                        end=piece.end,
                        sentence=sentence,
                        paragraph=paragraph,
                        kind=kind,
                    )
                    frames = st.frames + posts.get((para.start, para.end), ())
                    items.append(
                        ClaimInContext(
                            claim, piece.subject, (s_start, s_end), frames, st.subject_span
                        )
                    )
                sentence += 1
        claims = self.annotator.annotate(article, items, tokens=tokens)
        terms = self.story_features.read(sentences, article.published).dumps()
        return replace(article, story_terms=terms), [self._matchable(c) for c in claims]

    def _posts(self, text: str, layout: Layout) -> dict[tuple[int, int], tuple[Frame, ...]]:
        """The frame an embedded post's signature puts over the paragraph before it, by that
        paragraph's span: its author's words ("... we have more than tripled the substantive
        work from previous presidencies. — Amitabh Kant (@amitabhk87) September 9, 2023")."""
        out: dict[tuple[int, int], tuple[Frame, ...]] = {}
        for before, para in itertools.pairwise(layout.paragraphs):
            if para.role != "signature" or not before.is_content:
                continue
            name = self.layout.post_author(text, para)
            if name is not None:
                scope = (before.start, before.end)
                out[scope] = (Frame("post", name, name, "post", scope),)
        return out

    def _matchable(self, claim: Claim) -> Claim:
        """The claim with the words matching compares, its key among copies, and whether it
        may be compared with claims of other stories."""
        f = self.scorer.features(claim)
        return replace(
            claim,
            norm=" ".join(f.tokens),
            copy_key=copy_key(f),
            standalone=is_standalone(claim.text, claim.annotations),
        )
