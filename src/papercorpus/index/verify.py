"""``index verify``: SQLite's own integrity check, then the index's invariants.

Each check is one query or one pass over a table, so verify costs O(index), as it must: it
reads everything once. A problem is one line naming what is wrong and how many rows."""

from __future__ import annotations

import sqlite3

import numpy as np

from ..dedup import DedupOptions
from ..sketch.shingles import mix64
from . import bandlog
from .codec import UnpackError, dictionaries, unpack
from .lookup import as_hashes, sig_rows, text_keys
from .settings import index_settings

# (what must hold, query counting the rows that break it)
_INVARIANTS = (
    ("every copy belongs to a stored text",
     "SELECT count(*) FROM copies c LEFT JOIN texts t ON t.uid = c.uid WHERE t.uid IS NULL"),
    ("every text belongs to a stored paper",
     "SELECT count(*) FROM texts t LEFT JOIN papers p ON p.key = t.paper WHERE p.key IS NULL"),
    ("every text has a copy, and is numbered by its first one",
     "SELECT count(*) FROM texts t LEFT JOIN "
     "(SELECT uid, min(seq) AS first FROM copies GROUP BY uid) c ON c.uid = t.uid "
     "WHERE c.first IS NULL OR c.first != t.uid"),
    ("every paper's survivor is one of its texts",
     "SELECT count(*) FROM papers p LEFT JOIN texts t ON t.uid = p.survivor "
     "WHERE t.uid IS NULL OR t.paper != p.key"),
    ("every paper is numbered by its first copy",
     "SELECT count(*) FROM papers p LEFT JOIN "
     "(SELECT paper, min(uid) AS first FROM texts GROUP BY paper) t ON t.paper = p.key "
     "WHERE t.first IS NULL OR t.first != p.key"),
    ("the paper tally is the number of papers",
     "SELECT abs((SELECT n FROM tally WHERE name = 'papers') - (SELECT count(*) FROM papers))"),
    ("the tally of waiting band keys is their number",
     "SELECT abs(coalesce((SELECT n FROM tally WHERE name = 'bands_log'), -1) - "
     "(SELECT coalesce(sum(length(keys)), 0) / 8 FROM bands_log))"),
    ("every copy's file is stored",
     "SELECT count(*) FROM copies c LEFT JOIN files f ON f.id = c.file WHERE f.id IS NULL"),
)  # fmt: skip


def verify(con: sqlite3.Connection, chunk: int = 65536) -> list[str]:
    """Every problem found (empty: the index is sound)."""
    problems = [
        f"integrity_check: {msg}" for (msg,) in con.execute("PRAGMA integrity_check") if msg != "ok"
    ]
    if problems:
        return problems  # the invariants below would read a broken file
    for what, sql in _INVARIANTS:
        (n,) = con.execute(sql).fetchone()
        if n:
            problems.append(f"{n} row(s) break: {what}")
    settings = dict(con.execute("SELECT name, value FROM settings"))
    missing = sorted(set(index_settings(DedupOptions())) - set(settings))
    if missing:
        problems.append(f"settings missing: {', '.join(missing)}")
    try:
        bands, rows = int(settings["bands"]), int(settings["rows"])
    except (KeyError, ValueError):
        return [*problems, "settings: bands/rows missing or not numbers"]
    problems += _check_bands(con, bands, rows, chunk)
    problems += _check_sources(con, chunk)
    problems += _check_dicts(con)
    return problems


def _check_dicts(con: sqlite3.Connection) -> list[str]:
    """The index holds the zstd dictionaries its runs compress with, as the package has them
    (the blobs a run writes name them by id)."""
    stored = dict(con.execute("SELECT id, data FROM dicts"))
    return [
        f"zstd dictionary {dict_id:#x} {'missing' if dict_id not in stored else 'differs'}"
        for dict_id, data in dictionaries()
        if stored.get(dict_id) != data
    ]


def _fold(keys: np.ndarray, uids: np.ndarray) -> int:
    """An order-free digest of (band key, text) pairs: equal multisets, equal digests."""
    with np.errstate(over="ignore"):
        mixed = mix64(keys.astype(np.uint64) ^ mix64(uids.astype(np.uint64)))
    return int(np.bitwise_xor.reduce(mixed)) if len(mixed) else 0


def _check_bands(con: sqlite3.Connection, bands: int, rows: int, chunk: int) -> list[str]:
    """The stored keys are exactly those of the texts: the band keys of their signatures,
    their title and prefix keys."""
    want, want_n = 0, 0
    cur = con.execute("SELECT uid, sig, title_hash, prefix_hash FROM texts ORDER BY uid")
    while block := cur.fetchmany(chunk):
        keys, uids = text_keys(
            np.array([r[0] for r in block], dtype=np.int64),
            sig_rows(r[1] for r in block),
            as_hashes(r[2] for r in block),
            as_hashes(r[3] for r in block),
            bands,
            rows,
        )
        want ^= _fold(keys.view(np.uint64), uids)
        want_n += keys.size
    have, have_n = 0, 0
    cur = con.execute("SELECT key, uid FROM bands")
    while block := cur.fetchmany(chunk):
        arr = np.array(block, dtype=np.int64)
        have ^= _fold(arr[:, 0].view(np.uint64), arr[:, 1])
        have_n += len(arr)
    for keys, uids in bandlog.pairs(con):
        if len(keys) != len(uids):
            return ["a row of bands_log whose keys and texts differ in number"]
        have ^= _fold(keys.view(np.uint64), uids)
        have_n += len(keys)
    if (want, want_n) != (have, have_n):
        return [f"band keys do not match the texts ({have_n} stored, {want_n} expected)"]
    return []


def _check_sources(con: sqlite3.Connection, chunk: int) -> list[str]:
    """Each paper's row lists as many sources as it has copies."""
    cur = con.execute(
        "SELECT p.key, p.rest, (SELECT count(*) FROM texts t JOIN copies c ON c.uid = t.uid "
        "WHERE t.paper = p.key) FROM papers p"
    )
    bad = 0
    while block := cur.fetchmany(chunk):
        for _, rest, n in block:
            try:
                ok = len(unpack(rest)["sources"]) == n  # type: ignore[index]
            except (*UnpackError, KeyError, TypeError):
                ok = False
            bad += not ok
    return [f"{bad} paper(s) whose row does not list one source per copy"] if bad else []
