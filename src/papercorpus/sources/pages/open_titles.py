"""An abstract of title lines only: a reading whose card's abstract is one or two lines
that are each shaped as a title no real abstract is, none ending a sentence, right before
the next title (``OPEN_TITLES``). The lines were titles, the cards above them cards without
an abstract. ``open_end_charge`` weighs it with ``path_reads.open_end_above`` (the same
abstract's last line under a sentence end) at the next title.

dd18's first version (round 26) asked only that the lines be title-sized units ending no
sentence; on the scale.py 1M corpus it read a real one-line abstract ending open as a title
(``This is the final remark on the replies received to my target paper in the Italian
Journal of Linguistics``) and was taken back. This one asks what a real abstract never is:
a Title Cased line, or one opening on a name and its colon (``title_not_abstract``).
"""

from __future__ import annotations

import re
from typing import Final

from ..shape import terminal
from . import lineforms
from .cased_open import cased_opening
from .charges import OPEN_END_COST
from .evidence import SENTENCE_START
from .nodes import Node
from .path_reads import card_title, open_end_above
from .scores import ABSTRACT, CONT
from .section_labels import section_label

__all__ = ["OPEN_TITLES", "OPEN_TITLE_MAX", "open_end_charge", "open_titles", "title_not_abstract"]

# What a reading pays for a card's abstract made of one or two title-shaped lines (units of
# one line, ``Token.kind`` "T", ``title_not_abstract``), none ending a sentence, that ends right
# before the next title. Measured: of the 74,728 real arXiv abstracts (the listings in
# /work/shared/data), 565 end without a sentence end away from a web address and one is a
# whole abstract of 150 characters or fewer ending open (the line above, not
# ``title_not_abstract``); of their first sentences, 20 are Title Cased (``case_form``
# ``TITLE_FORM`` or ``UPPER_FORM``: ``We present a Collaborative Agent-Based Framework for
# Multi-Image Reasoning.``) and 19 open on a name and its colon that is no section label
# (``Warning: This paper contains …``): 39 (0.05%), against 71,383 of the 74,728 real
# titles (95.5%). In the truth of default 45 (202,067 cards): of the 85 abstracts of 260
# characters or fewer ending no sentence, none is so shaped away from a web address;
# of the 15,543 cards without an abstract over another card, the next title is so shaped
# on 13,898. Charged as dd18 did (4.5: two cards without an abstract pay ``NO_ABSTRACT``
# twice where this reading pays once). Default 41 ``bare`` p002425: ``Beyond
# LLM-as-a-Judge: …``, ``Bias and Generalizability of Foundation Models across Datasets
# in Breast Mammography``, ``mt-depth: multi-task instance feature analysis for the depth
# completion``, three cards without an abstract, then ``SOCIAL-R1: …`` and its abstract:
# the second and third lines were read as the first card's abstract.
OPEN_TITLES: Final = 4.5
# The longest line read so: a title's length (366 of the generator's 75,874 real titles
# run past it). A line longer than that ending no sentence is rather an abstract or a
# summary ending without one (``TRQAM internalizes the trust region … 👇 blog & code``,
# 245 characters, a card's whole abstract on default 40 ``mid_org`` p000271).
OPEN_TITLE_MAX: Final = 150

# A name and its colon opening the line: ``mt-depth: multi-task …``, ``SOCIAL-R1: …``.
_HEAD: Final = re.compile(r"[^\s:]{2,40}: \S")


def title_not_abstract(text: str) -> bool:
    """Is ``text`` shaped as a title and as no real abstract's line: Title Cased or in
    capitals (``lineforms.case_form``), or opening on one name and its colon that is no
    structured abstract's section label (``Background: …``, 346 of the real abstracts'
    first sentences without the label test, 19 with it)? Not a line opening as abstracts
    open their sentences (``evidence.SENTENCE_START``) unless Title Cased from its first
    words on (``cased_opening``)."""
    if text.startswith(SENTENCE_START) and not cased_opening(text):
        # ``We introduce Z-SASLM, a Zero-Shot Style-Aligned SLI (Spherical Linear
        # Interpolation) Blending Latent``: Title Cased by the names it spells out, and an
        # abstract's first line cut by the wrap (held-out default 24 ``no_abstract``
        # p000387, read as a card of its own). Of the 74,728 real arXiv titles, 3 open so
        # (``We can still parse using syntactic rules``), none of them Title Cased: the
        # test takes no title this function held. Of the real abstracts' first lines it
        # held, it takes back 180 of 2,135 wrapped at 60 columns, 67 of 388 at 80, 27 of
        # 148 at 100 (``We introduce`` 71 / 28 / 8, ``We present``, ``We propose``,
        # ``This paper``).
        return False
    form = lineforms.case_form(text)
    if form in (lineforms.TITLE_FORM, lineforms.UPPER_FORM):
        return True
    return ":" in text[:42] and _HEAD.match(text) is not None and not section_label(text)


def open_titles(head: Node) -> bool:
    """Is the card ``head`` is in (a path's last node, a new title coming next) one whose
    abstract so far is one or two title-shaped lines of their own (``title_not_abstract``),
    none ending a sentence, and not its own title again (a scrape's junk abstract)?"""
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
        if not title_not_abstract(text):
            return False
        if node.role == ABSTRACT:
            return node.prev is None or card_title(node.prev, None) != text
        node = node.prev
    return False


def open_end_charge(head: Node) -> float:
    """What a reading pays at the next title for the abstract ``head`` ends: on a
    title-sized line ending open under a sentence end (``OPEN_END_COST``), or of title
    lines only (``OPEN_TITLES``)."""
    if open_end_above(head):
        return OPEN_END_COST
    if head.tok.kind == "T" and open_titles(head):
        return OPEN_TITLES
    return 0.0
