"""Articles into topics and stories, from scratch or one article at a time.

From scratch (``cluster_all``): candidate pairs from the index of each article's heaviest
keys; average-link clustering into topics (kinds of event) with collection-wide rarity; then,
inside each topic, average-link clustering into stories with the topic's own rarity and a
time factor. One at a time (``place``): the article joins the topic, then the story, that it
is on average most like, when that reaches the threshold, or starts its own; a region that
has grown since it was last clustered is clustered again from scratch (``cluster_all`` on it),
which is what lets a look-alike event that first joined an older story split off once its own
articles show what tells them apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimcheck.stories.features import StoryFeatures
from claimcheck.stories.similarity import (
    DocFreq,
    Params,
    Span,
    Vector,
    add_into,
    average_link,
    candidate_pairs,
    date_of,
    dot,
    time_factor,
    weigh,
)


@dataclass(frozen=True, slots=True)
class Partition:
    """Topics, each a list of stories, each a list of article positions."""

    topics: list[list[list[int]]]


def cluster_all(
    features: Sequence[StoryFeatures], p: Params, glob: DocFreq | None = None
) -> Partition:
    """Topics and stories of ``features`` from scratch. ``glob``: the collection's key counts,
    when ``features`` is a region of a larger store (else counted from ``features``)."""
    if glob is None:
        glob = DocFreq()
        for f in features:
            glob.add(f.terms)
    vectors = [weigh(f.terms, p.topic_weights, glob) for f in features]
    pairs = candidate_pairs(vectors, p)
    sims = {(a, b): dot(vectors[a], vectors[b]) for a, b in pairs}
    topics = average_link(len(features), sims, p.topic_threshold)
    topic_of = {i: t for t, members in enumerate(topics) for i in members}
    by_topic: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b in pairs:
        if topic_of[a] == topic_of[b]:
            by_topic[topic_of[a]].append((a, b))
    out: list[list[list[int]]] = []
    for t, members in enumerate(topics):
        out.append(
            [[members[i] for i in s] for s in split_topic(members, by_topic[t], features, glob, p)]
        )
    return Partition(out)


def split_topic(
    members: list[int],
    pairs: list[tuple[int, int]],
    features: Sequence[StoryFeatures],
    glob: DocFreq,
    p: Params,
) -> list[list[int]]:
    """The stories of one topic, as lists of positions in ``members``."""
    if len(members) < p.min_split:
        return [list(range(len(members)))]
    local = local_freq(features[m] for m in members)
    vectors = {
        m: weigh(features[m].terms, p.story_weights, glob, local, p.local_offset) for m in members
    }
    position = {m: i for i, m in enumerate(members)}
    sims = {(position[a], position[b]): dot(vectors[a], vectors[b]) for a, b in pairs}
    spans: list[Span] = [(d, d) for d in (date_of(features[m].published) for m in members)]
    return average_link(len(members), sims, p.story_threshold, spans, p)


def local_freq(features: Iterable[StoryFeatures]) -> DocFreq:
    """Key counts within a topic: what its articles share counts less inside it."""
    local = DocFreq()
    for f in features:
        local.add(f.terms)
    return local


@dataclass(slots=True)
class Group:
    """A topic or a story as the one-at-a-time placement sees it: its members' vectors."""

    id: str
    members: list[StoryFeatures]

    def similarity(self, vector: Vector, weighed: list[Vector]) -> float:
        """Average link of an article with the group: its mean similarity to the members."""
        total: Vector = {}
        for v in weighed:
            add_into(total, v)
        return dot(vector, total) / max(len(weighed), 1)

    def span(self) -> Span:
        dates = [d for d in (date_of(f.published) for f in self.members) if d is not None]
        return (min(dates), max(dates)) if dates else (None, None)


def best_topic(
    article: StoryFeatures, topics: list[Group], glob: DocFreq, p: Params
) -> tuple[Group | None, list[Group]]:
    """The topic the article is most like, if any reaches the threshold, and every topic that
    does (a region placed together: a later clustering looks at them as one)."""
    vector = weigh(article.terms, p.topic_weights, glob)
    best: Group | None = None
    best_sim = p.topic_threshold
    reaching: list[Group] = []
    for topic in topics:
        sim = topic.similarity(
            vector, [weigh(f.terms, p.topic_weights, glob) for f in topic.members]
        )
        if sim >= p.topic_threshold:
            reaching.append(topic)
        if sim >= best_sim:
            best, best_sim = topic, sim
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
    local = local_freq([*topic_members, article])
    vector = weigh(article.terms, p.story_weights, glob, local, p.local_offset)
    day = date_of(article.published)
    best: Group | None = None
    small = len(topic_members) + 1 < p.min_split  # too few to tell events apart: one story
    best_sim = -1.0 if small else p.story_threshold
    for story in stories:
        weighed = [
            weigh(f.terms, p.story_weights, glob, local, p.local_offset) for f in story.members
        ]
        sim = story.similarity(vector, weighed) * time_factor((day, day), story.span(), p)
        if sim >= best_sim:
            best, best_sim = story, sim
    return best
