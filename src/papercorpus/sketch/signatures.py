"""MinHash signatures by one-permutation hashing (OPH) with densification, vectorised.

Classic MinHash evaluates k hash permutations per shingle. OPH hashes each shingle once,
splits the hash range into k bins and keeps the minimum per bin, which estimates Jaccard
similarity as well as k permutations do for documents with more shingles than bins, at 1/k
of the cost. Empty bins are filled by rotation densification (Shrivastava & Li, 2014): an empty
bin borrows the value of the next non-empty bin to its right, offset by the distance, so two
documents agree on an empty bin exactly when they agree on the bin it borrows from.

Signatures only propose candidates; every candidate pair is verified on its exact shingle
sets (``verify``), so the outcome does not depend on the hashing details here.
"""

from __future__ import annotations

import numpy as np

NUM_BINS = 128
# 16-bit values: half the memory of 32-bit ones (256 bytes per unique text). Two different
# shingles agree on a bin's value with probability 2**-16, which moves a Jaccard estimate by
# ~0.00002 and a band of four values by 2**-64: nothing next to the exact verification.
SIG_DTYPE = np.uint16
EMPTY = np.uint16(0xFFFF)


def oph_signatures(hashes: np.ndarray, offsets: np.ndarray, k: int = NUM_BINS) -> np.ndarray:
    """Signatures of shape ``(ndocs, k)``, dtype uint16, for the documents described by
    ``batch_shingles``. A document without shingles gets an all-``EMPTY`` row, which the
    candidate stage ignores.

    >>> from papercorpus.sketch.shingles import batch_shingles
    >>> sig = oph_signatures(*batch_shingles(["one paper in four steps", "", "another"]))
    >>> sig.shape, sig.dtype.name, bool((sig[1] == EMPTY).all())
    ((3, 128), 'uint16', True)
    """
    ndocs = len(offsets) - 1
    sig = np.full(ndocs * k, EMPTY, dtype=SIG_DTYPE)
    if len(hashes):
        doc = np.repeat(np.arange(ndocs, dtype=np.int64), np.diff(offsets))
        # High bits choose the bin, low bits are the value: independent parts of one hash.
        high = hashes >> np.uint64(32)
        if k & (k - 1) == 0:  # a power of two: the same bins without a 64-bit division
            high &= np.uint64(k - 1)
        else:
            high %= np.uint64(k)
        bins = high.astype(np.int64)
        values = ((hashes >> np.uint64(16)) & np.uint64(0xFFFE)).astype(SIG_DTYPE)  # odd: EMPTY
        np.minimum.at(sig, doc * k + bins, values)
    sig = sig.reshape(ndocs, k)
    return _densify(sig)


def _densify(sig: np.ndarray) -> np.ndarray:
    empty = sig == EMPTY
    if not empty.any():
        return sig
    ndocs, k = sig.shape
    # Index of the next non-empty bin at or after each bin over the row written twice, so
    # the search wraps around; 4k where a row has none. int16 keeps the scan's arrays small.
    twice = np.concatenate([empty, empty], axis=1)
    pos = np.where(twice, np.int16(4 * k), np.arange(2 * k, dtype=np.int16))
    nxt = np.minimum.accumulate(pos[:, ::-1], axis=1)[:, : -k - 1 : -1]
    src = (nxt % np.int16(k)).astype(np.intp)
    dist = (nxt - np.arange(k, dtype=np.int16)).astype(SIG_DTYPE)
    with np.errstate(over="ignore"):
        borrowed = np.take_along_axis(sig, src, axis=1) + dist * SIG_DTYPE(0x9E37)
    borrowed &= SIG_DTYPE(0xFFFE)
    has_any = nxt[:, 0] < 4 * k
    return np.where(empty & has_any[:, None], borrowed, sig)


def estimate_jaccard(sig: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Fraction of equal bins for the row pairs ``(a[i], b[i])``: an estimate of the
    Jaccard similarity of their shingle sets.

    >>> from papercorpus.sketch.shingles import batch_shingles
    >>> text = ("sampling remains slow because hundreds of denoising steps are needed "
    ...         "so we distil the teacher into a student in")
    >>> sig = oph_signatures(*batch_shingles([text + " four steps", text + " three steps"]))
    >>> [round(j, 2) for j in estimate_jaccard(sig, np.array([0]), np.array([1])).tolist()]
    [0.8]

    The exact Jaccard of these two shingle sets is 0.81; with 128 bins the standard error of
    the estimate is about 0.04 (``verify`` decides on the exact sets).
    """
    out = np.empty(len(a), dtype=np.float32)
    step = 1 << 16  # bounded temporary memory for millions of pairs
    for lo in range(0, len(a), step):
        hi = lo + step
        out[lo:hi] = (sig[a[lo:hi]] == sig[b[lo:hi]]).mean(axis=1)
    return out
