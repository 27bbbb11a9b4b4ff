"""Where a wrap width parted an abstract's last characters from it: a line of closing
punctuation alone (``.``, ``).``, ``)``) right under text whose last line ends open is that
text's end, not markup; a line going on a word the width cut joins it without a space.

A tool that wraps an abstract at a width and cannot break a long address sets the
address on a line of its own and the sentence's full stop on the next: ``… Code is
released at https://github.com/hustvl/MoDA`` + ``.``. ``classify_chrome`` names the
``.`` line markup (a separator), and the abstract lost its last character. A reader of
the page reads the stop as the sentence's: nothing else on a page is a bare ``.`` or
``)`` right under an unfinished line. (Default 96 and 97, 100k each: 9 abstracts so cut,
none of them under a line that ended a sentence.)
"""

from __future__ import annotations

import re
from typing import Final

from ..shape import terminal
from .units import Unit, cut_word

__all__ = ["address_rest", "closed_word", "closing_marks", "goes_on_word", "parted_word"]

# a sentence's closing marks: a stop and/or a bracket or quote closing (not "-", "*",
# "·": those are separators)
_CLOSING: Final = re.compile(r"[)\"'”’]?[.!?]?[)\"'”’]?")


def closing_marks(s: str, parts: list[str]) -> bool:
    """Is ``s`` (a stripped line ``classify_chrome`` names markup) the closing marks of
    the text whose lines are ``parts``, right above it (no blank between): a stop under a
    last line ending open, a bracket closing one the text opened?

    >>> closing_marks(".", ["Code is released at https://github.com/hustvl/MoDA"])
    True
    >>> closing_marks(".", ["the model is released."])
    False
    >>> closing_marks(")", ["no bracket open here"])
    False
    >>> closing_marks(")", ["(This paper is accepted by IEEE ICIP 2025."])
    True
    """
    if not parts or not s or len(s) > 3:
        return False
    if _CLOSING.fullmatch(s) is None or not any(c in s for c in ".!?)"):
        return False
    if ")" in s:
        # a bracket closes one the text has left open, after a full stop too (``… (This
        # paper is accepted by IEEE ICIP 2025.`` + ``)``)
        text = " ".join(parts)
        return text.count("(") > text.count(")")
    return not terminal(parts[-1])


def goes_on_word(u: Unit, text: str, item: str) -> bool:
    """Does ``text`` go on a word the wrap width cut at the end of ``u``'s last line
    (``units.cut_word``: that line is one word filling the unit's widest line)? No list
    item goes on a word; a line opening with ``\\`` that joins as a display's line may
    (``\\href{https://github.com/ScienceOne-`` + ``AI/PhysLogic}.``)."""
    return not (u.hard_break or item) and cut_word(u.parts, text)


def parted_word(u: Unit, text: str) -> bool:
    """Does ``text``, right under ``u`` (no blank between), go on the word ``u``'s last line
    cut, where no test of prose joins it (``joins.LineJoins``)? ``AI/PhysLogic}.`` opens with
    no word under a line of no words: read as a unit of its own, it was joined back with a
    space (default 96-98, 100k each: 10 abstracts so spaced inside an address). A last
    line ending a sentence is taken as the word's end: a card's title may follow it.
    """
    prev = u.parts[-1]
    if u.hard_break or terminal(prev) or not address_rest(text) or closed_word(prev):
        return False
    return cut_word(u.parts, text)


def closed_word(word: str) -> bool:
    """Does ``word`` (a line of one word) end in a bracket that closes every bracket it
    opened (``\\href{https://github.com/x/y}{https://github.com/x/y}``, ``(https://…)``)?
    Such a word is whole: a wrap that cut it would have cut inside its brackets, and a
    line right under it is no rest of it but the next block (an organisation's name,
    ``Microsoft``, over its ``·``: joined without a space, default 117 p002544). A word
    the width cut ends anywhere (``{LCLM-Ho``, ``https://github.com/ScienceOne-``).

    >>> closed_word("\\href{https://github.com/a/b}{https://github.com/a/b}")
    True
    >>> closed_word("\\href{https://github.com/ScienceOne-")
    False
    """
    if word[-1:] not in _CLOSERS:
        return False
    return all(word.count(o) == word.count(c) for o, c in _BRACKETS)


_CLOSERS: Final = ")]}"
_BRACKETS: Final = (("(", ")"), ("[", "]"), ("{", "}"))


def address_rest(text: str) -> bool:
    """Can ``text`` be an address's rest: one word, or a first word holding an address's
    marks (``AI/PhysLogic}.``, ``v2_release``)? A title's line opens with a word of none
    (hyphens and stops are titles' too): under an address that ended on its own line it
    is the next card's (default 24 p002675: ``https://github.com/…_segmentation`` +
    ``Sorries Are Not the Hard Part: …``, the card was lost)."""
    first, _, rest = text.partition(" ")
    return not rest or _ADDRESS_MARKS.search(first) is not None


_ADDRESS_MARKS: Final = re.compile(r"[/_}~=?&#%]")
