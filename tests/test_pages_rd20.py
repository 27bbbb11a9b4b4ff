"""Reader-mode captures (the ``reader`` arrangement), tenth pass: a card of one line with no
chrome over the next title. Excerpts (``fixtures/pages_rd20.json``) of the seed-60 ``reader``
set, each failing before its rule:

- r60 p001446: ``Med-K2N: Flexible K-to-N Modality Translation for Medical Image Synthesis``
  (73 of 80) + ``Entropy Alone is Insufficient for Safe Selective Prediction in LLMs`` +
  its date + an abstract that echoes the second line and not the first: a card without an
  abstract, its date or its link over the next card's title, read as one title of 142
  characters; the echo's charge and the two lines' length together part them
  (``long_unshared``)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.long_unshared import (
    LONG_UNSHARED,
    LONG_UNSHARED_LEAST,
    long_unshared,
)

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_rd20.json")


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_excerpt(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_the_length_pays_only_beside_the_echo() -> None:
    # (the two lines, 73 + 1 + 68 characters, and a separator after each: 144)
    assert long_unshared(5.0, 144) == LONG_UNSHARED
    assert long_unshared(0.0, 144) == 0.0  # (no echo charged: the length alone says little)
    assert long_unshared(5.0, LONG_UNSHARED_LEAST) == 0.0  # (139 characters and the space)
    assert long_unshared(5.0, LONG_UNSHARED_LEAST + 1) == LONG_UNSHARED
