"""A title-sized line in Title Case ending no sentence, read as a one-line abstract.

Such a line pays ``scores._UNFINISHED`` (6) as an abstract (an abstract is complete
sentences); in Title Case it is a title's still more. Of the page generator's real
records (75,874 papers), 19 abstracts are 250 characters or fewer ending no sentence, 2
of them Title Cased (``shape.title_cased``: a repository line, a title given as the
abstract); of the 74,728 real arXiv abstracts, none is (1 is short and ends open). Of
the real titles, 95% of those ending no sentence are Title Cased. The ratio, 0.95 / 0.1,
is a log-odds of about 2.2; ``CASED_OPEN`` is charged on top of the 6 (``new`` 46
``n_tight`` p000628: ``EXPOSING AND MITIGATING …``, a card without an abstract, then
``* 7 authors`` and ``ConceptFormer: Learning Adaptive Latent Concepts for Query-Document
Alignment in Visual Document Retrieval``, a card without one too, run on into the next
title with no blank line: read as the first card's abstract, by less than 1.5).
"""

from __future__ import annotations

from ..shape import title_cased

__all__ = ["CASED_OPEN", "cased_open"]

CASED_OPEN = 2.0


def cased_open(text: str) -> float:
    """What ``text``, short text ending no sentence, pays on top as a whole abstract."""
    return CASED_OPEN if title_cased(text) else 0.0
