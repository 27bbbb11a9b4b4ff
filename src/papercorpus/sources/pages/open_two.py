"""An abstract's last two lines that read as a whole title of two lines ending open: the
two-line form of ``walks.open_last`` (``OPEN_END_COST``)."""

from __future__ import annotations

from typing import Protocol

from ..shape import TITLE_MAX, terminal
from . import evidence, lineforms
from .scores import ABSTRACT, CONT
from .tokens import Token


class Node(Protocol):
    """What is read here of a path's step, ``walks.Node`` (``walks`` asks this module:
    typed by its shape, not imported, so the two do not import each other)."""

    @property
    def prev(self) -> Node | None: ...

    @property
    def role(self) -> int: ...

    @property
    def tok(self) -> Token: ...


def open_pair(node: Node) -> bool:
    """Are ``node`` (an abstract's continuation of one line ending open, as ``open_last``
    asks) and the line above it that abstract's last sentence, opening at a line under a
    sentence end and ending open, and do they fit a title? Asked where the card's chrome
    comes under them (``walks.open_end_chrome``, which also asks that the two read as a
    whole title and share no two longer words with the abstract above), not right over
    the next title: there it split an abstract's last sentence ending open (``These
    findings highlight the need for further research on balancing`` + ``model
    compactness with robust multilingual performance``, reader 41 p000258), as rare as
    such a title (a card without an abstract and any chrome).

    An abstract ending without a sentence end is rare (565 of 74,728 real abstracts that
    do not end at a web address, ``OPEN_END_COST``), however many lines its last sentence
    runs over: of the arXiv listings' 36,516 abstracts of three wrapped lines or more, 9
    end open on one line under a sentence end (``open_last``'s case) and 7 on two lines
    that could head a title (this one). A card without an abstract whose title wraps over
    two lines ends so under the card above's abstract (``Globally adaptive and locally
    regular point discretization of curved`` + ``surfaces`` + its link, under an abstract
    ending ``… inclusive multilingual systems.``, reader 41 p000298: read as that
    abstract's last sentence, its card lost)."""
    if node.role != CONT or node.tok.kind == "A" or not open_line_end(node.tok.text):
        return False
    above = node.prev
    if above is None or above.role != CONT or above.tok.lines != 1:
        return False
    text = above.tok.text
    if terminal(text) or lineforms.web_end(text) or len(text) + len(node.tok.text) >= TITLE_MAX:
        return False
    top = above.prev
    return top is not None and top.role in (ABSTRACT, CONT) and terminal(top.tok.text)


def open_line_end(text: str) -> bool:
    """Does ``text``, one line, end open as ``walks.open_last`` asks of an abstract's last
    line (no sentence end, no web address, no structured abstract's part, no word no title
    ends with)?"""
    if terminal(text) or lineforms.web_end(text):
        return False
    return evidence.PLAIN_NAME.match(text) is None and not lineforms.open_end(text)
