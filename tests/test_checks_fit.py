"""The learned penalties shipped in lexicons/weights.toml are what `make weights` fits, and they
do at least as well as vetoes on held-out pairs."""

import pytest

from claimcheck.evaluation import checks
from claimcheck.evaluation.common import datasets_dir
from claimcheck.grouping.match import Scorer

pytestmark = pytest.mark.skipif(
    not (datasets_dir() / "mrpc").exists() or not (datasets_dir() / "paws").exists(),
    reason="../shared/datasets is not here",
)


def test_the_shipped_penalties_are_the_fitted_ones_and_hold_out_of_sample() -> None:
    fitted = checks.run()
    shipped = Scorer().penalties
    assert {k: shipped[k] for k in checks.FITTED} == fitted.penalties
    for kind, accuracy in fitted.cross_validated.items():
        assert accuracy >= fitted.as_vetoes[kind] - 0.002, kind
    # floors, cross-validated: 0.634 and 0.823 while the word-order check placed a function
    # word written twice where it first stood (issue 16 asks 0.75 of MRPC)
    assert fitted.cross_validated["mrpc"] >= 0.665
    assert fitted.cross_validated["paws"] >= 0.835
