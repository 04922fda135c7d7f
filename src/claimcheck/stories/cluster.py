"""Articles into topics and stories, from scratch or one article at a time.

From scratch (``cluster_all``): candidate pairs from the index of each article's heaviest
keys; average-link clustering into topics (kinds of event) with collection-wide rarity; then,
inside each topic, average-link clustering into stories with the topic's own rarity and a
time factor, kept only where two stories of two articles or more come out; an article too
short to be told apart by its keys (a headline alone) then joins the story of longer articles
it is most like. One at a time (``place``): the article joins
the topic, then the story, that it is on average most like, when that reaches the threshold
(a short one: the story of longer articles it is most like), or starts its own; a region that
has grown since it was last clustered is clustered again from scratch (``cluster_all`` on it),
which is what lets a look-alike event that first joined an older story split off once its own
articles show what tells them apart.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from claimcheck.stories.features import StoryFeatures
from claimcheck.stories.similarity import (
    DocFreq,
    Params,
    Span,
    average_link,
    date_of,
    several,
    span_union,
    time_factor,
)
from claimcheck.stories.vectors import (
    KeyMatrix,
    Weighed,
    candidate_pairs,
    group_similarity,
    idf,
    local_idf,
    pair_dots,
    top_keys,
)
from claimcheck.stories.vectors import weigh as weigh_all


@dataclass(frozen=True, slots=True)
class Partition:
    """Topics, each a list of stories, each a list of article positions."""

    topics: list[list[list[int]]]


@dataclass(frozen=True, slots=True)
class Clustering:
    """A partition found from scratch, with the articles' vectors it was found with (topic
    weights, collection-wide rarity): what ranks a story's articles and indexes them."""

    partition: Partition
    vectors: Weighed
    top: tuple[np.ndarray, np.ndarray]  # each article's heaviest keys (``vectors.top_keys``)


def cluster_all(
    features: Sequence[StoryFeatures], p: Params, glob: DocFreq | None = None
) -> Partition:
    """Topics and stories of ``features`` from scratch. ``glob``: the collection's key counts,
    when ``features`` is a region of a larger store (else counted from ``features``)."""
    keys = KeyMatrix.of(f.terms for f in features)
    weights = idf(keys.n, keys.df()) if glob is None else collection_idf(keys, glob)
    return cluster_matrix(keys, [f.published for f in features], p, weights).partition


def cluster_matrix(
    keys: KeyMatrix, published: Sequence[str | None], p: Params, glob_idf: np.ndarray
) -> Clustering:
    """Topics and stories of the articles of ``keys`` from scratch: candidate pairs from each
    article's heaviest keys; average-link clustering into topics; then each topic of
    ``min_split`` articles or more split into stories with its own rarity and time."""
    vectors = weigh_all(keys, p.topic_weights, glob_idf)
    top = top_keys(vectors, keys.rank, p.index_keys)
    a, b = candidate_pairs(vectors, top, p.posting_cap, p.neighbours)
    dots = pair_dots(vectors, a, b)
    sims = zip(a.tolist(), b.tolist(), dots.tolist(), strict=True)
    topics = average_link(keys.n, sims, p.topic_threshold)
    topics = _short_topics_joined(topics, (a, b, dots), np.diff(keys.indptr) < p.short_keys)
    # the topics large enough to split, their articles weighed with the topic's own rarity
    split = [t for t, members in enumerate(topics) if len(members) >= p.min_split]
    inside = np.array([m for t in split for m in topics[t]], dtype=np.int64)
    position = np.full(keys.n, -1, dtype=np.int64)
    position[inside] = np.arange(len(inside))
    group = np.repeat(
        np.arange(len(split), dtype=np.int64),
        np.array([len(topics[t]) for t in split], dtype=np.int64),
    )
    region = keys.rows(inside)
    local = local_idf(region, group, p.local_offset)
    story_vectors = weigh_all(region, p.story_weights, glob_idf, local)
    topic_of = np.full(keys.n, -1, dtype=np.int64)
    topic_of[inside] = group
    same = (topic_of[a] >= 0) & (topic_of[a] == topic_of[b])
    story_sims = pair_dots(story_vectors, position[a[same]], position[b[same]]).tolist()
    by_topic: dict[int, list[tuple[int, int, float]]] = defaultdict(list)
    for x, y, s in zip(a[same].tolist(), b[same].tolist(), story_sims, strict=True):
        by_topic[int(topic_of[x])].append((x, y, s))
    key_counts = np.diff(keys.indptr).tolist()
    out: list[list[list[int]]] = []
    for members in topics:
        if len(members) < p.min_split:
            out.append([members])
            continue
        local_position = {m: i for i, m in enumerate(members)}
        inner = [
            (local_position[x], local_position[y], s)
            for x, y, s in by_topic[int(topic_of[members[0]])]
        ]
        spans: list[Span] = [(d, d) for d in (date_of(published[m]) for m in members)]
        stories = average_link(len(members), inner, p.story_threshold, spans, p)
        short = {i for i, m in enumerate(members) if key_counts[m] < p.short_keys}
        stories = _short_joined(stories, inner, short, spans, p)
        if not several(stories):
            stories = [list(range(len(members)))]  # one story, in words of its own
        out.append([[members[i] for i in s] for s in stories])
    return Clustering(Partition(out), vectors, top)


def _short_topics_joined(
    topics: list[list[int]], sims: tuple[np.ndarray, np.ndarray, np.ndarray], short: np.ndarray
) -> list[list[int]]:
    """The topics with each short article (``short``: a headline alone) of a topic of short
    articles only moved into the topic of the longer article it is most like: its similarity
    with a full article stays under the topic threshold however alike they are, and headlines
    alike among themselves would otherwise make a topic of their own, apart from the articles
    they head. A short article like none stays."""
    longer = [sum(1 for m in members if not short[m]) for members in topics]
    alone = [m for members, n in zip(topics, longer, strict=True) if n == 0 for m in members]
    if not alone:
        return topics
    topic_of = np.empty(len(short), dtype=np.int64)
    for t, members in enumerate(topics):
        topic_of[members] = t
    lonely = np.zeros(len(short), dtype=bool)
    lonely[alone] = True
    best: dict[int, tuple[float, int]] = {}
    a, b, dots = sims
    for us, vs in ((a, b), (b, a)):
        keep = lonely[us] & ~short[vs]
        for u, t, s in zip(
            us[keep].tolist(), topic_of[vs[keep]].tolist(), dots[keep].tolist(), strict=True
        ):
            if s > best.get(u, (0.0, -1))[0]:
                best[u] = (s, t)
    out = [[m for m in members if m not in best] for members in topics]
    for u, (_, t) in best.items():
        out[t].append(u)
    return sorted((sorted(g) for g in out if g), key=lambda g: g[0])


def _short_joined(
    stories: list[list[int]],
    sims: list[tuple[int, int, float]],
    short: set[int],
    spans: list[Span],
    p: Params,
) -> list[list[int]]:
    """The topic's stories with each short article (``short``: too few keys to be told apart
    by them) moved to the story of the longer article it is most like, times the time factor;
    a short article like none of them stays where average link put it.

    The longer article it is most like, not the story it is on average most like: a headline
    names one event's particulars as one report does, and its average over a story shrinks
    with the story's size and the breadth of its coverage, so that a large story of varied
    reports lost its headlines to a small one (on FNC-1, 71% of the related headline and body
    pairs in one story by the average, 79% by the nearest, here and among topics)."""
    if not short:
        return stories
    full = [[m for m in story if m not in short] for story in stories]
    story_of = {m: i for i, members in enumerate(full) for m in members}
    if not story_of:
        return stories
    nearest: dict[tuple[int, int], float] = {}  # (short article, story) -> its best link
    for x, y, s in sims:
        for u, v in ((x, y), (y, x)):
            if u in short and v in story_of and s > nearest.get((u, story_of[v]), 0.0):
                nearest[(u, story_of[v])] = s
    story_spans = [_span_of(members, spans) for members in full]
    joined: list[list[int]] = [[] for _ in full]  # each placed against the longer ones alone
    left: list[list[int]] = []
    for story in stories:
        stays = []
        for m in (m for m in story if m in short):
            best, best_sim = -1, 0.0
            for i, members in enumerate(full):
                if members and (link := nearest.get((m, i), 0.0)) > 0:
                    link *= time_factor(spans[m], story_spans[i], p)
                    if link > best_sim:
                        best, best_sim = i, link
            if best < 0:
                stays.append(m)
            else:
                joined[best].append(m)
        if stays:
            left.append(stays)
    groups = [f + j for f, j in zip(full, joined, strict=True)] + left
    return sorted((sorted(g) for g in groups if g), key=lambda g: g[0])


def _span_of(members: list[int], spans: list[Span]) -> Span:
    undated: Span = (None, None)
    return functools.reduce(span_union, (spans[m] for m in members), undated)


@dataclass(slots=True)
class Group:
    """A topic or a story as the one-at-a-time placement sees it: its members' keys."""

    id: str
    members: list[StoryFeatures]

    def span(self) -> Span:
        dates = [d for d in (date_of(f.published) for f in self.members) if d is not None]
        return (min(dates), max(dates)) if dates else (None, None)


def best_topic(
    article: StoryFeatures, topics: list[Group], glob: DocFreq, p: Params
) -> tuple[Group | None, list[Group]]:
    """The topic the article is most like (average link: its mean similarity to the
    topic's members), if any reaches the threshold, and every topic that does (a region
    placed together: a later clustering looks at them as one)."""
    keys = KeyMatrix.of([article.terms, *(f.terms for t in topics for f in t.members)])
    vectors = weigh_all(keys, p.topic_weights, collection_idf(keys, glob))
    best: Group | None = None
    best_sim = p.topic_threshold
    reaching: list[Group] = []
    for topic, sim in zip(topics, _similarities(vectors, 1, topics), strict=True):
        if sim >= p.topic_threshold:
            reaching.append(topic)
        if sim >= best_sim:
            best, best_sim = topic, sim
    if best is None and len(article.terms) < p.short_keys:
        # as ``_short_topics_joined`` places it from scratch (topics have no time factor)
        best = _most_like_longer(article, topics, vectors, 1, p, timed=False)
    return best, reaching


def best_story(
    article: StoryFeatures,
    topic_members: list[StoryFeatures],
    stories: list[Group],
    glob: DocFreq,
    p: Params,
) -> Group | None:
    """The story of the topic that the article is most like, with the topic's own rarity and
    the time factor, if one reaches the threshold."""
    # the article and the topic's members (whose keys count within the topic), then each
    # story's members
    inside = len(topic_members) + 1
    keys = KeyMatrix.of(
        [
            article.terms,
            *(f.terms for f in topic_members),
            *(f.terms for s in stories for f in s.members),
        ]
    )
    local = idf(
        inside, np.bincount(keys.cols[: keys.indptr[inside]], minlength=keys.width), p.local_offset
    )
    vectors = weigh_all(keys, p.story_weights, collection_idf(keys, glob), local[keys.cols])
    day = date_of(article.published)
    best: Group | None = None
    small = inside < p.min_split  # too few to tell events apart: one story
    if not small and len(article.terms) < p.short_keys:
        return _most_like_longer(article, stories, vectors, inside, p)
    best_sim = -1.0 if small else p.story_threshold
    for story, sim in zip(stories, _similarities(vectors, inside, stories), strict=True):
        sim *= time_factor((day, day), story.span(), p)
        if sim >= best_sim:
            best, best_sim = story, sim
    return best


def _most_like_longer(
    article: StoryFeatures,
    stories: list[Group],
    vectors: Weighed,
    start: int,
    p: Params,
    *,
    timed: bool = True,
) -> Group | None:
    """The story (or topic) of the longer article a short one is most like (times the time
    factor, when ``timed``), as ``_short_joined`` places it from scratch; None when it is like
    none. The groups' members are the rows from ``start`` on, group after group."""
    day = date_of(article.published)
    best: Group | None = None
    best_sim = 0.0
    for story in stories:
        rows = range(start, start + len(story.members))
        start += len(story.members)
        longer = [
            (r, f) for r, f in zip(rows, story.members, strict=True) if len(f.terms) >= p.short_keys
        ]
        if not longer:
            continue
        rows_of_longer = np.array([r for r, _ in longer], dtype=np.int64)
        sim = float(pair_dots(vectors, np.zeros_like(rows_of_longer), rows_of_longer).max())
        if timed:
            sim *= time_factor((day, day), Group(story.id, [f for _, f in longer]).span(), p)
        if sim > best_sim:
            best, best_sim = story, sim
    return best


def collection_idf(keys: KeyMatrix, glob: DocFreq) -> np.ndarray:
    """Each column's weight for its rarity in the collection."""
    return idf(glob.n, np.array([glob.df.get(k, 0) for k in keys.names], dtype=np.int64))


def _similarities(vectors: Weighed, start: int, groups: list[Group]) -> list[float]:
    """Row 0's similarity with each group, whose members are the rows from ``start`` on,
    group after group."""
    out = []
    for group in groups:
        out.append(group_similarity(vectors, 0, np.arange(start, start + len(group.members))))
        start += len(group.members)
    return out
