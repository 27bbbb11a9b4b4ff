"""The package type-checks clean under mypy, with the flags the build gives mypyc.

setup.py compiles three groups of modules with mypyc, which refuses a group with a type
error (the group then stays pure Python, with one line in the build log). This runs the
same mypy over the whole package, so an error anywhere fails here first, with its line.

mypy comes with the test extras; without it the test skips, as ``test_lint`` does for ruff.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
# setup.py ``_mypycify``'s flags (imports outside the checked files are followed silently)
FLAGS = ["--follow-imports=silent", "--ignore-missing-imports"]


def test_mypy_finds_no_errors(tmp_path: Path) -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (it comes with the test extras: '.[test]')")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", *FLAGS, "--cache-dir", str(tmp_path), "papercorpus"],
        cwd=SRC,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert done.returncode == 0 and not errors, done.stdout + done.stderr
