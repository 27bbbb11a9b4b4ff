"""A justified column's paragraph ends: where a line is left ragged.

A typesetter that justifies a column (``nroff``'s adjusted text, ``pdftotext -layout``,
a mail client's "justify") pads every line of a paragraph to the column's width with
doubled spaces between words, all but the paragraph's last, which it leaves ragged. A
reader of such a column sees where a paragraph ends without reading a word: the line
short of the column, set with single spaces, under lines padded to it. What follows it is
a new paragraph - in a listing without blank lines between cards, the next card's title as
likely as the abstract going on - never the same sentence wrapped.

The evidence is the unit's own lines, not the page's habit: a capture may justify one
card's abstract and not its neighbour's (a span holding a link or markup is left as it
was). Two padded lines of one width (a run of spaces inside the line, not only after a
sentence's stop, as a typist's two spaces after a period are) make the column; the last
line, unpadded and two characters or more short of that width, is its paragraph's end. A
line that fills the width with single spaces needs no padding and says nothing (about
one line in ten of a greedy column), nor does a line of one word (no space to pad: a long
address the column could not break).
"""

from __future__ import annotations

from typing import Final

__all__ = ["ragged_end"]

# Lines above the last one looked at for the column's padded lines.
_LOOK: Final = 4
# How far short of the column a line must be to be read as left ragged (a ligature or a
# mis-decoded character may move a line's length by one).
_SHORT: Final = 1
# pdftotext's ligature glyphs print two or three letters in one character
_LIGATURES: Final = {"ﬀ": 1, "ﬁ": 1, "ﬂ": 1, "ﬃ": 2, "ﬄ": 2, "ﬅ": 1, "ﬆ": 1}


def _width(line: str) -> int:
    """The line's length as its letters set it (a ligature counted as its letters)."""
    n = len(line)
    if not line.isascii():
        for ch in line:
            n += _LIGATURES.get(ch, 0)
    return n


def padded(line: str) -> bool:
    """Does ``line`` hold a run of spaces between words that no sentence's stop explains
    (``from   sports  analytics``, not ``results.  We``)?"""
    at = line.find("  ")
    while at > 0:
        if line[at - 1] not in ".!?:;":
            return True
        at = line.find("  ", at + 2)
    return False


def ragged_end(parts: list[str]) -> bool:
    """Is the unit's last line (``parts[-1]``) a justified paragraph's ragged last line:
    unpadded, short of the width two padded lines above it share?"""
    last = parts[-1]
    if len(parts) < 3 or "  " in last or " " not in last or "  " not in parts[-2]:
        # (a line of one word has no space to pad: a long address set alone says nothing)
        return False
    width = 0
    seen = 0
    for line in parts[-2 : -2 - _LOOK : -1]:
        if "  " not in line or not padded(line):
            continue
        n = _width(line)
        if seen and abs(n - width) > 1:
            return False  # (lines of several widths: no column)
        width = min(n, width) if seen else n
        seen += 1
    return seen >= 2 and _width(last) <= width - _SHORT
