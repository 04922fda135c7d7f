"""Shared pieces of the evaluations: where the data lives, and precision/recall."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATASETS = "CLAIMCHECK_DATASETS"


def datasets_dir() -> Path:
    """../shared/datasets beside the project, unless CLAIMCHECK_DATASETS says otherwise."""
    if os.environ.get(ENV_DATASETS):
        return Path(os.environ[ENV_DATASETS])
    return Path(__file__).resolve().parents[3].parent / "shared" / "datasets"


@dataclass(frozen=True, slots=True)
class Scores:
    tp: int
    fp: int
    fn: int
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"(tp {self.tp}, fp {self.fp}, fn {self.fn}, tn {self.tn})"
        )


def score(pairs: list[tuple[bool, bool]]) -> Scores:
    """Scores for (predicted, expected) pairs."""
    tp = sum(p and e for p, e in pairs)
    fp = sum(p and not e for p, e in pairs)
    fn = sum(e and not p for p, e in pairs)
    return Scores(tp, fp, fn, len(pairs) - tp - fp - fn)
