"""The look-alike checks' penalties, fitted and cross-validated (``make weights`` writes them
to ``lexicons/weights.toml``; ``make eval`` prints the cross-validated figures).

A check (word order, tense, ...) that keeps two claims with alike words apart is a veto
unless the data say otherwise: each check's cost in points is chosen so that, on the training
pairs, a pair is the same claim when its score less the penalties of the checks it fails
reaches the threshold. The training pairs are news paraphrases (MRPC train) and word-swapped
look-alikes (PAWS dev), scored in process with the packaged lexicons; the objective is the
mean of the sets' accuracies, so that no kind of pair decides alone. The third set is news
itself: the multi-outlet stories of ``../shared/datasets/stories`` ingested through the
pipeline, each labelled agreement's claims paired with each other (the same) and with the
claims of the story's other agreements (not the same); its folds keep each story whole. Only the checks
in FITTED are fitted: the others (polarity, numbers, dates, ranks, comparisons) stay vetoes,
because a grouped pair is reported as one claim and "was inspected" / "was not inspected"
must never be.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from claimcheck.annotate.annotator import Annotator
from claimcheck.config import Settings
from claimcheck.evaluation.common import datasets_dir
from claimcheck.evaluation.matching import sentence_claims
from claimcheck.grouping.match import Features, Idf, Scorer, differences
from claimcheck.ingest import ingest
from claimcheck.models import Claim
from claimcheck.storage.store import Store

FITTED = ("roles", "time", "tense")
GRID = (0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 40.0, 50.0, math.inf)
FOLDS = 5


@dataclass(frozen=True, slots=True)
class Pair:
    score: float
    kinds: frozenset[str]  # the checks it fails
    same: bool  # the label
    group: str = ""  # pairs of one group (a story) fall in one fold


def rows(kind: str) -> list[tuple[str, str, bool]]:
    name = "train.tsv" if kind == "mrpc" else "dev.tsv"
    lines = (datasets_dir() / kind / name).read_text(encoding="utf-8-sig").splitlines()
    out = []
    for line in lines[1:]:
        f = line.split("\t")
        if kind == "mrpc" and len(f) >= 5 and f[0] in "01":
            out.append((f[3], f[4], f[0] == "1"))
        elif kind == "paws" and len(f) >= 4:
            out.append((f[1], f[2], f[3] == "1"))
    return out


def scored(kind: str, scorer: Scorer, annotator: Annotator) -> list[Pair]:
    data = rows(kind)
    texts = sorted({t for a, b, _ in data for t in (a, b)})
    claims = dict(zip(texts, sentence_claims(texts, annotator), strict=True))
    features = {t: scorer.features(c) for t, c in claims.items()}
    idf = Idf.of(f.bag for f in features.values())
    return [judged(scorer, features[a], features[b], idf, same) for a, b, same in data]


def judged(scorer: Scorer, a: Features, b: Features, idf: Idf, same: bool, group: str = "") -> Pair:
    """A labelled pair with its score and every check it fails, whatever the penalties in
    force say of them."""
    value, overlap = scorer.text_score(a, b, idf)
    reasons = (
        differences(
            a, b, overlap, scorer.past, names_of=scorer.names, denies_alike=scorer.denies_alike
        )
        if value >= scorer.threshold
        else ()
    )
    return Pair(value, frozenset(r.split(":", 1)[0] for r in reasons), same, group)


def story_pairs(scorer: Scorer) -> list[Pair]:
    """The stories set's labelled pairs: the claims of a labelled agreement with each other
    (the same) and with those of the story's other agreements (not the same), of different
    articles, as the pipeline split them."""
    root = datasets_dir() / "stories"
    if not root.is_dir():
        return []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "stories.db"
        claims: dict[tuple[str, str], list[Claim]] = {}
        texts: dict[tuple[str, str], str] = {}
        with Store(db) as store:
            ingest(store, [str(root)], Settings(db_path=db))
            for article in store.articles():
                where = Path(article.location)
                key = (where.parent.name, where.name)
                texts[key] = store.article_text(article.id)
                claims[key] = store.claims_of([article.id])
    out: list[Pair] = []
    features: dict[str, Features] = {}
    for labels_file in sorted(root.glob("*/labels.json")):
        story = labels_file.parent.name
        labels = json.loads(labels_file.read_text(encoding="utf-8"))
        mentioned: list[list[Claim]] = []  # each agreement's claims, one per mention
        for agreement in labels.get("agreements", []):
            found = [_claim_of(claims, texts, story, m) for m in agreement["mentions"]]
            mentioned.append([c for c in found if c is not None])
        for c in (c for group in mentioned for c in group):
            features.setdefault(c.id, scorer.features(c))
        idf = Idf.of(features[c.id].bag for group in mentioned for c in group)
        for i, j in itertools.combinations_with_replacement(range(len(mentioned)), 2):
            for a, b in itertools.product(mentioned[i], mentioned[j]):
                if a.article_id == b.article_id or (i == j and a.id >= b.id):
                    continue
                out.append(judged(scorer, features[a.id], features[b.id], idf, i == j, story))
    return out


def _claim_of(
    claims: dict[tuple[str, str], list[Claim]],
    texts: dict[tuple[str, str], str],
    story: str,
    mention: dict[str, str],
) -> Claim | None:
    """The claim that holds most of a labelled quote."""
    key = (story, mention["file"])
    start = texts.get(key, "").find(mention["quote"])
    if start < 0 or not mention["quote"]:
        return None
    end = start + len(mention["quote"])
    overlap = {c.id: min(c.end, end) - max(c.start, start) for c in claims[key]}
    best = max(claims[key], key=lambda c: overlap[c.id], default=None)
    return best if best is not None and overlap[best.id] > 0 else None


def accuracy(pairs: list[Pair], penalties: dict[str, float], threshold: float) -> float:
    return right(pairs, penalties, threshold) / len(pairs)


def right(pairs: list[Pair], penalties: dict[str, float], threshold: float) -> int:
    """How many of ``pairs`` the penalties decide as labelled."""
    count = 0
    for p in pairs:
        cost = math.fsum(penalties.get(k, math.inf) for k in sorted(p.kinds))
        count += (p.score - cost >= threshold) == p.same
    return count


def fit(sets: list[list[Pair]], threshold: float) -> dict[str, float]:
    """The penalties (from GRID) with the best mean accuracy over ``sets``; ties go to the
    larger penalties (the checks as they were)."""
    # a pair that fails no fitted check is right or wrong whatever the penalties: counted once
    fitted = set(FITTED)
    fixed = [right([p for p in s if not p.kinds & fitted], {}, threshold) for s in sets]
    open_ = [[p for p in s if p.kinds & fitted] for s in sets]
    best: tuple[float, tuple[float, ...]] = (-1.0, ())
    for values in itertools.product(GRID, repeat=len(FITTED)):
        penalties = dict(zip(FITTED, values, strict=True))
        mean = sum(
            (n + right(o, penalties, threshold)) / len(s)
            for n, o, s in zip(fixed, open_, sets, strict=True)
        ) / len(sets)
        key = (round(mean, 9), values)
        if key > best:
            best = key
    return dict(zip(FITTED, best[1], strict=True))


def folds(pairs: list[Pair], k: int) -> list[list[Pair]]:
    """``pairs`` in ``k`` folds at random (the same each run), a group's pairs in one."""
    if not any(p.group for p in pairs):
        order = list(range(len(pairs)))
        random.Random(13).shuffle(order)
        return [[pairs[i] for i in order[f::k]] for f in range(k)]
    groups = sorted({p.group for p in pairs})
    random.Random(13).shuffle(groups)
    fold_of = {g: n % k for n, g in enumerate(groups)}
    return [[p for p in pairs if fold_of[p.group] == f] for f in range(k)]


@dataclass(frozen=True, slots=True)
class Fitted:
    penalties: dict[str, float]  # fitted on all the pairs
    cross_validated: dict[str, float]  # each set's accuracy on held-out folds
    as_vetoes: dict[str, float]  # the same folds with every check a veto


def run() -> Fitted:
    """Cross-validate (penalties fitted on four fifths of each set, measured on the fifth),
    then fit on all the pairs."""
    scorer, annotator = Scorer(), Annotator()
    sets = {kind: scored(kind, scorer, annotator) for kind in ("mrpc", "paws")}
    if stories := story_pairs(scorer):
        sets["stories"] = stories
    veto = dict.fromkeys(FITTED, math.inf)
    split = {kind: folds(p, FOLDS) for kind, p in sets.items()}
    held: dict[str, list[float]] = {kind: [] for kind in sets}
    before: dict[str, list[float]] = {kind: [] for kind in sets}
    for f in range(FOLDS):
        train = [[p for g, fold in enumerate(split[k]) if g != f for p in fold] for k in sets]
        penalties = fit(train, scorer.threshold)
        for kind in sets:
            held[kind].append(accuracy(split[kind][f], penalties, scorer.threshold))
            before[kind].append(accuracy(split[kind][f], veto, scorer.threshold))
    return Fitted(
        fit(list(sets.values()), scorer.threshold),
        {k: sum(v) / FOLDS for k, v in held.items()},
        {k: sum(v) / FOLDS for k, v in before.items()},
    )


def report(fitted: Fitted | None = None) -> str:
    fitted = fitted or run()
    lines = [f"Look-alike checks' penalties ({FOLDS}-fold cross-validated, in process)"]
    for kind, acc in fitted.cross_validated.items():
        lines.append(
            f"  {kind}: accuracy {acc:.3f} (every check a veto: {fitted.as_vetoes[kind]:.3f})"
        )
    shown = ", ".join(f"{k} {v:g}" for k, v in fitted.penalties.items())
    lines.append(f"  penalties fitted on all the pairs: {shown}")
    return "\n".join(lines)
