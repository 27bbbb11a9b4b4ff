"""Finding the stored texts that share a candidate key with today's records.

Every hashed key a text is found by goes in one key space (``bands``, a WITHOUT ROWID
b-tree on the key, and the waiting keys of recent runs in ``bands_log``): its LSH band keys
and, since format 4, its title key and abstract-prefix key (the title and prefix hashes
mixed with a salt of their own, 48 bits like the band keys). Those hashes are random: as
indexes on ``texts`` they were inserted into random leaves, ~2/3 of the pages a listing day
wrote (each written to the WAL and checkpointed again); in the log a run appends them as
one row. A 48-bit key can collide with another key, so a text found by its title or prefix
key is kept only when its stored hash is one of the probed ones: the lookup finds exactly
the texts whose title or prefix hash equals a new record's. arXiv ids (mostly increasing:
appended) keep their index on ``texts``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

import numpy as np
import orjson

from ..dedup.candidates import band_keys
from ..sketch.shingles import mix64
from ..sketch.signatures import EMPTY, NUM_BINS, SIG_DTYPE, estimate_jaccard
from . import bandlog

_BAND_MIX = np.uint64(0x9E3779B97F4A7C15)
_TITLE_SALT = np.uint64(0x5469746C654B6579)
_PREFIX_SALT = np.uint64(0x5072656669784B79)
# Texts of one band key a lookup reads at most (the engine's big-bucket size).
_BUCKET = 64


def band_columns(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Per row of ``sig`` its ``bands`` band keys as signed 64-bit ints (SQLite's integers):
    the packed band values (``candidates.band_keys``) mixed with their band's number, so one
    b-tree holds every band and equal keys mean the same band agreed. The top 48 bits are
    kept: SQLite stores them in 6 bytes instead of 8 (64 bytes a text over 32 bands), and
    with 2^48 values a million texts' 32M keys still collide with a new key less than once
    in 8 million lookups (a collision only proposes a paper, which the engine rejects)."""
    keys = band_keys(sig, bands, rows)
    with np.errstate(over="ignore"):
        mixed = mix64(keys + _BAND_MIX * np.arange(1, bands + 1, dtype=np.uint64))
    return (mixed >> np.uint64(16)).view(np.int64)


def _hash_keys(hashes: np.ndarray, salt: np.uint64) -> np.ndarray:
    """Title or prefix hashes (uint64, none 0) as keys of the band key space."""
    mixed = mix64(np.asarray(hashes, dtype=np.uint64) ^ salt)
    return (mixed >> np.uint64(16)).view(np.int64)


def as_hashes(values: Iterable[int | None]) -> np.ndarray:
    """Stored hashes (SQLite integers, NULL for none) as uint64, none 0."""
    return np.array([v or 0 for v in values], dtype=np.int64).view(np.uint64)


def sig_rows(blobs: Iterable[bytes | None]) -> np.ndarray:
    """Stored signatures (16-bit values, NULL for none) as rows (all ``EMPTY`` for none)."""
    empty = np.full(NUM_BINS, EMPTY, dtype=SIG_DTYPE)
    rows = [empty if b is None else np.frombuffer(b, dtype="<u2").astype(SIG_DTYPE) for b in blobs]
    return np.stack(rows) if rows else np.empty((0, NUM_BINS), SIG_DTYPE)


def text_keys(
    uids: np.ndarray,
    sig: np.ndarray,
    title_hash: np.ndarray,
    prefix_hash: np.ndarray,
    bands: int,
    rows: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Every key of the texts ``uids`` and the text of each: the band keys of the signed
    ones (``sig``, all ``EMPTY`` for none), a title key and a prefix key where they have
    the hash (uint64, 0 for none)."""
    uids = np.asarray(uids, dtype=np.int64)
    ks, us = [], []
    has_sig = sig[:, 0] != EMPTY if len(sig) else np.zeros(0, bool)
    if has_sig.any():
        ks.append(band_columns(sig[has_sig], bands, rows).ravel())
        us.append(np.repeat(uids[has_sig], bands))
    for hashes, salt in ((title_hash, _TITLE_SALT), (prefix_hash, _PREFIX_SALT)):
        has = np.asarray(hashes, dtype=np.uint64) != 0
        ks.append(_hash_keys(hashes[has], salt))
        us.append(uids[has])
    return np.concatenate(ks), np.concatenate(us)


def json_list(values: object) -> str:
    """``values`` (a list or a numpy array) as a JSON array: one statement's parameter that
    ``json_each`` turns into rows (a day's ~6k keys in one call)."""
    return orjson.dumps(values, option=orjson.OPT_SERIALIZE_NUMPY).decode()


class _Probe:
    """The stored (key, text) pairs of sorted distinct keys: the ``bands`` b-tree, probed
    in key order (successive probes walk its leaves in order), and the log, read once per
    run however many times it is probed."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con
        self.log: bandlog.Log | None = None

    def __call__(self, probe: np.ndarray) -> np.ndarray:
        """``(n, 2)`` rows of (key, text)."""
        if not len(probe):
            return np.empty((0, 2), np.int64)
        rows = self.con.execute(
            "SELECT j.value, b.uid FROM json_each(?) j CROSS JOIN bands b ON b.key = j.value",
            (json_list(probe),),
        ).fetchall()
        stored = np.array(rows, dtype=np.int64).reshape(-1, 2)
        if self.log is None:
            self.log = bandlog.rows(self.con)
        log_keys, log_uids = bandlog.hits(self.con, probe, self.log)
        return np.concatenate([stored, np.stack([log_keys, log_uids], axis=1)])


def lookup_papers(
    con: sqlite3.Connection,
    sig: np.ndarray,
    sig_titles: np.ndarray,
    bands: tuple[int, int],
    title_hashes: np.ndarray,
    prefix_hashes: np.ndarray,
    arxiv_ids: Iterable[str | None],
    floor: float,
    relists: Relists | None = None,
) -> list[int]:
    """Keys of the stored papers that share a candidate key with the new records: a band
    key of their signatures ``sig`` (the signed ones, whose title hashes are
    ``sig_titles``; ``bands``: bands and rows), a title hash, an abstract-prefix hash
    (uint64 arrays, 0 for none) or an arXiv id (every way ``dedup`` proposes a pair; equal
    exact keys imply equal title keys).

    A text found by a band key alone is kept only when its signature agrees with one of the
    new texts sharing the key on at least ``floor`` of the bins: the engine drops every band
    pair estimated below that floor before verifying it (``engine._plausible``), so such a
    paper could not join today's records. Most band hits are such chance collisions (on a
    listing day of new papers, ~250 papers reached, 265 of 272 pairs below 0.05).

    A new text whose title and signature a stored text has already (a paper listed again
    as it was) is not looked up by its band keys: they are that stored text's, whose band
    neighbours were judged against its paper when either was added.

    ``relists`` (the new records' content keys and which are signed): filled with the new
    records that are exact copies of a stored signed text (the same content key: the same
    exact-duplicate class), each with that text's uid and paper. Their keys are that text's,
    so they reach nothing its paper has not been judged against: the papers returned are
    the ones the other records reach."""
    probe = _Probe(con)
    found: set[int] = set()
    stored_sigs: set[tuple[int, bytes]] = set()
    titles = np.unique(np.asarray(title_hashes, dtype=np.uint64))
    prefixes = np.unique(np.asarray(prefix_hashes, dtype=np.uint64))
    titles, prefixes = titles[titles != 0], prefixes[prefixes != 0]
    keys = np.unique(
        np.concatenate([_hash_keys(titles, _TITLE_SALT), _hash_keys(prefixes, _PREFIX_SALT)])
    )
    hits = probe(keys)
    arxiv_ids = list(arxiv_ids)
    if len(hits):
        rows = con.execute(
            "SELECT t.paper, t.sig, t.title_hash, t.prefix_hash, t.uid, t.content "
            "FROM json_each(?) j CROSS JOIN texts t ON t.uid = j.value",
            (json_list(np.unique(hits[:, 1])),),
        ).fetchall()
        others = np.ones(len(title_hashes), dtype=bool)
        if relists is not None:
            relists.find(rows)
            others[list(relists.found)] = False
        # Only the other records' title and prefix hashes reach a paper.
        want_title = set(np.asarray(title_hashes, dtype=np.uint64)[others].view(np.int64).tolist())
        want_prefix = set(
            np.asarray(prefix_hashes, dtype=np.uint64)[others].view(np.int64).tolist()
        )
        want_title.discard(0)
        want_prefix.discard(0)
        for paper, blob, title, prefix, _, _ in rows:
            if blob is not None:
                stored_sigs.add((title, blob))
            if title in want_title or prefix in want_prefix:
                found.add(paper)
        if relists is not None and relists.found:
            arxiv_ids = [None if i in relists.found else a for i, a in enumerate(arxiv_ids)]
    arxiv = sorted({a for a in arxiv_ids if a})
    if arxiv:
        found.update(
            k
            for (k,) in con.execute(
                "SELECT DISTINCT t.paper FROM json_each(?) j CROSS JOIN texts t "
                "ON t.arxiv = j.value",
                (json_list(arxiv),),
            )
        )
    if len(sig) and stored_sigs:
        stored_le = sig.astype("<u2")
        of_sig = np.asarray(sig_titles, dtype=np.uint64).view(np.int64).tolist()
        again = np.fromiter(
            ((title, stored_le[i].tobytes()) in stored_sigs for i, title in enumerate(of_sig)),
            dtype=bool,
            count=len(sig),
        )
        sig = sig[~again]
    if len(sig):
        found.update(_band_papers(con, probe, sig, *bands, floor))
    return sorted(found)


class Relists:
    """The new records that are exact copies of a stored signed text (``lookup_papers``):
    ``found`` maps the record's index to that text's ``(uid, paper)``."""

    def __init__(self, contents: Sequence[bytes], signed: np.ndarray) -> None:
        self.contents = contents
        self.signed = signed
        self.found: dict[int, tuple[int, int]] = {}

    def find(self, rows: Iterable[tuple]) -> None:  # type: ignore[type-arg]
        """``rows``: stored texts as ``(paper, sig, title hash, prefix hash, uid,
        content)``; a text without a signature is weak, its exact key not its content."""
        by_content = {
            content: (uid, paper)
            for paper, blob, _, _, uid, content in rows
            if blob is not None and content is not None
        }
        if not by_content:
            return
        for i in np.flatnonzero(self.signed).tolist():
            hit = by_content.get(self.contents[i])
            if hit is not None:
                self.found[i] = hit


def _band_papers(
    con: sqlite3.Connection, probe: _Probe, sig: np.ndarray, bands: int, rows: int, floor: float
) -> set[int]:
    """The papers of the stored texts sharing a band key with ``sig`` whose estimated
    Jaccard with a new text of that key reaches ``floor``.

    A band key shared by very many texts is a common phrase, not a duplicate: the engine
    pairs a member of such a bucket only with its nearest neighbours in input order
    (``candidates._BIG_BUCKET_WINDOW``), and today's records come last, so only the latest
    texts of a bucket are looked up."""
    keys = band_columns(sig, bands, rows)
    # Every (key, text) pair in one plain join, the cut to the latest texts made here (a
    # correlated ORDER BY ... LIMIT per key costs twice as much).
    kv = probe(np.unique(keys))
    if not len(kv):
        return set()
    kv = kv[np.lexsort((-kv[:, 1], kv[:, 0]))]  # by key, the latest text first
    starts = np.flatnonzero(np.r_[True, kv[1:, 0] != kv[:-1, 0]])
    rank = np.arange(len(kv)) - np.repeat(starts, np.diff(np.r_[starts, len(kv)]))
    kh, uh = kv[rank < _BUCKET].T
    uids, ui = np.unique(uh, return_inverse=True)
    stored = {
        uid: (paper, blob)
        for uid, paper, blob in con.execute(
            "SELECT t.uid, t.paper, t.sig FROM json_each(?) j CROSS JOIN texts t "
            "ON t.uid = j.value",
            (json_list(uids),),
        )
    }
    if any(blob is None for _, blob in stored.values()):
        # A band key equal to a title or prefix key (48 bits: a chance collision) of a text
        # without a signature: such a text shares no band with anything.
        keep = np.array([stored[u][1] is not None for u in uids.tolist()])
        at_kept = keep[ui]
        kh, uh = kh[at_kept], uh[at_kept]
        uids, ui = np.unique(uh, return_inverse=True)
        if not len(uids):
            return set()
    papers = np.array([stored[u][0] for u in uids.tolist()], dtype=np.int64)
    stored_sig = np.stack([np.frombuffer(stored[u][1], dtype="<u2") for u in uids.tolist()])
    # Every (new text, stored text) pair sharing a key, then one vectorised estimate.
    flat = keys.ravel()
    order = np.argsort(flat, kind="stable")
    sorted_keys = flat[order]
    lo = np.searchsorted(sorted_keys, kh, side="left")
    n = np.searchsorted(sorted_keys, kh, side="right") - lo
    hit = np.repeat(np.arange(len(kh)), n)
    at = np.repeat(lo, n) + (np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n))
    ia = order[at] // bands  # the new text
    ib = len(sig) + ui[hit]  # the stored text, after the new ones
    both = np.vstack([sig, stored_sig.astype(SIG_DTYPE)])
    est = estimate_jaccard(both, ia, ib)
    return set(papers[np.unique(ib[est >= floor]) - len(sig)].tolist())
