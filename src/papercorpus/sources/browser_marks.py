"""What text browsers and converters write around a page's text (lynx, w3m, pandoc, a
browser's copy): link numbers, image stand-ins, a site menu set on one line.

``chrome`` classifies a line with these taken into account; the page parser drops a
title's link number once the line's width has told what it had to (``unmark_lead``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["PSEUDO_IMG", "menu_row", "unmark_lead", "unmark_links"]

# A text browser's stand-in for an image: its file name or a placeholder, after the
# link's number ("[12][2501.01234.png]", "[IMG]").
PSEUDO_IMG = re.compile(
    r"(?:\[\d{1,5}\])?\[(?:[^\[\]\s]{1,80}\.(?:png|jpe?g|gif|svg|webp)|IMG|INLINE|LINK)\]$",
    re.IGNORECASE,
)
# A text browser's link number glued to the link's text ("[12]Title", "by [4]AK",
# "[13]\"this …\"", "[36][RET] MPDiT …"); a citation ("[12] showed", "[3],", "[10][11]",
# "[26]\". In …") is followed by a space, punctuation or another citation. (A linked
# image's stand-in keeps its number: ``PSEUDO_IMG``.)
_LINK_MARK = re.compile(r"\[(?<![^\s(]\[)\d{1,5}\](?=[^\W_]|·|\[(?!\d)|[\"'“‘]\w)")
# ... at the start of a text (a title's line): the link's text may open with any mark
# ("[73]**Bold** …", "[130]$R^2$-dLLM! …", "[90]\\textsc{…}"); a citation opening a line
# is followed by a space, punctuation or another citation ("[12], as …", "[10][11] …").
_LEAD_MARK = re.compile(r"\[\d{1,5}\](?=[^\s,.;:!?)\]\[\"'“‘]|\[(?!\d)|[\"'“‘]\w)")
_MENU_GAP = re.compile(r"\s{2,}|\t")


def unmark_links(s: str) -> str:
    """``s`` without a text browser's link numbers (``[12]Title`` -> ``Title``)."""
    return _LINK_MARK.sub("", s) if "]" in s else s


def unmark_lead(s: str) -> str:
    """``s`` without the link number it starts with (``[130]Title``): inside running text
    a number glued to a word may be a citation whose space was lost (``… [2]using …``)."""
    m = _LEAD_MARK.match(s) if s[:1] == "[" else None
    return s[m.end() :] if m is not None else s


def menu_row(s: str, items: Mapping[str, str]) -> str | None:
    """``"view"``/``"nav"`` when ``s`` is a site menu written on one line (``Daily Weekly
    Monthly``, ``TOS   Privacy   About``): its words, or its items when set apart by two
    spaces or a tab, are all menu ``items`` (text -> kind)."""
    parts = _MENU_GAP.split(s) if ("  " in s or "\t" in s) else s.split(" ")
    kinds = {items.get(part) for part in parts}
    if None in kinds or len(parts) < 2:
        return None
    return "view" if kinds == {"view"} else "nav"
