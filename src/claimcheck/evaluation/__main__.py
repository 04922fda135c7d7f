"""`python -m claimcheck.evaluation [NAME...]`: print the quality figures (``make eval``)."""

from __future__ import annotations

import sys

from claimcheck.evaluation import conflicts, hedges, matching
from claimcheck.evaluation.common import datasets_dir

EVALUATIONS = {
    "hedges": lambda: hedges.report(hedges.evaluate()),
    "matching": matching.report,
    "conflicts": conflicts.report,
}


def main(argv: list[str]) -> int:
    names = argv or list(EVALUATIONS)
    unknown = [n for n in names if n not in EVALUATIONS]
    if unknown:
        print(
            f"unknown evaluation: {', '.join(unknown)} (choose from {', '.join(EVALUATIONS)})",
            file=sys.stderr,
        )
        return 2
    if not datasets_dir().is_dir():
        print(f"no data sets at {datasets_dir()} (set CLAIMCHECK_DATASETS)", file=sys.stderr)
        return 1
    for name in names:
        print(EVALUATIONS[name]())
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
