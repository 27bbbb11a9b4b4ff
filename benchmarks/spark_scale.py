"""Local engine vs ``--engine spark --master local[2]`` on the scale corpora (100k, 1M).

    flock /tmp/papercorpus-bench.lock nice -n 5 .venv/bin/python benchmarks/spark_scale.py \\
        --sizes 100k

Each run is ``papercorpus clean <corpus>/pages -o out.jsonl --stats stats.json --timings`` as a
child process (wall time, CPU seconds of its process tree sampled every half second, stage
seconds from ``--timings``); the two outputs are compared byte for byte. Corpora come
from ``corpus.py`` (cached under /tmp). The Spark run writes an event log, read back for
what a projection needs: shuffle bytes written per stage, executor CPU, peak execution
memory of a task, and the components rounds. The machine is shared: quote the load average
printed with the table.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as bench  # noqa: E402


def _tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Record the CPU seconds (user + system) of every live process under ``root``: the JVM
    and its Python workers are not waited for by the CLI, so its rusage misses them."""
    tick = os.sysconf("SC_CLK_TCK")
    parent: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path("/proc", entry, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    for pid, seconds in cpu.items():
        p = pid
        while p > 1 and p != root:
            p = parent.get(p, 0)
        if p == root:
            seen[pid] = max(seen.get(pid, 0.0), seconds)


def run(pages: Path, out: Path, engine: list[str], env: dict[str, str] | None = None) -> dict:
    stats = out.with_suffix(".stats.json")
    cmd = [sys.executable, "-m", "papercorpus", "clean", str(pages), "-o", str(out), "-q",
           "--stats", str(stats), "--timings", "-j", "2", *engine]  # fmt: skip
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})})
    seen: dict[int, float] = {}
    while proc.poll() is None:
        _tree_cpu(proc.pid, seen)
        time.sleep(0.5)
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    data = json.loads(stats.read_text())
    return {"wall": wall, "cpu": sum(seen.values()), "stats": data}


def _lines(path: Path):
    """The lines of an event log file (Spark 4 writes them zstd-compressed)."""
    if path.suffix == ".zstd":
        import io

        import zstandard

        with path.open("rb") as fh:
            reader = zstandard.ZstdDecompressor().stream_reader(fh, read_across_frames=True)
            yield from io.TextIOWrapper(reader, encoding="utf-8", errors="replace")
        return
    yield from path.open(encoding="utf-8", errors="replace")


def event_metrics(log_dir: Path) -> dict:
    """Shuffle bytes written per phase (the jobs' descriptions), executor CPU seconds, the
    largest peak execution memory of a task and the number of components rounds, from the
    event log."""
    shuffle: Counter[str] = Counter()
    cpu_ns = 0
    peak = 0
    rounds = 0
    stage_names: dict[int, str] = {}
    per_stage: defaultdict[int, int] = defaultdict(int)
    for path in sorted(p for p in log_dir.rglob("events_*") if p.is_file()):
        for line in _lines(path):
            try:
                ev = json.loads(line)
            except ValueError:  # the last line of a log still being written
                continue
            if not isinstance(ev, dict):
                continue
            kind = ev.get("Event")
            if kind == "SparkListenerTaskEnd":
                m = ev.get("Task Metrics") or {}
                per_stage[ev["Stage ID"]] += m.get("Shuffle Write Metrics", {}).get(
                    "Shuffle Bytes Written", 0
                )
                cpu_ns += m.get("Executor CPU Time", 0)
                peak = max(peak, m.get("Peak Execution Memory", 0))
            elif kind == "SparkListenerJobStart":
                what = (ev.get("Properties") or {}).get("spark.job.description") or "other"
                for sid in ev.get("Stage IDs", []):
                    stage_names[sid] = what
                if what.startswith("papercorpus: components round"):
                    rounds = max(rounds, int(what.rsplit(" ", 1)[1]))
    for sid, size in per_stage.items():
        shuffle[stage_names.get(sid, "other")] += size
    return {"shuffle": dict(shuffle.most_common()), "executor_cpu_s": cpu_ns / 1e9,
            "peak_task_memory": peak, "components_rounds": rounds}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100k,1M")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--driver-memory", default="6g")
    ap.add_argument("--events", default="/tmp/papercorpus-spark-events",
                    help="where the Spark runs' event logs are kept (one folder per size)")
    args = ap.parse_args(argv)
    rows = []
    for size in args.sizes.split(","):
        params = bench.CorpusParams(records=bench.parse_size(size))
        pages = bench.ensure_corpus(params) / "pages"
        with tempfile.TemporaryDirectory(prefix="spark-scale-") as tmp:
            events = Path(args.events, size)
            events.mkdir(parents=True, exist_ok=True)
            env = {"PYSPARK_SUBMIT_ARGS": f"--driver-memory {args.driver_memory} "
                   "--conf spark.eventLog.enabled=true "
                   f"--conf spark.eventLog.dir={events.as_uri()} pyspark-shell"}  # fmt: skip
            local = run(pages, Path(tmp, "local.jsonl"), [])
            spark = run(pages, Path(tmp, "spark.jsonl"),
                        ["--engine", "spark", "--master", args.master], env)  # fmt: skip
            same = filecmp.cmp(Path(tmp, "local.jsonl"), Path(tmp, "spark.jsonl"), shallow=False)
            spark["out_bytes"] = Path(tmp, "spark.jsonl").stat().st_size
        print(size, "local", local["wall"], local["cpu"], "spark", spark["wall"], spark["cpu"],
              "identical", same, flush=True)  # fmt: skip
        spark["events"] = event_metrics(events)
        rows.append((size, local, spark, same))
    load = os.getloadavg()
    print(f"load average at the end: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} (2 cores, shared)")
    print("| records | local s (CPU s) | spark local[2] s (CPU s) | spark/local wall | identical |")
    print("|---|---|---|---|---|")
    for size, local, spark, same in rows:
        print(f"| {size} | {local['wall']:.1f} ({local['cpu']:.1f}) | {spark['wall']:.1f} "
              f"({spark['cpu']:.1f}) | {spark['wall'] / local['wall']:.1f}x | "
              f"{'yes' if same else 'NO'} |")  # fmt: skip
    for size, local, spark, _ in rows:
        for name, r in (("local", local), ("spark", spark)):
            print(size, name, json.dumps(r["stats"].get("timings", {})))
        print(size, "spark events", json.dumps(spark["events"]))
        print(size, "output bytes", spark["out_bytes"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
