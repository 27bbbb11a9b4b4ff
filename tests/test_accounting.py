"""Nothing is lost, on every fixture: every parsed copy is kept or merged into a kept row,
and everything else is a reject with file:line."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

import papercorpus
from papercorpus.api import DataError

from .conftest import EXAMPLES

FIXTURES = Path(__file__).parent / "fixtures"
INPUTS = sorted(
    p
    for p in [*FIXTURES.rglob("*"), *EXAMPLES.glob("*.txt")]
    # fixtures/fuzz/ holds fuzzer crashers: tests/test_fuzz_regressions.py replays them;
    # fixtures/pages_*.json are page excerpts keyed by name, read by the page tests
    if p.is_file()
    and not p.name.endswith(".expected.json")
    and p.parent.name != "fuzz"
    and not (p.parent == FIXTURES and p.name.startswith("pages_") and p.suffix == ".json")
)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: str(p.relative_to(p.parents[1])))
def test_parsed_equals_kept_plus_merged(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    try:
        summary = papercorpus.clean([str(path)], out, papercorpus.CleanOptions(jobs=1))
    except (DataError, papercorpus.InputError):
        pytest.skip("not a parseable dump on its own (an error case fixture)")
    assert summary.parsed == summary.kept + summary.merged_total
    rows = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert len(rows) == summary.kept
    assert sum(len(r["sources"]) for r in rows) == summary.parsed
    rejects = [d for d in summary.diagnostics if d.code.startswith("R_")]
    assert len(rejects) == summary.rejected
    assert all(d.file == str(path) and d.line >= 1 for d in rejects)
