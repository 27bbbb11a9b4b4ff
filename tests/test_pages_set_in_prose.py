"""A line set in under an abstract's line (two spaces or more deeper, as arXiv sets a title's
wrapped rest) goes on no abstract: an abstract's lines are flush, so the line above it is a
title's first line (``charges.SET_IN_TITLE``, now also on an abstract's continuation;
docs/pages-passes.md, "The families' and the site / furniture draws' last losses (lt32)").
The excerpt (``fixtures/pages_lt32.json``) is new 116's ``n_wrap`` page p002390, lines
2001-2102 (plain, layout B, wrapped at 60, titles wrapped with their rest set in): the
abstract of ``ALIGNS: …`` ending ``… large-scale nomological analysis.``, then ``What are
llms doing to scientific communication? measuring`` + ``  changes in writing practices and
reading experience`` + its abstract. Main read the two title lines as ALIGNS' abstract going
on and the abstract's first sentence as the card's title."""

from __future__ import annotations

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt32.json")["lt32_new116_p002390_a_set_in_line_is_no_abstract_line"]


def test_a_title_set_in_under_an_abstract_is_its_own_card() -> None:
    check_excerpt(PAGE)
