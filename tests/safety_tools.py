"""Instruments for the safety tests of issue 15 (tests/test_safety_*.py) and the fault-injection
scripts (benchmarks/signals.py, benchmarks/memory.py, benchmarks/fuzz.py).

Everything here drives ``python -m papercorpus`` as a subprocess in its own session (process
group), so a test can signal the whole group like a terminal's Ctrl-C, bound its memory
(``RLIMIT_AS``) and file sizes (``RLIMIT_FSIZE``), read its peak RSS (``os.wait4``), and find
processes it left behind by scanning /proc for the group. Standard output and error go to
files, never pipes: an orphaned worker holding a pipe open would block the reader.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

PYTHON = sys.executable
CLI = [PYTHON, "-m", "papercorpus"]

GOOD = {
    "title": "A valid paper title here",
    "abstract": "An abstract with quite enough words in it to count.",
}
GOOD_LINE = json.dumps(GOOD)
_RUNS = itertools.count()


# --------------------------------------------------------------------------- running


def fresh_io_dir(cwd: Path) -> Path:
    """A new directory beside ``cwd`` for one run's stdout, stderr and TMPDIR."""
    return cwd.parent / f"io-{cwd.name}-{next(_RUNS)}"


@dataclass
class Run:
    """One finished (or killed) subprocess."""

    args: list[str]
    returncode: int | None  # None: killed after the timeout
    stdout: bytes
    stderr: str
    wall: float  # seconds from start to exit (or to the kill)
    maxrss_kb: int  # peak RSS of the process and the children it waited for (os.wait4)
    pgid: int
    left: list[tuple[int, str]] = field(default_factory=list)  # (pid, cmdline) still alive

    @property
    def timed_out(self) -> bool:
        return self.returncode is None

    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if "error" in line.lower()]

    def describe(self) -> str:
        return f"exit {self.returncode}, stderr:\n{self.stderr[-3000:]}"


def limits(
    as_bytes: int | None = None, fsize_bytes: int | None = None
) -> Callable[[], None] | None:
    """A ``preexec_fn`` that bounds the child (inherited by its workers)."""
    if as_bytes is None and fsize_bytes is None:
        return None

    def apply() -> None:
        if as_bytes is not None:
            resource.setrlimit(resource.RLIMIT_AS, (as_bytes, as_bytes))
        if fsize_bytes is not None:
            # A write past the limit fails with EFBIG instead of killing the process.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize_bytes, fsize_bytes))

    return apply


def env_with_tmpdir(tmpdir: Path | None, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    if tmpdir is not None:
        tmpdir.mkdir(parents=True, exist_ok=True)
        env["TMPDIR"] = str(tmpdir)
    env.update(extra or {})
    return env


def start(
    args: Sequence[str],
    *,
    cwd: Path,
    io_dir: Path,
    tmpdir: Path | None = None,
    stdin: Path | int | None = None,
    stdout: Path | None = None,
    as_bytes: int | None = None,
    fsize_bytes: int | None = None,
    env_extra: dict[str, str] | None = None,
    prefix: Sequence[str] = (),
) -> tuple[subprocess.Popen, Path, Path]:
    """Start ``[*prefix, *CLI, *args]`` in a new session; stdout/stderr go to files."""
    io_dir.mkdir(parents=True, exist_ok=True)
    out_path = stdout if stdout is not None else io_dir / "stdout"
    err_path = io_dir / "stderr"
    with contextlib.ExitStack() as stack:
        out_f = stack.enter_context(open(out_path, "wb"))
        err_f = stack.enter_context(open(err_path, "wb"))
        if isinstance(stdin, Path):
            in_f: int | object = stack.enter_context(open(stdin, "rb"))
        else:
            in_f = subprocess.DEVNULL if stdin is None else stdin
        proc = subprocess.Popen(
            [*prefix, *CLI, *args],
            cwd=cwd,
            stdin=in_f,
            stdout=out_f,
            stderr=err_f,
            env=env_with_tmpdir(tmpdir, env_extra),
            start_new_session=True,
            preexec_fn=limits(as_bytes, fsize_bytes),
        )
    return proc, out_path, err_path


def wait(
    proc: subprocess.Popen, timeout: float, started: float | None = None
) -> tuple[int | None, int, float]:
    """``(returncode or None on timeout, peak RSS in KiB, wall)``; on timeout the whole
    group is killed."""
    started = time.monotonic() if started is None else started
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            wall = time.monotonic() - started
            rc = os.waitstatus_to_exitcode(status)
            proc.returncode = rc
            return rc, usage.ru_maxrss, wall
        if time.monotonic() >= deadline:
            kill_group(proc.pid)
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            return None, usage.ru_maxrss, time.monotonic() - started
        time.sleep(0.005)


def run(
    args: Sequence[str],
    *,
    cwd: Path,
    io_dir: Path | None = None,
    timeout: float = 120,
    **kw,
) -> Run:
    """Run the CLI to completion (or kill it after ``timeout``). Its stdout and stderr are
    kept in ``io_dir`` (default: a fresh directory beside ``cwd``)."""
    io_dir = io_dir or fresh_io_dir(cwd)
    t0 = time.monotonic()
    proc, out_path, err_path = start(args, cwd=cwd, io_dir=io_dir, **kw)
    rc, rss, wall = wait(proc, timeout, t0)
    left = wait_group_gone(proc.pid, 2.0 if rc is not None else 0.5)
    kill_group(proc.pid)
    stdout = b"" if kw.get("stdout") else out_path.read_bytes()
    stderr = err_path.read_bytes().decode("utf-8", "replace")
    return Run(list(args), rc, stdout, stderr, wall, rss, proc.pid, left)


def invoke(args: Sequence[str], *, cwd: Path, tmpdir: Path | None = None, input=None) -> Run:
    """Run the CLI in this process (click's CliRunner): much faster than a subprocess, for
    the tests that need no signals, limits or RSS figures. ``cwd`` is the working directory
    and ``tmpdir`` the temporary directory during the call."""
    import tempfile

    from click.testing import CliRunner

    from papercorpus.cli import main

    saved_cwd, saved_tmp = os.getcwd(), tempfile.tempdir
    if tmpdir is not None:
        tmpdir.mkdir(parents=True, exist_ok=True)
    try:
        os.chdir(cwd)
        tempfile.tempdir = str(tmpdir) if tmpdir is not None else saved_tmp
        t0 = time.monotonic()
        result = CliRunner().invoke(main, list(args), input=input)
        wall = time.monotonic() - t0
    finally:
        os.chdir(saved_cwd)
        tempfile.tempdir = saved_tmp
    stderr = result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        tb = "".join(traceback.format_exception(result.exception))
        stderr += "Traceback (escaped the CLI):\n" + tb
    return Run(list(args), result.exit_code, result.stdout_bytes, stderr, wall, 0, 0)


# --------------------------------------------------------------------------- processes


def group_members(pgid: int) -> list[tuple[int, str]]:
    """Live (not zombie) processes of process group ``pgid``, as ``(pid, cmdline)``."""
    found = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read().decode("utf-8", "replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        state, pgrp = fields[0], int(fields[2])
        if pgrp != pgid or state in ("Z", "X"):
            continue
        try:
            with open(f"/proc/{entry.name}/cmdline", "rb") as fh:
                cmd = fh.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        except OSError:
            cmd = "?"
        found.append((int(entry.name), cmd[:120]))
    return found


def wait_group_gone(pgid: int, grace: float) -> list[tuple[int, str]]:
    """Wait up to ``grace`` seconds for the group to empty; what is still alive then."""
    deadline = time.monotonic() + grace
    while True:
        left = group_members(pgid)
        if not left or time.monotonic() >= deadline:
            return left
        time.sleep(0.02)


def kill_group(pgid: int) -> None:
    """SIGKILL what is left of a group this code started (never anything else)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


# --------------------------------------------------------------------------- files


def digest(path: Path) -> str:
    """Content hash of a file; a symlink hashes as its target name, a missing path as ''."""
    if path.is_symlink():
        return "symlink:" + os.readlink(path)
    if not path.exists():
        return ""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digests(paths: Iterable[Path]) -> dict[str, str]:
    return {str(p): digest(p) for p in paths}


def temp_outputs(directory: Path) -> list[str]:
    """Temporary outputs left in ``directory`` (``.NAME.*.tmp``, as ``atomic_output`` names
    them), searched recursively."""
    if not directory.exists():
        return []
    return sorted(
        str(p.relative_to(directory)) for p in directory.rglob(".*.tmp") if p.name.startswith(".")
    )


def spill_dirs(tmpdir: Path) -> list[str]:
    """Spill directories (``papercorpus-*``) left in the temp directory of a run."""
    if not tmpdir.exists():
        return []
    return sorted(p.name for p in tmpdir.glob("papercorpus-*"))


def stray_stderr(stderr: str, quiet: bool = True) -> list[str]:
    """Lines of stderr that are not the tool's own (tracebacks, worker noise). Under ``-q``
    the tool writes only ``papercorpus: ...`` lines; otherwise the run summary too."""
    out = []
    for line in stderr.splitlines():
        s = line.strip()
        if not s or s.startswith("papercorpus:"):
            continue
        if not quiet and _is_summary(s):
            continue
        out.append(s)
    return out


def _is_summary(line: str) -> bool:
    if " parsed, " in line and " kept, " in line:
        return True
    # the second summary line: "3 rejected; 2 warnings; clusters flagged: ..."
    parts = line.split("; ")
    tails = ("rejected", "warning", "warnings", "dropped", "not merged")
    return all(p.endswith(tails) or p.startswith("clusters flagged: ") for p in parts)


def assert_one_line_error(r: Run, code: int, *needles: str) -> str:
    """Exit ``code``, exactly one ``papercorpus: error:`` line, holding every needle, no
    traceback, no internal error, no temp-file name."""
    assert r.returncode == code, r.describe()
    errors = [line for line in r.stderr.splitlines() if line.startswith("papercorpus: error:")]
    assert len(errors) == 1, r.describe()
    line = errors[0]
    assert "Traceback" not in r.stderr, r.describe()
    assert "internal error" not in line, r.describe()
    assert ".tmp" not in line, f"message names the hidden temp file: {line}"
    for needle in needles:
        assert needle in line, f"{needle!r} not in {line!r}"
    return line


# --------------------------------------------------------------------------- tmpfs


@cache
def tmpfs_reason() -> str | None:
    """None when a private tmpfs can be mounted (``unshare -rm``), else why not."""
    if shutil.which("unshare") is None:
        return "unshare(1) is not installed"
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", 'd=$(mktemp -d) && mount -t tmpfs -o size=1m tmpfs "$d"'],
        capture_output=True,
        text=True,
        timeout=30,
    )
    if probe.returncode != 0:
        return f"cannot mount a private tmpfs: {probe.stderr.strip() or probe.returncode}"
    return None


_TMPFS_SCRIPT = r"""
set -u
mount -t tmpfs -o "$TMPFS_OPTS" tmpfs "$TMPFS_MNT" || exit 97
if [ -n "$(ls -A "$TMPFS_STAGE")" ]; then cp -a "$TMPFS_STAGE/." "$TMPFS_MNT/"; fi
if [ "$TMPFS_FILL" = 1 ]; then
    dd if=/dev/zero of="$TMPFS_MNT/zz-filler" bs=4096 2>/dev/null
    sync
fi
if [ -n "$TMPFS_STDOUT" ]; then
    "$@" > "$TMPFS_STDOUT"
else
    "$@"
fi
rc=$?
rm -f "$TMPFS_MNT/zz-filler"
cp -a "$TMPFS_MNT/." "$TMPFS_SNAPSHOT/"
exit $rc
"""


@dataclass
class Tmpfs:
    """A small tmpfs mounted at ``mnt`` for one run only, in a private mount namespace.

    ``stage`` holds files copied in before the run (e.g. an old output); after the run the
    tmpfs content (minus the filler) is copied to ``snapshot`` for the test to inspect."""

    mnt: Path
    size: str = "2m"
    fill: bool = False  # fill it completely before the run
    readonly: bool = False

    @property
    def stage(self) -> Path:
        return self.mnt.parent / (self.mnt.name + "-stage")

    @property
    def snapshot(self) -> Path:
        return self.mnt.parent / (self.mnt.name + "-after")

    def prepare(self) -> None:
        for d in (self.mnt, self.stage, self.snapshot):
            d.mkdir(parents=True, exist_ok=True)

    def prefix(self, stdout_in_tmpfs: str | None = None) -> tuple[list[str], dict[str, str]]:
        """Command prefix and environment for ``start(..., prefix=..., env_extra=...)``."""
        self.prepare()
        opts = f"size={self.size}" + (",ro" if self.readonly else "")
        env = {
            "TMPFS_OPTS": opts,
            "TMPFS_MNT": str(self.mnt),
            "TMPFS_STAGE": str(self.stage),
            "TMPFS_SNAPSHOT": str(self.snapshot),
            "TMPFS_FILL": "1" if self.fill else "0",
            "TMPFS_STDOUT": stdout_in_tmpfs or "",
        }
        return ["unshare", "-rm", "sh", "-c", _TMPFS_SCRIPT, "sh"], env


# --------------------------------------------------------------------------- inputs


_LETTERS = "abcdefghiklmnoprstuvwy"


def words(rng: random.Random, n: int) -> str:
    return " ".join(
        "".join(rng.choice(_LETTERS) for _ in range(rng.randint(3, 9))) for _ in range(n)
    )


def paper(rng: random.Random, abstract_words: tuple[int, int] = (60, 140)) -> dict[str, str]:
    """A random paper no other random paper is a near duplicate of."""
    return {
        "title": words(rng, rng.randint(6, 12)).capitalize(),
        "abstract": words(rng, rng.randint(*abstract_words)).capitalize() + ".",
    }


def write_corpus(path: Path, records: int, seed: int, duplicates: int = 0) -> Path:
    """A JSONL corpus of ``records`` distinct papers plus ``duplicates`` exact copies."""
    rng = random.Random(seed)
    papers = [paper(rng) for _ in range(records)]
    lines = [json.dumps(p) for p in papers]
    lines += [json.dumps(papers[rng.randrange(records)]) for _ in range(duplicates)]
    if duplicates:
        rng.shuffle(lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def jsonl_rows(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.splitlines() if line.strip()]


def source_lines(rows: Iterable[dict], file: str) -> set[int]:
    return {s["line"] for r in rows for s in r["sources"] if s["file"] == file}


def small_raw_filter(monkeypatch) -> None:
    """Make in-process runs ~70 ms faster each: the raw-hash table in shared memory is only
    a hint (``ingest``: the corpus is the same with any table), and clearing its default
    32 MB dominates the cost of cleaning a tiny input."""
    from papercorpus import api

    if hasattr(api, "RAW_FILTER_BYTES"):
        monkeypatch.setattr(api, "RAW_FILTER_BYTES", 1 << 16)
