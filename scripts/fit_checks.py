"""Fit the look-alike checks' penalties and write them to src/claimcheck/lexicons/weights.toml.

Run with ``make weights`` (see claimcheck.evaluation.checks for what is fitted, on what data and
why). Prints the cross-validated accuracies, then writes the penalties fitted on all the pairs;
the same data give the same file.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from claimcheck.evaluation import checks

OUT = Path(__file__).resolve().parents[1] / "src" / "claimcheck" / "lexicons" / "weights.toml"


def main() -> int:
    fitted = checks.run()
    print(checks.report(fitted))
    text = OUT.read_text(encoding="utf-8")
    for name, value in fitted.penalties.items():
        text = _set(text, name, "inf" if math.isinf(value) else f"{value:g}")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


def _set(text: str, name: str, value: str) -> str:
    """``text`` (TOML) with the line of key ``name`` set to ``value``."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line.split("=")[0].strip() == name:
            lines[i] = f"{name} = {value}"
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
