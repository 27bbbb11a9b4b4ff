"""Round 32 (ux38): a page folded narrow (``capture.narrow``) that clips its abstracts with
the site's fold (``parts.clip``) and sets a line of furniture under each title (``Apr
17, 2025 • 13 authors``, ``unseen.dots``): mix 116 p000443, every such line read as a
card's title (62 extra records, 4 leaked into titles). The furniture is learned by its
repetition beside the cards' titles (``repeats.learn``), prose measured at the page's
width (``repeats.prose_line``: 0.6 of 48); a title as wide as that right under a clipped
abstract's last line ran on in its paragraph, and four cards of the page's head showed no
title beside the line. The fold closes its abstract as a paragraph's end does
(``paragraphs._ends``: ``fold_marks.fold_closes``). The excerpt is the page's first 362
lines (``fixtures/pages_ux38.json``)."""

from __future__ import annotations

from papercorpus.sources.pages.repeats import learn, prose_line

from .page_excerpts import load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_ux38.json")
PAGE = EXCERPTS["ux38_mix_116_p000443_furniture_under_clipped_abstracts"]


def test_furniture_under_titles_over_clipped_abstracts_is_learned() -> None:
    assert learn(PAGE["lines"], prose_line(48)) == {"M 0, 0 • 0 authors"}


def test_no_furniture_line_stands_as_a_title() -> None:
    """Every card's title read as one, none a furniture line or holding one (one card
    of the excerpt, ``enhancing negation awareness …`` over three folded lines, is read
    as two: left, see ``docs/pages-passes.md``)."""
    records, _ = parse_page(PAGE["lines"])
    titles = [" ".join(r.title.split()) for r in records]
    assert not [t for t in titles if " authors" in t]
    want = [" ".join(t.split()) for t, _ in PAGE["cards"]]
    assert set(want) <= set(titles)
