"""Interrupt ``papercorpus clean`` at random moments and check what it leaves (issue 15).

N SIGINT trials (to the whole process group, as a terminal's Ctrl-C) and M SIGTERM trials (to
the main process, as ``kill PID``), optionally K SIGKILL trials of the main process, each at
a seeded random moment of a run of about ``--seconds`` seconds on page files of the 1M
benchmark corpus. For every trial: the exit code (130 / 143), the time from the signal to
the exit (<= ``--exit-within``), processes of the run still alive 2 s later, temp outputs and
spill directories left, whether the old output is intact, and stderr lines that are not the
tool's own (tracebacks, ``Process ForkPoolWorker-N:``). A run that has not exited
``--hang-after`` seconds after the signal counts as hung and is killed.

    flock /tmp/papercorpus-bench.lock .venv/bin/python benchmarks/signals.py          # 100 + 30
    flock /tmp/papercorpus-bench.lock .venv/bin/python benchmarks/signals.py --sigint 10 --sigterm 5
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.safety_tools import digest  # noqa: E402
from tests.signal_trials import Trial, reference_run, signal_trial  # noqa: E402

PAGES = Path("/tmp/papercorpus-bench/1M-s20250318-v1/pages")
WANT = {"SIGINT": 130, "SIGTERM": 143}


def build_inputs(work: Path, pages: list[Path]) -> None:
    d = work / "in"
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    for p in pages:
        (d / p.name).symlink_to(p)


def calibrate(work: Path, pages: list[Path], args_for, seconds: float) -> tuple[int, float, float]:
    """Pick the number of page files for a run of about ``seconds``: ``(files, ready, wall)``."""
    n = min(len(pages), 8)
    for _ in range(4):
        build_inputs(work, pages[:n])
        ready, wall = reference_run(args_for(), cwd=work)
        print(f"calibration: {n} files -> {wall:.1f} s (ready after {ready:.1f} s)", flush=True)
        if abs(wall - seconds) < 0.15 * seconds or n == len(pages):
            return n, ready, wall
        work_part = max(wall - ready, 0.1)
        n = max(1, min(len(pages), round(n * (seconds - ready) / work_part)))
    build_inputs(work, pages[:n])
    ready, wall = reference_run(args_for(), cwd=work)
    return n, ready, wall


def classify_stderr(trial: Trial) -> str:
    """The tool's last error line, shortened (what the user sees), or ''."""
    errors = [s for s in trial.stderr.splitlines() if s.startswith("papercorpus: error:")]
    if not errors:
        return ""
    msg = errors[-1].removeprefix("papercorpus: error: ")
    return re.sub(r"\d+", "#", msg)[:70]


def summarise(trials: list[Trial], exit_within: float) -> str:
    kinds = sorted({t.signal for t in trials}, key=["SIGINT", "SIGTERM", "SIGKILL"].index)
    cols = ["trials", "finished first", "exit ok", f"<= {exit_within:g} s", "max exit s", "hung",
            "procs left", "temp left", "spill left", "output changed", "tracebacks"]  # fmt: skip
    rows = []
    for kind in kinds:
        ts = [t for t in trials if t.signal == kind]
        stopped = [t for t in ts if not t.finished_first]
        exits = [t.exit_s for t in stopped if t.returncode is not None]
        want = WANT.get(kind)
        rows.append([
            kind, len(ts), sum(t.finished_first for t in ts),
            "-" if want is None else sum(t.returncode == want for t in stopped),
            sum(t.returncode is not None and t.exit_s <= exit_within for t in stopped),
            f"{max(exits):.2f}" if exits else "-",
            sum(t.returncode is None for t in ts),
            sum(bool(t.left) for t in ts),
            "-" if kind == "SIGKILL" else sum(bool(t.temps) for t in ts),
            "-" if kind == "SIGKILL" else sum(bool(t.spills) for t in ts),
            sum(not t.output_intact for t in ts),
            sum(bool(t.stray) for t in ts),
        ])  # fmt: skip
    head = ["signal", *cols]
    table = [head, *[[str(c) for c in r] for r in rows]]
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    fmt = "  ".join(f"{{:>{w}}}" if i else f"{{:<{w}}}" for i, w in enumerate(widths))
    out = [fmt.format(*r) for r in table]
    codes = Counter((t.signal, t.returncode) for t in trials)
    by_code = sorted(codes.items(), key=str)
    out.append("exit codes: " + ", ".join(f"{s} {rc}: {n}" for (s, rc), n in by_code))
    msgs = Counter(classify_stderr(t) for t in trials if not t.finished_first)
    shown = "; ".join(f"{m or '(none)'!r}: {n}" for m, n in msgs.most_common())
    out.append("last error line: " + shown)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sigint", type=int, default=100)
    ap.add_argument("--sigterm", type=int, default=30)
    ap.add_argument("--sigkill", type=int, default=0, help="SIGKILL of the main process only")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--seconds", type=float, default=10.0, help="length of an undisturbed run")
    ap.add_argument("--files", type=int, default=0, help="page files (0: calibrate to --seconds)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--exit-within", type=float, default=2.0)
    ap.add_argument("--hang-after", type=float, default=15.0)
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--max-gb", type=float, default=4.0, help="RLIMIT_AS of every run")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every trial")
    args = ap.parse_args(argv)

    pages = sorted(args.pages.glob("*.txt"))
    if not pages:
        sys.exit(f"no page files in {args.pages}")
    root = Path(tempfile.mkdtemp(prefix="papercorpus-signals-"))
    work = root / "work"
    work.mkdir()

    def args_for() -> list[str]:
        return ["clean", "in", "-o", "out.jsonl", "-j", str(args.jobs), "-q"]

    try:
        if args.files:
            build_inputs(work, pages[: args.files])
            n_files = args.files
        else:
            n_files, _, _ = calibrate(work, pages, args_for, args.seconds)
        # Timed once more: the trials run with the inputs in the page cache, like this run,
        # so fewer of them end before their signal.
        ready, wall = reference_run(args_for(), cwd=work)
        shutil.copy(work / "out.jsonl", root / "reference.jsonl")
        expected = digest(work / "out.jsonl")
        print(
            f"run: {n_files} page files, -j {args.jobs}: {wall:.1f} s, ready after {ready:.1f} s;"
            f" signals at uniform moments in [{ready:.1f}, {wall:.1f}] s",
            flush=True,
        )
        rng = random.Random(args.seed)
        plan = ([signal.SIGINT] * args.sigint + [signal.SIGTERM] * args.sigterm
                + [signal.SIGKILL] * args.sigkill)  # fmt: skip
        rng.shuffle(plan)
        trials: list[Trial] = []
        t0 = time.monotonic()
        for k, sig in enumerate(plan):
            delay = rng.uniform(0.0, max(0.05, 0.9 * (wall - ready)))
            trial = signal_trial(args_for(), cwd=work, output=work / "out.jsonl",
                                 expected=expected, sig=sig, delay=delay,
                                 exit_within=args.hang_after,
                                 as_bytes=int(args.max_gb * (1 << 30)))  # fmt: skip
            trials.append(trial)
            shutil.rmtree(trial.io_dir, ignore_errors=True)  # spill left behind: GBs over time
            for name in trial.temps:  # counted once, in this trial
                (work / name).unlink(missing_ok=True)
            problems = trial.problems(args.hang_after)
            stopped = not trial.finished_first and trial.returncode is not None
            if stopped and sig != signal.SIGKILL and trial.exit_s > args.exit_within:
                problems.append(f"exit after {trial.exit_s:.2f} s")
            if args.verbose or problems:
                status = "; ".join(problems) or "ok"
                print(
                    f"[{k + 1}/{len(plan)}] {sig.name} at +{delay:.2f} s: exit "
                    f"{trial.returncode} after {trial.exit_s:.2f} s: {status}",
                    flush=True,
                )
            if not trial.output_intact:
                shutil.copy(root / "reference.jsonl", work / "out.jsonl")
        print(f"\n{len(plan)} trials in {(time.monotonic() - t0) / 60:.1f} min")
        print(summarise(trials, args.exit_within))
        bad = [t for t in trials if t.problems(args.hang_after)]
        return 1 if bad else 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
