"""Signal trials for issue 15 (tests/test_safety_signals.py, benchmarks/signals.py): run
``clean``, send a signal at a chosen moment after its work has begun, and record what the run
left behind (exit code and time, live processes of its group, temp outputs, spill
directories, the old output, stray stderr).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .safety_tools import (
    digest,
    fresh_io_dir,
    kill_group,
    spill_dirs,
    start,
    stray_stderr,
    temp_outputs,
    wait,
    wait_group_gone,
)

EXIT_CODES = {signal.SIGINT: 130, signal.SIGTERM: 143}


@dataclass
class Trial:
    """One run of the CLI interrupted by a signal, and what it left behind."""

    signal: str  # "SIGINT" (to the process group, as a terminal's Ctrl-C), "SIGTERM", "SIGKILL"
    delay: float  # seconds after the run was ready (its spill directory appeared)
    returncode: int | None  # None: still running EXIT_WITHIN seconds after the signal
    exit_s: float  # seconds from the signal to the exit
    left: list[tuple[int, str]]  # live processes of its group 2 s after the exit
    temps: list[str]  # temporary outputs left beside the output
    spills: list[str]  # spill directories left in its TMPDIR
    output_intact: bool  # the output holds the old (= the complete new) content
    stray: list[str]  # stderr lines that are not the tool's own (tracebacks...)
    stderr: str
    io_dir: Path  # its stdout, stderr and TMPDIR: remove it when done

    @property
    def finished_first(self) -> bool:
        """The run ended on its own before the signal arrived (a trial that proves nothing)."""
        return self.returncode == 0

    def problems(self, exit_within: float) -> list[str]:
        out = []
        if self.returncode is None:
            out.append(f"hung (no exit {exit_within:.0f} s after the signal)")
        elif self.signal != "SIGKILL" and not self.finished_first:
            want = EXIT_CODES[signal.Signals[self.signal]]
            if self.returncode != want:
                out.append(f"exit {self.returncode}, expected {want}")
            elif self.exit_s > exit_within:
                out.append(f"exit after {self.exit_s:.2f} s")
        if self.left:
            out.append(f"{len(self.left)} process(es) left: {self.left}")
        if self.signal != "SIGKILL":  # nothing can clean up after SIGKILL
            if self.temps:
                out.append(f"temp outputs left: {self.temps}")
            if self.spills:
                out.append(f"spill dirs left: {self.spills}")
        if not self.output_intact:
            out.append("the output was changed")
        if self.stray:
            out.append(f"stray stderr: {self.stray[:3]}")
        return out


def wait_ready(tmpdir: Path, proc: subprocess.Popen, timeout: float) -> float:
    """Seconds until the run's spill directory appears (its work has begun), or ``timeout``."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout and proc.poll() is None:
        if spill_dirs(tmpdir):
            break
        time.sleep(0.005)
    return time.monotonic() - t0


def signal_trial(
    args: Sequence[str],
    *,
    cwd: Path,
    output: Path,
    expected: str,
    sig: signal.Signals,
    delay: float,
    exit_within: float = 5.0,
    ready_timeout: float = 10.0,
    as_bytes: int | None = 4 << 30,
) -> Trial:
    """Run ``clean ARGS`` (which writes ``output``, whose digest is ``expected`` before and
    after any complete run), send ``sig`` ``delay`` seconds after the run is ready, and
    inspect what is left. SIGINT goes to the whole process group (a terminal's Ctrl-C);
    SIGTERM and SIGKILL to the main process only (``kill PID``)."""
    trial_dir = fresh_io_dir(cwd)
    tmpdir = trial_dir / "tmp"
    temps_before = set(temp_outputs(output.parent))  # left by an earlier trial
    proc, _, err_path = start(args, cwd=cwd, io_dir=trial_dir, tmpdir=tmpdir, as_bytes=as_bytes)
    try:
        wait_ready(tmpdir, proc, ready_timeout)
        time.sleep(delay)
        sent = time.monotonic()
        with contextlib.suppress(ProcessLookupError):
            if sig == signal.SIGINT:
                os.killpg(proc.pid, sig)
            else:
                os.kill(proc.pid, sig)
        rc, _, exit_s = wait(proc, exit_within, sent)
        left = wait_group_gone(proc.pid, 2.0)
    finally:
        kill_group(proc.pid)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(proc.pid, os.WNOHANG)
    stderr = err_path.read_bytes().decode("utf-8", "replace")
    return Trial(
        signal=sig.name,
        delay=delay,
        returncode=rc,
        exit_s=exit_s,
        left=left,
        temps=sorted(set(temp_outputs(output.parent)) - temps_before),
        spills=spill_dirs(tmpdir),
        output_intact=digest(output) == expected,
        stray=stray_stderr(stderr),
        stderr=stderr,
        io_dir=trial_dir,
    )


def reference_run(args: Sequence[str], *, cwd: Path) -> tuple[float, float]:
    """Run ``clean ARGS`` to the end once: ``(seconds until ready, seconds in all)``."""
    trial_dir = fresh_io_dir(cwd)
    tmpdir = trial_dir / "tmp"
    t0 = time.monotonic()
    proc, _, err_path = start(args, cwd=cwd, io_dir=trial_dir, tmpdir=tmpdir)
    ready = wait_ready(tmpdir, proc, 60)
    rc, _, wall = wait(proc, 600, t0)
    kill_group(proc.pid)
    if rc != 0:
        raise RuntimeError(f"reference run failed ({rc}): {err_path.read_text()[-2000:]}")
    return ready, wall
