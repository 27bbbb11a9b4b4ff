from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
BENCHMARKS = ROOT / "benchmarks"


def bench_module(name: str) -> ModuleType:
    """A module of ``benchmarks/`` (not a package: its modules import each other by name)."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module(name)


@pytest.fixture
def chdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test runs in its ``tmp_path``, so inputs are named by relative paths as a user
    types them (and provenance records them so)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


def read_capture(path: Path) -> tuple[list, object, int]:
    """A capture read as ``clean`` reads it (format detection included): its records, its
    ``ParseLog`` and its number of lines, for the accounting."""
    from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records
    from papercorpus.sources.inputs import read_lines

    log = ParseLog()
    records = list(iter_records(InputFile(path.name, path), ReadOptions(), log))
    return records, log, sum(1 for _ in read_lines(InputFile(path.name, path)))


def accounted(log, lines: int) -> bool:  # type: ignore[no-untyped-def]
    """Every line in one place: a record's, chrome, a blank or a reject (issue 14)."""
    parts = log.record_lines + log.blank_lines + log.reject_lines + sum(log.chrome.values())
    return parts == lines


def require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not available (needs ../shared beside the repository)")
    return path


@pytest.fixture(scope="session")
def spark():
    """One ``local[2]`` SparkSession for the whole test session (``-m spark`` tests only):
    few shuffle partitions, no UI. Skipped with the reason when pyspark or Java is missing."""
    from papercorpus.spark import SparkMissing, require_pyspark

    try:
        require_pyspark()
    except SparkMissing as exc:
        pytest.skip(str(exc))
    from papercorpus.spark.session import local_session

    session = local_session("local[2]", shuffle_partitions=4)
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
