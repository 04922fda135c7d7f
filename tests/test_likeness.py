"""Conflicts only between articles that report one event: a story that holds two look-alike
events (as average-link stories can) does not set one event's figures against the other's."""

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from claimcheck.lexicons import Lexicons
from claimcheck.storage.store import Store
from claimcheck.stories import likeness as likeness_module
from claimcheck.stories.likeness import PairLikeness
from conftest import Invoke, write

# two fires of one kind, four outlets each; each outlet says "No one was injured", which links
# every article to every other as a shared claim would. Harlow's outlets disagree on the
# firefighters (60 vs 45); Dunmore's say 35.
HARLOW = [
    "A fire destroyed the Hartwell Furniture warehouse on the Pinewood estate in Harlow on "
    "Tuesday, Essex Fire and Rescue Service said.\n\nSixty firefighters fought the blaze as the warehouse roof collapsed.\n\nNo one was injured.\n\nStation manager Karen Lowe said it started "
    "after midnight.\n",
    "Firefighters spent six hours at the Hartwell Furniture depot in Harlow, Essex, on "
    "Tuesday.\n\n45 firefighters fought the blaze as the roof of the warehouse collapsed.\n\nNo one was "
    "injured.\n\nKaren Lowe of Essex Fire and Rescue Service said the Pinewood roof fell in.\n",
    "The roof of the Hartwell Furniture warehouse in Harlow collapsed in a fire on Tuesday "
    "night.\n\nNo one was injured.\n\nEssex Fire and Rescue Service sent twelve engines to "
    "the Pinewood estate, Karen Lowe said.\n",
    "Harlow's Pinewood estate: Hartwell depot gutted by Tuesday fire.\n\nNo one was "
    "injured.\n\nThe cause of the Hartwell fire in Harlow is being investigated, Essex Fire "
    "and Rescue Service said.\n",
]
DUNMORE = [
    "A fire tore through the Calloway paper mill in Dunmore, Pennsylvania, on Saturday, the "
    "Dunmore Fire Department said.\n\n35 firefighters fought the blaze as the mill roof collapsed.\n\nNo one was injured.\n\nFire chief Ray Brennan said sparks from a dryer started "
    "it.\n",
    "Firefighters battled a fire at the Calloway paper mill in Dunmore for four hours on "
    "Saturday.\n\nThirty-five firefighters fought the blaze as the roof of the mill collapsed.\n\nNo one was "
    "injured, chief Ray Brennan of the Dunmore Fire Department said.\n",
    "Sparks from a dryer caused Saturday's fire at the Calloway mill in Dunmore, chief Ray "
    "Brennan said.\n\nNo one was injured.\n\nThe Dunmore Fire Department sent eight "
    "engines.\n",
    "Dunmore paper mill blaze blamed on dryer sparks.\n\nNo one was injured at the Calloway "
    "mill on Saturday, Ray Brennan of the Dunmore Fire Department said.\n",
]
# settings that keep a topic of fewer than 100 articles as one story
ONE_STORY = "[stories]\nmin_articles = 100\n[topics]\nthreshold = 0.0\n"


def _ingest(cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Both fires ingested and grouped from scratch with ONE_STORY; returns article id -> its
    event."""
    for event, texts in (("harlow", HARLOW), ("dunmore", DUNMORE)):
        for i, text in enumerate(texts, start=1):
            write(tmp_path / "in" / f"{event}-{i}.txt", text)
    write(tmp_path / "lex" / "stories.toml", ONE_STORY)
    monkeypatch.setenv("CLAIMCHECK_LEXICONS", str(tmp_path / "lex"))
    for args in (("ingest", tmp_path / "in"), ("match",)):
        result = cli(*args)
        assert result.exit_code == 0, result.output
    articles = json.loads(cli("articles", "--json").stdout)
    return {a["id"]: Path(a["source"]).stem.split("-")[0] for a in articles}


def test_figures_of_two_look_alike_events_in_one_story_are_set_aside_not_reported(
    cli: Invoke, tmp_path: Path, isolated_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = _ingest(cli, tmp_path, monkeypatch)
    assert len(json.loads(cli("stories", "--json").stdout)) == 1  # the two fires in one story
    report = json.loads(cli("report", "--json").stdout)

    def events(k: dict[str, Any]) -> set[str]:
        return {event[a] for a in k["articles"]}

    numbers = [k for k in report["conflicts"] if k["kind"] == "number"]
    assert numbers and all(events(k) == {"harlow"} for k in numbers)  # 60 vs 45 stays
    aside = report["conflicts_set_aside"]
    assert aside and all(events(k) == {"harlow", "dunmore"} for k in aside)
    text = cli("report").stdout
    assert f"{len(aside)} more conflicts set aside" in " ".join(text.split())
    # the overview counts what the report shows
    assert json.loads(cli("stories", "--json").stdout)[0]["conflicts"] == len(report["conflicts"])


def test_articles_of_one_event_are_alike_as_a_pair_and_of_two_events_are_not(
    cli: Invoke, tmp_path: Path, isolated_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = _ingest(cli, tmp_path, monkeypatch)
    likeness = PairLikeness(Store(isolated_store), Lexicons(tmp_path / "lex"))
    story = sorted(event)
    harlow = [a for a in story if event[a] == "harlow"]
    dunmore = [a for a in story if event[a] == "dunmore"]
    pairs = list(itertools.combinations(story, 2))
    assert all(alike is not None for alike in likeness.likeness(story, pairs).values())
    apart = likeness.apart(story, pairs)
    assert set(apart) == {(a, b) for a, b in pairs if event[a] != event[b]}
    events = likeness.events(story, likeness.threshold)
    assert len({events[a] for a in harlow}) == len({events[a] for a in dunmore}) == 1
    # too few articles to tell events apart by what is rare among them: no verdict
    few = harlow[:2] + dunmore[:2]
    assert likeness.likeness(few, [(harlow[0], dunmore[0])]) == {(harlow[0], dunmore[0]): None}
    # an article too short to be told apart by its keys (here: all of them, with short_keys
    # above their counts): a headline alone is like a full report of its event only a little
    write(
        tmp_path / "short" / "stories.toml",
        ONE_STORY.replace("[topics]", "short_keys = 1000\n[topics]"),
    )
    short = PairLikeness(Store(isolated_store), Lexicons(tmp_path / "short"))
    assert set(short.likeness(story, pairs).values()) == {None}


def test_an_article_a_curator_moved_into_a_story_is_one_event_with_it(
    cli: Invoke, tmp_path: Path, isolated_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    event = _ingest(cli, tmp_path, monkeypatch)
    story = json.loads(cli("stories", "--json").stdout)[0]["id"]
    harlow, dunmore = (
        next(a for a in sorted(event) if event[a] == e) for e in ("harlow", "dunmore")
    )
    assert cli("move", dunmore, story).exit_code == 0
    likeness = PairLikeness(Store(isolated_store), Lexicons(tmp_path / "lex"))
    assert likeness.likeness(sorted(event), [(harlow, dunmore)])[harlow, dunmore] is None


class _Given(PairLikeness):
    """Events found from a given likeness of each pair of articles."""

    def __init__(self, alike: dict[tuple[str, str], float]) -> None:
        self.given = {(min(a, b), max(a, b)): x for (a, b), x in alike.items()}
        self._events = {}
        self._last = None

    def all_pairs(self, ids: tuple[str, ...]) -> dict[tuple[str, str], float]:
        return {p: x for p, x in self.given.items() if p[0] in ids and p[1] in ids}


def _likeness(blocks: list[str], within: float, across: float) -> dict[tuple[str, str], float]:
    """Articles named by letters, in blocks ("abcd", "efgh"): pairs of a block ``within``,
    others ``across``."""
    block = {a: i for i, b in enumerate(blocks) for a in b}
    return {
        (a, b): within if block[a] == block[b] else across
        for a, b in itertools.combinations(sorted(block), 2)
    }


def test_a_story_whose_articles_are_all_a_little_alike_is_one_event() -> None:
    # one event told in many words: every pair under the threshold, none more alike
    story = _Given(_likeness(["abcdefgh"], 0.04, 0.0))
    assert story.events(list("abcdefgh"), 0.10) == {}
    assert story.apart(list("abcdefgh"), [("a", "h")], 0.10) == {}


def test_a_story_of_two_events_splits_and_an_article_alone_joins_the_one_it_is_most_like() -> None:
    alike = _likeness(["abcd", "efgh", "i"], 0.3, 0.02)
    alike |= {("a", "i"): 0.06, ("b", "i"): 0.06, ("e", "i"): 0.01}
    story = _Given(alike)
    events = story.events(list("abcdefghi"), 0.10)
    assert events["i"] == events["a"] == events["d"] != events["e"] == events["h"]
    assert story.apart(
        list("abcdefghi"), [("a", "e"), ("a", "b"), ("i", "b"), ("i", "f")], 0.10
    ) == {
        ("a", "e"): 0.02,
        ("i", "f"): 0.02,
    }
    # an event that one article alone reports is not enough to split the story
    assert _Given(_likeness(["abcdefg", "h"], 0.3, 0.02)).events(list("abcdefgh"), 0.10) == {}


def test_a_large_story_finds_its_events_from_each_articles_nearest(
    cli: Invoke,
    tmp_path: Path,
    isolated_store: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    event = _ingest(cli, tmp_path, monkeypatch)
    story = sorted(event)
    every = PairLikeness(Store(isolated_store), Lexicons(tmp_path / "lex"))
    # as if the story were too large to weigh its every pair: each article's nearest only
    monkeypatch.setattr(likeness_module, "ALL_PAIRS_UP_TO", 2)
    monkeypatch.setattr(likeness_module, "NEIGHBOURS", 4)
    nearest = PairLikeness(Store(isolated_store), Lexicons(tmp_path / "lex"))
    found = nearest.events(story, nearest.threshold)
    assert found == every.events(story, every.threshold) and len(set(found.values())) == 2
    # a pair of two events that are not among each other's nearest is set apart all the same
    pairs = list(itertools.combinations(story, 2))
    assert set(nearest.apart(story, pairs)) == set(every.apart(story, pairs))
    assert len(nearest.all_pairs(tuple(story))) < len(pairs)
