"""Each story's corroborated claims and conflicts, as its report counts them, worked out for
many stories at once: what `match` keeps with every story for the overview.

Agreements need only each claim's article and cluster, not its decoded annotations: they are
counted from the claims' rows. Conflicts are found as the report finds them (figures are
compared measure by measure across the story, which no count of pairs can stand in for), with
one scorer and one set of word weights shared by all the stories.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.comparing.report import CONFLICT_ANNOTATIONS, story_findings, story_parts
from claimcheck.comparing.sources import Sources
from claimcheck.grouping.match import Scorer
from claimcheck.grouping.normalize import Normalizer
from claimcheck.grouping.parts import PART, PartSettings
from claimcheck.grouping.regroup import StoreIdf, stored_threshold
from claimcheck.lexicons import Lexicons
from claimcheck.storage.store import ClaimRow, Store
from claimcheck.stories.likeness import PairLikeness


def story_counts(
    store: Store, story_ids: Iterable[str], *, lexicons: Lexicons | None = None
) -> dict[str, tuple[int, int, int]]:
    """story id -> (agreements, conflicts, figures given alike), as ``build_report(story=...)``
    with two sources at least counts them (``len(report.agreements)``, ``len(report.conflicts)``,
    ``len(report.figures)``)."""
    scorer = Scorer(Normalizer.of(lexicons), threshold=stored_threshold(store, None))
    idf = StoreIdf(store)  # the store's word counts, read once for all the stories
    likeness = PairLikeness(store, lexicons)
    settings = PartSettings.of(scorer.normalizer.lexicons)
    counts: dict[str, tuple[int, int, int]] = {}
    for sid in sorted(set(story_ids)):
        articles = store.articles_in_story(sid)
        if len(articles) < 2:  # nothing to agree or conflict with
            counts[sid] = (0, 0, 0)
            continue
        rows = store.claim_rows_of([a.id for a in articles])
        clusters: dict[str, list[ClaimRow]] = {}
        for r in rows:
            if r.cluster_id:
                clusters.setdefault(r.cluster_id, []).append(r)
        # agreements: clusters of two independent sources or more, counting the claims that
        # state them as a part, unless they recur in other stories (background)
        body = ((r.article_id, r.cluster_id) for r in rows if r.kind == "body")
        sources = Sources(articles, body)
        elsewhere = store.cluster_stories(sorted(clusters))
        pairs = store.pairs_among([r.id for r in rows])
        candidates = [p for p in pairs if p[3] == PART]
        parts = story_parts(articles, rows, candidates, likeness, settings, scorer.threshold)
        agreed = sum(
            1
            for cid, members in clusters.items()
            if cid not in elsewhere
            and sources.independent({m.article_id for m in [*members, *parts.get(cid, [])]}) >= 2
        )
        # conflicts as the report finds them: figures are compared across the story, which
        # no count of pairs can stand in for
        claims = [r.claim(CONFLICT_ANNOTATIONS) for r in rows]
        found = story_findings(articles, claims, pairs, scorer, idf, likeness)
        counts[sid] = (agreed, *found)
    return counts
