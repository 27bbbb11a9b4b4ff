"""A title-sized line in Title Case ending no sentence, read as a one-line abstract.

Such a line pays ``shape_scores.UNFINISHED`` (6) as an abstract (an abstract is complete
sentences); in Title Case from its first words on (``cased_opening``) it is a title's
still more. Of the page generator's real records (75,874 papers), 19 abstracts are 250
characters or fewer ending no sentence, 2 of them so cased (a repository line, a title
given as the abstract); of the 74,728 real arXiv abstracts, none is (1 is short and
ends open). An abstract's first line ending open, cut from the rest as a piece of its
own, is so cased in 6.4% / 1.8% / 0.9% of the real abstracts wrapped at 60 / 80 / 100
columns. Of the real titles ending no sentence, 86% are so cased. The ratios are
log-odds of 2.1 (whole abstracts) and 2.6 or more (first lines); ``CASED_OPEN`` is
charged on top of the 6 where the card above holds its title only (``text_moves``), to a
unit's first piece only (a piece cut from lines above
weighs the text above's rest instead) (``new`` 46
``n_tight`` p000628: ``EXPOSING AND MITIGATING …``, a card without an abstract, then
``* 7 authors`` and ``ConceptFormer: Learning Adaptive Latent Concepts for Query-Document
Alignment in Visual Document Retrieval``, a card without one too, run on into the next
title with no blank line: read as the first card's abstract, by less than 1.5).

A whole text of one clause ending in "." (``shape.text_kind``'s ``"WA"``), so cased, pays
it too (``new`` 65 p000619: ``A Systematic Survey on … Segmentation`` + ``yesterday`` +
``Multi-Objective Reinforcement Learning for Adaptive Personalized Autonomous Driving.`` +
``Human drivers exhibit …``, a card without an abstract over the next title, read as its
abstract; 66 p000710, ``SNARE: A TRAP for … in the 5f+1 Model.``). Of the 74,728 real
arXiv abstracts, 5 are one clause ending in "." (250 characters or fewer), none so cased;
of their first lines ending a sentence in one clause, 2 of 529 as listed (3 / 805, 8 /
1,882 wrapped at 80 / 100); of the 3,511 texts of the Hugging Face scrape that are one
such clause, 3 of 370, each a title given as the abstract (``Efficient LLM Agents.``); of
the real titles with a "." added, 64,053 of 74,278 (86%).

``content_cased`` asks less: the first content word after the first capitalised (a title's
small words skipped), what sets a title with a comma or a name's ``+`` at its end apart
from an abstract's sentence whose capitals are names further on (``token_charges``,
``lineforms``).
"""

from __future__ import annotations

from typing import Final

from ..shape import title_cased
from .tokens import Token
from .units import CAMEL

__all__ = [
    "CASED_OPEN",
    "CASED_SENTENCE",
    "NO_TITLE_END",
    "OPEN_TITLE_END",
    "cased_open",
    "cased_opening",
    "content_cased",
    "open_title_end",
]

CASED_OPEN: Final = 2.0
# (a title's odds over an abstract's whole clause so cased, measured below: 4.4 where one
# title in a hundred ends in ".")
CASED_SENTENCE: Final = 4.0
# Words a clause goes on after, which no real title ends with, in lower case: of the
# 120,405 arXiv titles (``arxiv-listings``) none ends in one, where 8,691 of the 674,660
# lines of 30,000 real abstracts wrapped at 60 (1.3%) do (``which`` 1,976, ``across``
# 1,794, ``such`` 810, ``each`` 665, ``including`` 647, ``where`` 580, ``than`` 476,
# ``like`` 414). A title so ending over the card's abstract pays ``OPEN_TITLE_END``
# (``open_title_end``): the line was the text above going on (``TranslationCorrect
# combines MT generation using models like`` at 59 of 60 + ``NLLB, automated error
# prediction …``, an abstract's later paragraph made a card: new 118 p000024).
NO_TITLE_END: Final = frozenset(
    [
        "like", "such", "each", "every", "per", "whether", "namely", "including",
        "unlike", "despite", "except", "across", "within", "upon", "against", "among",
        "than", "whose", "which", "where",
    ]
)  # fmt: skip
OPEN_TITLE_END: Final = 4.0


def open_title_end(title: Token) -> float:
    """What a card's abstract pays under ``title``, its title's last line (a chrome line:
    nothing), ending on a word no title ends with (``NO_TITLE_END``)."""
    if title.chrome:
        return 0.0
    text = title.text
    return OPEN_TITLE_END if text[text.rfind(" ") + 1 :] in NO_TITLE_END else 0.0


# A term's acronym defined in parentheses ("Simulating Professions (SP) enables Large
# Language Models (LLMs) to …", an abstract's first sentence, read as a title under a card
# in capitals: ``new`` 67 p001197): 25 of the 27 real abstracts' first lines above, wrapped
# at 60 / 80 / 100 / 120, define one; 376 of the 64,053 cased titles (0.6%) do.
def _defines_acronym(text: str) -> bool:
    """Holds a parenthesised word of letters, digits and hyphens with a capital in it
    (``(SP)``, ``(LLMs)``, ``(Re-ID)``), as ``r"\\([A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*\\)"`` reads
    it on ASCII text (no pattern compiled on import)."""
    i = text.find("(")
    while i >= 0:
        j = text.find(")", i + 1)
        if j < 0:
            return False
        inner = text[i + 1 : j]
        k = inner.rfind("(")
        if k >= 0:
            inner = inner[k + 1 :]  # (the innermost "(" opens the group: "((SP)")
        if (
            inner
            and inner.isascii()
            and inner.replace("-", "").isalnum()
            and any(c.isupper() for c in inner)
        ):
            return True
        i = text.find("(", j + 1)
    return False


def cased_opening(s: str) -> bool:
    """Title Case from the first words on ("This Looks Distinctly Like That: …", not "We
    introduce Multi-scale Adaptive …" nor "This paper introduces MAVEN (Multi-modal …")."""
    words = s.split(" ", 2)
    return len(words) > 1 and words[1][:1].isupper() and title_cased(s)


def content_cased(s: str) -> bool:
    """Does ``s`` capitalise its first content word after the first, among the next
    three (the words a title leaves in lower case skipped: ``Cream of the Crop: …``,
    ``Prompting without Panic: …``, ``Generate, but Verify: …``)? A sentence does not:
    ``Agent orchestration frameworks -- LangGraph, CrewAI, …``, ``Who invented the radio,
    Russia's Alexander Popov …``, whose capitals are names further on. A word opening in
    lower case with a capital inside (``eRisk``) is a name, so capitalised. A line of one
    word (``VGGT-SLAM++``) opens no sentence: yes. A bracketed aside opening the line
    (``[Citation needed] Training for X-Ray Vision: Amodal Segmentation, Amodal``) is no
    part of its sentence: read from after it."""
    if s[:1] == "[":
        close = s.find("] ")
        if close > 0:
            s = s[close + 2 :]
    words = s.split(" ")
    for word in words[1:4]:
        w = word.lstrip("\"'(\u201c\u2018[")
        if not any(c.isalpha() for c in w) or w.lower() in _TITLE_LOWER:
            continue
        return w[:1].isupper() or w[:1].isdigit() or CAMEL.match(w) is not None
    return len(words) == 1


# The words a Title Cased title keeps in lower case (articles, conjunctions, short
# prepositions) and a list's links after a comma (``Diverse, not Short: …``).
_TITLE_LOWER_WORDS: Final = (
    "a an the and or but nor not yet then so as at by for from in into of on onto over per to"
    " under up upon via vs vs. with within without through towards toward across among between"
    " against beyond about"
)
_TITLE_LOWER: Final = frozenset(_TITLE_LOWER_WORDS.split())


def cased_open(tok: Token) -> float:
    """What ``tok`` pays on top as the abstract of a card holding its title only
    (``text_moves``; asked there, not in ``scores``, so every title line is not asked):
    a short line ending no sentence, or a whole text of one clause ending in "."
    (``cased_sentence``), in Title Case from its first words."""
    if tok.short_open:
        return CASED_OPEN if cased_opening(tok.text) else 0.0
    if tok.kind == "WA" and not tok.rest_kind:
        text = tok.text
        if "(" in text and _defines_acronym(text):
            return 0.0  # (an abstract's opening defines its terms: ``_defines_acronym``)
        return CASED_SENTENCE if cased_opening(text) else 0.0
    return 0.0
