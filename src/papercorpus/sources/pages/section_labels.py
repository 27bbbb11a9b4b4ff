"""A structured abstract's section label (``Objectives: …``, ``Purpose. …``, ``Methods: …``):
a line opening so is a part of an abstract, never a title."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["LABEL_FIRST", "LABEL_TITLE", "section_label"]

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
LABEL_TITLE: Final = 6.0
_LABEL: Final = re.compile(
    r"(?:Objectives?|Purpose|Background|Methods?|Methodology|Results?|Conclusions?|Aims?"
    r"|Introduction|Motivation|Significance|Findings|Materials and [Mm]ethods|Rationale"
    r"|Importance|Discussion|Limitations|Goals?|Abstract) ?[:.] (?=[A-Z0-9(\"'])"
)
# (the letters every label opens with: callers on the hot path ask ``text[0] in
# LABEL_FIRST`` before calling)
LABEL_FIRST: Final = frozenset("OPBMRCAIFSLDG")


def section_label(text: str) -> bool:
    """Does ``text`` open with a structured abstract's section label?"""
    return _LABEL.match(text) is not None
