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
    return {r.name: r.figures for r in through_cli.run_sets(["stories", "sick"], keep=work)}


def test_stories_agreements_and_framing(runs: dict[str, through_cli.Figures]) -> None:
    s = runs["stories"]
    assert s["agreement_precision"] >= 0.9
    assert s["agreement_recall"] >= 0.12
    assert s["framing_hedged"] >= 0.65
    assert s["framing_attributed"] >= 0.55
    assert s["framing_stated"] >= 0.9


def test_sick_contradictions_through_the_pipeline(runs: dict[str, through_cli.Figures]) -> None:
    conflicts = runs["sick"]["conflicts"]
    assert conflicts["precision"] >= 0.8
    assert conflicts["recall"] >= 0.03
