"""The code stays ruff-clean, lint and format: the house rule, checked where CI can see it.

ruff comes with the test extras; without it (a bare ``pip install -e .`` and pytest from
elsewhere) the test skips rather than fails, as the other optional-extra tests do.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _ruff() -> list[str] | None:
    # The venv's ruff first: the one pytest's interpreter was installed beside.
    beside = Path(sys.executable).with_name("ruff")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("ruff")
    return [found] if found else None


def test_ruff_check_is_clean() -> None:
    ruff = _ruff()
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the test extras: '.[test]')")
    done = subprocess.run(
        [*ruff, "check", "--no-cache", "src", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_is_clean() -> None:
    """Formatted as ``ruff format`` formats it (39 files had drifted before this test).
    The formatter's style changes between ruff's minor versions, so the test extras pin
    the minor version this was checked with."""
    ruff = _ruff()
    if ruff is None:
        pytest.skip("ruff is not installed (it comes with the test extras: '.[test]')")
    done = subprocess.run(
        [*ruff, "format", "--check", "--no-cache", "src", "tests", "benchmarks"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
