"""``index migrate``: an index of format 3 or 4 converted in place to format 5, its clusters
and rows kept as they are (``index rebuild`` re-derives them, and converts formats 1 and 2).

Format 4 differs from 3 in what can be derived from the stored texts alone: the content key
of each text (``keys.key_batch``, as a run stores it) and the title and prefix keys, which
move from two indexes on ``texts`` into the band key space (``lookup``). Format 5 adds the
``dicts`` table (the zstd dictionaries of the blobs it writes). Blobs stay as they are: zlib
and zstd ones with or without a dictionary read alike (``codec``). One transaction: a crash
leaves the index of the format it was.
"""

from __future__ import annotations

import os
import sqlite3

import numpy as np

from ..keys import key_batch
from ..records import Record, Source
from ..sketch.signatures import EMPTY, NUM_BINS, SIG_DTYPE
from . import db
from .codec import unpack_text
from .lookup import as_hashes, json_list, text_keys
from .settings import INDEX_FORMAT, MIGRATES, package_version

# Texts keyed at a time (their text in memory meanwhile).
_CHUNK = 20_000
# Keys inserted into ``bands`` per statement.
_INSERT = 1 << 18


def migrate(path: str | os.PathLike[str], wait: float = db.DEFAULT_WAIT) -> int:
    """Convert the index at ``path`` to the current format: the number of texts converted
    (0: it was of this format already; from format 4, whose texts stay as they are, all).
    ``IndexCorrupt`` for a format only ``index rebuild`` converts."""
    if not os.path.exists(path):
        raise db.IndexCorrupt(f"{path}: no such index")
    con = db.connect(path, wait)
    try:
        try:
            con.execute("BEGIN IMMEDIATE")
            if not db.is_index(con):
                raise db.IndexCorrupt(f"{path}: not a papercorpus index")
            settings = db.read_settings(con)
            fmt = settings.get("index_format")
            if fmt == INDEX_FORMAT:
                con.execute("ROLLBACK")
                return 0
            if fmt not in MIGRATES:
                raise db.IndexCorrupt(
                    f"{path}: index format {fmt}: `papercorpus index rebuild {path}` converts it"
                )
            if fmt == "3":
                n = _convert(con, int(settings["bands"]), int(settings["rows"]))
            else:
                (n,) = con.execute("SELECT count(*) FROM texts").fetchone()
            db.create_dicts(con)
            con.executemany(
                "UPDATE settings SET value = ? WHERE name = ?",
                [(INDEX_FORMAT, "index_format"), (package_version(), "package_version")],
            )
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        raise db._worded(exc, path, wait) from None
    finally:
        con.close()
    return n


def _convert(con: sqlite3.Connection, bands: int, rows: int) -> int:
    con.execute("ALTER TABLE texts ADD COLUMN content BLOB")
    con.execute("DROP INDEX IF EXISTS texts_title")
    con.execute("DROP INDEX IF EXISTS texts_prefix")
    contents: list[tuple[bytes, int]] = []
    keys, owners = [], []
    cur = con.execute("SELECT uid, body, title_hash, prefix_hash FROM texts ORDER BY uid")
    while block := cur.fetchmany(_CHUNK):
        uids = np.array([r[0] for r in block], dtype=np.int64)
        records = [Record(*unpack_text(r[1]), Source("", 0)) for r in block]
        contents += zip(key_batch(records).content, uids.tolist(), strict=True)
        k, u = text_keys(
            uids,
            np.full((len(block), NUM_BINS), EMPTY, dtype=SIG_DTYPE),  # band keys stay
            as_hashes(r[2] for r in block),
            as_hashes(r[3] for r in block),
            bands,
            rows,
        )
        keys.append(k)
        owners.append(u)
    con.executemany("UPDATE texts SET content = ? WHERE uid = ?", contents)
    if keys:
        k, u = np.concatenate(keys), np.concatenate(owners)
        order = np.lexsort((u, k))  # in key order: each leaf of ``bands`` written once
        pairs = np.stack([k[order], u[order]], axis=1)
        for i in range(0, len(pairs), _INSERT):
            con.execute(
                "INSERT OR IGNORE INTO bands SELECT json_extract(value, '$[0]'), "
                "json_extract(value, '$[1]') FROM json_each(?)",
                (json_list(pairs[i : i + _INSERT]),),
            )
    return len(contents)
