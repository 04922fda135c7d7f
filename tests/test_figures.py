"""Figures given alike: a claim that states several things corroborates each of its figures."""

import json
from pathlib import Path

import pytest

from claimcheck.comparing.report import Report, build_report
from claimcheck.output.export import report_record, store_document
from claimcheck.output.report_page import report_html, report_markdown
from conftest import store_with, write
from test_conflicts import grouped

SHARED = "The storm struck Harlow County late on Tuesday night, flattening barns near Orrin."
# one sentence stating three things, and another outlet's stating one of them alone
ALIKE = {
    "a.txt": f"{SHARED}\n\nThe county said 12,400 homes in Harlow County were left without "
    "power, 30 schools were closed and two bridges were shut.",
    "b.txt": f"{SHARED}\n\nSome 12,400 homes in Harlow County lost power.",
}


def report_given(tmp_path: Path, shared: str, *articles: str) -> Report:
    """The report of a store of ``articles``, each opened by the paragraph ``shared`` when
    there is one."""
    texts = {
        f"{chr(ord('a') + i)}.txt": f"{shared}\n\n{text}" if shared else text
        for i, text in enumerate(articles)
    }
    return build_report(store_with(tmp_path, texts))


def figures_given(tmp_path: Path, shared: str, *articles: str) -> list[list[str]]:
    """The figures given alike (each group's, sorted) in ``report_given``'s report."""
    return sorted(sorted(f.figures) for f in report_given(tmp_path, shared, *articles).figures)


def test_a_figure_in_a_long_claim_is_corroborated_by_a_claim_that_states_it_alone(
    tmp_path: Path,
) -> None:
    report = build_report(store_with(tmp_path, ALIKE))
    assert len(report.figures) == 1
    figure = report.figures[0]
    assert figure.independent == 2
    assert {w.article.name for w in figure.wordings} == {"a.txt", "b.txt"}
    assert all("12,400" in f for f in figure.figures)
    # the two sentences are not one claim: the figure is what they share
    assert len({w.claim.cluster_id for w in figure.wordings}) == 2


def test_a_copy_of_a_sentence_gives_its_figure_alike_too(tmp_path: Path) -> None:
    # c.txt carries a.txt's sentence word for word (copies are never paired: their group says
    # they agree); each copy gives the figure b.txt gives in other words, so all three do
    copied = {**ALIKE, "c.txt": ALIKE["a.txt"] + "\n\nCrews worked through the night."}
    report = build_report(store_with(tmp_path, copied))
    assert len(report.figures) == 1
    assert {w.article.name for w in report.figures[0].wordings} == {"a.txt", "b.txt", "c.txt"}


def test_a_figure_given_with_its_conversion_in_brackets_keeps_the_rest_of_its_clause(
    tmp_path: Path,
) -> None:
    # "($98m)" gives the same sum in another currency: the fee the figure is of comes after it
    store = store_with(
        tmp_path,
        {
            "a.txt": f"{SHARED}\n\nHarlow Rovers agreed a reported 90 million euros ($98m) "
            "transfer fee with Orrin City on Monday.",
            "b.txt": f"{SHARED}\n\nOrrin City will receive a transfer fee of 90 million euros "
            "from Harlow Rovers.",
        },
    )
    assert [f.figures for f in build_report(store).figures] == [
        ("90 million euros", "90 million euros")
    ]


def test_figures_of_different_values_or_things_are_not_given_alike(tmp_path: Path) -> None:
    store = store_with(
        tmp_path,
        {
            "a.txt": ALIKE["a.txt"],
            "b.txt": f"{SHARED}\n\nMore than 200 homes in Harlow County lost power.",
            "c.txt": f"{SHARED}\n\nThe storm closed 12,400 kilometres of roads across the "
            "state of Danmore.",
        },
    )
    assert build_report(store).figures == []


def test_figures_given_alike_are_in_every_format(tmp_path: Path) -> None:
    store = store_with(tmp_path, ALIKE)
    report = build_report(store)
    record = report_record(report)["figures"][0]
    assert record["sources"] == 2 and len(record["claim_ids"]) == 2
    assert "Figures given alike (1)" in report_markdown(report)
    assert "Some **12,400** homes" in report_markdown(report)  # the spaces around it stay
    assert "<mark>12,400</mark>" in report_html(report)
    exported = json.loads(json.dumps(store_document(store)))
    assert [len(f["claim_ids"]) for f in exported["figures"]] == [2]


def test_show_cluster_lists_the_figures_its_claims_give_alike_elsewhere(
    cli, cli_json, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    for name, text in ALIKE.items():
        write(tmp_path / "news" / name, text)
    assert cli("ingest", tmp_path / "news").exit_code == 0
    claims = cli_json("claims", "--json")
    long = next(c for c in claims if "30 schools" in c["text"])
    shown = cli_json("show", long["cluster_id"], "--json")
    assert [sorted(f["figures"]) for f in shown["figures"]] == [["12,400", "12,400"]]
    assert (
        "figures and statements given alike with claims of other clusters (1)"
        in cli("show", long["cluster_id"]).stdout
    )


def _dated(day: str) -> dict[str, str]:
    """Two outlets, each dating the same two things in its own words."""
    return {
        "a.txt": f"{day}\n\n{SHARED}\n\nThe county said the Orrin bridge will reopen on 14 "
        "March 2025 after repairs.\n\nVolunteers cleared fallen trees from the school roads "
        "on March 2.",
        "b.txt": f"{day}\n\n{SHARED}\n\nEngineers expect traffic to return to the bridge at "
        "Orrin on March 14, 2025.\n\nA fundraiser for the flooded library opened on March 2.",
    }


def test_a_day_written_out_is_given_alike_by_claims_that_date_one_thing(tmp_path: Path) -> None:
    report = build_report(store_with(tmp_path, _dated("Published: 1 March 2025")))
    assert [f.figures for f in report.figures] == [("14 March 2025", "March 14, 2025")]
    # "March 2" is given by both too, for two things that share no word: no group


def test_a_day_written_with_its_year_is_given_alike_in_any_words(tmp_path: Path) -> None:
    # nothing else in common: a day so precise, given by two articles of one event, dates
    # one thing; the same two claims with the day alone would not be given alike
    shared = "Six countries were invited on Thursday to join the Harlow trade bloc."
    texts = {
        "a.txt": f"{shared}\n\nArgentina and Egypt will enter on January 1, 2024.",
        "b.txt": f"{shared}\n\n“Membership takes effect from the first of January, 2024,” "
        "said President Ramaphosa.",
    }
    report = build_report(store_with(tmp_path / "year", texts))
    assert [f.figures for f in report.figures] == [("January 1, 2024", "first of January, 2024")]
    without = {k: v.replace(", 2024", "") for k, v in texts.items()}
    assert build_report(store_with(tmp_path / "day", without)).figures == []


def test_a_place_of_one_thing_is_given_alike(tmp_path: Path) -> None:
    given = figures_given(
        tmp_path,
        "Finland joined NATO on Tuesday in Brussels, doubling its border with Russia.",
        "Finland officially became the 31st member of the alliance at a ceremony in the afternoon.",
        "NATO has welcomed Finland as its 31st member, with its flag raised outside the "
        "headquarters.",
    )
    assert given == [["31st member", "31st member"]]


def test_a_place_of_one_thing_named_in_other_words_is_given_alike(tmp_path: Path) -> None:
    # "nation" and "country" are one word to matching: one place of one thing
    shared = (
        "India's Chandrayaan-3 lander touched down near the south pole of the Moon on Wednesday."
    )
    a = "India on Wednesday became the fourth country to land a spacecraft on the Moon."
    b = "The landing made India the fourth nation to reach the surface of the Moon in one piece."
    given = figures_given(tmp_path, shared, a, b)
    assert given == [["fourth country", "fourth nation"]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a frame of when something else happened, an occasion
        (
            "In the second half Finland scored twice against NATO's team.",
            "Finland had a man sent off in the second half of the game with NATO's team.",
        ),
        (
            "It was the first time Finland raised its flag at NATO in Brussels.",
            "This is the first time Finland took part in a NATO summit in Brussels.",
        ),
        # one place of two things that name nobody alike
        (
            "India became the first country to land a craft near the lunar south pole.",
            "The Soviet Union was the first country to land a craft on the lunar surface.",
        ),
    ],
)
def test_a_frame_an_occasion_or_other_things_ranked_are_not_given_alike(
    tmp_path: Path, a: str, b: str
) -> None:
    shared = "Finland joined NATO on Tuesday in Brussels, doubling its border with Russia."
    store = store_with(tmp_path, {"a.txt": f"{shared}\n\n{a}", "b.txt": f"{shared}\n\n{b}"})
    assert build_report(store).figures == []


def test_a_place_taken_is_not_given_alike_with_one_only_hoped_for(tmp_path: Path) -> None:
    shared = (
        "India's Chandrayaan-3 lander touched down near the south pole of the Moon on Wednesday."
    )
    taken = "India on Wednesday became the first country to land a spacecraft near the south pole of the Moon."
    hoped = (
        "Live updates: India eyes to become the first country to reach the uncharted south pole "
        "of the Moon, as the Indian Space Research Organisation's third Moon mission nears the "
        "lunar surface after a 41-day voyage."
    )
    texts = {"a.txt": f"{shared}\n\n{taken}", "b.txt": f"{shared}\n\n{hoped}"}
    assert build_report(store_with(tmp_path / "hoped", texts)).figures == []
    # taken in both, it is given alike
    texts["b.txt"] = texts["b.txt"].replace("eyes to become", "became")
    report = build_report(store_with(tmp_path / "taken", texts))
    assert [f.figures for f in report.figures] == [("first country", "first country")]


@pytest.mark.parametrize(
    ("one", "other", "given"),
    [
        # a month with its year holds a day of it: the less precise date allows the other
        (
            "Six countries were invited to join the bloc, effective from January 2024.",
            "Their membership will begin on January 1st, 2024, the president said.",
            [["January 1st, 2024", "January 2024"]],
        ),
        # not a day of any year, nor another month
        (
            "Six countries were invited to join the bloc, effective from January 2023.",
            "Their membership will begin on January 1st, 2024, the president said.",
            [],
        ),
        (
            "The February 2008 summit of the bloc was hosted in Harlow by its founders.",
            "Their membership of the bloc will begin on Feb. 22, the president said.",
            [],
        ),
        # two months date no one thing: "in August 2013" dates many
        (
            "The bloc opened an office in Orrin in August 2013 to handle requests.",
            "Staff for the office were hired in August 2013, the bloc's records show.",
            [],
        ),
    ],
)
def test_a_month_is_given_alike_with_a_day_of_it(
    tmp_path: Path, one: str, other: str, given: list[list[str]]
) -> None:
    shared = "Leaders of the Harlow bloc met in Orrin, where they agreed to admit new members."
    assert figures_given(tmp_path, shared, one, other) == given


def test_the_day_of_the_news_is_not_a_figure_given_alike(tmp_path: Path) -> None:
    # the articles were published on 14 March 2025: the day every report of it gives
    report = build_report(store_with(tmp_path, _dated("Published: 14 March 2025")))
    assert report.figures == []


def test_two_outlets_conversions_of_different_sums_are_not_a_figure_given_alike(
    tmp_path: Path,
) -> None:
    shared = "Stanmore Rovers signed striker Daniel Okafor from Bridgeport City on Friday."
    report = build_report(
        store_with(
            tmp_path,
            {
                "a.txt": f"{shared}\n\nDaniel Okafor joins Stanmore Rovers in a deal which "
                "could hit more than 100 million pounds ($110 million).",
                "b.txt": f"{shared}\n\nWhile Stanmore did not reveal the money involved in "
                "the deal, media reports suggested that the club would pay an initial 100 "
                "million euros ($110 million, £86 million) for Okafor.",
            },
        )
    )
    # the dollars restate two different sums: what the outlets give alike is nothing here
    assert [f.figures for f in report.figures] == []


def test_a_figure_given_alike_is_a_group_of_its_own_beside_each_claims_cluster(
    tmp_path: Path,
) -> None:
    store = store_with(tmp_path, ALIKE)
    document = json.loads(json.dumps(store_document(store)))
    (group,) = [k for k in document["clusters"] if k["kind"] == "figure"]
    claims = {c["id"]: c for c in document["claims"]}
    own = [claims[i] for i in group["stated_within"]]
    assert sorted("12,400" in c["text"] for c in own) == [True, True]
    # each claim is a member of the figure's group by a proposition record over the figure
    # and what it counts (its place in the article), and stays in its own cluster
    clauses = []
    for pid, claim in zip(group["claim_ids"], own, strict=True):
        proposition = claims[pid]
        assert proposition["part_of"] == claim["id"] and proposition["cluster_id"] == group["id"]
        assert claim["start"] <= proposition["start"] < proposition["end"] <= claim["end"]
        offset = proposition["start"] - claim["start"]
        assert claim["text"][offset : offset + len(proposition["text"])] == proposition["text"]
        assert proposition["figure"] == "12,400"
        assert claim["cluster_id"] != group["id"]
        clauses.append(proposition["text"])
    # the long claim's evidence is the figure's alone, not its schools' or bridges'
    assert clauses == ["12,400 homes", "12,400 homes"]
    assert group["figure"] == "12,400" and len(group["articles"]) == 2
    # the corroboration table has a row for it, as for a cluster
    (row,) = [r for r in document["table"] if r["cluster_id"] == group["id"]]
    assert row["figure"] == "12,400" and row["sources"] == 2
    assert document["figures"][0]["id"] == group["id"]


def test_figures_of_articles_that_report_two_events_are_no_group(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.stories.likeness import PairLikeness

    store = store_with(tmp_path, ALIKE)
    # as when the story's two articles are of two look-alike events: each has its own figures
    monkeypatch.setattr(PairLikeness, "one_event", lambda self, story, pairs, threshold: set())
    assert build_report(store).figures == []
    assert not [k for k in store_document(store)["clusters"] if k["kind"] == "figure"]


def test_show_a_figure_given_alike_by_its_id(cli, cli_json, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name, text in ALIKE.items():
        write(tmp_path / "news" / name, text)
    assert cli("ingest", tmp_path / "news").exit_code == 0
    (row,) = [r for r in cli_json("export", "--format", "json")["table"] if r["figure"]]
    shown = cli_json("show", row["cluster_id"], "--json")
    assert shown["id"] == row["cluster_id"] and shown["figures"] == ["12,400", "12,400"]
    text = cli("show", row["cluster_id"]).stdout
    assert "Some 12,400 homes in Harlow County lost power." in text and "  a · " in text
    missing = cli("show", row["cluster_id"][:-8] + "00000000")
    assert missing.exit_code != 0 and "no figure or statement given alike matches" in missing.output


DRILLS = "The Corran naval drills opened on Monday off the coast of Tarvo, the navy said."


def test_one_count_of_one_thing_in_other_words_is_a_figure_given_alike(tmp_path: Path) -> None:
    # nothing but the count is shared: the same value of the same thing, in one event's reports
    report = build_report(
        store_with(
            tmp_path,
            {
                "a.txt": f"{DRILLS}\n\nA total of 14 nations will take part in the drills "
                "as observers, the ministry added.",
                "b.txt": f"{DRILLS}\n\nObservers from 14 countries, and participants from "
                "two more, underscore the scope of the exercises.",
            },
        )
    )
    assert [sorted(f.figures) for f in report.figures] == [["14", "14"]]


OBSERVERS = "A total of 14 nations watched the drills as observers."
DEATHS = "Officials confirmed two deaths."


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        (OBSERVERS, "Observers from 14 countries watched the drills.", True),  # the same done
        (OBSERVERS, "Observers from 14 countries.", True),  # nothing said done: the count alone
        # another thing done
        (OBSERVERS, "Police arrested 14 countries' envoys.", False),
        (OBSERVERS, "Rebels attacked 14 countries' ships.", False),
        (OBSERVERS, "14 countries were barred from the drills.", False),
        # what one counts is, in sense, what the other counts or says was done
        (DEATHS, "Two died.", True),
        (DEATHS, "The virus has killed two people.", True),
        (DEATHS, "Police arrested two people.", False),
        ("Officials confirmed two cases.", "The virus has killed two people.", False),
    ],
)
def test_a_count_of_one_thing_alone_is_one_figure_where_the_same_was_done(
    one: str, other: str, alike: bool
) -> None:
    assert same_count(one, other) is alike


def same_count(one: str, other: str, topic: frozenset[str] = frozenset()) -> bool:
    """``_same_count`` of the last figure of each sentence, in a story about ``topic``."""
    from claimcheck.comparing.measures import _same_count

    finder, claims = grouped(one, other)
    measures = finder.measures(claims)
    x, y = (measures[c.id][-1] for c in claims)
    return _same_count(x, y, topic)


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        # the story's names, one taken from its sentence's subject: no other place or thing
        (
            "The Kerala government confirmed six cases and two deaths.",
            "Two people have died of Nipah.",
            True,
        ),
        # each clause names its own place: two places, whatever the story is about
        ("Two people have died in Kerala.", "Two deaths were recorded in Nipah.", False),
    ],
)
def test_the_names_a_story_is_about_tell_no_two_counts_apart(
    one: str, other: str, alike: bool
) -> None:
    assert same_count(one, other, frozenset({"kerala", "nipah"})) is alike
    assert not same_count(one, other)  # of no story: "Kerala" and "Nipah" are two names


def test_a_count_is_given_alike_with_one_its_clause_says_was_done(tmp_path: Path) -> None:
    # "two deaths" and "two people have died" share no word: the sense of what one counts is
    # what the other says was done; Kerala and Nipah, which most of the articles name, are
    # what the story is about
    shared = "Kerala shut schools in Kozhikode after the Nipah virus returned to the state."
    given = figures_given(
        tmp_path,
        shared,
        "The Kerala government has now confirmed six positive cases and two deaths.",
        "Two people have died of Nipah infection so far.",
        "Health workers in Kerala traced the contacts of the Nipah patients.",
    )
    assert given == [["Two", "two"]]


SAID = "Supporters cheered when the announcer said that Brenn scored 280 goals."
BRENN = "Brenn has scored 280 goals for Orrin City, more than any player in the club's history."


@pytest.mark.parametrize(
    ("signing", "fans", "alike"),
    [
        # "Brenn" opens its sentence, where any word may stand, but the story writes it as a
        # name: the figure is said of him, not of Orrin City alone
        (
            "Harlow Rovers signed the striker Tomas Brenn from Orrin City on Monday.",
            "Fans of Brenn gathered outside the stadium at Orrin City.",
            True,
        ),
        # where most of the story's articles do not write it, it may be any word, and ties
        # nothing
        (
            "Harlow Rovers signed a striker from Orrin City on Monday.",
            "Fans gathered outside the stadium at Orrin City.",
            False,
        ),
    ],
)
def test_a_name_a_claim_opens_with_ties_its_figure_where_the_story_writes_it_as_one(
    tmp_path: Path, signing: str, fans: str, alike: bool
) -> None:
    given = figures_given(tmp_path, signing, BRENN, SAID, fans)
    assert given == ([["280", "280"]] if alike else [])


def test_a_ratio_a_verb_gives_is_a_figure_given_alike(tmp_path: Path) -> None:
    # "has doubled" and "doubled": one ratio of one measure, whatever else the claims say
    shared = "Finland joined NATO on Tuesday, ending decades of military non-alignment."
    given = figures_given(
        tmp_path,
        shared,
        "The length of Russia's land border with NATO has now doubled, officials in Helsinki said.",
        "With Finland inside, the length of NATO's land border with Russia doubled overnight.",
    )
    assert given == [["doubled", "doubled"]]


def test_a_count_alone_is_given_alike_between_articles_that_hold_a_look_alike_pair() -> None:
    from dataclasses import replace

    from claimcheck.comparing.figures import figure_groups

    finder, claims = grouped(
        "A total of 14 nations will take part as observers, the ministry said.",
        "Observers from 14 countries.",
    )
    # two articles that state no same claim: each claim is of a cluster of its own
    claims = [replace(c, cluster_id=f"group{i}") for i, c in enumerate(claims)]
    assert figure_groups(finder, claims, {}) == []
    # grouping scored a pair of their claims and kept it (a look-alike, or a part): the two
    # articles report the same thing in near words
    near = {tuple(sorted(c.article_id for c in claims))}
    (group,) = figure_groups(finder, claims, {}, near)
    assert [m.quantity.text for m in group] == ["14", "14"]


@pytest.mark.parametrize(
    ("one", "other", "alike"),
    [
        # a figure of many digits agreed in all of them: one measure, whatever the words
        (
            "The rate of strikers reached 46.3% of workers at the state rail company.",
            "46.3% of the employees went on strike.",
            True,
        ),
        ("Finland shares a 1,340-km eastern frontier.", "The 1,340km line runs north.", True),
        # a round figure is given by chance: the words must tie it
        (
            "The rate of strikers reached 40% of workers at the state rail company.",
            "40% of the employees went on strike.",
            False,
        ),
        # different things counted, of one value
        ("The summit produced 112 outcomes.", "Delegates came from 112 countries.", False),
        # one thing the figure describes, whatever was done with it
        ("Neymar has been offered a two-year contract.", "He signed a two-year contract.", True),
        ("Ramaphosa is hosting the three-day BRICS summit.", "At the three-day summit.", True),
        # another thing described, or another's
        ("Neymar has been offered a two-year contract.", "He served a two-year ban.", False),
        ("The Angels made an eight-year offer.", "The Nationals made an eight-year offer.", False),
    ],
)
def test_a_figure_that_is_not_given_by_chance_is_given_alike_in_any_words(
    one: str, other: str, alike: bool
) -> None:
    from dataclasses import replace

    from claimcheck.comparing.figures import figure_groups

    finder, claims = grouped(one, other)
    # two articles that state no same claim and hold no pair of near claims
    claims = [replace(c, cluster_id=f"group{i}") for i, c in enumerate(claims)]
    groups = figure_groups(finder, claims, {})
    assert bool(groups) is alike


def test_a_figure_given_alike_across_two_events_is_a_group_for_each(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.stories.likeness import PairLikeness

    store = store_with(
        tmp_path,
        {
            **ALIKE,
            "c.txt": f"{SHARED}\n\nAbout 12,400 homes in Harlow County had no power.",
            "d.txt": f"{SHARED}\n\nIn all, 12,400 homes in Harlow County were without power.",
        },
    )
    articles = {a.name: a.id for a in store.articles()}
    first, second = {articles["a.txt"], articles["b.txt"]}, {articles["c.txt"], articles["d.txt"]}
    # a and b report one event, c and d another: no pair across them may be of one event
    monkeypatch.setattr(
        PairLikeness,
        "one_event",
        lambda self, story, pairs, threshold: {
            p for p in pairs if set(p) <= first or set(p) <= second
        },
    )
    figures = build_report(store).figures
    assert sorted(sorted(w.article.name for w in f.wordings) for f in figures) == [
        ["a.txt", "b.txt"],
        ["c.txt", "d.txt"],
    ]


@pytest.mark.parametrize(
    ("one", "other", "given"),
    [
        # two figures of many digits together, in any words
        (
            "Kane has 58 goals in 84 full internationals.",
            "He found the net 58 times for his country in 84 games.",
            ["58 goals in 84", "58 times for his country in 84"],
        ),
        # a change of one thing
        (
            "The government plans to raise the retirement age from 62 to 64.",
            "Unions marched against the plan to lift the legal retirement age from 62 to 64.",
            ["62 to 64", "62 to 64"],
        ),
        # the same figures in another order: other things
        ("Kane has 58 goals in 84 games.", "He has played 84 games and lost 58.", []),
        ("The retirement age rises from 62 to 64.", "It falls from 64 to 62.", []),
        # a year is a date, given alike as a day
        (
            "In 1096 it passed to Arnulf, in 1102 to Robert.",
            "In 1096 and 1102 it changed hands.",
            [],
        ),
        # figures of one digit are given together by chance
        ("Police found 2 rifles and 3 pistols.", "Troops seized 2 boats and 3 skiffs.", []),
        # items of a list of one measure swap their roles as easily as words do
        (
            "Full professors earn $111,300, associate professors $121,300 and assistant "
            "professors $72,800.",
            "Assistant professors earn $111,300, associate professors $121,300 and full "
            "professors $72,800.",
            [],
        ),
    ],
)
def test_two_figures_given_together_are_given_alike_in_any_words(
    one: str, other: str, given: list[str]
) -> None:
    from dataclasses import replace

    from claimcheck.comparing.figures import pair_groups

    _, claims = grouped(one, other)
    claims = [replace(c, cluster_id=f"group{i}") for i, c in enumerate(claims)]
    assert [[text for _, text, _ in g] for g in pair_groups(claims)] == ([given] if given else [])


def test_an_age_is_no_figure_of_a_pair() -> None:
    from dataclasses import replace

    from claimcheck.comparing.ages import AgeReader, StoryAges
    from claimcheck.comparing.figures import pair_groups
    from claimcheck.lexicons import Lexicons

    _, claims = grouped(
        "Klitschko, 36, improved his record to 51 knockouts.",
        "The 36-year-old champion has 51 knockouts.",
    )
    claims = [replace(c, cluster_id=f"group{i}") for i, c in enumerate(claims)]
    assert pair_groups(claims)  # read as two counts, the age and the knockouts go together
    reader = AgeReader(Lexicons())
    ages = StoryAges(claims, {c.id: reader.ages(c) for c in claims})
    # an age is given alike as an age (comparing/ages.py), not again in a pair
    assert pair_groups(claims, ages.holds) == []


def test_a_figure_given_alike_within_a_wider_one_is_not_a_group_again(tmp_path: Path) -> None:
    store = store_with(
        tmp_path,
        {
            "a.txt": f"{SHARED}\n\nThe striker has 58 goals in 84 games for Harlow, the club "
            "said on Tuesday.",
            "b.txt": f"{SHARED}\n\nFans in Orrin cheered a forward whose record stands at 58 "
            "goals from 84 games.",
        },
    )
    # the two figures given together hold each figure alone ("58 goals", "84 games")
    assert [sorted(f.figures) for f in build_report(store).figures] == [
        ["58 goals from 84", "58 goals in 84"]
    ]


def test_articles_that_give_a_day_alike_report_one_event(tmp_path: Path) -> None:
    # the two articles state no claim alike; the day they give alike, with its year, says
    # they report one event, so the count they share is a figure given alike
    given = figures_given(
        tmp_path,
        "",
        "The tornado tore through farms east of the river on March 3, 2025, the weather "
        "service said.\n\nTwo deaths were confirmed by the county coroner.",
        "Insurers began counting the cost of the storm of March 3, 2025 across the region.\n\n"
        "The storm has killed two people, according to officials in Harlow.",
    )
    assert given == [["March 3, 2025", "March 3, 2025"], ["Two", "two"]]


def test_two_claims_of_one_article_that_give_one_count_are_in_its_group(tmp_path: Path) -> None:
    # an article is one source: its two claims are never paired, but neither keeps the
    # other out of the group of the count they both give
    report = report_given(
        tmp_path,
        "Schools in Harlow closed on Monday as the fever spread through the district.",
        "Two people have died of the fever so far.\n\n"
        "The fever, which has killed two people, reached Orrin on Sunday.",
        "Officials confirmed two deaths from the fever.",
    )
    (figure,) = report.figures
    assert sorted(c.text for c, _, _ in figure.given) == [
        "Officials confirmed two deaths from the fever.",
        "The fever has killed two people",
        "Two people have died of the fever so far.",
    ]
