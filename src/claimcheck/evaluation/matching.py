"""How well claims are grouped: on the project's seed labels, STS-B and PAWS.

Seeds: the five seed articles are ingested into a temporary store (claims grouped as they come
in), then grouped again from scratch (`claimcheck match`); each grouping is scored pairwise
against `claims/seed_labels.toml`. STS-B: pairs scored >= 4 should be the same claim, pairs
<= 2 should not. PAWS: pairs labelled paraphrase should be the same claim, the others (mostly
the same words with roles swapped) should not.
"""

from __future__ import annotations

import itertools
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from claimcheck.annotate.annotator import Annotator, ClaimInContext
from claimcheck.config import Settings
from claimcheck.evaluation.common import Scores, datasets_dir, score
from claimcheck.grouping.match import Idf, Scorer
from claimcheck.grouping.regroup import Grouper
from claimcheck.ingest import ingest
from claimcheck.models import Article, Claim
from claimcheck.storage.store import Store

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
LABELS = ROOT / "claims" / "seed_labels.toml"


@dataclass(frozen=True, slots=True)
class SeedLabels:
    clusters: list[list[str]]  # claim ids
    ignore: set[str]
    distinct: list[tuple[str, str, str]]  # (a, b, why)


@dataclass(frozen=True, slots=True)
class SeedResult:
    incremental: Scores
    batch: Scores
    distinct_merged: list[str]  # why-lines of look-alike pairs that were grouped
    missed: list[tuple[str, str]]  # gold pairs not grouped (batch), as texts
    wrong: list[tuple[str, str]]  # grouped pairs not in the gold (batch), as texts


def load_labels(store: Store, path: Path = LABELS) -> SeedLabels:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    claims = store.claims()
    names = {a.id: a.name for a in store.articles()}

    def find(ref: list[str]) -> str:
        hits = [
            c.id
            for c in claims
            if names[c.article_id].startswith(ref[0]) and c.text.startswith(ref[1])
        ]
        if len(hits) != 1:
            raise ValueError(f"{path}: {ref} matches {len(hits)} claims, not one")
        return hits[0]

    return SeedLabels(
        clusters=[[find(r) for r in cluster["claims"]] for cluster in data.get("cluster", [])],
        ignore={find(r) for r in data.get("ignore", [])},
        distinct=[(find(d["a"]), find(d["b"]), d.get("why", "")) for d in data.get("distinct", [])],
    )


def pairwise(
    assignment: dict[str, str | None], labels: SeedLabels
) -> tuple[Scores, set[frozenset[str]], set[frozenset[str]]]:
    """Scores of a grouping against the labels, with the predicted and gold pair sets."""
    ids = sorted(i for i in assignment if i not in labels.ignore)
    gold = {
        frozenset(p)
        for cl in labels.clusters
        for p in itertools.combinations(cl, 2)
        if not set(p) & labels.ignore
    }
    predicted = {
        frozenset((a, b))
        for a, b in itertools.combinations(ids, 2)
        if assignment[a] is not None and assignment[a] == assignment[b]
    }
    tp = len(gold & predicted)
    fp = len(predicted - gold)
    fn = len(gold - predicted)
    total = len(ids) * (len(ids) - 1) // 2
    from claimcheck.evaluation.common import Scores as S

    return S(tp, fp, fn, total - tp - fp - fn), predicted, gold


def evaluate_seeds(threshold: float | None = None) -> SeedResult:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.db"
        settings = Settings(db_path=db, threshold=threshold)
        with Store(db) as store:
            ingest(store, [str(SEEDS)], settings)
            labels = load_labels(store)
            incremental, _, _ = pairwise({c.id: c.cluster_id for c in store.claims()}, labels)
            grouper = Grouper(
                Scorer(threshold=threshold if threshold is not None else Scorer().threshold)
            )
            grouper.regroup(store)
            claims = {c.id: c for c in store.claims()}
            batch, predicted, gold = pairwise({i: c.cluster_id for i, c in claims.items()}, labels)
            merged = [
                why for a, b, why in labels.distinct if claims[a].cluster_id == claims[b].cluster_id
            ]

            def texts(pairs: set[frozenset[str]]) -> list[tuple[str, str]]:
                return sorted((claims[a].text, claims[b].text) for a, b in map(sorted, pairs))

            return SeedResult(
                incremental, batch, merged, texts(gold - predicted), texts(predicted - gold)
            )


def sentence_claims(texts: list[str], annotator: Annotator) -> list[Claim]:
    """Each sentence as one annotated claim, so vetoes see its numbers, dates, negations."""
    out = []
    for i, text in enumerate(texts):
        article = Article(id=f"a{i}", sha256="", source="", location="", name="", text=text)
        claim = Claim(f"c{i}", f"a{i}", 0, text, 0, len(text), 0, 0, "body")
        out.extend(annotator.annotate(article, [ClaimInContext(claim, None, (0, len(text)))]))
    return out


def evaluate_pairs(pairs: list[tuple[str, str, bool]], scorer: Scorer | None = None) -> Scores:
    """Precision and recall of "same claim" on labelled sentence pairs."""
    scorer = scorer or Scorer()
    annotator = Annotator()
    texts = sorted({t for a, b, _ in pairs for t in (a, b)})
    claims = dict(zip(texts, sentence_claims(texts, annotator), strict=True))
    feats = {t: scorer.features(c) for t, c in claims.items()}
    idf = Idf.of(f.bag for f in feats.values())
    return score(
        [(scorer.score(feats[a], feats[b], idf).relation == "same", label) for a, b, label in pairs]
    )


def load_stsb(root: Path) -> list[tuple[str, str, bool]]:
    pairs = []
    for name in ("sts-train.csv", "sts-dev.csv"):
        for line in (root / "stsb" / name).read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) < 7:
                continue
            value = float(fields[4])
            if value >= 4 or value <= 2:
                pairs.append((fields[5], fields[6], value >= 4))
    return pairs


def load_paws(root: Path) -> list[tuple[str, str, bool]]:
    pairs = []
    for line in (root / "paws" / "dev.tsv").read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 4:
            pairs.append((fields[1], fields[2], fields[3].strip() == "1"))
    return pairs


def report() -> str:
    seeds = evaluate_seeds()
    root = datasets_dir()
    sts = evaluate_pairs(load_stsb(root))
    paws = evaluate_pairs(load_paws(root))
    lines = [
        f"Matching (threshold {Scorer().threshold:g})",
        "  seed labels, grouped during ingest:  " + seeds.incremental.line(),
        "  seed labels, grouped by match:       " + seeds.batch.line(),
        f"  look-alike pairs grouped: {len(seeds.distinct_merged)}",
        *[f"    {why}" for why in seeds.distinct_merged],
        "  STS-B (>= 4 same, <= 2 different):  " + sts.line(),
        "  PAWS dev (paraphrase or not):       " + paws.line(),
    ]
    if seeds.missed:
        lines.append(f"  seed pairs not grouped ({len(seeds.missed)}):")
        lines += [f"    {a[:60]}  ~  {b[:60]}" for a, b in seeds.missed]
    if seeds.wrong:
        lines.append(f"  seed pairs grouped wrongly ({len(seeds.wrong)}):")
        lines += [f"    {a[:60]}  ~  {b[:60]}" for a, b in seeds.wrong]
    return "\n".join(lines)
