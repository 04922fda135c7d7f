"""How well conflicts are found, and how often the list cries wolf.

Seeds: the report on the five seed articles is scored against the conflicts listed in
`claims/seed_labels.toml` (a conflict counts when its two claims and its kind agree). SICK:
each pair of sentences is two one-sentence articles; a conflict found between them should
mean the pair is labelled CONTRADICTION.
"""

from __future__ import annotations

import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from claimcheck.annotate.annotator import Annotator
from claimcheck.comparing.conflicts import ConflictFinder
from claimcheck.comparing.report import build_report
from claimcheck.config import Settings
from claimcheck.evaluation.common import Scores, datasets_dir, score
from claimcheck.evaluation.matching import LABELS, SEEDS, sentence_claims
from claimcheck.grouping.match import Idf, Scorer
from claimcheck.ingest import ingest
from claimcheck.storage.store import Store


@dataclass(frozen=True, slots=True)
class SeedConflicts:
    scores: Scores
    found: list[str]  # what the report listed, as "kind: detail"
    wrong: list[str]  # listed but not labelled
    missed: list[str]  # labelled but not listed


def evaluate_seeds() -> SeedConflicts:
    data = tomllib.loads(LABELS.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.db"
        with Store(db) as store:
            ingest(store, [str(SEEDS)], Settings(db_path=db))
            claims = store.claims()
            names = {a.id: a.name for a in store.articles()}

            def find(ref: list[str]) -> str:
                hits = [
                    c.id
                    for c in claims
                    if names[c.article_id].startswith(ref[0]) and c.text.startswith(ref[1])
                ]
                if len(hits) != 1:
                    raise ValueError(f"{LABELS}: {ref} matches {len(hits)} claims, not one")
                return hits[0]

            expected = {
                (k["kind"], frozenset((find(k["a"]), find(k["b"])))): k.get("why", "")
                for k in data.get("conflict", [])
            }
            report = build_report(store)
    listed = {
        (k.kind, frozenset((k.a.id, k.b.id))): f"{k.kind}: {k.detail}" for k in report.conflicts
    }
    tp = len(expected.keys() & listed.keys())
    return SeedConflicts(
        scores=Scores(tp, len(listed) - tp, len(expected) - tp),
        found=sorted(listed.values()),
        wrong=sorted(v for k, v in listed.items() if k not in expected),
        missed=sorted(v for k, v in expected.items() if k not in listed),
    )


@dataclass(frozen=True, slots=True)
class SickConflicts:
    scores: Scores
    kinds: Counter[str]  # of the conflicts found


def load_sick(root: Path) -> list[tuple[str, str, bool]]:
    rows = []
    for line in (root / "sick" / "SICK_train.txt").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 5 and fields[0] != "pair_ID":
            rows.append((fields[1], fields[2], fields[4].strip() == "CONTRADICTION"))
    return rows


def evaluate_sick(rows: list[tuple[str, str, bool]] | None = None) -> SickConflicts:
    rows = rows if rows is not None else load_sick(datasets_dir())
    texts = sorted({t for a, b, _ in rows for t in (a, b)})
    claims = dict(zip(texts, sentence_claims(texts, Annotator()), strict=True))
    scorer = Scorer()
    idf = Idf.of(scorer.features(c).bag for c in claims.values())
    finder = ConflictFinder(scorer, idf)
    pairs = []
    kinds: Counter[str] = Counter()
    for a, b, contradiction in rows:
        ca, cb = claims[a], claims[b]
        if ca.id == cb.id:
            pairs.append((False, contradiction))
            continue
        found = finder.find([ca, cb], [(ca.id, cb.id)])
        kinds.update(k.kind for k in found)
        pairs.append((bool(found), contradiction))
    return SickConflicts(score(pairs), kinds)


def report() -> str:
    seeds = evaluate_seeds()
    sick = evaluate_sick()
    lines = [
        "Conflicts",
        "  seed labels:                " + seeds.scores.line(),
        *[f"    found: {f}" for f in seeds.found],
        *[f"    not labelled: {f}" for f in seeds.wrong],
        *[f"    missed: {f}" for f in seeds.missed],
        "  SICK train (CONTRADICTION): " + sick.scores.line(),
        "    kinds found: " + ", ".join(f"{k} {n}" for k, n in sick.kinds.most_common()),
    ]
    return "\n".join(lines)
