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


def _kind(pid: int) -> str:
    """Which part of a run a process is: the Spark JVM, a Python worker it started, or the
    CLI's own Python (the driver with ``--engine spark``, the whole local engine otherwise)."""
    try:
        cmd = Path("/proc", str(pid), "cmdline").read_bytes().split(b"\0")
    except OSError:
        return "cli"
    if cmd and cmd[0].endswith(b"java"):
        return "jvm"
    if any(b"pyspark" in part for part in cmd):
        return "python_workers"
    return "cli"


def _tree_cpu(root: int, seen: dict[int, float], kinds: dict[int, str]) -> Counter[str]:
    """Record the CPU seconds (user + system) of every live process under ``root``: the JVM
    and its Python workers are not waited for by the CLI, so its rusage misses them. Returns
    the resident bytes of each kind of process now."""
    tick = os.sysconf("SC_CLK_TCK")
    page = os.sysconf("SC_PAGE_SIZE")
    parent: dict[int, int] = {}
    cpu: dict[int, float] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path("/proc", entry, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent[int(entry)] = int(fields[1])
        cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
        rss[int(entry)] = int(fields[21]) * page
    resident: Counter[str] = Counter()
    for pid, seconds in cpu.items():
        p = pid
        while p > 1 and p != root:
            p = parent.get(p, 0)
        if p == root:
            seen[pid] = max(seen.get(pid, 0.0), seconds)
            # Asked every time: spark-submit's shell script becomes the JVM under one pid.
            kinds[pid] = _kind(pid)
            resident[kinds[pid]] += rss[pid]
    return resident


def run(pages: Path, out: Path, engine: list[str], env: dict[str, str] | None = None) -> dict:
    stats = out.with_suffix(".stats.json")
    cmd = [sys.executable, "-m", "papercorpus", "clean", str(pages), "-o", str(out), "-q",
           "--stats", str(stats), "--timings", "-j", "2", *engine]  # fmt: skip
    t0 = time.perf_counter()
    load0 = os.getloadavg()[0]
    proc = subprocess.Popen(cmd, env={**os.environ, **(env or {})})
    seen: dict[int, float] = {}
    kinds: dict[int, str] = {}
    loads = [load0]
    peak_rss: Counter[str] = Counter()
    while proc.poll() is None:
        for kind, size in _tree_cpu(proc.pid, seen, kinds).items():
            peak_rss[kind] = max(peak_rss[kind], size)
        loads.append(os.getloadavg()[0])
        time.sleep(0.5)
    wall = time.perf_counter() - t0
    if proc.returncode:
        raise subprocess.CalledProcessError(proc.returncode, cmd)
    data = json.loads(stats.read_text())
    by_kind: Counter[str] = Counter()
    for pid, seconds in seen.items():
        by_kind[kinds.get(pid, "cli")] += seconds
    return {"wall": wall, "cpu": sum(seen.values()), "cpu_by_process": dict(by_kind),
            "peak_rss_by_process": dict(peak_rss),
            "load": (min(loads), sum(loads) / len(loads), max(loads)), "stats": data}  # fmt: skip


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
    """What a projection needs, from the event log, per phase (the jobs' descriptions: read,
    accepted pairs, each components round, rows and counts, write): wall seconds (first job
    submitted to last job done), tasks, executor (JVM) CPU seconds, task run seconds,
    shuffle bytes written and read, spilled bytes, the largest peak execution memory and
    shuffle read of one task; overall the components rounds and the bytes cached on disk."""
    stage_names: dict[int, str] = {}
    phases: defaultdict[str, Counter] = defaultdict(Counter)
    span: dict[str, list[float]] = {}
    job_phase: dict[int, str] = {}
    tasks: list[tuple[int, dict]] = []
    rounds = 0
    disk_cached: dict[str, int] = {}
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
                tasks.append((ev["Stage ID"], ev.get("Task Metrics") or {}))
                for block in (ev.get("Task Metrics") or {}).get("Updated Blocks", []):
                    size = (block.get("Status") or {}).get("Disk Size", 0)
                    if size:
                        disk_cached[block.get("Block ID", "")] = size
            elif kind == "SparkListenerJobStart":
                what = (ev.get("Properties") or {}).get("spark.job.description") or "other"
                what = what.removeprefix("papercorpus: ")
                if what.startswith("components round"):
                    rounds = max(rounds, int(what.rsplit(" ", 1)[1]))
                    what = "components"
                job_phase[ev["Job ID"]] = what
                for sid in ev.get("Stage IDs", []):
                    stage_names[sid] = what
                t = ev.get("Submission Time", 0) / 1000
                first = span.setdefault(what, [t, t])
                first[0] = min(first[0], t)
            elif kind == "SparkListenerJobEnd":
                what = job_phase.get(ev["Job ID"], "other")
                t = ev.get("Completion Time", 0) / 1000
                last = span.setdefault(what, [t, t])
                last[1] = max(last[1], t)
    for sid, m in tasks:
        c = phases[stage_names.get(sid, "other")]
        w, r = m.get("Shuffle Write Metrics", {}), m.get("Shuffle Read Metrics", {})
        read = r.get("Remote Bytes Read", 0) + r.get("Local Bytes Read", 0)
        c["tasks"] += 1
        c["executor_cpu_s"] += m.get("Executor CPU Time", 0) / 1e9
        c["task_run_s"] += m.get("Executor Run Time", 0) / 1e3
        c["shuffle_written"] += w.get("Shuffle Bytes Written", 0)
        c["shuffle_records"] += w.get("Shuffle Records Written", 0)
        c["shuffle_read"] += read
        c["spilled_memory"] += m.get("Memory Bytes Spilled", 0)
        c["spilled_disk"] += m.get("Disk Bytes Spilled", 0)
        c["max_task_peak_memory"] = max(
            c["max_task_peak_memory"], m.get("Peak Execution Memory", 0)
        )
        c["max_task_shuffle_read"] = max(c["max_task_shuffle_read"], read)
    out = {}
    for what, c in phases.items():
        out[what] = {k: (round(v, 1) if isinstance(v, float) else v) for k, v in c.items()}
        if what in span:
            out[what]["wall_s"] = round(span[what][1] - span[what][0], 1)
    every = phases.values()
    return {"phases": out, "shuffle_written": sum(c["shuffle_written"] for c in every),
            "executor_cpu_s": round(sum(c["executor_cpu_s"] for c in every), 1),
            "peak_task_memory": max((c["max_task_peak_memory"] for c in every), default=0),
            "components_rounds": rounds, "disk_cached": sum(disk_cached.values())}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100k,1M")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--driver-memory", default="6g")
    ap.add_argument(
        "--events",
        default="/tmp/papercorpus-spark-events",
        help="where the Spark runs' event logs are kept (one folder per size)",
    )
    ap.add_argument(
        "--read-events",
        type=Path,
        metavar="DIR",
        help="only print the metrics of an existing event log folder",
    )
    ap.add_argument(
        "--cache-dir",
        type=Path,
        default=bench.DEFAULT_CACHE,
        help="where corpus.py keeps (or finds) the built corpora",
    )
    args = ap.parse_args(argv)
    if args.read_events:
        print(json.dumps(event_metrics(args.read_events), indent=1))
        return 0
    rows = []
    for size in args.sizes.split(","):
        params = bench.CorpusParams(records=bench.parse_size(size))
        pages = bench.ensure_corpus(params, args.cache_dir) / "pages"
        with tempfile.TemporaryDirectory(prefix="spark-scale-") as tmp:
            events = Path(args.events, size)
            events.mkdir(parents=True, exist_ok=True)
            env = {"PYSPARK_SUBMIT_ARGS": f"--driver-memory {args.driver_memory} "
                   "--conf spark.eventLog.enabled=true "
                   f"--conf spark.eventLog.dir={events.as_uri()} pyspark-shell"}  # fmt: skip
            local = run(pages, Path(tmp, "local.jsonl"), [])
            print(size, "local", f"{local['wall']:.1f} s wall", f"{local['cpu']:.1f} CPU s",
                  json.dumps(local["stats"].get("timings", {})), flush=True)  # fmt: skip
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
            print(size, name, json.dumps(r["stats"].get("timings", {})),
                  "CPU by process", json.dumps(r["cpu_by_process"]),
                  "peak RSS by process", json.dumps(r["peak_rss_by_process"]),
                  "load min/mean/max", json.dumps(r["load"]))  # fmt: skip
        print(size, "spark events", json.dumps(spark["events"], indent=1))
        print(size, "output bytes", spark["out_bytes"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
