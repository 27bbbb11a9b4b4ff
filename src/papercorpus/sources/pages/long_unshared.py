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
parser charges it). Where the charge is paid, the two lines running 140 characters or
more (with the space between) are 6 of 562 titles (1.1%) and 3,230 of 14,572 pairs (22%)
at 72 columns, 13 of 276 (4.7%) and 14,481 of 17,648 (82%) at 80: a further log-odds of
3.0 / 2.9 that the lines are two titles, beyond what the echo alone says. Charged at
``LONG_UNSHARED`` (2.5, the lesser less a margin) and only where the echo charge is paid
(of the wrapped titles so long, 0.47% / 2.0% share nothing the echo weighs, against 2.3% /
7.6% of the pairs: the length alone says little). Not for a rest of two lines
(``unshared_two``): the three lines of a real title wrapped so run long anyway, and
``charges.LONG_TITLE`` weighs their length.
"""

from __future__ import annotations

__all__ = ["LONG_UNSHARED", "LONG_UNSHARED_LEAST", "long_unshared"]

LONG_UNSHARED = 2.5
# ... the two lines with the space between, as measured; a decoder node counts a
# separator after each line (``Node.title_len``, ``len(text) + 1`` a line), so the title
# so far plus the rest's count is this plus one
LONG_UNSHARED_LEAST = 140


def long_unshared(charge: float, chars: int) -> float:
    """What a title's rest pays on top of its echo ``charge`` (``unshared_first``,
    ``unshared_past``) where the title line and the rest together count ``chars``
    (characters and separators, ``Node.title_len`` + the rest's)."""
    return LONG_UNSHARED if charge > 0.0 and chars > LONG_UNSHARED_LEAST else 0.0
