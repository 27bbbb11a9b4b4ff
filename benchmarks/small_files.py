"""Small-files benchmark (issue 17): ``papercorpus clean`` on 50,000 one-record JSONL files at
the default ``--jobs``, ``-j 1`` and ``-j 2``: wall and CPU seconds, files/s, and whether the
outputs are byte-identical.

    flock /tmp/papercorpus-bench.lock .venv/bin/python benchmarks/small_files.py [--files 50000]

The files are a hard-variant corpus (``hardcorpus.py``) cut one record per file, built once
into the cache directory (shared with ``peers.py --small-files``).
"""

from __future__ import annotations

import argparse
import filecmp
import os
import sys
import time
from pathlib import Path

from hardcorpus import DEFAULT_CACHE, DEFAULT_DATA, HardParams, ensure_hard_corpus


def run(cmd: list[str], files: Path, out: Path, jobs: int | None) -> tuple[float, float]:
    """(wall, CPU seconds of the child and its workers) of one ``clean``."""
    argv = [*cmd, "clean", str(files), "-o", str(out)]
    if jobs:
        argv += ["--jobs", str(jobs)]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        os.execv(argv[0], argv)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(argv)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=50_000)
    ap.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--papercorpus", help="papercorpus executable (default: the venv's)")
    ap.add_argument("--jobs", default="0,1,2", help="comma-separated; 0: the default")
    args = ap.parse_args(argv)
    corpus = ensure_hard_corpus(
        HardParams(records=args.files, file_records=(1, 1)), args.cache_dir, args.data, log=print
    )
    cmd = [args.papercorpus or str(Path(sys.executable).with_name("papercorpus"))]
    runs = args.cache_dir / "runs" / f"small-{corpus.name}"
    runs.mkdir(parents=True, exist_ok=True)
    print(f"{'run':<14} {'files':>8} {'wall s':>7} {'cpu s':>7} {'files/s':>8}")
    outs = []
    for jobs in (int(j) for j in args.jobs.split(",")):
        out = runs / f"out-j{jobs}.jsonl"
        wall, cpu = run(cmd, corpus / "files", out, jobs or None)
        name = f"default (-j {len(os.sched_getaffinity(0))})" if not jobs else f"-j {jobs}"
        print(
            f"{name:<14} {args.files:>8,} {wall:>7.1f} {cpu:>7.1f} {args.files / wall:>8,.0f}",
            flush=True,
        )
        outs.append(out)
    same = all(filecmp.cmp(outs[0], o, shallow=False) for o in outs[1:])
    print(f"outputs byte-identical across --jobs: {'yes' if same else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
