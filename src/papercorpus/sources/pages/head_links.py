"""Where the page puts its cards' paper links, read off its head before any card is
decided (``CardTemplate.prime``).

The card template (``template``) learns which side of an abstract a kind of chrome sits
on from the cards decided so far, so on a page's first cards it knows nothing: a card
without an abstract, its link, then the next card's title read as that card's abstract
(the link taken for chrome between a title and its abstract) costs nothing more than the
other reading. Yet the page's head, read whole already (``preamble.HEAD_LINES``, for its
wrap width), shows where its links sit from the lines alone: a link right under a stretch
of text longer than any title follows a card's abstract (its text ended there), and a
link right over one sits between a title and the abstract under it. A head that shows
three links after the card's text and none over it puts its links after abstracts, as a
template taught by three cards would say; the cards decided later revise it as they
revise the template (a link decided between a title and its abstract clears it).
"""

from __future__ import annotations

from typing import Final

from ..chrome import classify_chrome
from ..chrome_values import arxiv_ids

__all__ = ["LATE_LINKS", "late_links"]

# A stretch of text lines (no blank or chrome line between) at least this long holds an
# abstract: no title runs so long (titles stay under 300 characters; a title and its
# one-line summary above a link may come near it, a whole abstract passes it).
CARD_TEXT: Final = 300
# Links after a card's text the head must show (with none over one) to prime the
# template: as many cards as the template itself asks (``template._SURE``).
LATE_LINKS: Final = 3


def late_links(lines: list[str]) -> int:
    """The number of paper links in ``lines`` (a page's head) right under a card's text
    longer than any title, or 0 where fewer than ``LATE_LINKS`` are, or where a link
    sits right over such a text (between a title and its abstract: no late-only habit).
    Blank lines between a link and the text are passed over."""
    kinds = [("" if not s.strip() else classify_chrome(s.strip()) or "text") for s in lines]
    late = 0
    for i, kind in enumerate(kinds):
        if kind != "url" or not arxiv_ids(lines[i]):
            continue
        if _text_run(lines, kinds, i, -1) >= CARD_TEXT:
            late += 1
        elif _text_run(lines, kinds, i, 1) >= CARD_TEXT:
            return 0  # (a link over an abstract: the page links a card before its text)
    return late if late >= LATE_LINKS else 0


def _text_run(lines: list[str], kinds: list[str], i: int, step: int) -> int:
    """Characters of the text lines next to line ``i`` on the side ``step`` (-1: above,
    1: under), blank lines right next to it passed over, up to a blank or chrome line."""
    j = i + step
    n = len(lines)
    while 0 <= j < n and not kinds[j]:
        j += step
    total = 0
    while 0 <= j < n and kinds[j] == "text":
        total += len(lines[j].strip())
        j += step
    return total
