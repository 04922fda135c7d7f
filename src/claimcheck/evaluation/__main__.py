"""`python -m claimcheck.evaluation [NAME...]`: print the quality figures (``make eval``).

NAME is an in-process evaluation (hedges, matching, conflicts, checks), ``cli`` for every data set
through the real CLI, or one such set (stories, ecb, mrpc, paws, sick, stsb, fnc).
"""

from __future__ import annotations

import sys

from claimcheck.evaluation import checks, conflicts, hedges, matching, through_cli
from claimcheck.evaluation.common import datasets_dir

EVALUATIONS = {
    "hedges": lambda: hedges.report(hedges.evaluate()),
    "matching": matching.report,
    "conflicts": conflicts.report,
    "checks": checks.report,
}


def main(argv: list[str]) -> int:
    names = argv or [*EVALUATIONS, "cli"]
    known = [*EVALUATIONS, "cli", *through_cli.SETS]
    unknown = [n for n in names if n not in known]
    if unknown:
        print(
            f"unknown evaluation: {', '.join(unknown)} (choose from {', '.join(known)})",
            file=sys.stderr,
        )
        return 2
    if not datasets_dir().is_dir():
        print(f"no data sets at {datasets_dir()} (set CLAIMCHECK_DATASETS)", file=sys.stderr)
        return 1
    for name in names:
        if name in EVALUATIONS:
            print(EVALUATIONS[name](), flush=True)
            print()
    sets = list(through_cli.SETS) if "cli" in names else [n for n in names if n in through_cli.SETS]
    if sets:
        print(through_cli.report(through_cli.run_sets(sets)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
