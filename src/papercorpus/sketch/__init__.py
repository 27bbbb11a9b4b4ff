"""Sketch primitives: word shingles (``shingles``) and one-permutation MinHash signatures
(``signatures``).

A leaf: numpy and the C kernels (``papercorpus.native``, a leaf too) only, so ``keys``
(which signs every record) and ``dedup`` (which compares the signatures and verifies on
exact shingle sets) both import it from below.
"""
