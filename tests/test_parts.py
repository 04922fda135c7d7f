"""A long claim that states a shorter claim of another article among other things corroborates
it: its article is counted in the shorter claim's group, as a part (grouping/parts.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimcheck.grouping.match import Scorer, only_intended
from claimcheck.grouping.parts import (
    PART,
    PartSettings,
    memberships,
    states_denials,
    states_done,
    states_figures,
)
from claimcheck.lexicons import Lexicons
from claimcheck.models import Document
from claimcheck.pipeline import Pipeline
from conftest import Invoke, ingest_grouped

SHORT = "The Harlow county council approved a new river bridge on Tuesday."
BRIEF = "Harlow county council has approved a new river bridge."
LONG = (
    "Engineers from Leeds drew up the new river bridge that the Harlow county council approved "
    "on Tuesday for the Stour ferry landing near the old mill."
)


def _articles(long: str = LONG) -> dict[str, str]:
    return {
        "a.txt": f"Harlow approves river bridge\n\n{SHORT}\n\nResidents had asked for years.\n",
        "b.txt": f"Council backs Harlow bridge\n\n{BRIEF}\n\nThe vote was held in the town hall.\n",
        "c.txt": f"A bridge for Harlow, at last\n\n{long}\n\nWork is to start in the spring.\n",
    }


@pytest.mark.parametrize("one_by_one", [True, False])
def test_a_long_sentence_corroborates_the_shorter_claim_it_states(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path, one_by_one: bool
) -> None:
    ingest_grouped(cli, tmp_path / "news", _articles(), one_by_one=one_by_one)
    report = cli_json("report", "--json")
    bridge = next(e for e in report["agreements"] if "river bridge" in e["canonical"])
    assert bridge["sources"] == 3
    part = next(w for w in bridge["wordings"] if w["part"])
    assert part["text"] == LONG and part["article"] == "c.txt"
    assert "within a longer claim" in cli("report").stdout
    # the export lists the long claim in the bridge's group too, as a proposition of it
    document = json.loads(cli("export", "--format", "json").stdout)
    propositions = [c for c in document["claims"] if "part_of" in c]
    assert [(p["text"], p["cluster_id"]) for p in propositions] == [(LONG, bridge["cluster_id"])]
    group = next(k for k in document["clusters"] if k["id"] == bridge["cluster_id"])
    assert propositions[0]["id"] in group["claim_ids"]
    assert group["stated_within"] == [propositions[0]["part_of"]]
    # and its own group keeps it: it says more than the bridge's approval
    own = next(c for c in document["claims"] if c["id"] == propositions[0]["part_of"])
    assert own["cluster_id"] != bridge["cluster_id"]
    # the corroboration table says how its source gives it
    assert "stated (within a longer claim)" in cli("export", "--format", "csv").stdout
    shown = cli_json("show", bridge["cluster_id"], "--json")
    assert [p["text"] for p in shown["parts"]] == [LONG]
    assert "stated within longer claims (1)" in cli("show", bridge["cluster_id"]).stdout
    # the overview counts the story as its report does
    (story,) = cli_json("stories", "--json")
    assert story["corroborated"] == len(report["agreements"])


def test_a_long_claim_that_differs_in_tense_is_no_part(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path
) -> None:
    # "will design" is not "approved": a check that fails keeps a part out, even one whose
    # cost in grouping is only a penalty
    ingest_grouped(
        cli, tmp_path / "news", _articles(LONG.replace("drew up", "will design")), one_by_one=False
    )
    report = cli_json("report", "--json")
    assert not any(w["part"] for e in report["agreements"] for w in e["wordings"])


def test_a_long_claim_that_only_wants_it_done_is_no_part(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path
) -> None:
    # "wants to approve" is not "approved": what was only wanted, tried or planned is not
    # stated done, though the words are all there
    wanting = LONG.replace("drew up the new river bridge that", "said").replace(
        "approved on Tuesday", "wants to approve the new river bridge on Tuesday"
    )
    ingest_grouped(cli, tmp_path / "news", _articles(wanting), one_by_one=False)
    report = cli_json("report", "--json")
    assert not any(w["part"] for e in report["agreements"] for w in e["wordings"])


def test_which_claim_is_a_part_of_the_other() -> None:
    settings = PartSettings.of(Lexicons.packaged())
    assert (settings.containment, settings.longer) == (0.5, 1.3)
    # the first, of weight 10, shares 6 with the second, of 20: it is within it
    assert settings.shorter(6.0, 10.0, 20.0) == 1
    assert settings.shorter(6.0, 20.0, 10.0) == 2
    assert settings.shorter(4.0, 10.0, 20.0) == 0  # less than half of it is shared
    assert settings.shorter(8.0, 10.0, 12.0) == 0  # the other says little more: not a part
    assert settings.shorter(6.0, 7.0, 20.0) == 0  # too light: a fragment is in any sentence


@dataclass(frozen=True)
class _Claim:
    id: str
    article_id: str
    sentence: int
    cluster_id: str | None
    copy_key: str = ""


def _candidate(short: str, long: str, score: float = 40.0) -> tuple[str, str, float, str, str]:
    a, b = sorted((short, long))
    return (a, b, score, PART, json.dumps([short]))


def test_a_part_counts_only_where_it_adds_a_source_of_the_same_event() -> None:
    claims = [
        _Claim("s", "A", 1, "k"),  # the short claim, and a claim of its group
        _Claim("m", "B", 1, "k"),
        _Claim("l", "C", 1, "x", "copy"),  # the long claim, and its copy in article D
        _Claim("l2", "D", 4, "x", "copy"),
        _Claim("l3", "B", 2, "y"),  # a long claim of an article already in the group
        _Claim("l4", "E", 1, "z"),  # a long claim of another story
        _Claim("f", "A", 2, "w"),  # one of two claims a sentence was split into...
        _Claim("f2", "A", 2, "v"),
        _Claim("l5", "C", 3, "u"),  # ... within a long claim, below the grouping threshold
        _Claim("g", "A", 3, "r"),  # another such piece...
        _Claim("g2", "A", 3, "q"),
        _Claim("l7", "C", 4, "p"),  # ... within a long claim that scores at the threshold
        _Claim("l6", "F", 1, "t"),  # a long claim of an article too unlike A
    ]
    pairs = [
        _candidate("s", "l"),
        _candidate("s", "l3"),
        _candidate("s", "l4"),
        _candidate("f", "l5"),
        _candidate("g", "l7", 45.0),
        _candidate("s", "l6"),
        ("s", "m", 60.0, "related", '["date: ..."]'),  # a look-alike pair: no part
    ]
    story = dict.fromkeys("ABCDF", "one") | {"E": "other"}
    asked: list[tuple[str, str]] = []

    def one_event(story_id: str, pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
        asked.extend(pairs)
        return {p for p in pairs if "F" not in p}

    found = memberships(claims, pairs, story, one_event, 42.0)
    assert {k: [c.id for c in v] for k, v in found.items()} == {"k": ["l", "l2"], "r": ["l7"]}
    assert sorted(asked) == [("A", "C"), ("A", "D"), ("A", "F")]


@pytest.mark.parametrize("one_by_one", [True, False])
def test_a_longer_claim_saying_more_of_the_same_names_is_a_part(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path, one_by_one: bool
) -> None:
    # the two share nothing but names, and score as one claim on them alone, which the names
    # check refuses; the longer one still states the shorter one's news, and its article
    # corroborates it
    short = "Harry Kane joined Bayern Munich from Tottenham Hotspur."
    long = "Harry Kane completed his move from Tottenham Hotspur to Bayern Munich after weeks of talks."
    articles = {
        "a.txt": f"Kane moves to Bayern\n\n{short}\n\nFans waited.\n",
        "b.txt": f"Bayern land Kane\n\n{short.replace('joined', 'has joined')}\n\nIt was late.\n",
        "c.txt": f"Kane saga ends\n\n{long}\n\nHe flew to the city at dawn.\n",
    }
    ingest_grouped(cli, tmp_path / "news", articles, one_by_one=one_by_one)
    (joined,) = cli_json("report", "--json")["agreements"]
    assert joined["sources"] == 3
    assert [w["text"] for w in joined["wordings"] if w["part"]] == [long]


def _features(text: str):  # type: ignore[no-untyped-def]
    _, (claim,) = Pipeline().process(Document(source="t", location="t", name="t", text=text))
    return Scorer().features(claim)


def test_a_longer_claim_giving_other_figures_or_dates_does_not_state_the_shorter() -> None:
    short = _features("A mass grave was found after 40 students disappeared in Iguala.")
    other = (
        "The bodies of 28 people were found in a mass grave near Iguala, where students vanished."
    )
    same = (
        "A mass grave was found in Iguala, where 40 students disappeared after clashes with police."
    )
    silent = (
        "A mass grave was found near Iguala, the town where the students disappeared last week."
    )
    assert not states_figures(short, _features(other))
    assert states_figures(short, _features(same))
    assert states_figures(short, _features(silent))  # silent on the figure: the report shows it
    dated = _features("The council approved the bridge on March 3, 2024.")
    later = "The council approved the bridge and the ferry on March 5, 2024."
    assert not states_figures(dated, _features(later))
    assert states_figures(dated, _features(later.replace("5", "3")))


def test_an_order_a_claim_says_something_is_must_be_stated_an_order_that_names_need_not() -> None:
    first = _features("This is the first recorded outbreak of Marburg in Harlow.")
    told = "The minister said six people have died from an outbreak of Marburg in Harlow."
    assert not states_figures(first, _features(told))
    assert states_figures(first, _features("Harlow is grappling with its first-ever outbreak."))
    named = _features("The 39th Harlow Exercise opened on Monday at Camp Varna.")
    assert states_figures(
        named, _features("Protesters gathered at Camp Varna on Monday, where the exercise opened.")
    )


@pytest.mark.parametrize(
    ("long", "stated"),
    [
        # both deny, but not the same: this one denies only that it was made public
        (
            "Although their names have not been made public, Harlow police say the woman is "
            "a Dunmore nurse named Ann Varna.",
            False,
        ),
        # the longer one denies it too, in words of its own
        ("Harlow police denied that the woman detained in Varna is a nurse named Ann Varna.", True),
        ("Harlow police said there was no nurse named Ann Varna among those detained.", True),
    ],
)
def test_a_longer_claim_states_a_denial_only_if_it_denies_the_same(long: str, stated: bool) -> None:
    short = _features("There is no nurse named Ann Varna, Harlow police said.")
    assert states_denials(Scorer().normalizer, short, _features(long)) is stated


@pytest.mark.parametrize(
    ("text", "intended"),
    [
        (
            "India eyes to become the first country to land, ISRO said.",
            ["become the first country to land"],
        ),
        (
            "The protesters attempted to access parliament as they battled the police.",
            ["access parliament"],
        ),
        # what is set to happen is scheduled, not done
        (
            "The lander is all set to land on the lunar surface this evening.",
            ["land on the lunar surface this evening"],
        ),
        # the word after "to" is looked at, not taken: it may be a verb of planning itself
        ("The crew is going to try to land the craft on Friday.", ["land the craft on Friday"]),
        # a clause of its own is said done: the owner abandoned the dog
        (
            "A shelter is trying to track down the owner who abandoned the dog.",
            ["track down the owner"],
        ),
        # a noun, and "to" before a noun phrase, say nothing was only wanted
        ("Unions oppose the government's plan to reform pensions.", []),
        ("Neymar agrees to a two-year contract with Al Hilal.", []),
        ("She never agreed to having her photograph taken again.", []),
        ("The Angels made an eight-year offer to first baseman Mark Teixeira.", []),
        ("The Angels made an eight-year offer to free agent Mark Teixeira.", []),
        ("The club agreed to 12 more fixtures this season.", []),
        # an ordinal after "to" may be an adverb of the infinitive
        ("The league wants to first finish the season.", ["first finish the season"]),
    ],
)
def test_what_a_claim_says_was_only_tried_wanted_or_planned(text: str, intended: list[str]) -> None:
    spans = only_intended(Scorer().normalizer, text)
    assert [text[s:e] for s, e in spans] == intended


def test_a_longer_claim_states_done_only_what_it_says_was_done() -> None:
    normalizer = Scorer().normalizer
    short = _features("The Harlow council approved a new river bridge on Tuesday.")
    hoped = "The Harlow council hopes to approve a new river bridge on Tuesday, the mayor said."
    done = "The Harlow council approved a new river bridge on Tuesday that it hopes to open in May."
    assert not states_done(normalizer, short, _features(hoped))
    assert states_done(normalizer, short, _features(done))
    # what will happen may be stated by what is planned
    planned = _features("The Harlow council will approve a new river bridge on Tuesday.")
    assert states_done(normalizer, planned, _features(hoped))
    headline = _features("Harlow Council to Approve New River Bridge")  # a headline's future
    assert states_done(normalizer, headline, _features(hoped))
    hedged = _features("The Harlow council may approve a new river bridge on Tuesday.")
    assert states_done(normalizer, hedged, _features(hoped))
    would = _features("The new river bridge would be approved by the Harlow council on Tuesday.")
    assert states_done(normalizer, would, _features(hoped))
