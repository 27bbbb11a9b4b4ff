"""Scale benchmark: ``papercorpus clean`` on 100k and 1M page-dump records, against a plain
datasketch MinHash-LSH baseline, with precision/recall from the corpora's ground truth; and on
the 120k rows of the arXiv listings' JSONL files as they are (``scale_listings.py``).

    /work/venv/bin/python benchmarks/scale.py                    # 100k and 1M, baseline on 20k
    /work/venv/bin/python benchmarks/scale.py --sizes 100k --baseline-sample 0   # full baseline

Corpora come from ``corpus.py`` (built once into the cache directory, then reused). Each size runs
``papercorpus clean <corpus>/pages -o out.jsonl --stats stats.json`` as a child process: wall
time around the child, CPU time (user + system, from ``os.wait4``: the child and the descendants
it reaped, or the sampled sum over its process tree when larger, as forkserver workers are
not its children; on a shared machine compare these too), peak RSS from ``os.wait4`` (``ru_maxrss``:
the largest single process among the child and its reaped workers, not their sum; read by a
small launcher process, as Linux carries a parent's peak RSS into a child it forks) plus a
sampled peak of the summed VmRSS over the child's process tree (``tree RSS``; pages shared
between processes count once per process).

Precision and recall are pairwise: over all pairs of records, a pair is predicted when both
records land in the same output row (matched through ``sources[].file``/``line``), true when both
are copies of the same paper. Recall per copy kind counts a copy as found when it shares an
output row with its paper's first record.

Baseline ("plain datasketch"): per record one ``MinHash(num_perm=128)`` fed with one
``update`` per shingle, shingles = word 5-grams of ``title + " " + abstract`` lowercased and
split on ``[a-z0-9]+`` (not papercorpus's 3-word shingles of its folded text); then
``MinHashLSH(threshold=0.5, num_perm=128)`` query-then-insert in input order, clusters =
connected components of the LSH hits, no verification. It reads the records straight from the
pages at their known lines (no parsing cost) and times only the MinHash+LSH loop, in a child
process so its peak RSS is measured the same way. It runs at roughly 400 records/s, so by
default it uses the first 20,000 records of the smallest corpus (``--baseline-sample``).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from child_runs import clean_argv, log, log_tail, run_child
from corpus import (
    DEFAULT_CACHE,
    DEFAULT_DATA,
    CorpusParams,
    ensure_corpus,
    format_size,
    iter_records,
    load_truth,
    parse_size,
)
from pair_scores import kind_recall, n_papers, output_clusters, pair_metrics
from tables import cell, render_table

BASELINE_PERM = 128
BASELINE_THRESHOLD = 0.5
BASELINE_SHINGLE = 5
BYTES_PER_RECORD = 1500  # pages; the JSONL output is about as large again
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Measure:
    """One measured run (papercorpus on a corpus, or the baseline on a sample)."""

    label: str
    records: int
    wall: float
    cpu: float | None
    rss_mb: float | None
    tree_rss_mb: float | None
    kept: int
    papers: int
    precision: float
    recall: float
    kind_recall: dict[str, float] = field(default_factory=dict)
    stats: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.records / self.wall if self.wall > 0 else float("nan")


# --------------------------------------------------------------------------- papercorpus


def papercorpus_command(explicit: str | None) -> list[str]:
    if explicit:
        return [explicit]
    sibling = Path(sys.executable).with_name("papercorpus")
    if sibling.exists():
        return [str(sibling)]
    found = shutil.which("papercorpus")
    return [found] if found else [sys.executable, "-m", "papercorpus"]


def supports_jobs(cmd: list[str]) -> bool:
    try:
        res = subprocess.run(
            [*cmd, "clean", "--help"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return "--jobs" in res.stdout


def run_papercorpus(
    cmd: list[str], corpus: Path, run_dir: Path, jobs: int | None, label: str
) -> Measure:
    run_dir.mkdir(parents=True, exist_ok=True)
    out, stats_path = run_dir / "out.jsonl", run_dir / "stats.json"
    for stale in (out, stats_path):
        stale.unlink(missing_ok=True)
    argv = clean_argv(cmd, corpus / "pages", out, stats_path, jobs)
    truth = load_truth(corpus)
    child = run_child(argv, run_dir / "log.txt")
    m = Measure(
        label,
        truth.records,
        child.wall,
        child.cpu,
        child.rss_mb,
        child.tree_rss_mb,
        0,
        n_papers(truth.paper),
        float("nan"),
        float("nan"),
    )
    if child.returncode != 0 or not out.exists():
        m.notes.append(
            f"papercorpus exited {child.returncode}; see {run_dir / 'log.txt'}: "
            + log_tail(run_dir / "log.txt")
        )
        return m
    if stats_path.exists():
        m.stats = json.loads(stats_path.read_text())
    pred, rows, notes = output_clusters(out, truth)
    m.kept, m.notes = rows, notes
    m.precision, m.recall = pair_metrics(pred, truth.paper)
    m.kind_recall = kind_recall(pred, truth.paper, truth.kind)
    return m


# --------------------------------------------------------------------------- baseline


def baseline_shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    n = BASELINE_SHINGLE
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def baseline_worker(corpus: Path, sample: int, out_dir: Path) -> int:
    """Child-process side of the baseline: cluster labels + timing of the MinHash/LSH loop."""
    from datasketch import MinHash, MinHashLSH

    truth = load_truth(corpus)
    records = list(iter_records(corpus, truth, sample or None))
    parent = list(range(len(records)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    t0, c0 = time.perf_counter(), time.process_time()
    lsh = MinHashLSH(threshold=BASELINE_THRESHOLD, num_perm=BASELINE_PERM)
    for i, (title, abstract) in enumerate(records):
        m = MinHash(num_perm=BASELINE_PERM)
        for sh in baseline_shingles(f"{title} {abstract}"):
            m.update(sh.encode("utf-8"))
        for j in lsh.query(m):
            a, b = find(i), find(j)
            parent[max(a, b)] = min(a, b)
        lsh.insert(i, m)
    labels = np.asarray([find(i) for i in range(len(records))], dtype=np.int64)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    np.save(out_dir / "labels.npy", labels)
    (out_dir / "timing.json").write_text(
        json.dumps({"seconds": seconds, "cpu": cpu, "records": len(records)})
    )
    return 0


def run_baseline(corpus: Path, sample: int, run_dir: Path) -> Measure:
    run_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("labels.npy", "timing.json"):
        (run_dir / stale).unlink(missing_ok=True)
    argv = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--baseline-worker",
        str(corpus),
        "--baseline-sample",
        str(sample),
        "--worker-out",
        str(run_dir),
    ]
    child = run_child(argv, run_dir / "log.txt")
    truth = load_truth(corpus)
    n = min(sample or truth.records, truth.records)
    true = truth.paper[:n]
    label = f"datasketch {format_size(n)} of {format_size(truth.records)}"
    if child.returncode != 0 or not (run_dir / "timing.json").exists():
        m = Measure(
            label,
            n,
            child.wall,
            None,
            child.rss_mb,
            None,
            0,
            n_papers(true),
            float("nan"),
            float("nan"),
        )
        m.notes.append(f"baseline exited {child.returncode}: " + log_tail(run_dir / "log.txt"))
        return m
    timing = json.loads((run_dir / "timing.json").read_text())
    pred = np.load(run_dir / "labels.npy")
    precision, recall = pair_metrics(pred, true)
    return Measure(
        label,
        n,
        timing["seconds"],
        timing["cpu"],
        child.rss_mb,
        child.tree_rss_mb,
        len(np.unique(pred)),
        n_papers(true),
        precision,
        recall,
        kind_recall(pred, true, truth.kind[:n]),
    )


# --------------------------------------------------------------------------- report


def main_table(measures: list[Measure]) -> str:
    headers = [
        "run",
        "records",
        "wall s",
        "cpu s",
        "records/s",
        "peak RSS MB",
        "tree RSS MB",
        "kept",
        "papers",
        "precision",
        "recall",
    ]
    rows = [
        [
            m.label,
            f"{m.records:,}",
            cell(m.wall, ".1f"),
            cell(m.cpu, ".1f"),
            cell(m.rate, ",.0f"),
            cell(m.rss_mb, ",.0f"),
            cell(m.tree_rss_mb, ",.0f"),
            f"{m.kept:,}",
            f"{m.papers:,}",
            cell(m.precision, ".4f"),
            cell(m.recall, ".4f"),
        ]
        for m in measures
    ]
    return render_table(headers, rows)


def kind_table(measures: list[Measure]) -> str:
    kinds = sorted({k for m in measures for k in m.kind_recall})
    headers = ["recall by copy kind", *(m.label for m in measures)]
    rows = [[k, *(cell(m.kind_recall.get(k), ".4f") for m in measures)] for k in kinds]
    return render_table(headers, rows)


def _flatten(obj: object, prefix: str = "") -> list[tuple[str, float]]:
    if isinstance(obj, dict):
        return [kv for k, v in obj.items() for kv in _flatten(v, f"{prefix}{k}.")]
    if isinstance(obj, int | float) and not isinstance(obj, bool):
        return [(prefix.rstrip("."), float(obj))]
    return []


def timings_table(measures: list[Measure]) -> str | None:
    """Wall time per stage, when papercorpus's stats JSON has a ``timings`` object."""
    runs = [
        (m, dict(_flatten(m.stats.get("timings"))))
        for m in measures
        if isinstance(m.stats.get("timings"), dict)
    ]
    if not runs:
        return None
    stages = list(dict.fromkeys(k for _, t in runs for k in t))
    headers = ["wall time per stage (s)", *(m.label for m, _ in runs)]
    rows = [[s, *(cell(t.get(s), ".2f") for _, t in runs)] for s in stages]
    return render_table(headers, rows)


def summary_lines(runs: list[Measure], baseline: Measure | None) -> list[str]:
    out = []
    if baseline and runs and baseline.rate == baseline.rate:
        # Against every size. The baseline's rate comes from a sample (it runs ~1k records/s)
        # and only falls as its LSH index grows, so using it for the larger sizes favours the
        # baseline, not papercorpus.
        for ref in sorted(runs, key=lambda m: m.records):
            out.append(
                f"records/s ratio papercorpus ({ref.label}) / baseline "
                f"({baseline.label}): {ref.rate / baseline.rate:.1f}x"
            )
    by_size = {m.records: m for m in runs}
    if 100_000 in by_size and 1_000_000 in by_size:
        out.append(f"wall(1M) / wall(100k): {by_size[1_000_000].wall / by_size[100_000].wall:.2f}")
    for m in runs:
        s = m.stats
        if s:
            out.append(
                f"{m.label}: stats records_parsed={s.get('records_parsed')} "
                f"records_kept={s.get('records_kept')} rejected={s.get('rejected')} "
                f"warnings={sum((s.get('warnings_by_code') or {}).values())}"
            )
    for m in [*runs, *([baseline] if baseline else [])]:
        out.extend(f"{m.label}: note: {n}" for n in m.notes)
    return out


# --------------------------------------------------------------------------- main


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", default="100k,1M", help="comma-separated corpus sizes")
    ap.add_argument("--jobs", type=int, help="pass --jobs N to papercorpus clean (if it has it)")
    ap.add_argument(
        "--baseline-sample",
        type=int,
        default=20_000,
        help="baseline on the first N records of the smallest corpus (0: all)",
    )
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument(
        "--skip-listings",
        action="store_true",
        help="skip the run on the arxiv-listings JSONL files themselves",
    )
    ap.add_argument(
        "--cache-dir",
        type=Path,
        default=DEFAULT_CACHE,
        help="where corpora and run outputs live (reused across runs)",
    )
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="arxiv-listings folder")
    ap.add_argument("--seed", type=int, default=CorpusParams.seed)
    ap.add_argument("--papercorpus", help="papercorpus executable (default: the venv's)")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON here")
    ap.add_argument("--baseline-worker", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def check_disk(cache: Path, sizes: list[int]) -> None:
    probe = cache
    while not probe.exists():
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    need = 2 * BYTES_PER_RECORD * sum(sizes)
    if free < need:
        print(
            f"warning: {free / 1e9:.1f} GB free under {probe}, up to {need / 1e9:.1f} GB needed",
            file=sys.stderr,
        )


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.baseline_worker:
        return baseline_worker(args.baseline_worker, args.baseline_sample, args.worker_out)
    sizes = sorted({parse_size(s) for s in args.sizes.split(",") if s.strip()})
    check_disk(args.cache_dir, sizes)
    cmd = papercorpus_command(args.papercorpus)
    jobs = args.jobs
    if jobs and not supports_jobs(cmd):
        log(f"note: '{' '.join(cmd)} clean' has no --jobs option; running without it")
        jobs = None
    runs = []
    for size in sizes:
        corpus = ensure_corpus(
            CorpusParams(records=size, seed=args.seed), args.cache_dir, args.data, log=log
        )
        log(f"running papercorpus on {corpus.name} ...")
        runs.append(
            run_papercorpus(
                cmd,
                corpus,
                args.cache_dir / "runs" / corpus.name,
                jobs,
                f"papercorpus {format_size(size)}",
            )
        )
    if not args.skip_listings:
        from scale_listings import run_listings

        log(f"running papercorpus on the listings in {args.data} ...")
        runs.append(run_listings(cmd, args.data, args.cache_dir / "runs" / "arxiv-listings", jobs))
    baseline = None
    if not args.skip_baseline and sizes:
        corpus = ensure_corpus(
            CorpusParams(records=sizes[0], seed=args.seed), args.cache_dir, args.data, log=log
        )
        log(f"running the datasketch baseline on {corpus.name} ...")
        baseline = run_baseline(
            corpus, args.baseline_sample, args.cache_dir / "runs" / f"{corpus.name}-baseline"
        )
        runs_on_sample = _papercorpus_on_sample(corpus, args.cache_dir, baseline.records)
        if runs_on_sample:
            baseline.notes.append(runs_on_sample)
    report(runs, baseline, args.json)
    failed = [m for m in runs if m.precision != m.precision]  # NaN: the run produced nothing
    return 1 if failed else 0


def _papercorpus_on_sample(corpus: Path, cache: Path, n: int) -> str | None:
    """papercorpus's precision/recall restricted to the baseline's sample, for a like-for-like
    accuracy comparison (its clusters come from the full-corpus run)."""
    out = cache / "runs" / corpus.name / "out.jsonl"
    if not out.exists():
        return None
    truth = load_truth(corpus)
    pred, _, _ = output_clusters(out, truth)
    p, r = pair_metrics(pred[:n], truth.paper[:n])
    return f"papercorpus on the same {n:,} records: precision {p:.4f}, recall {r:.4f}"


def report(runs: list[Measure], baseline: Measure | None, json_path: Path | None) -> None:
    measures = [*runs, *([baseline] if baseline else [])]
    print(main_table(measures))
    print()
    for line in summary_lines(runs, baseline):
        print(line)
    if any(m.kind_recall for m in measures):
        print()
        print(kind_table([m for m in measures if m.kind_recall]))
    stages = timings_table(runs)
    if stages:
        print()
        print(stages)
    if json_path:
        data = [dict(vars(m), rate=m.rate) for m in measures]
        json_path.write_text(json.dumps(data, indent=2, default=str) + "\n")


if __name__ == "__main__":
    sys.exit(main())
