"""A line under a title that opens with a coined name its abstract names, where the title's
line above neither holds that name nor ends open: the next card's title, not the title's
rest.

Two cards, the first without an abstract, print two titles one over the other; when the
first fills the page's width, the second reads as its wrapped rest (``… A Training-Free
Solution to MOT25-StAG Challenge`` + ``8-Calves Image dataset`` + ``We introduce the
8-Calves dataset, …``; ``… in Real-World Stateful Environments`` + ``Qwen3-VL Technical
Report`` + ``5 hours ago`` + ``We introduce Qwen3-VL, …``). A reader sees the abstract name
the paper of the line right over it, and nothing of the line above that.

A *coined* name holds a small letter and a digit (``Qwen3-VL``, ``8-Calves``) or a capital
after a small letter in one piece of it (``EditThinker``, ``iToF``; ``Real-World`` is no such
word, nor is a word in capitals: ``COVID-19``, ``3DGS``). Measured on the page generator's
75,874 real records (``m_restname.py`` in nw25's section of docs/pages-passes.md), titles
greedy-wrapped at 60 / 80 / 100 / 120 columns: of their 70,794 / 41,494 / 15,839 / 4,008
wrapped lines, 24 / 10 / 5 / 2 (0.034%) open with a coined name their abstract's first 100
characters name, under a line that neither holds it nor ends in a joiner (``… Single-Frame
FMCW`` + ``LiDAR Point Cloud``); of the titles, 1,590 (2.1%) open with a coined name their
abstract's opening names. A log-odds of about 4.1 for the next card's title; charged
``NAMED_REST`` on the reading as the title's rest.
"""

from __future__ import annotations

from typing import Final

from ..shape import joiner

__all__ = ["NAMED_REST", "coined_word", "named_rest", "rest_name"]

NAMED_REST: Final = 4.0
# The abstract's opening the name is looked for in (about a line, as ``scores.OPENING``).
_OPENING: Final = 100
_STRIP: Final = "\"'“”‘’[]),:;.!?"


def coined_word(word: str) -> str:
    """``word`` without its quotes and punctuation if it is a coined name, else ""."""
    w = word.strip(_STRIP)
    if len(w) < 3 or word[:1] == "(":
        return ""  # (a parenthesised acronym defines a name of the title above: ``(ccRCC)``)
    small = digit = False
    for c in w:
        if c.isdigit():
            digit = True
        elif c.islower():
            small = True
    if not small:
        # (a word in capitals, with or without digits, is a term or an acronym as often as
        # a paper's name: ``COVID-19`` under ``… MONKEYPOX VS.``, ``3DGS``, ``GPT-4``)
        return ""
    if digit:
        return w
    for piece in w.split("-"):
        if piece[:1].islower() and not piece.islower():
            return w  # (``iToF``, ``dToF``)
        for i in range(1, len(piece)):
            if piece[i].isupper() and piece[i - 1].islower():
                return w  # (``EditThinker``, ``LiDAR``)
    return ""


def rest_name(text: str, below: str) -> str:
    """The coined name ``text`` opens with where the text ``below`` it (its abstract, past
    any chrome line) names it in its opening, else "" (asked once per token)."""
    if not below:
        return ""
    space = text.find(" ")
    name = coined_word(text if space < 0 else text[:space])
    return name if name and name in below[:_OPENING] else ""


def named_rest(name: str, title: str) -> float:
    """What reading a line opening with ``name`` (``rest_name``) as the wrapped rest of the
    title ``title`` pays: ``NAMED_REST`` where the title neither holds the name nor ends
    open (its last line ends in a joiner: ``… Single-Frame FMCW`` + ``LiDAR Point Cloud``
    names no new paper there either way)."""
    if not title or name in title or joiner(title):
        return 0.0
    return NAMED_REST
