"""Report data as plain objects, for the renderer and the exporters."""

from __future__ import annotations

import hashlib
import itertools
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from claimcheck.annotate.topics import TopicTagger
from claimcheck.comparing.conflicts import (
    EVENT_KINDS,
    Conflict,
    ConflictFinder,
    Framing,
    framing,
)
from claimcheck.comparing.sources import Derivation, Sources
from claimcheck.errors import NotFoundError, UsageError, quote
from claimcheck.grouping.match import Idf, Scorer
from claimcheck.grouping.normalize import Normalizer
from claimcheck.grouping.parts import PART, C, PartSettings, memberships
from claimcheck.lexicons import Lexicons
from claimcheck.models import Claim
from claimcheck.storage.store import ArticleSummary, Store
from claimcheck.storage.stories import StoryRow, StoryTables
from claimcheck.stories.likeness import PairLikeness

if TYPE_CHECKING:
    from claimcheck.grouping.regroup import StoreIdf

FIGURE_PREFIX = "figure-"  # the id of a figure given alike, as a group of its own
STATEMENT_PREFIX = "statement-"  # the id of a clause stated alike, as a group of its own
# the kinds of propositions given alike, each a group of its own: kind -> its ids' prefix
PROPOSITION_PREFIXES = {"figure": FIGURE_PREFIX, "statement": STATEMENT_PREFIX}
# a claim giving a figure alike with others: the figure as written, and where in the claim
Given = tuple[Claim, str, tuple[int, int]]


@dataclass(frozen=True, slots=True)
class TopicRow:
    name: str
    label: str
    claims: int


def topic_table(store: Store, tagger: TopicTagger, *, retag: bool = False) -> list[TopicRow]:
    """Every topic of the list with its number of claims, most first. With ``retag`` the
    claims are tagged afresh with ``tagger`` instead of using the tags stored at ingest."""
    if retag:
        counts: Counter[str] = Counter()
        for claim in store.claims():
            counts.update({t.name for t in tagger.tag(claim.text)})
    else:
        counts = Counter(dict(store.topic_counts()))
    names = tagger.names() + sorted(set(counts) - set(tagger.names()))
    rows = [TopicRow(n, tagger.label(n), counts.get(n, 0)) for n in names]
    return sorted(rows, key=lambda r: (-r.claims, r.name))


# -- comparing sources ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Wording:
    """One source's claim in a cluster, and how it frames it."""

    article: ArticleSummary
    claim: Claim
    framing: Framing
    part: bool = False  # the claim states the group's claim among other things

    @property
    def how(self) -> str:
        """How the source gives the claim: its framing, and whether within a longer claim."""
        return self.framing.label + (" · within a longer claim" if self.part else "")


@dataclass(frozen=True, slots=True)
class Agreement:
    cluster_id: str
    canonical: Claim
    independent: int  # independent sources (copies of one article count once)
    wordings: list[Wording]  # one per article, earliest first
    first_reported: str | None
    topics: tuple[str, ...]
    other_stories: tuple[str, ...] = ()  # stories that hold the claim too: background


@dataclass(frozen=True, slots=True)
class FigureAgreement:
    """A figure (or day) that sources give alike in claims worded differently (not grouped as
    one claim), or a clause they state alike (``kind`` "statement", comparing/statements.py):
    each source's claim, and the figure or clause as it writes it."""

    figures: tuple[str, ...]  # each wording's figure (or clause) as written, in their order
    independent: int
    wordings: list[Wording]  # one per article, earliest first
    # every claim that gives it (an article may give it twice), with the figure as that claim
    # writes it and where: the figure and what it counts (or the clause), as offsets in the
    # claim's text
    given: tuple[Given, ...]
    kind: str = "figure"  # figure or statement

    @property
    def members(self) -> tuple[Claim, ...]:
        return tuple(c for c, _, _ in self.given)

    @property
    def id(self) -> str:
        """``figure-CLAIM-DIGEST`` (``statement-...`` for a clause), a stable id of the figure
        as a proposition of its own, which the claims that give it are members of beside their
        own clusters (the export lists it among the groups): its first source's claim (which
        tells its story, so that ``show`` reads that story alone), and a digest of its claims
        and how each writes it."""
        key = "\n".join(sorted(f"{c.id}@{text}" for c, text, _ in self.given))
        digest = hashlib.blake2b(key.encode("utf-8"), digest_size=4).hexdigest()
        return f"{PROPOSITION_PREFIXES[self.kind]}{self.wordings[0].claim.id}-{digest}"


def find_figure(store: Store, ref: str, lexicons: Lexicons | None = None) -> FigureAgreement:
    """The figure given alike (or clause stated alike) whose id is ``ref`` (or begins with it,
    past its claim)."""
    missing = NotFoundError(
        f"no figure or statement given alike matches {quote(ref)} (see 'claimcheck export')"
    )
    prefix = next((p for p in PROPOSITION_PREFIXES.values() if ref.startswith(p)), None)
    if prefix is None:
        raise missing
    try:
        claim = store.claim(ref.removeprefix(prefix).split("-")[0])
    except NotFoundError:
        raise missing from None
    article = store.article_by_id(claim.article_id)
    if article is None or not article.story_id:
        raise missing
    data = _Store.read(store, None, lexicons, resolve_story(store, article.story_id))
    found = [f for f in data.figures(data.claims, 1) if f.id.startswith(ref)]
    exact = [f for f in found if f.id == ref]
    if len(exact or found) > 1:
        raise NotFoundError(f"{quote(ref)} matches several groups; give more of the id")
    if not found:
        raise missing
    return (exact or found)[0]


@dataclass(frozen=True, slots=True)
class SetAside:
    """A conflict not reported: its two articles are of two events of their story
    (``stories/likeness.py``), as when a story holds two look-alike events."""

    conflict: Conflict
    likeness: float  # the two articles' similarity (they are of two events of the story)


class Conflicts(NamedTuple):
    found: list[Conflict]
    set_aside: list[SetAside]


@dataclass(frozen=True, slots=True)
class Report:
    articles: list[ArticleSummary]
    derived: list[Derivation]
    agreements: list[Agreement]
    conflicts: list[Conflict]
    framing: list[Agreement]  # clusters framed differently by their sources
    single_source: int  # clusters reported by one independent source only
    topic: str | None
    min_sources: int
    story: StoryRow | None = None  # the story reported on; None: the whole store
    background: list[Agreement] = field(default_factory=list)  # also in other stories
    figures: list[FigureAgreement] = field(default_factory=list)  # figures given alike
    # conflicts between articles that may report different events: counted, not reported
    set_aside: list[SetAside] = field(default_factory=list)
    # cluster id -> the claims of other groups that state its claim among other things
    parts: dict[str, list[Claim]] = field(default_factory=dict)


@dataclass(slots=True)
class _Store:
    """What a report needs, read once from the store."""

    articles: list[ArticleSummary]
    claims: list[Claim]
    sources: Sources
    scorer: Scorer
    idf: Idf
    look_alikes: list[tuple[str, str]]
    story: StoryRow | None = None
    likeness: PairLikeness | None = None  # None: every pair of a story's articles is one event
    part_candidates: list[tuple[str, str, float, str, str]] = field(default_factory=list)
    _finder: ConflictFinder | None = None  # shared by conflicts and figures: one scoring
    _parts: dict[str, list[Claim]] | None = None

    @property
    def finder(self) -> ConflictFinder:
        if self._finder is None:
            self._finder = ConflictFinder(self.scorer, self.idf)
        return self._finder

    @classmethod
    def read(
        cls,
        store: Store,
        threshold: float | None = None,
        lexicons: Lexicons | None = None,
        story: StoryRow | None = None,
    ) -> _Store:
        """The whole store, or the articles and claims of one ``story``."""
        from claimcheck.grouping.regroup import StoreIdf, stored_threshold

        if story is None:
            articles = store.articles()
            claims = store.claims()
            pairs = store.pairs()
        else:
            articles = store.articles_in_story(story.id)
            claims = store.claims_of([a.id for a in articles])
            pairs = store.pairs_among([c.id for c in claims])
        scorer = Scorer(Normalizer.of(lexicons), threshold=stored_threshold(store, threshold))
        idf = StoreIdf(store)  # word weights as grouping weighed them
        idf.prefetch(scorer.features(c).bag for c in claims)
        return cls(
            articles,
            claims,
            Sources.of_claims(articles, claims),
            scorer,
            idf,
            look_alikes(pairs),
            story,
            PairLikeness(store, lexicons),
            [p for p in pairs if p[3] == PART],
        )

    def clusters(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = {}
        for c in self.claims:
            if c.cluster_id:
                out.setdefault(c.cluster_id, []).append(c)
        return out

    def parts(self) -> dict[str, list[Claim]]:
        """cluster id -> the claims of other clusters that state its claim as a part
        (``grouping/parts.py``), each story's articles told apart by their likeness."""
        if self._parts is None:
            self._parts = story_parts(
                self.articles,
                self.claims,
                self.part_candidates,
                self.likeness,
                PartSettings.of(self.scorer.normalizer.lexicons),
                self.scorer.threshold,
            )
        return self._parts

    def conflicts(self, claims: list[Claim]) -> Conflicts:
        ids = {c.id for c in claims}
        # copies of the same words never conflict, and are not paired: in syndicated news
        # they are most of a cluster's pairs
        pairs = [
            (a.id, b.id)
            for members in self.clusters().values()
            if len({m.text for m in members}) > 1
            for i, a in enumerate(members)
            for b in members[i + 1 :]
            if a.article_id != b.article_id and a.text != b.text and a.id in ids and b.id in ids
        ]
        # a look-alike pair is kept between the first copies of two claims only (copies are
        # scored once): each copy of one meets each copy of the other, in other articles
        copies = _copies(claims)
        for a, b in self.look_alikes:
            if a in ids and b in ids:
                pairs += [(x, y) for x in copies.get(a, [a]) for y in copies.get(b, [b])]
        # claims of different stories never conflict: each story is searched on its own
        claim_story, by_story = self._by_story(claims)
        pairs_of: dict[str, list[tuple[str, str]]] = {}
        for a, b in pairs:
            if claim_story[a] == claim_story[b]:
                pairs_of.setdefault(claim_story[a], []).append((a, b))
        published = {a.id: a.published for a in self.articles}
        members: dict[str, list[str]] = {}
        for article in self.articles:
            members.setdefault(article.story_id or "", []).append(article.id)
        found: list[Conflict] = []
        set_aside: list[SetAside] = []
        for story in sorted(by_story):
            in_story = self.finder.find(by_story[story], pairs_of.get(story, []), published)
            if not story or self.likeness is None:  # no story: nothing to tell events apart
                found += in_story
                continue
            bound = [(k.a.article_id, k.b.article_id) for k in in_story if k.kind in EVENT_KINDS]
            apart = self.likeness.apart(members[story], bound) if bound else {}
            for k in in_story:
                alike = apart.get((k.a.article_id, k.b.article_id))
                if k.kind in EVENT_KINDS and alike is not None:
                    set_aside.append(SetAside(k, alike))
                else:
                    found.append(k)
        return Conflicts(
            sorted(found, key=_conflict_order),
            sorted(set_aside, key=lambda s: _conflict_order(s.conflict)),
        )

    def figure_count(self, claims: list[Claim], min_sources: int) -> int:
        """How many groups ``figures`` gives, without their wordings."""
        return sum(
            1 for _, independent, _ in self._figure_groups(claims) if independent >= min_sources
        )

    def _figure_groups(self, claims: list[Claim]) -> Iterator[tuple[list[Given], int, str]]:
        """Each group of figures, days, ages or places given alike, and of clauses stated alike
        (each claim with its figure or clause as written and where it stands in the claim),
        story by story, with its independent sources and its kind (figure, statement)."""
        from claimcheck.comparing.ages import age_groups, spans
        from claimcheck.comparing.figures import (
            OrdinalWords,
            date_groups,
            figure_groups,
            ordinal_groups,
            pair_groups,
        )
        from claimcheck.comparing.measures import place_in_claim
        from claimcheck.comparing.namings import NamingReader
        from claimcheck.comparing.statements import StatementReader

        def dated(c: Claim, start: int, text: str) -> tuple[int, int]:
            at = place_in_claim(c, start, text)
            return (at, at + len(text)) if at >= 0 else (0, len(c.text))

        published = {a.id: a.published for a in self.articles}
        stories: dict[str, list[str]] = {}
        for a in self.articles:
            stories.setdefault(a.story_id or "", []).append(a.id)
        event = PartSettings.of(self.scorer.normalizer.lexicons).event_threshold
        article_of = {c.id: c.article_id for c in self.claims}
        near = {
            (min(x, y), max(x, y))
            for a, b in [*self.look_alikes, *((p[0], p[1]) for p in self.part_candidates)]
            if (x := article_of.get(a)) and (y := article_of.get(b)) and x != y
        }
        statements = StatementReader(self.scorer, self.scorer.normalizer.lexicons)
        ordinal_words = OrdinalWords.of(self.scorer.normalizer.lexicons)
        namings = NamingReader(self.scorer.normalizer, self.scorer.normalizer.lexicons)
        for story, members in sorted(self._by_story(claims)[1].items()):
            story_ages = self.finder.ages(members)
            days = date_groups(self.finder.reader, members, published)
            paired = pair_groups(members, story_ages.holds)
            given = [[c for c, _ in group] for group in days] + [
                [c for c, _, _ in group] for group in paired
            ]
            # articles that give a day or two figures alike report one event, as articles
            # that state a same claim do: their counts may be given alike too
            given_alike = {
                (min(x, y), max(x, y))
                for group in given
                for x, y in itertools.combinations({c.article_id for c in group}, 2)
            }
            groups = [
                ([(m.claim, m.quantity.text, m.span) for m in group], "figure")
                for group in figure_groups(
                    self.finder, members, published, near, story_ages.holds, given_alike
                )
            ]
            groups += [
                ([(c, d.text, dated(c, d.start, d.text)) for c, d in group], "figure")
                for group in days
            ]
            groups += [(spans(group), "figure") for group in age_groups(story_ages)]
            groups += [(group, "figure") for group in paired]
            groups += [
                ([(c, c.text[s:e], (s, e)) for c, _, (s, e) in group], "figure")
                for group in ordinal_groups(members, ordinal_words, self.scorer.normalizer)
            ]
            groups += [
                (
                    [(n.claim, n.claim.text[n.span[0] : n.span[1]], n.span) for n in group],
                    "statement",
                )
                for group in namings.groups(members)
            ]
            groups += [
                ([(k.claim, k.text, (k.start, k.end)) for k in group], "statement")
                for group in statements.groups(
                    members, {c.id: self.finder.features(c) for c in members}
                )
            ]
            for group, kind in _widest(groups):
                articles = sorted({c.article_id for c, _, _ in group})
                pairs = list(itertools.combinations(articles, 2))
                # a figure is corroborated, as a part is, between articles that may report one
                # event: two look-alike events of a story share their background's figures
                # ("the Angels' eight-year offer") but not their own news. A group that spans
                # two such events gives each set of articles of one event its own group.
                if story and self.likeness is not None:
                    one = self.likeness.one_event(stories[story], pairs, event)
                    if len(one) < len(pairs):
                        for kept in _one_event_sets(articles, one):
                            part = [g for g in group if g[0].article_id in kept]
                            yield part, self.sources.independent(sorted(kept)), kind
                        continue
                yield group, self.sources.independent(articles), kind

    def _by_story(self, claims: list[Claim]) -> tuple[dict[str, str], dict[str, list[Claim]]]:
        """Each claim's story, and the claims of each story."""
        story_of = {a.id: a.story_id or "" for a in self.articles}
        claim_story = {c.id: story_of.get(c.article_id, "") for c in claims}
        by_story: dict[str, list[Claim]] = {}
        for c in claims:
            by_story.setdefault(claim_story[c.id], []).append(c)
        return claim_story, by_story

    def figures(self, claims: list[Claim], min_sources: int) -> list[FigureAgreement]:
        """Figures, calendar days, ages and places given alike, and clauses stated alike, by
        ``min_sources`` independent sources or more, in claims not grouped together, each
        story searched on its own."""
        out: list[FigureAgreement] = []
        for group, independent, kind in self._figure_groups(claims):
            if independent >= min_sources:
                wordings = _wordings(self, [c for c, _, _ in group])
                given: dict[str, Given] = {}
                for item in group:
                    given.setdefault(item[0].id, item)
                figures = tuple(given[w.claim.id][1] for w in wordings)
                out.append(
                    FigureAgreement(figures, independent, wordings, tuple(given.values()), kind)
                )
        return sorted(out, key=lambda f: (-f.independent, -len(f.wordings), f.wordings[0].claim.id))


def _widest(groups: list[tuple[list[Given], str]]) -> list[tuple[list[Given], str]]:
    """The groups but those another group holds: each of its figures, in the same claim,
    within one of the other's ("62" within "62 to 64", given alike by the same claims), which
    says it already. Of two that hold each other, the first."""
    spans: list[dict[str, list[tuple[int, int]]]] = []
    for group, _ in groups:
        of_claim: dict[str, list[tuple[int, int]]] = {}
        for c, _, span in group:
            of_claim.setdefault(c.id, []).append(span)
        spans.append(of_claim)

    def within(i: int, j: int) -> bool:
        return all(
            any(s <= start and end <= e for s, e in spans[j].get(c, ()))
            for c, held in spans[i].items()
            for start, end in held
        )

    return [
        groups[i]
        for i in range(len(groups))
        if not any(
            j != i and within(i, j) and (j < i or not within(j, i)) for j in range(len(groups))
        )
    ]


def _one_event_sets(articles: list[str], one_event: set[tuple[str, str]]) -> list[set[str]]:
    """The articles (in order) in sets of two or more whose every pair may report one event:
    each set starts with the first article left and takes each later one that may report
    one event with all of the set."""
    left = list(articles)
    out: list[set[str]] = []
    while left:
        kept = [left[0]]
        for a in left[1:]:
            if all((min(a, k), max(a, k)) in one_event for k in kept):
                kept.append(a)
        left = [a for a in left if a not in kept]
        if len(kept) >= 2:
            out.append(set(kept))
    return out


def look_alikes(pairs: list[tuple[str, str, float, str, str]]) -> list[tuple[str, str]]:
    """The scored pairs kept apart as look-alikes (part candidates aside), as claim ids."""
    return [(a, b) for a, b, _, relation, _ in pairs if relation != PART]


def story_parts(
    articles: list[ArticleSummary],
    claims: list[C],
    candidates: list[tuple[str, str, float, str, str]],
    likeness: PairLikeness | None,
    settings: PartSettings,
    threshold: float,
) -> dict[str, list[C]]:
    """cluster id -> the claims that state it as a part, of the part ``candidates`` among
    ``claims`` (of ``articles``): only between two articles of one story that may report one
    event (``likeness`` None: any two); ``threshold`` is the grouping threshold."""
    members: dict[str, list[str]] = {}
    for a in articles:
        members.setdefault(a.story_id or "", []).append(a.id)

    def one_event(story: str, pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
        if not story or likeness is None:
            return set(pairs)
        return likeness.one_event(members[story], pairs, settings.event_threshold)

    story_of = {a.id: a.story_id for a in articles}
    return memberships(claims, candidates, story_of, one_event, threshold)


def _conflict_order(c: Conflict) -> tuple[str, str, str]:
    return (c.kind, c.a.id, c.b.id)


MAX_COPIES = 50  # copies of one claim that meet the other side of a look-alike pair


def _copies(claims: list[Claim]) -> dict[str, list[str]]:
    """Each claim's copies (the same normalised words and polarity), itself first among them,
    up to ``MAX_COPIES``: a sentence repeated, or run by several outlets."""
    groups: dict[tuple[str, bool], list[str]] = {}
    for c in claims:
        if c.norm:
            groups.setdefault((c.norm, c.annotations.negated), []).append(c.id)
    out: dict[str, list[str]] = {}
    for members in groups.values():
        if len(members) > 1:
            for m in members:
                out[m] = [m, *[x for x in members if x != m][: MAX_COPIES - 1]]
    return out


def _wordings(data: _Store, members: list[Claim], parts: Sequence[Claim] = ()) -> list[Wording]:
    """One claim per article (its first in the cluster, or in a group of figures; else its
    first that states the cluster's claim as a part), earliest article first."""
    by_article: dict[str, Claim] = {}
    for c in sorted(members, key=lambda c: (c.article_id, c.seq)):
        by_article.setdefault(c.article_id, c)
    part_ids = {c.id for c in parts}
    for c in sorted(parts, key=lambda c: (c.article_id, c.seq)):
        by_article.setdefault(c.article_id, c)
    articles = data.sources.articles
    ordered = sorted(by_article, key=lambda a: (articles[a].published or "9999", articles[a].name))
    return [
        Wording(articles[a], c, framing(c), c.id in part_ids)
        for a in ordered
        for c in [by_article[a]]
    ]


def _on_topic(members: list[Claim], topic: str | None, topic_name: str | None) -> bool:
    if topic is None:
        return True
    if topic_name is not None:
        return any(topic_name in c.annotations.topic_names for c in members)
    from claimcheck.comparing.query import match_words

    return bool(match_words(members, topic))


def build_report(
    store: Store,
    *,
    topic: str | None = None,
    min_sources: int = 2,
    threshold: float | None = None,
    lexicons: Lexicons | None = None,
    story: str | None = None,
) -> Report:
    """What the sources agree and disagree on: in one ``story`` (an id or a prefix of one),
    or in the whole store."""
    from claimcheck.comparing.query import topic_name

    chosen = resolve_story(store, story) if story is not None else None
    data = _Store.read(store, threshold, lexicons, chosen)
    name = topic_name(store, topic) if topic is not None else None
    agreements: list[Agreement] = []
    background: list[Agreement] = []
    framing_differences: list[Agreement] = []
    single = 0
    on_topic: list[Claim] = []
    clusters = data.clusters()
    parts = data.parts()
    elsewhere = store.cluster_stories(sorted(clusters)) if chosen else {}
    canonicals = store.canonicals(sorted(clusters))
    for cid, members in clusters.items():
        if not _on_topic(members, topic, name):
            continue
        on_topic += members
        wordings = _wordings(data, members, parts.get(cid, []))
        independent = data.sources.independent([w.article.id for w in wordings])
        canonical = next((m for m in members if m.id == canonicals.get(cid)), members[0])
        others = tuple(s for s in elsewhere.get(cid, ()) if chosen and s != chosen.id)
        entry = Agreement(
            cid,
            canonical,
            independent,
            wordings,
            data.sources.first_reported([w.article.id for w in wordings]),
            tuple(dict.fromkeys(t for m in members for t in m.annotations.topic_names)),
            others,
        )
        if others:  # a fact that recurs in other stories: background, not this event's news
            background.append(entry)
            continue
        if independent < 2:
            single += 1
        if independent >= min_sources:
            agreements.append(entry)
        states = {w.framing.state for w in wordings}
        if len(wordings) >= 2 and "stated" in states and len(states) > 1:
            framing_differences.append(entry)
    order = lambda e: (-e.independent, -len(e.wordings), e.first_reported or "9999", e.cluster_id)  # noqa: E731
    conflicts = data.conflicts(on_topic)
    return Report(
        articles=data.articles,
        derived=sorted(data.sources.derived.values(), key=lambda d: d.article),
        agreements=sorted(agreements, key=order),
        conflicts=conflicts.found,
        framing=sorted(framing_differences, key=order),
        single_source=single,
        topic=name or topic,
        min_sources=min_sources,
        story=chosen,
        background=sorted(background, key=order),
        figures=data.figures(on_topic, min_sources),
        set_aside=conflicts.set_aside,
        parts={k: v for k, v in parts.items() if k in clusters},
    )


def cluster_context(
    store: Store, cluster_id: str, members: list[Claim], lexicons: Lexicons | None = None
) -> tuple[list[FigureAgreement], list[Claim]]:
    """What a cluster's claims (``members``) corroborate beyond the cluster, in their stories,
    each read once: the figures they give alike with claims of other clusters (figure by
    figure), and the claims of other clusters that state the cluster's claim among other
    things (``grouping/parts.py``)."""
    ids = {m.id for m in members}
    articles = (store.article_by_id(a) for a in sorted({m.article_id for m in members}))
    figures: list[FigureAgreement] = []
    parts: list[Claim] = []
    for story_id in sorted({a.story_id for a in articles if a is not None and a.story_id}):
        data = _Store.read(store, None, lexicons, resolve_story(store, story_id))
        figures += [
            f for f in data.figures(data.claims, 1) if any(w.claim.id in ids for w in f.wordings)
        ]
        parts += data.parts().get(cluster_id, [])
    return figures, parts


# what finding conflicts reads of a claim's annotations (not its entities, the longest part)
CONFLICT_ANNOTATIONS = (
    "hedges",
    "numbers",
    "dates",
    "negations",
    "comparisons",
    "topics",
    "attribution",
    "referent",
)


def story_findings(
    articles: list[ArticleSummary],
    claims: list[Claim],
    pairs: list[tuple[str, str, float, str, str]],
    scorer: Scorer,
    idf: StoreIdf,
    likeness: PairLikeness,
) -> tuple[int, int]:
    """How many conflicts, and figures given alike by two sources or more, one story's report
    finds (its ``articles``, their ``claims``, which need only ``CONFLICT_ANNOTATIONS``, and
    the scored ``pairs`` among them), with a scorer, word weights and articles' likeness
    shared by many stories (counting every story's for the overview)."""
    data = _Store(
        articles,
        claims,
        Sources.of_claims(articles, claims),
        scorer,
        idf,
        look_alikes(pairs),
        likeness=likeness,
        part_candidates=[p for p in pairs if p[3] == PART],
    )
    # only claims with figures, dates or a denial are ever scored against another
    scored = (
        c for c in claims if c.annotations.numbers or c.annotations.dates or c.annotations.negations
    )
    idf.prefetch(data.finder.features(c).bag for c in scored)
    return len(data.conflicts(claims).found), data.figure_count(claims, 2)


def resolve_story(store: Store, ref: str) -> StoryRow:
    """A story by its id or a unique prefix of it."""
    tables = StoryTables(store)
    ids = tables.story_ids(ref)
    exact = [i for i in ids if i == ref]
    if not ids:
        raise NotFoundError(f"no story matches {quote(ref)} (see 'claimcheck stories')")
    if len(ids) > 1 and not exact:
        raise NotFoundError(f"{quote(ref)} matches several stories; give more of the id")
    found = tables.story((exact or ids)[0])
    assert found is not None
    return found


# -- two articles -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Diff:
    a: ArticleSummary
    b: ArticleSummary
    both: list[tuple[Claim, Claim, float]]  # claims in both, with their score
    only_a: list[Claim]
    only_b: list[Claim]
    conflicts: list[Conflict]
    framing: list[tuple[Framing, Framing]]  # shared claims framed differently
    set_aside: list[SetAside] = field(default_factory=list)  # as in a report


def build_diff(store: Store, ref_a: str, ref_b: str, *, lexicons: Lexicons | None = None) -> Diff:
    a, b = store.resolve_article(ref_a), store.resolve_article(ref_b)
    if a.id == b.id:
        raise UsageError("diff: give two different articles")
    data = _Store.read(store, lexicons=lexicons)
    claims_a = [c for c in data.claims if c.article_id == a.id]
    claims_b = [c for c in data.claims if c.article_id == b.id]
    in_b: dict[str, list[Claim]] = {}
    for c in claims_b:
        if c.cluster_id:
            in_b.setdefault(c.cluster_id, []).append(c)
    both: list[tuple[Claim, Claim, float]] = []
    matched_b: set[str] = set()
    for c in claims_a:
        partners = in_b.get(c.cluster_id or "", [])
        if partners:
            fa = data.scorer.features(c)
            scored = [
                (p, data.scorer.text_score(fa, data.scorer.features(p), data.idf)[0])
                for p in partners
            ]
            best, score = max(scored, key=lambda ps: ps[1])
            both.append((c, best, score))
            matched_b.update(p.id for p in partners)
    paired_a = {x.id for x, _, _ in both}
    framing_diffs = [
        (framing(x), framing(y)) for x, y, _ in both if framing(x).label != framing(y).label
    ]
    conflicts = data.conflicts(claims_a + claims_b)
    return Diff(
        a=a,
        b=b,
        both=both,
        only_a=[c for c in claims_a if c.id not in paired_a],
        only_b=[c for c in claims_b if c.id not in matched_b],
        conflicts=conflicts.found,
        framing=framing_diffs,
        set_aside=conflicts.set_aside,
    )


# -- the corroboration table ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cell:
    state: str  # stated, hedged, attributed, conflicting, or "" when the article is silent
    detail: str  # the cue, the speaker, or what conflicts
    text: str  # the article's own claim


@dataclass(frozen=True, slots=True)
class TableRow:
    cluster_id: str
    canonical: Claim
    topics: tuple[str, ...]
    independent: int
    conflict: bool
    cells: dict[str, Cell]  # by article id
    figure: str = ""  # a figure given alike (the row of a figure's group): as first written
    statement: str = ""  # a clause stated alike (the row of its group): as first written

    @property
    def label(self) -> str:
        """What the row stands for: the cluster's claim, a figure as a claim states it, or a
        clause stated alike."""
        if self.statement:
            return f"[statement] {self.statement}"
        text = self.canonical.text
        return f"[figure {self.figure}] {text}" if self.figure else text


@dataclass(frozen=True, slots=True)
class Table:
    articles: list[ArticleSummary]
    rows: list[TableRow]
    conflicts: list[Conflict]
    figures: list[FigureAgreement] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)  # as in a report
    parts: dict[str, list[Claim]] = field(default_factory=dict)  # as in a report


def build_table(
    store: Store,
    *,
    topic: str | None = None,
    min_sources: int = 1,
    lexicons: Lexicons | None = None,
    story: str | None = None,
) -> Table:
    """One row per cluster, one column per article: how each article reports each claim."""
    report = build_report(
        store, topic=topic, min_sources=min_sources, lexicons=lexicons, story=story
    )
    by_cluster: dict[str, list[Conflict]] = {}
    for k in report.conflicts:
        for side in (k.a, k.b):
            if side.cluster_id:
                by_cluster.setdefault(side.cluster_id, []).append(k)
    rows = []
    for entry in report.agreements:
        cells: dict[str, Cell] = {}
        for w in entry.wordings:
            f = w.framing
            detail = ", ".join(f.cues) if f.state == "hedged" else (f.speaker or "")
            if w.part:  # the source states the claim within a longer one of its own
                detail = "; ".join(x for x in (detail, "within a longer claim") if x)
            cells[w.article.id] = Cell(f.state, detail, w.claim.text)
        for k in by_cluster.get(entry.cluster_id, []):
            # the article on the other side of a conflict with this claim contradicts it
            theirs = k.b if k.a.cluster_id == entry.cluster_id else k.a
            cells[theirs.article_id] = Cell("conflicting", f"{k.kind}: {k.detail}", theirs.text)
        rows.append(
            TableRow(
                entry.cluster_id,
                entry.canonical,
                entry.topics,
                entry.independent,
                entry.cluster_id in by_cluster,
                cells,
            )
        )
    rows += [_figure_row(f) for f in report.figures]
    return Table(
        report.articles, rows, report.conflicts, report.figures, report.set_aside, report.parts
    )


def _figure_row(f: FigureAgreement) -> TableRow:
    """A figure given alike (or a clause stated alike) as a row of its own: each source's
    claim that gives it."""
    cells: dict[str, Cell] = {}
    for w, figure in zip(f.wordings, f.figures, strict=True):
        frame = w.framing
        detail = ", ".join(frame.cues) if frame.state == "hedged" else (frame.speaker or "")
        given = f"gives {figure}" if f.kind == "figure" else f"states “{figure}”"
        detail = "; ".join(x for x in (detail, given) if x)
        cells[w.article.id] = Cell(frame.state, detail, w.claim.text)
    topics = tuple(dict.fromkeys(t for m in f.members for t in m.annotations.topic_names))
    first = f.figures[0]
    return TableRow(
        f.id,
        f.wordings[0].claim,
        topics,
        f.independent,
        False,
        cells,
        first if f.kind == "figure" else "",
        first if f.kind == "statement" else "",
    )
