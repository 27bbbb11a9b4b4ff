"""Reading and writing the index's tables: the lookups a run makes, the papers it loads and
replaces, and the rows export and verify read.

Every lookup goes through a temporary table of the new records' keys joined against an
indexed column, so a run costs O(new records + the papers they touch), never O(corpus). The
joins are CROSS JOINs, which SQLite never reorders: without statistics its planner may
otherwise scan a large table (all texts, to probe a column that is mostly NULL) instead of
the few keys.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import orjson

from ..dates import pin_date
from ..records import Record, Source
from ..sketch.signatures import EMPTY, SIG_DTYPE
from . import bandlog
from .codec import UnpackError, pack, pack_text, unpack, unpack_fields, unpack_text
from .lookup import as_hashes, json_list, sig_rows, text_keys


def signed(values: np.ndarray) -> list[int | None]:
    """uint64 hashes as SQLite integers (0 means none: NULL)."""
    return [v or None for v in np.asarray(values, dtype=np.uint64).view(np.int64).tolist()]


def _temp(con: sqlite3.Connection, name: str, values: Iterable[object] | np.ndarray) -> None:
    """A temporary table ``name (v)`` of the distinct ``values``, in their order, made in
    one statement from a JSON array (half the time of inserting row by row: a day's band
    keys are ~16k)."""
    con.execute(f"DROP TABLE IF EXISTS temp.{name}")
    array = values if isinstance(values, np.ndarray) else list(values)
    con.execute(
        f"CREATE TEMP TABLE {name} AS SELECT DISTINCT value AS v FROM json_each(?)",
        (orjson.dumps(array, option=orjson.OPT_SERIALIZE_NUMPY).decode(),),
    )


def content(record: Record) -> tuple[object, ...]:
    """What a copy says, apart from where and when it was read: with its file and line, the
    identity of a copy (re-adding the same file adds nothing)."""
    meta = orjson.dumps(record.meta) if record.meta else b""
    return (record.title, record.abstract, record.arxiv_id, tuple(record.flags), meta)


def stored_at(
    con: sqlite3.Connection, places: Iterable[tuple[str, int]]
) -> set[tuple[str, int, tuple[object, ...]]]:
    """``(file, line, content)`` of the stored copies read at one of ``places`` (file name,
    line). Only files the index has seen are looked up (``copies_file``): a day of new
    files costs one probe of ``files`` per file."""
    by_file: dict[str, list[int]] = {}
    for name, line in places:
        by_file.setdefault(name, []).append(line)
    sql = "SELECT f.name, f.id FROM json_each(?) j CROSS JOIN files f ON f.name = j.value"
    known = dict(con.execute(sql, (json_list(list(by_file)),)))
    if not known:
        return set()
    con.execute("CREATE TEMP TABLE IF NOT EXISTS q_at (file INTEGER, line INTEGER)")
    con.execute("DELETE FROM q_at")
    con.executemany(
        "INSERT INTO q_at VALUES (?, ?)",
        ((known[name], line) for name, lines in by_file.items() if name in known
         for line in lines),
    )  # fmt: skip
    rows = con.execute(
        "SELECT f.name, c.line, t.body, c.arxiv, t.flags, c.meta FROM q_at q "
        "CROSS JOIN copies c ON c.file = q.file AND c.line = q.line "
        "JOIN texts t ON t.uid = c.uid JOIN files f ON f.id = c.file"
    )
    out = set()
    for name, line, body, arxiv, flags, meta in rows:
        title, abstract = unpack_text(body)
        fields = unpack(meta) if meta else None
        record = Record(
            title, abstract, Source(name, line), arxiv, tuple(orjson.loads(flags)) if flags else (),
            fields if isinstance(fields, dict) else {},
        )  # fmt: skip
        out.add((name, line, content(record)))
    return out


@dataclass(frozen=True)
class StoredKeys:
    """The dedup keys a signed text was stored with (``keys.key_batch`` of its first copy):
    a stored copy read back with them is not keyed again."""

    content: bytes
    sig: bytes  # little-endian 16-bit values
    title_hash: int | None
    prefix_hash: int | None


@dataclass(frozen=True)
class StoredCopy:
    seq: int
    uid: int
    paper: int
    record: Record
    keys: StoredKeys | None = None  # None: key it again (a weak text, or an older format)


_COPY_COLUMNS = (
    "c.seq, t.uid, t.paper, t.body, t.flags, f.name, c.line, c.date, c.date_raw, c.arxiv, c.meta"
)
# The stored keys of a copy's text (format 4), after ``_COPY_COLUMNS``.
_KEY_COLUMNS = "t.content, t.sig, t.title_hash, t.prefix_hash"


def _stored_copies(
    rows: Iterable[tuple],  # type: ignore[type-arg]
    text: Callable[[bytes], tuple[str, str]] = unpack_text,
    fields: Callable[[bytes], dict[str, object]] = unpack_fields,
    with_keys: bool = False,
) -> Iterator[StoredCopy]:
    """Rows of ``_COPY_COLUMNS`` as the records they were parsed as (``text`` and ``fields``
    decode the body and the fields as stored), ``with_keys``: followed by ``_KEY_COLUMNS``."""
    loads = orjson.loads
    # A text's copies share one body and one set of keys.
    last: tuple[int, tuple[str, str], StoredKeys | None] = (-1, ("", ""), None)
    for seq, uid, paper, body, flags, file, line, date, date_raw, arxiv, meta, *keys in rows:
        if uid != last[0]:
            stored = None
            if with_keys and keys[0] is not None and keys[1] is not None:
                stored = StoredKeys(*keys)
            last = (uid, text(body), stored)
        title, abstract = last[1]
        record = Record(
            title,
            abstract,
            Source(file, line, pin_date(date, date_raw)),
            arxiv,
            tuple(loads(flags)) if flags else (),
            fields(meta) if meta else {},
        )
        yield StoredCopy(seq, uid, paper, record, last[2])


def load_copies(con: sqlite3.Connection, papers: Sequence[int]) -> list[StoredCopy]:
    """Every copy of ``papers`` as the record it was parsed as (its text's title, abstract
    and flags, its own arXiv id and fields), in first-seen order, with the keys of its text
    when it is signed. The date is the one the copy was written out with
    (``dates.pin_date``), so it renders the same again."""
    if not papers:
        return []
    rows = con.execute(
        f"SELECT {_COPY_COLUMNS}, {_KEY_COLUMNS} FROM json_each(?) j "
        "CROSS JOIN texts t ON t.paper = j.value CROSS JOIN copies c ON c.uid = t.uid "
        "CROSS JOIN files f ON f.id = c.file ORDER BY c.seq",
        (json_list(papers),),
    )
    return list(_stored_copies(rows, with_keys=True))


def iter_copies(con: sqlite3.Connection, batch: int) -> Iterator[list[StoredCopy]]:
    """Every stored copy, in first-seen order, ``batch`` at a time (a scan of ``copies``
    in its own order: memory holds one batch, not the index). Reads every index format:
    format 1 kept title and abstract as plain columns, and the first ones plain JSON fields
    (what ``index rebuild`` converts)."""
    columns = _COPY_COLUMNS
    text: Callable[[bytes], tuple[str, str]] = unpack_text
    fields: Callable[[bytes], dict[str, object]] = unpack_fields
    if _plain_texts(con):
        columns = columns.replace("t.body", "json_array(t.title, t.abstract)")
        text, fields = orjson.loads, _unpack_any
    cur = con.execute(
        f"SELECT {columns} FROM copies c CROSS JOIN texts t ON t.uid = c.uid "
        "CROSS JOIN files f ON f.id = c.file ORDER BY c.seq"
    )
    while block := cur.fetchmany(batch):
        yield list(_stored_copies(block, text, fields))


def _plain_texts(con: sqlite3.Connection) -> bool:
    """Format 1: title and abstract as plain columns (no ``body``)."""
    return "body" not in {name for _, name, *_ in con.execute("PRAGMA table_info(texts)")}


def _unpack_any(blob: bytes | str) -> dict[str, object]:
    """Fields as format 1 stored them: zlib-compressed JSON, or (its first files) JSON."""
    try:
        return unpack_fields(blob)  # type: ignore[arg-type]
    except (*UnpackError, TypeError):
        return orjson.loads(blob)


def paper_rows(con: sqlite3.Connection, papers: Sequence[int]) -> dict[int, dict[str, object]]:
    """The stored output rows of ``papers`` (as export writes them)."""
    rows = con.execute(
        "SELECT p.key, p.id, t.body, p.rest FROM json_each(?) j "
        "CROSS JOIN papers p ON p.key = j.value CROSS JOIN texts t ON t.uid = p.survivor",
        (json_list(papers),),
    )
    return {key: row_object(i, body, rest) for key, i, body, rest in rows}


def paper_rows_survivors(
    con: sqlite3.Connection, papers: Sequence[int]
) -> dict[int, tuple[dict[str, object], int]]:
    """``paper_rows`` with each paper's surviving text (its uid), in one query: a second
    query over the same papers read their rows' pages twice."""
    rows = con.execute(
        "SELECT p.key, p.id, t.body, p.rest, p.survivor FROM json_each(?) j "
        "CROSS JOIN papers p ON p.key = j.value CROSS JOIN texts t ON t.uid = p.survivor",
        (json_list(papers),),
    )
    return {key: (row_object(i, body, rest), uid) for key, i, body, rest, uid in rows}


def row_object(
    id_: str, body: bytes, rest: bytes, text: Callable[[bytes], tuple[str, str]] = unpack_text
) -> dict[str, object]:
    """A paper's output row from its stored parts (``body``: the survivor's text, read by
    ``text``): the rest of the row holds ``abstract`` only when it is not the survivor's (a
    junk abstract written as ``""``)."""
    title, abstract = text(body)
    fields = unpack(rest)
    assert isinstance(fields, dict)
    abstract = fields.pop("abstract", abstract)
    return {"id": id_, "title": title, "abstract": abstract, **fields}


def _delete_texts(con: sqlite3.Connection, uids: Sequence[int], bands: int, rows: int) -> None:
    """Remove texts with their copies and keys (found again from their signatures and
    hashes: the ``bands`` b-tree is keyed by the key)."""
    if not uids:
        return
    _temp(con, "q_uid", uids)
    con.execute("DELETE FROM copies WHERE uid IN (SELECT v FROM q_uid)")
    stored = con.execute(
        "SELECT t.uid, t.sig, t.title_hash, t.prefix_hash FROM q_uid q JOIN texts t ON t.uid = q.v"
    ).fetchall()
    if stored:
        keys, owners = text_keys(
            np.array([r[0] for r in stored], dtype=np.int64),
            sig_rows([r[1] for r in stored]),
            as_hashes(r[2] for r in stored),
            as_hashes(r[3] for r in stored),
            bands,
            rows,
        )
        con.executemany(
            "DELETE FROM bands WHERE key = ? AND uid = ?",
            zip(keys.tolist(), owners.tolist(), strict=True),
        )
        bandlog.forget(con, np.array([r[0] for r in stored], dtype=np.int64))
    con.execute("DELETE FROM texts WHERE uid IN (SELECT v FROM q_uid)")


def next_seq(con: sqlite3.Connection) -> int:
    (top,) = con.execute("SELECT max(seq) FROM copies").fetchone()
    return 0 if top is None else top + 1


def file_ids(con: sqlite3.Connection, names: Iterable[str]) -> dict[str, int]:
    out = {}
    for name in dict.fromkeys(names):
        con.execute("INSERT OR IGNORE INTO files (name) VALUES (?)", (name,))
        (out[name],) = con.execute("SELECT id FROM files WHERE name = ?", (name,)).fetchone()
    return out


@dataclass
class TextRow:
    uid: int
    paper: int
    record: Record  # the text's first copy
    sig: np.ndarray  # uint16 (bins,), all EMPTY when the text has none
    title_hash: int | None
    prefix_hash: int | None
    arxiv: str | None
    content: bytes  # the content key (``keys.KeyedBatch.content``)


@dataclass
class CopyRow:
    seq: int
    uid: int
    record: Record
    date: str | None
    date_raw: str | None


def replace(
    con: sqlite3.Connection,
    touched: Sequence[int],
    known: Sequence[StoredCopy],
    papers: Sequence[tuple[int, str, int, bytes]],
    texts: Sequence[TextRow],
    copies: Sequence[CopyRow],
    bands: int,
    rows: int,
) -> None:
    """Replace the ``touched`` papers (whose copies are ``known``) by ``papers`` with their
    ``texts`` and ``copies``. A stored text or copy that comes back unchanged is left where
    it is (only its paper is updated), so a run writes O(new copies + touched papers), not
    all the band keys of every touched paper again."""
    stored_copy = {k.seq: k.uid for k in known}
    stored_text = {k.uid: k.paper for k in known}
    kept_texts = {t.uid for t in texts if t.uid in stored_text}
    _delete_texts(con, sorted(set(stored_text) - kept_texts), bands, rows)
    if touched:
        con.execute(
            "DELETE FROM papers WHERE key IN (SELECT value FROM json_each(?))",
            (json_list(touched),),
        )
    con.executemany("INSERT INTO papers VALUES (?, ?, ?, ?)", papers)
    con.execute("UPDATE tally SET n = n + ? WHERE name = 'papers'", (len(papers) - len(touched),))
    con.executemany(
        "UPDATE texts SET paper = ? WHERE uid = ?",
        ((t.paper, t.uid) for t in texts if t.uid in kept_texts and stored_text[t.uid] != t.paper),
    )
    dumps = orjson.dumps
    fresh = [t for t in texts if t.uid not in kept_texts]
    con.executemany(
        "INSERT INTO texts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                t.uid,
                t.paper,
                pack_text(t.record.title, t.record.abstract),
                dumps(list(t.record.flags)).decode() if t.record.flags else None,
                t.sig.astype("<u2").tobytes() if t.sig[0] != EMPTY else None,
                t.title_hash,
                t.prefix_hash,
                t.arxiv,
                t.content,
            )  # fmt: skip
            for t in fresh
        ),
    )
    con.executemany(
        "UPDATE copies SET uid = ? WHERE seq = ?",
        ((c.uid, c.seq) for c in copies if c.seq in stored_copy and stored_copy[c.seq] != c.uid),
    )
    added = [c for c in copies if c.seq not in stored_copy]
    ids = file_ids(con, (c.record.source.file for c in added))
    con.executemany(
        "INSERT OR REPLACE INTO copies VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                c.seq,
                c.uid,
                ids[c.record.source.file],
                c.record.source.line,
                c.date,
                c.date_raw,
                c.record.arxiv_id,
                pack(c.record.meta) if c.record.meta else None,
            )
            for c in added
        ),  # fmt: skip
    )
    if fresh:
        keys, owners = text_keys(
            np.array([t.uid for t in fresh], dtype=np.int64),
            np.stack([t.sig for t in fresh]),
            as_hashes(t.title_hash for t in fresh),
            as_hashes(t.prefix_hash for t in fresh),
            bands,
            rows,
        )
        bandlog.append(con, keys, owners)


def export_rows(con: sqlite3.Connection, batch: int = 4096) -> Iterator[list[dict[str, object]]]:
    """Every paper's output row, in first-seen order, a batch at a time (any format)."""
    plain = _plain_texts(con)
    body = "json_array(t.title, t.abstract)" if plain else "t.body"
    cur = con.execute(
        f"SELECT p.id, {body}, p.rest FROM papers p "
        "JOIN texts t ON t.uid = p.survivor ORDER BY p.key"
    )
    text = orjson.loads if plain else unpack_text
    while block := cur.fetchmany(batch):
        yield [row_object(id_, body, rest, text) for id_, body, rest in block]


def paper_count(con: sqlite3.Connection) -> int:
    """The number of papers, without reading them (``tally``)."""
    (n,) = con.execute("SELECT n FROM tally WHERE name = 'papers'").fetchone()
    return n


def counts(con: sqlite3.Connection) -> dict[str, int]:
    """Rows per table (reads every table: O(index))."""
    out = {}
    for table in ("papers", "texts", "copies", "files", "bands"):
        (out[table],) = con.execute(f"SELECT count(*) FROM {table}").fetchone()
    out["bands"] += bandlog.count(con)
    return out


def stored_signatures(con: sqlite3.Connection) -> Iterator[tuple[int, np.ndarray]]:
    for uid, blob in con.execute("SELECT uid, sig FROM texts WHERE sig IS NOT NULL ORDER BY uid"):
        yield uid, np.frombuffer(blob, dtype="<u2").astype(SIG_DTYPE)


def all_papers(con: sqlite3.Connection) -> list[int]:
    return [k for (k,) in con.execute("SELECT key FROM papers ORDER BY key")]
