"""Records -> dedup keys, in batches (the part of the hot path that runs per record).

For each record: the exact key (128-bit hash of the space-less title and abstract keys), a
title-key hash and an abstract-prefix hash for the exact-value candidate indexes, whether the
abstract is too weak to be evidence, and a MinHash signature of its word shingles.
A batch is a plain picklable object so worker processes can produce it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import xxhash

from .dedup.shingles import batch_shingles
from .dedup.signatures import NUM_BINS, oph_signatures
from .normalize import fold
from .records import Record

# An abstract shorter than this (in words) is a card summary, a link or a stub: it is kept
# and written, but never counted as evidence for or against a merge.
MIN_ABSTRACT_WORDS = 25
# Title keys shorter than this are too generic ("Introduction", "Reply") to merge on alone.
MIN_SPECIFIC_TITLE = 20
# Abstract-prefix index: truncated copies keep the beginning of the abstract.
PREFIX_CHARS = 150

WEAK_FLAGS = frozenset({"junk_abstract", "summary", "no_abstract"})
_BOT = re.compile(
    r"librarian bot|this is an automated message|i found the following papers similar",
    re.IGNORECASE,
)


def is_specific_title(title_key: str) -> bool:
    return len(title_key) >= MIN_SPECIFIC_TITLE


def is_weak_abstract(
    abstract: str, abstract_fold: str, title_key: str, flags: tuple[str, ...]
) -> bool:
    if WEAK_FLAGS.intersection(flags):
        return True
    if not abstract_fold or abstract_fold.count(" ") + 1 < MIN_ABSTRACT_WORDS:
        return True
    if abstract_fold.replace(" ", "") == title_key:
        return True
    return bool(_BOT.search(abstract[:300]))


@dataclass
class KeyedBatch:
    """Keys of a list of records, row for row (the records themselves stay with the caller,
    so a worker process does not send their text back)."""

    content: list[bytes]  # 128-bit hash of (title key, abstract key): the output id's source
    exact: list[bytes | None]  # the content key, or None when the copy must stay on its own
    title_hash: np.ndarray  # uint64, 0 = none
    prefix_hash: np.ndarray  # uint64, 0 = none
    weak: np.ndarray  # bool
    sig: np.ndarray  # (n, NUM_BINS) uint32
    abstract_len: np.ndarray  # int64

    def __len__(self) -> int:
        return len(self.exact)


def _h64(text: str) -> int:
    # 0 is reserved for "no value".
    return xxhash.xxh3_64_intdigest(text.encode()) or 1


def key_batch(records: list[Record]) -> KeyedBatch:
    n = len(records)
    content: list[bytes] = []
    exact: list[bytes | None] = []
    title_hash = np.zeros(n, dtype=np.uint64)
    prefix_hash = np.zeros(n, dtype=np.uint64)
    weak = np.zeros(n, dtype=bool)
    folded_abstracts: list[str] = []
    for i, rec in enumerate(records):
        tk = fold(rec.title).replace(" ", "")
        af = fold(rec.abstract) if rec.abstract else ""
        w = is_weak_abstract(rec.abstract, af, tk, rec.flags)
        ak = af.replace(" ", "")
        weak[i] = w
        ck = xxhash.xxh3_128_digest(f"{tk}\x1f{ak}".encode())
        content.append(ck)
        exact.append(None if w and not is_specific_title(tk) else ck)
        if tk:
            title_hash[i] = _h64(tk)
        if not w and len(ak) >= PREFIX_CHARS:
            prefix_hash[i] = _h64(ak[:PREFIX_CHARS])
        folded_abstracts.append("" if w else af)
    hashes, offsets = batch_shingles(folded_abstracts)
    sig = oph_signatures(hashes, offsets, NUM_BINS)
    abstract_len = np.fromiter((len(r.abstract) for r in records), dtype=np.int64, count=n)
    return KeyedBatch(content, exact, title_hash, prefix_hash, weak, sig, abstract_len)


def raw_key(record: Record) -> bytes:
    """Hash of the text exactly as parsed: byte-identical copies (the most common duplicate)
    are recognised by this alone and never normalised, shingled or signed."""
    return xxhash.xxh3_128_digest(f"{record.title}\x1f{record.abstract}".encode())


def content_id(content_key: bytes) -> str:
    """Stable output id: derived from the normalised content of the surviving copy."""
    return content_key.hex()[:20]


def record_id(title: str, abstract: str) -> str:
    """``content_id`` computed from text (for records that did not pass through ``key_batch``)."""
    tk = fold(title).replace(" ", "")
    ak = fold(abstract).replace(" ", "")
    return xxhash.xxh3_128_hexdigest(f"{tk}\x1f{ak}".encode())[:20]
