"""A structured abstract's section label (``Objectives: …``, ``Purpose. …``, ``Methods: …``):
a line opening so is a part of an abstract, never a title."""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "LABEL_FIRST",
    "LABEL_TITLE",
    "OPENING_FIRST",
    "OPENING_LABEL",
    "label_alone",
    "opening_label",
    "section_label",
]

# What a line opening with a structured abstract's section label pays as a title. Of the
# 78,599 real titles of the page generator's sources (arXiv listings and the Hugging Face
# scrape) none opens with one of these words Capitalised then ``:`` or ``.`` and a
# capital (the words that also name papers are left out: ``Context: Proactive …``,
# ``Scope: Selective …``; in capitals they are acronyms: ``METHOD: …``, ``AIM: …``);
# 997 lines of the listings' abstracts do (404 of them an abstract's first line). Read
# as a title, the card above lost its abstract to a record of its own, its title read as
# a card without an abstract (default 41 ``comments`` p000033: ``Vision-Language Models
# for Acute Tuberculosis Diagnosis: …`` + ``Background: This study introduces …``), or
# the abstract was split at its ``Methods:`` part. As ``keywords.KEYWORDS_TITLE``. And
# ``Abstract:`` itself (no title of the listings opens so; two abstracts of the Hugging
# Face scrape do): the label a listing sets over a card's abstract (ua24, ``novel``).
# The label alone on its line, with its colon (``Background:``, the part's text under it):
# no title of the listings or the scrape is one, 2 lines of the listings' abstracts are;
# read as a title, the card above took this card's title as its abstract (default 115
# ``card_date`` p001032: ``Clean & Clear: …`` + ``Published on Feb 25`` + ``Background:``).
LABEL_TITLE: Final = 6.0
_LABEL: Final = re.compile(
    r"(?:Objectives?|Purpose|Background|Methods?|Methodology|Results?|Conclusions?|Aims?"
    r"|Introduction|Motivation|Significance|Findings|Materials and [Mm]ethods|Rationale"
    r"|Importance|Discussion|Limitations|Goals?|Abstract) ?(?:[:.] (?=[A-Z0-9(\"'])|(:)$)"
)
# (the letters every label opens with: callers on the hot path ask ``text[0] in
# LABEL_FIRST`` before calling)
LABEL_FIRST: Final = frozenset("OPBMRCAIFSLDG")
# What a line opening with a label only an abstract's first part carries pays as a
# continuation (of an abstract or of a title): of the 74,728 listings' abstracts, the lines
# opening with ``Background``, ``Introduction`` or ``Motivation`` and ``:`` or ``.`` are the
# abstract's first line 122 times, a later line never (``Purpose`` 84 / 3, ``Objective`` 39
# / 6, ``Methods`` 1 / 96, ``Results`` 0 / 117: not these). Gone on as the card above's
# text, the line's card was lost and its title glued to that card's abstract (novel 115
# ``html+quote`` p000128: ``EDeep classification … DICOM medical images`` + ``Background :
# De-identification of DICOM …``, read as the abstract above going on). As ``LABEL_TITLE``.
OPENING_LABEL: Final = 6.0
_OPENING: Final = re.compile(
    r"(?:Background|Introduction|Motivation) ?(?:[:.] (?=[A-Z0-9(\"'])|:$)"
)
# (the letters those labels open with: ask ``text[0] in OPENING_FIRST`` first)
OPENING_FIRST: Final = frozenset("BIM")


def section_label(text: str) -> bool:
    """Does ``text`` open with a structured abstract's section label (its text after it)?"""
    m = _LABEL.match(text)
    return m is not None and m.group(1) is None


def label_alone(text: str) -> bool:
    """Is ``text`` a structured abstract's section label alone, with its colon
    (``Background:``), as a title pays it (``LABEL_TITLE``)? Not where the page's furniture
    reads labels (``repeats``: ``Abstract:`` alone over its cards is the page's)."""
    m = _LABEL.match(text)
    return m is not None and m.group(1) is not None


def opening_label(text: str) -> bool:
    """Does ``text`` open with a label only an abstract's first part carries
    (``Background:``, ``Introduction. …``; ``OPENING_LABEL``)?"""
    return _OPENING.match(text) is not None
