"""What the merge rules compare of one text: ``Features``, made a batch at a time.

A text's features are exact: its folded title and keys, the number and version markers of
its title, the sorted distinct 3-shingle and content-word hashes of its abstract, whether
the abstract is junk, summary-length or visibly cut, its keyed authors. ``batch_features``
folds and hashes a whole batch of abstracts in numpy passes and features a repeated title
once; ``verify.decide`` compares two of them.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

import numpy as np

from .._mypyc import mypyc_attr
from ..keys import cut_abstract, weak_abstract, without_spaces
from ..normalize import fold, fold_bytes_many
from ..sketch.shingles import (
    BLOCK_DOCS,
    BlockWords,
    block_shingles,
    block_words,
    word_bounds,
    word_hashes,
)
from ..title_markers import title_markers
from .authors import Authors, author_keys

# Title words that carry no topic: left out of word overlaps and specificity counts.
_STOPWORDS: Final = frozenset(
    "a an and are as at be by for from in into is it its of on or our over the their "  # noqa: SIM905
    "this to toward towards under using via we what when where which with".split()
)
# An abstract this short (folded characters) with a real sentence is a card summary or a
# teaser, not the abstract: a title match is not contradicted by it (domain.md §c.4 rule C).
SHORT_ABSTRACT_CHARS: Final = 300
# A system name before a colon: at most this many words and characters ("BePo", "WARM-CAT").
_NAME_WORDS: Final = 2
_NAME_CHARS: Final = 24
_NO_HASHES: Final = np.empty(0, np.uint64)


@mypyc_attr(native_class=False)  # (a Spark task's rows and a worker's pairs pickle)
@dataclass
class Features:
    title_fold: str
    title_key: str
    markers: tuple[str, ...]
    shingles: np.ndarray  # sorted distinct shingle hashes of the abstract (empty when weak)
    abstract_key: str
    weak: bool
    arxiv_id: str | None
    title_words: frozenset[str] = frozenset()
    name: str = ""  # key of the system name before a colon, "" when there is none
    # Content words of the abstract (``content_words``), as sorted distinct word hashes: the
    # same hash the shingles are made of. Empty when weak.
    words: np.ndarray = field(default_factory=lambda: _NO_HASHES)
    short: bool = False  # a real but summary-length abstract
    cut: bool = False  # the abstract visibly stops short (truncated copy)
    main_key: str = ""  # key of the title before its first colon (the subtitle dropped)
    main_markers: tuple[str, ...] = ()  # markers of that part
    authors: Authors = ()  # keyed author names (``authors.author_keys``), when listed


def content_words(folded: str) -> frozenset[str]:
    """Topic words of folded text: no stopwords, no 1-letter tokens, plural folded."""
    # Set algebra on the distinct words: an abstract has ~150 tokens but ~90 distinct ones,
    # and only the plural-looking ones need a Python-level look.
    words = set(folded.split())
    words -= _STOPWORDS_AND_LETTERS
    plural = [w for w in words if w[-1] == "s" and len(w) > 3 and w[-2] != "s"]
    if plural:
        words.difference_update(plural)
        words.update(w[:-1] for w in plural)
    return frozenset(words)


# Folded text is words of [a-z0-9]: these are all its one-character tokens.
_STOPWORDS_AND_LETTERS = _STOPWORDS | frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def word_set(words: Iterable[str]) -> np.ndarray:
    """Sorted distinct hashes of folded words, as ``Features.words`` holds them."""
    data = " ".join(words).encode("ascii")
    return _sorted_unique(word_hashes(data, *word_bounds(data)))


def _sorted_unique(x: np.ndarray) -> np.ndarray:
    # np.unique costs ~10 us on a 150-element array; this ~2 us.
    s = np.sort(x)
    if len(s) < 2:
        return s
    keep = np.empty(len(s), dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]


_STOP_HASHES: Final = word_set(_STOPWORDS)


def _slot_table(values: np.ndarray) -> tuple[np.ndarray, np.uint64]:
    """A direct-mapped table of distinct uint64 ``values`` by their low bits (the fewest
    that give each its own slot): ``table[h & mask] == h`` exactly when ``h`` is one of
    them, one gather per hash instead of a binary search (~40 ns a word). An empty slot
    holds a value of another slot, which no hash mapping to it can equal."""
    bits = max(len(values), 1).bit_length()
    while True:
        mask = np.uint64((1 << bits) - 1)
        slots = values & mask
        if len(np.unique(slots)) == len(values):
            break
        bits += 1
    table = (np.arange(1 << bits, dtype=np.uint64) + np.uint64(1)) & mask
    table[slots.astype(np.int64)] = values
    return table, mask


_STOP_TABLE, _STOP_MASK = _slot_table(_STOP_HASHES)
_S: Final = ord("s")


def content_word_hashes(words: BlockWords) -> list[np.ndarray]:
    """``content_words`` of every document of a block, as ``word_set`` hashes, from the
    block's word hashes (the ones its shingles are made of) instead of a Python set of
    strings for each (~30 us per abstract)."""
    data, starts, ends, first, hashes = words
    length = ends - starts
    # Stopwords and 1-letter tokens go first, as in content_words; then plurals lose their
    # "s" (their hash is recomputed over the stem).
    keep = (length > 1) & (_STOP_TABLE[(hashes & _STOP_MASK).astype(np.intp)] != hashes)
    buf = np.frombuffer(data, dtype=np.uint8)
    plural = keep & (length > 3)
    plural &= buf[ends - 1] == _S
    plural &= buf[np.maximum(ends - 2, 0)] != _S
    stems = np.flatnonzero(plural)
    if len(stems):
        hashes = hashes.copy()  # the block's own hashes stay those of the words as written
        hashes[stems] = word_hashes(data, starts[stems], ends[stems] - 1)
    kept = hashes[keep]
    kept_before = np.concatenate(([0], np.cumsum(keep)))[first]
    bounds = zip(kept_before[:-1].tolist(), kept_before[1:].tolist(), strict=True)
    return [_sorted_unique(kept[lo:hi]) for lo, hi in bounds]


def system_name(title: str) -> str:
    """Key of the short name before the first colon (``"BePo: Leveraging..."`` -> ``bepo``)."""
    head, sep, _ = title.partition(":")
    head = head.strip()
    if not sep or len(head) > _NAME_CHARS or not 1 <= len(head.split()) <= _NAME_WORDS:
        return ""
    return fold(head).replace(" ", "")


def markers(title: str) -> tuple[str, ...]:
    """``title_markers`` plus ``++`` (``RobustSplat++`` is the extension of ``RobustSplat``:
    the plus signs fold away, so they are kept as a marker of their own)."""
    found = title_markers(title)
    # Only an entity (&plus;, &#43;) can make a "+" that is not in the raw title.
    plus = "++" in (html.unescape(html.unescape(title)) if "&" in title else title)
    return (*found, "++") if plus else found


def features(
    title: str,
    abstract: str,
    arxiv_id: str | None,
    flags: tuple[str, ...],
    authors: Sequence[str] = (),
) -> Features:
    """What the rules compare of one text (``batch_features`` for many)."""
    return batch_features([(title, abstract, arxiv_id, flags, authors)])[0]


def batch_features(texts: Sequence[tuple]) -> list[Features]:
    """``features`` of many ``(title, abstract, arxiv_id, flags[, authors])``: abstracts are
    folded once and their shingles and words hashed together, a block of documents per
    numpy pass; a title repeated in the batch (both ends of most candidate pairs) is looked
    at once, and so is an abstract (the ends of a block's pairs share an abstract under
    another title or author list: ~8% of the hard corpus's)."""
    # Each distinct abstract is folded, shingled and hashed once: ``which[i]`` is text i's.
    index: dict[str, int] = {}
    which = [index.setdefault(text[1] or "", len(index)) for text in texts]
    folded = fold_bytes_many(list(index))
    shingles: list[np.ndarray] = []
    words: list[np.ndarray] = []
    n_words: list[int] = []
    for lo in range(0, len(folded), BLOCK_DOCS):
        block = block_words(folded[lo : lo + BLOCK_DOCS])
        hashes, offsets = block_shingles(block)
        shingles.extend(hashes[offsets[d] : offsets[d + 1]] for d in range(len(offsets) - 1))
        words.extend(content_word_hashes(block))
        n_words.extend(np.diff(block.first).tolist())
    keys = [k.decode("ascii") for k in without_spaces(folded)]
    sets: dict[int, np.ndarray] = {}  # sorted distinct shingles, of the abstracts not weak
    titles: dict[str, TitleFeatures] = {}
    out = []
    for i, (title, abstract, arxiv_id, flags, *authors) in enumerate(texts):
        t = titles.get(title)
        if t is None:
            t = titles[title] = title_features(title)
        a = which[i]
        f = _features(t, abstract, arxiv_id, flags, keys[a], n_words[a], words[a])
        if not f.weak:  # junk is never evidence
            s = sets.get(a)
            if s is None:
                s = sets[a] = _sorted_unique(shingles[a])
            f.shingles = s
        if authors and authors[0]:
            f.authors = author_keys(authors[0])
        out.append(f)
    return out


@dataclass(frozen=True, slots=True)
class TitleFeatures:
    """The title side of ``Features``."""

    fold: str
    key: str
    markers: tuple[str, ...]
    words: frozenset[str]
    name: str
    main_key: str
    main_markers: tuple[str, ...]


# Per process and run: a title is featured once however many pairs and blocks it is in
# (blocks hold whole components, so the titles that recur across blocks are the few generic
# and template ones: a small cache holds them, and bounds the memory at a few MB).
@lru_cache(maxsize=1 << 13)
def title_features(title: str) -> TitleFeatures:
    """The title side of ``Features`` (cached: see above)."""
    main, colon, _ = title.partition(":")
    tf = fold(title)
    tk = tf.replace(" ", "")
    marks = markers(title)
    # Without a colon the main part is the whole title.
    if not colon:
        return TitleFeatures(tf, tk, marks, content_words(tf), system_name(title), tk, marks)
    main_key = fold(main).replace(" ", "")
    return TitleFeatures(
        tf, tk, marks, content_words(tf), system_name(title), main_key, markers(main)
    )


def _features(
    t: TitleFeatures,
    abstract: str,
    arxiv_id: str | None,
    flags: tuple[str, ...],
    ak: str,
    n_words: int,
    words: np.ndarray,
) -> Features:
    """The features of one text but its shingles (the caller's: none when weak)."""
    weak = weak_abstract(abstract, n_words, ak == t.key, flags)
    return Features(
        t.fold, t.key, t.markers,
        _NO_HASHES,
        ak, weak, arxiv_id,
        title_words=t.words,
        name=t.name,
        words=_NO_HASHES if weak else words,
        # len(fold(abstract)): its letters and one space between words.
        short=not weak and ("summary" in flags or len(ak) + n_words - 1 <= SHORT_ABSTRACT_CHARS),
        cut=not weak and cut_abstract(abstract, flags),
        main_key=t.main_key,
        main_markers=t.main_markers,
    )  # fmt: skip
