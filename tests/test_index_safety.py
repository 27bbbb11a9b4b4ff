"""Issue 18, safety: a run killed half-way leaves the index as it was; two runs on one index
wait for each other a bounded time and never corrupt it; the content is deterministic."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from papercorpus.incremental import Index

from .conftest import SHARED, require

PYTHON = sys.executable


@pytest.fixture
def days(tmp_path: Path) -> tuple[Path, list[str]]:
    names = []
    for f in sorted(require(SHARED / "seeds").iterdir()):
        (tmp_path / f.name).symlink_to(f)
        names.append(f.name)
    return tmp_path, names


def _cli(cwd: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "-m", "papercorpus", *args], cwd=cwd, capture_output=True, text=True,
        timeout=timeout,
    )  # fmt: skip


# Run ``clean --index`` in a child that SIGKILLs itself at a chosen point of the write
# phase: after the touched papers' texts are deleted (half-way through the changes) or after
# every change, just before the commit. A real SIGKILL: no handler, no cleanup runs.
_KILLER = """
import os, signal, sys
from papercorpus.index import tables
from papercorpus import incremental
where = sys.argv[1]
def die(*a, **k):
    os.kill(os.getpid(), signal.SIGKILL)
if where == "half-way":
    real = tables._delete_texts
    def patched(*a, **k):
        real(*a, **k)
        die()
    tables._delete_texts = patched
else:
    real_apply = incremental.apply_plan
    def patched(*a, **k):
        real_apply(*a, **k)
        die()
    incremental.apply_plan = patched
from papercorpus.cli import main
main(sys.argv[2:])
"""


@pytest.mark.parametrize("where", ["half-way", "before-commit"])
def test_sigkill_mid_run_leaves_the_previous_index(days, where: str) -> None:
    cwd, names = days
    assert _cli(cwd, "clean", *names[:3], "--index", "c.db", "-o", "a.jsonl", "-q").returncode == 0
    before = _cli(cwd, "index", "export", "c.db").stdout
    script = cwd / "killer.py"
    script.write_text(textwrap.dedent(_KILLER))
    args = ["clean", *names, "--index", "c.db", "-o", "b.jsonl", "--updates", "u.jsonl", "-q"]
    proc = subprocess.run([PYTHON, str(script), where, *args], cwd=cwd, capture_output=True)
    assert proc.returncode == -signal.SIGKILL
    res = _cli(cwd, "index", "verify", "c.db")
    assert res.returncode == 0, res.stderr
    assert _cli(cwd, "index", "export", "c.db").stdout == before
    # And the index goes on: the same run again succeeds and gives what one clean gives.
    assert _cli(cwd, "clean", *names[3:], "--index", "c.db", "-o", "b.jsonl", "-q").returncode == 0
    assert _cli(cwd, "clean", *names, "-o", "batch.jsonl", "-q").returncode == 0
    assert _cli(cwd, "index", "export", "c.db", "-o", "all.jsonl").returncode == 0
    assert (cwd / "all.jsonl").read_bytes() == (cwd / "batch.jsonl").read_bytes()


# Holds the index's write lock (as a run does) until told to stop on stdin.
_HOLDER = """
import sys
from papercorpus.index import db
from papercorpus.index.settings import index_settings
from papercorpus.dedup import DedupOptions
with db.writing(sys.argv[1], index_settings(DedupOptions())):
    print("locked", flush=True)
    sys.stdin.readline()
"""


def test_a_second_run_waits_a_bounded_time_then_fails(days) -> None:
    cwd, names = days
    assert _cli(cwd, "clean", names[0], "--index", "c.db", "-o", "a.jsonl", "-q").returncode == 0
    before = _cli(cwd, "index", "export", "c.db").stdout
    holder = subprocess.Popen(
        [PYTHON, "-c", _HOLDER, "c.db"], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        res = _cli(
            cwd, "clean", names[1], "--index", "c.db", "--index-wait", "0.2", "-o", "b.jsonl"
        )
        assert res.returncode == 1
        assert "c.db: in use by another run; gave up after waiting 0.2 s" in res.stderr
        assert "Traceback" not in res.stderr and not (cwd / "b.jsonl").exists()
        # Readers are not blocked by a run (WAL): they see the last committed state.
        assert _cli(cwd, "index", "export", "c.db").stdout == before
        # A run that may wait long enough goes through once the first one ends.
        waiting = subprocess.Popen(
            [PYTHON, "-m", "papercorpus", "clean", names[1], "--index", "c.db", "--index-wait",
             "120", "-o", "b.jsonl", "-q"], cwd=cwd,
        )  # fmt: skip
        holder.stdin.write("\n")  # type: ignore[union-attr]
        holder.stdin.flush()  # type: ignore[union-attr]
        assert waiting.wait(timeout=120) == 0
    finally:
        holder.kill()
        holder.wait()
    assert _cli(cwd, "index", "verify", "c.db").returncode == 0
    assert (cwd / "b.jsonl").exists()


def test_concurrent_runs_never_corrupt(days) -> None:
    cwd, names = days
    procs = [
        subprocess.Popen(
            [PYTHON, "-m", "papercorpus", "clean", n, "--index", "c.db", "-o", f"{n}.out", "-q"],
            cwd=cwd,
        )
        for n in names
    ]
    assert [p.wait(timeout=300) for p in procs] == [0] * len(procs)
    assert _cli(cwd, "index", "verify", "c.db").returncode == 0
    stats = Index(cwd / "c.db").stats()
    batch = _cli(cwd, "clean", *names, "-q")
    # Whatever order the runs took, every copy is in and the papers are those of one clean.
    rows = [json.loads(line) for line in batch.stdout.splitlines()]
    assert stats["copies"] == sum(len(r["sources"]) for r in rows)
    assert stats["papers"] == len(rows)


def test_index_content_is_deterministic(days) -> None:
    cwd, names = days
    exports = []
    for run in ("x", "y"):
        for i, day in enumerate((names[:2], names[2:4], names[4:])):
            res = _cli(cwd, "clean", *day, "--index", f"{run}.db", "-o", f"{run}{i}.jsonl", "-q",
                       "--jobs", "2" if run == "y" else "1")  # fmt: skip
            assert res.returncode == 0
        exports.append(_cli(cwd, "index", "export", f"{run}.db").stdout)
        os.remove(cwd / f"{run}.db")
    assert exports[0] == exports[1] and exports[0]
