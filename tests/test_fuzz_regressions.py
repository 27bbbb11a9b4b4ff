"""Every input benchmarks/fuzz.py saved (tests/fixtures/fuzz/) is cleaned without an internal
error, a hang or a property violation (tests/fuzz_checks.py)."""

from __future__ import annotations

import tempfile

import pytest

from papercorpus import api

from . import fuzz_checks as fc
from . import fuzz_inputs as fz

SAVED = sorted(fz.CRASHERS.glob("*")) if fz.CRASHERS.is_dir() else []


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    d = tmp_path_factory.mktemp("fuzz-regressions")
    (d / "tmp").mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tempfile, "tempdir", str(d / "tmp"))
        if hasattr(api, "RAW_FILTER_BYTES"):
            mp.setattr(api, "RAW_FILTER_BYTES", 1 << 16)
        yield d


@pytest.mark.parametrize("path", SAVED, ids=[p.name for p in SAVED])
def test_saved_fuzz_input(root, path):
    work = fc.fresh_dir(root, "work")
    verdict = fc.check_properties(path, work, timeout=60)
    assert not verdict.violations, verdict.violations


def test_fixtures_are_saved_small():
    assert all(p.stat().st_size < 256_000 for p in SAVED), "minimise before saving"
