"""The public data sets through the real CLI, as a user and the independent checks meet it:
each set is ingested into a fresh store, exported as JSON and scored by ``../shared/eval``'s
scorers. A pairwise evaluation can look fine while the pipeline drops or mangles the same
sentences; these figures cannot.

Each run is a ``SetRun``: how its input is made, and how its scorer's output becomes figures.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.evaluation.common import datasets_dir

Figures = dict[str, Any]


def eval_dir() -> Path:
    """``../shared/eval``, beside the data sets."""
    return datasets_dir().parent / "eval"


def _env(db: Path) -> dict[str, str]:
    """The defaults only: no threshold, lexicons or topics inherited from the caller."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAIMCHECK_")}
    env["CLAIMCHECK_DB"] = str(db)
    return env


def claimcheck(db: Path, *args: str | Path) -> str:
    """Run the CLI of this checkout on ``db``; its standard output (failures raise)."""
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck", *map(str, args)],
        env=_env(db),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode not in (0, 1):  # 1: some inputs failed, which the figures show
        raise RuntimeError(f"claimcheck {' '.join(map(str, args))}: {done.stderr.strip()}")
    return done.stdout


def script(name: str, *args: str | Path) -> str:
    """Run one of ``../shared/eval``'s scripts; its standard output."""
    done = subprocess.run(
        [sys.executable, str(eval_dir() / name), *map(str, args)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def _numbers(text: str, pattern: str, names: tuple[str, ...]) -> Figures:
    m = re.search(pattern, text)
    return (
        {n: float(v) if "." in v else int(v) for n, v in zip(names, m.groups(), strict=True)}
        if m
        else {}
    )


def pair_figures(text: str) -> Figures:
    """score_pairs.py's two lines as figures."""
    figures = _numbers(
        text, r"pairs (\d+) tp (\d+) fp (\d+) fn (\d+) tn (\d+)", ("pairs", "tp", "fp", "fn", "tn")
    )
    figures |= _numbers(
        text,
        r"precision ([\d.]+) recall ([\d.]+) F1 ([\d.]+) accuracy ([\d.]+)",
        ("precision", "recall", "f1", "accuracy"),
    )
    return figures


def fnc_figures(text: str) -> Figures:
    """score_fnc.py's output as figures."""
    figures = _numbers(
        text,
        r"F1 agree ([\d.]+) disagree ([\d.]+) discuss ([\d.]+) unrelated ([\d.]+); macro ([\d.]+)",
        ("f1_agree", "f1_disagree", "f1_discuss", "f1_unrelated", "f1_macro"),
    )
    figures |= _numbers(
        text,
        r"FNC score ([\d.]+) relatedness precision ([\d.]+) recall ([\d.]+)",
        ("fnc_score", "related_precision", "related_recall"),
    )
    return figures


@dataclass
class SetRun:
    """One data set through ingest -> export -> scorer."""

    name: str
    title: str
    run: Callable[[Path], Figures]  # the work folder in, the figures out
    figures: Figures = field(default_factory=dict)
    seconds: float = 0.0


def _stories(work: Path) -> Figures:
    data = datasets_dir() / "stories"
    out = subprocess.run(
        [
            "bash",
            str(eval_dir() / "stories_run.sh"),
            _cli_shim(work),
            data,
            "inline",
            work / "stories",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    figures: Figures = json.loads(out)
    figures.pop("unlabelled_examples", None)
    figures.pop("per_story", None)
    figures["halves"] = _story_halves(data, work / "stories.json", work)
    return figures


def _story_halves(data: Path, export: Path, work: Path) -> dict[str, Figures]:
    """Framing scored on each half of the events (alternate events, by name), so that a
    change made looking at one half can be checked on the other."""
    events = sorted(p.parent.name for p in data.glob("*/labels.json"))
    halves: dict[str, Figures] = {}
    for name, chosen in (("A", events[0::2]), ("B", events[1::2])):
        labels = work / f"stories-labels-{name}"
        labels.mkdir(parents=True, exist_ok=True)
        for event in chosen:
            (labels / f"{event}.json").write_bytes((data / event / "labels.json").read_bytes())
        scored = json.loads(script("score_stories.py", export, data, labels, "--json"))
        halves[name] = {k: v for k, v in scored.items() if k.startswith("framing_")}
        halves[name]["events"] = chosen
    return halves


def _cli_shim(work: Path) -> Path:
    """An executable that runs this checkout's CLI, for scripts that take one (stories_run.sh)."""
    shim = work / "claimcheck"
    if not shim.exists():
        shim.write_text(
            f'#!/bin/sh\nexec "{sys.executable}" -m claimcheck "$@"\n', encoding="utf-8"
        )
        shim.chmod(0o755)
    return shim


def _ecb(work: Path) -> Figures:
    data = datasets_dir() / "ecbplus"
    db, export = work / "ecb.db", work / "ecb.json"
    claimcheck(db, "ingest", "-q", data / "docs")
    claimcheck(db, "export", "--format", "json", "-o", export)
    figures: Figures = json.loads(script("score_ecb.py", export, data / "docs.json", "--json"))
    stories = figures.get("stories") or {}
    flat = {k: v for k, v in figures.items() if not isinstance(v, (dict, list))}
    return (
        flat
        | {f"stories_{k}": v for k, v in stories.items() if not isinstance(v, dict)}
        | _ecb_background(export, data / "docs.json")
    )


def _ecb_background(export: Path, docs: Path) -> Figures:
    """Of the claim groups that mix events, how many join articles of different stories: the
    report shows those as background (a fact that recurs), not as corroboration of an event;
    the rest lie within one story that holds two events."""
    document = json.loads(export.read_text(encoding="utf-8"))
    event = {k: v["subtopic"] for k, v in json.loads(docs.read_text(encoding="utf-8")).items()}
    article = {
        a["id"]: (event.get(Path(a["source"]).name), a.get("story_id"))
        for a in document["articles"]
    }
    members: dict[str, set[str]] = {}
    for c in document["claims"]:
        if c.get("cluster_id"):
            members.setdefault(c["cluster_id"], set()).add(c["article_id"])
    mixing = [m for m in members.values() if len({article[a][0] for a in m}) > 1]
    background = sum(1 for m in mixing if len({article[a][1] for a in m}) > 1)
    return {"cross_subtopic_background": background}


def _pairs(kind: str, source: str) -> Callable[[Path], Figures]:
    def run(work: Path) -> Figures:
        folder, db, export = work / kind, work / f"{kind}.db", work / f"{kind}.json"
        script("mkpairs.py", kind, datasets_dir() / source, folder)
        claimcheck(db, "ingest", "-q", folder / "a.txt", folder / "b.txt")
        claimcheck(db, "export", "--format", "json", "-o", export)
        same = pair_figures(script("score_pairs.py", folder, export))
        conflicts = pair_figures(script("score_pairs.py", folder, export, "--conflicts"))
        return {"same": same, "conflicts": conflicts} | _claimless(folder, export)

    return run


def _claimless(folder: Path, export: Path) -> Figures:
    """How many of the pairs' sentences (lines of a.txt and b.txt) no claim covers at all."""
    document = json.loads(export.read_text(encoding="utf-8"))
    side = {a["id"]: Path(a["source"]).name for a in document["articles"]}
    spans: dict[str, list[tuple[int, int]]] = {"a.txt": [], "b.txt": []}
    for c in document["claims"]:
        if side.get(c["article_id"]) in spans:
            spans[side[c["article_id"]]].append((c["start"], c["end"]))
    lines = missing = 0
    for name, claimed in spans.items():
        claimed.sort()
        text = (folder / name).read_text(encoding="utf-8-sig")
        pos, i = 0, 0
        for line in text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            if not line.strip():
                continue
            lines += 1
            while i < len(claimed) and claimed[i][1] <= start:
                i += 1
            if not (i < len(claimed) and claimed[i][0] < end):
                missing += 1
    return {"sentences": lines, "sentences_without_claim": missing}


def _fnc(work: Path) -> Figures:
    folder, db, export = work / "fnc", work / "fnc.db", work / "fnc.json"
    script("mkfnc.py", datasets_dir() / "fnc1", folder, "--split", "train", "--bodies", "100000")
    claimcheck(db, "ingest", "-q", folder)
    claimcheck(db, "export", "--format", "json", "-o", export)
    return fnc_figures(script("score_fnc.py", folder, export)) | _fnc_stories(folder, export)


def _fnc_stories(folder: Path, export: Path) -> Figures:
    """How many related (headline, body) pairs the stories put in one story: claims are
    compared within their story, so a pair split between two is never found related."""
    data = json.loads(export.read_text(encoding="utf-8"))
    name = {a["id"]: Path(str(a.get("source") or "")).name for a in data.get("articles", [])}
    story = {name[a]: s["id"] for s in data.get("stories", []) for a in s["article_ids"]}
    pairs = json.loads((folder / "pairs.json").read_text(encoding="utf-8"))
    related = [p for p in pairs if p["stance"] != "unrelated"]
    together = sum(
        1
        for p in related
        if story.get(p["headline"]) and story.get(p["headline"]) == story.get(p["body"])
    )
    return {"related_pairs": len(related), "related_in_one_story": together}


SETS = {
    "stories": ("stories: 12 real events, 5 outlets each", _stories),
    "ecb": ("ECB+ topics 1-35: 772 articles, 66 events", _ecb),
    "mrpc": ("MRPC train: news paraphrase pairs", _pairs("mrpc", "mrpc/train.tsv")),
    "paws": ("PAWS dev: word-swapped pairs", _pairs("paws", "paws/dev.tsv")),
    "sick": ("SICK train: contradictions", _pairs("sick", "sick/SICK_train.txt")),
    "stsb": ("STS-B dev: graded similarity", _pairs("stsb", "stsb/sts-dev.csv")),
    "fnc": ("FNC-1 train: headline/body stance", _fnc),
}


def run_sets(names: list[str] | None = None, *, keep: Path | None = None) -> list[SetRun]:
    """Each named set (default: all) through the CLI, in a fresh store of its own."""
    runs = [SetRun(n, SETS[n][0], SETS[n][1]) for n in (names or list(SETS))]
    with tempfile.TemporaryDirectory(prefix="claimcheck-eval-") as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for r in runs:
            began = time.perf_counter()
            r.figures = r.run(work)
            r.seconds = time.perf_counter() - began
    return runs


def _f(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _ratio(figures: Figures, key: str) -> str:
    n = figures.get(f"{key}_n")
    return f"{_f(figures.get(key, 0.0))} ({n[0]}/{n[1]})" if n else _f(figures.get(key))


def lines(run: SetRun) -> list[str]:
    """The figures of one set that an issue's goals are stated in."""
    f = run.figures
    if run.name == "stories":
        return [
            f"agreement pair recall {_f(f['agreement_recall'])} "
            f"({f['agreement_pairs_found']}/{f['agreement_pairs_total']}), "
            f"precision {_f(f['agreement_precision'])} ({f['agreement_confused_pairs']} confused)",
            f"claim groups across stories {f['cross_story_clusters']} "
            f"of {f['multi_article_clusters']} multi-article groups",
            f"conflict recall {_f(f['conflict_recall'])} "
            f"({f['conflict_pairs_found']}/{f['conflict_pairs_total']}), "
            f"right kind {_f(f['conflict_kind_recall'])}",
            f"false alarms: across stories {f['false_alarms_cross_story']}, "
            f"on labelled non-conflicts {f['false_alarms_not_conflict']}, "
            f"unlabelled within a story {f['unlabelled_within_story']}",
            f"framing: hedged {_ratio(f, 'framing_hedged')}, attributed "
            f"{_ratio(f, 'framing_attributed')}, stated {_ratio(f, 'framing_stated')}",
            *(
                f"  events {name} ({len(h['events'])}): hedged {_ratio(h, 'framing_hedged')}, "
                f"attributed {_ratio(h, 'framing_attributed')}, stated "
                f"{_ratio(h, 'framing_stated')}"
                for name, h in f.get("halves", {}).items()
            ),
        ]
    if run.name == "ecb":
        out = [
            f"{f['claims']} claims; groups mixing events {_f(f['cross_subtopic_share'])} "
            f"({f['cross_subtopic_clusters']} of {f['multi_article_clusters']}, of them "
            f"{f.get('cross_subtopic_background', 0)} background across stories; mixing topics "
            f"{f['cross_topic_clusters']})",
            f"conflicts between events {_f(f['conflicts_cross_subtopic_share'])} "
            f"({f['conflicts_cross_subtopic']} of {f['conflicts']}; between topics "
            f"{f['conflicts_cross_topic']})",
            f"corroboration coverage {_f(f['coverage'])}",
        ]
        if "stories_bcubed_f1" in f:
            out.append(
                f"{f['stories_n']} stories against the 66 events: B-cubed precision "
                f"{_f(f['stories_bcubed_precision'])} recall {_f(f['stories_bcubed_recall'])} "
                f"F1 {_f(f['stories_bcubed_f1'])}"
            )
        return out
    if run.name == "fnc":
        return [
            f"FNC-1 score {_f(f.get('fnc_score'))}; F1 agree {_f(f.get('f1_agree'))}, disagree "
            f"{_f(f.get('f1_disagree'))}, discuss {_f(f.get('f1_discuss'))}, unrelated "
            f"{_f(f.get('f1_unrelated'))}",
            f"related pairs found related: recall {_f(f.get('related_recall'))}, precision "
            f"{_f(f.get('related_precision'))}; headline and body in one story "
            f"{_f(f.get('related_in_one_story', 0) / max(f.get('related_pairs', 0), 1))} "
            f"({f.get('related_in_one_story')} of {f.get('related_pairs')})",
        ]
    same, conflicts = f["same"], f["conflicts"]
    return [
        f"same: precision {_f(same.get('precision'))} recall {_f(same.get('recall'))} "
        f"accuracy {_f(same.get('accuracy'))}",
        f"conflicts: precision {_f(conflicts.get('precision'))} recall "
        f"{_f(conflicts.get('recall'))} F1 {_f(conflicts.get('f1'))}",
        f"sentences with no claim {f['sentences_without_claim']} of {f['sentences']}",
    ]


def report(runs: list[SetRun]) -> str:
    out = ["Through the CLI (ingest -> export -> ../shared/eval scorers), default settings"]
    for r in runs:
        out.append(f"  {r.title}  [{r.seconds:.0f} s]")
        out.extend(f"    {line}" for line in lines(r))
    return "\n".join(out)


if __name__ == "__main__":
    chosen = [a for a in sys.argv[1:] if a in SETS]
    print(report(run_sets(chosen or None)))
