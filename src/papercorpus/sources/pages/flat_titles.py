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

from typing import Final

from ..shape import TITLE_MAX, sentence_like, unit_kind
from .units import titleish

__all__ = ["ARXIV_BREAKS", "past_breaks", "two_titles"]

# The widest line arXiv's own line breaks leave (its listings' abstracts, kept with their
# breaks by Hugging Face for some papers): of the 605,584 lines of the 74,728 real
# listings' abstracts that a break ends, 0.6% are 85 characters or wider, and those are
# paragraphs on one line (a paragraph's break, not a wrap). A page that has shown its
# paragraphs on one line, two lines both wider than this are no tool's wrap (a tool
# would have wrapped those paragraphs) and no author's break: two units, as likely two
# titles as a paragraph's two lines, after two long one-line paragraphs as after eight
# (``bare`` 114 p002525: ``semantic consensus: … llm systems`` at 106 + ``evaluating …
# low-resource languages.`` at 103, two cards, read as one title after four one-line
# paragraphs of 874 to 1,747 characters).
ARXIV_BREAKS: Final = 84


def past_breaks(first: str, text: str) -> bool:
    """Are both lines wider than arXiv's own breaks leave a line (``ARXIV_BREAKS``)?"""
    return len(first) > ARXIV_BREAKS and len(text) > ARXIV_BREAKS


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
