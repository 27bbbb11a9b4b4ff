"""Round 33 (ux40): a title's markdown link closed by the card's author count, the dash
as a capture that could not print it shows it: ``### [Title](https://huggingface.co/papers/
ID) â€” 2 authors`` (UTF-8 read as Windows-1252, ``capture.charset`` with
``novel.title_tail``), or `` ? `` (an ASCII terminal). ``card_marks.link_title_marks`` read
the dash printed only, so the count stayed outside the link and the link's address went
into the title (mix 183 p000786: 32 leaked, 64 damaged titles); the plain title's count
reader (``_AUTHORS_TAIL``) read the dash as printed already."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_marks import link_title_marks

from .page_excerpts import check_excerpt, load_excerpts


@pytest.mark.parametrize("dash", ["—", "â€”", "â€“", "?"])
def test_the_count_goes_inside_the_link(dash: str) -> None:
    s = f"[A Title](https://huggingface.co/papers/2506.01089) {dash} 2 authors"
    assert (
        link_title_marks(s)
        == f"[A Title {dash} 2 authors](https://huggingface.co/papers/2506.01089)"
    )


def test_the_pages_cards() -> None:
    # (the page's first 60 lines)
    check_excerpt(load_excerpts("pages_ux40.json")["mix183_p000786"])
