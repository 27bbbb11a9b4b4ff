"""Round 30 (ux31): a page folded narrower than its titles (a mail client's hard wrap at
40-60 columns, ``fold -s`` without the space it broke at: the ``capture`` arrangement's
``narrow`` trait) wraps every line, titles too. Its head shows it: a width narrower than
the usual capture widths, and no line of the head wider (a page that wraps its prose at 60
and leaves its titles whole shows them past it). There a title line that fills the width
goes on in the line under it as an abstract's line does, from the page's first card on,
before the page has shown three titles wrapped (``widths.folds_all``). Before, each such
title's rest became a card of its own (capture 114: ``Computer Vision based Automated`` /
``Quantification of Agricultural Sprayers Boom`` / ``Displacement`` read as two cards;
the narrow pages 5,684 extra records, 1,486 titles damaged of 13,738 cards)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.widths import folds_all, head_width, sets_apart

from .page_excerpts import card_page, read_cards, wrap


@pytest.mark.parametrize("width", [50, 60])
def test_a_folded_pages_titles_are_whole(width: int) -> None:
    """Layout A: each title folded over two or three lines, a blank line, its abstract."""

    def card(i: int, c: dict) -> list[str]:
        return [*wrap(c["title"], width), "", *wrap(c["abstract"], width), ""]

    page = card_page(card)
    assert folds_all(page, head_width(page))
    read_cards(page)


def test_a_page_that_leaves_its_titles_whole_is_not_folded() -> None:
    """Abstracts wrapped at 60, titles on one line past it: no fold of the whole page."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "", *wrap(c["abstract"], 60), ""]

    page = card_page(card)
    assert head_width(page) in (59, 60)
    assert not folds_all(page, head_width(page))
    read_cards(page)


def test_a_folded_page_is_measured_without_its_soft_hyphens() -> None:
    """A browser's copy of a page hyphenated with ``&shy;``: soft hyphens inside its long
    words take no column, but counted they widen the lines past the fold, and the head
    then shows no fold (capture 114 p000103: ``Computer Vision based Automated`` /
    ``Quantification of Agricultural Sprayers Boom`` / ``Displacement`` read as two
    cards)."""

    def shy(line: str) -> str:
        return " ".join(w[:4] + "\u00ad" + w[4:] if len(w) >= 9 else w for w in line.split(" "))

    def card(i: int, c: dict) -> list[str]:
        return [*wrap(c["title"], 60), "", *(shy(s) for s in wrap(c["abstract"], 60)), ""]

    read_cards(card_page(card))


@pytest.mark.parametrize("width", [45, 55])
def test_a_page_wrapped_at_80_then_folded_reads_its_abstracts_whole(width: int) -> None:
    """Abstracts wrapped at 80, then every line folded at ``width``: a full line and the
    short rest of the line it broke alternate (a comb). The short rest ends where the wrap
    at 80 broke, mid-sentence as often as not: joined to the piece above it, it is the
    line the wrap set, which filled 80 (``widths.fold_width``). Before, many such rests
    under which a capitalised word opened the next line were read as an abstract's end
    and the rest of the abstract as a card (capture 114 p000094, ``In-Training
    Examination`` / ``(TXIT, 2021), comprising …``)."""

    def card(i: int, c: dict) -> list[str]:
        lines = [p for line in wrap(c["abstract"], 80) for p in wrap(line, width)]
        return [*wrap(c["title"], width), "", *lines, ""]

    page = card_page(card)
    assert folds_all(page, head_width(page))
    read_cards(page)


def test_hard_breaks_folded_narrower_end_no_paragraph() -> None:
    """A markdown page that marks its wrapped lines with ``\\`` hard breaks, folded at 50
    since: the fold broke lines where no mark was, so a line without one ends no
    paragraph there (capture 114 p000186: an abstract's lines read as titles)."""

    def card(i: int, c: dict) -> list[str]:
        marked = [s + "\\" for s in wrap(c["abstract"], 80)]
        marked[-1] = marked[-1][:-1]
        return [*wrap(c["title"], 50), "", *(p for s in marked for p in wrap(s, 50)), ""]

    page = card_page(card)
    assert folds_all(page, head_width(page))
    read_cards(page)


def test_only_a_page_that_sets_its_blocks_apart_takes_the_hint() -> None:
    """Layout B folded at 50 (no blank line): a card without an abstract runs its title
    into the next title, and a title's line that fills the fold says nothing of the line
    under it, so the head's width is no title's hint there (capture 160: titles of cards
    without abstracts read as one; ``widths.sets_apart``). Layout A sets its blocks
    apart."""

    def b(i: int, c: dict) -> list[str]:
        return [*wrap(c["title"], 50), *([] if i % 2 else wrap(c["abstract"], 50))]

    def a(i: int, c: dict) -> list[str]:
        return [*wrap(c["title"], 50), "", *wrap(c["abstract"], 50), ""]

    assert not sets_apart(card_page(b)[3:])
    assert sets_apart(card_page(a)[3:])
