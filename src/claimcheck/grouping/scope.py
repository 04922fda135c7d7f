"""Which claims may be compared: the claims of one story with one another, and claims that
make sense outside their article (standalone: a named subject, and a place or a time) with
any standalone claim, as background that recurs across stories.

"No one was injured" in two earthquake stories is two facts about two quakes; grouping them,
or setting their death tolls against each other, would be wrong by construction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping
from typing import Protocol

from claimcheck.storage.store import Store
from claimcheck.storage.stories import StoryTables

MIXED = -1  # a point whose copies come from several stories


class StoryPlanLike(Protocol):
    """Stories found from scratch and not yet written (``stories.builder.StoryPlan``): a whole
    grouping groups the claims within them, and writes both in one transaction."""

    @property
    def assignment(self) -> Mapping[str, str]: ...  # article -> story

    def write(self, store: Store) -> None: ...

    def written(self, store: Store) -> None: ...  # once the clusters are, in one transaction


StoriesFromScratch = Callable[[Store], StoryPlanLike]


def scoped_key(key: int, story: str | None, standalone: bool) -> int:
    """A claim's copy key within its scope: copies of a claim that needs its article are one
    claim only within one story; a standalone claim's copies are one claim everywhere."""
    if standalone:
        return key
    digest = hashlib.blake2b(f"{key}|{story or ''}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


class Scope:
    """Articles' stories, read from the store as they are asked for, and whether two claims
    (or two points: sets of copies) may be compared."""

    def __init__(self, store: Store | None = None) -> None:
        self.store = store
        self._story: dict[str, str] = {}

    def prefetch(self, article_ids: Iterable[str]) -> None:
        missing = sorted(set(article_ids) - set(self._story))
        if not missing:
            return
        if self.store is None:
            self._story.update(dict.fromkeys(missing, ""))
            return
        found = StoryTables(self.store).story_of(missing)
        self._story.update({a: found.get(a) or "" for a in missing})

    def story(self, article_id: str) -> str:
        if article_id not in self._story:
            self.prefetch([article_id])
        return self._story[article_id]

    def stories(self, article_ids: Iterable[str]) -> frozenset[str]:
        return frozenset(self.story(a) for a in article_ids)

    @staticmethod
    def allowed(
        stories_a: frozenset[str], standalone_a: bool, stories_b: frozenset[str], standalone_b: bool
    ) -> bool:
        """Whether two points may be grouped or set against each other: both standalone, or
        both wholly within one and the same story."""
        if standalone_a and standalone_b:
            return True
        return len(stories_a) == 1 and stories_a == stories_b
