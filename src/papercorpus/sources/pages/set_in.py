"""A line set in under a one-line abstract: that line was a title (``set_in_abstract``)."""

from __future__ import annotations

from ..shape import TITLE_MAX
from .token_charges import set_in_title
from .tokens import Token


def set_in_abstract(first: Token, tok: Token) -> float:
    """What ``tok``, set in right under ``first`` (read as its card's one-line abstract, a
    title-sized line), pays as the next card's title (``SET_IN_TITLE``, as under a title).

    arXiv's wrap sets a title's rest in under its first line; an abstract's lines are set
    flush. A card without an abstract over the next card's wrapped title (``MESH -- …
    Hallucinations in Large Video`` + ``Models`` + ``· Nov 13, 2024``, then ``Do PhD-level
    LLMs Truly Grasp Elementary Addition? Probing Rule Learning vs.`` + ``  Memorization in
    Large Language Models`` + ``Jul 4``, reader 40 p000481): the next title's first line
    read as the first card's abstract, its set-in rest as a title of its own. Only a first
    piece of one line no longer than a title."""
    if first.lines != 1 or len(first.text) > TITLE_MAX:
        return 0.0
    return set_in_title(first, False, tok)
