"""A name defined by its acronym, then a sentence going on in lower case (``defined_name``).

An abstract's opening names its subject and gives its acronym in parentheses, then says
what it does: ``Remote Sensing Visual Question Answering (RSVQA) presents unique
challenges``, ``Relation Extraction (RE) is a fundamental task in Natural Language``.
Such a line is Title Cased up to its acronym, ends open, and on a ``reader`` page it sits
under its card's title and date, where the next card's title sits under a card without an
abstract: the decoder read it as that title (the card above left without its abstract, a
record made of the rest). A reader sees a sentence: after the acronym it goes on in lower
case with its verb. A title names its acronym and goes on with a noun or a preposition, if
at all (``… (CURVAS) challenge results``, ``… (LDD) against Prompt Injection``). After a
preposition of the kind titles use (``under``, ``against``, ``within`` ...) the words tell:
a sentence goes on in lower case (``… (LLMs) into healthcare holds``), a title in Title
Case (``… (E-FAS) under Correlated Surface-Wave Leakage: Physical Layer Security``).
"""

from __future__ import annotations

import re
from typing import Final

from ..shape import title_cased

__all__ = ["DEFINED_NAME", "cased_after", "defined_name"]

# What a text token holding such a line pays as a title. Measured on the 74,728 arXiv
# listings' papers (``/work/rd24-out/tools/measure_acr*.py``): 13 titles hold the pattern
# anywhere (0.017%: ``… Defense (LDD) against Prompt …``, ``… (RAV) dataset``), 32,038 of the
# abstracts' first lines as arXiv wraps them (43%; log-odds 7.8); of the lines
# ``token_charges.capital_under`` charges (Title Cased, could head a card, over a capital),
# 82 of 172 abstracts' first lines at 72 columns and 66 of 125 at 80 against 2 of 54,563 and
# 1 of 58,320 titles' first lines (log-odds 9.5 / 10.3). Charged well under the odds: the
# title reading beat the abstract's by up to 5.5 on the pages that lost so (reader 83
# p000012 line 543).
DEFINED_NAME: Final = 6.0

# ``(ACRONYM)`` (capitals, digits, hyphens, a plural ``s``; ending in a capital or digit),
# an optional comma, then a word in lower case that is not a preposition or a conjunction
# (a title goes on so: ``… (SAM) for Medical Images``).
_DEFINED: Final = re.compile(
    r"\([A-Z][A-Za-z0-9-]*[A-Z0-9]s?\),? "
    r"(?!(?:and|or|for|in|of|with|to|on|via|from|by|as|at) )[a-z]"
)


def defined_name(text: str) -> bool:
    """Does ``text`` define a name's acronym and go on in lower case, as a sentence does
    (``… Answering (RSVQA) presents …``)? ``DEFINED_NAME``."""
    return "(" in text and _DEFINED.search(text) is not None


# Prepositions a title goes on with after its acronym that sentences use there as well
# (``… (LLMs) into healthcare holds``): the words after them tell (``cased_after``).
_TITLE_PREPOSITIONS: Final = frozenset(
    (
        "under", "over", "into", "onto", "within", "without", "against", "through",
        "across", "beyond", "between", "among", "toward", "towards", "versus", "vs",
        "upon", "using", "inside", "throughout", "after", "before", "amid",
    )
)  # fmt: skip


def cased_after(text: str) -> bool:
    """Does ``text``'s first defined acronym go on with a preposition of a title's kind
    and words in Title Case, as a title's do (``… (E-FAS) under Correlated Surface-Wave
    Leakage: Physical Layer Security``), not a sentence's in lower case (``… (LLMs) into
    healthcare holds``)? Asked of a whole text only (``scores``: a text no text goes on
    under): an abstract's first line cut by the wrap may stop inside its Title Cased words
    (``Adapting pre-trained text Large Language Models (LLMs) into Speech Language`` +
    ``Models (Speech LMs) via …``, default 118 p002299), a whole abstract does not end so.
    Measured on the 74,728 arXiv listings' papers: 2 titles (``… (LDD) against Prompt
    Injection …``, ``… (E-FAS) under Correlated …``) and 8 of the 32,041 abstracts' first
    lines ``defined_name`` marks read so; none of the abstracts ends so."""
    found = _DEFINED.search(text)
    if found is None:
        return False
    end = found.end() - 1  # (the lower-case word's first letter)
    space = text.find(" ", end)
    if space < 0 or text[end:space] not in _TITLE_PREPOSITIONS:
        return False
    rest = text[space + 1 :]
    return " " in rest and title_cased(rest)
