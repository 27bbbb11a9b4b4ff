"""The band keys of recent runs: one row of ``bands_log`` per run, until they move into the
``bands`` b-tree.

A run's ~32 band keys per new text are random. Inserted into a b-tree (``bands``, or the
small ``bands_new`` of format 2) they land in random leaves and dirty most of its pages:
each run wrote ~450 of its ~850 WAL pages for them, and probed two b-trees per key. Here a
run appends its keys as one row (the keys sorted, with their texts: two blobs of 64-bit
integers, ~12 pages for a listing day), and a lookup reads the rows (at most ``MERGE_ROWS``
keys, ~4 MB) and searches each in memory. Once ``MERGE_ROWS`` keys wait, they move into
``bands`` in one pass in key order (each of its leaves dirtied once).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import numpy as np

# Waiting band keys that trigger the move into ``bands``.
MERGE_ROWS = 1 << 18


def _rows(con: sqlite3.Connection) -> Iterator[tuple[int, np.ndarray, np.ndarray]]:
    for run, keys, uids in con.execute("SELECT run, keys, uids FROM bands_log ORDER BY run"):
        yield run, np.frombuffer(keys, dtype="<i8"), np.frombuffer(uids, dtype="<i8")


class Log:
    """The log's keys as one run reads them: every row's sorted keys back to back (``starts``:
    where each row's begin, ``runs``: its number) with their top bits for ``hits``' bitmap,
    computed once however many times the run probes."""

    def __init__(self, rows: list[tuple[int, np.ndarray]]) -> None:
        self.runs = [run for run, _ in rows]
        sizes = [len(keys) for _, keys in rows]
        self.starts = np.cumsum([0, *sizes])
        self.keys = np.concatenate([k for _, k in rows]) if rows else np.empty(0, np.int64)
        self.top = _top(self.keys)


def rows(con: sqlite3.Connection) -> Log:
    """The log's keys (``Log``), for ``hits``."""
    return Log(
        [
            (run, np.frombuffer(keys, dtype="<i8"))
            for run, keys in con.execute("SELECT run, keys FROM bands_log ORDER BY run")
        ]
    )


def hits(
    con: sqlite3.Connection,
    probe: np.ndarray,
    log: Log | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The (key, text) pairs waiting in the log whose key is one of ``probe`` (sorted), in
    the log's order; ``log``: its ``rows``, when read already.

    Each key of the log is first tested against a bitmap of the probes' top bits (a day's
    ~6k probes set ~0.6% of its 2^20 bits), and only the few that pass are searched among
    the probes: 3-6x less than searching every key (the other way round, each probe's
    binary search in a full log's 2 MB of keys, was slower still: out of the CPU cache). A
    row's texts are read only when one of its keys is hit."""
    if not len(probe):
        return np.empty(0, np.int64), np.empty(0, np.int64)
    if log is None:
        log = rows(con)
    bits = np.zeros(1 << _BITS, dtype=bool)
    bits[_top(probe)] = True
    maybe = np.flatnonzero(bits[log.top])
    found = log.keys[maybe]
    at = np.minimum(np.searchsorted(probe, found), len(probe) - 1)
    hit = maybe[probe[at] == found]
    if not len(hit):
        return np.empty(0, np.int64), np.empty(0, np.int64)
    row_of = np.searchsorted(log.starts, hit, side="right") - 1
    us = []
    for r in np.unique(row_of).tolist():
        (uids,) = con.execute("SELECT uids FROM bands_log WHERE run = ?", (log.runs[r],)).fetchone()
        us.append(np.frombuffer(uids, dtype="<i8")[hit[row_of == r] - log.starts[r]])
    return log.keys[hit].astype(np.int64), np.concatenate(us).astype(np.int64)


# The bitmap of ``hits``: keys are 48-bit (``lookup``), its bits their top 20.
_BITS = 20
_SHIFT = 48 - _BITS


def _top(keys: np.ndarray) -> np.ndarray:
    return (keys >> _SHIFT) & ((1 << _BITS) - 1)


def waiting(con: sqlite3.Connection) -> int:
    """The number of band keys in the log (kept in ``tally``)."""
    (n,) = con.execute("SELECT n FROM tally WHERE name = 'bands_log'").fetchone()
    return int(n)


def _add_waiting(con: sqlite3.Connection, n: int) -> None:
    con.execute("UPDATE tally SET n = n + ? WHERE name = 'bands_log'", (n,))


def append(con: sqlite3.Connection, keys: np.ndarray, uids: np.ndarray) -> None:
    """Log the band ``keys`` of the texts ``uids`` (pair for pair), then move the log into
    ``bands`` once it holds ``MERGE_ROWS`` keys."""
    if not len(keys):
        return
    order = np.lexsort((uids, keys))
    con.execute(
        "INSERT INTO bands_log (keys, uids) VALUES (?, ?)",
        (keys[order].astype("<i8").tobytes(), uids[order].astype("<i8").tobytes()),
    )
    _add_waiting(con, len(keys))
    if waiting(con) >= MERGE_ROWS:
        merge(con)


def merge(con: sqlite3.Connection) -> None:
    """Move the waiting band keys into ``bands``, in key order (each leaf dirtied once)."""
    rows = list(_rows(con))
    if rows:
        keys = np.concatenate([k for _, k, _ in rows])
        uids = np.concatenate([u for _, _, u in rows])
        order = np.lexsort((uids, keys))
        _insert_pairs(con, keys[order], uids[order])
    con.execute("DELETE FROM bands_log")
    con.execute("UPDATE tally SET n = 0 WHERE name = 'bands_log'")


# Pairs per INSERT of a move: one statement binds MOVE_ROWS of them. Row by row
# (``executemany`` of one pair) the statement's per-row step, reset and binding cost more
# than the b-tree insert: 179k pairs into a 1.06M-key ``bands`` took 396-417 ms CPU, 164-270
# in statements of 64 or 512 pairs (one JSON array per move was slower still: 0.25 against
# 0.20 s for 262k pairs). The rows and their order are the same, so is the b-tree.
MOVE_ROWS = 256


def _insert_pairs(con: sqlite3.Connection, keys: np.ndarray, uids: np.ndarray) -> None:
    """Insert the (key, text) pairs into ``bands``, in their order, MOVE_ROWS a statement."""
    flat = np.empty(2 * len(keys), dtype=np.int64)
    flat[0::2], flat[1::2] = keys, uids
    values = flat.tolist()
    full, step = len(keys) // MOVE_ROWS, 2 * MOVE_ROWS
    sql = "INSERT OR IGNORE INTO bands VALUES " + ",".join(["(?, ?)"] * MOVE_ROWS)
    con.executemany(sql, (values[i * step : (i + 1) * step] for i in range(full)))
    if rest := len(keys) - full * MOVE_ROWS:
        sql = "INSERT OR IGNORE INTO bands VALUES " + ",".join(["(?, ?)"] * rest)
        con.execute(sql, values[full * step :])


def forget(con: sqlite3.Connection, gone: np.ndarray) -> None:
    """Drop the logged keys of the texts ``gone`` (removed from the index): the rows that
    hold any are written again without them."""
    if not len(gone):
        return
    for run, keys, uids in list(_rows(con)):
        drop = np.isin(uids, gone)
        if not drop.any():
            continue
        keep = ~drop
        if keep.any():
            con.execute(
                "UPDATE bands_log SET keys = ?, uids = ? WHERE run = ?",
                (keys[keep].tobytes(), uids[keep].tobytes(), run),
            )
        else:
            con.execute("DELETE FROM bands_log WHERE run = ?", (run,))
        _add_waiting(con, -int(drop.sum()))


def pairs(con: sqlite3.Connection) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Every logged (keys, texts), a run at a time."""
    for _, keys, uids in _rows(con):
        yield keys, uids


def count(con: sqlite3.Connection) -> int:
    """The keys in the log, counted from the rows (``verify``; ``waiting`` is the tally)."""
    (n,) = con.execute("SELECT coalesce(sum(length(keys)), 0) / 8 FROM bands_log").fetchone()
    return int(n)
