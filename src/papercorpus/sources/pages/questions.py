"""A one-line text ending in a question, read as a card's one-sentence summary.

A summary says what a paper does; a title may ask (``shape_scores.abstract_of`` charges a
question 3 as a summary). A question in Title Case is a title's: of the page generator's
real abstracts (75,874 papers), 16 of the 1,553 sentences of 30 to 200 characters ending
in ``?`` are Title Cased (``title_cased``), against 955 of the 1,068 titles ending so
(log-odds about 4.5). It pays what a Title Cased line ending in ``.`` pays as a summary
on top (``n_space`` p000690 of ``new`` 40: ``Sentiment Analysis of … Deep Learning
Models``, a card without an abstract, then ``Robust AI Security and Alignment! A
Sisyphean Endeavor?``, the next card's title, read as its summary).
"""

from __future__ import annotations

from typing import Final

from ..shape import title_cased

__all__ = ["CASED_QUESTION", "question_summary"]

# What a Title Cased question pays as a summary on top of a question's 3 (as much as a
# Title Cased summary ending in "." pays: the measurement says more, ~4.5 in all).
CASED_QUESTION: Final = 2.0


def question_summary(text: str) -> float:
    """What ``text``, a one-line unit ending in ``?``, scores as a one-sentence summary."""
    return -3.0 - CASED_QUESTION if title_cased(text) else -3.0
