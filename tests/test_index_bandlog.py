"""The band keys of recent runs (``index.bandlog``): what a lookup finds in the log, what a
removed text leaves, and the move into ``bands``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from papercorpus.index import bandlog, db


@pytest.fixture
def con(tmp_path: Path) -> sqlite3.Connection:
    c = sqlite3.connect(tmp_path / "b.db", isolation_level=None)
    db._create(c, {"index_format": "4"})
    return c


def _pairs(con: sqlite3.Connection) -> set[tuple[int, int]]:
    out = set(con.execute("SELECT key, uid FROM bands"))
    for keys, uids in bandlog.pairs(con):
        out |= set(zip(keys.tolist(), uids.tolist(), strict=True))
    return out


def test_hits_removal_and_merge(con: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bandlog, "MERGE_ROWS", 10)
    bandlog.append(con, np.array([5, 3, 5, 9]), np.array([1, 1, 2, 2]))  # key 5 twice
    bandlog.append(con, np.array([3, 7]), np.array([4, 4]))
    assert bandlog.waiting(con) == bandlog.count(con) == 6
    keys, uids = bandlog.hits(con, np.array([3, 5, 8]))
    found = sorted(zip(keys.tolist(), uids.tolist(), strict=True))
    assert found == [(3, 1), (3, 4), (5, 1), (5, 2)]
    assert [len(k) for k in bandlog.hits(con, np.array([], dtype=np.int64))] == [0, 0]
    bandlog.forget(con, np.array([1, 4]))  # the second run's row goes, the first shrinks
    assert _pairs(con) == {(5, 2), (9, 2)}
    assert bandlog.waiting(con) == bandlog.count(con) == 2
    bandlog.append(con, np.arange(20, 28), np.full(8, 6))  # 10 waiting: moved into bands
    assert bandlog.waiting(con) == bandlog.count(con) == 0
    assert con.execute("SELECT count(*) FROM bands").fetchone() == (10,)
    assert _pairs(con) == {(5, 2), (9, 2)} | {(k, 6) for k in range(20, 28)}


def test_hits_find_exactly_the_probed_keys(con: sqlite3.Connection) -> None:
    """Random 48-bit keys (as the index makes them) in several runs: ``hits`` returns every
    logged pair whose key is probed, and nothing else."""
    rng = np.random.default_rng(7)
    logged = []
    for run in range(5):
        keys = rng.integers(0, 1 << 48, 2000)
        uids = np.full(2000, run)
        bandlog.append(con, keys, uids)
        logged += zip(keys.tolist(), uids.tolist(), strict=True)
    some = rng.choice([k for k, _ in logged], 300, replace=False)
    probe = np.unique(np.concatenate([some, rng.integers(0, 1 << 48, 3000)]))
    keys, uids = bandlog.hits(con, probe)
    want = sorted((k, u) for k, u in logged if k in set(probe.tolist()))
    assert sorted(zip(keys.tolist(), uids.tolist(), strict=True)) == want
    assert len(want) >= 300
