"""Round 30 (ux32): a site's fold (``… Show more``) as a capture that could not print its
ellipsis shows it. An ASCII terminal prints ``?`` for ``…`` (``computation? See more``),
UTF-8 read as Windows-1252 prints ``â€¦`` (``computation â€¦ Show more``). Each habit was
read alone (the fold, ``card_marks``; the capture's damage, kept as read); on one page
the fold was no fold: it stayed in every abstract (mix 162: 62 abstracts under
``capture.ascii``, 47 under ``capture.charset``, ``parts.clip`` on both). The ellipsis
as shown still ends the clipped abstract; a question mark in a sentence does not."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_marks import fold_end

from .page_excerpts import card_page
from .test_pages_card_parts import _clipped, _laid, _read


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("fold", ["? See more", "?more", " [?]", "â€¦ Show more", " [â€¦]"])
def test_a_fold_whose_ellipsis_the_capture_could_not_print(fold: str, layout: str) -> None:
    want = []

    def card(i: int, c: dict) -> list[str]:
        lines, shown = _clipped(c, 0.6)
        want.append((c["title"], shown))
        lines[-1] += fold
        return _laid(layout, [c["title"]], lines)

    _read(card_page(card), want)


def test_a_question_is_no_fold() -> None:
    for s in ("Is it more? more", "Does it scale? It does more", "Why? See"):
        assert fold_end(s) == len(s)
    assert fold_end("computation? See more") == len("computation")
