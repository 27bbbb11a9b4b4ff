"""The Python API takes inputs as ``Path``s as well as strings, as ``open`` does: the names
in messages and provenance are the same either way, in one process or in workers."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

import papercorpus
from papercorpus.check import check_files
from papercorpus.incremental import clean_into_index

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _seed_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt"))[:2]


def _rows(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


@pytest.mark.parametrize("jobs", [1, 2])
def test_clean_takes_paths_as_it_takes_their_names(tmp_path: Path, jobs: int) -> None:
    files = _seed_files()
    opts = papercorpus.CleanOptions(jobs=jobs)
    by_path = papercorpus.clean(files, tmp_path / "paths.jsonl", opts)
    by_name = papercorpus.clean([str(f) for f in files], tmp_path / "names.jsonl", opts)
    assert by_path.records == by_name.records
    assert (tmp_path / "paths.jsonl").read_bytes() == (tmp_path / "names.jsonl").read_bytes()
    assert {s["file"] for r in _rows(tmp_path / "paths.jsonl") for s in r["sources"]} == {
        str(f) for f in files
    }


def test_clean_into_an_index_and_check_take_paths(tmp_path: Path) -> None:
    files = _seed_files()
    run = clean_into_index(files, tmp_path / "c.db", tmp_path / "new.jsonl")
    assert run.index.new_papers > 0
    result = check_files([tmp_path / "new.jsonl"], baseline=[tmp_path / "new.jsonl"])
    assert result.files == 1
