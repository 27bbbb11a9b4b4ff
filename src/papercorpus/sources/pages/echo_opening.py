"""A title-sized line over a sentence that repeats its words (``echo_opening``)."""

from __future__ import annotations

from typing import Final

from .echoes import long_words
from .tokens import Token

__all__ = ["ECHO_OPENING", "echo_opening"]

# What a title-sized line pays as its card's abstract's first line, in ``SENTENCE_UNDER``'s
# case (one line under the card's chrome, ending no sentence and not Title Cased, over a
# line opening a sentence), where three or more of its longer words come back in the line
# under it: a title's words open its abstract's first sentence, while an abstract's first
# line rarely repeats itself on the next (``Sentient Agent as a Judge: …`` (a card
# without an abstract) + ``20 days ago`` + ``F_1 Pretrained self-supervised speech
# models can recognize unseen consonants`` + ``Modern pretrained self-supervised
# automatic speech recognition models are``, new 40 n_reldate p001443: the title read as
# that card's abstract, its card lost). Measured on the 75,529 arXiv listings' papers with
# an abstract of 400 characters or more, wrapped at 80 columns: in that case, 1 of 308
# abstracts' first lines shares three longer words with its second line, against 194 of
# 1,125 titles (17%) with their abstract's first line (log-odds 4.0). The line under is
# read for ``ECHO_LINE`` characters at most (a one-line abstract's whole paragraph is
# under the line).
ECHO_OPENING: Final = 3.5
ECHO_LINE: Final = 100
_SHARED: Final = 3


def echo_opening(tok: Token) -> float:
    """What ``tok`` pays as its card's abstract's first line where the line under it
    repeats three or more of its longer words (``ECHO_OPENING``); asked only in
    ``SENTENCE_UNDER``'s case."""
    under = tok.under
    if not under:
        return 0.0
    own = long_words(tok.text)
    if len(own) < _SHARED:
        return 0.0
    return ECHO_OPENING if len(own & long_words(under[:ECHO_LINE])) >= _SHARED else 0.0
