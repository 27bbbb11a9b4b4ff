"""A line that writes in lower case a name the text under it writes in capitals.

A paper's title shown in lower case (``mind the prompt: … explanations via llms.``,
``… realistic testing of llm-based agents``) writes its acronyms in lower case, and its
abstract under it writes them as their authors do (``Large Language Models (LLMs)``,
``LLM-based``): the line and that text were not written as one paragraph. An abstract
rarely writes a name both ways. Measured on the 74,728 papers of the arXiv listings
(their abstracts as arXiv wraps them, lines of up to 160 characters): 195 of 637,796
lines (0.031%) hold a lower-case word, not one of the small words of ``_SMALL``, that the
400 characters under them write in capitals, standing alone (``LLM``, ``LLMs``; mostly a
benchmark named by a plain word: ``MATH``, ``GRASP``, ``IDEA``); of their titles put in
lower case, 22% hold such a word that the first 400 characters of their abstract write in
capitals. A log-odds of about 6.5, charged as ``FOLDED_NAME`` (6, as ``charges.TWO_IDS``: at 4, a
title at 89 of a page's 100 columns over its abstract stayed that abstract's first line,
the width's evidence for the wrap being 5, mid_org 30 p001226) on the readings that make
the line the text under's paragraph: the card's abstract opening with it, or the abstract
above (ending a sentence) going on into it and on under it.
Text under that is written mostly in capitals (a title in capitals, a heading) tells
nothing: its every word looks like an acronym.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ...native import KERNELS
from .echoes import ascii_words

__all__ = ["FOLDED_NAME", "FOLDED_UNDER", "folded_name", "py_folded_name"]

# What a line pays as the paragraph of the text under it where it writes a name in lower
# case that the text writes in capitals (the module's comment).
FOLDED_NAME: Final = 6.0
# characters of the text under the line looked at (as measured)
FOLDED_UNDER: Final = 400

_WORD: Final = re.compile(r"[A-Za-z]+")
# ... a name in capitals stands alone: ``AI4PAIN`` writes no ``PAIN`` (reader 29 p000387:
# ``Automatic pain-assessment systems …`` cut from its abstract as a title)
_NAME: Final = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")
# short words a text in capitals writes too (``IS``, ``OR``, ``US``, ``IT``): no names
# fmt: off
_SMALL: Final = frozenset({
    "is", "in", "and", "to", "for", "or", "as", "by", "of", "it", "on", "its", "at", "an",
    "are", "re", "be", "we", "us", "no", "do", "if", "so", "up", "all", "can", "not", "the",
    "with", "from", "that", "this", "one", "two", "per", "via", "new", "use", "our", "has",
    "was", "but", "may", "any", "how", "who", "why", "what", "out", "off", "own", "set",
    "get", "put", "run", "end", "top", "low", "high",
})
# fmt: on


# The first test in C where it runs (``papercorpus.native``): False where it settles the
# line, None where the Python decides.
_C_FOLDED_UNSURE: Final[Callable[[str, str, int, frozenset[str]], bool | None] | None] = (
    None if KERNELS is None else KERNELS.folded_unsure
)


def folded_name(line: str, under: str) -> bool:
    """``py_folded_name``; its first test, which settles nearly every line, in C where it
    runs."""
    if (
        _C_FOLDED_UNSURE is not None
        and _C_FOLDED_UNSURE(line, under, FOLDED_UNDER, _SMALL) is False
    ):
        return False
    return py_folded_name(line, under)


def py_folded_name(line: str, under: str) -> bool:
    """Does ``line`` write in lower case a word (two letters or more, not a small word)
    that ``under``'s first ``FOLDED_UNDER`` characters write in capitals (an acronym, a
    plural ``s`` allowed: ``LLMs``), where ``under`` is not written mostly in capitals?"""
    line = _no_links(line)
    words = ascii_words(line) if line.isascii() else _WORD.findall(line)
    lowered = [w for w in words if w.islower() and len(w) > 1 and w not in _SMALL]
    if not lowered:
        return False
    text = _no_links(under[:FOLDED_UNDER])
    if not any(w[:-1].upper() in text for w in lowered):
        # (the cheap test first: no capitals of any of them under it, the plural's ``s``
        # or not: a word in capitals holds its capitals but the last)
        return False
    letters = upper = 0
    for c in text:
        if c.isalpha():
            letters += 1
            upper += c.isupper()
    if upper * 5 > letters * 2:
        return False  # (text in capitals: every word of it reads as an acronym)
    names = set()
    for w in _NAME.findall(text):
        core = w[:-1] if len(w) > 2 and w[-1] == "s" else w
        if len(core) > 1 and core.isupper():
            names.add(w.lower())
    return any(w in names for w in lowered)


def _no_links(text: str) -> str:
    """``text`` without its web addresses: a host or a path is written in lower case
    whatever its name (``Project Homepage: https://osu-nlp-group.github.io/…`` over ``Github
    Repo: https://github.com/OSU-NLP-Group/…``, mid_org 30 p002238: a line of a card's
    abstract cut off as a title)."""
    if "/" not in text and "www." not in text:
        return text
    return " ".join(w for w in text.split() if "/" not in w and "www." not in w)
