"""papercorpus against its peers on hard-variant corpora: one script, one run, one table.

    .venv/bin/python benchmarks/peers.py                       # 200k and 1M, then 50k small files
    .venv/bin/python benchmarks/peers.py --sizes 200k --small-files 0

For each size, one after another (``hardcorpus.py`` builds the corpus once into
``/tmp/papercorpus-hard``):

* ``papercorpus clean <corpus>/files -o out.jsonl --stats stats.json --timings`` as a child
  process, end to end (parse, dedup, write), at its default ``--jobs``;
* each peer's dedup step on the already-parsed records: a child process reads every
  (title, abstract) from the JSONL first, then the timer runs from shingling to cluster
  labels. Peers run in their own virtual environment (``--peer-venv``, default
  ``/tmp/papercorpus-peers-venv``), which the script creates and fills with pinned
  ``peer_venv.PEER_PACKAGES`` on first use; the project's environment never gets them.

Peers, all with the same settings, the ones these tools document for near-duplicate text:
shingles are word 5-grams (``--ngram``) of ``title + " " + abstract`` lower-cased and split
on ``[a-z0-9]+`` (one shingle of all words when there are fewer), 128 permutations, LSH
threshold 0.5, which datasketch turns into 25 bands of 5 rows; the other peers band their
signatures the same way. No verification: clusters are the connected components of the
band collisions (what the tools do without an extra pass). Signing runs in ``--peer-jobs``
forked processes (default 2, the cores papercorpus gets), banding and clustering in one.

* ``rensa`` (this and the next two live in ``peer_dedup.py``):
  ``RMinHash.digest_matrix_from_token_sets`` (its bulk API) on the shingle lists, then numpy
  banding (rensa's own ``RMinHashLSH`` needs a band count dividing 128);
* ``datasketch``: ``MinHash.bulk`` (default SHA1 input hash, affine32), then
  ``MinHashLSH(threshold=0.5, num_perm=128)`` insert (insertion session) and query;
* ``numpy``: a vectorised MinHash written here to be good: words found and hashed on the
  UTF-8 bytes of 256 documents at once (prefix-polynomial hash, fmix64), n-gram hashes from
  word hashes, 128 affine permutations mod 2^32 (datasketch's affine32 scheme) as one
  numpy pass per 32 permutations, per-document minima with ``minimum.reduceat``;
* ``text-dedup``: its MinHash CLI (``python -m text_dedup.minhash``, ``--ngram 5
  --num_perm 128 --threshold 0.5 --b 25 --r 5 --min_length 0 --num_proc <peer jobs>``) on a
  JSONL of one ``text`` column written before the timer; its records/s count its own
  MinHashing + Clustering + Filtering stages (not loading or saving), for sizes up to
  ``--text-dedup-max`` (default 200k).

Columns: seconds and records/s (papercorpus: end to end wall; peers: dedup step only), cpu s
(user + system of every process of that part; text-dedup's is not split by stage, so none):
on a shared machine the steadier figure, peak RSS (``os.wait4``
``ru_maxrss``: the largest single process among the child and its reaped workers; peers
include their in-memory records), pairwise precision and recall against the truth (as
``scale.py``), ``neg merged`` (hard-negative pairs put in one cluster) and ``pc ×``
(papercorpus's end-to-end records/s over the row's). Then recall per copy kind, and
papercorpus's stage timings. A small-files section times 50,000 one-record JSONL files at
the default ``--jobs``, ``-j 1`` and ``-j 2`` (files/s; outputs compared byte for byte).
On a shared machine run under ``flock /tmp/papercorpus-bench.lock``; ratios within one run
are what to compare.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from child_runs import clean_argv, log, log_tail, run_child
from corpus import DEFAULT_DATA, format_size, load_truth, parse_size
from hardcorpus import DEFAULT_CACHE, HardParams, ensure_hard_corpus, load_negatives, read_records
from pair_scores import output_clusters, pair_metrics
from peer_dedup import BANDS, NUM_PERM, ROWS, THRESHOLD, peer_worker, text_dedup_labels
from peer_venv import PEER_VENV, ensure_peer_venv, package_versions
from scale import papercorpus_command
from tables import cell, render_table

PEERS = ("rensa", "datasketch", "numpy", "text-dedup")


@dataclass
class Row:
    label: str
    records: int
    seconds: float
    cpu: float | None = None  # CPU seconds of the timed part, every process included
    rss_mb: float | None = None
    tree_rss_mb: float | None = None
    precision: float = float("nan")
    recall: float = float("nan")
    neg_merged: int | None = None
    kind_recall: dict[str, float] = field(default_factory=dict)
    stats: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    skipped: str | None = None

    @property
    def rate(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else float("nan")


# --------------------------------------------------------------------------- parent side


def score(row: Row, pred: np.ndarray, corpus: Path) -> None:
    truth = load_truth(corpus)
    row.precision, row.recall = pair_metrics(pred, truth.paper)
    _, first = np.unique(truth.paper, return_index=True)
    row.neg_merged = sum(
        int(pred[first[a]] == pred[first[b]]) for a, b, _ in load_negatives(corpus)
    )
    hits: dict[str, list[int]] = {}
    is_first = np.zeros(truth.records, dtype=bool)
    is_first[first] = True
    for i in np.flatnonzero(~is_first).tolist():
        kind = truth.kind[i]
        kind = "two variants (a+b)" if "+" in kind else kind
        h = hits.setdefault(kind, [0, 0])
        h[0] += int(pred[i] == pred[first[truth.paper[i]]])
        h[1] += 1
    row.kind_recall = {k: a / b for k, (a, b) in sorted(hits.items())}


def run_papercorpus(
    cmd: list[str], corpus: Path, run_dir: Path, jobs: int | None, label: str, timeout: float
) -> tuple[Row, Path | None]:
    run_dir.mkdir(parents=True, exist_ok=True)
    out, stats_path = run_dir / "out.jsonl", run_dir / "stats.json"
    for stale in (out, stats_path):
        stale.unlink(missing_ok=True)
    argv = clean_argv(cmd, corpus / "files", out, stats_path, jobs)
    truth = load_truth(corpus)
    child = run_child(argv, run_dir / "log.txt", timeout)
    row = Row(label, truth.records, child.wall, child.cpu, child.rss_mb, child.tree_rss_mb)
    if child.returncode != 0 or not out.exists():
        row.notes.append(f"exited {child.returncode}: {log_tail(run_dir / 'log.txt')}")
        return row, None
    row.stats = json.loads(stats_path.read_text()) if stats_path.exists() else {}
    pred, _, notes = output_clusters(out, truth)
    row.notes += notes
    score(row, pred, corpus)
    return row, out


def run_peer(
    peer: str, python: Path, corpus: Path, run_dir: Path, args: argparse.Namespace, label: str
) -> Row:
    run_dir.mkdir(parents=True, exist_ok=True)
    for stale in ("labels.npy", "timing.json"):
        (run_dir / stale).unlink(missing_ok=True)
    truth = load_truth(corpus)
    if peer == "text-dedup":
        return run_text_dedup(python, corpus, run_dir, args, label, truth.records)
    argv = [
        str(python),
        str(Path(__file__).resolve()),
        "--peer-worker",
        peer,
        "--worker-corpus",
        str(corpus),
        "--worker-out",
        str(run_dir),
        "--ngram",
        str(args.ngram),
        "--peer-jobs",
        str(args.peer_jobs),
    ]
    child = run_child(argv, run_dir / "log.txt", args.timeout)
    row = Row(label, truth.records, float("nan"), None, child.rss_mb, child.tree_rss_mb)
    if child.returncode != 0 or not (run_dir / "timing.json").exists():
        row.notes.append(f"exited {child.returncode}: {log_tail(run_dir / 'log.txt')}")
        return row
    timing = json.loads((run_dir / "timing.json").read_text())
    row.seconds, row.cpu = timing["seconds"], timing["cpu"]
    row.notes.append(
        f"sign {timing['sign_seconds']:.1f} s, LSH+clusters "
        f"{timing['lsh_seconds']:.1f} s, {timing['colliding_pairs']:,} band "
        f"collisions, cpu {timing['cpu']:.1f} s"
    )
    score(row, np.load(run_dir / "labels.npy"), corpus)
    return row


_TIMER_LINE = re.compile(
    r"(Loading|MinHashing|Clustering|Filtering|Saving|Total)\s*:\s*(?:timer\.py:\d+\s*)?([\d.]+)s"
)


def run_text_dedup(
    python: Path, corpus: Path, run_dir: Path, args: argparse.Namespace, label: str, records: int
) -> Row:
    data = run_dir / "texts.jsonl"
    with open(data, "w", encoding="utf-8") as fh:
        for title, abstract in read_records(corpus, load_truth(corpus).files):
            fh.write(json.dumps({"text": f"{title} {abstract}"}) + "\n")
    out = run_dir / "dedup-out"
    argv = [
        str(python),
        "-m",
        "text_dedup.minhash",
        "--path",
        "json",
        "--data_files",
        str(data),
        "--split",
        "train",
        "--cache_dir",
        str(run_dir / "hf-cache"),
        "--output",
        str(out),
        "--column",
        "text",
        "--num_perm",
        str(NUM_PERM),
        "--threshold",
        str(THRESHOLD),
        "--b",
        str(BANDS),
        "--r",
        str(ROWS),
        "--ngram",
        str(args.ngram),
        "--min_length",
        "0",
        "--num_proc",
        str(args.peer_jobs),
        "--debug",
    ]
    env = dict(os.environ, HF_DATASETS_OFFLINE="1", HF_HUB_OFFLINE="1", COLUMNS="200")
    child = run_child(argv, run_dir / "log.txt", args.timeout, env)
    row = Row(label, records, float("nan"), None, child.rss_mb, child.tree_rss_mb)
    stages = {
        m.group(1): float(m.group(2))
        for m in _TIMER_LINE.finditer((run_dir / "log.txt").read_text(errors="replace"))
    }
    if child.returncode != 0 or not (out / "uf.pkl").exists():
        row.notes.append(f"exited {child.returncode}: {log_tail(run_dir / 'log.txt')}")
        return row
    row.seconds = sum(stages.get(s, 0.0) for s in ("MinHashing", "Clustering", "Filtering"))
    row.notes.append(
        "CLI wall {:.1f} s; stages: {}".format(
            child.wall, ", ".join(f"{k} {v:.1f} s" for k, v in stages.items())
        )
    )
    subprocess.run(
        [
            str(python),
            str(Path(__file__).resolve()),
            "--text-dedup-labels",
            str(out / "uf.pkl"),
            "--worker-records",
            str(records),
            "--worker-out",
            str(run_dir),
        ],
        check=True,
        timeout=args.timeout,
    )
    score(row, np.load(run_dir / "labels.npy"), corpus)
    return row


def small_files(cmd: list[str], count: int, args: argparse.Namespace) -> list[str]:
    corpus = ensure_hard_corpus(
        HardParams(records=count, seed=args.seed, file_records=(1, 1)),
        args.cache_dir,
        args.data,
        log=log,
    )
    lines, outs = [], {}
    headers = ["small files", "files", "wall s", "files/s", "peak RSS MB", "precision", "recall"]
    rows = []
    for jobs in (None, 1, 2):
        name = f"default (-j {os.cpu_count()})" if jobs is None else f"-j {jobs}"
        log(f"small files: papercorpus {name} on {count:,} files ...")
        row, out = run_papercorpus(
            cmd,
            corpus,
            args.cache_dir / "runs" / corpus.name / f"j{jobs or 0}",
            jobs,
            name,
            args.timeout,
        )
        outs[name] = out
        rows.append(
            [
                name,
                f"{count:,}",
                cell(row.seconds, ".1f"),
                cell(row.rate, ",.0f"),
                cell(row.rss_mb, ",.0f"),
                cell(row.precision, ".4f"),
                cell(row.recall, ".4f"),
            ]
        )
        lines += [f"{name}: {n}" for n in row.notes]
    lines.insert(0, render_table(headers, rows))
    made = [o for o in outs.values() if o is not None]
    same = all(filecmp.cmp(made[0], o, shallow=False) for o in made[1:]) if made else False
    lines.append(f"outputs byte-identical across --jobs: {'yes' if same else 'NO'}")
    return lines


def report(rows_by_size: dict[int, list[Row]], extra: list[str], versions: str) -> str:
    headers = [
        "run",
        "records",
        "seconds",
        "cpu s",
        "records/s",
        "peak RSS MB",
        "tree RSS MB",
        "precision",
        "recall",
        "neg merged",
        "pc ×",
    ]
    table, notes = [], []
    for rows in rows_by_size.values():
        pc = rows[0].rate if rows and rows[0].label.startswith("papercorpus") else float("nan")
        for r in rows:
            if r.skipped:
                table.append([r.label, f"{r.records:,}", *["-"] * 8, "skipped"])
                notes.append(f"{r.label}: skipped: {r.skipped}")
                continue
            table.append(
                [
                    r.label,
                    f"{r.records:,}",
                    cell(r.seconds, ".1f"),
                    cell(r.cpu, ".1f"),
                    cell(r.rate, ",.0f"),
                    cell(r.rss_mb, ",.0f"),
                    cell(r.tree_rss_mb, ",.0f"),
                    cell(r.precision, ".4f"),
                    cell(r.recall, ".4f"),
                    cell(r.neg_merged, "d"),
                    cell(pc / r.rate if r.rate == r.rate else None, ".2f"),
                ]
            )
            notes += [f"{r.label}: {n}" for n in r.notes]
    out = [render_table(headers, table), "", f"peers: {versions}", *notes]
    scored = [r for rows in rows_by_size.values() for r in rows if r.kind_recall]
    if scored:
        kinds = sorted({k for r in scored for k in r.kind_recall})
        out += [
            "",
            render_table(
                ["recall by copy kind", *(r.label for r in scored)],
                [[k, *(cell(r.kind_recall.get(k), ".3f") for r in scored)] for k in kinds],
            ),
        ]
    timed = [r for rows in rows_by_size.values() for r in rows if r.stats.get("timings")]
    if timed:
        stages = list(dict.fromkeys(k for r in timed for k in r.stats["timings"]))
        out += [
            "",
            render_table(
                ["papercorpus stage (s)", *(r.label for r in timed)],
                [[s, *(cell(r.stats["timings"].get(s), ".2f") for r in timed)] for s in stages],
            ),
        ]
    return "\n".join([*out, *([""] + extra if extra else [])])


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--sizes", default="200k,1M", help="comma-separated corpus sizes")
    ap.add_argument("--peers", default=",".join(PEERS), help="comma-separated: " + ",".join(PEERS))
    ap.add_argument("--text-dedup-max", default="200k", help="largest size text-dedup runs at")
    ap.add_argument("--peer-jobs", type=int, default=2, help="signing processes per peer")
    ap.add_argument("--ngram", type=int, default=5, help="peers' word n-gram size")
    ap.add_argument("--jobs", type=int, help="pass --jobs N to papercorpus (default: its own)")
    ap.add_argument(
        "--small-files",
        type=int,
        default=50_000,
        help="one-record files for the small-files section (0: skip it)",
    )
    ap.add_argument("--skip-papercorpus", action="store_true")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per child process")
    ap.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--seed", type=int, default=HardParams.seed)
    ap.add_argument("--peer-venv", type=Path, default=PEER_VENV)
    ap.add_argument("--papercorpus", help="papercorpus executable (default: the venv's)")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON here")
    ap.add_argument(
        "--peer-worker", choices=[p for p in PEERS if p != "text-dedup"], help=argparse.SUPPRESS
    )
    ap.add_argument("--text-dedup-labels", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--worker-corpus", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--worker-records", type=int, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.peer_worker:
        return peer_worker(
            args.peer_worker, args.worker_corpus, args.worker_out, args.ngram, args.peer_jobs
        )
    if args.text_dedup_labels:
        return text_dedup_labels(args.text_dedup_labels, args.worker_records, args.worker_out)
    sizes = sorted({parse_size(s) for s in args.sizes.split(",") if s.strip()})
    peers = [p.strip() for p in args.peers.split(",") if p.strip()]
    python, reasons = ensure_peer_venv(args.peer_venv)
    cmd = papercorpus_command(args.papercorpus)
    versions = package_versions(python)
    rows_by_size: dict[int, list[Row]] = {}
    for size in sizes:
        corpus = ensure_hard_corpus(
            HardParams(records=size, seed=args.seed), args.cache_dir, args.data, log=log
        )
        runs = args.cache_dir / "runs" / corpus.name
        rows: list[Row] = []
        if not args.skip_papercorpus:
            log(f"papercorpus on {corpus.name} ...")
            rows.append(
                run_papercorpus(
                    cmd,
                    corpus,
                    runs / "papercorpus",
                    args.jobs,
                    f"papercorpus {format_size(size)}",
                    args.timeout,
                )[0]
            )
        for peer in peers:
            label = f"{peer} {format_size(size)}"
            if reasons.get(peer, "unknown peer"):
                rows.append(
                    Row(label, size, float("nan"), skipped=reasons.get(peer, "unknown peer"))
                )
                continue
            if peer == "text-dedup" and size > parse_size(args.text_dedup_max):
                rows.append(
                    Row(
                        label,
                        size,
                        float("nan"),
                        skipped=f"only run up to {args.text_dedup_max} records",
                    )
                )
                continue
            log(f"{peer} on {corpus.name} ...")
            rows.append(run_peer(peer, python, corpus, runs / peer, args, label))
        rows_by_size[size] = rows
        log(report(rows_by_size, [], versions))  # so far: a long run that dies still says it
        _write_json(args.json, rows_by_size)
    extra = small_files(cmd, args.small_files, args) if args.small_files else []
    print(report(rows_by_size, extra, versions))
    _write_json(args.json, rows_by_size)
    return 0


def _write_json(path: Path | None, rows_by_size: dict[int, list[Row]]) -> None:
    if path:
        data = [dict(vars(r), rate=r.rate) for rows in rows_by_size.values() for r in rows]
        path.write_text(json.dumps(data, indent=2, default=str) + "\n")


if __name__ == "__main__":
    sys.exit(main())
