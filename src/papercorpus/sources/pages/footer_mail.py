"""An e-mail address on a line of its own is a footer's (``Contact us at foo@example.com``),
not an abstract's: unless the line is prose of its own, sentences running on.

``scores.text_scores`` rejects a text line holding an address as stray text: no title holds
one. An abstract set on one line may end with its authors' address too (``… further we
propose a new algorithm HACPO based on GSPO. Project Page: https://zzx-peter.github.io/hacrl/
We are glad to share our code. Please feel free to contact 22376220@buaa.edu.cn``, 292
characters): it was rejected, and its card left without an abstract (default 96, 97, 98,
100k each: 2, 3 and 3 cards, one paper the generator drew eight times). A reader tells the
two by the text: a footer says one thing, where an abstract's line runs over sentences.
"""

from __future__ import annotations

from typing import Final

from ..shape import sentence_breaks
from .units import EMAIL

__all__ = ["footer_address"]

# Sentence ends inside the line that make it prose (a footer's line may hold one:
# ``Questions? Write to us. help@example.com``)
PROSE_BREAKS: Final = 2


def footer_address(text: str) -> bool:
    """Does ``text`` hold an e-mail address as a footer's line does (not inside prose of
    two sentence ends or more)?

    >>> footer_address("Contact us at foo@example.com")
    True
    >>> footer_address("We build X on GSPO. Our code is out. Feel free to contact a@b.cn")
    False
    """
    return "@" in text and EMAIL.search(text) is not None and sentence_breaks(text) < PROSE_BREAKS
