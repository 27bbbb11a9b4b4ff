"""Round 34 (ux42): a site's fold (`` (continued)``, `` […]``, ``… Show more``) closing a
clipped abstract, set on a line of its own by a narrow fold (``capture.narrow`` with
``parts.clip``): on a page whose abstracts close with the fold, ``line_marks`` took it off
a line's end only, and alone on its line it was read as the abstract's last words (mix 118
p000027: 12 leaked). Alone right under a line of text on such a page, it is the fold's,
and the clipped abstract ends above it."""

from __future__ import annotations

import pytest

from .page_excerpts import CARDS, HEAD, read_cards, wrap


def _clipped(c: dict) -> dict:
    words = c["abstract"].split()
    return {"title": c["title"], "abstract": " ".join(words[:24])}


@pytest.mark.parametrize("fold", ["(continued)", "[…]", "… Show more", "... Read more"])
def test_a_fold_alone_on_its_line_closes_the_abstract(fold: str) -> None:
    cards = [_clipped(c) for c in CARDS]
    lines = list(HEAD)
    for i, c in enumerate(cards):
        body = wrap(c["abstract"], 72)
        if i % 2:  # (the fold alone: a narrow fold set it on a line of its own)
            body.append(fold)
        else:
            body[-1] += " " + fold
        lines += [*wrap(c["title"], 72), *body, "12 authors", ""]
    read_cards([*lines, "Previous", "Next"], cards)
