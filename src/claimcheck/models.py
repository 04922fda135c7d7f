"""The small, frozen records that flow through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field


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


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A run of text with its role in the article's layout."""

    start: int
    end: int
    role: str  # headline, body, heading, dateline, byline, label, tags, boilerplate, related, bio


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
        return tuple(p for p in self.paragraphs if p.role in ("headline", "body"))


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


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    """What happened to one input during ingest."""

    source: str
    status: str  # new, replaced, unchanged, failed
    article_id: str | None = None
    claims: int = 0
    message: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)
