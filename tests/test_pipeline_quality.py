"""Quality gate through the real CLI: pinned floors on public data sets ingested, exported and
scored by ../shared/eval's scorers, as the independent checks measure the tool. Floors rise as
the work on real news lands; they never fall without a note saying why."""

import pytest

from claimcheck.evaluation import through_cli
from claimcheck.evaluation.common import datasets_dir

pytestmark = pytest.mark.skipif(
    not (datasets_dir() / "stories").exists() or not through_cli.eval_dir().exists(),
    reason="../shared/datasets and ../shared/eval are not here",
)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, through_cli.Figures]:
    work = tmp_path_factory.mktemp("eval")
    sets = ["stories", "sick", "ecb", "paws"]
    return {r.name: r.figures for r in through_cli.run_sets(sets, keep=work)}


def test_stories_agreements_and_framing(runs: dict[str, through_cli.Figures]) -> None:
    s = runs["stories"]
    assert s["agreement_precision"] >= 0.9
    # 0.143 while a function word written twice put a quote behind its speaker out of order;
    # 0.161 before a long claim was counted in the groups of shorter claims it states; 0.304
    # before figures and days given alike were groups of their own in the export; 0.360
    # before clauses stated alike in sentences that say more were (comparing/statements.py);
    # 0.381 before a person's age was a figure given alike (comparing/ages.py), 0.423 before
    # days written with their year were given alike in any words, 0.435 before places of one
    # thing were (an ordinal and what it ranks), 0.455 before figures that are not given by
    # chance were given alike in any words (many digits, two together, a change, what a
    # measure describes), 0.521 before a month was given alike with a day of it, a name a
    # claim opens with tied its figure and articles that give a day alike were one event;
    # 0.55 is issue 16's goal (185 of 336 pairs)
    assert s["agreement_recall"] >= 0.55
    assert s["agreement_precision"] >= 0.95
    # issue 14: 0.714, 0.589 and 0.930 before the shared sentence analysis
    assert s["framing_hedged"] >= 0.9
    assert s["framing_attributed"] >= 0.9
    assert s["framing_stated"] >= 0.9
    for half in s["halves"].values():  # each half of the events on its own
        assert min(half["framing_hedged"], half["framing_attributed"]) >= 0.85
        assert half["framing_stated"] >= 0.9


def test_stories_conflicts(runs: dict[str, through_cli.Figures]) -> None:
    s = runs["stories"]
    # issue 16: 1 of 17 labelled conflict pairs before figures were compared measure by
    # measure, 5 before two ages of one person were (comparing/ages.py), 6 before one
    # source's telling dated on two days was (comparing/tellings.py), 7 before figures
    # given in one order, all alike but one, were (comparing/lists.py), 9 before the one
    # count of a thing that each of two articles gives was (measures.py, ``_SoleCounts``)
    assert s["conflict_recall"] >= 0.55
    assert s["false_alarms_not_conflict"] == 0  # no labelled look-alike flagged
    assert s["false_alarms_cross_story"] == 0
    assert s["cross_story_clusters"] == 0


def test_sick_contradictions_through_the_pipeline(runs: dict[str, through_cli.Figures]) -> None:
    sick = runs["sick"]
    # unpunctuated lines are sentences, not headings: 8,007 of 9,000 gave no claim before
    assert sick["sentences_without_claim"] <= 0.01 * sick["sentences"]
    conflicts = sick["conflicts"]
    assert conflicts["precision"] >= 0.85
    # issue 16: 0.456 while a look-alike pair reached only the first copy of each claim
    assert conflicts["recall"] >= 0.8


def test_ecb_stories_and_conflicts_between_events(runs: dict[str, through_cli.Figures]) -> None:
    ecb = runs["ecb"]
    assert ecb["stories_bcubed_f1"] >= 0.9  # issue 15: a plain TF-IDF clustering reaches 0.83
    assert ecb["cross_topic_clusters"] <= 0.005 * ecb["multi_article_clusters"]
    # issue 15: groups mixing events within one story (a fact that recurs across stories is
    # shown as background): 37 of 1,732 while "76ers" was the number 76
    within = ecb["cross_subtopic_clusters"] - ecb["cross_subtopic_background"]
    assert within < 0.02 * ecb["multi_article_clusters"]
    # issue 15: 13.7% while a story's look-alike events could be set against each other
    assert ecb["conflicts_cross_subtopic"] < 0.02 * ecb["conflicts"]


def test_paws_look_alikes_through_the_pipeline(runs: dict[str, through_cli.Figures]) -> None:
    # sentences split into clauses meet one another here: "It was written by X" and "It was
    # directed by X" scored as one claim on the names alone (precision 0.749 then, 0.753 after
    # the names check); the clauses of two sentences that hold the same words in swapped roles
    # each differ by a word or two (0.753 before claims were judged with their sentences, 0.846
    # after; 0.853 once copies had to be the same words as written, "from" and "to" too, and
    # 0.852 with the voice asked)
    same = runs["paws"]["same"]
    assert same["precision"] >= 0.85  # issue 16 asks 0.85 at recall 0.6 or more
    assert same["recall"] >= 0.7
