"""A name read as a card's title where the text under it echoes the line above it.

A card's abstract echoes its title (``echoes``); an organisation's name between them
echoes in neither. Where a short line that could be a card's whole abstract (one or two
lines, title-sized) stands over a name-like line, and the text under the name holds two
of that line's rarer longer words, the line is a title and the name its card's
organisation: read the other way, the name would be a title whose abstract names
nothing of it and names the card above's abstract instead (w3m, conv 7 p001949:
``Off-the-Shelf LLMs as Process Scorers: Training-Free Alternative to PRMs for`` +
``Mathematical Reasoning.`` + ``Meta AI`` + ``Selecting the best response … uses an
off-the-shelf large language model as a process scorer … training-free alternative``,
under a card without an abstract: the two lines were read as that card's abstract and
``Meta AI`` as a title, a card lost, another glued). As ``charges.TITLE_SHARED`` the other
way round: there the line is read as a title and the name as the next one.
"""

from __future__ import annotations

from typing import Final

from .charges import ECHO_LINE_MAX
from .echoes import echo_words, echoed_in, shares_word, uncommon
from .tokens import Token

__all__ = ["NAME_UNDER_ECHO", "echo_past_name"]

# What reading ``tok`` (a name) as a title costs where the text under it echoes the
# abstract the card above ends with, a short one (``echo_past_name``); TITLE_SHARED's.
NAME_UNDER_ECHO: Final = 3.0
# The echo: longer words of the line above the name that most abstracts do not hold
# (``echoes.uncommon``), two or more, found in the text under the name.
_ECHOED: Final = 2


def echo_past_name(tok: Token, above: Token) -> bool:
    """Is ``tok``, a name-like line right over text, under ``above``, a line of one or two
    lines, title-sized, read as a whole abstract, whose rarer longer words recur (two or
    more) in the text under ``tok``, none of ``tok``'s own?"""
    if not tok.org or tok.nxt != "text" or above.lines > 2:
        return False
    line = above.text
    if len(line) > ECHO_LINE_MAX or above.tag != "text":
        return False
    under = tok.nxt_text
    if shares_word(tok.text, under):
        return False  # (the name is named under it: a title over its abstract)
    # (the line's longer words, five or more, two of them under the name: ``echo_words``)
    return echoed_in(uncommon(echo_words(line, under)), under) >= _ECHOED
