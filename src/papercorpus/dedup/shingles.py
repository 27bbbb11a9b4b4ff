"""Word n-gram shingles of folded text, hashed to uint64 — vectorised across many documents.

Input is the output of ``normalize.fold``: lowercase ASCII words separated by single spaces.
Hashing a whole batch at once avoids one Python call per shingle, which is what makes the
classic ``MinHash.update`` loop slow (see docs/performance.md).

Word hashes use a position-normalised polynomial hash over a prefix sum: with an odd base
``P`` (invertible modulo 2**64) the hash of bytes ``[s, e)`` is ``(H[e] - H[s]) * P**-s``, so every
word of every document is hashed by a handful of numpy passes. uint64 arithmetic wraps, which is
exactly the modular arithmetic wanted.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

SHINGLE_WORDS = 3

_P = np.uint64(0x100000001B3)  # FNV prime: odd, so invertible mod 2**64
_P_INV = np.uint64(pow(int(_P), -1, 1 << 64))
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_C1 = np.uint64(0x9E3779B97F4A7C15)
_C2 = np.uint64(0xC2B2AE3D27D4EB4F)
_C3 = np.uint64(0x165667B19E3779F9)

_pow_cache: dict[str, np.ndarray] = {}


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P**i and P**-i for i < n (grown on demand, deterministic)."""
    have = _pow_cache.get("p")
    if have is None or len(have) < n:
        size = max(n, 1 << 16, 2 * (0 if have is None else len(have)))
        with np.errstate(over="ignore"):
            p = np.full(size, _P, dtype=np.uint64)
            p[0] = 1
            _pow_cache["p"] = np.cumprod(p, dtype=np.uint64)
            q = np.full(size, _P_INV, dtype=np.uint64)
            q[0] = 1
            _pow_cache["q"] = np.cumprod(q, dtype=np.uint64)
    return _pow_cache["p"][:n], _pow_cache["q"][:n]


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads polynomial hashes over all 64 bits."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * _M1
        x = x ^ (x >> np.uint64(27))
        x = x * _M2
        return x ^ (x >> np.uint64(31))


def batch_shingles(
    folded: Sequence[str] | Sequence[bytes], n: int = SHINGLE_WORDS
) -> tuple[np.ndarray, np.ndarray]:
    """Hash the word n-grams of every document (``fold`` or ``fold_bytes`` output: runs of
    spaces are fine).

    Returns ``(hashes, offsets)``: the shingle hashes of document ``d`` are
    ``hashes[offsets[d]:offsets[d + 1]]`` (not deduplicated, in text order). A document with
    fewer than ``n`` words yields one shingle of all its words; an empty document yields none.
    """
    ndocs = len(folded)
    if ndocs == 0:
        return np.empty(0, np.uint64), np.zeros(1, np.int64)
    # "\n" separates documents; folded text never contains it.
    as_bytes = [d if isinstance(d, bytes) else d.encode("ascii") for d in folded]
    data = b"\n".join(as_bytes)
    b = np.frombuffer(data, dtype=np.uint8)
    is_word = b > 32
    total = len(b)
    edges = np.diff(np.concatenate(([False], is_word, [False])).view(np.int8))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    doc_starts = np.concatenate(([0], np.flatnonzero(b == 10) + 1))
    word_doc = np.searchsorted(doc_starts, starts, side="right") - 1

    pw, pinv = _powers(total + 1)
    with np.errstate(over="ignore"):
        prefix = np.zeros(total + 1, dtype=np.uint64)
        np.cumsum(b.astype(np.uint64) * pw[:total], out=prefix[1:])
        words = mix64(
            (prefix[ends] - prefix[starts]) * pinv[starts] + (ends - starts).astype(np.uint64)
        )

    words_per_doc = np.bincount(word_doc, minlength=ndocs)
    nshingles = np.where(words_per_doc >= n, words_per_doc - (n - 1), np.minimum(words_per_doc, 1))
    offsets = np.zeros(ndocs + 1, dtype=np.int64)
    np.cumsum(nshingles, out=offsets[1:])
    if len(words) == 0:
        return np.empty(0, np.uint64), offsets

    # Shingle k of a document starts at word k of that document; combine n consecutive words.
    first_word = np.zeros(ndocs + 1, dtype=np.int64)
    np.cumsum(words_per_doc, out=first_word[1:])
    shingle_doc = np.repeat(np.arange(ndocs), nshingles)
    local = np.arange(offsets[-1]) - offsets[shingle_doc]
    w0 = first_word[shingle_doc] + local
    count = np.minimum(words_per_doc[shingle_doc], n)
    consts = (_C1, _C2, _C3)
    with np.errstate(over="ignore"):
        acc = np.zeros(len(w0), dtype=np.uint64)
        for k in range(n):
            present = k < count
            idx = np.where(present, w0 + k, 0)
            term = (words[idx] + np.uint64(k + 1)) * consts[k % 3]
            term = mix64(term) if k else term
            acc = np.where(present, (acc ^ term) * _M1 + np.uint64(k), acc)
        hashes = mix64(acc)
    return hashes, offsets


def shingle_set(folded_text: str, n: int = SHINGLE_WORDS) -> np.ndarray:
    """The exact shingle set of one document: sorted unique uint64 hashes."""
    hashes, _ = batch_shingles([folded_text], n)
    return np.unique(hashes)
