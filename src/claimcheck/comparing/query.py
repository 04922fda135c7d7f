"""Finding claims by what a user asks for: an article, a topic (or words), a speaker, hedges."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from rapidfuzz import fuzz, process

from claimcheck.annotate.topics import TopicTagger
from claimcheck.errors import NotFoundError, quote
from claimcheck.models import Claim
from claimcheck.storage.store import Store

_WORD = re.compile(r"\w+")
_STOP = frozenset(
    ["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from"]
)
WORD_MATCH = 80  # rapidfuzz ratio for a query word to match a claim word ("missle" ~ "missile")
SPEAKER_MATCH = 85


@dataclass(frozen=True, slots=True)
class ClaimQuery:
    article: str | None = None  # id, file name or unique prefix
    topic: str | None = None  # a topic's name or label, else words matched fuzzily
    hedged: bool = False
    speaker: str | None = None
    topics_file: Path | None = None  # tag with this topic list instead of the stored tags
    story: str | None = None  # a story's id or a unique prefix of it


@dataclass(frozen=True, slots=True)
class ClaimResult:
    claims: list[Claim]
    topic: str | None  # the topic matched, or None when the words were matched instead


def find_claims(store: Store, q: ClaimQuery, tagger: TopicTagger | None = None) -> ClaimResult:
    article_id = store.resolve_article(q.article).id if q.article is not None else None
    speakers = match_speakers(store.speakers(), q.speaker) if q.speaker is not None else None
    if speakers == []:
        return ClaimResult([], None)
    if q.topics_file is not None:
        tagger = TopicTagger.load(topics_file=q.topics_file)
    topic = _topic_name(store, q.topic, tagger) if q.topic is not None else None
    use_store_topics = topic is not None and tagger is None
    claims = store.claims(
        article_id,
        topics=[topic] if use_store_topics and topic else None,
        hedged=q.hedged,
        speakers=speakers,
    )
    if tagger is not None:
        claims = [_retagged(c, tagger) for c in claims]
        if topic is not None:
            claims = [c for c in claims if topic in c.annotations.topic_names]
    if q.topic is not None and topic is None:
        claims = match_words(claims, q.topic)
    if q.story is not None:
        from claimcheck.comparing.report import resolve_story

        members = {a.id for a in store.articles_in_story(resolve_story(store, q.story).id)}
        claims = [c for c in claims if c.article_id in members]
    return ClaimResult(claims, topic)


def _retagged(c: Claim, tagger: TopicTagger) -> Claim:
    topics = tuple(tagger.tag(c.text))
    return replace(c, annotations=replace(c.annotations, topics=topics))


def topic_name(store: Store, name: str) -> str | None:
    """The stored topic ``name`` stands for (by name or label, in any case), or None."""
    return _topic_name(store, name, None)


def _topic_name(store: Store, name: str, tagger: TopicTagger | None) -> str | None:
    """The topic ``name`` stands for (by name or label, in any case), or None."""
    known = tagger or TopicTagger.load()
    wanted = name.strip().lower()
    for topic in known.topics:
        if wanted in (topic.name.lower(), topic.label.lower()):
            return topic.name
    if tagger is None:
        stored = {t for t, _ in store.topic_counts()}
        return next((t for t in stored if t.lower() == wanted), None)
    return None


def match_words(claims: list[Claim], query: str) -> list[Claim]:
    """Claims holding every word of ``query``, allowing for typos and word endings."""
    words = [w for w in _WORD.findall(query.lower()) if w not in _STOP]
    if not words:
        raise NotFoundError(f"--topic {quote(query)}: no words to look for")
    found = []
    for c in claims:
        tokens = set(_WORD.findall(c.text.lower()))
        if all(_has_word(w, tokens) for w in words):
            found.append(c)
    return found


def _has_word(word: str, tokens: set[str]) -> bool:
    if word in tokens or any(t.startswith(word) for t in tokens if len(word) >= 4):
        return True
    return process.extractOne(word, tokens, scorer=fuzz.ratio, score_cutoff=WORD_MATCH) is not None


def match_speakers(speakers: list[str], name: str) -> list[str]:
    """The stored speakers ``name`` refers to: exact (any case), part of a name, or close."""
    wanted = name.strip().lower()
    exact = [s for s in speakers if s.lower() == wanted]
    if exact:
        return exact
    partial = [s for s in speakers if wanted in s.lower().split() or wanted in s.lower()]
    if partial:
        return partial
    close = process.extract(
        wanted,
        speakers,
        scorer=fuzz.WRatio,
        processor=str.lower,
        score_cutoff=SPEAKER_MATCH,
        limit=None,
    )
    return [s for s, _, _ in close]
