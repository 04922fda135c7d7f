"""Sentence-level hedge detection on the Szeged Uncertainty Corpus (Wikipedia part).

A sentence counts as hedged when the hedge finder finds any cue in it; the corpus marks a
sentence uncertain when annotators found a speculation cue.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from claimcheck.annotate.hedges import HedgeFinder
from claimcheck.evaluation.common import Scores, datasets_dir, score

DATASET = Path("hedges") / "wiki_uncertainty.tsv"

# Plain factual sentences of news prose: no hedge may be found in any of them.
PLAIN_FACTS = [
    "China is the second-largest recipient of Russian arms.",
    "Russia and China have had a strategic partnership since the late 1950s.",
    "The two leaders met in Moscow on May 20 and signed three agreements.",
    "The ministry will publish the figures on Monday.",
    "Troops crossed the border at dawn and took the airport.",
    "The company reported a profit of $2 billion for the year.",
    "Exports rose 12 percent in March, the customs office said.",
    "The bill passed the Senate by 62 votes to 38.",
    "Theresa May led the Conservative Party from 2016 to 2019.",
    "The film “Women Who Might Win” opened in May.",
    "He could not attend the summit because of the storm.",
    "The country's military might has grown for a decade.",
]


@dataclass(frozen=True, slots=True)
class HedgeReport:
    scores: Scores
    sentences: int
    by_category: Counter[str]
    false_on_plain: list[str]


def load(path: Path) -> list[tuple[str, bool]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            (row["sentence"], row["uncertain"] == "1") for row in csv.DictReader(fh, delimiter="\t")
        ]


def evaluate(path: Path | None = None, finder: HedgeFinder | None = None) -> HedgeReport:
    finder = finder or HedgeFinder()
    rows = load(path or datasets_dir() / DATASET)
    pairs = []
    categories: Counter[str] = Counter()
    for sentence, uncertain in rows:
        hedges = finder.find(sentence, 0, len(sentence))
        categories.update(h.category for h in hedges)
        pairs.append((bool(hedges), uncertain))
    false_on_plain = [s for s in PLAIN_FACTS if finder.find(s, 0, len(s))]
    return HedgeReport(score(pairs), len(rows), categories, false_on_plain)


def report(result: HedgeReport) -> str:
    lines = [
        f"Hedges: Szeged Uncertainty Corpus, Wikipedia, {result.sentences} sentences",
        "  sentence-level " + result.scores.line(),
        "  cues found by category: "
        + ", ".join(f"{k} {v}" for k, v in result.by_category.most_common()),
        f"  plain factual sentences with a false hedge: {len(result.false_on_plain)} of {len(PLAIN_FACTS)}",
    ]
    lines += [f"    {s}" for s in result.false_on_plain]
    return "\n".join(lines)
