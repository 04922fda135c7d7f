"""Stories in the store: found from scratch (``rebuild``, as `claimcheck match` does) or one
article at a time as articles arrive (``place``), with the regions that grew clustered again
(``settle``), and the curators' decisions applied on every grouping.

A story's id (and its topic's) comes from its smallest article id, as a cluster's does from
its smallest claim id: the same articles give the same ids in a fresh store, after `match`
and whatever the order they came in; an id changes only when its smallest article does.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np

from claimcheck.errors import UsageError
from claimcheck.lexicons import Lexicons
from claimcheck.rules import rules_digest
from claimcheck.storage.store import Store
from claimcheck.storage.stories import ArticleFacts, StoryRow, StoryTables
from claimcheck.stories.cluster import (
    Group,
    Partition,
    best_story,
    best_topic,
    cluster_all,
    cluster_matrix,
    collection_idf,
)
from claimcheck.stories.features import FeatureReader, StoryFeatures, Terms
from claimcheck.stories.similarity import DocFreq, Params
from claimcheck.stories.vectors import KeyMatrix, by_centrality, idf, top_keys
from claimcheck.stories.vectors import weigh as weigh_all

CANDIDATE_TOPICS = 8  # topics an arriving article is compared with in full,
TOPIC_SAMPLE = 60  # each through its most recent articles,
HOLDERS = 200  # found through the most recent articles under each of its keys
REGROW = 0.25  # a topic that grew by this share since it was clustered is clustered again;
SETTLE_MAX = 400  # at the end of an ingest, touched topics up to this size are, whatever growth
SCRATCH_KEY = "stories.scratch"  # the stories last found from scratch, as written (_as_written)


@dataclass(slots=True)
class StoryPlan:
    """Stories found from scratch, ready to be written."""

    assignment: dict[str, str]  # article -> story
    changed: dict[str, str]  # the articles whose story is not the stored one
    keys: dict[str, str]  # story keys read for articles stored without them
    rows: list[StoryRow]
    index: KeyIndex
    report: StoriesReport
    found_from: bytes  # what they were found from (``StoryBuilder.found_from``)

    def write(self, store: Store) -> None:
        """Write the stories; inside the caller's transaction."""
        tables = StoryTables(store)
        for article, terms in sorted(self.keys.items()):
            tables.set_keys(article, terms)
        tables.assign(self.changed)
        tables.save_stories(self.rows, replace_all=True)
        tables.save_key_counts(self.index.articles, self.index.counts())
        tables.reindex(self.index.postings())
        store.set_meta(SCRATCH_KEY, _as_written(self.found_from, self.assignment, self.rows))

    def written(self, store: Store) -> None:
        """Nothing more to write once the claims are grouped (``regroup_all`` counts)."""


@dataclass(slots=True)
class StoredStories:
    """The stories as stored, when they are what a grouping from scratch finds: the last one
    wrote them, and nothing they are found from has changed since (``StoryBuilder.plan``)."""

    assignment: dict[str, str]
    report: StoriesReport

    def write(self, store: Store) -> None:
        """Nothing to write: the stories are stored."""

    def written(self, store: Store) -> None:
        """Nothing more to write once the claims are grouped (``regroup_all`` counts)."""


@dataclass(slots=True)
class KeyIndex:
    """The key counts and the index of postings of a grouping from scratch, kept as arrays
    while the claims are grouped (as tuples of strings they would take hundreds of MB on a
    store of a million claims)."""

    articles: int
    names: list[str]  # each key, by column
    rank: np.ndarray  # each column's place in string order
    df: np.ndarray  # how many articles hold each column
    ids: list[str]  # each article, by row
    rows: np.ndarray  # postings: (row, column) of each article's heaviest keys
    cols: np.ndarray

    def counts(self) -> Iterator[tuple[str, int]]:
        """(key, articles holding it), in key order."""
        order = np.argsort(self.rank)
        for c, n in zip(order.tolist(), self.df[order].tolist(), strict=True):
            yield self.names[c], n

    def postings(self) -> Iterator[tuple[str, str]]:
        names, ids = self.names, self.ids
        for r, c in zip(self.rows.tolist(), self.cols.tolist(), strict=True):
            yield names[c], ids[r]


@dataclass(slots=True)
class StoriesReport:
    articles: int = 0
    stories: int = 0
    topics: int = 0
    moved: set[str] = field(default_factory=set)  # articles whose story changed


def _as_written(
    found_from: bytes, assignment: Mapping[str, str | None], rows: list[StoryRow]
) -> str:
    """A digest of stories as found from scratch and written (each article's story, and the
    stories as rows, their counts aside: those are kept anew on every grouping)."""
    digest = hashlib.blake2b(found_from, digest_size=16)
    digest.update(repr(sorted(assignment.items())).encode())
    for r in sorted(rows, key=lambda r: r.id):
        story = (r.id, r.topic, r.title, r.title_article, r.articles, r.outlets, r.first, r.last)
        digest.update(repr((*story, r.clustered)).encode())
    return digest.hexdigest()


def moved_articles(before: dict[str, str | None], after: dict[str, str]) -> set[str]:
    """The articles that left the story they were in. Each new story continues the old
    story that gives it most of its articles (an old story split in parts is continued by the
    part holding most of it; ties go to the smaller id), and an article moved when its new
    story does not continue its old one. A story is named after its smallest article, so one
    that takes in a smaller article is renamed: its articles did not move for that."""
    taken: dict[str, Counter[str]] = defaultdict(Counter)
    for article, story in after.items():
        old = before.get(article)
        if old is not None:
            taken[story][old] += 1
    heir: dict[str, tuple[int, str]] = {}  # old story -> (-articles taken, the new story)
    for story, counts in sorted(taken.items()):
        main = min(counts, key=lambda old: (-counts[old], old))
        heir[main] = min(heir.get(main, (0, story)), (-counts[main], story))
    continues = {story: old for old, (_, story) in heir.items()}
    return {
        a
        for a, story in after.items()
        if before.get(a) is not None and before[a] != continues.get(story)
    }


def story_id(article_ids: Iterable[str]) -> str:
    return hashlib.sha256(f"story:{min(article_ids)}".encode()).hexdigest()[:16]


def topic_id(article_ids: Iterable[str]) -> str:
    return hashlib.sha256(f"topic:{min(article_ids)}".encode()).hexdigest()[:16]


class StoryBuilder:
    def __init__(self, lexicons: Lexicons | None = None) -> None:
        lexicons = lexicons or Lexicons.packaged()
        self.lexicons = lexicons
        self.reader = FeatureReader(lexicons)
        self.p = Params.of(lexicons["stories"])

    # -- from scratch -------------------------------------------------------------------------

    def plan(self, store: Store) -> StoryPlan | StoredStories:
        """Every article's story from scratch, worked out without writing: the claims are
        grouped within these stories before both are written in one transaction. When the
        stories stored are what this would find (the last grouping from scratch wrote them,
        and the rules, articles, keys and decisions are the same), they are taken as they are:
        regrouping the claims at another threshold does not find the stories again."""
        tables = StoryTables(store)
        keys: dict[str, str] = {}
        for a in tables.without_keys():  # stored before stories were: read from their claims
            sentences, published = tables.sentences(a)
            keys[a] = self.reader.read(sentences, published).dumps()
        found_from = self.found_from(store, tables, keys)
        if not keys:  # else they were stored without keys, which this grouping writes
            stored = tables.all_assignments()
            rows = tables.stories()
            if store.meta(SCRATCH_KEY) == _as_written(found_from, stored, rows):
                report = StoriesReport(len(stored), len(rows), len({r.topic for r in rows}))
                return StoredStories({a: s for a, s in stored.items() if s}, report)
        ids: list[str] = []
        dates: list[str | None] = []

        def read() -> Iterator[Terms]:  # one article at a time: the JSON is not all kept
            for aid, text, published in tables.all_keys():
                ids.append(aid)
                dates.append(published)
                text = keys.get(aid, text)
                yield StoryFeatures.loads(text, published).terms

        matrix = KeyMatrix.of(read())
        df = matrix.df()
        found = cluster_matrix(matrix, dates, self.p, idf(matrix.n, df))
        before = tables.all_assignments()
        stories = self._named(tables, found.partition, ids)
        assignment = {a: sid for sid, (_, members) in stories.items() for a in members}
        row = {a: i for i, a in enumerate(ids)}
        ranked = {
            sid: (
                [ids[i] for i in by_centrality(found.vectors, np.array([row[a] for a in members]))]
                if len(members) > 2
                else members
            )
            for sid, (_, members) in stories.items()
        }
        posting_rows, entries = found.top
        return StoryPlan(
            assignment=assignment,
            changed={a: s for a, s in assignment.items() if before.get(a) != s},
            keys=keys,
            rows=self._rows(tables, stories, ranked, ids),
            index=KeyIndex(
                matrix.n,
                matrix.names,
                matrix.rank,
                df,
                ids,
                posting_rows,
                found.vectors.cols[entries],
            ),
            report=StoriesReport(
                articles=len(ids),
                stories=len(stories),
                topics=len({t for t, _ in stories.values()}),
                moved=moved_articles(before, assignment),
            ),
            found_from=found_from,
        )

    def found_from(self, store: Store, tables: StoryTables, keys: dict[str, str]) -> bytes:
        """A digest of all that stories from scratch are found from: the rules, the articles as
        stored and the curators' decisions (``Store.fingerprint``), and every article's keys
        (``keys``: those read now for articles stored without them)."""
        digest = hashlib.blake2b(rules_digest(self.lexicons), digest_size=16)
        digest.update(store.fingerprint().encode())
        for aid, text, published in tables.all_keys():
            terms = keys.get(aid, text) or ""
            digest.update(f"{aid}|{published}|{len(terms)}|".encode())
            digest.update(terms.encode())
        return digest.digest()

    def _named(
        self, tables: StoryTables, partition: Partition, ids: list[str]
    ) -> dict[str, tuple[str, list[str]]]:
        """story id -> (topic id, articles): the partition with the curators' decisions
        applied, named after their articles."""
        stories: list[list[str]] = []
        topic_of: list[int] = []
        for t, topic in enumerate(partition.topics):
            for story in topic:
                stories.append([ids[i] for i in story])
                topic_of.append(t)
        stories, topic_of = _apply_decisions(tables.decisions(), stories, topic_of)
        topics: dict[int, list[str]] = defaultdict(list)
        for members, t in zip(stories, topic_of, strict=True):
            topics[t] += members
        return {
            story_id(members): (topic_id(topics[t]), sorted(members))
            for members, t in zip(stories, topic_of, strict=True)
            if members  # a story a curator moved away whole
        }

    def _rows(
        self,
        tables: StoryTables,
        stories: dict[str, tuple[str, list[str]]],
        ranked: dict[str, list[str]],
        ids: list[str],
    ) -> list[StoryRow]:
        facts = tables.article_facts(ids)
        topic_size = Counter(t for t, members in stories.values() for _ in members)
        return [
            self._row(sid, topic, members, ranked[sid], facts, topic_size[topic])
            for sid, (topic, members) in sorted(stories.items())
        ]

    def _row(
        self,
        sid: str,
        topic: str,
        members: list[str],
        ranked: list[str],
        facts: dict[str, ArticleFacts],
        topic_size: int,
    ) -> StoryRow:
        """A story's row; ``ranked``: its articles, the most central first."""
        central, title = story_title(ranked, facts)
        dates = sorted(d for d in (facts[a].published for a in members if a in facts) if d)
        outlets = {
            (facts[a].outlet or "").casefold() or f"article:{a}" for a in members if a in facts
        }
        return StoryRow(
            id=sid,
            topic=topic,
            title=title,
            title_article=central,
            articles=len(members),
            outlets=len(outlets),
            first=dates[0] if dates else None,
            last=dates[-1] if dates else None,
            clustered=topic_size,
            corroborated=0,
            conflicts=0,
        )

    # -- one article at a time ----------------------------------------------------------------

    def place(self, store: Store, article_id: str) -> str | None:
        """Put a newly stored article in the story it is most like (or a new one) and return
        the topic it joined, for ``settle``; inside the article's transaction."""
        tables = StoryTables(store)
        raw = tables.keys([article_id])
        if article_id not in raw:
            return None
        article = StoryFeatures.loads(*raw[article_id])
        total, counts = tables.key_counts(article.terms)
        glob = DocFreq(total)
        glob.df.update(counts)
        heaviest = self._heaviest(article, glob)
        votes: dict[str, float] = defaultdict(float)
        for k, weight in heaviest:
            if glob.df.get(k, 0) > self.p.posting_cap:
                continue
            for holder in tables.holders(k, HOLDERS):
                if holder != article_id:
                    votes[holder] += weight
        story_of = tables.story_of(votes)
        topic_of_story = tables.topic_of(s for s in story_of.values() if s)
        topic_votes: dict[str, float] = defaultdict(float)
        for holder, v in votes.items():
            s = story_of.get(holder)
            if s and s in topic_of_story:
                topic_votes[topic_of_story[s]] += v
        candidates = sorted(topic_votes, key=lambda t: (-topic_votes[t], t))[:CANDIDATE_TOPICS]
        members = {t: tables.topic_members(t, TOPIC_SAMPLE) for t in candidates}
        loaded = self._load(tables, [a for rows in members.values() for a, _ in rows], glob)
        topics = [Group(t, [loaded[a] for a, _ in members[t] if a in loaded]) for t in candidates]
        topic, _ = best_topic(article, topics, glob, self.p)
        if topic is None:
            sid = story_id([article_id])
            tid = topic_id([article_id])
        else:
            tid = topic.id
            by_story: dict[str, list[StoryFeatures]] = defaultdict(list)
            for a, s in members[tid]:
                if a in loaded:
                    by_story[s].append(loaded[a])
            stories = [Group(s, fs) for s, fs in sorted(by_story.items())]
            story = best_story(article, topic.members, stories, glob, self.p)
            sid = story.id if story is not None else story_id([article_id])
        tables.assign({article_id: sid})
        tables.index(article_id, [k for k, _ in heaviest])
        self._refresh(tables, [sid], tid, glob, {**loaded, article_id: article})
        return _rename(tables, sid)

    def _heaviest(self, article: StoryFeatures, glob: DocFreq) -> list[tuple[str, float]]:
        """The article's heaviest keys, heaviest first, with their weights: what it is
        indexed under, and how much each counts in finding articles like it."""
        keys = KeyMatrix.of([article.terms])
        vectors = weigh_all(keys, self.p.topic_weights, collection_idf(keys, glob))
        _, entries = top_keys(vectors, keys.rank, self.p.index_keys)
        return list(
            zip(
                [keys.names[c] for c in vectors.cols[entries].tolist()],
                vectors.values[entries].tolist(),
                strict=True,
            )
        )

    def _load(
        self, tables: StoryTables, article_ids: list[str], glob: DocFreq
    ) -> dict[str, StoryFeatures]:
        """Stored articles' keys, with the counts of all their keys added to ``glob``."""
        raw = tables.keys(article_ids)
        loaded = {a: StoryFeatures.loads(*raw[a]) for a in raw}
        missing = {k for f in loaded.values() for k in f.terms} - set(glob.df)
        if missing:
            _, counts = tables.key_counts(missing)
            glob.df.update(counts)
        return loaded

    def _refresh(
        self,
        tables: StoryTables,
        story_ids: list[str],
        topic: str,
        glob: DocFreq,
        known: dict[str, StoryFeatures] | None = None,
    ) -> None:
        """Rewrite the rows of stories whose members changed (a story left empty goes).
        ``known``: articles' keys read already, which are not read again."""
        known = known or {}
        if glob.n == 0:
            glob.n = tables.key_counts([])[0]
        rows: list[StoryRow] = []
        for sid in sorted(set(story_ids)):
            members = tables.members(sid)
            if not members:
                continue
            loaded = self._load(tables, [a for a in members if a not in known], glob)
            loaded.update((a, known[a]) for a in members if a in known)
            old = tables.story(sid)
            rows.append(
                self._row(
                    sid,
                    old.topic if old else topic,
                    members,
                    _by_centrality(members, loaded, glob, self.p),
                    tables.article_facts(members),
                    old.clustered if old else 0,
                )
            )
        tables.save_stories(rows)
        tables.drop_empty()

    def move(self, store: Store, article_id: str, target: str | None) -> tuple[str, str]:
        """A curator's decision: the article goes into story ``target`` (None: a story of its
        own, split out of its present one). Recorded, so that every later grouping keeps it,
        and applied now; returns (the story it left, the story it is in), as they are named
        after it. Inside a transaction."""
        tables = StoryTables(store)
        home = tables.story_of([article_id]).get(article_id)
        if home is None:
            raise UsageError("the article is in no story yet: run 'claimcheck match' first")
        row = tables.story(home)
        assert row is not None
        if target is None:
            tables.add_decision("split", article_id, None)
            goal, topic = story_id([article_id]), row.topic
        else:
            found = tables.story(target)
            if found is None:
                raise UsageError(f"no story {target}")
            anchor = found.title_article or min(tables.members(target))
            tables.add_decision("move", article_id, anchor)
            goal, topic = target, found.topic
        remaining = [a for a in tables.members(home) if a != article_id]
        if goal == home or (target is None and not remaining):
            return home, home  # there already
        tables.rename_story(home, "moving:" + home)  # free its name: it may be the new one's
        tables.assign({article_id: goal})
        rest = story_id(remaining) if remaining else None
        glob = DocFreq()
        if rest is not None:
            tables.rename_story("moving:" + home, rest)
            self._refresh(tables, [rest], row.topic, glob)
            _rename(tables, rest)
        self._refresh(tables, [goal], topic, glob)  # a story left empty is dropped here
        _rename(tables, goal)
        now = tables.story_of([article_id])[article_id]
        assert now is not None
        return rest or home, now

    def settle(self, store: Store, topics: set[str], *, end_of_run: bool) -> set[str]:
        """Cluster again from scratch the topics that grew by a quarter since they last were
        (or, at the end of an ingest run, every touched topic of modest size), so that
        choices made one article at a time are revisited; returns the articles moved."""
        tables = StoryTables(store)
        moved: set[str] = set()
        for tid in sorted(topics):
            members = tables.topic_members(tid)
            if not members:
                continue
            stories = {s for _, s in members}
            clustered = max((r.clustered for r in map(tables.story, stories) if r), default=0)
            grown = len(members) >= (1 + REGROW) * max(clustered, 1)
            if not (grown or (end_of_run and len(members) <= SETTLE_MAX)):
                continue
            if not grown and clustered == len(members):
                continue  # clustered whole at this size already
            moved |= self._recluster(tables, tid, members)
        return moved

    def _recluster(self, tables: StoryTables, tid: str, members: list[tuple[str, str]]) -> set[str]:
        before = dict(members)
        anchor_of = {article: anchor for _, article, anchor in tables.decisions()}
        # an article a curator moved into a story of another topic stays where it was put
        ids = sorted(a for a in before if anchor_of.get(a) is None or anchor_of[a] in before)
        total, _ = tables.key_counts([])
        glob = DocFreq(total)
        loaded = self._load(tables, ids, glob)
        ids = [a for a in ids if a in loaded]
        features = [loaded[a] for a in ids]
        partition = cluster_all(features, self.p, glob)
        # the topic stays one topic: only its stories are found again
        flat = Partition([[s for topic in partition.topics for s in topic]])
        stories = self._named(tables, flat, ids)
        assignment = {a: sid for sid, (_, m) in stories.items() for a in m}
        changed = {a for a, s in assignment.items() if before.get(a) != s}
        tables.assign({a: assignment[a] for a in changed})
        by_id = dict(zip(ids, features, strict=True))
        ranked = {
            sid: _by_centrality(members, by_id, glob, self.p)
            for sid, (_, members) in stories.items()
        }
        tables.save_stories(self._rows(tables, stories, ranked, ids))
        tables.drop_empty()
        return changed


def _by_centrality(
    members: list[str], features: dict[str, StoryFeatures], glob: DocFreq, p: Params
) -> list[str]:
    """The members, most like the others first (of two, the smaller id first)."""
    present = [m for m in members if m in features]
    if len(present) <= 2:
        return sorted(members)
    keys = KeyMatrix.of(features[m].terms for m in present)
    vectors = weigh_all(keys, p.topic_weights, collection_idf(keys, glob))
    ranked = [present[i] for i in by_centrality(vectors, np.arange(len(present)))]
    return ranked + sorted(set(members) - set(present))


def story_title(ranked: list[str], facts: dict[str, ArticleFacts]) -> tuple[str, str | None]:
    """The article a story's title comes from, and the title: the headline of the most
    central article that has one (a page whose "headline" is its outlet's name or a photo's
    credit does not count), else the first words of the most central; a statement before a
    question ("Money makes the world go round, right?" says nothing of the story), a question
    only when nothing states. ``ranked``: the story's articles, the most central first."""
    candidates = [(a, h) for a in ranked if (h := _headline(facts.get(a)))]
    candidates += [(a, o) for a in ranked if a in facts and (o := facts[a].opening)]
    central, title = next(
        ((a, t) for a, t in candidates if _states(t)),
        candidates[0] if candidates else (ranked[0], None),
    )
    return central, _shortened(title)


def _headline(facts: ArticleFacts | None) -> str | None:
    """An article's title, unless it is only its outlet's name (a site's banner) or a photo's
    credit."""
    if facts is None or not facts.title:
        return None
    title, outlet = facts.title.strip(), (facts.outlet or "").strip()
    if "/" in title and not any(c.islower() for c in title):
        return None  # a photo's credit in capitals: "CRAIG WARGA/NY DAILY NEWS/GETTY IMAGES"
    return None if outlet and title.casefold() == outlet.casefold() else title


def _states(title: str | None) -> bool:
    """Whether a headline or an article's opening states something: it is no question."""
    if not title:
        return False
    return not title.rstrip(" \"'”’»)").endswith("?")


def _shortened(text: str | None, limit: int = 120) -> str | None:
    if text is None or len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(",;:") + " …"


def _rename(tables: StoryTables, sid: str) -> str:
    """Name a story, and its topic, after their smallest articles again (they may have taken
    a smaller one); returns the story's topic."""
    members = tables.members(sid)
    row = tables.story(sid)
    if not members or row is None:
        return row.topic if row else ""
    name = story_id(members)
    if name != sid:
        tables.rename_story(sid, name)
    topic = topic_id(a for a, _ in tables.topic_members(row.topic))
    if topic != row.topic:
        tables.rename_topic(row.topic, topic)
    return topic


def _apply_decisions(
    decisions: list[tuple[str, str, str | None]], stories: list[list[str]], topic_of: list[int]
) -> tuple[list[list[str]], list[int]]:
    """Curators' moves and splits, oldest first, on a partition (stories as article lists)."""
    where = {a: i for i, members in enumerate(stories) for a in members}
    stories = [list(m) for m in stories]
    for kind, article, anchor in decisions:
        if article not in where:
            continue
        home = where[article]
        if kind == "move":
            if anchor is None or anchor not in where or where[anchor] == home:
                continue
            target = where[anchor]
        else:  # split: a story of its own, in the same topic
            if len(stories[home]) == 1:
                continue
            stories.append([])
            topic_of.append(topic_of[home])
            target = len(stories) - 1
        stories[home].remove(article)
        stories[target].append(article)
        where[article] = target
    return stories, topic_of
