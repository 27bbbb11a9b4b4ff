"""Round 31 (ux35): a card's thumbnail, a markdown image in the card's link
(``[![Title](…/papers/ID.png)](…/papers/ID)``, ``fresh.thumb``), over lines where a narrow
fold (``capture.narrow``) broke its alt text. On one line the chrome rules read it as an
image; over lines it opened a link wrapper, and the wrapper's text, the image alone, was
read as text: a card's title or abstract (mix 169 p000083: the next card's thumbnail as
the abstract of a card without one, its id given to it). An image alone, whatever lines
it spans, is the card's picture, no text of it."""

from __future__ import annotations

import pytest

from .page_excerpts import card_page
from .test_pages_card_parts import _read

IDS = [f"25{m:02d}.{20000 + 41 * m}" for m in range(1, 11)]


def _thumb(i: int, title: str, width: int) -> list[str]:
    words, lines, line = title.split(), [], "[!["
    for w in words:
        if len(line) + len(w) > width and line not in ("[![",):
            lines.append(line.rstrip())
            line = ""
        line += w + " "
    lines.append(
        line.rstrip()
        + f"](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/{IDS[i]}.png)"
        + f"](https://huggingface.co/papers/{IDS[i]})"
    )
    return lines


@pytest.mark.parametrize("width", [30, 50, 500])
def test_a_thumbnail_whose_alt_text_a_fold_broke(width: int) -> None:
    def card(i: int, c: dict) -> list[str]:
        return [*_thumb(i, c["title"], width), "", c["title"], "", c["abstract"], ""]

    records = _read(card_page(card))
    assert [r.arxiv_id for r in records] == IDS
