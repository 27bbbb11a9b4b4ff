"""Sign folded texts: each one's shingle count and OPH signature.

Two paths, one result bit for bit: ``native.KERNELS.signatures`` (C, one pass a text) and
the numpy one (``shingles.batch_shingles`` then ``signatures.oph_signatures``, a cache-sized
block of texts a pass), which is the specification and runs wherever the C kernels do not
(``papercorpus.native``).
"""

from __future__ import annotations

import numpy as np

from ..native import KERNELS
from .shingles import BLOCK_DOCS, batch_shingles
from .signatures import NUM_BINS, SIG_DTYPE, oph_signatures

__all__ = ["oph_of_texts"]


def oph_of_texts(folded: list[bytes], k: int = NUM_BINS) -> tuple[np.ndarray, np.ndarray]:
    """The shingle count (int64, ``(n,)``) and OPH signature (``SIG_DTYPE``, ``(n, k)``,
    writable) of each folded text."""
    if KERNELS is not None:
        return native_oph(folded, k)
    return numpy_oph(folded, k)


def native_oph(folded: list[bytes], k: int = NUM_BINS) -> tuple[np.ndarray, np.ndarray]:
    """``oph_of_texts`` by the C kernel (``KERNELS`` must be built)."""
    counts, sig = KERNELS.signatures(folded, k)  # type: ignore[union-attr]
    return np.frombuffer(counts, np.int64), np.frombuffer(sig, SIG_DTYPE).reshape(len(folded), k)


def numpy_oph(folded: list[bytes], k: int = NUM_BINS) -> tuple[np.ndarray, np.ndarray]:
    """``oph_of_texts`` by numpy, a cache-sized block at a time (the block's shingle hashes
    are still in cache when they are binned)."""
    counts, sigs = [], []
    for lo in range(0, len(folded), BLOCK_DOCS):
        hashes, offsets = batch_shingles(folded[lo : lo + BLOCK_DOCS])
        counts.append(np.diff(offsets))
        sigs.append(oph_signatures(hashes, offsets, k))
    if not sigs:
        return np.zeros(0, np.int64), oph_signatures(*batch_shingles([]), k)
    return np.concatenate(counts), np.concatenate(sigs)
