"""Round 34 (ux41): on a page folded narrower than its titles (the ``capture`` arrangement's
``narrow`` trait) in layout B, a whole title in Title Case, folded over two lines or three
right under an abstract's last sentence, over the first line of a line in Title Case: the
next card's title as often as the title's third line. A card whose title is read whole
there over its abstract (``Can Lessons From Human Teams Be Applied to`` + ``Multi-Agent
Systems? The Role of Structure,`` + ``Diversity, and Interaction Dynamics`` + ``Multi-Agent
Systems (MAS) with Large Language`` …, capture 186 p000524) is found either way; a card
without an abstract over the next title (``GLOVER++: … Affordance Learning`` + ``from
Human Behaviors for Robotic Manipulation`` + ``Topology-Aware Coordination! For
Multi-Functional`` + ``Low-Altitude Wireless Networks`` + ``Low-altitude wireless networks
(LAWNs) are …``, capture 118 p000102) was joined as one unit, every line filling the fold,
and the next card lost: no cut was offered, so no echo could be weighed. The fold's width
says nothing at a title's last line (it fills the fold as often as the next word is long),
so the piece's end is offered as a cut (``breaks.title_piece``, ``after_end``) and the
decoder weighs it (the fill as a title's rest, the abstract's echo).

The excerpt: capture 186 p000524's lines 2404-2555 (six cards folded at 45, the last two
a card without an abstract over a title and its abstract)."""

from __future__ import annotations

from papercorpus.sources.pages.breaks import title_piece

from .page_excerpts import _ws, card_pairs, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_cased_piece_end.json")


def test_a_title_cased_title_under_a_sentence_end_read_whole() -> None:
    page = EXCERPTS["p524"]
    records, _ = parse_page(page["lines"])
    got = _ws(card_pairs(records))
    for card in _ws(page["cards"]):
        assert card in got


def test_the_piece_ends_only_under_a_sentence_end() -> None:
    piece = [
        "GLOVER++: Unleashing the Potential of Affordance Learning",
        "from Human Behaviors for Robotic Manipulation",
    ]
    text = "Topology-Aware Coordination! For Multi-Functional"
    assert title_piece(piece, text, after_end=True)
    # (under a title's first line or chrome, a Title Cased line is the title's rest as
    # likely: as before)
    assert not title_piece(piece, text)
    assert not title_piece(piece[:1], text)
