"""A title right over the page's furniture: on a page whose learned furniture lines
(``repeats``: ``Authors: Ann Lee, Bo Chen``, ``Track: Oral``) have stood right under a title
on every card so far, a unit closed by one may end with the next card's title.

The card template (``template``) places the kinds of chrome the parser's rules know; the
learned furniture is one kind, ``repeated``, for every shape a page prints (``Authors: …``
under the title, ``Votes: 44 | Code: …`` under the abstract), so it places none of them. The
page's habits (``tokens.PageHabits.before``) count what the page put right before each kind
of chrome line: a title, or something else. Where that is a title nine in ten of the times,
three times or more, a reader of the page knows the line over the next furniture line is a
title too, whatever the text above it: an abstract ending open (``… achieving
species-level identification for 64.9 percent`` + ``Instructional Agents: LLM Agents on
Automated Course Material Generation for Teaching Faculties.`` + ``Authors: Jun Sato, …``
+ ``Track: Oral``, furniture 84 p000007, a title ending in a full stop the intake's last
cut (``closing._last_break``) does not offer). So the intake offers the cut as it does
before a known kind the template puts under titles (``breaks.break_before_chrome``, with its
shape tests), and the decoder weighs it with the same habit (``scores``: ``before``).
"""

from __future__ import annotations

from .repeats import KIND as REPEATED

__all__ = ["titled_furniture"]


def titled_furniture(kind: str, before: dict[str, float]) -> bool:
    """Is ``kind`` the page's learned furniture, and has the page put a title right before
    it nine in ten of the times (``before``: ``PageHabits.before``)?"""
    return kind == REPEATED and REPEATED in before
