"""Child processes measured: wall time, CPU (the child, its reaped descendants, and the
sampled process tree: forkserver workers are not its children) and peak RSS, for the
benchmark scripts (``scale.py``, ``peers.py``, ``scale_listings.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LAUNCHER", "ChildRun", "TreeSampler", "clean_argv", "log", "log_tail", "run_child"]


@dataclass
class ChildRun:
    returncode: int
    wall: float
    cpu: float  # user + system, the child and its reaped descendants
    rss_mb: float | None
    tree_rss_mb: float | None


def _tree_pids(pid: int) -> list[int]:
    """``pid`` and its descendants, via /proc/<pid>/task/<tid>/children (Linux)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _cpu_ticks(pid: int) -> int:
    """utime + stime of the process itself (fields 14 and 15 of /proc/<pid>/stat)."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, ValueError, IndexError):
        return 0


class TreeSampler(threading.Thread):
    """Samples a process tree every ``interval`` seconds: peak of the summed RSS, and the CPU
    time of every process seen (last sample). Needed because worker processes started by a
    forkserver are not children of the measured process, so its ``wait4`` rusage misses them."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_kb = 0
        self.ticks: dict[int, int] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            pids = _tree_pids(self.pid)
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in pids))
            for p in pids:
                self.ticks[p] = max(self.ticks.get(p, 0), _cpu_ticks(p))
            self.done.wait(self.interval)

    @property
    def cpu_seconds(self) -> float:
        return sum(self.ticks.values()) / os.sysconf("SC_CLK_TCK")


# Starts the measured command from a small process: Linux carries a process's peak RSS
# across fork and exec, so a child forked straight from this (large) process would report at
# least this process's RSS as its own peak.
LAUNCHER = """
import json, os, sys
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as fh:
    json.dump({"maxrss_kb": usage.ru_maxrss, "cpu": usage.ru_utime + usage.ru_stime}, fh)
code = os.waitstatus_to_exitcode(status)
sys.exit(code if code >= 0 else 128 - code)
"""


def run_child(
    argv: list[str],
    log_path: Path,
    timeout: float | None = None,
    env: dict[str, str] | None = None,
) -> ChildRun:
    """Run ``argv`` with stdout+stderr to ``log_path``; wall time, CPU and peak RSS of it
    (through ``LAUNCHER``: this process may have built a 1M corpus, ~1.8 GB, just before).
    Past ``timeout`` seconds its whole process group is killed (its workers too)."""
    usage_path = log_path.with_suffix(".rusage.json")
    usage_path.unlink(missing_ok=True)
    with open(log_path, "wb") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-S", "-c", LAUNCHER, str(usage_path), *argv],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        sampler = TreeSampler(proc.pid) if os.path.isdir("/proc") else None
        if sampler:
            sampler.start()
        timer = threading.Timer(timeout, lambda: os.killpg(proc.pid, 9)) if timeout else None
        if timer:
            timer.start()
        try:
            returncode = proc.wait()
        except BaseException:  # Ctrl-C: do not leave the child or its workers running
            os.killpg(proc.pid, 9)
            proc.wait()
            raise
        finally:
            if timer:
                timer.cancel()
        wall = time.perf_counter() - t0
    try:
        usage = json.loads(usage_path.read_text())
    except (OSError, ValueError):  # the launcher died (or was killed) before it could write
        usage = {"maxrss_kb": 0, "cpu": 0.0}
    cpu, tree = usage["cpu"], None
    if sampler:
        sampler.done.set()
        sampler.join()
        tree = sampler.peak_kb / 1024 if sampler.peak_kb else None
        cpu = max(cpu, sampler.cpu_seconds)  # sampled: misses at most the last interval
    return ChildRun(returncode, wall, cpu, usage["maxrss_kb"] / 1024 or None, tree)


def clean_argv(
    cmd: list[str], inputs: Path, out: Path, stats: Path, jobs: int | None = None
) -> list[str]:
    """``papercorpus clean`` of ``inputs`` into ``out`` with its stats and per-stage timings
    (``--timings``: left out of the stats by default, which are meant to be diffable)."""
    argv = [*cmd, "clean", str(inputs), "-o", str(out), "--stats", str(stats), "--timings"]
    return argv + ["--jobs", str(jobs)] if jobs else argv


def log_tail(path: Path, lines: int = 3) -> str:
    """The last ``lines`` lines of a child's log, on one line (for a failed run's note)."""
    try:
        return " | ".join(path.read_text(errors="replace").strip().splitlines()[-lines:])
    except OSError:
        return ""


def log(message: str) -> None:
    """A progress line on stderr (the table goes to stdout)."""
    print(message, file=sys.stderr, flush=True)
