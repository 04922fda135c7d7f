"""The stories of a store, one line each, most contested first: what an editor scans before
opening one. Each story's counts of corroborated claims and conflicts are worked out when its
claims are grouped (``recount``) and kept with the story, so the overview reads them at once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from claimcheck.comparing.counts import story_counts
from claimcheck.lexicons import Lexicons
from claimcheck.storage.store import Store
from claimcheck.storage.stories import StoryRow, StoryTables


@dataclass(frozen=True, slots=True)
class Overview:
    stories: list[StoryRow]  # most contested first
    articles: int
    unplaced: int  # articles not in any story yet (stored without grouping)


def recount(
    store: Store, story_ids: Iterable[str], lexicons: Lexicons | None = None, *, reuse: bool = False
) -> None:
    """Work out and keep each story's corroborated claims and conflicts, as its report
    counts them with the same lexicons; inside the caller's transaction. ``reuse``: take the
    counts kept for the same inputs (``story_counts``)."""
    counted = story_counts(store, story_ids, lexicons=lexicons, reuse=reuse)
    tables = StoryTables(store)
    tables.save_counts({sid: counts for sid, (_, counts) in counted.items()})
    tables.cache_counts(counted)


def build_overview(store: Store) -> Overview:
    tables = StoryTables(store)
    stories = sorted(
        tables.stories(),
        key=lambda s: (-s.conflicts, -s.corroborated, -s.outlets, -s.articles, s.last or "", s.id),
    )
    articles = store.article_count()
    placed = sum(s.articles for s in stories)
    return Overview(stories, articles, articles - placed)
