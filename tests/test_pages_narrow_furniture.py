"""Round 31 (ux35): a page's furniture on a page folded narrow (``capture.narrow``, 40-60
columns) with another draw's furniture (``furniture.f_authors``: ``Authors: …`` under
each title; ``fresh.links``: ``Code: https://…`` under each abstract, the fold parting the
label from its address). The furniture is learned by its repetition between the cards'
abstracts, and an abstract was a run of lines of 60 characters or more
(``repeats.PROSE_LINE``): folded at 48, a page showed no abstract, learned nothing, and
each ``Authors:`` line stood as a card's title, its title a card without an abstract
(mix 115 p000399: 10 lost, 11 leaked; p000272: the links in 18 abstracts). A reader
measures prose by the page's own width: on a page wrapped narrower than its titles
(``widths.FOLD_WIDTH``), a line of prose fills three quarters of that width."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.repeats import PROSE_LINE, learn, prose_line

from .page_excerpts import card_page, load_excerpts, parse_page, wrap
from .test_pages_card_parts import _read

EXCERPTS = load_excerpts("pages_ux35.json")


def test_authors_under_each_title_on_a_narrow_page() -> None:
    """Mix 115 p000399's head (folded at 53, ``Authors: …`` under bold titles): the names
    are the cards' furniture, no card's title (before: each a title, its card's title a
    card without an abstract, or lost in the abstract above)."""
    page = EXCERPTS["mix115_p000399_authors"]
    assert learn(page["lines"], prose_line(53)) == {"L:authors"}
    assert not learn(page["lines"])  # (prose measured at 60 columns: none on the page)
    records, _ = parse_page(page["lines"])
    assert not [r.title for r in records if "Authors:" in r.title]
    assert sum(bool(r.meta.get("authors")) for r in records) >= len(page["cards"]) - 1


@pytest.mark.parametrize(("width", "layout"), [(44, "B"), (48, "A"), (56, "A")])
def test_a_labelled_link_the_fold_parted_on_a_narrow_page(width: int, layout: str) -> None:
    """``Code:`` / ``https://github.com/…`` under each abstract (``Code: https://…`` folded):
    the page's furniture (before: in every abstract)."""

    def card(i: int, c: dict) -> list[str]:
        link = ["Code:", f"https://github.com/lab{i}/a-project-of-some-length-{i}"]
        gap = [""] if layout == "A" else []
        title, abstract = wrap(c["title"], width), wrap(c["abstract"], width)
        return [*title, *gap, *abstract, *link, *gap]

    _read(card_page(card))


def test_prose_is_measured_by_a_narrow_pages_width() -> None:
    assert prose_line(0) == prose_line(80) == prose_line(72) == PROSE_LINE
    assert prose_line(48) == 28
