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
A page wrapped at 80 and then folded at 50 alternates a full line and the short rest of
the line it broke (a comb): each short rest ends where the first wrap broke, so its end
says nothing at the fold's width. Joined to the piece it was broken from (the line above
filled the fold's width), the rest is the line the first wrap set, and the head so
unfolded shows that wrap's width (``fold_width``); a line under a rest goes on in it
where the unfolded line filled that width (``folded_line``, ``joins``).
"""

from __future__ import annotations

from collections import Counter
from typing import Final

from ..shape import sentence_like, terminal, title_cased
from .lineforms import first_len

__all__ = [
    "FOLD_WIDTH",
    "filled",
    "fold_width",
    "fold_prose",
    "folded_line",
    "prose_fold",
    "wrap_goes_on",
    "folds_all",
    "greedy_fold",
    "head_width",
    "sets_apart",
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
# Lines per blank line at most on a head that sets its blocks apart (``sets_apart``).
_BLOCK_LINES: Final = 50
# Non-blank lines the head needs for its fold to be read.
_FOLD_LINES: Final = 20
# Lines of a folded head, a sentence going on under each in lower case, that may end
# where the next word would have fitted, for the fold to be read as greedy
# (``greedy_fold``): none of a fold's own 98 heads of capture 117 and 180 at 50k show more
# than two (an address or a word longer than the rest of the line); a justified column set
# inside the fold, its padding gone, shows 11 to 30 of about 140.
_GREEDY_MISSES: Final = 2


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


def greedy_fold(lines: list[str], width: int) -> bool:
    """Did one greedy fold at ``width`` break the head's lines (``folds_all``), each where
    the next word would not have fitted? Asked of the lines a sentence goes on under (no
    sentence's end, the next line opening in lower case): a fold leaves no such line short
    of a word that fits (``_GREEDY_MISSES``), a typesetter's column set inside it many; nor
    does it pad a line with doubled spaces, as a justified column does.

    >>> greedy_fold(["an abstract folded at", "the width of the page", "and so on."] * 9, 22)
    True
    >>> greedy_fold(["an abstract set", "in a column of", "its own and so"] * 9, 25)
    False
    """
    misses = 0
    above = ""
    for raw in lines:
        text = raw.strip()
        if "  " in text or (
            above
            and text[:1].islower()
            and not terminal(above)
            and len(above) + 1 + first_len(text) <= width
        ):
            misses += 1
            if misses > _GREEDY_MISSES:
                return False
        above = text
    return True


def filled(above: str, text: str, width: int) -> bool:
    """Did the fold at ``width`` break the line ``above`` before ``text`` (``above`` filled
    it: the next word would not have fitted)? (``fold_width``; ``repeats`` reads a comb's
    prose so.)"""
    n = len(above)
    return width * 3 <= n * 5 and n <= width + _SLACK and n + 1 + first_len(text) > width


def fold_width(lines: list[str], width: int) -> int:
    """The width a folded head (``folds_all`` at ``width``) was wrapped at before the fold:
    the head's lines joined where the line above filled ``width`` measured again
    (``head_width``); 0 where no wider width shows (a page whose paragraphs were one line
    each, folded)."""
    joined: list[str] = []
    above = ""
    for raw in lines:
        text = raw.strip()
        if text and above and filled(above, text, width) and joined:
            joined[-1] += " " + text
        else:
            joined.append(text)
        above = text
    wide = head_width(joined)
    return wide if wide > width + _SLACK else 0


def folded_line(parts: list[str], width: int, wrapped: int) -> str | None:
    """The unit's last line as the wrap at ``wrapped`` set it before the fold at
    ``width``: its last part with the parts above it that the fold broke from it (each
    filled ``width`` before the next, the line they make no wider than ``wrapped``).
    None where the fold broke none, or where the line may be a title's (Title Cased, at
    the unit's start or under a sentence's end; at the unit's start, any line showing no
    sentence's marks: a sentence's words, a comma, a stop or a semicolon inside it): a
    title's line that filled the width says nothing of the line under it, its abstract's
    first as likely as its rest, and a title is no line of the first wrap (``Learning
    without training: The implicit dynamics of`` + ``in-context learning``, 71 of 72, over
    the next title in lower case, capture 171 p000682)."""
    k = _fold_start(parts, width, wrapped)
    if k == len(parts) - 1:
        return None
    line = " ".join(parts[k:])
    if title_cased(line) and (k == 0 or terminal(parts[k - 1])):
        return None
    if k == 0 and not (sentence_like(line) or _inner_marks(line)):
        return None
    return line


def _inner_marks(line: str) -> bool:
    """Does ``line`` show a sentence's marks before a word: a comma, a stop, a semicolon?"""
    return ", " in line or ". " in line or "; " in line


def _fold_start(parts: list[str], width: int, wrapped: int) -> int:
    """The first of the unit's last parts the fold broke from one line of the first wrap."""
    k = len(parts) - 1
    n = len(parts[k])
    while k > 0 and filled(parts[k - 1], parts[k], width):
        n += 1 + len(parts[k - 1])
        if n > wrapped:
            break
        k -= 1
    return k


def wrap_goes_on(parts: list[str], width: int, wrapped: int) -> bool:
    """Does the paragraph go on at the first wrap's width into the unit's last folded
    line (``folded_line``): the line that wrap set above it (folded or not) filled
    ``wrapped`` against its first word and ends no sentence? Then the folded line is a
    paragraph's inner line, not a title's rest under its abstract's end (``fold_prose``;
    an abstract's last line ends its sentence, and fills the width as often as the
    title's first word is long: ``… and instance segmentation.`` at 78 of 79 over ``Vlms
    have tunnel vision: evaluating nonlocal visual`` + ``reasoning in leading vlms``,
    capture 171 p000271)."""
    k = _fold_start(parts, width, wrapped)
    if k == 0 or k == len(parts) - 1:
        return False
    above = " ".join(parts[_fold_start(parts[:k], width, wrapped) : k])
    n = len(above)
    return n <= wrapped + _SLACK and n + 1 + first_len(parts[k]) > wrapped and not terminal(above)


def fold_prose(line: str, text: str, going: bool = False) -> bool:
    """May the folded line (``folded_line``) go on in ``text`` as prose? After a
    sentence's end only in a sentence opening with a capital (a line in lower case under
    it opens no sentence: a title in lower case); before a capital only where the line
    shows a sentence's marks (a comma, a stop or a semicolon before a word: a title's
    rest folded off a line longer than the first wrap's width makes a line as wide,
    ``insights and … for a/b`` + ``testing with content-aware ranking`` over its
    abstract's first line), or where the paragraph went on into the line at the first
    wrap's width (``going``: ``wrap_goes_on``; a title's first line sits under its
    abstract's end or chrome: ``… competitive with state-of-the-art`` + ``RGB-D-based
    systems. Code and models …``, a name opening no sentence, capture 116 p000296)."""
    capital = text[:1].isupper()
    if terminal(line):
        return capital
    return not capital or going or _inner_marks(line)


def prose_fold(parts: list[str], width: int, wrapped: int, text: str) -> str | None:
    """The unit's last line as the first wrap set it (``folded_line``) where it may go on
    in ``text`` as prose (``fold_prose``), else None; whether the paragraph went on into
    it at that wrap's width (``wrap_goes_on``) is asked only where the rest says no."""
    line = folded_line(parts, width, wrapped)
    if line is None:
        return None
    if fold_prose(line, text):
        return line
    return line if wrap_goes_on(parts, width, wrapped) and fold_prose(line, text, True) else None


def sets_apart(lines: list[str]) -> bool:
    """Does the head set its blocks apart with blank lines (a blank line for every
    ``_BLOCK_LINES`` lines at least: layout A)? Without them a card without an abstract
    runs its title into the next title, and a title line that filled the fold's width
    says nothing of the line under it."""
    blank = 0
    for raw in lines:
        blank += not raw.strip()
    return blank * _BLOCK_LINES >= len(lines)
