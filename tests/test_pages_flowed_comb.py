"""Round 31 (ux33): a page folded by ``fold -s`` (the space it broke at kept at the broken
line's end) after another tool broke its lines first: a wrap at 80 (every line of 80
folded at 45: a full line, then the short rest of the line the wrap set, a comb), or a
typesetter's hyphenated column. The fold's soft breaks are the lines ending in one space,
and nearly every one of them is full (the next word would not have fitted); the first
tool's line ends are full too and end without one, so fewer than ``FLOWED_SHARE`` of the
head's full lines are soft. Before, such a page was read as not flowed, its lines as a
folded page's, and a title ending at a line without its space ran into the next card's
(capture 115 and 166: 16 such pages of 179 kept-space `narrow` pages, 15 lost / 10 glued,
524 extra records; ``> > Magic: evaluating multimodal cognition `` / ``> > toward grounded
visual reasoning`` / ``> > GenStereo? Towards Open-World Generation `` read as one title).
An editor's stray trailing spaces end short lines as often as full ones: no soft break
(``test_pages_mail``'s guard)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.mail import flowed_page

from .page_excerpts import CARDS, card_page, fold_s, read_cards, wrap


@pytest.mark.parametrize("width", [42, 48])
def test_a_comb_folded_with_its_soft_breaks_marked_is_flowed(width: int) -> None:
    """Layout B (no blank line): titles and abstracts wrapped at 80, then each line
    folded at ``width`` keeping the space it broke at; every other card has no abstract,
    so its title's last line, ending without a space, ends it."""

    def card(i: int, c: dict) -> list[str]:
        title = [p for s in wrap(c["title"], 80) for p in fold_s(s, width)]
        if i % 2:
            return title
        return [*title, *(p for s in wrap(c["abstract"], 80) for p in fold_s(s, width))]

    page = card_page(card)
    assert flowed_page(page)
    cards = [{**c, "abstract": "" if i % 2 else c["abstract"]} for i, c in enumerate(CARDS)]
    read_cards(page, cards)


def test_short_lines_ending_in_a_space_are_no_fold() -> None:
    """A page wrapped at 80 whose short lines (a paragraph's last) end in a space as often
    as its full ones: an editor's, not a fold's, whatever the share of full lines."""

    def card(i: int, c: dict) -> list[str]:
        lines = wrap(c["abstract"], 80)
        return [
            c["title"],
            *(s + " " if k % 2 or k == len(lines) - 1 else s for k, s in enumerate(lines)),
        ]

    assert not flowed_page(card_page(card))
