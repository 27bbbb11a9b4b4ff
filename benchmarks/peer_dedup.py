"""The peers' side of ``peers.py``: the dedup step of rensa, datasketch and a numpy MinHash
on records already in memory, run in the peers' virtual environment (numpy, rensa and
datasketch; nothing of papercorpus).

Shingles: word n-grams of ``title + " " + abstract`` lower-cased and split on ``[a-z0-9]+``
(one shingle of all words when there are fewer). Signatures: 128 permutations, signed in
``jobs`` forked processes over chunks of ``SIGN_CHUNK`` documents. Bands: 25 of 5 rows
(datasketch's optimal layout for threshold 0.5 at 128 permutations) for every peer. Clusters:
connected components of the band collisions, no verification.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import numpy as np
from corpus import load_truth
from hardcorpus import read_records

NUM_PERM = 128
THRESHOLD = 0.5
BANDS, ROWS = 25, 5  # datasketch's optimal (b, r) for threshold 0.5 at 128 permutations
SIGN_CHUNK = 10_000  # documents per signing task
_WORD = re.compile(r"[a-z0-9]+")


# --------------------------------------------------------------------------- shingles


def shingles(title: str, abstract: str, n: int) -> list[str]:
    words = _WORD.findall(f"{title} {abstract}".lower())
    if len(words) < n:
        return [" ".join(words)] if words else []
    return list({" ".join(words[i : i + n]) for i in range(len(words) - n + 1)})


# --------------------------------------------------------------------------- numpy MinHash

_M64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_BASE = 0x100000001B3  # odd: invertible mod 2^64
_WORD_BYTE = np.zeros(256, dtype=bool)
_WORD_BYTE[np.frombuffer(b"abcdefghijklmnopqrstuvwxyz0123456789", np.uint8)] = True
_powers: list[np.ndarray] = []  # [B^i, B^-i] mod 2^64, grown on demand


def _fmix64(x: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(33))
        x = x * np.uint64(0xFF51AFD7ED558CCD)
        x = x ^ (x >> np.uint64(33))
        x = x * np.uint64(0xC4CEB9FE1A85EC53)
        return x ^ (x >> np.uint64(33))


def _power_tables(n: int) -> tuple[np.ndarray, np.ndarray]:
    if not _powers or len(_powers[0]) < n:
        size = max(n, 1 << 20)
        with np.errstate(over="ignore"):
            fwd = np.cumprod(np.full(size, _BASE, dtype=np.uint64))
            inv = np.cumprod(np.full(size, pow(_BASE, -1, 1 << 64), dtype=np.uint64))
        one = np.ones(1, dtype=np.uint64)
        _powers[:] = [np.concatenate([one, fwd]), np.concatenate([one, inv])]
    return _powers[0], _powers[1]


def numpy_shingle_hashes(texts: list[str], n: int) -> tuple[np.ndarray, np.ndarray]:
    """32-bit hashes of every document's word n-grams (same words as ``shingles``), and the
    offsets of each document's run."""
    data = np.frombuffer("\x00".join(texts).encode("utf-8"), dtype=np.uint8)
    fwd, inv = _power_tables(len(data) + 1)
    is_word = _WORD_BYTE[data]
    edge = np.diff(is_word.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edge == 1), np.flatnonzero(edge == -1)
    with np.errstate(over="ignore"):
        prefix = np.concatenate(
            [np.zeros(1, np.uint64), np.cumsum(data.astype(np.uint64) * fwd[: len(data)])]
        )
        words = _fmix64((prefix[ends] - prefix[starts]) * inv[starts])
    seps = np.flatnonzero(data == 0)
    doc = np.searchsorted(seps, starts)  # document of each word
    counts = np.bincount(doc, minlength=len(texts))
    first = np.concatenate([[0], np.cumsum(counts)])
    out = []
    m = len(words)
    with np.errstate(over="ignore"):
        if m >= n:
            h = np.zeros(m - n + 1, dtype=np.uint64)
            for k in range(n):
                h = h * np.uint64(0x9E3779B97F4A7C15) + words[k : m - n + 1 + k]
            ok = doc[: m - n + 1] == doc[n - 1 :]
            out.append((doc[: m - n + 1][ok], _fmix64(h[ok])))
        short = np.flatnonzero((counts > 0) & (counts < n))
        for d in short.tolist():  # fewer words than n: one shingle of them all
            h = np.uint64(0)
            for w in words[first[d] : first[d + 1]]:
                h = h * np.uint64(0x9E3779B97F4A7C15) + w
            out.append((np.array([d]), _fmix64(np.array([h], dtype=np.uint64))))
    if not out:
        return np.zeros(0, np.uint32), np.zeros(len(texts) + 1, np.int64)
    docs = np.concatenate([d for d, _ in out])
    hashes = np.concatenate([h for _, h in out])
    order = np.argsort(docs, kind="stable")
    per_doc = np.bincount(docs, minlength=len(texts))
    offsets = np.concatenate([[0], np.cumsum(per_doc)])
    return (hashes[order] >> np.uint64(32)).astype(np.uint32), offsets


_PERM_RNG = np.random.default_rng(1)
_PERM_A = (_PERM_RNG.integers(0, 1 << 32, NUM_PERM, dtype=np.uint64) | 1).astype(np.uint32)
_PERM_B = _PERM_RNG.integers(0, 1 << 32, NUM_PERM, dtype=np.uint64).astype(np.uint32)
_EMPTY = np.uint32(0xFFFFFFFF)


def numpy_signatures(texts: list[str], n: int, block: int = 256) -> np.ndarray:
    sig = np.full((len(texts), NUM_PERM), _EMPTY, dtype=np.uint32)
    for lo in range(0, len(texts), block):
        x, offsets = numpy_shingle_hashes(texts[lo : lo + block], n)
        nonempty = np.flatnonzero(np.diff(offsets) > 0)
        if len(nonempty) == 0:
            continue
        for p in range(0, NUM_PERM, 32):
            h = x[None, :] * _PERM_A[p : p + 32, None] + _PERM_B[p : p + 32, None]
            sig[lo + nonempty, p : p + 32] = np.minimum.reduceat(h, offsets[nonempty], axis=1).T
    return sig


# --------------------------------------------------------------------------- banding, clusters


def band_edges(sig: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, int]:
    """Edges (first member, member) of every band bucket, and the number of colliding pairs."""
    edges, pairs = [], 0
    rows = np.flatnonzero(valid)
    for b in range(BANDS):
        cols = sig[rows, b * ROWS : (b + 1) * ROWS].astype(np.uint64)
        key = np.zeros(len(rows), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for r in range(ROWS):
                key = _fmix64(key * np.uint64(0x9E3779B97F4A7C15) + cols[:, r])
        order = np.argsort(key, kind="stable")
        k = key[order]
        start = np.concatenate([[True], k[1:] != k[:-1]])
        group = np.cumsum(start) - 1
        head = order[np.flatnonzero(start)][group]
        size = np.bincount(group)
        pairs += int((size * (size - 1) // 2).sum())
        member = head != order
        edges.append(np.stack([rows[head[member]], rows[order[member]]], axis=1))
    return (np.concatenate(edges) if edges else np.zeros((0, 2), np.int64)), pairs


def components(n: int, edges: np.ndarray) -> np.ndarray:
    """Connected components (label = smallest member), by min-label propagation."""
    labels = np.arange(n)
    if len(edges) == 0:
        return labels
    a, b = edges[:, 0], edges[:, 1]
    while True:
        m = np.minimum(labels[a], labels[b])
        before = labels.copy()
        np.minimum.at(labels, a, m)
        np.minimum.at(labels, b, m)
        labels = labels[labels]
        if np.array_equal(labels, before):
            return labels


# --------------------------------------------------------------------------- peer workers

_TEXTS: list[tuple[str, str]] = []  # set before the signing pool forks


def _sign_chunk(task: tuple[str, int, int, int]) -> np.ndarray:
    peer, lo, hi, n = task
    recs = _TEXTS[lo:hi]
    if peer == "numpy":
        return numpy_signatures([f"{t} {a}".lower() for t, a in recs], n)
    sets = [shingles(t, a, n) for t, a in recs]
    if peer == "rensa":
        from rensa import RMinHash

        return np.array(
            RMinHash.digest_matrix_from_token_sets(sets, NUM_PERM, 42).to_rows(), dtype=np.uint32
        ).reshape(len(sets), NUM_PERM)
    from datasketch import MinHash

    mhs = MinHash.bulk([[s.encode("utf-8") for s in doc] for doc in sets], num_perm=NUM_PERM)
    sig = np.stack([m.hashvalues for m in mhs]).astype(np.uint32)
    sig[[not doc for doc in sets]] = _EMPTY
    return sig


def _sign_all(peer: str, n: int, jobs: int) -> np.ndarray:
    tasks = [
        (peer, lo, min(lo + SIGN_CHUNK, len(_TEXTS)), n) for lo in range(0, len(_TEXTS), SIGN_CHUNK)
    ]
    if jobs <= 1:
        parts = [_sign_chunk(t) for t in tasks]
    else:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_sign_chunk, tasks, chunksize=1)
    return np.concatenate(parts)


def _datasketch_edges(sig: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, int]:
    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)
    rows = np.flatnonzero(valid).tolist()
    mhs = {i: LeanMinHash(seed=1, hashvalues=sig[i], scheme="affine32") for i in rows}
    with lsh.insertion_session() as session:
        for i in rows:
            session.insert(i, mhs[i], check_duplication=False)
    edges = [(i, j) for i in rows for j in lsh.query(mhs[i]) if j < i]
    return np.array(edges, dtype=np.int64).reshape(-1, 2), len(edges)


def peer_worker(peer: str, corpus: Path, out_dir: Path, n: int, jobs: int) -> int:
    """Child side: load the records, then time shingling+signing, banding and clustering."""
    global _TEXTS
    truth = load_truth(corpus)
    _TEXTS = read_records(corpus, truth.files)
    __import__({"rensa": "rensa", "datasketch": "datasketch.lsh"}.get(peer, "numpy"))
    t0, c0 = time.perf_counter(), _cpu()
    sig = _sign_all(peer, n, jobs)
    t1 = time.perf_counter()
    valid = sig[:, 0] != _EMPTY
    if peer == "datasketch":
        edges, collisions = _datasketch_edges(sig, valid)
    else:
        edges, collisions = band_edges(sig, valid)
    labels = components(len(_TEXTS), edges)
    t2 = time.perf_counter()
    np.save(out_dir / "labels.npy", labels)
    (out_dir / "timing.json").write_text(
        json.dumps(
            {
                "seconds": t2 - t0,
                "cpu": _cpu() - c0,
                "records": len(_TEXTS),
                "sign_seconds": t1 - t0,
                "lsh_seconds": t2 - t1,
                "colliding_pairs": collisions,
            }
        )
    )
    return 0


def _cpu() -> float:
    import resource

    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def text_dedup_labels(uf_path: Path, records: int, out_dir: Path) -> int:
    """Child side (peer venv): cluster labels from text-dedup's union-find dump."""
    import pickle

    with open(uf_path, "rb") as fh:
        uf = pickle.load(fh)  # noqa: S301 - our own run's file
    labels = np.array([uf.find(i) if i in uf.parent else i for i in range(records)])
    np.save(out_dir / "labels.npy", labels)
    return 0
