"""Claims split from one sentence are judged with their sentence in view: two sentences that
hold the same words in swapped roles do not corroborate each other through their parts
(grouping/context.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from claimcheck.grouping.context import sentence_words
from claimcheck.grouping.match import Features, Idf, Scorer, fold, raw_words
from claimcheck.models import Claim
from claimcheck.splitting.structure import Grammar
from conftest import Invoke, ingest_grouped

HEADQUARTERS = "ACVM is headquartered in {0} and has offices in {1}, Aberdeen, Newcastle and York."
BASED = "ACVM is based in {0} and has offices in {1}, Aberdeen, Newcastle and York."


def _articles(second: str) -> dict[str, str]:
    first = HEADQUARTERS.format("Edinburgh", "Glasgow")
    return {
        "a.txt": f"ACVM opens an office\n\n{first}\n\nThe firm was founded in 1983.\n",
        "b.txt": f"ACVM grows again\n\n{second}\n\nIts staff grew last year.\n",
    }


def _offices(cli_json) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [
        (c["text"], c["cluster_id"])
        for c in cli_json("claims", "--json")
        if c["text"].startswith("ACVM has offices")
    ]


@pytest.mark.parametrize("one_by_one", [True, False])
def test_claims_of_sentences_with_swapped_places_are_kept_apart(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path, one_by_one: bool
) -> None:
    # each sentence is split in two, and its "offices" claim differs from the other's by one
    # place only; the whole sentences hold Edinburgh and Glasgow in swapped roles
    ingest_grouped(
        cli,
        tmp_path / "news",
        _articles(BASED.format("Glasgow", "Edinburgh")),
        one_by_one=one_by_one,
    )
    (a, first), (b, second) = _offices(cli_json)
    assert "Glasgow" in a and "Edinburgh" in b
    assert first != second


@pytest.mark.parametrize("one_by_one", [True, False])
def test_claims_of_sentences_in_the_same_arrangement_are_grouped(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path, one_by_one: bool
) -> None:
    # the same sentence in other words and its places where they were: its parts corroborate
    ingest_grouped(
        cli,
        tmp_path / "news",
        _articles(BASED.format("Edinburgh", "Glasgow")),
        one_by_one=one_by_one,
    )
    (_, first), (_, second) = _offices(cli_json)
    assert first == second


ACTIVE = (
    "An Indian warship foiled a five-boat pirate attack on merchant vessels transiting the Gulf "
    "of Aden on Friday capturing 26 Somali pirates on three of the skiffs and confiscating "
    "their weapons."
)
PASSIVE = (
    "A five-boat pirate attack on merchant vessels transiting the Gulf of Aden was foiled by an "
    "Indian warship that was on escort duty, capturing 26 Somali pirates on three of the skiffs "
    "and confiscating their weapons."
)


@pytest.mark.parametrize("one_by_one", [True, False])
def test_a_sentence_in_the_passive_voice_corroborates_its_active_telling(  # type: ignore[no-untyped-def]
    cli: Invoke, cli_json, tmp_path: Path, one_by_one: bool
) -> None:
    # the agent and the object change places with the voice: no swap of roles
    articles = {
        "a.txt": f"Warship foils attack\n\n{ACTIVE}\n",
        "b.txt": f"Pirates caught\n\n{PASSIVE}\n",
    }
    ingest_grouped(cli, tmp_path / "news", articles, one_by_one=one_by_one)
    claims = cli_json("claims", "--json")
    active = next(c for c in claims if c["text"] == ACTIVE)
    passive = [c for c in claims if c["text"].startswith("A five-boat pirate attack")]
    assert len(passive) > 1  # the passive sentence was split
    assert all(c["cluster_id"] == active["cluster_id"] for c in passive)


def _features(scorer: Scorer, claim_id: str, text: str) -> Features:
    return scorer.features(Claim(claim_id, claim_id, 0, text, 0, len(text), 0, 0, "body"))


def test_the_scorer_asks_for_the_sentences_only_of_claims_it_would_group() -> None:
    scorer = Scorer()
    a = _features(scorer, "a", "ACVM has offices in Glasgow, Aberdeen, Newcastle and York.")
    b = _features(scorer, "b", "ACVM has offices in Edinburgh, Aberdeen, Newcastle and York.")
    far = _features(scorer, "c", "The firm was founded in 1983 by two engineers.")
    idf = Idf.of([a.bag, b.bag, far.bag])
    sentences = {
        "a": HEADQUARTERS.format("Edinburgh", "Glasgow"),
        "b": BASED.format("Glasgow", "Edinburgh"),
    }
    asked: list[str] = []

    class Sentences:
        def __call__(self, f: Features) -> Features | None:
            asked.append(f.claim_id)
            text = sentences.get(f.claim_id)
            if text is None:
                return None
            tokens, raw = sentence_words(text, scorer)
            return replace(f, text=text, tokens=tokens, bag=frozenset(tokens), raw=raw)

        def passive(self, f: Features) -> bool:
            return False

    sentence_of = Sentences()

    # on their own, the two claims are one: they differ by one place
    assert scorer.score(a, b, idf).relation == "same"
    kept = scorer.score(a, b, idf, sentence_of)
    assert kept.relation == "related"
    assert kept.reasons == (
        "roles: their sentences hold the same words in a different arrangement",
    )
    # a pair too far apart to be grouped is never read whole
    asked.clear()
    assert scorer.score(a, far, idf, sentence_of).relation == "different"
    assert asked == []
    # sentences in the same arrangement keep the pair whole
    sentences["b"] = BASED.format("Edinburgh", "Glasgow")
    b_again = _features(scorer, "b", "ACVM has offices in Glasgow, Aberdeen, Newcastle and York.")
    assert scorer.score(a, b_again, idf, sentence_of).relation == "same"


@pytest.mark.parametrize(
    ("text", "passive"),
    [
        ("A pirate attack was foiled by an Indian warship.", True),
        ("The bridge has been narrowly kept open by volunteers.", True),
        ("The film was written by Billy Gierhart.", True),
        ("An Indian warship foiled a pirate attack.", False),
        ("The plan was ready by Friday.", False),  # "by" after no participle
        ("The talks were held in Geneva on Monday.", False),
    ],
)
def test_the_voice_is_read_from_a_form_of_be_a_participle_and_its_agent(
    text: str, passive: bool
) -> None:
    assert Grammar().passive_with_agent(raw_words(fold(text))) is passive
