"""Quality gate for conflicts: no false alarms on the seeds, pinned floors on SICK."""

import pytest

from claimcheck.evaluation import conflicts
from claimcheck.evaluation.common import datasets_dir


def test_seed_conflicts_are_exactly_the_labelled_ones() -> None:
    result = conflicts.evaluate_seeds()
    assert result.missed == [] and result.wrong == []


@pytest.mark.skipif(not (datasets_dir() / "sick").exists(), reason="../shared/datasets is not here")
def test_sick_contradictions() -> None:
    scores = conflicts.evaluate_sick().scores
    assert scores.precision >= 0.80 and scores.recall >= 0.75
