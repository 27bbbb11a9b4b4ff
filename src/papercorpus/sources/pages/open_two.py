"""An abstract's last two lines that read as a whole title of two lines ending open: the
two-line form of ``walks.open_last`` (``OPEN_END_COST``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..shape import TITLE_MAX, terminal
from . import evidence, lineforms
from .scores import ABSTRACT, CONT

if TYPE_CHECKING:  # (``walks`` asks this module: no import cycle at run time)
    from .walks import Node


def open_pair(node: Node) -> Node | None:
    """The line above ``node`` (an abstract's continuation of one line ending open, as
    ``open_last`` asks) where the two are that abstract's last sentence, opening at a line
    under a sentence end and ending open, and fit a title: the two lines' first node, or
    None. Asked where the card's chrome comes under them (``walks.open_end_chrome``, which
    also asks that the two read as a whole title and share no two longer words with the
    abstract above), not right over the next title: there it split an abstract's last
    sentence ending open (``These findings highlight the need for further research on
    balancing`` + ``model compactness with robust multilingual performance``, reader 41
    p000258), as rare as such a title (a card without an abstract and any chrome).

    An abstract ending without a sentence end is rare (565 of 74,728 real abstracts that
    do not end at a web address, ``OPEN_END_COST``), however many lines its last sentence
    runs over: of the arXiv listings' 36,516 abstracts of three wrapped lines or more, 9
    end open on one line under a sentence end (``open_last``'s case) and 7 on two lines
    that could head a title (this one). A card without an abstract whose title wraps over
    two lines ends so under the card above's abstract (``Globally adaptive and locally regular point
    discretization of curved`` + ``surfaces`` + its link, under an abstract ending ``…
    inclusive multilingual systems.``, reader 41 p000298: read as that abstract's last
    sentence, its card lost)."""
    if node.role != CONT or node.tok.kind == "A" or not open_line_end(node.tok.text):
        return None
    above = node.prev
    if above is None or above.role != CONT or above.tok.lines != 1:
        return None
    text = above.tok.text
    if terminal(text) or lineforms.web_end(text) or len(text) + len(node.tok.text) >= TITLE_MAX:
        return None
    top = above.prev
    if top is None or top.role not in (ABSTRACT, CONT) or not terminal(top.tok.text):
        return None
    return above


def open_line_end(text: str) -> bool:
    """Does ``text``, one line, end open as ``walks.open_last`` asks of an abstract's last
    line (no sentence end, no web address, no structured abstract's part, no word no title
    ends with)?"""
    if terminal(text) or lineforms.web_end(text):
        return False
    return evidence.PLAIN_NAME.match(text) is None and not lineforms.open_end(text)
