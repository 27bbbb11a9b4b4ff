"""A title set in sentence case right under a sentence's end, told from the abstract's
next sentence (``evidence.cont_evidence`` charges what these read): a line opening with a
name, its colon and a word in lower case (``named_lower``), and a title-shaped line of its
own whose words hold none of a sentence's clauses (``title_of_its_own``).
"""

from __future__ import annotations

import re
from typing import Final

from .lineforms import could_head, first_len

__all__ = [
    "NAMED_LOWER",
    "NAMED_LOWER_CASE",
    "NAMED_SENTENCE",
    "OPEN_LAST",
    "PROSE_WORDS",
    "named_lower",
    "plain_first",
    "title_of_its_own",
]

# A line opening with a name, a colon, then a word of the language in lower case, holding
# no clause break (no comma, second colon or "%"), under a sentence's end (``Compsplat:
# compression-aware 3d gaussian splatting …``): a title in sentence case, rarely the
# abstract's next sentence. Of the 500,537 sentences after the first of the 74,728 real
# arXiv abstracts, 41 open with a name, a colon and a lower-case word, links aside (8e-5:
# ``Keywords: …``, ``RESULTS: petBrain …``, ``Caveats: single-seed run, …``: headings in
# capitals and lists of terms, which the pattern leaves out); 39% of their titles open
# with a name and a colon. On the rendered default sets 26 to 30 and 22, of the lines
# right under a sentence's end so shaped, 192 open a title and 3 go on an abstract
# (log-odds about 4.2 before the page's other evidence; 5 on the arXiv counts).
NAMED_LOWER: Final = re.compile(r"(?![A-Z]{2,}:)[A-Z][^\s:,%]{1,30}: [a-z]{2,}[ -][^:,%]*$")
NAMED_SENTENCE: Final = 5.0
# ... and the same line opening in lower case, a title set in lower case throughout
# (``checkmate: interpretable and explainable rsvqa is the endgame.`` under ``… accuracy
# in rheumatology.``, new 185 p002467): of the 815,505 sentences after the first of the
# 120,405 real arXiv abstracts (``arxiv-listings``, split at a stop), 3 open with a word in
# lower case, a colon and a word in lower case (``readout: repairing the prompt …``),
# against 30% of the titles lower-cased (36,467): charged as ``NAMED_SENTENCE``.
NAMED_LOWER_CASE: Final = re.compile(r"[a-z][^\s:,%]{1,30}: [a-z]{2,}[ -][^:,%]*$")


# Words that join a sentence's clauses or stand for its subject, which a title in sentence
# case rarely holds (``that``, ``it``, ``could``, …): a line holding one under a sentence's
# end is read as the next sentence, whatever opens the line under it.
PROSE_WORDS: Final = frozenset(
    [
        "that", "than", "it", "its", "they", "their", "them", "these", "those", "this",
        "which", "whose", "while", "whereas", "thus", "also", "then", "however", "be",
        "been", "being", "is", "are", "was", "were", "can", "could", "would", "should",
        "will", "may", "might", "must", "does", "do", "did", "not", "we", "our", "has",
        "have", "had",
    ]
)  # fmt: skip


# Prepositions and determiners the joiners (``shape.joiner``) leave out, which no title
# ends with: a line ending in one goes on in the next, a name opening it or not.
OPEN_LAST: Final = frozenset(
    [
        "across", "within", "about", "against", "around", "upon", "beyond", "both", "each",
        "per", "such", "some", "all", "more", "most", "less", "when", "where", "whether",
        "while", "after", "before", "during", "since", "until", "along", "behind", "like",
        "unlike", "including", "despite", "except", "outperforming", "namely", "every",
        "any", "either", "neither", "several", "many", "few", "other", "another", "two",
        "three", "four", "five", "our", "my", "his", "her", "your", "up", "down", "out",
    ]
)  # fmt: skip


def plain_first(text: str) -> bool:
    """Is ``text``'s first word a word of the language, not a name (no capital past its
    first letter, no digit: ``Three-dimensional``, not ``PyTopo3D`` or ``LIFEBench``)?"""
    word = text[1 : first_len(text)]
    return word.islower() or not word


def named_lower(text: str) -> bool:
    """``NAMED_LOWER.match(text)``, asked only where its name's colon and space stand
    (the first colon at 2-31, then a space): most lines have none, and the pattern's
    engine costs ~5x a ``find``."""
    colon = text.find(":")
    if not (2 <= colon <= 31 and text.startswith(" ", colon + 1)):
        return False
    named = NAMED_LOWER_CASE if text[0].islower() else NAMED_LOWER
    return named.match(text) is not None


def title_of_its_own(prev: str) -> bool:
    """Does ``prev``, a line under a sentence's end, read as a title of its own rather than
    the next sentence: opening with a word of the language, not a name (``plain_first``),
    its last word in lower case and none a title ends with (``OPEN_LAST``), holding no
    word of a sentence's clauses (``PROSE_WORDS``), shaped as a heading (in lower case
    too, read as if capitalised)?"""
    last = prev[prev.rfind(" ") + 1 :]
    return (
        plain_first(prev)
        and last[:1].islower()
        and PROSE_WORDS.isdisjoint(prev.lower().split())
        and last not in OPEN_LAST
        and (could_head(prev) or prev[:1].islower() and could_head(prev[:1].upper() + prev[1:]))
    )
