"""Report data as plain objects, for the renderer and the exporters."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from claimcheck.annotate.topics import TopicTagger
from claimcheck.comparing.conflicts import Conflict, ConflictFinder, Framing, framing
from claimcheck.comparing.sources import Derivation, Sources
from claimcheck.errors import UsageError
from claimcheck.grouping.match import Idf, Scorer
from claimcheck.grouping.normalize import Normalizer
from claimcheck.lexicons import Lexicons
from claimcheck.models import Claim
from claimcheck.storage.store import ArticleSummary, Store


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


@dataclass(frozen=True, slots=True)
class Agreement:
    cluster_id: str
    canonical: Claim
    independent: int  # independent sources (copies of one article count once)
    wordings: list[Wording]  # one per article, earliest first
    first_reported: str | None
    topics: tuple[str, ...]


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


@dataclass(slots=True)
class _Store:
    """What a report needs, read once from the store."""

    articles: list[ArticleSummary]
    claims: list[Claim]
    sources: Sources
    scorer: Scorer
    idf: Idf
    look_alikes: list[tuple[str, str]]

    @classmethod
    def read(
        cls, store: Store, threshold: float | None = None, lexicons: Lexicons | None = None
    ) -> _Store:
        from claimcheck.grouping.regroup import stored_threshold

        articles = store.articles()
        claims = store.claims()
        scorer = Scorer(Normalizer(lexicons), threshold=stored_threshold(store, threshold))
        idf = Idf.of(scorer.features(c).bag for c in claims)
        return cls(
            articles,
            claims,
            Sources.of_claims(articles, claims),
            scorer,
            idf,
            [(a, b) for a, b, *_ in store.pairs()],
        )

    def clusters(self) -> dict[str, list[Claim]]:
        out: dict[str, list[Claim]] = {}
        for c in self.claims:
            if c.cluster_id:
                out.setdefault(c.cluster_id, []).append(c)
        return out

    def conflicts(self, claims: list[Claim]) -> list[Conflict]:
        ids = {c.id for c in claims}
        pairs = [
            (a.id, b.id)
            for members in self.clusters().values()
            for i, a in enumerate(members)
            for b in members[i + 1 :]
            if a.article_id != b.article_id and a.id in ids and b.id in ids
        ]
        pairs += [(a, b) for a, b in self.look_alikes if a in ids and b in ids]
        return ConflictFinder(self.scorer, self.idf).find(claims, pairs)


def _wordings(data: _Store, members: list[Claim]) -> list[Wording]:
    """One claim per article (its first in the cluster), earliest article first."""
    by_article: dict[str, Claim] = {}
    for c in sorted(members, key=lambda c: (c.article_id, c.seq)):
        by_article.setdefault(c.article_id, c)
    articles = data.sources.articles
    ordered = sorted(by_article, key=lambda a: (articles[a].published or "9999", articles[a].name))
    return [Wording(articles[a], by_article[a], framing(by_article[a])) for a in ordered]


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
) -> Report:
    from claimcheck.comparing.query import topic_name

    data = _Store.read(store, threshold, lexicons)
    name = topic_name(store, topic) if topic is not None else None
    agreements: list[Agreement] = []
    framing_differences: list[Agreement] = []
    single = 0
    on_topic: list[Claim] = []
    for cid, members in data.clusters().items():
        if not _on_topic(members, topic, name):
            continue
        on_topic += members
        wordings = _wordings(data, members)
        independent = data.sources.independent([w.article.id for w in wordings])
        canonical = next((m for m in members if m.id == _canonical(store, cid)), members[0])
        entry = Agreement(
            cid,
            canonical,
            independent,
            wordings,
            data.sources.first_reported([w.article.id for w in wordings]),
            tuple(dict.fromkeys(t for m in members for t in m.annotations.topic_names)),
        )
        if independent < 2:
            single += 1
        if independent >= min_sources:
            agreements.append(entry)
        states = {w.framing.state for w in wordings}
        if len(wordings) >= 2 and "stated" in states and len(states) > 1:
            framing_differences.append(entry)
    order = lambda e: (-e.independent, -len(e.wordings), e.first_reported or "9999", e.cluster_id)  # noqa: E731
    return Report(
        articles=data.articles,
        derived=sorted(data.sources.derived.values(), key=lambda d: d.article),
        agreements=sorted(agreements, key=order),
        conflicts=data.conflicts(on_topic),
        framing=sorted(framing_differences, key=order),
        single_source=single,
        topic=name or topic,
        min_sources=min_sources,
    )


def _canonical(store: Store, cluster_id: str) -> str | None:
    row = store.db.conn.execute(
        "SELECT canonical FROM clusters WHERE id = ?", (cluster_id,)
    ).fetchone()
    return str(row[0]) if row else None


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
    return Diff(
        a=a,
        b=b,
        both=both,
        only_a=[c for c in claims_a if c.id not in paired_a],
        only_b=[c for c in claims_b if c.id not in matched_b],
        conflicts=data.conflicts(claims_a + claims_b),
        framing=framing_diffs,
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


@dataclass(frozen=True, slots=True)
class Table:
    articles: list[ArticleSummary]
    rows: list[TableRow]
    conflicts: list[Conflict]


def build_table(
    store: Store,
    *,
    topic: str | None = None,
    min_sources: int = 1,
    lexicons: Lexicons | None = None,
) -> Table:
    """One row per cluster, one column per article: how each article reports each claim."""
    report = build_report(store, topic=topic, min_sources=min_sources, lexicons=lexicons)
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
    return Table(report.articles, rows, report.conflicts)
