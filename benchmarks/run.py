"""claimcheck's benchmark: synthetic news corpora of several sizes, measured end to end.

For each size it writes a corpus (benchmarks/corpus.py), ingests it into a fresh store with
the real CLI, re-clusters the store with ``claimcheck match``, and records times, peak memory
(the whole process tree: bulk ingest reads in worker processes) and the database's size. On
the largest store it times adding one new article against the start-up of an ingest that
changes nothing, and on a sample of the data it compares candidate narrowing with the
exhaustive all-pairs scorer. Figures go to benchmarks/RESULTS.md with the machine's
description. It never runs in ``make test``.

Usage: ``python benchmarks/run.py [--sizes 1000,10000,35000,100000] [--work DIR] [--out FILE]
[--only match|stories|add_one|narrowing]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import corpus  # benchmarks/ is on the path when this file is run as a script

from claimcheck.stories.builder import SCRATCH_KEY

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CLAIMCHECK = Path(sys.executable).with_name("claimcheck")
SEED = 7
EXTRA_SEED = 9  # the articles added to the largest store come from another corpus
SAMPLE_CLAIMS = 4_000  # distinct claims sampled for the exhaustive scorer: 8M pairs
ONE_MILLION = 1_000_000

# The targets of issue 6, on a 2-core machine.
TARGETS = {
    "ingest": ("end-to-end ingest", ">= 5,000 claims/s"),
    "recluster": ("re-cluster 1M claims", "<= 120 s"),
    "add_one": ("add one article to a 1M-claim store, beyond start-up", "<= 300 ms"),
    "narrowing": ("candidate narrowing keeps the exhaustive scorer's pairs", ">= 98%"),
    "memory": ("peak memory at 1M claims", "<= 1 GB"),
    "help": ("claimcheck --help", "<= 150 ms"),
    "overview": ("stories overview at 1M claims", "<= 5 s and 1 GB"),
    "one_story": ("one story's report at 1M claims", "<= 5 s and 1 GB"),
}


@dataclass
class Run:
    seconds: float
    peak_mb: float  # the largest resident size of the process and its children together
    output: str


@dataclass
class SizeResult:
    articles: int
    claims: int
    distinct: int  # claims that are not exact copies of another
    corpus_mb: float
    ingest_s: float
    ingest_peak_mb: float
    match_s: float
    match_peak_mb: float
    db_mb: float
    clusters: int
    corroborated: int
    stories: int = 0
    overview_s: float = 0.0  # `claimcheck report` on a store of many stories: the overview
    overview_mb: float = 0.0
    story_s: float = 0.0  # `claimcheck report --story ID` of its largest story
    story_mb: float = 0.0
    story_articles: int = 0
    # `match` again with nothing kept: the stories found anew and every story counted anew
    # (the first `match` follows a bulk ingest that grouped from scratch: it takes the stories
    # as stored, and reuses the counts of the stories that come out as they were)
    cold_match_s: float = 0.0
    cold_match_peak_mb: float = 0.0

    @property
    def claims_per_s(self) -> float:
        return self.claims / self.ingest_s

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.ingest_s

    @property
    def mb_per_s(self) -> float:
        return self.corpus_mb / self.ingest_s


@dataclass
class Results:
    machine: dict[str, str]
    sizes: list[SizeResult] = field(default_factory=list)
    help_ms: float = 0.0
    add_one: dict[str, float] = field(default_factory=dict)
    narrowing: dict[str, float] = field(default_factory=dict)
    reruns: list[dict[str, str]] = field(default_factory=list)  # stages re-run with --only


# -- measuring ---------------------------------------------------------------------------------


def _tree_rss_kb(pid: int) -> int:
    """Resident size of a process and all its descendants, from /proc (0 once it is gone)."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with Path(f"/proc/{p}/status").open() as f:
                total += next((int(x.split()[1]) for x in f if x.startswith("VmRSS:")), 0)
            with Path(f"/proc/{p}/task/{p}/children").open() as f:
                stack += [int(c) for c in f.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total


# The tool as a user runs it: with its compiled modules cached, as an install leaves them. A
# sandbox that sets PYTHONDONTWRITEBYTECODE makes every run compile each module it imports
# from source, and adding an article imports more of them than a run that changes nothing.
_AS_INSTALLED = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(args: list[str], *, check: bool = True) -> Run:
    """Run a command, timing it and sampling the memory of its process tree."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=_AS_INSTALLED
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kb(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, _ = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if check and proc.returncode != 0:
        raise SystemExit(f"benchmark: {' '.join(args)} failed ({proc.returncode}):\n{output}")
    return Run(seconds, peak / 1024, output)


def cli(*args: str | Path) -> list[str]:
    return [str(CLAIMCHECK), *(str(a) for a in args)]


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        with Path("/proc/cpuinfo").open() as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = ""
    try:
        with Path("/proc/meminfo").open() as f:
            kb = int(next(line.split()[1] for line in f if line.startswith("MemTotal")))
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit or "unknown",
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "memory": memory,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
    }


# -- the stages --------------------------------------------------------------------------------


def ensure_corpus(work: Path, n: int) -> tuple[Path, float]:
    """The corpus of ``n`` articles, written once and reused while the generator is unchanged."""
    folder = work / f"corpus-{n}"
    stamp = folder / ".stamp"
    expected = f"{n} {SEED} {hash_file(HERE / 'corpus.py')}"
    if not (stamp.exists() and stamp.read_text() == expected):
        shutil.rmtree(folder, ignore_errors=True)
        print(f"  writing {n:,} articles to {folder}", flush=True)
        corpus.build(folder, n, seed=SEED)
        stamp.write_text(expected)
    size = sum(p.stat().st_size for p in folder.glob("*.txt"))
    return folder, size / 1e6


def hash_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def fresh_db(work: Path, name: str) -> Path:
    db = work / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def db_size_mb(db: Path) -> float:
    return (
        sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())
        / 1e6
    )


def store_counts(db: Path) -> dict[str, int]:
    queries = {
        "claims": "SELECT count(*) FROM claims",
        "distinct": "SELECT count(DISTINCT copy_key) FROM claims",
        "clusters": "SELECT count(*) FROM clusters",
        "corroborated": "SELECT count(*) FROM clusters WHERE articles >= 2",
    }
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return {k: int(conn.execute(sql).fetchone()[0]) for k, sql in queries.items()}


def bench_match(db: Path) -> tuple[Run, Run]:
    """``match`` as it follows a bulk ingest, then with nothing kept."""
    print("  match (re-cluster the whole store)", flush=True)
    match = measure(cli("match", "--db", db))
    print(f"    {match.seconds:.1f} s, peak {match.peak_mb:.0f} MB", flush=True)
    print("  match again, nothing kept: stories found and counted anew", flush=True)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM story_count_cache")
        conn.execute("DELETE FROM meta WHERE key = ?", (SCRATCH_KEY,))
    cold = measure(cli("match", "--db", db))
    print(f"    {cold.seconds:.1f} s, peak {cold.peak_mb:.0f} MB", flush=True)
    return match, cold


def bench_size(work: Path, n: int) -> SizeResult:
    folder, mb = ensure_corpus(work, n)
    db = fresh_db(work, f"store-{n}")
    print(f"  ingest {n:,} articles", flush=True)
    ingest = measure(cli("ingest", folder, "--db", db, "-q"))
    print(f"    {ingest.seconds:.1f} s, peak {ingest.peak_mb:.0f} MB", flush=True)
    match, cold = bench_match(db)
    counts = store_counts(db)
    stories, overview, members, story = bench_stories(db)
    return SizeResult(
        articles=n,
        claims=counts["claims"],
        distinct=counts["distinct"],
        corpus_mb=mb,
        ingest_s=ingest.seconds,
        ingest_peak_mb=ingest.peak_mb,
        match_s=match.seconds,
        match_peak_mb=match.peak_mb,
        cold_match_s=cold.seconds,
        cold_match_peak_mb=cold.peak_mb,
        db_mb=db_size_mb(db),
        clusters=counts["clusters"],
        corroborated=counts["corroborated"],
        stories=stories,
        overview_s=overview.seconds,
        overview_mb=overview.peak_mb,
        story_s=story.seconds,
        story_mb=story.peak_mb,
        story_articles=members,
    )


def bench_stories(db: Path) -> tuple[int, Run, int, Run]:
    """(stories, the overview's run, the largest story's articles, its report's run)."""
    print("  the stories overview, and the largest story's report", flush=True)
    overview = measure(cli("report", "--db", db))
    largest, members, stories = _largest_story(db)
    story = measure(cli("report", "--story", largest, "--db", db))
    print(
        f"    {stories:,} stories; overview {overview.seconds:.1f} s, {overview.peak_mb:.0f} MB; "
        f"a story of {members} articles {story.seconds:.1f} s, {story.peak_mb:.0f} MB",
        flush=True,
    )
    return stories, overview, members, story


def _largest_story(db: Path) -> tuple[str, int, int]:
    """(id, articles) of the store's largest story, and how many stories it holds."""
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        sid, n = conn.execute(
            "SELECT id, articles FROM stories ORDER BY articles DESC, id"
        ).fetchone()
        total = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    return str(sid), int(n), int(total)


def bench_help(repeat: int = 15) -> float:
    measure(cli("--help"))  # warm the file cache
    return statistics.median(measure(cli("--help")).seconds for _ in range(repeat)) * 1000


def bench_add_one(work: Path, n: int, repeat: int = 7) -> dict[str, float]:
    """Adding one new article to the store of ``n`` articles, against the start-up cost: the
    same command on an article already stored (read, hashed, found unchanged). Runs on a copy,
    so that the store stays as ``bench_size`` left it."""
    db = work / "add-one.db"
    shutil.copyfile(work / f"store-{n}.db", db)
    with db.open("rb+") as f:
        os.fsync(f.fileno())  # else the first write to the copy waits for all of it to reach disk
    stored = sorted((work / f"corpus-{n}").glob("*.txt"))[0]
    extra = work / "new-articles"
    shutil.rmtree(extra, ignore_errors=True)
    extra.mkdir()
    names = []
    for k, (name, text) in enumerate(corpus.iter_articles(repeat, seed=EXTRA_SEED)):
        path = extra / f"new-{name}"
        path.write_text(text, encoding="utf-8")
        names.append(path)
        if k + 1 == repeat:
            break
    # taken in turns, so that the machine's drift over the minute falls on both alike
    startup: list[float] = []
    runs: list[Run] = []
    for path in names:
        startup.append(measure(cli("ingest", stored, "--db", db, "-q")).seconds)
        runs.append(measure(cli("ingest", path, "--db", db)))
    if not all("1 new" in r.output for r in runs):
        raise SystemExit(f"benchmark: an article meant to be new was not: {runs[0].output}")
    added = [r.seconds for r in runs]
    claims = store_counts(db)["claims"]
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return {
        "store_claims": claims,
        "startup_ms": statistics.median(startup) * 1000,
        "add_ms": statistics.median(added) * 1000,
        "beyond_ms": (statistics.median(added) - statistics.median(startup)) * 1000,
    }


def bench_narrowing(work: Path, n: int) -> dict[str, float]:
    """What share of the exhaustive scorer's above-threshold pairs (on a sample) the narrowing
    of the whole store keeps."""
    out = measure(
        [
            sys.executable,
            str(HERE / "narrowing.py"),
            str(work / f"store-{n}.db"),
            str(SAMPLE_CLAIMS),
        ]
    )
    figures: dict[str, float] = json.loads(out.output.strip().splitlines()[-1])
    return figures


# -- report ------------------------------------------------------------------------------------


def million_point(sizes: list[SizeResult]) -> SizeResult | None:
    """The smallest store of about a million claims or more, where the 1M targets are judged
    (a corpus size gives a number of claims only roughly)."""
    big = [s for s in sizes if s.claims >= 0.95 * ONE_MILLION]
    return min(big, key=lambda s: s.claims) if big else None


def verdicts(r: Results) -> list[tuple[str, str, str, str]]:
    """(what, target, measured, met?) per target."""
    rows = []
    at_1m = million_point(r.sizes)

    def row(key: str, measured: str, met: bool | None) -> None:
        what, target = TARGETS[key]
        rows.append((what, target, measured, {True: "yes", False: "**no**", None: "n/a"}[met]))

    worst = min(r.sizes, key=lambda s: s.claims_per_s) if r.sizes else None
    row(
        "ingest",
        f"{worst.claims_per_s:,.0f} claims/s (slowest size)" if worst else "",
        worst.claims_per_s >= 5000 if worst else None,
    )
    row(
        "recluster",
        f"{at_1m.match_s:.1f} s at {at_1m.claims:,} claims, after a bulk ingest "
        f"({at_1m.cold_match_s:.1f} s with nothing kept: stories found and counted anew)"
        if at_1m
        else "no store of 1M claims",
        at_1m.match_s <= 120 if at_1m else None,
    )
    if r.add_one:
        a = r.add_one
        row(
            "add_one",
            f"{a['beyond_ms']:.0f} ms ({a['add_ms']:.0f} - {a['startup_ms']:.0f}) at "
            f"{a['store_claims']:,.0f} claims",
            a["beyond_ms"] <= 300 if a["store_claims"] >= 0.95 * ONE_MILLION else None,
        )
    row(
        "narrowing",
        f"{r.narrowing['recall'] * 100:.2f}%" if r.narrowing else "",
        r.narrowing["recall"] >= 0.98 if r.narrowing else None,
    )
    peak = (
        max(at_1m.ingest_peak_mb, at_1m.match_peak_mb, at_1m.cold_match_peak_mb) if at_1m else None
    )
    row(
        "memory",
        f"{peak:.0f} MB at {at_1m.claims:,} claims" if at_1m and peak else "",
        peak <= 1024 if peak else None,
    )
    row("help", f"{r.help_ms:.0f} ms", r.help_ms <= 150)
    for key, seconds, mb in (
        ("overview", "overview_s", "overview_mb"),
        ("one_story", "story_s", "story_mb"),
    ):
        s_, mb_ = (getattr(at_1m, seconds), getattr(at_1m, mb)) if at_1m else (0.0, 0.0)
        row(
            key,
            f"{s_:.1f} s, {mb_:.0f} MB at {at_1m.claims:,} claims" if at_1m and s_ else "",
            s_ <= 5 and mb_ <= 1024 if at_1m and s_ else None,
        )
    return rows


def markdown(r: Results) -> str:
    m = r.machine
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (benchmarks/run.py); the corpus is synthetic news from",
        "benchmarks/corpus.py: original stories and syndicated re-issues of them (sentences",
        "dropped and reordered, numbers nudged, words swapped).",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory']}; {m['os']}; Python "
        f"{m['python']}, SQLite {m['sqlite']}. Commit {m['commit']}, {m['date']}.",
        *(
            f"Re-run on its own with `--only` at commit {x['commit']}, {x['date']}: {x['stages']}."
            for x in r.reruns
        ),
        "",
        "## Targets",
        "",
        "| target | wanted | measured | met |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in verdicts(r)),
        "",
        "## By corpus size",
        "",
        "Ingest is end to end through the CLI: reading, splitting, annotating, storing and",
        "grouping. Peak memory is that of the whole process tree. `match` follows the bulk",
        "ingest, which grouped from scratch already: it groups the claims within the stories as",
        "stored (stories/builder.py), and a story that comes out as it was keeps its counts",
        "(comparing/counts.py); `match` is then run again with nothing kept: the stories found",
        "anew and every story counted anew.",
        "",
        "| articles | claims | distinct claims | corpus MB | ingest s | articles/s | MB/s | claims/s "
        "| ingest peak MB | match s | match peak MB | match, nothing kept: s (MB) "
        "| database MB | clusters | corroborated "
        "| stories | overview s (MB) | largest story: articles, report s (MB) |",
        "|" + "---|" * 18,
    ]
    for s in r.sizes:
        lines.append(
            f"| {s.articles:,} | {s.claims:,} | {s.distinct:,} | {s.corpus_mb:.1f} "
            f"| {s.ingest_s:.1f} | {s.articles_per_s:,.0f} | {s.mb_per_s:.2f} | {s.claims_per_s:,.0f} "
            f"| {s.ingest_peak_mb:,.0f} | {s.match_s:.1f} | {s.match_peak_mb:,.0f} "
            f"| {s.cold_match_s:.1f} ({s.cold_match_peak_mb:,.0f}) | {s.db_mb:,.0f} "
            f"| {s.clusters:,} | {s.corroborated:,} | {s.stories:,} "
            f"| {s.overview_s:.1f} ({s.overview_mb:,.0f}) "
            f"| {s.story_articles:,}: {s.story_s:.1f} ({s.story_mb:,.0f}) |"
        )
    if r.add_one:
        a = r.add_one
        lines += [
            "",
            "## Adding one article",
            "",
            f"To the store of {a['store_claims']:,.0f} claims (median of runs): ingesting a new "
            f"article took {a['add_ms']:.0f} ms; the same command on an article already stored "
            f"(start-up, reading, finding it unchanged) took {a['startup_ms']:.0f} ms; the "
            f"difference is {a['beyond_ms']:.0f} ms.",
        ]
    if r.narrowing:
        x = r.narrowing
        samples = x.get("samples", {})
        lines += [
            "",
            "## Candidate narrowing against the exhaustive scorer",
            "",
            f"On the {x['store']:,.0f}-article store ({x['claims']:,.0f} claims, "
            f"{x['distinct']:,.0f} distinct: exact copies are one claim before any scoring, so "
            f"they are kept by construction). MinHash LSH over the whole store proposed "
            f"{x['candidates']:,.0f} of its {x['all_pairs']:,.0f} pairs, scored in "
            f"{x['narrowed_s']:.1f} s. The exhaustive scorer (`Scorer.score`, in Python) scored "
            "every pair of two samples of distinct claims, with the word weights of the whole "
            f"store; a pair at or above the threshold ({x['threshold']:g}) counts as kept when "
            "the narrowing of the whole store proposed it.",
            "",
            "| sample | claims | pairs at or above the threshold | kept | share kept |",
            "|---|---|---|---|---|",
            *(
                f"| {name} | {f['sample']:,.0f} | {f['above']:,.0f} | {f['kept']:,.0f} "
                f"| {f['kept'] / f['above'] * 100 if f['above'] else 100:.2f}% |"
                for name, f in samples.items()
            ),
            f"| both | | {x['above']:,.0f} | {x['kept']:,.0f} | **{x['recall'] * 100:.2f}%** |",
            "",
            "(random: claims drawn at random from the whole store; articles: the claims of the "
            "first articles by name, where re-issues of one story sit together.) The exhaustive "
            f"scorer took {x['exhaustive_s']:.1f} s for the {x['sample_pairs']:,.0f} pairs of "
            f"the random sample; at that cost per pair it would take "
            f"{x['exhaustive_whole_s'] / 3600:,.1f} hours on the whole store: "
            f"{x['speedup']:,.0f} times the narrowing's time.",
        ]
    lines += ["", f"<!-- raw: {json.dumps(asdict(r))} -->", ""]
    return "\n".join(lines)


def earlier(path: Path) -> Results:
    """The results of an earlier run, from the raw figures at the end of its RESULTS.md."""
    if not path.exists() or "<!-- raw: " not in path.read_text(encoding="utf-8"):
        raise SystemExit(f"benchmark: --only needs the results of an earlier run in {path}")
    raw = json.loads(path.read_text(encoding="utf-8").split("<!-- raw: ", 1)[1].split(" -->")[0])
    return Results(
        machine=raw["machine"],
        sizes=[SizeResult(**x) for x in raw["sizes"]],
        help_ms=raw["help_ms"],
        add_one=raw["add_one"],
        narrowing=raw["narrowing"],
        reruns=raw.get("reruns", []),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="1000,10000,35000,100000",
        help="corpus sizes in articles, comma-separated (35,000 articles is about 1M claims, "
        "where the 1M targets are judged)",
    )
    parser.add_argument(
        "--work", type=Path, default=HERE / ".work", help="where corpora and stores are written"
    )
    parser.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    parser.add_argument(
        "--only",
        choices=["match", "stories", "add_one", "narrowing"],
        action="append",
        help="re-run only these stages on the stores of an earlier run, keeping its other "
        "figures (read from --out)",
    )
    args = parser.parse_args()
    sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(","))
    args.work.mkdir(parents=True, exist_ok=True)
    if not CLAIMCHECK.exists():
        raise SystemExit(f"benchmark: {CLAIMCHECK} not found; run it with the project's Python")
    if args.only:
        results = earlier(args.out)  # its machine and commit stay: they are its sizes' figures
        now = machine()
        stages = ", ".join(dict.fromkeys(args.only))
        results.reruns.append({"stages": stages, "commit": now["commit"], "date": now["date"]})
    else:
        results = Results(machine())
        print(f"claimcheck benchmark: {results.machine['cpu']}, {results.machine['cores']} cores")
        results.help_ms = bench_help()
        print(f"claimcheck --help: {results.help_ms:.0f} ms", flush=True)
        for n in sizes:
            print(f"{n:,} articles", flush=True)
            results.sizes.append(bench_size(args.work, n))
    if args.only and "match" in args.only:
        for size in results.sizes:
            print(f"{size.articles:,} articles", flush=True)
            db = args.work / f"store-{size.articles}.db"
            # what a bulk ingest leaves, under the code of now (what is kept names its code):
            # a regrouping that finds the stories and counts them, not timed
            print("  match, to keep what a bulk ingest keeps (not timed)", flush=True)
            subprocess.run(cli("match", "--db", db), check=True, capture_output=True)
            match, cold = bench_match(db)
            size.match_s, size.match_peak_mb = match.seconds, match.peak_mb
            size.cold_match_s, size.cold_match_peak_mb = cold.seconds, cold.peak_mb
    if args.only and "stories" in args.only:
        for size in results.sizes:
            print(f"{size.articles:,} articles", flush=True)
            db = args.work / f"store-{size.articles}.db"
            size.stories, overview, size.story_articles, story = bench_stories(db)
            size.overview_s, size.overview_mb = overview.seconds, overview.peak_mb
            size.story_s, size.story_mb = story.seconds, story.peak_mb
    at_1m = million_point(results.sizes)
    target = at_1m.articles if at_1m else max(s.articles for s in results.sizes)
    if not args.only or "add_one" in args.only:
        print(f"add one article to the {target:,}-article store", flush=True)
        results.add_one = bench_add_one(args.work, target)
    if not args.only or "narrowing" in args.only:
        print(f"narrowing on the {target:,}-article store", flush=True)
        results.narrowing = bench_narrowing(args.work, target)
    args.out.write_text(markdown(results), encoding="utf-8")
    print(f"wrote {args.out}")
    for what, wanted, measured, met in verdicts(results):
        print(f"  {what}: {measured} (target {wanted}): {met.strip('*')}")


if __name__ == "__main__":
    main()
