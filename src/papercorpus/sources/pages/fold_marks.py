"""A site's fold where it clips a card's abstract: the ellipsis and the expander's words
closing the clipped line (``… Show more``, ``... Read more``, ``…more``), ``(continued)``,
``[…]``, or the ellipsis alone with the expander on the next line; also as a capture that
could not print the ellipsis shows it. The abstract's shown text ends before the fold; a
reader reads past it. Read only on a page whose head shows the habit (``fold_page``): one
sentence may end in ``[…]``, a site's fold repeats on its cards.
"""

from __future__ import annotations

import re
from typing import Final

from .html_marks import habit

__all__ = [
    "CLIP_LAST",
    "EXPANDERS",
    "FOLD_ENDS",
    "FOLD_LAST",
    "FOLD_OPEN_LAST",
    "clip_end",
    "fold_closes",
    "fold_end",
    "fold_open",
    "fold_page",
]

# the fold a site sets where it clips a card's abstract, closing the clipped line: an
# ellipsis and the expander's words (``… Show more``, ``... Read more``, ``…more``), or
# ``(continued)``, ``[…]``; the abstract's shown text ends before it. The ellipsis as a
# capture that could not print it shows it: ``?`` (an ASCII terminal, ``encode('ascii',
# 'replace')``) or ``â€¦`` (UTF-8 read as Windows-1252), as ``[?]``, or right before the
# expander's words (``? Show more``, ``?more``: a bare ``more`` only right after it)
_FOLD: Final = re.compile(
    r"\s*(?:(?:…|\.\.\.|â€¦)\s*(?:[Ss]how more|[Rr]ead more|[Ss]ee more|more)"
    r"|\?(?:\s*(?:[Ss]how|[Rr]ead|[Ss]ee) more|more)|\(continued\)|\[(?:…|\.\.\.|\?|â€¦)\])$"
)
FOLD_LAST: Final = frozenset("e)]")
# ... and that fold as a wrap parts it: the ellipsis and the expander's first word closing
# the line, ``more`` alone on the next (``… meme… Show`` / ``more``)
_FOLD_OPEN: Final = re.compile(r"\s*(?:…|\.\.\.|â€¦|\?)\s*(?:[Ss]how|[Rr]ead|[Ss]ee)$")
FOLD_OPEN_LAST: Final = frozenset("wde")
FOLD_ENDS: Final = FOLD_LAST | FOLD_OPEN_LAST  # (what a line a fold closes ends with)
# ... or the ellipsis closing the text's line, the expander alone on the next
EXPANDERS: Final = frozenset(("Show more", "Read more", "See more", "show more", "read more"))
_CLIP_MARKS: Final = ("…", "...", "â€¦")
CLIP_LAST: Final = frozenset("….¦")


def fold_page(window: list[str]) -> bool:
    """Does the head of a page clip its abstracts with a fold (``… Show more``,
    ``(continued)``), on ``HTML_LINES`` lines or more? (One such line is text: a
    sentence may end in ``[…]``; a site's fold repeats on its cards.)"""
    return habit(window, _fold_line)


def _fold_line(s: str) -> bool:
    s = s.strip()
    return s != "" and fold_closes(s)


def fold_closes(s: str) -> bool:
    """Does a site's fold close ``s`` (stripped, not blank): ``… Show more``, or its first
    word the wrap left there (``… Show``)? The clipped abstract ends on the line."""
    last = s[-1]
    return (last in FOLD_LAST and _FOLD.search(s) is not None) or (
        last in FOLD_OPEN_LAST and _FOLD_OPEN.search(s) is not None
    )


def fold_end(s: str) -> int:
    """Where a fold closing ``s`` (stripped) starts (``len(s)``: none; a line of the
    fold alone is left to the chrome rules)."""
    m = _FOLD.search(s)
    return len(s) if m is None or not m.start() else m.start()


def fold_open(s: str) -> int:
    """Where a fold the wrap parted starts closing ``s`` (stripped): its ellipsis and the
    expander's first word (``… Show``, ``more`` on the next line); ``len(s)``: none. No
    abstract's line ends so: its own ``we show`` has no ellipsis before it."""
    m = _FOLD_OPEN.search(s)
    return len(s) if m is None or not m.start() else m.start()


def clip_end(s: str) -> int:
    """Where the ellipsis closing ``s`` (stripped) starts (``len(s)``: none): the fold's
    mark where the expander is alone on the next line (``… sentiment…`` over ``Show
    more``: the wrap parted them); an abstract's own ``...`` has no expander under it."""
    for mark in _CLIP_MARKS:
        if s.endswith(mark) and len(s) > len(mark):
            return len(s[: -len(mark)].rstrip())
    return len(s)
