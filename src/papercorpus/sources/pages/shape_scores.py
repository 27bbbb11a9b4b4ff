"""A text token's scores as a title and as an abstract, from its own shape.

``scores.text_scores`` asks these for each text token and adds what the page has shown
(habits, chrome around it, the text above); here only the token's own text, kind and the
marks the intake set on it count. Split from ``scores`` so the grammar's page-level moves
and the shape tests read apart.
"""

from __future__ import annotations

import re
from typing import Final

from ..shape import (
    TITLE_MAX,
    prose_marks,
    sentence_adverb,
    sentence_like,
    terminal,
    title_cased,
    title_shaped,
    title_sized,
)
from .cased_open import cased_opening
from .evidence import SENTENCE_START
from .keywords import KEYWORDS_TITLE, keywords_line
from .lineforms import ends_past_pictographs, open_end
from .questions import question_summary
from .section_labels import LABEL_FIRST, LABEL_TITLE, label_alone, section_label
from .title_links import title_link
from .tokens import NEG, Token
from .units import org_named, title_worded, titleish

__all__ = [
    "LONG_FRAGMENT",
    "LONGEST_TITLE_COST",
    "OPEN_SUMMARY",
    "UNFINISHED",
    "abstract_of",
    "abstract_score",
    "long_fragment",
    "title_score",
]

# Text up to this long is summary-sized (shape.SUMMARY_MAX): an abstract shorter than
# this that does not end its sentence is not one.
_SHORT: Final = 250
# ... an abstract that short which does not end its sentence, taken whole
UNFINISHED: Final = -6.0
# ... a sentence's text that does not end it: no summary (``abstract_of``)
OPEN_SUMMARY: Final = -7.0
# A title over 200 characters: 14 of the generator's 75,874 real titles, 352 of 151 to 200
# (1.5): ln(352 / 14) = 3.2 more. At 3 a sentence of three lines under a title and its date
# read as a title (reader 30 p000712: that title then the card above's abstract).
LONGEST_TITLE_COST: Final = 4.7
# ... and what that long a line pays as a whole abstract where it is Title Cased, ends no
# sentence and holds none of prose's marks (``long_fragment``): too long for most titles
# is no evidence of an abstract, which is sentences (``Multilevel Determinants of
# Overweight … Using the 2021 National Survey of Children's Health`` at 203, a card
# without an abstract under another, read as that card's abstract: new 185 p000729).
# The same cost as the title's, so the length alone decides neither reading. Of the
# 120,405 real arXiv listings (``arxiv-listings``), 16 abstracts run 201 to 250 characters,
# none so shaped; 16 of the 18 titles past 200 are.
LONG_FRAGMENT: Final = 200
# A title shorter than this is rare: none of the page generator's 75,874 real titles (31
# are under 16 characters). At 3 a one-word name shown for the first time on a page without
# an organisation's marks (``NVIDIA``, ``Meta AI`` under a card's submitter, -4 as an
# organisation line) read as the next card's title, its card left without an abstract.
_SHORT_TITLE: Final = 10
_SHORT_TITLE_COST: Final = 5.0
# ... and one under 16 is as rare (31 of the 75,874), where an organisation's name is commonly that
# short (``ByteDance Seed``, ``Google DeepMind``, ``Hugging Face``): a line that could be a name
# (``Token.org``) pays this much as a title, so a name shown for the first time between a card's
# chrome and its abstract, without an organisation's marks, no longer opens a card of its own (its
# card above then without its abstract: the grammar's cost of that card, 2, and the name's shape, ~1
# more, took it there). Not one word, which pays as a name's shape already: a one-word title is a
# model's name (``Agentar-Fin-OCR`` over its card's chrome, a card without an abstract).
_SHORT_NAME_TITLE: Final = 16
_SHORT_NAME_TITLE_COST: Final = 4.0
_CUT: Final = ("truncation", "")  # what follows text the capture cut: its marker, the page's end
# "displib: …", "GiVA: …": a name then a colon, as titles open
_NAMED: Final = re.compile(r"[^\s:]{2,30}: ")


# What a title-sized text of sentences (``! `` or ``. `` inside) pays as a whole abstract
# where every longer word is capitalised and it ends no sentence: none of the 74,728 real
# arXiv abstracts is Title Cased (``shape.title_cased``), 95% of their titles are, 119 of
# them with ``! `` inside (``No time to train! Training-Free Reference-Based …``).
# ``Let's Use ChatGPT To Write Our Paper! Benchmarking LLMs To Write the! Introduction of
# a Research Paper`` (a card without an abstract) under a card's title without one, over
# the next title, c_reader 158 p001990: read as that card's abstract (2.0 as prose). As
# a title-shaped line that is no sentence pays (-7.0, ``abstract_of``).
CASED_SENTENCES: Final = -7.0


def cased_sentences(text: str) -> bool:
    """Is ``text``, of sentences (``shape.unit_kind`` "A"), title-sized, ending no sentence
    and Title Cased (``CASED_SENTENCES``)? The last character first: most end in "."."""
    return text[-1] not in ".!?" and len(text) <= TITLE_MAX and title_cased(text)


def title_score(tok: Token, prose: bool, sentence: bool) -> float:
    text, kind = tok.text, tok.kind
    if kind == "H":
        return 3.0
    if len(text) > TITLE_MAX:
        return NEG
    score = 0.0
    if kind == "A":
        if not title_shaped(text) or prose:
            return -8.0
        score -= 1.0
    elif kind == "T":
        score += 1.5 if title_shaped(text) else 0.0
    elif not terminal(text) and title_shaped(text) and not prose:
        score += 1.0  # "SaRO! Enhancing LLM Safety …": a break inside, no sentence end
    else:  # "WA": one sentence ending in "."
        if title_sized(text) or (text[0].islower() and title_sized(text[0].upper() + text[1:])):
            score -= 1.0
        elif titleish(text):
            score -= 1.5
        else:
            score -= 2.5
    if keywords_line(text):
        score -= KEYWORDS_TITLE  # (an abstract's keywords: no title opens so)
    if (
        text[0] in LABEL_FIRST
        and (":" in text[3:24] or ". " in text[3:24])  # (the label ends within 24)
        and (section_label(text) or label_alone(text))
    ):
        score -= LABEL_TITLE  # (a structured abstract's part: no title opens so)
    if tok.org and org_named(text):
        score -= 3.0  # "University of Massachusetts Amherst"
    elif tok.org and text.count(" ") < 3 and not title_worded(text):
        score -= 0.5  # "Natural Language Generation" or "Google DeepMind"
    question = text[-1] == "?"
    if sentence:
        # a sentence ending in "." that reads as one (unless Title Cased: "LLMs are!
        # Frequency Pattern Learners in …", or a question: "… How far are we from …?")
        score -= 1.0 if kind == "T" or question or text[-1] != "." and title_cased(text) else 3.5
        if text.startswith(SENTENCE_START) and not (kind != "A" and cased_opening(text)):
            score -= 6.0  # "We also propose …": prose, whatever its length (not "This
            # Looks Distinctly Like That: …", "We Argue to Agree: … for Tourism.")
    if sentence_adverb(text):
        score -= 6.0  # "Furthermore, a Counterfactual-Enhanced …": prose, as "We …" is
    if prose:
        if text.startswith(SENTENCE_START):
            return NEG  # "We make two contributions. First, a benchmark:"
        if not (title_cased(text) or question):
            score -= 1.5  # (a Title Cased title may end in "From" or "With")
    if " " not in text:
        score -= 1.5  # one word ("Apple", "NVIDIA"): a name, rarely a paper's whole title
    elif len(text) < 8:
        score -= 1.0
    if len(text) < _SHORT_TITLE:
        score -= _SHORT_TITLE_COST  # ("Meta AI": a name; no title of the 76k real ones is)
    elif tok.org and len(text) < _SHORT_NAME_TITLE and " " in text:
        score -= _SHORT_NAME_TITLE_COST
    elif len(text) > 150:
        # (arXiv titles are rarely this long)
        score -= 1.5 if len(text) <= 200 else LONGEST_TITLE_COST
    if tok.linked and tok.heading:
        score += 1.0
    if "://" in text and not _own_link(text):
        # a paper's title holds no web address; its abstract may (a title's line may end
        # in its paper's own link: ``title_links``, scored as the title it is)
        score -= 4.0
    if tok.indented:
        score += 2.0  # "… Object" + "  Recognition in …": arXiv indents a title's rest
    if tok.rest_kind == "A" and open_end(text):
        # the first line of a paragraph, its sentence going on ("… imagination process
        # by"): a whole title would have to end there
        score -= 3.0
    return score


def _own_link(text: str) -> bool:
    """Does ``text`` end in its paper's link as a title's line does: right after the
    title's words, no label (``… their value. Paper: https://arxiv.org/abs/…``: an
    abstract's last line) and no sentence's end before it?"""
    linked = title_link(text)
    if linked is None:
        return False
    title = linked[0].rstrip(" —–-(")
    return title[-1:] != ":" and ". " not in title


def abstract_score(tok: Token, prose: bool | None = None, sentence: bool | None = None) -> float:
    """What ``tok`` costs as an abstract's first text (``prose``, ``sentence``: its
    ``prose_marks`` and ``sentence_like`` where known)."""
    if tok.rest_kind:
        # a paragraph's first line is judged with the lines joined to it, or alone (the
        # lines joined may hold the next title: "Glioblastoma … prognosis." + "procedure
        # learning via …")
        rest = abstract_of(tok, tok.rest, tok.rest_kind, None, None)
        if sentence is None:
            sentence = sentence_like(tok.text)
        alone = abstract_of(tok, tok.text, tok.kind, prose, sentence)
        if not sentence or title_cased(tok.text):
            # an abstract rarely opens with a Title Cased line that is no sentence: a
            # title then its abstract ("Spoken Language Understanding on Unseen Tasks
            # With In-Context Learning" + "Spoken language understanding (SLU) …")
            score = rest - 4.0 if not sentence and title_cased(tok.text) else rest
        else:
            score = max(rest, alone)
        # judged with its rest, the piece is scored as if the rest followed it: a reading
        # that ends the abstract here pays for the piece alone ("A Hierarchical … in
        # Classroom Settings" as a whole abstract, a title then the next title)
        tok.alone = min(0.0, alone - score)
        return score
    if tok.kind == "A":
        return CASED_SENTENCES if cased_sentences(tok.text) else 2.0  # (the common case)
    return abstract_of(tok, tok.text, tok.kind, prose, sentence)


def long_fragment(text: str, prose: bool, sentence: bool) -> bool:
    """Is ``text`` (past ``LONG_FRAGMENT``, ending no sentence: ``UNFINISHED``) Title Cased
    with neither prose's marks nor a sentence's words, and no web address (no title holds
    one: a summary in Title Case ending in its project's link, ``Real-world Reinforcement
    Learning on Humanoid Robot … 🔗 Project: https://…``, is the card's text, c_reader 185
    p000126)?"""
    return not (prose or sentence) and "://" not in text and title_cased(text)


def abstract_of(
    tok: Token, text: str, kind: str, prose: bool | None, sentence: bool | None
) -> float:
    """What ``text`` (``tok``'s own, or its unit's rest, of ``kind``) costs as a whole abstract."""
    if kind == "A":
        return CASED_SENTENCES if cased_sentences(text) else 2.0
    if tok.indented:
        return -4.0  # a short unit wrapped with an indent: a title (abstracts are not)
    if prose is None or sentence is None:
        prose, sentence = prose_marks(text), sentence_like(text)
    if kind == "WA":
        if not (terminal(text) or ends_past_pictographs(text)) and not prose:
            return OPEN_SUMMARY  # a summary ends its sentence; "SaRO! Enhancing …" is a title
        if text.count(" ") < 4:
            return -3.0  # a summary is a sentence of some words; "active data." names
        if text[-1] == "?":
            return question_summary(text)  # a summary says what a paper does; a title may ask
        if sentence or prose:
            # "agentgroupchat-v2: divide-and-conquer is what …": a name then a colon
            named = _NAMED.match(text) is not None
            return (1.5 if sentence else 1.0) - (1.5 if named else 0.0)
        # a one-sentence summary says what a paper does; a title ending in "." names it:
        # Title Cased ("GiVA: Gradient-Informed Bases for Vector-Based Adaptation.") or a
        # name then a colon ("displib: a library of train dispatching problems.")
        score = 1.0
        if title_cased(text):
            score -= 2.0
        if _NAMED.match(text) is not None:
            score -= 1.5
        return score
    # "T": title-shaped
    if tok.linked and not tok.org:
        return 1.5  # markdown captures link a card's text to its paper (not a name's)
    if text[-1] == "?" and len(text) <= _SHORT:
        return -5.0  # a question alone is a title ("can we automatize … sciences?")
    if len(text) <= _SHORT and tok.nxt not in _CUT and not terminal(text):
        # short text that does not end its sentence: an abstract or summary is complete
        # sentences ("when can we trust llms …? large-scale benchmarks for …" is a title),
        # unless the capture was cut there
        return UNFINISHED
    if sentence or (prose and not title_cased(text)) or tok.nxt == "truncation":
        return 0.0  # (text the capture cut is judged by what it could have been)
    return -7.0
