"""A card's date a narrow fold parted: ``Apr 23,`` / ``2025[5](…#community)``, ``Jul`` /
``28[17](…#community)`` (``capture.narrow`` over a listing that prints its date and its
comment link on one line). Each piece alone is no chrome the rules read: the month and
its day read as an abstract's last words or a card's text of their own (mix 188 p000487:
5 abstracts glued, a card without an abstract given ``Apr 23,``). A reader sees the date
the two lines spell: a line of a month name, its day and the date's comma at most, over a
line opening with the day or the year, is a date where the two read as one."""

from __future__ import annotations

import re
from typing import Final

from ..chrome import MONTH_NAME
from .card_notes import card_chrome

__all__ = ["HEAD_MAX", "MONTH_FIRST", "date_head"]

MONTH_FIRST: Final = frozenset("JFMASOND")
_HEAD: Final = re.compile(rf"{MONTH_NAME}\.?(?: \d{{1,2}},?)?")
_REST: Final = re.compile(r"\d{1,4}(?!\d)")
# the longest head read (``Sept. 23,``, ``June 5,``: a month's name, a day, a comma; a month
# spelt out whole with its day, ``September 23,``, is left as before): asked before the line
# under it is read ahead, which cost the parser that read on every line of text opening
# with a month's first letter
HEAD_MAX: Final = 11


def date_head(s: str, below: str | None) -> bool:
    """Is ``s`` (stripped; it opens with ``MONTH_FIRST``) a card date's head the line
    ``below`` (raw) goes on with its day or year (``Apr 23,`` / ``2025…``)?"""
    if below is None or len(s) > HEAD_MAX or _HEAD.fullmatch(s) is None:
        return False
    m = _REST.match(below.strip())
    return m is not None and card_chrome(f"{s} {m[0]}") == "date"
