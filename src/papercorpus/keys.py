"""Records -> dedup keys, in batches (the part of the hot path that runs per record).

For each record: the exact key (128-bit hash of the space-less title and abstract keys), a
title-key hash and an abstract-prefix hash for the exact-value candidate indexes, whether the
abstract is too weak to be evidence, and a MinHash signature of its word shingles.
A batch is a plain picklable object so worker processes can produce it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import numpy as np
import xxhash

from ._mypyc import mypyc_attr
from .abstracts import junk_abstract_reason
from .native import KERNELS
from .normalize import fold_bytes, fold_bytes_many
from .records import Record
from .sketch.shingles import SHINGLE_WORDS
from .sketch.signatures import EMPTY, NUM_BINS
from .sketch.signing import oph_of_texts

# An abstract shorter than this (in words) is a card summary, a link or a stub: it is kept
# and written, but never counted as evidence for or against a merge.
MIN_ABSTRACT_WORDS: Final = 25
# Title keys shorter than this are too generic ("Introduction", "Reply") to merge on alone.
MIN_SPECIFIC_TITLE: Final = 20
# Abstract-prefix index: truncated copies keep the beginning of the abstract.
PREFIX_CHARS: Final = 150

WEAK_FLAGS: Final = frozenset({"junk_abstract", "summary", "no_abstract"})
_BOT_PHRASES: Final = (
    "librarian bot",
    "this is an automated message",
    "i found the following papers similar",
)


def is_specific_title(title_key: str | bytes) -> bool:
    return len(title_key) >= MIN_SPECIFIC_TITLE


def weak_abstract(abstract: str, n_words: int, same_as_title: bool, flags: tuple[str, ...]) -> bool:
    """An abstract too weak to be evidence: flagged by the parser (junk, AI summary, missing),
    too short, the title again, or a bot comment."""
    if n_words < MIN_ABSTRACT_WORDS or same_as_title or not WEAK_FLAGS.isdisjoint(flags):
        return True
    head = abstract[:300].lower()
    # A loop, not any(): no generator object per record.
    for phrase in _BOT_PHRASES:  # noqa: SIM110
        if phrase in head:
            return True
    return False


# The phrases as UTF-8, for ``_bot_phrase_in``.
_BOT_PHRASE_BYTES: Final = tuple(p.encode() for p in _BOT_PHRASES)


def _bot_phrase_in(abstracts: list[str]) -> bool:
    """Does any abstract's head hold a bot's phrase (``weak_abstract``'s last test)?
    Lower-cased as UTF-8 bytes: ``bytes.lower`` folds ASCII letters by a table, where
    ``str.lower`` maps every character of a text holding one non-ASCII letter (~14 us a
    record). The phrases are ASCII, and no other character lower-cases to an ASCII letter
    that could complete one (only U+212A, ``k``, and U+0130, ``i`` + U+0307)."""
    heads = "\0".join([a[:300] for a in abstracts]).encode("utf-8", "surrogatepass")
    heads = heads.lower()
    return any(phrase in heads for phrase in _BOT_PHRASE_BYTES)


@mypyc_attr(native_class=False)  # (workers send it back: a native class does not pickle)
@dataclass
class KeyedBatch:
    """Keys of a list of records, row for row (the records themselves stay with the caller,
    so a worker process does not send their text back)."""

    content: list[bytes]  # 128-bit hash of (title key, abstract key): the output id's source
    exact: list[bytes | None]  # the content key, or None when the copy must stay on its own
    title_hash: np.ndarray  # uint64, 0 = none
    prefix_hash: np.ndarray  # uint64, 0 = none
    weak: np.ndarray  # bool
    sig: np.ndarray  # (n, NUM_BINS) uint16
    abstract_len: np.ndarray  # int64
    rank: np.ndarray  # uint8 ``RANK_*`` (``text_rank``): 0 is a real abstract, higher is worse

    def __len__(self) -> int:
        return len(self.exact)


def concat_keyed(parts: list[KeyedBatch]) -> KeyedBatch:
    """The rows of ``parts`` one after the other, as one batch."""
    return KeyedBatch(
        [c for p in parts for c in p.content],
        [e for p in parts for e in p.exact],
        np.concatenate([p.title_hash for p in parts]),
        np.concatenate([p.prefix_hash for p in parts]),
        np.concatenate([p.weak for p in parts]),
        np.concatenate([p.sig for p in parts]),
        np.concatenate([p.abstract_len for p in parts]),
        np.concatenate([p.rank for p in parts]),
    )


def key_batch(records: list[Record]) -> KeyedBatch:
    n = len(records)
    abstracts = [r.abstract for r in records]
    texts = fold_bytes_many([r.title for r in records] + abstracts)
    folded = texts[n:]
    title_keys = without_spaces(texts[:n])
    abstract_keys = without_spaces(folded)
    # The word count comes from the shingling below; here every other reason. A bot's
    # phrase is looked for in all the batch's abstract heads at once first (one lower()
    # and three scans instead of three per record; "\0" is in no phrase, so none spans
    # two heads): most batches hold none.
    if _bot_phrase_in(abstracts):
        weak_list = [
            weak_abstract(r.abstract, MIN_ABSTRACT_WORDS, ak == tk, r.flags)
            for r, tk, ak in zip(records, title_keys, abstract_keys, strict=True)
        ]
    else:
        weak_list = [
            ak == tk or not WEAK_FLAGS.isdisjoint(r.flags)
            for r, tk, ak in zip(records, title_keys, abstract_keys, strict=True)
        ]
    weak = np.array(weak_list, dtype=bool)
    n_shingles, sig = oph_of_texts(folded, NUM_BINS)
    # n >= 3 words give n - 2 shingles; fewer give at most one.
    weak |= n_shingles < MIN_ABSTRACT_WORDS - (SHINGLE_WORDS - 1)
    sig[weak] = EMPTY  # a weak abstract is no evidence: it must not propose candidates

    # Column by column (comprehensions, no per-record appends); weak rows, few, are fixed
    # after.
    h128, h64 = xxhash.xxh3_128_digest, xxhash.xxh3_64_intdigest
    content = [h128(b"\x1f".join(keys)) for keys in zip(title_keys, abstract_keys, strict=True)]
    exact: list[bytes | None] = list(content)
    weak_rows = np.flatnonzero(weak).tolist()
    for i in weak_rows:
        tk = title_keys[i]
        if authors := _author_text(records[i]):
            # Only the title speaks for a weak copy: copies listing other people must meet in
            # verification, where disjoint authors veto the merge.
            exact[i] = (
                h128(tk + b"\x1f" + abstract_keys[i] + b"\x1f" + fold_bytes(authors))
                if is_specific_title(tk)
                else None
            )
        elif not is_specific_title(tk):
            exact[i] = None
    title_hash = np.array([(h64(tk) or 1) if tk else 0 for tk in title_keys], dtype=np.uint64)
    # 0 means "no value": a weak abstract has no prefix to index.
    prefix_hash = np.array(
        [(h64(ak[:PREFIX_CHARS]) or 1) if len(ak) >= PREFIX_CHARS else 0 for ak in abstract_keys],
        dtype=np.uint64,
    )
    prefix_hash[weak] = 0
    abstract_len = np.fromiter(map(len, abstracts), dtype=np.int64, count=n)
    rank = np.zeros(n, dtype=np.uint8)
    # A real abstract that visibly stops short ranks below the complete one (a weak one
    # keeps its own rank below): ``cut_abstract`` inline (no call per record), the flag
    # looked at only when the record has flags (most have none).
    cut = [
        a.rstrip().endswith(_CUT_ENDS) or (bool(r.flags) and "truncated" in r.flags)
        for a, r in zip(abstracts, records, strict=True)
    ]
    rank[np.array(cut, dtype=bool) & ~weak] = RANK_CUT
    for i in weak_rows:  # weak abstracts are few: only they are judged
        rank[i] = abstract_rank(records[i])
    return KeyedBatch(content, exact, title_hash, prefix_hash, weak, sig, abstract_len, rank)


def without_spaces(texts: list[bytes]) -> list[bytes]:
    """Each folded text without its spaces: its exact key (the C kernel where it runs:
    ``papercorpus.native``)."""
    if KERNELS is not None:
        return KERNELS.without_spaces(texts)  # type: ignore[no-any-return]
    return [t.translate(None, b" ") for t in texts]


# How good a copy's abstract is, best first: the survivor of a paper is a copy of the best
# rank, so junk never wins over text, nor a cut abstract over the complete one, whatever
# ``--keep`` says (``abstract_status`` of the output row follows from the survivor's rank).
# The ranks live for one run (never stored): renumbering them needs no index change.
RANK_REAL: Final = 0  # evidence for dedup
RANK_CUT: Final = 1  # a real abstract that visibly stops short (``cut_abstract``): still evidence
RANK_SHORT: Final = 2  # text, too short to be evidence
RANK_SUMMARY: Final = 3  # an AI one-liner instead of the abstract
RANK_JUNK: Final = 4  # a bot comment, a link, the title again...
RANK_MISSING: Final = 5  # no abstract at all

# Cards and feeds end a cut abstract with an ellipsis. (A missing full stop is no sign:
# abstracts often end with a URL; a capture cut mid-word is flagged ``truncated`` by its
# parser, which sees the page's cut marker.)
_CUT_ENDS: Final = ("\u2026", "...")


def cut_abstract(abstract: str, flags: tuple[str, ...]) -> bool:
    """Does the abstract visibly stop short: flagged ``truncated`` by its parser, or ending
    in an ellipsis? (``rstrip`` strips what a regex's ``\\s*$`` would match, without trying
    an end-anchored pattern at every position of the text.)"""
    return "truncated" in flags or abstract.rstrip().endswith(_CUT_ENDS)


def text_rank(record: Record, weak: bool) -> int:
    """``RANK_REAL`` or ``RANK_CUT`` for an abstract that is evidence, else ``abstract_rank``
    (what ``key_batch`` gives a record, for one record)."""
    if weak:
        return abstract_rank(record)
    return RANK_CUT if cut_abstract(record.abstract, record.flags) else RANK_REAL


def abstract_rank(record: Record) -> int:
    """The rank of a weak abstract (``RANK_SHORT`` and worse)."""
    if not record.abstract or "no_abstract" in record.flags:
        return RANK_MISSING
    if "summary" in record.flags:
        return RANK_SUMMARY
    if "junk_abstract" in record.flags or junk_abstract_reason(record.title, record.abstract):
        return RANK_JUNK
    if any(p in record.abstract[:300].lower() for p in _BOT_PHRASES):
        return RANK_JUNK
    return RANK_SHORT


def raw_key(record: Record) -> bytes:
    """Hash of the text exactly as parsed: byte-identical copies (the most common duplicate)
    are recognised by this alone and never normalised, shingled or signed. The author list
    is part of it: copies by different people are never folded together unseen."""
    text = f"{record.title}\x1f{record.abstract}"
    if not record.meta:  # most records: no call to find no authors
        return xxhash.xxh3_128_digest(text.encode())
    authors = _author_text(record)
    if authors:
        text += "\x1f" + authors
    return xxhash.xxh3_128_digest(text.encode())


def _author_text(record: Record) -> str:
    names = record.meta.get("authors") if record.meta else None
    if not isinstance(names, list):
        return ""
    return "\x1e".join(n for n in names if isinstance(n, str))


# Bytes of the content key the output id shows (as hex: 20 characters).
ID_BYTES: Final = 10


def content_id(content_key: bytes) -> str:
    """Stable output id: derived from the normalised content of the surviving copy."""
    return content_key[:ID_BYTES].hex()


def content_ids(content_keys: np.ndarray) -> list[str]:
    """``content_id`` of each row of a ``(n, 16)`` uint8 array of content keys, with one
    hex conversion for all of them."""
    digits = content_keys[:, :ID_BYTES].tobytes().hex()
    step = 2 * ID_BYTES
    return [digits[i : i + step] for i in range(0, len(digits), step)]
