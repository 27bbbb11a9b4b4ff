"""Round 34 (lt34): a paragraph after a blank line at another column than the one the page
sets its abstracts at, apart from its titles, is no abstract's paragraph.

``PageHabits.learn_col`` learns the column a page sets its titles at, apart from its
abstracts, and charges a title elsewhere (``COL_TITLE``). On a ``parts`` page
(``bold+indent``) every title is a bold list item at the margin and every abstract one line
set in with a tab; a card without an abstract, not an item (``**Bold** EGGS: …``), at the
margin after a blank line, was read as the abstract above's next paragraph: a card lost,
an abstract glued (parts 118 p000469). The page sets its abstracts in: a paragraph at the
margin is none of theirs (``scores.COL_PARAGRAPH``)."""

from __future__ import annotations

import pytest

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_col_paragraph.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "parts"))
def test_a_card_at_the_titles_margin_under_a_set_in_abstract(name: str) -> None:
    check_excerpt(EXCERPTS[name])
