"""The sketch primitives' docstring examples run as tests, so they cannot go stale."""

from __future__ import annotations

import doctest

from papercorpus.sketch import signatures


def test_signature_examples() -> None:
    result = doctest.testmod(signatures, raise_on_error=False)
    assert result.attempted > 0
    assert result.failed == 0
