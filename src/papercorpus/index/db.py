"""The index file: one SQLite database (stdlib ``sqlite3``), its schema and its settings.

WAL mode, and every run is one ``BEGIN IMMEDIATE`` transaction: a crash, a Ctrl-C or a full
disk leaves the file exactly as it was before the run (SQLite rolls the unfinished
transaction back on the next open), readers (``index stats``/``export``) see the last
committed state while a run writes, and a second run waits for the first up to a bounded
time, then fails (``IndexBusy``).

Tables (``uid`` of a text and ``key`` of a paper are the global sequence number of their
first copy, so first-seen order is a plain integer order):

* ``papers``: one row per paper: its output ``id``, its surviving text and the rest of its
  merged output row as zstd-compressed JSON (everything but title and abstract, which are
  the survivor's).
* ``texts``: one row per distinct text (an exact-duplicate class): title and abstract
  (``body``: zstd-compressed JSON, ``codec``), flags, the OPH signature as a blob of 16-bit
  values, the title and abstract-prefix hashes, the arXiv id (indexed), the content key,
  and the paper it belongs to.
* ``copies``: every parsed copy: its text, file, line, the date as written out, its own arXiv
  id and its own fields (the record's ``meta``): the provenance, and what a rebuild re-reads.
* ``bands``: the LSH band keys of every signed text and the title and prefix keys of every
  text (``lookup``; a WITHOUT ROWID b-tree on key); the keys of recent runs wait in
  ``bands_log``, one row per run (its keys sorted, as a blob, so a run's random keys dirty a
  few pages, not the b-tree's leaves), until ``bandlog.MERGE_ROWS`` of them move into
  ``bands`` in one sorted pass.
* ``files``: file names, stored once. ``settings``: the parameters the index was built with.
* ``dicts``: the zstd dictionaries its blobs were compressed with (``codec``), so the file
  reads without the package that wrote it.
* ``tally``: the number of papers and of waiting band keys, kept by every run (SQLite counts
  rows by reading them all).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator

from . import codec
from .settings import INDEX_FORMAT, IndexSettingsError, check_settings, convert_hint

SCHEMA = """
CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE files (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE tally (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE papers (
    key INTEGER PRIMARY KEY, id TEXT NOT NULL, survivor INTEGER NOT NULL, rest BLOB NOT NULL
);
CREATE TABLE texts (
    uid INTEGER PRIMARY KEY, paper INTEGER NOT NULL, body BLOB NOT NULL, flags TEXT,
    sig BLOB, title_hash INTEGER, prefix_hash INTEGER, arxiv TEXT, content BLOB
);
CREATE INDEX texts_paper ON texts (paper);
CREATE INDEX texts_arxiv ON texts (arxiv) WHERE arxiv IS NOT NULL;
CREATE TABLE copies (
    seq INTEGER PRIMARY KEY, uid INTEGER NOT NULL, file INTEGER NOT NULL,
    line INTEGER NOT NULL, date TEXT, date_raw TEXT, arxiv TEXT, meta BLOB
);
CREATE INDEX copies_uid ON copies (uid);
CREATE INDEX copies_file ON copies (file, line);
CREATE TABLE bands (key INTEGER NOT NULL, uid INTEGER NOT NULL, PRIMARY KEY (key, uid))
    WITHOUT ROWID;
CREATE TABLE bands_log (run INTEGER PRIMARY KEY, keys BLOB NOT NULL, uids BLOB NOT NULL);
CREATE TABLE dicts (id INTEGER PRIMARY KEY, data BLOB NOT NULL);
"""

# The page cache of a run (KiB).
CACHE_KB = 128 << 10
# Pages are read through a memory map of the file's first MMAP_BYTES (``PRAGMA mmap_size``),
# not one ``pread`` each: a run opens the file afresh and reads ~3.7k pages (cold ``bands``
# leaves, texts, the log), and those syscalls were ~12% of a day's CPU (two slices of days on
# the 200-day index, three pairs each: CPU -5% and -7%, system time -25%). Capped, because
# Linux maps ~16 pages around each page a lookup faults in and those count in the run's RSS
# (uncapped, one day against the 1M-paper index went 171 -> 761 MB): at most MMAP_BYTES
# more. Reads only: pages are written to the WAL by ``pwrite`` as before.
MMAP_BYTES = 128 << 20
# Seconds a run waits for another run on the same index before it gives up.
DEFAULT_WAIT = 60.0


class IndexError_(Exception):  # noqa: N801 - ``IndexError`` is a builtin
    """The index cannot be used as asked (a data failure: exit 1)."""


class IndexBusy(IndexError_):
    """Another run holds the index for longer than we were allowed to wait."""


class IndexCorrupt(IndexError_):
    """The file is not an index (or not a readable one)."""


def connect(path: str | os.PathLike[str], wait: float = DEFAULT_WAIT) -> sqlite3.Connection:
    """An autocommit connection (transactions are explicit) that waits ``wait`` seconds for
    a lock held by another run."""
    try:
        con = sqlite3.connect(os.fspath(path), timeout=wait, isolation_level=None)
        con.execute("PRAGMA journal_mode=WAL")
        # WAL with synchronous=NORMAL: a crash of the program never loses a committed run
        # and never corrupts; a power cut may lose the last run, never consistency.
        con.execute("PRAGMA synchronous=NORMAL")
        # A run's changes stay in memory until the commit: new band keys land in random
        # leaves of the band b-tree, and with SQLite's 2 MB default each insert would evict
        # (and write to the WAL) a page it dirtied. Pages are only cached once touched, so
        # memory still grows with the run, not with the index.
        con.execute(f"PRAGMA cache_size=-{CACHE_KB}")
        con.execute("PRAGMA temp_store=MEMORY")  # the lookups' key tables: no temp files
        con.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    except sqlite3.OperationalError as exc:
        raise _worded(exc, path, wait) from None
    except sqlite3.DatabaseError as exc:
        raise IndexCorrupt(f"{path}: not a papercorpus index ({exc})") from None
    return con


def _worded(exc: sqlite3.DatabaseError, path: object, wait: float) -> IndexError_:
    """An SQLite error as the index's own: busy when another run holds the lock, else
    corrupt (naming the file)."""
    busy = "locked" in str(exc) or "busy" in str(exc)
    if isinstance(exc, sqlite3.OperationalError) and busy:
        return IndexBusy(
            f"{path}: in use by another run; gave up after waiting {wait:g} s "
            "(raise --index-wait to wait longer)"
        )
    return IndexCorrupt(f"{path}: {exc}")


def is_index(con: sqlite3.Connection) -> bool:
    row = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='settings'")
    return row.fetchone() is not None


@contextlib.contextmanager
def writing(
    path: str | os.PathLike[str], settings: dict[str, str], wait: float = DEFAULT_WAIT
) -> Iterator[sqlite3.Connection]:
    """The index at ``path`` (created when missing), locked for writing for the duration of
    the block; committed when the block ends normally, rolled back otherwise. A new index
    records ``settings``; an existing one must have been built with the same ones
    (``IndexSettingsError`` otherwise)."""
    con = connect(path, wait)
    try:
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _worded(exc, path, wait) from None
        try:
            if is_index(con):
                check_settings(path, read_settings(con), settings)
                # Indexes made before re-adding a file was recognised lack it (built once).
                con.execute("CREATE INDEX IF NOT EXISTS copies_file ON copies (file, line)")
                register_dicts(con)
            else:
                _create(con, settings)
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    except sqlite3.DatabaseError as exc:
        raise _worded(exc, path, wait) from None
    finally:
        con.close()


@contextlib.contextmanager
def reading(
    path: str | os.PathLike[str], wait: float = DEFAULT_WAIT, any_format: bool = False
) -> Iterator[sqlite3.Connection]:
    """The index at ``path`` as of its last committed run (a read transaction: a run
    committing meanwhile is not seen half-way). Unless ``any_format`` (export and rebuild
    read every format), an index of another format is refused (``IndexCorrupt``) with the
    way to convert it."""
    if not os.path.exists(path):
        raise IndexCorrupt(f"{path}: no such index")
    con = connect(path, wait)
    try:
        try:
            if not is_index(con):
                raise IndexCorrupt(f"{path}: not a papercorpus index")
            fmt = read_settings(con).get("index_format")
            if not any_format and fmt != INDEX_FORMAT:
                raise IndexCorrupt(
                    f"{path}: index format {fmt}, this version reads format {INDEX_FORMAT}: "
                    f"convert it with {convert_hint(fmt, path)}"
                )
            con.execute("BEGIN")
            register_dicts(con)
            yield con
            con.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            raise _worded(exc, path, wait) from None
    finally:
        con.close()


def _create(con: sqlite3.Connection, settings: dict[str, str]) -> None:
    for statement in SCHEMA.split(";"):
        if statement.strip():
            con.execute(statement)
    con.executemany("INSERT INTO settings VALUES (?, ?)", sorted(settings.items()))
    create_dicts(con)
    con.execute("INSERT INTO tally VALUES ('papers', 0)")
    con.execute("INSERT INTO tally VALUES ('bands_log', 0)")


def create_dicts(con: sqlite3.Connection) -> None:
    """The ``dicts`` table, holding the package's dictionaries (a new index, ``migrate``)."""
    con.execute("CREATE TABLE IF NOT EXISTS dicts (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    con.executemany("INSERT OR IGNORE INTO dicts VALUES (?, ?)", codec.dictionaries())


def register_dicts(con: sqlite3.Connection) -> None:
    """The index's dictionaries made readable (``codec.register``; formats 1-4 have none)."""
    table = con.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='dicts'")
    if table.fetchone() is None:
        return
    for (dict_id,) in con.execute("SELECT id FROM dicts ORDER BY id").fetchall():
        if not codec.known(dict_id):  # only then read it (the package's are ~48 KB)
            (data,) = con.execute("SELECT data FROM dicts WHERE id = ?", (dict_id,)).fetchone()
            codec.register(dict_id, data)


def read_settings(con: sqlite3.Connection) -> dict[str, str]:
    return dict(con.execute("SELECT name, value FROM settings ORDER BY name"))


__all__ = [
    "DEFAULT_WAIT",
    "IndexBusy",
    "IndexCorrupt",
    "IndexError_",
    "IndexSettingsError",
    "connect",
    "read_settings",
    "reading",
    "writing",
]
