"""Round 32 (ux36): on a page wrapped at 80 and folded at 40-60 columns since (a comb), a
line under a fold's short rest is weighed as prose on the line the first wrap set
(``widths.folded_line``, at that wrap's width), and as a title's rest on the line as the
page shows it, at the fold's width (``intake._offer_cut``). A title is no line of the
first wrap: the page set it whole, and only the fold broke it. Round 31 weighed both on
the first wrap's line: ``… flexibility, pushing VO toward more general and explainable``
+ ``spatial`` joined as a line of 68 that filled 80 over ``intelligence.`` read the
abstract's last sentence as a title's lines, and the next two cards (a title without an
abstract, a title in lower case) went into its abstract (capture 116 p000296, a
justified page folded at 60: two cards lost; capture 116 narrow 34 / 28 -> 31 / 27 lost /
glued).

The excerpt: the page's cards from its first whole one to line 154, then lines 1104-1209
(the three cards over the two it lost and those two)."""

from __future__ import annotations

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_fold_title_rest.json")


def test_a_title_rest_is_weighed_at_the_folds_width() -> None:
    check_excerpt(EXCERPTS["p296"])
