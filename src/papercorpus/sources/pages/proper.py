"""A proper name told by the page's own prose: a line none of whose words the page's
abstracts ever write in lower case.

Prose writes the language's words in lower case wherever a sentence has them, Title
Case or not in a title: a title's wrapped rest (``Models``, ``Drone Thermal Imagery``,
``Reed-Solomon Codes``) is words its own abstract, or the page's other abstracts, use
(``models``, ``imagery``, ``codes``). An organisation's name is capitalised wherever it
stands (``Apple``, ``Tsinghua University``, ``ByteDance Seed`` shown once under a card's
title): where the page's prose holds none of its words in lower case, the line is a name,
not the title's rest. The test needs prose to look in (``PROSE_MIN``): a page's first
cards have shown too little.

It is asked where a card read with a name as its title's rest by a small margin
(``revise``) is settled, at the page's end or ``revise.OPEN_CARDS`` cards on: by then
the card's own abstract is in the prose, where a title's words recur. Asked while the
page is decoded, on the prose above only, it took true rests (``Segmentation`` over an
abstract opening ``Weakly supervised semantic segmentation …``) for names, and the
decoder then read them as the next card's title.

A name's own words may tell it too, prose or not: a line naming an institution
(``Tsinghua University``, ``Allen Institute for AI``) ends no title's wrapped line
(``institution_rest``). A company's coined name (``Google``, ``Qwen``) shown once is told
by nothing on the page but the prose's silence: a title's rare last word (``Cliques``,
``Theorems``) is as silent.
"""

from __future__ import annotations

import re
from typing import Final

from .page_habits import PageHabits
from .units import org_named

__all__ = ["INSTITUTION_REST", "PROPER_REST", "PROSE_MIN", "institution_rest", "proper_rest"]

# Prose the page must have shown (its decided abstracts' characters, some two abstracts)
# before the absence of a word in it says anything.
PROSE_MIN: Final = 2000
# What a title's rest pays, settled, where no word of it is in the page's prose in lower
# case. Less than its absence seems to say: technical terms are capitalised in prose too
# (``Gaussian Splatting``, ``Transformers``), and a page of summaries is little prose (a
# trending page's ``… Next Game State`` + ``Prediction``, 29k characters of prose without
# ``prediction``): of 609 rests settled on 700 pages of conv 5, 53 (9%) have no word in
# their page's prose, none of them by less than 4 (a page's first title wrapped before
# the page shows its width: ``… for Online`` + ``Courses``, 4.0); names are capitalised
# throughout. More than the 3.0 a name shaped as an organisation's loses by under a line
# that filled the width (w3m's ``… Inference Snapshots`` + ``Tsinghua University``).
PROPER_REST: Final = 3.5
# The words tested: a line's words of letters only (not ``GPT-4V``, ``Reed-Solomon``),
# capitalised (``A`` in ``A Survey`` too: the language's small words are in any page's
# prose; not ``AI`` in ``Meta AI``).
_WORD: Final = re.compile(r"[^\W\d_]+")
# ... each looked for in the prose in lower case, between non-letters (``meta`` in
# ``meta-learning`` counts: a word of the language)
_BOUND: Final = r"(?<![^\W\d_]){}(?![^\W\d_])"


# What a title's rest pays, settled, where the line names an institution (``… English
# Words`` + ``Tsinghua University``): as much as the page showing the line as an
# organisation's (``scores.KNOWN_REST``). A title is not wrapped so: of the 76,630 real
# titles (arXiv listings and the HF scrape) filled at 60, 72, 76, 78, 80 and 100 columns
# (283,200 lines under a first line), no line ends in one of these words or opens an
# ``of``/``for`` phrase with one; the 15 titles holding one anywhere use it as a
# modifier (``Brazilian University Entrance Exams``) or open with the name
# (``Maastricht University at AMIYA: …``). ``units.org_named``'s other words (``Lab``,
# ``Group``, ``Laboratory``) end titles' rests (``… with a Systems Biology`` + ``Dry
# Lab``), and are not counted.
INSTITUTION_REST: Final = 8.0
_INSTITUTIONS: Final = frozenset(
    ["University", "Universität", "Université", "Universidad", "Università", "Universiteit"]
    + ["Institute", "Institut", "Instituto", "Istituto"]
)


def institution_rest(text: str) -> float:
    """What ``text`` (a line that could be a name) pays as a title's rest where it names an
    institution: its last word is one (``Tsinghua University``), or one opens an
    ``of``/``for`` phrase (``University of Massachusetts Amherst``, ``Allen Institute for
    AI``); 0 otherwise."""
    return INSTITUTION_REST if org_named(text, _INSTITUTIONS) else 0.0


def proper_rest(text: str, habits: PageHabits) -> float:
    """What ``text`` (a line that could be a name) pays as a title's rest: where no word of
    it is in lower case and none of its capitalised words is one the page's prose
    writes in lower case, on a page that has shown ``PROSE_MIN`` characters of prose;
    0 otherwise."""
    if habits.prose_chars < PROSE_MIN:
        return 0.0
    words = text.split()
    if any(w[0].islower() for w in words):
        return 0.0  # (a word in lower case is the language's: ``of``, ``for``)
    # only capitalised words are tested: a name in capitals or with capitals inside
    # (``NVIDIA``, ``LLMs``, ``ByteDance``) is one prose writes so too, a title's or not
    tested = [w for w in words if _WORD.fullmatch(w) and (len(w) == 1 or w[1:].islower())]
    if not tested:
        return 0.0
    prose = habits.prose_joined
    if not prose:
        prose = habits.prose_joined = "\n".join(habits.prose_texts)
    for w in tested:
        if re.search(_BOUND.format(re.escape(w.lower())), prose) is not None:
            return 0.0
    return PROPER_REST
