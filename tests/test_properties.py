"""Properties that hold for any input: nothing crashes, spans are always valid evidence."""

import itertools
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck.errors import InputError
from claimcheck.grouping.bags import Bags
from claimcheck.grouping.match import Idf, Scorer
from claimcheck.models import Document
from claimcheck.pipeline import Pipeline
from claimcheck.reading.files import decode
from claimcheck.splitting.clauses import ClauseSplitter
from claimcheck.splitting.sentences import SentenceSplitter
from claimcheck.storage.store import Store
from claimcheck.tokens import TextTokens, tokenize
from conftest import holds_evidence

pipeline = Pipeline()
sentences = SentenceSplitter()
clauses = ClauseSplitter()
scorer = Scorer()

# Text that looks like news often enough to reach the interesting branches.
WORDS = [
    "Putin",
    "said",
    "China",
    "and",
    "but",
    "the",
    "U.S.",
    "Gen.",
    "Mr.",
    "Dec.",
    "2nd,",
    "2023",
    "condemning",
    "accusing",
    "stressed",
    "that",
    "(which",
    "claims)",
    "“quote,”",
    "OPINION:",
    "Related News",
    "By Jane Doe",
    "is",
    "a",
    "writer.",
    "\n",
    "\n\n",
    ".",
    ",",
    ";",
    "—",
    "•",
    "# ",
    "- ",
    "\r\n",
    "\r",
    "may",
    "not",
]
newsy = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
any_text = st.one_of(st.text(max_size=400), newsy)


def check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@given(any_text)
@settings(max_examples=300, deadline=None)
def test_any_text_processes_and_claim_spans_are_valid(text: str) -> None:
    _article, claims = pipeline.process(Document(source="x", location="x", name="x", text=text))
    check_spans(text, [(c.start, c.end) for c in claims])
    assert [c.seq for c in claims] == list(range(len(claims)))
    for c in claims:
        assert c.text.strip()
        assert holds_evidence(c.text, text[c.start : c.end])


@given(any_text)
@settings(max_examples=300, deadline=None)
def test_sentence_and_clause_spans_are_ordered_and_inside(text: str) -> None:
    spans = sentences.split(text)
    check_spans(text, spans)
    for start, end in spans:
        pieces = clauses.split(text, start, end)
        check_spans(text, [(p.start, p.end) for p in pieces])
        assert all(start <= p.start and p.end <= end for p in pieces)


@given(st.binary(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_bytes_decode_or_are_refused_with_a_reason(data: bytes) -> None:
    try:
        text, _, _ = decode(data, "f.txt")
    except InputError as exc:
        assert exc.source == "f.txt" and exc.reason
    else:
        assert text.strip()


@given(st.lists(any_text, min_size=1, max_size=4))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_text_ingests_into_the_store(tmp_path: Path, texts: list[str]) -> None:
    from claimcheck.config import Settings
    from claimcheck.ingest import ingest

    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for i, text in enumerate(texts):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    db = tmp_path / "p.db"
    db.unlink(missing_ok=True)
    with Store(db) as store:
        report = ingest(store, [str(folder)], Settings(db_path=db))
        stored = {a.id: store.article_text(a.id) for a in store.articles()}
        for claim in store.claims():
            assert 0 <= claim.start < claim.end <= len(stored[claim.article_id])
    assert len(report.outcomes) == len(texts)
    for outcome in report.outcomes:
        assert outcome.status in ("new", "unchanged", "failed")
        assert outcome.status != "failed" or outcome.message


@given(any_text, st.integers(0, 400), st.integers(0, 400))
@settings(max_examples=300, deadline=None)
def test_tokens_handed_out_by_span_are_those_of_the_span(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert TextTokens(text).span(start, end) == tokenize(text, start, end)


def _evidence(text: str, start: int, end: int, words: str) -> bool:
    """An annotation's span holds its words, in the article text."""
    return 0 <= start <= end <= len(text) and " ".join(text[start:end].split()) == " ".join(
        words.split()
    )


@given(any_text)
@settings(max_examples=300, deadline=None)
def test_every_annotation_points_at_its_words(text: str) -> None:
    _article, claims = pipeline.process(Document(source="x", location="x", name="x", text=text))
    for c in claims:
        a = c.annotations
        spans = [
            *((h.start, h.end, h.cue) for h in a.hedges if h.scope != "context"),
            *((q.start, q.end, q.text) for q in a.numbers),
            *((d.start, d.end, d.text) for d in a.dates),
            *((n.start, n.end, n.cue) for n in a.negations),
            *((e.start, e.end, e.text) for e in a.entities),
            *((k.start, k.end, k.cue) for k in a.comparisons),
        ]
        for start, end, words in spans:
            assert _evidence(text, start, end, words), (start, end, words)
            assert c.start <= start and end <= c.end, (c.text, words)


@given(any_text, any_text)
@settings(max_examples=300, deadline=None)
def test_scores_are_symmetric_bounded_and_equal_to_the_vectorised_ones(a: str, b: str) -> None:
    claims = [
        c
        for text in (a, b)
        for c in pipeline.process(Document(source="x", location="x", name="x", text=text))[1][:1]
    ]
    if len(claims) < 2:
        return
    fa, fb = (scorer.features(c) for c in claims)
    idf = Idf.of([fa.bag, fb.bag])
    ab, ba = scorer.score(fa, fb, idf), scorer.score(fb, fa, idf)
    assert 0 <= ab.score <= 100 and ab.score == pytest.approx(ba.score)
    assert ab.relation == ba.relation
    # nothing is closer to a claim than itself (short claims score under 100, by design)
    assert scorer.score(fa, fa, idf).score >= ab.score - 1e-9
    bags = Bags.build(" ".join(f.tokens) for f in (fa, fb))
    score, overlap = bags.text_scores(np.array([[0, 1]]))
    assert (score[0], overlap[0]) == pytest.approx(scorer.text_score(fa, fb, idf))
