"""The width a page wraps its prose at, measured on many lines of its head at once.

A tool that fills paragraphs to a width W breaks each line where the next word would
not fit: the line is at most W long, and it plus a space and the next line's first word
is longer. Many of its lines end within a column or two of W. So every break between
two prose lines votes for the widths it is consistent with, and only for those a
column or two above the line's own length: on a wrapped page one width collects the
votes of most breaks, on a page that keeps its paragraphs on one line (or breaks them
by hand) no width collects many. One long title over its abstract, or a short last
line, is one vote among dozens, which is why the count, not one line, sets the width
(``shape.hard_wrapped`` learns a width from one break, but only between 72 and 100
columns, as a title over a narrower line can fake any other).

A page folded narrower than its titles (a mail client's hard wrap at 40-60 columns,
``fold -s``) wraps every line at its width, titles and chrome too; one that wraps its
prose at such a width and leaves its titles whole shows them past it. ``folds_all`` tells
the first: a narrow width, and no line of the head wider than it (a word longer than the
width, an address, stays whole on a line of its own: a few such lines are allowed).
"""

from __future__ import annotations

from collections import Counter
from typing import Final

__all__ = [
    "FOLD_WIDTH",
    "folds_all",
    "head_width",
]

# Widths measured: narrower lines are not prose wrapped at a width, wider ones are
# paragraphs on one line.
_LO: Final = 40
_HI: Final = 200
# A break votes for the widths up to this many columns over its line's length.
_SLACK: Final = 2
# Votes the width needs, and its share of the breaks between prose lines.
_VOTES: Final = 6
_SHARE: Final = 0.2
# Words a line needs to be prose: lines of chrome (avatar images, author links,
# list bullets) repeat one length without being prose wrapped at it.
_WORDS: Final = 5
# A page whose head wraps at most this wide is narrower than most titles (the generator's
# real titles: median 82 characters); ``folds_all``.
FOLD_WIDTH: Final = 64
# Lines of a folded head that may pass its width (by more than ``_SLACK``): a word
# longer than the width stays whole; the share of its non-blank lines.
_OVER_SHARE: Final = 0.02
# Non-blank lines the head needs for its fold to be read.
_FOLD_LINES: Final = 20


def head_width(lines: list[str]) -> int:
    """The width the lines (a page's head, stripped or not) wrap prose at, or 0 when no
    width collects enough votes."""
    votes: Counter[int] = Counter()
    lengths: Counter[int] = Counter()  # of the prose lines a break follows
    breaks = 0
    prev = ""
    for raw in lines:
        text = raw.strip()
        n = len(prev)
        if text and _LO <= n <= _HI and len(prev.split(None, _WORDS - 1)) >= _WORDS:
            breaks += 1
            lengths[n] += 1
            space = text.find(" ")
            first = len(text) if space < 0 else space
            # the next word did not fit (width <= n + first) and the next line did
            for width in range(max(n, len(text)), min(n + first, n + _SLACK, _HI) + 1):
                votes[width] += 1
        prev = text
    if not votes:
        return 0
    width, most = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
    if most < _VOTES or most < _SHARE * breaks:
        return 0
    # the most votes may fall a column or two short of the width, where few lines
    # reach it; the widest length that several lines have there is the width
    return max(n for n in range(width, width + _SLACK + 1) if n == width or lengths[n] >= 3)


def folds_all(lines: list[str], width: int) -> bool:
    """Do the lines (a page's head) fold every line at ``width``, a width narrower than
    most titles (``FOLD_WIDTH``): no more than ``_OVER_SHARE`` of them wider (by more than
    ``_SLACK``), titles among them? A page that leaves its titles whole has one wider
    than that in each card.

    >>> folds_all(["A title wrapped at the", "width of the page", "An abstract that"] * 10, 22)
    True
    >>> folds_all(["A title left whole on one line", "An abstract wrapped", "at 20"] * 10, 20)
    False
    """
    if not 0 < width <= FOLD_WIDTH:
        return False
    n = over = 0
    limit = width + _SLACK
    for raw in lines:
        k = len(raw.rstrip())
        if not k:
            continue
        n += 1
        over += k > limit
    return n >= _FOLD_LINES and over <= _OVER_SHARE * n
