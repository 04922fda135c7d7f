"""The whole store grouped again from scratch: articles into stories, then claims into
clusters within their stories, then each story's counts for the overview, all written in one
transaction (a run cut short leaves the store as it was, and the next ingest finishes it)."""

from __future__ import annotations

from dataclasses import dataclass

from claimcheck.comparing.overview import recount
from claimcheck.grouping.regroup import Grouper, GroupingReport
from claimcheck.lexicons import Lexicons
from claimcheck.storage.store import Store
from claimcheck.stories.builder import StoredStories, StoriesReport, StoryBuilder, StoryPlan


@dataclass(slots=True)
class _Counted:
    """A plan of stories whose counts are worked out once its claims are grouped."""

    plan: StoryPlan | StoredStories
    lexicons: Lexicons

    @property
    def assignment(self) -> dict[str, str]:
        return self.plan.assignment

    def write(self, store: Store) -> None:
        self.plan.write(store)

    def written(self, store: Store) -> None:
        recount(store, set(self.plan.assignment.values()), self.lexicons, reuse=True)


def regroup_all(
    store: Store, grouper: Grouper, stories: StoryBuilder
) -> tuple[StoriesReport, GroupingReport]:
    """Stories from scratch, then the claims (as `claimcheck match` and a bulk ingest do)."""
    plans: list[_Counted] = []

    def plan(s: Store) -> _Counted:
        # made again when another writer changed it
        plans.append(_Counted(stories.plan(s), grouper.lexicons))
        return plans[-1]

    grouped = grouper.regroup(store, plan)
    return plans[-1].plan.report, grouped
