"""Progress and the run summary (issue 16): one line per stage on a terminal, nothing in a
pipe; a summary naming the output, the time and the counts; warnings grouped by code."""

from __future__ import annotations

import io
import os
import re
import select
import subprocess
import sys
from pathlib import Path

import orjson
import pytest
from click.testing import CliRunner
from rich.console import Console

from papercorpus.cli import main
from papercorpus.cli_progress import RichStages, stage_progress

from .conftest import EXAMPLES

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]")


def _run_in_pty(args: list[str], cwd: Path) -> bytes:
    """Run papercorpus with stderr (and stdout) on a pseudo-terminal; everything it wrote."""
    pty = pytest.importorskip("pty")
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        os.chdir(cwd)
        os.environ.update(TERM="xterm", COLUMNS="120")
        os.execv(sys.executable, [sys.executable, "-m", "papercorpus", *args])
    out = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 120)
        if not ready:
            break
        try:
            data = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        out += data
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, out.decode(errors="replace")
    return out


def test_a_terminal_sees_each_stage_with_a_percentage(tmp_path):
    out = _run_in_pty(["clean", str(EXAMPLES), "-o", "out.jsonl"], tmp_path)
    text = ANSI.sub(b"", out).decode()
    for stage in ("read+parse", "dedup", "write"):
        assert stage in text, text
    assert re.search(r"read\+parse\s.*\b100%", text), text
    assert re.search(r"\d+(\.\d+)?/\d+(\.\d+)? [kM]?B", text), "bytes done of the total"
    assert "candidates" in text and "405/405 rows" in text
    assert "wrote 405 papers to out.jsonl" in text


def test_no_progress_bytes_when_stderr_is_not_a_terminal(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "papercorpus", "clean", str(EXAMPLES), "-o", "out.jsonl"],
        cwd=tmp_path,
        capture_output=True,
        env={**os.environ, "TERM": "xterm"},
        check=True,
    )
    assert b"\x1b" not in proc.stderr and b"\r" not in proc.stderr
    assert b"read+parse" not in proc.stderr
    lines = proc.stderr.decode().splitlines()
    assert lines[0].startswith("wrote 405 papers to out.jsonl: 445 parsed, 405 kept, 40 merged")
    assert re.search(r"from 5 files in \d+\.\d s$", lines[0]), lines[0]


def test_rich_stages_draw_one_line_per_stage():
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, width=120)
    with stage_progress(console) as progress:
        assert isinstance(progress, RichStages)
        progress.stage("read", 2_000_000, "bytes")
        progress.advance(1_000_000)
        progress.stage("dedup", None, "candidates")
        progress.total(40)
        progress.advance(10)
        progress.stage("write", 405, "rows")
        progress.advance(405)
    text = ANSI.sub(b"", buffer.getvalue().encode()).decode()
    # a finished stage stays as a full line; refreshes are throttled, so the last state
    # of each line is what is sure to be drawn
    assert re.search(r"read\+parse .* 100% 2\.0/2\.0 MB", text), text
    assert "0.0/2.0 MB" in text  # the total was known up front
    assert re.search(r"dedup .* 100% 40/40 candidates", text), text
    assert "405/405 rows" in text
    quiet = Console(file=io.StringIO(), force_terminal=False)
    with stage_progress(quiet) as progress:
        assert progress is None


def test_warnings_are_grouped_by_code(tmp_path):
    item = {
        "title": "A Paper Without Its Abstract",
        "paper_url": "https://huggingface.co/papers/2512.00001",
    }
    other = {
        "title": "A Second Paper, Also Bare",
        "paper_url": "https://huggingface.co/papers/2512.00002",
    }
    days = tmp_path / "days"
    days.mkdir()
    for day in ("d1.json", "d2.json", "d3.json"):
        (days / day).write_bytes(orjson.dumps([item, other], option=orjson.OPT_INDENT_2))
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["clean", str(days), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    warnings = [s for s in result.stderr.splitlines() if s.startswith("papercorpus: warning:")]
    [line] = warnings
    assert line.startswith("papercorpus: warning: W_NO_ABSTRACT: 6 copies of 2 papers; first ")
    assert f"{days / 'd1.json'}:2: no abstract" in line and "-v lists all" in line
    assert "6 warnings" in result.stderr
    verbose = CliRunner().invoke(main, ["clean", str(days), "-o", str(out), "-v"])
    assert sum(s.startswith("papercorpus: warning:") for s in verbose.stderr.splitlines()) == 6


def test_one_warning_is_singular(tmp_path):
    item = {"title": "A Paper Without Its Abstract"}
    (tmp_path / "a.jsonl").write_bytes(orjson.dumps(item) + b"\n")
    result = CliRunner().invoke(main, ["clean", str(tmp_path / "a.jsonl"), "-o", "-"])
    assert "1 warning\n" in result.stderr and "1 warnings" not in result.stderr
    assert "wrote 1 paper to stdout: 1 parsed, 1 kept, 0 merged (none) from 1 file in " in (
        result.stderr
    )
