"""A one-line title read over the line under it, where the text below echoes that line and
not the title line (``token_charges.unshared_first`` / ``unshared_past`` charge it), and
the two lines run long together: the echo and the length are two witnesses, and a title
that shares none of its first line's words with its abstract is rarely also long.

``reader`` 60 p001446: ``Med-K2N: Flexible K-to-N Modality Translation for Medical Image
Synthesis`` at 73 of 80 + ``Entropy Alone is Insufficient for Safe Selective Prediction in
LLMs`` + ``Feb 7, 2021`` + an abstract on entropy and selective prediction: a card without
an abstract, its date or its link over the next card's title, read as one title of 142
characters (``unshared_past`` charged 5.0, not enough against the filled width); the
first card was lost and its record took the second card's link.

Measured on the page generator's 75,874 real arXiv papers (abstracts of 250 characters or
more, the first 2,000 read): each title longer than the width wrapped greedily at 72 / 80
columns, its first two lines over its own abstract (52,050 / 41,199), against a whole
title that fills the width for the next line's first word over another paper's title's
first line and that paper's abstract (16,701 / 19,595 drawn; ``first_unshared`` as the
parser charges it; the abstracts of 600 characters or more, 51,585 / 40,853 titles, give the
same figures within 0.1). Where the charge is paid, the two lines running 140 characters or
more (with the space between) are 6 of 562 titles (1.1%) and 3,230 of 14,572 pairs (22%)
at 72 columns, 13 of 276 (4.7%) and 14,481 of 17,648 (82%) at 80: a further log-odds of
3.0 / 2.9 that the lines are two titles, beyond what the echo alone says. Charged at
``LONG_UNSHARED`` (2.5, the lesser less a margin) and only where the echo charge is paid
(uncharged, the two lines that long are 0.47% / 2.0% of the titles and 2.3% / 7.6% of the
pairs: 1.6 / 1.4, the length alone says little). Not for a rest of two lines
(``unshared_two``): the three lines of a real title wrapped so run long anyway, and
``charges.LONG_TITLE`` weighs their length.
"""

from __future__ import annotations

from typing import Final

from .lineforms import open_end

__all__ = ["LONG_UNSHARED", "LONG_UNSHARED_LEAST", "LONG_UNSHARED_TEXT", "long_unshared"]

LONG_UNSHARED: Final = 2.5
# ... the two lines with the space between, as measured; a decoder node counts a
# separator after each line (``Node.title_len``, ``len(text) + 1`` a line), so the title
# so far plus the rest's count is this plus one
LONG_UNSHARED_LEAST: Final = 140
# ... and only over the text the measurement read: of the papers above, 99% hold an
# abstract of 600 characters or more (under that, 465 / 346 titles, too few to measure the
# length by); shorter, the echo's own charge is small (0.5 for one word shared, from 250
# characters) and the length is no second witness to it: reader 61 p002285, a title of
# two lines over the first paragraph of a structured abstract (``Background: …``, 290
# characters, the parser cutting it at ``Methods:``) was split for 0.5 and 2.5
LONG_UNSHARED_TEXT: Final = 600


def long_unshared(charge: float, chars: int, below: str, first: str) -> float:
    """What a title's rest pays on top of its echo ``charge`` (``unshared_first``,
    ``unshared_past``) where the title line ``first`` and the rest together count
    ``chars`` (characters and separators, ``Node.title_len`` + the rest's) and the echo
    was read over the text ``below`` (``Token.under`` or ``Token.past``). Not where
    ``first`` ends open (``… language models to``): it is no whole title, and the pairs
    measured open with one (reader 62 p002538, ``if you had to pitch your ideal software
    -- evaluating large language models to`` + ``support user scenario writing …``, a
    title in lower case over two lines, charged 5.0 by the echo, was split by 2.5 more)."""
    if charge <= 0.0 or chars <= LONG_UNSHARED_LEAST or len(below) < LONG_UNSHARED_TEXT:
        return 0.0
    return 0.0 if open_end(first) else LONG_UNSHARED
