"""Sketch primitives: word shingles (``shingles``) and one-permutation MinHash signatures
(``signatures``).

A leaf: numpy only, nothing from the rest of the package, so ``keys`` (which signs every
record) and ``dedup`` (which compares the signatures and verifies on exact shingle sets) both
import it from below.
"""
