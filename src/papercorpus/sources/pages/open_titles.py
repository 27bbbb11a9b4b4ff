"""An abstract of title lines only: a reading whose card's abstract is one or two
title-shaped lines, each a unit of its own, none ending a sentence, right before the next
title (``OPEN_TITLES``). The lines were titles, the cards above them cards without an
abstract."""

from __future__ import annotations

from ..shape import terminal
from . import lineforms
from .scores import ABSTRACT, CONT
from .walks import Node

__all__ = ["OPEN_TITLES", "open_titles"]

# What a reading pays for a card's abstract made of one or two title-shaped lines (units of
# one line, ``Token.kind`` "T"), none ending a sentence, that ends right before the next
# title: ``charges.OPEN_END_COST``'s evidence (565 of the 74,728 real arXiv abstracts,
# 0.8%, end without a sentence end away from a web address; the one-sentence summaries
# the pages show end one), where ``OPEN_END_COST`` is not asked because no sentence
# ended above the last line. In the truth of default 40 (201,990 cards), 79 abstracts
# of 260 characters or fewer end no sentence (links, a cut capture: ``We construct
# division algebras and linear maxi``), against 15,730 cards without an abstract:
# log-odds 5.3; charged less, as two cards without an abstract pay ``NO_ABSTRACT`` twice
# where this reading pays once. Default 41 ``bare`` p002425: ``Beyond LLM-as-a-Judge: …``,
# ``Bias and Generalizability of Foundation Models across Datasets in Breast
# Mammography``, ``mt-depth: multi-task instance feature analysis for the depth
# completion``, three cards without an abstract, then ``SOCIAL-R1: …`` and its abstract:
# the second and third lines were read as the first card's abstract.
OPEN_TITLES = 4.5
# The longest line read so: a title's length (366 of the generator's 75,874 real titles
# run past it). A line longer than that ending no sentence is rather an abstract or a
# summary ending without one (``TRQAM internalizes the trust region … 👇 blog & code``,
# 245 characters, a card's whole abstract on default 40 ``mid_org`` p000271: charged
# there, the decoder read it as a title of its own).
OPEN_TITLE_MAX = 150


def open_titles(head: Node) -> bool:
    """Is the card ``head`` is in (a path's last node, a new title coming next) one whose
    abstract so far is one or two title-shaped lines of their own, none ending a
    sentence?"""
    node: Node | None = head
    for _ in range(2):
        if node is None or node.role not in (ABSTRACT, CONT):
            return False
        tok = node.tok
        if tok.kind != "T" or tok.lines != 1:
            return False
        text = tok.text
        if len(text) > OPEN_TITLE_MAX:
            return False
        if terminal(text) or lineforms.open_end(text) or "://" in text:
            # (an abstract of links ends without a sentence end often, and no title
            # holds a web address: ``UAGLNet Repository: https://… Paper: …``)
            return False
        if node.role == ABSTRACT:
            return True
        node = node.prev
    return False
