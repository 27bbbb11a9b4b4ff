"""A one-line text wider than the width a page wraps its abstracts at, read as an abstract
(``WIDE_ABSTRACT``): the page would have wrapped it, so it is no abstract of that page's;
where the page leaves its titles whole on one line, it is a title."""

from __future__ import annotations

from typing import Final

from .evidence import WIDE_FROM
from .path_reads import wrapped_within
from .tokens import Token

__all__ = ["WIDE_ABSTRACT", "sure_past", "wide_paragraph", "wraps_abstracts"]

# What a card's abstract of one line pays where the line is wider than the page's firm
# wrap width (``evidence.set_wide``: past ``WIDE_LINE`` too, a space inside the width), on
# a page that has wrapped its last abstract decided within that width and leaves its long
# titles on one line (``Decoder.title_habit`` < 0): a title of a card under a card
# without an abstract, not that card's one-sentence summary (the summaries and
# abstracts such a page shows are wrapped at its width as its abstracts are:
# ``Clusters are All You Need: Pre-Training the Tsetlin Machine with … for
# Interpretability.`` at 122 under ``Transformers converge to invariant algorithmic
# cores``, on a page wrapping at 80: read as that card's summary, and the next
# abstract's first two lines as the title). The mirror of ``evidence.WRAPPED_ABOVE``
# (an abstract is wrapped throughout or not at all), charged as surely.
WIDE_ABSTRACT: Final = 4.0


def wraps_abstracts(abstract_toks: list[Token], width: int) -> bool:
    """Has the page wrapped the abstract decided last within ``width`` (a piece of three
    lines or more)?"""
    return any(wrapped_within(t, width) for t in abstract_toks)


def sure_past(text: str, width: int) -> int:
    """``width`` where the one-line ``text`` runs past it by more than a margin with a space
    inside it (a greedy wrap at ``width`` would have broken it), at ``WIDE_FROM`` or more;
    else 0. Asked where the page has wrapped ``evidence.SURE_WRAPS`` lines within
    ``width``, every one full (``Token.sure_width``): its tool wraps at no wider width, so
    the ``evidence.WIDE_LINE`` margin ``set_wide`` leaves a width learned from a few wraps
    is not needed, and a title of 92 columns on a page wrapping at 80 is as surely no
    abstract of its (``Algospeak, Hiding in the Open: … Detection Avoidance`` and
    ``codeevolve: … optimization``, two cards without an abstract under a third, read as
    the first card's abstract: new 60 ``n_org_line`` p001905). Of the 99,686 abstracts on
    the wrapped pages of ``new`` 60 and 61, no line is so; 17% of their titles are wider
    than the width. Charged where the page's last abstract was wrapped within the width
    too (``Decoder.last_abstract``): a page may show abstracts wrapped by their source
    (arXiv's, at 79) beside abstracts on one line (new 60 ``n_reldate`` p000031, 86
    wraps at 79 and paragraphs of 150 to 1,500 columns: the first form of the charge,
    without that test, moved an extra record there)."""
    return width if WIDE_FROM <= width < len(text) - 2 and " " in text[: width + 1] else 0


def wide_paragraph(text: str, width: int) -> bool:
    """Is ``text``, a paragraph of one line after a blank, wider than the width the page
    wraps at (``width``: the widest line it has wrapped, ``WIDE_FROM`` or more) with a
    space inside it, by any margin? Charged where it would be the next paragraph of an
    abstract the page wrapped within that width (``walks``' ``_mo_wrapped_above``: a
    piece of three lines or more): an abstract's paragraphs are wrapped alike, so such a
    line is none of its (``evidence.WRAPPED_ABOVE``), but a card's title the page left
    whole (``A Qualitative Model to Reason about Object Rotations (QOR) applied! To solve
    the Cube Comparison Test (CCT)`` at 107, a card without an abstract under a summary
    wrapped at 79, read as its second paragraph). ``evidence.set_wide`` asks a line past
    ``WIDE_LINE`` too, as any line under prose, where a width learned from a few wraps may
    be narrower than the paragraph's own; here the paragraph above has shown its width.
    (``sure_past``'s test: no narrower width than ``WIDE_FROM`` answers there.)"""
    return sure_past(text, width) > 0
