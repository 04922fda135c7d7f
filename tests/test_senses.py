"""General lexical knowledge in matching: irregular forms and word senses (WordNet)."""

from pathlib import Path

import pytest

from claimcheck.annotate.annotator import Annotator
from claimcheck.evaluation.matching import sentence_claims
from claimcheck.grouping.match import Idf, Scorer
from claimcheck.grouping.normalize import Normalizer
from claimcheck.lexicons import Lexicons
from conftest import Invoke, write

annotator = Annotator()
CONTEXT = [
    "The parliament approved the budget on Tuesday.",
    "Floods closed roads across the north of the country.",
    "The central bank kept interest rates unchanged.",
    "The mayor opened a new library downtown.",
]


def without_senses(tmp_path: Path) -> Scorer:
    """A scorer whose user lexicons replace the WordNet table with nothing."""
    write(tmp_path / "lexicons" / "wordnet.toml", "replace = true\n")
    return Scorer(Normalizer(Lexicons(tmp_path / "lexicons")))


def judge(scorer: Scorer, a: str, b: str) -> tuple[float, str, tuple[str, ...]]:
    claims = sentence_claims([a, b, *CONTEXT], annotator)
    feats = [scorer.features(c) for c in claims]
    s = scorer.score(feats[0], feats[1], Idf.of(f.bag for f in feats))
    return s.score, s.relation, s.shared


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Two men fled the village", "A man flees the village"),
        ("The children were rescued", "The child was rescued"),
        ("Workers took the train", "Workers take the train"),
    ],
)
def test_irregular_forms_are_their_base_words(a: str, b: str) -> None:
    normalizer = Normalizer()
    assert normalizer(a).replace("2 ", "") == normalizer(b)


def test_a_death_and_a_killing_match_through_their_sense(tmp_path: Path) -> None:
    a, b = "Three climbers died in the avalanche.", "The avalanche killed three climbers."
    score, relation, shared = judge(Scorer(), a, b)
    assert relation == "same"
    assert "die≈kill (death)" in shared  # the words matched, and the concept they share
    assert score > judge(without_senses(tmp_path), a, b)[0] + 5


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The earthquake caused many injuries in the port.",
            "Many were injured in the port quake.",
        ),
        ("A gas explosion shook the mall.", "Gas exploded in the mall."),
    ],
)
def test_derived_words_and_synonyms_bring_claims_closer(tmp_path: Path, a: str, b: str) -> None:
    score, _, shared = judge(Scorer(), a, b)
    assert any("≈" in s for s in shared)
    assert score > judge(without_senses(tmp_path), a, b)[0]


def test_a_shared_topic_word_alone_does_not_group() -> None:
    # both about one fire, with the same number, but one counts deaths and the other houses
    _, relation, shared = judge(
        Scorer(), "Nine people died in the fire.", "The fire destroyed nine houses."
    )
    assert relation != "same"
    assert not any("≈" in s for s in shared)


def test_a_concept_held_through_the_same_word_counts_once() -> None:
    # the same sentence twice: its senses add nothing beyond its words
    scorer = Scorer()
    text = "Three climbers died on the glacier."
    claims = sentence_claims([text, text, *CONTEXT], annotator)
    feats = [scorer.features(c) for c in claims]
    idf = Idf.of(f.bag for f in feats)
    shared = scorer.score(feats[0], feats[1], idf).shared
    assert "0die" not in shared and not any("≈" in s for s in shared)


def test_two_articles_in_other_words_share_a_cluster_that_show_explains(
    cli: Invoke, cli_json, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    write(
        tmp_path / "a.txt",
        "Glacier accident\n\nThree climbers died on the Kessel glacier on Sunday, "
        "the mountain rescue service said. The weather had been clear all week.\n",
    )
    write(
        tmp_path / "b.txt",
        "Avalanche on the Kessel\n\nAn avalanche killed three climbers on the Kessel glacier "
        "on Sunday. The ski lifts in the valley will reopen on Friday.\n",
    )
    assert cli("ingest", "-q", tmp_path / "a.txt", tmp_path / "b.txt").exit_code == 0
    clusters = cli_json("clusters", "--json")
    assert len(clusters) == 1 and clusters[0]["articles"] == 2
    out = cli("show", clusters[0]["id"]).stdout
    assert "die≈kill (death)" in " ".join(out.split())
    # without the word senses, the two claims stay apart
    write(tmp_path / "lexicons" / "wordnet.toml", "replace = true\n")
    monkeypatch.setenv("CLAIMCHECK_LEXICONS", str(tmp_path / "lexicons"))
    monkeypatch.setenv("CLAIMCHECK_DB", str(tmp_path / "plain.db"))
    assert cli("ingest", "-q", tmp_path / "a.txt", tmp_path / "b.txt").exit_code == 0
    assert cli_json("clusters", "--json") == []


def test_the_table_can_be_replaced_by_the_user(tmp_path: Path) -> None:
    write(
        tmp_path / "lexicons" / "wordnet.toml",
        'replace = true\n[senses]\nblaze = "fire"\nfire = "fire"\n',
    )
    normalizer = Normalizer(Lexicons(tmp_path / "lexicons"))
    assert normalizer.terms("the blaze") == ["blaze", "0fire"]
    assert normalizer.terms("nine died") == ["9", "die"]  # the packaged senses are gone


def test_the_packaged_table_keeps_wordnet_licence() -> None:
    folder = Path(__file__).resolve().parent.parent / "src" / "claimcheck" / "lexicons"
    assert "Princeton University" in (folder / "WORDNET_LICENSE").read_text(encoding="utf-8")
    assert "WORDNET_LICENSE" in (folder / "wordnet.toml").read_text(encoding="utf-8")[:400]
