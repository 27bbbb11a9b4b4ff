"""Word n-gram shingles of folded text, hashed to uint64 — vectorised across many documents.

Input is the output of ``normalize.fold``: lowercase ASCII words separated by single spaces.
Hashing a whole batch at once avoids one Python call per shingle, which is what makes the
classic ``MinHash.update`` loop slow (see docs/performance.md).

All documents of a batch are joined into one byte array; word boundaries come from one pass
over it, every word is hashed from two unaligned 8-byte loads, and n-grams combine neighbouring
word hashes. uint64 arithmetic wraps, which is the modular arithmetic wanted.

This runs for every record of the input, so the steps work in place on as few temporaries as
possible (each numpy pass over the ~400k words of a batch costs about as much as the others).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

SHINGLE_WORDS = 3

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_C1 = np.uint64(0x9E3779B97F4A7C15)
_C2 = np.uint64(0xC2B2AE3D27D4EB4F)
_C3 = np.uint64(0x165667B19E3779F9)
_CONSTS = (_C1, _C2, _C3)
# Mask keeping the first ``min(length, 8)`` bytes of an 8-byte load, by that number.
_HEAD_MASKS = np.array([(1 << (8 * i)) - 1 for i in range(8)] + [(1 << 64) - 1], dtype=np.uint64)


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads polynomial hashes over all 64 bits."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> np.uint64(30))
        x = x * _M1
        x = x ^ (x >> np.uint64(27))
        x = x * _M2
        return x ^ (x >> np.uint64(31))


# mix64(length) * C2 by length, for the words shorter than eight bytes (index 8: unused).
_SHORT_TAILS = mix64(np.arange(9, dtype=np.uint64)) * _C2


def _mix64_inplace(x: np.ndarray) -> np.ndarray:
    """``mix64`` overwriting ``x`` (a uint64 array the caller owns): one temporary, not five."""
    t = x >> np.uint64(30)
    x ^= t
    x *= _M1
    np.right_shift(x, np.uint64(27), out=t)
    x ^= t
    x *= _M2
    np.right_shift(x, np.uint64(31), out=t)
    x ^= t
    return x


def word_hashes(data: bytes, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Hash every word from two unaligned 8-byte loads (its first and last eight bytes) and its
    length: a few gathers per word instead of several passes over every byte. Words longer
    than 16 bytes that agree on both ends and length collide, which only ever nudges a
    similarity score."""
    padded = np.frombuffer(data + b"\0" * 8, dtype=np.uint8)
    # Element i is the little-endian uint64 of bytes i..i+7 (numpy handles unaligned reads).
    words8 = np.ndarray(shape=(len(data),), dtype="<u8", buffer=padded, strides=(1,))
    length = ends - starts
    capped = np.minimum(length, 8)
    head = words8[starts]
    head &= _HEAD_MASKS[capped]
    # mix64(head * C1 + mix64(tail + length) * C2 + length), where a word shorter than eight
    # bytes is all head (tail 0): its second term depends on its length alone (a table), so
    # only the longer words (a quarter of them) load and mix a tail.
    tail = _SHORT_TAILS[capped]
    long_words = np.flatnonzero(length >= 8)
    if len(long_words):
        long_tail = words8[ends[long_words] - 8]
        long_tail += length[long_words].view(np.uint64)  # lengths are >= 0: same bits
        _mix64_inplace(long_tail)
        long_tail *= _C2
        tail[long_words] = long_tail
    head *= _C1
    head += tail
    head += length.view(np.uint64)
    return _mix64_inplace(head)


# Documents hashed per numpy pass: ~50k words, so the pass's arrays stay in the CPU's L2
# cache. Whole batches of 2048 documents ran every pass from main memory and took 1.7x as
# long (docs/performance.md).
BLOCK_DOCS = 256


def batch_shingles(
    folded: Sequence[str] | Sequence[bytes], n: int = SHINGLE_WORDS
) -> tuple[np.ndarray, np.ndarray]:
    """Hash the word n-grams of every document (``fold`` or ``fold_bytes`` output: runs of
    spaces are fine).

    Returns ``(hashes, offsets)``: the shingle hashes of document ``d`` are
    ``hashes[offsets[d]:offsets[d + 1]]`` (not deduplicated, in text order). A document with
    fewer than ``n`` words yields one shingle of all its words; an empty document yields none.
    """
    if len(folded) <= BLOCK_DOCS:
        return block_shingles(block_words(folded), n)
    parts = [
        block_shingles(block_words(folded[lo : lo + BLOCK_DOCS]), n)
        for lo in range(0, len(folded), BLOCK_DOCS)
    ]
    offsets = np.zeros(len(folded) + 1, dtype=np.int64)
    np.cumsum(np.concatenate([np.diff(o) for _, o in parts]), out=offsets[1:])
    return np.concatenate([h for h, _ in parts]), offsets


class BlockWords(NamedTuple):
    """The words of a block of documents joined by ``"\\n"`` into ``data``: byte bounds,
    hashes, and ``first``: word ``w`` belongs to document ``d`` when
    ``first[d] <= w < first[d + 1]``."""

    data: bytes
    starts: np.ndarray
    ends: np.ndarray
    first: np.ndarray
    hashes: np.ndarray


def block_words(folded: Sequence[str] | Sequence[bytes]) -> BlockWords:
    """Find and hash the words of a block of documents (``fold`` or ``fold_bytes`` output)."""
    ndocs = len(folded)
    # "\n" separates documents; folded text never contains it.
    as_bytes = [d if isinstance(d, bytes) else d.encode("ascii") for d in folded]
    data = b"\n".join(as_bytes)
    starts, ends = word_bounds(data)
    doc_starts = np.zeros(ndocs, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, as_bytes), np.int64, ndocs)[:-1] + 1, out=doc_starts[1:])
    first = np.append(np.searchsorted(starts, doc_starts), len(starts))
    return BlockWords(data, starts, ends, first, word_hashes(data, starts, ends))


def block_shingles(words: BlockWords, n: int = SHINGLE_WORDS) -> tuple[np.ndarray, np.ndarray]:
    """``batch_shingles`` of the documents of one ``block_words`` block."""
    first_word = words.first
    words_per_doc = np.diff(first_word)
    nshingles = np.where(words_per_doc >= n, words_per_doc - (n - 1), np.minimum(words_per_doc, 1))
    offsets = np.zeros(len(words_per_doc) + 1, dtype=np.int64)
    np.cumsum(nshingles, out=offsets[1:])
    if len(words.hashes) == 0:
        return np.empty(0, np.uint64), offsets
    terms = _word_terms(words.hashes, n)
    hashes = _full_shingles(terms, first_word, words_per_doc - nshingles)
    short = np.flatnonzero((words_per_doc > 0) & (words_per_doc < n))
    if len(short):
        hashes[offsets[short]] = _short_shingles(terms, first_word[short], words_per_doc[short])
    return hashes, offsets


def word_bounds(data: bytes) -> tuple[np.ndarray, np.ndarray]:
    """``(starts, ends)`` of the words (runs of bytes above space) of ``data``."""
    b = np.frombuffer(b" " + data + b" ", dtype=np.uint8)
    is_word = b > 32
    # Changes alternate start, end, start, ... since the padding is not a word; the change
    # between padded bytes i and i + 1 is at offset i of ``data``.
    change = np.flatnonzero(is_word[1:] != is_word[:-1])
    return change[0::2], change[1::2]


def _word_terms(words: np.ndarray, n: int) -> list[np.ndarray]:
    """The contribution of each word as the k-th word of a shingle, for every k < n (padded
    with n - 1 zeros so the k-th term of the shingle starting at word w is ``terms[k][w + k]``
    for every w)."""
    padded = np.zeros(len(words) + n - 1, dtype=np.uint64)
    padded[: len(words)] = words
    terms = []
    for k in range(n):
        term = padded + np.uint64(k + 1)
        term *= _CONSTS[k % 3]
        terms.append(_mix64_inplace(term) if k else term)
    return terms


def _full_shingles(terms: list[np.ndarray], first_word: np.ndarray, tail: np.ndarray) -> np.ndarray:
    """Hashes of the shingles starting at every word, keeping only the positions where a
    shingle starts (the last ``tail[d]`` words of document ``d`` start none)."""
    nwords = len(first_word) and int(first_word[-1])
    acc = terms[0][:nwords] * _M1
    for k in range(1, len(terms)):
        acc ^= terms[k][k : k + nwords]
        acc *= _M1
        acc += np.uint64(k)
    keep = np.ones(nwords, dtype=bool)
    for j in range(1, int(tail.max(initial=0)) + 1):
        keep[first_word[1:][tail >= j] - j] = False
    return _mix64_inplace(acc[keep])


def _short_shingles(terms: list[np.ndarray], first: np.ndarray, count: np.ndarray) -> np.ndarray:
    """The single shingle of each document with fewer words than a shingle: its first
    ``count`` terms only."""
    acc = np.zeros(len(first), dtype=np.uint64)
    for k in range(int(count.max())):
        present = k < count
        term = terms[k][np.where(present, first + k, 0)]
        acc = np.where(present, (acc ^ term) * _M1 + np.uint64(k), acc)
    return _mix64_inplace(acc)


def shingle_set(folded_text: str, n: int = SHINGLE_WORDS) -> np.ndarray:
    """The exact shingle set of one document: sorted unique uint64 hashes."""
    hashes, _ = batch_shingles([folded_text], n)
    return np.unique(hashes)
