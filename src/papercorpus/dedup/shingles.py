"""Word n-gram shingles of folded text, hashed to uint64 — vectorised across many documents.

Input is the output of ``normalize.fold``: lowercase ASCII words separated by single spaces.
Hashing a whole batch at once avoids one Python call per shingle, which is what makes the
classic ``MinHash.update`` loop slow (see docs/performance.md).

All documents of a batch are joined into one byte array; word boundaries come from one pass
over it, every word is hashed from two unaligned 8-byte loads, and n-grams combine neighbouring
word hashes. uint64 arithmetic wraps, which is the modular arithmetic wanted.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

SHINGLE_WORDS = 3

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_C1 = np.uint64(0x9E3779B97F4A7C15)
_C2 = np.uint64(0xC2B2AE3D27D4EB4F)
_C3 = np.uint64(0x165667B19E3779F9)

def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads polynomial hashes over all 64 bits."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * _M1
        x = x ^ (x >> np.uint64(27))
        x = x * _M2
        return x ^ (x >> np.uint64(31))


def _word_hashes(data: bytes, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Hash every word from two unaligned 8-byte loads (its first and last eight bytes) and its
    length: a few gathers per word instead of several passes over every byte. Words longer
    than 16 bytes that agree on both ends and length collide, which only ever nudges a
    similarity score."""
    padded = np.frombuffer(data + b"\0" * 8, dtype=np.uint8)
    # Element i is the little-endian uint64 of bytes i..i+7 (numpy handles unaligned reads).
    words8 = np.ndarray(shape=(len(data),), dtype="<u8", buffer=padded, strides=(1,))
    length = (ends - starts).astype(np.uint64)
    short = length < 8
    keep_bits = np.where(short, length * np.uint64(8), np.uint64(0))
    mask = np.where(short, (np.uint64(1) << keep_bits) - np.uint64(1), ~np.uint64(0))
    head = words8[starts] & mask
    tail = words8[np.maximum(ends - 8, starts)]
    with np.errstate(over="ignore"):
        tail = np.where(short, np.uint64(0), tail)
        return mix64(head * _C1 + mix64(tail + length) * _C2 + length)


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
    edges = np.diff(np.concatenate(([False], is_word, [False])).view(np.int8))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    doc_starts = np.concatenate(([0], np.flatnonzero(b == 10) + 1))
    word_doc = np.searchsorted(doc_starts, starts, side="right") - 1

    words = _word_hashes(data, starts, ends)
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
