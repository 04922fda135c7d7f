import pytest

from claimcheck.annotate.hedges import HedgeFinder
from claimcheck.evaluation import hedges as hedge_eval
from claimcheck.evaluation.common import datasets_dir

finder = HedgeFinder()


def cues(sentence: str) -> list[tuple[str, str]]:
    return [(h.cue, h.category) for h in finder.find(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike may delay the vote.", [("may", "modal")]),
        ("Talks might resume next week.", [("might", "modal")]),
        ("The deal could collapse.", [("could", "modal")]),
        ("Officials believe the ship sank.", [("believe", "epistemic")]),
        ("The figures suggest a slowdown.", [("suggest", "epistemic")]),
        ("The plan appears to have stalled.", [("appears", "epistemic")]),
        ("Growth is expected to slow.", [("expected", "epistemic")]),
        ("The minister reportedly resigned.", [("reportedly", "adverb")]),
        ("The strike is likely to spread.", [("likely", "adverb")]),
        ("The so-called peace plan failed.", [("so-called", "distancing")]),
        (
            "The missile, which the army claims can fly 500 km, was shown.",
            [("claims", "distancing")],
        ),
        ("He was accused of bribery.", [("accused", "distancing")]),
        (
            "Experts caution that the data may be exaggerated.",
            [("caution", "caution"), ("may be exaggerated", "caution")],
        ),
        ("No one knows how long the truce will hold.", [("No one knows", "caution")]),
        ("If the rains fail, prices will rise.", [("If", "conditional")]),
        ("Even that option cannot be ruled out.", [("cannot be ruled out", "modal")]),
        (
            "The singer has left the band, it has been reported.",
            [("it has been reported", "distancing")],
        ),
        (
            "It was widely reported that the talks failed.",
            [("It was widely reported", "distancing")],
        ),
        (
            "The group has trained pilots, it has been claimed.",
            [("it has been claimed", "distancing")],
        ),
        ("A video purporting to show the attack was released.", [("purporting", "distancing")]),
        ("Police suspect arson in the Harlow fire.", [("suspect", "epistemic")]),
        ("He is the man many suspect of being the source.", [("suspect", "epistemic")]),
        ("A man police suspect of arson fled Harlow.", [("suspect", "epistemic")]),
    ],
)
def test_cues_and_categories(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert cues(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "China is the second-largest recipient of Russian arms.",
        "The vote took place on May 20 in Geneva.",
        "Theresa May met the president.",
        "The ministry will publish the figures on Monday.",
        "He could not attend the summit.",
        "The country's military might has grown.",
        "Growth was higher than expected.",
        "She wrote “What Might Have Been Lost” in 2019.",
        "Think tanks in Washington published the report.",
        "There is no doubt that the bridge collapsed.",
        "It was reported to the police on Monday.",
        "The police say they don't have suspects.",
        "Deputies identified the suspect as Jose Luis Orozco.",
        "Two suspects were arrested in Harlow.",
        "She is the sister of a terror suspect being held in Harlow.",
        # names between the article and the noun: an FNC-1 report of al-Baghdadi's wife
        "She is the sister of Omar al-Dulaimi, an Iraqi terror suspect held in Harlow.",
        "An Iraqi suspect was held in Harlow.",
    ],
)
def test_no_false_hedges(sentence: str) -> None:
    assert cues(sentence) == []


def test_spans_point_at_the_cue() -> None:
    text = "Intro. Analysts suggest the talks may fail."
    start = text.index("Analysts")
    found = finder.find(text, start, len(text), sentence_start=start)
    assert [text[h.start : h.end] for h in found] == ["suggest", "may"]


def test_back_reference_names_its_owner() -> None:
    s = "However, experts caution against reading too much into Putin's comments."
    ref = finder.back_reference(s, 0, len(s))
    assert ref is not None and ref.owner == "Putin"
    s2 = "Analysts warned against reading too much into his remarks."
    ref2 = finder.back_reference(s2, 0, len(s2))
    assert ref2 is not None and ref2.possessive == "his"


WIKI = datasets_dir() / hedge_eval.DATASET


@pytest.mark.skipif(not WIKI.exists(), reason="../shared/datasets is not here")
def test_quality_gate_on_the_szeged_wikipedia_corpus() -> None:
    result = hedge_eval.evaluate(WIKI, finder)
    assert result.scores.precision >= 0.75
    assert result.scores.recall >= 0.75
    assert result.false_on_plain == []
