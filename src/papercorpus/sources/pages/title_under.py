"""A card's title echoed under the line that would open the next card.

A card holding its title only (and maybe its chrome: a ``reader`` card's date) meets a
text line that could be a title of its own, over more text: the line is the next card's
title, the card above one without an abstract, or it is the card's abstract's first line
(``Local features are essential to many modern downstream applications.`` under ``good
keypoints for the two-view geometry estimation problem`` and its date, over ``Therefore,
it is of interest to determine the properties of local features …``). The text under the
line says which: a paper's abstract goes on repeating its title's rarer words, another
paper's abstract holds them by chance only. So too inside the card's abstract: a line
opening a sentence there (``Given the security and privacy concerns, it is more practical
to launch``), read as the next title, has the card's own abstract under it, which goes on
naming the card's title's words (reader 30 p000015: ``DrunkAgent``, memory perturbation).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ...native import KERNELS
from .echoes import NOT_RARE, long_words
from .nodes import Node
from .scores import ABSTRACT, CONT, TITLE
from .tokens import Token

__all__ = [
    "TITLE_UNDER",
    "TITLE_UNDER_CHARS",
    "TITLE_UNDER_ONE",
    "py_rare_in",
    "title_echoed_under",
    "title_under",
]

# Characters of the text under the line read for the echo (the measurement's cut).
TITLE_UNDER_CHARS: Final = 600
# What reading the line as the next card's title pays where the text under it holds the
# card's title's longer words (five letters or more) that the line itself does not hold:
# rarer ones (held by 2% of abstracts or fewer: neither ``commonwords`` set) above all.
# Measured on the page generator's real papers (the first 40,000 with an abstract of
# three lines or more, wrapped at 80 and 100; the line: the abstract's first line, the
# text under it: the next 600 characters), the paper's own title against another paper's
# drawn at random, by (rarer words held, all longer words held): two rarer or more,
# 26,298 against 12 of 68,000 (log-odds 5.6 with two words held, 8.6 with three or more);
# one rarer among three or more, 17,632 against 47 (5.9); one rarer among two, 6,830
# against 163 (3.7); fewer (2.3 at most, three common words: not charged). Charged at
# about two thirds of the measured odds: a card over a next card on the same subject
# shares words by more than chance.
TITLE_UNDER: Final = 4.0
TITLE_UNDER_ONE: Final = 2.0


def title_echoed_under(title: str, line: str, under: str) -> tuple[int, int]:
    """How many longer words of ``title`` that ``line`` does not hold stand in the first
    ``TITLE_UNDER_CHARS`` characters of ``under``: (rarer ones, at most 2; all, at most 3)."""
    words = long_words(title)
    words.difference_update(long_words(line))
    if len(words) < 2:
        return 0, 0
    held = words & long_words(under[:TITLE_UNDER_CHARS])
    rare = sum(1 for w in held if w not in NOT_RARE)
    return min(2, rare), min(3, len(held))


def title_under(title: str, line: str, under: str) -> float:
    """What reading ``line`` as a new card's title pays, its text ``under`` echoing the
    title ``title`` of the card above, which holds no abstract yet (``TITLE_UNDER``)."""
    if not (title and under and _rare_in(title, under)):
        return 0.0
    rare, held = title_echoed_under(title, line, under)
    if rare >= 2 or rare == 1 and held >= 3:
        return TITLE_UNDER
    return TITLE_UNDER_ONE if rare == 1 and held == 2 else 0.0


def own_title(head: Node, decided: Token | None) -> str:
    """The title of the card ``head`` is in, past its abstract's first piece: its title's
    token and the wrapped rests read after it (``path_reads.card_title`` reads a card without
    an abstract; past one, the abstract's pieces are no rests). Where the walk reaches the
    decided root before the abstract's first piece, the pieces read are the abstract's:
    only the title decided last (``decided``, its first token) is known."""
    rests: list[str] = []
    node: Node | None = head
    opened = False  # the abstract's first piece was met on the walk
    for _ in range(256):
        if node is None:
            break
        role = node.role
        if role == TITLE:
            return " ".join([node.tok.text, *reversed(rests)])
        if role == CONT:
            rests.append(node.tok.text)
        elif role == ABSTRACT:
            rests.clear()
            opened = True
        node = node.prev
    else:
        return ""
    if decided is None:
        return ""
    return " ".join([decided.text, *reversed(rests)]) if opened else decided.text


# The C test where it runs (``papercorpus.native``): None where a text is not ASCII.
_C_RARE_IN: Final[Callable[[str, str, int, frozenset[str]], bool | None] | None] = (
    None if KERNELS is None else KERNELS.rare_in
)


def _rare_in(title: str, under: str) -> bool:
    """``py_rare_in``, in one pass of C where it runs."""
    if _C_RARE_IN is not None:
        found = _C_RARE_IN(title, under, TITLE_UNDER_CHARS, NOT_RARE)
        if found is not None:
            return found
    return py_rare_in(title, under)


def py_rare_in(title: str, under: str) -> bool:
    """Does a rarer longer word of ``title`` stand in the first ``TITLE_UNDER_CHARS``
    characters of ``under`` as a piece of its text? ``title_under`` charges nothing
    otherwise: a word held is such a piece of the lower-cased text, so this C-speed test
    settles most lines before their word sets are made (on one-line abstracts, the line
    itself is a whole abstract). ``str.lower`` writes a final sigma by its context, so
    both sides read the two sigmas as one."""
    rare = _rare_words(title)
    if not rare:
        return False
    text = under[:TITLE_UNDER_CHARS].lower()
    if "ς" in text:
        text = text.replace("ς", "σ")
    return any(w in text for w in rare)


def _rare_words(title: str) -> set[str]:
    """``title``'s longer words held by 2% of abstracts or fewer, lower-cased, a final
    sigma written as any other."""
    words = long_words(title) - NOT_RARE
    if "ς" in title or "Σ" in title:  # (the lower case of a final capital sigma)
        return {w.replace("ς", "σ") for w in words}
    return words
