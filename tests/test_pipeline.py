"""The whole reading path on the seed corpus and on text nobody tuned for."""

import itertools
import re

import pytest

from claimcheck.models import Document
from claimcheck.pipeline import Pipeline, claim_id
from conftest import SEEDS, holds_evidence

pipeline = Pipeline()
FURNITURE = re.compile(
    r"^(OPINION:?|Related News|Sat\. Dec|Fri\. Dec|satellite russia china|Please read our "
    r"comment policy|Cooperation in defense technologies|Collaboration on space projects|"
    r"An Evolving Strategic Alliance)|is founder and president of|military spouse and veteran",
)


def process(path):  # type: ignore[no-untyped-def]
    text = path.read_text(encoding="utf-8-sig")
    doc = Document(source=str(path), location=str(path), name=path.name, text=text)
    return pipeline.process(doc)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_claims_have_no_furniture_and_spans_are_the_evidence(path) -> None:  # type: ignore[no-untyped-def]
    article, claims = process(path)
    assert claims
    for c in claims:
        evidence = article.text[c.start : c.end]
        assert evidence == evidence.strip() and evidence
        # the claim text holds its own words (a clause cut mid-sentence gains a capital)
        assert holds_evidence(c.text, evidence)
        assert not FURNITURE.search(c.text), c.text
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    assert all(a.end <= b.start for a, b in itertools.pairwise(claims))


def test_seed_metadata() -> None:
    metas = {p.name[:3]: process(p)[0] for p in sorted(SEEDS.glob("*.txt"))}
    assert metas["001"].published == "2023-12-02"
    assert metas["001"].title == (
        "Russia and China to Expand Cooperation on Military Satellites and Defense Technologies"
    )
    assert metas["002"].published == "2023-12-08"
    assert metas["003"].kind == "opinion"
    assert metas["003"].author == "Jianli Yang"
    assert metas["000"].title == "Strengthening Russians-Chinese ties in space defense technologies"


def test_the_headline_is_a_claim_of_kind_headline() -> None:
    _, claims = process(SEEDS / "001_5dbd629187794407.txt")
    assert claims[0].kind == "headline" and claims[0].text.startswith("Russia and China to Expand")
    assert all(c.kind == "body" for c in claims[1:])


def test_sentence_and_paragraph_indexes() -> None:
    text = "Title of the story\n\nFirst sentence here. Second sentence here.\n\nThird one here."
    doc = Document(source="t", location="t", name="t", text=text)
    _, claims = pipeline.process(doc)
    assert [(c.text, c.sentence, c.paragraph) for c in claims] == [
        ("Title of the story", 0, 0),
        ("First sentence here.", 1, 1),
        ("Second sentence here.", 2, 1),
        ("Third one here.", 3, 2),
    ]


def test_ids_come_from_content() -> None:
    doc = Document(source="a", location="a", name="a", text="One claim here. Another one.")
    a1, c1 = pipeline.process(doc)
    a2, c2 = pipeline.process(Document(source="b", location="b", name="b", text=doc.text))
    assert a1.id == a2.id and [c.id for c in c1] == [c.id for c in c2]
    assert c1[0].id == claim_id(a1.id, c1[0].start, c1[0].end)
