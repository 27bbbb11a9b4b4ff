"""Reader-mode captures (the ``reader`` arrangement), tenth pass: a card of one line with no
chrome over the next title. Excerpts (``fixtures/pages_rd20.json``) of the seed-60 and seed-61
``reader`` sets:

- r60 p001446 (failing on ``a785222``): ``Med-K2N: Flexible K-to-N Modality Translation for
  Medical Image Synthesis`` (73 of 80) + ``Entropy Alone is Insufficient for Safe Selective
  Prediction in LLMs`` + its date + an abstract that echoes the second line and not the
  first: a card without an abstract, its date or its link over the next card's title, read
  as one title of 142 characters; the echo's charge and the two lines' length together part
  them (``long_unshared``);
- r61 p002285, a guard (failing on the rule's first form, which had no least text): a title
  of two lines (``Divergent Realities: … vs. Artificial`` + ``Intelligence Based …``) over
  a structured abstract's first paragraph, 290 characters before ``Methods:``; the echo
  there charges 0.5, and the length is no second witness to so little text;
- r62 p002538, a guard (failing on the second form, which asked nothing of the first line's
  end): ``if you had to pitch your ideal software -- evaluating large language models to`` +
  ``support user scenario writing for user experience experts and laypersons.``, a title in
  lower case over two lines, its first line ending open: no whole title."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.long_unshared import (
    LONG_UNSHARED,
    LONG_UNSHARED_LEAST,
    LONG_UNSHARED_TEXT,
    long_unshared,
)

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_rd20.json")


@pytest.mark.parametrize("name", [n for n in sorted(EXCERPTS) if "guard" not in n])
def test_excerpt(name: str) -> None:
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "guard"))
def test_a_two_line_title_over_little_text_stays_whole(name: str) -> None:
    page = EXCERPTS[name]
    records, _ = parse_page(page["lines"])
    assert " ".join(page["title"].split()) in [" ".join(r.title.split()) for r in records]


def test_the_length_pays_only_beside_the_echo_over_enough_text() -> None:
    text = "x" * LONG_UNSHARED_TEXT
    first = "Med-K2N: Flexible K-to-N Modality Translation for Medical Image Synthesis"
    # (the two lines, 73 + 1 + 68 characters, and a separator after each: 144)
    assert long_unshared(5.0, 144, text, first) == LONG_UNSHARED
    assert long_unshared(0.0, 144, text, first) == 0.0  # (no echo charged)
    assert long_unshared(5.0, LONG_UNSHARED_LEAST, text, first) == 0.0  # (139 and the space)
    assert long_unshared(5.0, LONG_UNSHARED_LEAST + 1, text, first) == LONG_UNSHARED
    assert long_unshared(0.5, 144, text[:290], first) == 0.0  # (r61 p002285: too little text)
    # (r62 p002538: a first line ending open is no whole title)
    assert long_unshared(5.0, 153, text, "evaluating large language models to") == 0.0
