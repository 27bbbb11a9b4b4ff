"""AI summaries on a page that prints them on its cards (``TL;DR: …``, ``Summary: …``
under the card's title): how many a page's first lines show (``summary_lines``, the habit
at ``SUMMARY_HABIT``), and on such a page a labelled line of any number of sentences
(``habit_summary``) or one whose sentence a fold or the site left open (``open_summary``)
is the card's summary, not its abstract. One summary line of one ended sentence is a card's
note on any page (``card_notes.note_kind``).
"""

from __future__ import annotations

import re
from typing import Final

from ..shape import sentence_adverb, sentence_like, terminal
from .card_notes import SUMMARY, SUMMARY_LINE, note_kind
from .cased_open import cased_opening
from .keywords import keywords_line

__all__ = ["SUMMARY_FOLDS", "SUMMARY_HABIT", "habit_summary", "open_summary", "summary_lines"]


def summary_lines(window: list[str]) -> int:
    """How many of a page's lines (raw) are AI summaries under their label (``SUMMARY``):
    a page that prints them on its cards shows several in its first lines (``cards``). A
    first-character test before ``note_kind``."""
    n = 0
    for i, line in enumerate(window):
        s = line.strip()
        if s[:1] in _SUMMARY_FIRST and (
            note_kind(s) == SUMMARY or open_summary(s) and _folded_summary(window, i, s)
        ):
            n += 1
    return n


# the lines a fold may break a summary over, its label's line and its rest
SUMMARY_FOLDS: Final = 4


def _folded_summary(window: list[str], i: int, s: str) -> bool:
    """Does the summary opening on line ``i`` (``s``, its sentence open) go on over the
    lines right under it to a sentence's end, as one summary (a page folded narrow breaks
    each: ``TL;DR This enables deeper engagement with`` + ``the creative process.``)?"""
    text = s
    for j in range(i + 1, min(i + SUMMARY_FOLDS, len(window))):
        rest = window[j].strip()
        if not rest:
            return False
        text += " " + rest
        if terminal(rest):
            return habit_summary(text)
    return False


_SUMMARY_FIRST: Final = frozenset("T*SA")
# summary lines in a page's first lines that make it a page printing them on its cards
SUMMARY_HABIT: Final = 3


# ... and its sentence not ended (``open_summary``)
_OPEN_SUMMARY: Final = re.compile(
    r"(?:\*\*)?(?:TL;DR|TLDR|AI summary|Summary)(?::\*\*|\*\*:|:|(?<=DR))\s+(\S.{20,300})"
)


def open_summary(s: str) -> bool:
    """Is ``s`` (stripped) a labelled AI summary whose last sentence ends without a stop
    (``… are available at github.com/baceolus/cheating_evals``)? On a page that prints
    summaries (``SUMMARY_HABIT``) it is the card's summary where the line under it ends
    the card's text there (a blank line, chrome, a picture or a heading: the parser asks);
    read as the card's abstract, label and all, it was a card's only text on ``fresh``
    pages. Not where what follows the label reads as a title (``_titled``: ``TL;DR: Too
    Long, Do Re-weighting for Effcient LLM Reasoning Compression``, a paper's title under
    its thumbnail on a page that prints ``TL;DR …`` summaries: read as one, the card was
    lost, fresh 118 p000150)."""
    if s[:1] not in _SUMMARY_FIRST:
        return False
    m = _OPEN_SUMMARY.fullmatch(s)
    return m is not None and not _titled(m.group(1))


def _titled(said: str) -> bool:
    """Does ``said``, the text after a summary's label, read as a title: Title Cased from
    its first words on (``cased_opening``), ending no sentence, no sentence's words, no
    adverb opening it (``Specifically, PathMind follows …``) and no keywords' label? Of the
    35,157 labelled summaries on the ``fresh`` 118 and 184 pages, the two such lines are
    the one paper's title (``Too Long, Do Re-weighting …``); ``title_cased`` alone (most
    longer words capitalised) refused 10 more, sentences naming their modules in Title
    Case (``The CMAA comprises a Visual Enhancement Adapter (VEA) and …``, ``Dogs,
    Myocarditis, Wisconsin, and …``) and a keywords line, and on the pages themselves 23
    summaries ending in a stop (read as titles: 23 extra records on fresh 118)."""
    return (
        not terminal(said)
        and cased_opening(said)
        and not sentence_like(said)
        and not sentence_adverb(said)
        and not keywords_line(said)
    )


def habit_summary(s: str) -> bool:
    """Is ``s`` (stripped) a labelled AI summary of any number of sentences (``TL;DR …
    Experiments demonstrate …``)? Asked only on a page that prints summaries on its cards
    (``SUMMARY_HABIT``): there a labelled line is the card's summary, not an abstract that
    opens with its own ``TL;DR:``, which ``note_kind`` guards against elsewhere by taking
    one sentence only (a card whose only text was such a line kept it, label and all, as its
    abstract)."""
    return s[:1] in _SUMMARY_FIRST and SUMMARY_LINE.fullmatch(s) is not None
