"""A line opening with a coined name then ``: `` is a title's first line, the way a paper
names itself (``AstroClearNet: Deep image prior for …``, ``EurekAgent: Agent Environment
Engineering is All You Need …``, ``CXMArena: Unified Dataset to …``); an abstract's
sentences rarely open so.

A *coined* name mixes cases as no word of the language does (two capitals or more and a
small letter: ``CXMArena``, ``GitHub``; a small first letter then a capital: ``iBadReasoner``)
or holds letters and digits (``SemiSAM-O1``, ``SIM1``); a word in capitals (``CONCLUSION:``,
``WARNING:``, a structured abstract's label) or a capitalised one (``Background:``) is not.
What follows the colon opens with a capital or a digit, as a subtitle does (not an
address: ``GitHub: https://…`` names a link).

Measured on the page generator's 75,874 real records (arXiv listings and the Hugging Face
scrape; ``m_coined3.py`` in nw23's section of docs/pages-passes.md):

* of the lines right under a sentence's end inside the abstracts, as listed and wrapped at
  60 / 80 / 100 / 120 columns (24,239 / 54,897 / 40,584 / 32,364 / 27,273 lines), 0 / 0 /
  1 / 0 / 2 open so (``OpenMath-Nemotron-7B: Even with an already strong 74.83% base, …``,
  a line of a results list; ``CS-Bench: A new benchmark …``);
* of the abstracts' first lines, 16 of 75,874 at each width, each a Hugging Face abstract
  opening with a title: 14 its card's own, whose title holds the name (``LitePT: Lighter Yet
  Stronger Point Transformer LitePT is a …``), 2 not (``FluidGym: Plug-and-Play …`` under
  ``Plug-and-Play Benchmarking of …``, ``GenCanvas: …`` under ``GenRouter: …``);
* of the titles, 20,810 (27.4%) open so.

A log-odds of about 8 for the title either way. ``NAMED_TITLE`` is charged where such a
line is read as the text above going on after a sentence's end (a layout-B title under
the abstract above: new 71 ``n_midchrome`` p002071, ``… from multiple perspectives.`` +
``AstroClearNet: …`` + its abstract, read as one abstract) and where it is read as the
first line of the abstract of a card whose title does not hold the name (a card without
an abstract over the next title: new 70 ``n_org_line`` p000491, ``Can We Still Hear the
Accent? …`` + two organisation lines + ``CXMArena: Unified Dataset to benchmark
performance in realistic CXM Scenarios.`` + its organisation + its abstract, read as the
first card's abstract and the abstract's first line as a title).
"""

from __future__ import annotations

import re
from typing import Final

from ..shape import terminal

__all__ = [
    "NAMED_TITLE",
    "named_abstract",
    "named_opening",
    "lower_named",
    "named_line",
    "named_under",
    "open_word",
]

# (charged below the measured log-odds of about 8: the decoder's own priors for a card
# without an abstract and for a title under an abstract stay in the reading)
NAMED_TITLE: Final = 5.0

# A name is one word, at most this long, before the colon.
_NAME_MAX: Final = 40


def _coined(name: str) -> bool:
    """Does ``name`` (a word) mix its cases as no word of the language does, or hold letters
    and digits?"""
    if not name[:1].isalpha():
        return False
    caps = digits = small = 0
    for c in name:
        if c.isupper():
            caps += 1
        elif c.islower():
            small += 1
        elif c.isdigit():
            digits += 1
    if digits:
        return True
    if name[0].islower():
        return caps > 0
    return caps >= 2 and small > 0


def named_line(prev: str, text: str) -> bool:
    """Does ``text``, under ``prev`` ending open on a word no joiner is (``open_word``),
    open with a coined name (``named_opening``)? ``breaks.break_candidate`` offers a cut
    there, ``named_under`` charges the text going on."""
    return (
        text[:1].isupper()
        and text.find(": ", 1, _NAME_MAX) > 0
        and open_word(prev)
        and _paper_name(named_opening(text))
    )


def _paper_name(name: str) -> bool:
    """Is the coined ``name`` a paper's, not a term's a sentence names its things by (a
    plural acronym, ``LLMs: GPT-4, …``, ``MLLMs: …``) or a label's (``competencies--C1:
    …``, in lower case)? (``named_line``: under a line ending open only)"""
    return name != "" and name[0].isupper() and not (name[-1] == "s" and name[:-1].isupper())


# A title set in lower case opening with its paper's name and a colon (``empathyagent: can
# embodied agents …``): a word, its colon, a word in lower case (``lower_named``)
_LOWER_NAMED: Final = re.compile(r"[a-z][a-z0-9-]{2,38}: [a-z]{3,} ")


def lower_named(prev: str, text: str) -> bool:
    """Does ``text``, right under ``prev`` ending a sentence, open as a title set in lower
    case opening with its paper's name does (``empathyagent: can embodied agents conduct
    empathetic actions?.``, capture 117 p000326)? 37% of the real titles set in lower
    case open so; of the real abstracts' lines under a sentence's end, wrapped at 60 / 80
    / 100, 1 of 54,891 / 2 of 40,584 / 0 of 32,368 (a ``code:`` label, a gloss).
    ``breaks.break_candidate`` offers a cut there; its words may read as a sentence."""
    return text[:1].islower() and _LOWER_NAMED.match(text) is not None and terminal(prev)


def named_opening(text: str) -> str:
    """The coined name ``text`` opens with, one word then ``: `` then no address, or ""."""
    i = text.find(": ", 1, _NAME_MAX)
    if i < 0:
        return ""
    name = text[:i]
    if " " in name or not _coined(name):
        return ""
    # (a subtitle opens capitalised, in Title Case and sentence case alike: ``DeepSeek-R1-
    # Distill-Qwen-7B: iGRPO at 69.87% vs. GRPO at 68.29%, …``, a line of an abstract's
    # results, opens in lower case)
    after = text[i + 2 : i + 3]
    return name if after.isupper() or after.isdigit() else ""


def named_under(prev: str, text: str) -> float:
    """What reading ``text`` as the text of ``prev`` going on pays (``NAMED_TITLE``), where
    ``prev`` ended a sentence and ``text`` opens with a coined name: the next card's
    title. So too under a line ending open on a word in lower case that no joiner is
    (``open_word``): an abstract whose own text ends without a stop (``… improves upon
    contemporary results`` + ``CoRe-GS: Coarse-to-Refined Gaussian Splatting …``, capture
    182 p000494). Of the real abstracts' inner lines wrapped at 60 / 80 / 100 under such a
    line, 32 of 964,332 / 14 of 706,458 / 12 of 555,973 open with a coined name, mostly
    under a verb naming it (``… we propose`` + ``AdaMHF: …, a framework``); 3.7% of the
    abstracts end so, 27% of titles open with a coined name."""
    if text.find(": ", 1, _NAME_MAX) < 0:
        return 0.0
    if terminal(prev):
        return NAMED_TITLE if named_opening(text) else 0.0
    return NAMED_TITLE if open_word(prev) and _paper_name(named_opening(text)) else 0.0


# Words a line ends on that run on into the next line's name (``we propose`` + ``AdaMHF:
# …``): a sentence going on, not an abstract's end (``open_word``)
_NAMING: Final = frozenset(
    ["propose", "present", "introduce", "termed", "called", "named", "dubbed", "coined"]
    + ["namely", "proposes", "presents", "introduces"]
)


def open_word(prev: str) -> bool:
    """Does ``prev`` end without a stop on a word in lower case, no joiner (a small word,
    ``of``; ``and``; a verb that names what follows)? (``named_under``)"""
    if not prev[-1:].isalnum():
        return False
    last = prev[prev.rfind(" ") + 1 :]
    return last.islower() and len(last) > 3 and last not in _NAMING


def named_abstract(name: str, title: str) -> float:
    """What reading a line opening with the coined ``name`` (``named_opening``) as the
    abstract's first line of the card titled ``title`` pays (``NAMED_TITLE``), where the
    title does not hold the name: the next card's title (an abstract opening with its
    paper's name repeats its title's)."""
    return 0.0 if name.casefold() in title.casefold() else NAMED_TITLE
