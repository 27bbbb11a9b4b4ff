"""Candidate pairs: LSH bands over signatures, plus exact-value indexes (title key, abstract
prefix, arXiv id).

Every function returns an ``(m, 2)`` int64 array of row pairs ``(i, j)`` with ``i < j``; the
union is deduplicated by ``merge_pairs``. Pairs only propose; ``verify`` decides.

LSH banding uses sorted numpy arrays rather than datasketch's ``MinHashLSH`` dict-of-sets
(about 3 KB per record, see docs/performance.md); ``lsh_pairs_datasketch`` builds the same
candidates through datasketch and the tests check both agree.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..sketch.shingles import mix64
from ..sketch.signatures import EMPTY

# Buckets larger than this are common-phrase collisions, not duplicates: each member is then
# paired with its next ``_BIG_BUCKET_WINDOW`` neighbours in index order only, so the cost
# stays linear. Real duplicate groups are far smaller (the largest in 120k arXiv rows is 14).
_BIG_BUCKET = 64
_BIG_BUCKET_WINDOW = 16


def detection_probability(jaccard: float, bands: int, rows: int) -> float:
    """P(a pair with this Jaccard similarity shares at least one band)."""
    return 1.0 - (1.0 - jaccard**rows) ** bands


def band_keys(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One uint64 per band of each row, shape ``(n, bands)``. Four 16-bit values pack into a
    uint64 exactly (no hashing, no collisions); other layouts are mixed into one."""
    n = sig.shape[0]
    if sig.dtype == np.uint16 and rows <= 4:
        keys = np.zeros((n, bands), dtype=np.uint64)
        for r in range(rows):
            keys |= sig[:, r : bands * rows : rows].astype(np.uint64) << np.uint64(16 * r)
        return keys
    keys = np.zeros((n, bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for r in range(rows):
            col = sig[:, r : bands * rows : rows].astype(np.uint64)
            keys = mix64(keys * np.uint64(0x9E3779B97F4A7C15) + col + np.uint64(r + 1))
    return keys


def group_pairs(keys: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
    """All pairs of ``rows`` sharing a key (``rows`` defaults to ``arange(len(keys))``)."""
    if rows is None:
        rows = np.arange(len(keys), dtype=np.int64)
    if len(keys) < 2:
        return np.empty((0, 2), dtype=np.int64)
    # A fast unstable sort finds the keys that repeat; only those rows (few) are then sorted
    # stably by (key, row), which fixes the order inside each bucket.
    quick = np.argsort(keys)
    ks = keys[quick]
    same = ks[1:] == ks[:-1]
    in_run = np.zeros(len(ks), dtype=bool)
    in_run[1:] |= same
    in_run[:-1] |= same
    sub = quick[in_run]
    order = sub[np.lexsort((rows[sub], keys[sub]))]
    k = keys[order]
    r = rows[order]
    if len(k) < 2:
        return np.empty((0, 2), dtype=np.int64)
    boundary = np.flatnonzero(k[1:] != k[:-1]) + 1
    starts = np.concatenate(([0], boundary))
    sizes = np.diff(np.concatenate((starts, [len(k)])))
    multi = sizes > 1
    starts, sizes = starts[multi], sizes[multi]
    if len(starts) == 0:
        return np.empty((0, 2), dtype=np.int64)
    out = []
    # Within a bucket, pair each member with the next w members: w = size - 1 for normal
    # buckets (all pairs), a fixed window for the rare giant ones.
    windows = np.where(sizes > _BIG_BUCKET, _BIG_BUCKET_WINDOW, sizes - 1)
    for offset in range(1, int(windows.max()) + 1):
        sel = windows >= offset
        st, sz = starts[sel], sizes[sel]
        if len(st) == 0:
            break
        count = sz - offset
        keep = count > 0
        st, count = st[keep], count[keep]
        first = np.repeat(st, count) + (
            np.arange(count.sum()) - np.repeat(np.cumsum(count) - count, count)
        )
        out.append(np.stack([r[first], r[first + offset]], axis=1))
    pairs = np.concatenate(out) if out else np.empty((0, 2), dtype=np.int64)
    return np.sort(pairs, axis=1)


def signed_rows(sig: np.ndarray) -> np.ndarray:
    """Rows with a signature (weak and empty texts have none and propose nothing)."""
    return np.flatnonzero(sig[:, 0] != EMPTY) if len(sig) else np.empty(0, np.int64)


def band_pairs(sig: np.ndarray, valid: np.ndarray, band: int, rows: int) -> np.ndarray:
    """Pairs of ``valid`` rows that agree on all ``rows`` values of band ``band``. Bands are
    independent, so callers may compute them in any order or process."""
    packed = _packed_band(sig, band, rows)
    if packed is not None:
        return group_pairs(packed[valid], valid)
    cols = slice(band * rows, (band + 1) * rows)
    return group_pairs(band_keys(sig[valid, cols], 1, rows)[:, 0], valid)


def _packed_band(sig: np.ndarray, band: int, rows: int) -> np.ndarray | None:
    """Band ``band`` of four little-endian 16-bit values per row, read in place as one
    little-endian uint64: ``band_keys``' packing without copying and shifting columns."""
    if rows != 4 or sig.dtype != np.dtype("<u2") or not sig.flags.c_contiguous or sig.shape[1] % 4:
        return None
    return sig.view("<u8")[:, band]


def lsh_pairs(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Pairs that agree on all ``rows`` values of at least one of ``bands`` bands."""
    valid = signed_rows(sig)
    if len(valid) < 2:
        return np.empty((0, 2), dtype=np.int64)
    return merge_pairs([band_pairs(sig, valid, b, rows) for b in range(bands)])


def lsh_pairs_datasketch(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """The same candidates through datasketch's ``MinHashLSH`` (reference and incremental use)."""
    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(num_perm=bands * rows, params=(bands, rows))
    valid = np.flatnonzero(sig[:, 0] != EMPTY)
    pairs = []
    for i in valid.tolist():
        mh = LeanMinHash(
            seed=1, hashvalues=sig[i, : bands * rows].astype(np.uint64), scheme="affine32"
        )
        for j in lsh.query(mh):
            pairs.append((j, i))
        lsh.insert(i, mh)
    arr = np.array(pairs, dtype=np.int64).reshape(-1, 2)
    return merge_pairs([arr])


def value_pairs(values: Sequence[object | None]) -> np.ndarray:
    """Pairs of rows with equal, non-None values (small exact indexes: ids, keys)."""
    first: dict[object, list[int]] = {}
    for i, v in enumerate(values):
        if v is not None:
            first.setdefault(v, []).append(i)
    pairs = [
        (a, b)
        for members in first.values()
        if len(members) > 1
        for x, a in enumerate(members)
        for b in members[x + 1 : x + 1 + _BIG_BUCKET_WINDOW * 4]
    ]
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


def plausible(
    est: np.ndarray, la: np.ndarray, lb: np.ndarray, bins: int, floor: float
) -> np.ndarray:
    """Mask of the pairs some rule could still accept, from their MinHash estimate ``est``
    over ``bins`` bins and the abstract lengths ``la``, ``lb`` of their ends (the bound is
    explained at ``engine._plausible``; the Spark engine calls this on its own arrays)."""
    # Character lengths stand in for shingle counts: 15% of slack on the ratio.
    r = np.minimum(1.0, 1.15 * np.minimum(la, lb) / np.maximum(np.maximum(la, lb), 1))
    need = np.minimum(0.5, 0.9 * r / (1 + 0.1 * r))
    sigma = np.sqrt(need * (1 - need) / bins)
    bound = np.maximum(floor, need - 3 * sigma)
    return est >= bound


def merge_pairs(parts: list[np.ndarray]) -> np.ndarray:
    """Union of pair arrays, deduplicated and sorted (deterministic order)."""
    parts = [p for p in parts if len(p)]
    if not parts:
        return np.empty((0, 2), dtype=np.int64)
    allp = np.concatenate(parts)
    packed = allp[:, 0].astype(np.int64) << 32 | allp[:, 1].astype(np.int64)
    packed = np.unique(packed)
    return np.stack([packed >> 32, packed & 0xFFFFFFFF], axis=1)
