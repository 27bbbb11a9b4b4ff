"""Round 31 (ux33): a page wrapped at 80 and then folded at 40-60 columns (a comb: a full
line, then the short rest of the line the wrap set) in layout B, no blank line between
its blocks. Each short rest ends where the wrap at 80 broke, mid-sentence as often as
not; joined to the piece it was broken from it is the line the wrap set, which filled 80
(``widths.fold_width``, ``widths.folded_line``). Round 30 read the comb so on pages that
set their blocks apart only (layout A), with the head's width as the title's hint; here
the comb is read on every folded page, the hint still on layout A only (a card without
an abstract runs its title into the next one in layout B). Before, each rest under which
the next line opened with a capital ended a paragraph: an abstract cut into cards, and
the echo of a title in its abstract read on the abstract's first piece alone (capture 166
p000531, p000050: 69 and 94 extra records; capture 166 narrow 39/25 -> 37/25 lost /
glued, 3,064 -> 2,727 extra records)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.widths import folds_all, head_width, sets_apart

from .page_excerpts import card_page, read_cards, wrap


@pytest.mark.parametrize("width", [50, 55])
def test_a_comb_in_layout_b_reads_its_abstracts_whole(width: int) -> None:
    """Layout B: each title folded, its abstract wrapped at 80 then folded, no blank
    line anywhere. (At 45 the sample's cards still read as 15: left.)"""

    def card(i: int, c: dict) -> list[str]:
        lines = [p for line in wrap(c["abstract"], 80) for p in wrap(line, width)]
        return [*wrap(c["title"], width), *lines]

    page = card_page(card)
    assert folds_all(page, head_width(page)) and not sets_apart(page[3:])
    read_cards(page)
