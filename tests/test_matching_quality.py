"""Quality gate: pinned floors on the seed labels and the public data sets."""

import pytest

from claimcheck.evaluation import matching
from claimcheck.evaluation.common import datasets_dir


def test_seed_labels() -> None:
    result = matching.evaluate_seeds()
    for scores in (result.incremental, result.batch):
        assert scores.precision >= 0.95, result.wrong
        assert scores.recall >= 0.85, result.missed
    assert result.distinct_merged == []


DATA = datasets_dir()


@pytest.mark.skipif(not (DATA / "paws").exists(), reason="../shared/datasets is not here")
def test_paws_precision() -> None:
    assert matching.evaluate_pairs(matching.load_paws(DATA)).precision >= 0.80


@pytest.mark.skipif(not (DATA / "stsb").exists(), reason="../shared/datasets is not here")
def test_stsb() -> None:
    scores = matching.evaluate_pairs(matching.load_stsb(DATA))
    assert scores.precision >= 0.80 and scores.recall >= 0.75
