"""How alike two articles of one story are as a pair: whether their claims can be taken to
report one event when they disagree.

A story is found by average link: an article joins when it is alike on average with the
story's articles. So a story can hold two look-alike events (two earthquakes on one island,
two navy captures of pirates in one gulf) whose articles are each a little like the other
event's. A conflict says that sources disagree about one event, so it is claimed only between
two articles that are alike themselves, at ``[conflicts] pair_threshold``: their keys weighed
as the story stage weighs them, with rarity within the story, so that what the whole story
shares counts little and what the two share besides decides (the magnitude, the ship, the
date of their own event). An article a curator moved into a story is taken as one event with
all of it: that is what the curator said.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from claimcheck.lexicons import Lexicons
from claimcheck.storage.store import Store
from claimcheck.storage.stories import StoryTables
from claimcheck.stories.features import StoryFeatures
from claimcheck.stories.similarity import Params
from claimcheck.stories.vectors import KeyMatrix, idf, local_idf, pair_dots, weigh


class StoryPairs:
    """The articles of one story as pairs: how alike any two are."""

    def __init__(self, store: Store, article_ids: Sequence[str], p: Params) -> None:
        tables = StoryTables(store)
        raw = tables.keys(list(article_ids))
        self.row = {a: i for i, a in enumerate(a for a in article_ids if a in raw)}
        keys = KeyMatrix.of(StoryFeatures.loads(*raw[a]).terms for a in self.row)
        total, counts = tables.key_counts(keys.names)
        df = np.array([counts.get(k, 0) for k in keys.names], dtype=np.int64)
        rarity = idf(max(total, keys.n), np.maximum(df, keys.df()))
        within = local_idf(keys, np.zeros(keys.n, dtype=np.int64), p.local_offset)
        self.vectors = weigh(keys, p.story_weights, rarity, within)

    def likeness(self, a: str, b: str) -> float | None:
        """The two articles' similarity (0 to 1), or None when either has no story keys."""
        if a not in self.row or b not in self.row:
            return None
        rows = np.array([self.row[a]]), np.array([self.row[b]])
        return float(pair_dots(self.vectors, *rows)[0])


class PairLikeness:
    """Whether two articles of a story are alike enough to report one event, story by story,
    each story's articles weighed once when first asked about."""

    def __init__(self, store: Store, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        self.store = store
        self.p = Params.of(lexicons["stories"])
        settings = lexicons["stories"]["conflicts"]
        self.threshold = float(settings["pair_threshold"])
        self.min_articles = int(settings["min_articles"])
        self._stories: dict[tuple[str, ...], StoryPairs] = {}
        self._curated: set[str] | None = None

    def likeness(self, story: Sequence[str], a: str, b: str) -> float | None:
        """How alike articles ``a`` and ``b`` of the story whose articles are ``story`` are;
        None when nothing tells: a story of fewer than ``[conflicts] min_articles`` (rarity
        within a handful of articles is noise), an article without keys, or one placed by a
        curator."""
        if self._curated is None:
            self._curated = {
                article
                for kind, article, _ in StoryTables(self.store).decisions()
                if kind == "move"
            }
        if a in self._curated or b in self._curated:
            return None
        if len(story) < self.min_articles:
            return None  # too few articles to tell events apart by what is rare among them
        key = tuple(sorted(story))
        if key not in self._stories:
            self._stories[key] = StoryPairs(self.store, key, self.p)
        return self._stories[key].likeness(a, b)

    def apart(self, likeness: float | None) -> bool:
        """Whether a pair this alike may report different events."""
        return likeness is not None and likeness < self.threshold
