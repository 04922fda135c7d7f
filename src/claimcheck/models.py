"""The small, frozen records that flow through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath

# suffixes of article files, left out of an article's short name ("001_story.txt" -> "001_story")
DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml"})


def article_label(name: str) -> str:
    """An article's short name for tables: its file name less a document suffix; a record of
    a collection keeps its place ("news.jsonl:17"), which has no such suffix."""
    path = PurePath(name)
    return path.stem if path.suffix.lower() in DOCUMENT_SUFFIXES else name


@dataclass(frozen=True, slots=True)
class Document:
    """An article's text as read from a file or stdin, before any analysis."""

    source: str  # the path as the user gave it, or the --name for stdin
    location: str  # what identifies "the same file" across runs: resolved path or stdin:NAME
    name: str  # file name, used for short references such as "001"
    text: str  # the decoded text; claim spans index into it
    format: str = "text"  # "text" or "html"
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    # metadata a format gives for free (HTML <meta> tags), trusted over guesses from the text
    title: str | None = None
    published: str | None = None
    author: str | None = None
    # who published it: a name or a web address as found (the record's field, the page's site
    # name, --outlet); the pipeline resolves it through the outlet alias table
    outlet: str | None = None
    url: str | None = None  # where the article was published


CONTENT_ROLES = ("headline", "body")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A run of text with its role in the article's layout."""

    start: int
    end: int
    # headline, body; or furniture: heading, dateline, byline, label, tags, link, boilerplate,
    # caption, related, bio, signature (an embedded social post's)
    role: str

    @property
    def is_content(self) -> bool:
        """Whether its sentences become claims (the headline and body text)."""
        return self.role in CONTENT_ROLES


@dataclass(frozen=True, slots=True)
class Layout:
    """What the layout analysis found: metadata and the article's paragraphs."""

    title: str | None
    published: str | None  # ISO date
    kind: str  # news, opinion, analysis
    author: str | None
    paragraphs: tuple[Paragraph, ...]

    @property
    def content(self) -> tuple[Paragraph, ...]:
        """The paragraphs that carry claims: the headline and the body."""
        return tuple(p for p in self.paragraphs if p.is_content)


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    sha256: str
    source: str
    location: str
    name: str
    text: str
    title: str | None = None
    published: str | None = None
    kind: str = "news"
    author: str | None = None
    format: str = "text"
    encoding: str = "utf-8"
    outlet: str | None = None  # the publisher's name after the alias table: the unit of sources
    url: str | None = None
    story_terms: str | None = None  # JSON: the keys the story stage compares (see stories/)
    paragraphs: tuple[Paragraph, ...] = ()  # every paragraph with its role, furniture too

    @property
    def set_aside(self) -> dict[str, int]:
        """How many paragraphs of each furniture role were not read as claims."""
        counts: dict[str, int] = {}
        for p in self.paragraphs:
            if not p.is_content:
                counts[p.role] = counts.get(p.role, 0) + 1
        return counts


@dataclass(frozen=True, slots=True)
class Hedge:
    """A word or phrase that weakens, distances or conditions a claim."""

    cue: str
    category: str  # modal, epistemic, adverb, distancing, caution, conditional
    start: int
    end: int
    # "context": the cue is in another sentence that hedges this claim ("experts caution
    # against reading too much into Putin's comments"); ``source`` is that sentence's claim;
    # "frame": the cue is the verb that reports the claim ("Officials believe [...]")
    scope: str = "claim"
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Attribution:
    """Whose words or stance a claim reports."""

    speaker: str  # as written: "Russian President Vladimir Putin", "some analysts"
    normalized: str  # "Vladimir Putin", "analysts", "China's defense ministry"
    verb: str  # the reporting verb or phrase as written: "said", "according to"
    reported: bool  # False when the verb vouches for what follows ("revealed", "confirmed")
    start: int | None = None  # the speaker's words, when they are in this claim
    end: int | None = None
    role: str | None = None  # "an analyst for China and northeast Asia"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a claim, normalised: "two million personnel" -> 2000000, of "personnel"."""

    text: str
    value: float
    kind: str  # count, measure, percent, money, ordinal, rank, ratio ("doubled": 2 times)
    start: int
    end: int
    unit: str | None = None
    of: str | None = None  # what is counted or ranked
    # how the source bounds it: "min" (at least, more than), "max" (up to, fewer than),
    # "near" (nearly, almost: just under), "approx" (about, some); None: as written
    bound: str | None = None
    # the noun it counts left out, a participle right after it, as headlines write a toll
    # ("One killed", "At least 10 shot dead"): a count of whoever that happened to
    elided: bool = False


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period; ``value`` is ISO-like ("2019-10", "195X", "2021/2025")."""

    text: str
    kind: str  # day, month, year, decade, range, season, relative
    value: str | None
    start: int
    end: int
    resolved: bool = False  # worked out from the article's date ("last summer")


@dataclass(frozen=True, slots=True)
class Negation:
    cue: str
    start: int
    end: int
    scope: str  # the words it negates
    lexical: bool = False  # a negative verb ("failed to", "ruled out") rather than "not"


# how many words may stand between a negation's cue and a negative verb it negates
_CANCEL_WITHIN = 2


def _cancels(g: Negation, n: Negation) -> bool:
    """Whether the negative verb ``n`` is what the negation ``g`` negates, so that the two
    cancel: it stands in ``g``'s scope at most ``_CANCEL_WITHIN`` words after the cue ("cannot
    *be* ruled out", "did not fail to", "no one denied that"), not further along it ("no
    chance of parole after a deadlocked jury failed to return a death sentence" still denies
    the parole)."""
    if not g.end <= n.start <= g.end + len(g.scope) + 1:
        return False
    at = g.scope.casefold().find(n.cue.casefold())
    return at >= 0 and len(g.scope[:at].split()) <= _CANCEL_WITHIN


@dataclass(frozen=True, slots=True)
class Comparison:
    """ "A is ahead of B in X": subject A, direction ">", object B, dimension X."""

    cue: str
    start: int
    end: int
    direction: str  # ">", "<", "=", or "rank"
    subject: str | None
    object: str | None
    dimension: str | None = None
    rank: int | None = None  # for "top" (1), "second-ranking" (2)


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    canonical: tuple[str, ...]  # "Sino-Russian" -> ("China", "Russia")
    type: str  # country, organisation, person, place, group, name
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TopicTag:
    name: str
    cue: str  # the words that gave the topic
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Referent:
    """What a pronoun subject stands for, for matching: "It was not inspected" is compared as
    "The plant was not inspected" when the article last named the plant. The claim's text
    and evidence keep the source's own words."""

    pronoun: str  # as written: "It", "they"
    start: int  # the pronoun in the article
    end: int
    refers_to: str  # the words that named it earlier: "The plant"


@dataclass(frozen=True, slots=True)
class Annotations:
    hedges: tuple[Hedge, ...] = ()
    attribution: Attribution | None = None
    numbers: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    negations: tuple[Negation, ...] = ()
    comparisons: tuple[Comparison, ...] = ()
    entities: tuple[Entity, ...] = ()
    topics: tuple[TopicTag, ...] = ()
    referent: Referent | None = None  # a pronoun subject, resolved

    @property
    def negated(self) -> bool:
        """Whether the claim holds a negation that is not cancelled by a second one in its
        scope: "are not building" is negated, "cannot be ruled out" is not."""
        if not self.negations:
            return False  # most claims: answered at once, as grouping asks it of millions
        grammatical = [n for n in self.negations if not n.lexical]
        lexical = [n for n in self.negations if n.lexical]
        cancelled = {id(n) for g in grammatical for n in lexical if _cancels(g, n)}
        cancelled |= {id(g) for g in grammatical for n in lexical if _cancels(g, n)}
        return any(id(n) not in cancelled for n in self.negations)

    @property
    def topic_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.name for t in self.topics))


NO_ANNOTATIONS = Annotations()


@dataclass(frozen=True, slots=True)
class Claim:
    id: str
    article_id: str
    seq: int  # position among the article's claims
    text: str  # readable on its own: whitespace tidied, subject carried over when split
    start: int  # article.text[start:end] is the evidence
    end: int
    sentence: int
    paragraph: int
    kind: str  # headline or body
    annotations: Annotations = NO_ANNOTATIONS
    norm: str = ""  # the words matching compares, normalised (see grouping/normalize.py)
    cluster_id: str | None = None
    copy_key: str = ""  # the same for copies of one claim (see match.copy_key)
    standalone: bool = False  # makes sense outside its article (see annotate/standalone.py)


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one input during ingest."""

    source: str
    status: str  # new, replaced, unchanged, failed
    article_id: str | None = None
    claims: int = 0
    message: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)
    # paragraphs not read as claims, by role (for the articles split in this run)
    set_aside: dict[str, int] = field(default_factory=dict)
