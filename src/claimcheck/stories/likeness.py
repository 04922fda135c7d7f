"""How alike two articles of one story are as a pair: whether their claims can be taken to
report one event when they disagree.

A story is found by average link: an article joins when it is alike on average with the
story's articles. So a story can hold two look-alike events (two earthquakes on one island,
two navy captures of pirates in one gulf) whose articles are each a little like the other
event's. A conflict says that sources disagree about one event, so it is claimed only between
two articles of one event of their story. The story's articles are weighed as the story stage
weighs them, with rarity within the story, so that what the whole story shares counts little
and what some articles share besides decides (the magnitude, the ship, the date of their own
event); its events are then found by average link on that likeness, at ``[conflicts]
event_threshold``, as stories are found in a topic. Two articles are of two events only when
each is more like articles of its own event: a low likeness of the pair alone does not say
so, since within a story of one event told in many words every pair is only a little alike
(two reports of one arrest at 0.045, where two pirate captures are at 0.02 and each capture's
own reports at 0.3). An article a curator moved into a story is taken as one event with all
of it: that is what the curator said.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from claimcheck.lexicons import Lexicons
from claimcheck.storage.store import Store
from claimcheck.storage.stories import StoryTables
from claimcheck.stories.features import StoryFeatures
from claimcheck.stories.similarity import Params, average_link, several
from claimcheck.stories.vectors import KeyMatrix, idf, local_idf, pair_dots, weigh

Pair = tuple[str, str]  # two article ids
ALL_PAIRS_UP_TO = 400  # articles of a story whose every pair is weighed to find its events
NEIGHBOURS = 50  # of a larger story, each article's most alike ones
_ROWS = 64  # articles of a larger story weighed against all the others at a time


class StoryPairs:
    """The articles of one story as pairs: how alike any two are."""

    def __init__(self, store: Store, article_ids: Sequence[str], p: Params) -> None:
        tables = StoryTables(store)
        raw = tables.keys(list(article_ids))
        self.row = {a: i for i, a in enumerate(a for a in article_ids if a in raw)}
        features = [StoryFeatures.loads(*raw[a]) for a in self.row]
        self.keys = {a: len(f.terms) for a, f in zip(self.row, features, strict=True)}
        keys = KeyMatrix.of(f.terms for f in features)
        total, counts = tables.key_counts(keys.names)
        df = np.array([counts.get(k, 0) for k in keys.names], dtype=np.int64)
        rarity = idf(max(total, keys.n), np.maximum(df, keys.df()))
        within = local_idf(keys, np.zeros(keys.n, dtype=np.int64), p.local_offset)
        self.vectors = weigh(keys, p.story_weights, rarity, within)

    def likeness(self, pairs: Iterable[Pair], short_keys: int = 0) -> dict[Pair, float]:
        """The similarity (0 to 1) of each pair of articles, all at once; pairs with an
        article without story keys, or with fewer than ``short_keys``, are left out."""
        known = [
            (a, b)
            for a, b in pairs
            if a in self.row and b in self.row and min(self.keys[a], self.keys[b]) >= short_keys
        ]
        rows_a = np.array([self.row[a] for a, _ in known], dtype=np.int64)
        rows_b = np.array([self.row[b] for _, b in known], dtype=np.int64)
        dots = pair_dots(self.vectors, rows_a, rows_b).tolist() if known else []
        return dict(zip(known, dots, strict=True))


class PairLikeness:
    """Whether two articles of a story are alike enough to report one event."""

    def __init__(self, store: Store, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        self.store = store
        self.p = Params.of(lexicons["stories"])
        settings = lexicons["stories"]["conflicts"]
        self.threshold = float(settings["event_threshold"])
        self.min_articles = int(settings["min_articles"])
        self._curated: set[str] | None = None
        self._events: dict[tuple[tuple[str, ...], float], dict[str, int]] = {}
        self._last: tuple[tuple[str, ...], dict[Pair, float]] | None = None

    def likeness(self, story: Sequence[str], pairs: Iterable[Pair]) -> dict[Pair, float | None]:
        """How alike each pair of articles of the story whose articles are ``story`` is; None
        when nothing tells: a story of fewer than ``[conflicts] min_articles`` (rarity within
        a handful of articles is noise), an article with fewer keys than the stories stage's
        ``short_keys`` (a headline alone, whose likeness stays small however alike it is), or
        one placed by a curator. The story's articles are weighed once for all the pairs."""
        curated = self._curated_articles()
        out: dict[Pair, float | None] = dict.fromkeys(pairs)
        asked = [(a, b) for a, b in out if a not in curated and b not in curated]
        if len(story) < self.min_articles or not asked:
            return out
        out.update(StoryPairs(self.store, story, self.p).likeness(asked, self.p.short_keys))
        return out

    def _curated_articles(self) -> set[str]:
        """The articles a curator moved into their story."""
        if self._curated is None:
            self._curated = {
                article
                for kind, article, _ in StoryTables(self.store).decisions()
                if kind == "move"
            }
        return self._curated

    def events(self, story: Sequence[str], threshold: float) -> dict[str, int]:
        """The story's articles (``story``) in events: article id -> event number, when the
        story holds two events or more that two articles or more report each; else empty (one
        event). Events are found as stories are, by average link on the articles' likeness
        (``likeness``) at ``threshold``, and an article alone then is of the event it is on
        average most like (of none, when it is like no article of any). So two articles are of
        two events only when each is more like articles of its own, and a story whose articles
        are all a little alike (one event told in many words) stays one. An article whose likeness says nothing (``likeness``
        None) is of no event, and apart from none."""
        key = (tuple(sorted(story)), threshold)
        if key not in self._events:
            self._events[key] = self._find_events(list(key[0]), threshold)
        return self._events[key]

    def all_pairs(self, ids: tuple[str, ...]) -> dict[Pair, float]:
        """The likeness of every pair of the story's articles (``ids``, in order) that has
        one (``likeness``); of a story of more than ``ALL_PAIRS_UP_TO`` articles, only each
        article's ``NEIGHBOURS`` most alike, as stories are found from each article's nearest
        (all pairs of thousands of articles would not fit in memory). The last story's are
        kept, as its conflicts and parts ask for them in turn."""
        if self._last is not None and self._last[0] == ids:
            return self._last[1]
        curated = self._curated_articles()
        told = [a for a in ids if a not in curated]
        alike: dict[Pair, float] = {}
        if len(ids) >= self.min_articles and len(told) >= 2:
            story = StoryPairs(self.store, ids, self.p)
            if len(told) <= ALL_PAIRS_UP_TO:
                pairs = [(a, b) for i, a in enumerate(told) for b in told[i + 1 :]]
                alike = story.likeness(pairs, self.p.short_keys)
            else:
                alike = self._nearest(story, told)
        self._last = (ids, alike)
        return alike

    def _nearest(self, story: StoryPairs, told: list[str]) -> dict[Pair, float]:
        """The likeness of each article of a large story with its ``NEIGHBOURS`` most alike,
        weighed ``_ROWS`` articles against all the others at a time."""
        alike: dict[Pair, float] = {}
        for start in range(0, len(told), _ROWS):
            rows = told[start : start + _ROWS]
            found = story.likeness([(a, b) for a in rows for b in told], self.p.short_keys)
            nearest: dict[str, list[tuple[float, str]]] = {}
            for (a, b), x in found.items():
                if a != b:
                    nearest.setdefault(a, []).append((x, b))
            for a, near in nearest.items():
                for x, b in sorted(near, key=lambda n: (-n[0], n[1]))[:NEIGHBOURS]:
                    alike[(a, b) if a < b else (b, a)] = x
        return alike

    def _find_events(self, ids: list[str], threshold: float) -> dict[str, int]:
        alike = self.all_pairs(tuple(ids))
        if not alike:
            return {}
        position = {a: i for i, a in enumerate(ids)}
        groups = average_link(
            len(ids), ((position[a], position[b], x) for (a, b), x in alike.items()), threshold
        )
        if not several(groups):
            return {}
        events = [g for g in groups if len(g) >= 2]
        out = {ids[i]: n for n, g in enumerate(events) for i in g}
        # an article alone: of the event whose articles it is most like on average
        alone = {ids[g[0]]: [0.0] * len(events) for g in groups if len(g) == 1}
        for (a, b), x in alike.items():
            for one, other in ((a, b), (b, a)):
                if one in alone and other in out:
                    alone[one][out[other]] += x
        for a, sums in alone.items():
            if any(sums):
                out[a] = max(range(len(events)), key=lambda n: (sums[n] / len(events[n]), -n))
        return out

    def apart(
        self, story: Sequence[str], pairs: Iterable[Pair], threshold: float | None = None
    ) -> dict[Pair, float]:
        """The pairs of articles of the story (``story``: its articles) that report different
        events (``events`` at ``threshold``, by default ``[conflicts] event_threshold``), with
        their likeness: what the report shows of why."""
        events = self.events(story, self.threshold if threshold is None else threshold)
        split = [(a, b) for a, b in pairs if a in events and b in events and events[a] != events[b]]
        if not split:
            return {}
        alike = self.all_pairs(tuple(sorted(story)))
        found = {p: alike.get(p if p[0] < p[1] else (p[1], p[0])) for p in split}
        # of a large story, a pair not among each other's nearest is weighed now
        missing = [p for p, x in found.items() if x is None]
        found.update(self.likeness(story, missing) if missing else {})
        return {p: x for p, x in found.items() if x is not None}

    def one_event(self, story: Sequence[str], pairs: list[Pair], threshold: float) -> set[Pair]:
        """The pairs of articles of the story (``story``: its articles) that may report one
        event: all but those ``apart`` at ``threshold``."""
        apart = self.apart(story, pairs, threshold)
        return {p for p in pairs if p not in apart}
