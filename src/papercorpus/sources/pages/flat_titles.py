"""Two title-like lines of one width, the first break of a page that has shown its
paragraphs on one line each and wrapped none: two titles as likely as a wrapped paragraph.

A page that has shown eight one-line paragraphs and no wrapped one learns no wrap width
from a unit's first break between two lines of different widths (``parser``); between two
of one width it learned one, as the page's first wrapped paragraph, and the join then
stood on that width: the intake's cut for two titles on a flat page (``intake``) asks the
page to be flat still, so it was never offered. ``Deep mineralogical segmentation of
thin! Section images based on QEMSCAN maps`` (77, a card without an abstract) + ``moss-
speech: towards true speech-to-speech models without text guidance`` (71) + its abstract
on one line, between 26 p000475 (web B, 35 one-line paragraphs above, none wrapped): one
title of two lines, the first card lost, and the page "wrapped at 77". Where the two lines
read as two titles (the first of one sentence at most, a title may hold ``! ``, and not
reading as a sentence; the second title-shaped), the break teaches no width and the
intake offers its cut: the decoder weighs the two readings. A paragraph wrapped at a
width opens with a line that reads as a sentence or goes on, and its next break teaches
the width.
"""

from __future__ import annotations

from ..shape import TITLE_MAX, sentence_like, unit_kind
from .units import titleish

__all__ = ["two_titles"]


def two_titles(first: str, text: str) -> bool:
    """Could ``first`` and ``text``, a unit's one line and the line joining it, be two
    titles on a page that wraps nothing (``text`` title-sized and shaped, ``first`` no
    paragraph of several sentences nor reading as a sentence)? As the intake asked it
    before, but for ``first``'s kind: a one-sentence title (``… of thin! Section …``)."""
    return (
        len(text) <= TITLE_MAX
        and unit_kind(first, False) != "A"
        and titleish(text)
        and not sentence_like(first)
    )
