"""Stories: articles grouped by the event they report, and claims compared within them."""

from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from claimcheck.lexicons import Lexicons
from claimcheck.storage.stories import StoryTables
from claimcheck.stories.cluster import Group, best_story, best_topic, cluster_all
from claimcheck.stories.features import FeatureReader, StoryFeatures
from claimcheck.stories.similarity import DocFreq, Params
from conftest import Invoke
from three_events import EVENTS, write_events

reader = FeatureReader()


def test_names_are_words_the_article_capitalises_inside_sentences() -> None:
    f = reader.read(
        [
            "Police said the fire started at the Calloway mill.",
            "Fire crews from Dunmore and Scranton reached the Calloway mill at noon.",
        ]
    )
    assert "n:callowai" in f.terms or "n:calloway" in f.terms
    assert not any(k.startswith("n:polic") for k in f.terms)  # capitalised only standing first
    assert "n:dunmor" in f.terms


def test_numbers_years_and_month_years_are_keys_of_their_own() -> None:
    f = reader.read(["The quake of magnitude 6.1 struck in May 2008, killing 1,300 people."])
    assert {"q:6.1", "q:1300", "y:2008", "y:5-2008"} <= set(f.terms)
    assert "w:2008" not in f.terms


def test_a_count_and_a_name_led_by_digits_are_not_an_events_numbers() -> None:
    # two seasons of the 76ers shared "76" and "2000" as if a figure and a year of one event
    f = reader.read(["The 76ers fired their coach before 2,000 fans, 20th in the league at 5pm."])
    assert "q:76" not in f.terms and "w:76er" in f.terms
    assert "y:2000" not in f.terms and "q:2000" in f.terms
    assert {"q:20", "q:5"} <= set(f.terms)  # an ordinal or a time keeps its number


def test_headline_and_lead_count_more_than_the_rest() -> None:
    lines = ["Dam bursts"] + ["Nothing new here today."] * 5 + ["The dam held firm."]
    f = reader.read(lines)
    assert f.terms["w:dam"] == 2.0 + 1.0  # twice in the headline, once later


def _partition(texts: list[str]) -> list[list[int]]:
    features = [reader.read(t.split("\n\n")) for t in texts]
    partition = cluster_all(features, Params.of(Lexicons.packaged()["stories"]))
    return sorted(sorted(s) for topic in partition.topics for s in topic)


def test_three_events_come_out_as_three_stories_in_any_order() -> None:
    texts = [t for event in EVENTS.values() for t in event]
    assert _partition(texts) == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
    backwards = _partition(texts[::-1])
    assert backwards == [[0, 1, 2], [3, 4, 5], [6, 7, 8]]


def test_articles_of_one_event_with_little_in_common_stay_one_story() -> None:
    """Rarity within a topic of a handful of articles is noise: such a topic is not split."""
    texts = EVENTS["harlow-fire"][:2]
    assert _partition(texts) == [[0, 1]]


@pytest.fixture
def events(tmp_path: Path) -> dict[str, list[Path]]:
    return write_events(tmp_path / "events")


def _root(events: dict[str, list[Path]]) -> Path:
    return next(iter(events.values()))[0].parents[1]


def _stories(cli_json) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Each story's articles, as the event folders they came from."""
    doc = cli_json("export", "--format", "json")
    event = {a["id"]: Path(a["source"]).parent.name for a in doc["articles"]}
    return {s["id"]: {event[a] for a in s["article_ids"]} for s in doc["stories"]}


@pytest.mark.parametrize("one_by_one", [False, True])
def test_ingest_groups_articles_into_stories_one_by_one_or_all_at_once(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, events: dict[str, list[Path]], one_by_one: bool
) -> None:
    if one_by_one:
        for paths in zip(*events.values(), strict=True):  # the events' articles interleaved
            for path in paths:
                assert cli("ingest", path).exit_code == 0
    else:
        assert cli("ingest", _root(events)).exit_code == 0
    stories = _stories(cli_json)
    assert sorted(map(sorted, stories.values())) == [
        ["dunmore-fire"],
        ["harlow-fire"],
        ["okafor-transfer"],
    ]
    listed = cli_json("stories", "--json")
    assert {s["id"] for s in listed} == set(stories)
    assert all(len(s["article_ids"]) == 3 and s["sources"] == 3 for s in listed)


def test_a_claim_that_needs_its_article_is_grouped_only_within_its_story(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, events: dict[str, list[Path]]
) -> None:
    cli("ingest", _root(events))
    doc = cli_json("export", "--format", "json")
    event = {a["id"]: Path(a["source"]).parent.name for a in doc["articles"]}
    text = {c["id"]: c["text"] for c in doc["claims"]}
    article = {c["id"]: c["article_id"] for c in doc["claims"]}
    injured = [
        {event[article[i]] for i in c["claim_ids"]}
        for c in doc["clusters"]
        if text[c["canonical"]].startswith("No one was injured")
    ]
    assert {e for events in injured for e in events} == {"dunmore-fire", "harlow-fire"}
    assert all(len(events) == 1 for events in injured)  # two fires' "no one was injured"
    background = [
        {event[article[i]] for i in c["claim_ids"]}
        for c in doc["clusters"]
        if text[c["canonical"]].startswith("Mayor Tom Becket")
    ]
    assert background == [{"harlow-fire", "okafor-transfer"}]  # it stands alone: background


def test_report_gives_an_overview_then_one_story_with_its_background(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, events: dict[str, list[Path]]
) -> None:
    cli("ingest", _root(events))
    overview = cli("report")
    assert overview.exit_code == 0
    assert "3 stories from 9 articles" in overview.stdout
    stories = _stories(cli_json)
    harlow = next(sid for sid, e in stories.items() if e == {"harlow-fire"})
    one = cli("report", "--story", harlow[:6])
    assert one.exit_code == 0
    assert "Warehouse fire in Harlow" in one.stdout
    assert "Okafor" not in one.stdout.split("Background")[0]  # other stories stay out
    assert "Background (1)" in one.stdout and "Mayor Tom Becket" in one.stdout
    record = cli_json("report", "--story", harlow, "--json")
    assert {a["id"] for a in record["articles"]} == {
        a for a, s in _article_stories(cli_json).items() if s == harlow
    }
    assert cli_json("report", "--json")["stories"][0]["id"] in stories  # the overview as JSON


def _article_stories(cli_json) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {a["id"]: a["story_id"] for a in cli_json("articles", "--json")}


def test_claims_export_and_show_narrow_to_one_story(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, events: dict[str, list[Path]]
) -> None:
    cli("ingest", _root(events))
    stories = _stories(cli_json)
    transfer = next(sid for sid, e in stories.items() if e == {"okafor-transfer"})
    claims = cli_json("claims", "--story", transfer, "--json")
    assert claims and all("fire" not in c["text"].lower() for c in claims)
    doc = cli_json("export", "--format", "json", "--story", transfer)
    assert [s["id"] for s in doc["stories"]] == [transfer] and len(doc["articles"]) == 3
    shown = cli("show", transfer)
    assert shown.exit_code == 0 and "Okafor joins Stanmore Rovers" in shown.stdout
    missing = cli("report", "--story", "zzzz")
    assert missing.exit_code == 1 and "no story matches 'zzzz'" in missing.stderr


def test_a_curators_move_and_split_outlast_a_regrouping(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, events: dict[str, list[Path]]
) -> None:
    cli("ingest", _root(events))
    stories = _stories(cli_json)
    dunmore = next(sid for sid, e in stories.items() if e == {"dunmore-fire"})
    stray = events["harlow-fire"][2]  # a Harlow article a curator files under Dunmore
    assert cli("move", stray.stem, dunmore).exit_code != 0  # "03" is in three events: ambiguous
    ref = str(stray)
    assert cli("move", ref, dunmore).exit_code == 0
    assert cli("split", str(events["okafor-transfer"][0])).exit_code == 0
    for _ in range(2):  # applied now, and kept by a grouping from scratch
        together = sorted(map(sorted, _stories(cli_json).values()))
        assert together == [
            ["dunmore-fire", "harlow-fire"],
            ["harlow-fire"],
            ["okafor-transfer"],
            ["okafor-transfer"],
        ]
        assert cli("match").exit_code == 0


def test_a_claim_stands_alone_with_a_named_subject_and_a_place_time_or_second_name() -> None:
    from claimcheck.annotate.standalone import is_standalone
    from claimcheck.models import Document
    from claimcheck.pipeline import Pipeline

    pipeline = Pipeline()

    def standalone(sentence: str) -> list[bool]:
        text = f"Headline here\n\n{sentence}\n"
        _, claims = pipeline.process(Document("t.txt", "t.txt", "t.txt", text))
        return [is_standalone(c.text, c.annotations) for c in claims if c.kind == "body"]

    assert standalone("Mayor Tom Becket of Harlow opened the Pinewood estate in 2011.") == [True]
    assert standalone("No one was injured.") == [False]
    assert standalone("He was sentenced to 12 years in prison in 2019.") == [False]
    assert standalone("The driver fled the scene on Tuesday.") == [False]
    credit = standalone("Troops of Japan landed on Monday. (Photo by Jane Roe / Reuters)")
    assert credit[-1:] == [False]  # an aside in brackets is the article's note


def test_the_overview_counts_each_story_as_its_report_does(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path
) -> None:
    """The counts kept with each story (worked out for all stories at once, each set of
    copies compared once) are those its report gives: copies of one wire story, a rewrite
    with other numbers, a denial, and the three events besides."""
    from port_strike import AP_FIRST, RECORDS, write_collection

    others = [
        {
            "title": "Dockworkers walk out at Port Alder",
            "maintext": AP_FIRST.replace("4,000", "2,500").replace("Friday", "Thursday")
            + " The harbour master said the port would not reopen before Monday.",
            "url": "https://harbournews.test/port-alder",
            "outlet": "Harbour News",
            "date_publish": "2024-03-01",
        },
        {
            "title": "Port Alder talks",
            "maintext": "The port authority said talks with the union would not resume next "
            "week. About 4,000 workers joined the walkout, union leaders said. "
            "The port would reopen before Monday, the harbour master said.",
            "url": "https://coastal.test/port-talks",
            "outlet": "Coastal Times",
            "date_publish": "2024-03-02",
        },
        *(
            {**RECORDS[0], "maintext": AP_FIRST + f" Copy {i}.", "url": f"https://w{i}.test/a"}
            for i in range(3)
        ),
    ]
    cli("ingest", write_collection(tmp_path / "port.jsonl", [*RECORDS, *others]))
    cli("ingest", write_events(tmp_path / "events")["harlow-fire"][0].parents[1])
    # a curator puts the walkout's two numbers in one cluster: each copy of the one conflicts
    # with the other
    claims = cli_json("claims", "--json")
    walkout = [c["id"] for c in claims if c["text"].startswith("Union leaders said about")]
    other = next(c["id"] for c in claims if "2,500 workers" in c["text"])
    assert len(walkout) >= 4
    assert cli("link", walkout[0], other).exit_code == 0
    assert cli("match").exit_code == 0
    listed = cli_json("stories", "--json")
    assert len(listed) >= 3
    for story in listed:
        report = cli_json("report", "--story", story["id"], "--json")
        assert (story["corroborated"], story["conflicts"], story["figures"]) == (
            len(report["agreements"]),
            len(report["conflicts"]),
            len(report["figures"]),
        )
    assert sum(s["conflicts"] for s in listed) > 0 and sum(s["corroborated"] for s in listed) > 0
    assert sum(s["figures"] for s in listed) > 0


def test_an_article_moved_only_when_it_left_its_companions() -> None:
    from claimcheck.stories.builder import moved_articles

    # a story that takes in a smaller article is renamed after it: its articles did not move,
    # the one that joined did
    before: dict[str, str | None] = {"a2": "s-a2", "a3": "s-a2", "a4": "s-a2", "a1": "s-a1"}
    assert moved_articles(before, dict.fromkeys(before, "s-a1")) == {"a1"}
    # a story split in two: the smaller part moved, whatever the new parts are called
    split = {"a1": "s-a1", "a2": "s-a1", "a3": "s-a3", "a5": "s-a3"}
    assert moved_articles(dict.fromkeys(split, "s-a1"), split) == {"a3", "a5"}
    # an article stored since (no story before) did not move
    assert moved_articles({"a1": None}, {"a1": "s-a1"}) == set()


def test_a_topic_of_one_story_and_an_article_in_words_of_its_own_is_one_story() -> None:
    """A topic splits only where several articles report each of two stories: an article
    that shares little but the topic's words with one story's reports (a colloquial
    write-up) is that story's, not a look-alike event's."""
    params = replace(
        Params.of(Lexicons.packaged()["stories"]), topic_threshold=0.0, min_split=2, short_keys=0
    )
    colloquial = (
        "Oh no, there goes the sofa shop\n\nSmoke over the town made for a long night. "
        "Nobody got hurt, thankfully, and the owners say the showroom will be back by spring. "
        "Locals posted pictures of the glow on social media until dawn.\n"
    )
    texts = [*EVENTS["harlow-fire"], colloquial]
    partition = cluster_all([reader.read(t.split("\n\n")) for t in texts], params)
    assert sorted(sorted(s) for topic in partition.topics for s in topic) == [[0, 1, 2, 3]]


@pytest.mark.parametrize("short_keys", [20, 0])
def test_a_headline_alone_joins_the_story_of_the_event_it_names(short_keys: int) -> None:
    """A headline's few keys are too few for a cosine with a full report to tell events
    apart: published on its own, it joins the story whose full reports it is most like, from
    scratch and one article at a time (with ``short_keys`` 0, the rule off, it stays alone)."""
    params = replace(
        Params.of(Lexicons.packaged()["stories"]),
        topic_threshold=0.0,  # both fires one topic, split into stories by what tells them apart
        min_split=2,
        short_keys=short_keys,
    )
    fires = [reader.read(t.split("\n\n")) for t in EVENTS["harlow-fire"] + EVENTS["dunmore-fire"]]
    headline = reader.read(["Sixty firefighters fight depot blaze"])  # Harlow had 60
    partition = cluster_all([*fires, headline], params)
    stories = sorted(sorted(s) for topic in partition.topics for s in topic)
    placed = best_story(
        headline,
        fires,
        [Group("harlow", fires[:3]), Group("dunmore", fires[3:])],
        DocFreq(len(fires), sum((Counter(f.terms.keys()) for f in fires), Counter())),
        params,
    )
    if short_keys:
        assert stories == [[0, 1, 2, 6], [3, 4, 5]]
        assert placed is not None and placed.id == "harlow"
    else:
        assert stories == [[0, 1, 2], [3, 4, 5], [6]]
        assert placed is None


def test_a_headline_joins_the_story_of_the_one_report_it_echoes_however_large_that_story() -> None:
    """A headline names one event's particulars as one report does. Six reports of the Harlow
    fire, one of which tells of the roof that collapsed after midnight; two of the Dunmore
    fire, whose firefighters battled the flames for hours. "Roof collapsed after midnight as
    firefighters battled flames for hours" echoes the one Harlow report far more than either
    Dunmore one: it joins Harlow, from scratch and one article at a time, although its
    average over six reports is smaller than over two."""

    def report(*keys: str, own: str) -> StoryFeatures:
        terms = dict.fromkeys(["w:fire", "w:firefight", "w:blaze", *keys], 1.0)
        terms.update({f"w:{own}{i}": 1.0 for i in range(20)})  # what else each report says
        return StoryFeatures(terms, "2026-03-03")

    roof = ["w:roof", "w:collaps", "w:midnight", "w:manag"]
    harlow = [
        report("n:harlow", "n:hartwel", "w:depot", *(roof if i == 0 else []), own=f"harlow{i}")
        for i in range(6)
    ]
    hours = ["w:battl", "w:flame", "w:hour"]
    dunmore = [report("n:dunmor", "n:callowai", "w:mill", *hours, own=f"dun{i}") for i in range(2)]
    headline = StoryFeatures(dict.fromkeys([*roof, *hours], 1.0), "2026-03-03")
    params = replace(
        Params.of(Lexicons.packaged()["stories"]), topic_threshold=0.0, min_split=2
    )  # both fires one topic, split into stories by what tells them apart
    partition = cluster_all([*harlow, *dunmore, headline], params)
    assert sorted(sorted(s) for topic in partition.topics for s in topic) == [
        [0, 1, 2, 3, 4, 5, 8],
        [6, 7],
    ]
    reports = [*harlow, *dunmore]
    glob = DocFreq(len(reports), sum((Counter(f.terms) for f in reports), Counter()))
    groups = [Group("harlow", harlow), Group("dunmore", dunmore)]
    placed = best_story(headline, reports, groups, glob, params)
    assert placed is not None and placed.id == "harlow"


@pytest.mark.parametrize("short_keys", [20, 0])
def test_headlines_alone_join_the_topic_of_the_reports_they_head(short_keys: int) -> None:
    """Two headlines of the Harlow fire are more like each other than like any full report:
    by the topic threshold alone (strict here, as a headline's average link with a large
    topic is small) they make a topic of their own. They join the topic of the longer
    articles they are most like, from scratch and one article at a time (with ``short_keys``
    0, the rule off, they stay apart)."""
    params = replace(
        Params.of(Lexicons.packaged()["stories"]), short_keys=short_keys, topic_threshold=0.25
    )
    fires = [reader.read(t.split("\n\n")) for t in EVENTS["harlow-fire"]]
    transfer = [reader.read(t.split("\n\n")) for t in EVENTS["okafor-transfer"]]
    headlines = [
        reader.read(["Harlow furniture depot fire: sixty firefighters fight blaze"]),
        reader.read(["Sixty firefighters fight Harlow furniture depot blaze overnight"]),
    ]
    articles = [*fires, *transfer, *headlines]
    partition = cluster_all(articles, params)
    topics = sorted(sorted(m for s in topic for m in s) for topic in partition.topics)
    glob = DocFreq(len(articles), sum((Counter(f.terms.keys()) for f in articles), Counter()))
    placed, _ = best_topic(
        headlines[0], [Group("fire", fires), Group("transfer", transfer)], glob, params
    )
    if short_keys:
        assert topics == [[0, 1, 2, 6, 7], [3, 4, 5]]
        assert placed is not None and placed.id == "fire"
    else:
        assert topics == [[0, 1, 2], [3, 4, 5], [6, 7]]
        assert placed is None


def test_the_overview_counts_each_story_as_its_report_does_article_by_article(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, events: dict[str, list[Path]]
) -> None:
    """Articles ingested one at a time, the events interleaved: after every article, each
    story's kept counts are those its report gives (the counts are worked out again only for
    the stories an ingest touches)."""
    for path in (p for paths in zip(*events.values(), strict=True) for p in paths):
        assert cli("ingest", path).exit_code == 0
        for story in cli_json("stories", "--json"):
            report = cli_json("report", "--story", story["id"], "--json")
            assert (story["corroborated"], story["conflicts"], story["figures"]) == (
                len(report["agreements"]),
                len(report["conflicts"]),
                len(report["figures"]),
            ), path.name


def test_a_regrouping_counts_again_only_the_stories_it_changed(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from claimcheck.comparing import counts

    events = write_events(tmp_path / "events")
    assert cli("ingest", events["harlow-fire"][0].parents[1]).exit_code == 0
    assert cli("match").exit_code == 0
    counted = _calls(monkeypatch, counts, "story_findings")
    before = cli_json("stories", "--json")
    # grouped from scratch again, every story comes out as it was: its counts are kept
    assert cli("match").exit_code == 0
    assert counted == [] and cli_json("stories", "--json") == before
    # a stricter threshold changes the groups: the stories are counted again, as their
    # reports count them
    assert cli("match", "--threshold", "90").exit_code == 0
    assert counted
    after = cli_json("stories", "--json")
    assert sum(s["corroborated"] for s in after) < sum(s["corroborated"] for s in before)
    for story in after:
        report = cli_json("report", "--story", story["id"], "--json")
        assert (story["corroborated"], story["conflicts"]) == (
            len(report["agreements"]),
            len(report["conflicts"]),
        )


def test_a_storys_title_is_a_headline_that_states_before_a_question_or_a_credit() -> None:
    from claimcheck.storage.stories import ArticleFacts
    from claimcheck.stories.builder import story_title

    facts = {
        "a": ArticleFacts("Money makes the world go round, right?", None, None, "Kids these days."),
        "b": ArticleFacts("JANE ROE/HARLOW NEWS/GETTY IMAGES", None, None, "A teen made $72m."),
        "c": ArticleFacts(None, None, None, "Harlow teen denies making $72m on stocks."),
    }
    assert story_title(["a", "b", "c"], facts) == ("a", "Kids these days.")
    assert story_title(["b", "c"], facts) == ("b", "A teen made $72m.")
    facts["c"] = ArticleFacts("Harlow teen denies making $72m", None, None, None)
    assert story_title(["a", "b", "c"], facts) == ("c", "Harlow teen denies making $72m")
    only_a_question = {"a": ArticleFacts("Is the teen a fraud?", None, None, "Who knows?")}
    assert story_title(["a"], only_a_question) == ("a", "Is the teen a fraud?")


def test_a_regrouping_finds_the_stories_again_only_when_what_they_come_from_changed(  # type: ignore[no-untyped-def]
    cli: Invoke,
    cli_json,
    events: dict[str, list[Path]],
    isolated_store: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sqlite3

    from claimcheck.stories import builder

    assert cli("ingest", _root(events)).exit_code == 0
    assert cli("match").exit_code == 0  # a few articles are placed one by one: from scratch now
    found = _calls(monkeypatch, builder, "cluster_matrix")
    before = _stories(cli_json)
    # nothing they come from has changed since: claims grouped again at another threshold
    # are grouped within the stories as stored
    assert cli("match", "--threshold", "60").exit_code == 0
    assert found == [] and _stories(cli_json) == before
    # another writer moved an article behind the tool's back: found again, and put back
    articles = cli_json("export", "--format", "json")["articles"]
    with sqlite3.connect(isolated_store) as conn:
        conn.execute(
            "UPDATE articles SET story_id = ? WHERE id = ?",
            (articles[-1]["story_id"], articles[0]["id"]),
        )
    assert _stories(cli_json) != before
    assert cli("match").exit_code == 0
    assert found == [1] and _stories(cli_json) == before
    # a curator's decision is what they come from too
    dunmore = next(sid for sid, e in before.items() if e == {"dunmore-fire"})
    assert cli("move", str(events["harlow-fire"][2]), dunmore).exit_code == 0
    assert cli("match").exit_code == 0
    assert found == [1, 1]
    assert sorted(map(sorted, _stories(cli_json).values())) == [
        ["dunmore-fire", "harlow-fire"],
        ["harlow-fire"],
        ["okafor-transfer"],
    ]


def test_a_story_whose_groups_changed_is_counted_again_and_only_it(  # type: ignore[no-untyped-def]
    cli: Invoke, isolated_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counts kept are taken by a digest of each story's claims' groups and pairs: a
    story whose corroborated group another grouping split is counted again (as it would be
    from nothing), the others are not."""
    from claimcheck.comparing import counts
    from claimcheck.storage.store import Store

    events = write_events(tmp_path / "events")
    assert cli("ingest", events["harlow-fire"][0].parents[1]).exit_code == 0
    assert cli("match").exit_code == 0
    store = Store(isolated_store)
    stories = sorted({s for s in StoryTables(store).all_assignments().values() if s})
    counted = _calls(monkeypatch, counts, "story_findings")
    kept = counts.story_counts(store, stories, reuse=True)
    assert counted == []  # all taken as `match` kept them
    story, (key, _) = next((s, c) for s, c in kept.items() if c[1][0] > 0)
    # one article's claims of a corroborated group are put in a group of their own
    rows = store.claim_rows_of([a.id for a in store.articles_in_story(story)])
    group = Counter(r.cluster_id for r in rows if r.cluster_id).most_common(1)[0][0]
    article = next(r.article_id for r in rows if r.cluster_id == group)
    with store.transaction():
        store.db.conn.execute(
            "UPDATE claims SET cluster_id = 'split-off' WHERE cluster_id = ? AND article_id = ?",
            (group, article),
        )
    again = counts.story_counts(store, stories, reuse=True)
    assert len(counted) == 1 and again[story][0] != key
    assert again[story][1] == counts.story_counts(store, [story])[story][1]
    assert again[story][1] != kept[story][1]  # the kept counts were wrong now
    assert {s: c for s, c in again.items() if s != story} == {
        s: c for s, c in kept.items() if s != story
    }


def _calls(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """A list that takes one item each time ``module.name`` is called (it still runs)."""
    calls: list[int] = []
    real = getattr(module, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls
