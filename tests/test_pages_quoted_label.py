"""Round 31 (ux35): a label over each abstract (``Abstract: …``, ``*Abstract:* …``,
``parts.label``) on a page that sets its abstracts in blockquotes (``> *Abstract:* …``,
``novel.quote``). Each habit was read alone: the quote taken off a line (``unquote``),
the label habit measured on the page's lines as they stand, where every label stood after
the quote's mark: the habit was not seen, and every abstract kept its label (mix 169
p000431: 104 abstracts)."""

from __future__ import annotations

import textwrap

import pytest

from papercorpus.sources.pages.card_marks import label_page

from .page_excerpts import card_page, check_excerpt, load_excerpts
from .test_pages_card_parts import _read


@pytest.mark.parametrize("label", ["*Abstract:* ", "Abstract: ", "**Abstract.** "])
@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_label_inside_each_quoted_abstract(label: str, layout: str) -> None:
    def card(i: int, c: dict) -> list[str]:
        quoted = ["> " + s for s in textwrap.wrap(label + c["abstract"], 78)]
        gap = [""] if layout == "A" else []
        return [c["title"], *gap, *quoted, *gap]

    _read(card_page(card))


def test_the_label_habit_under_the_quotes_mark() -> None:
    assert label_page(["> Abstract: We study a thing.", "x"] * 3)
    assert not label_page(["> Abstract: We study a thing.", "x"] * 2)


def test_mix_169_p000431() -> None:
    """The page's head and first cards: ``> *Abstract:* …`` under each title."""
    check_excerpt(load_excerpts("pages_ux35.json")["mix169_p000431_quoted_label"])
