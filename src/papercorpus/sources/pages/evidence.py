"""Continuation evidence for the page decoder: what joining a line to the text above it
is worth, measured on the page.

A line is the wrapped rest of the one above only on evidence - the page's wrap width (the
line above was full), a markdown hard break, a sentence going on across the break - never
by default (``cont_evidence``). Where a join rests on weaker evidence and another reading
is plausible (a title could start there, a name could end a title), ``breaks`` lets the
intake cut the unit so the decoder (``scores``, ``decode``) weighs both readings;
``lineforms.case_break`` and ``lineforms.no_greedy_wrap`` tell two title-sized lines that no
wrap makes one.
The words two lines share are ``echoes``'.
What a line is worth as a title's wrapped rest is ``title_rest``'s.

The numbers were set by hand with the role scores (``scores``).
"""

from __future__ import annotations

import re
from math import log
from typing import Final

from ..shape import (
    SUMMARY_MAX,
    TITLE_MAX,
    terminal,
    title_cased,
)
from .echoes import shares_words
from .lineforms import (
    TITLE_FORM,
    case_form,
    cased_question,
    could_head,
    first_len,
    full_at,
    in_capitals,
    open_end,
    open_title_line,
    web_end,
)
from .sentence_titles import NAMED_SENTENCE, named_lower, title_of_its_own
from .title_rest import title_rest_evidence
from .tokens import NEG
from .units import CAMEL, titleish
from .wraps import ASKING, OPENERS, item_opens

__all__ = [
    "SENTENCE_START",
    "SURE_WRAPS",
    "TITLE_CASE_ECHO",
    "cont_evidence",
    "set_wide",
]

# Continuations: joined by the intake on its wrap evidence; a new unit right under text;
# a new paragraph after a blank line.
JOINED: Final = 1.0
ADJACENT: Final = -3.0
PARAGRAPH: Final = -6.0
# ... right under text, on a page that sets its blocks apart with blank lines
BLOCK: Final = 0.0
SENTENCE_START: Final = ("We ", "This ", "In this ", "Our ", "Here ")
# A sentence of its own (250 characters or fewer) in Title Case (``lineforms.case_form``)
# before one opening so is rare in real abstracts: of the 197,568 such pairs in the
# 120,405 arXiv abstracts (``arxiv-listings``, sentences split at a stop before a
# capital), 62 (0.03%; ``This paper reviews the NTIRE 2025 Challenge on …``, ``Unified
# Task Assessment.``); 95% of the titles are so cased. Such a line of its own ending a
# sentence over a paragraph opening so is a title over its abstract (``cont_evidence``).
# A unit the intake joined as a wrap, right under a paragraph left on one line (longer
# than a title): an abstract is wrapped throughout or not at all, so the unit is no next
# paragraph of it, rather the next card's title going on (``V-Stylist: … of MLLM Agents``
# at 77 + ``z-magic: zero-shot …``, two cards without an abstract, under an abstract on
# one line, on a page that wraps some abstracts at 80). Of the 74,728 real arXiv
# abstracts, 1,763 hold a line of more than 300 characters with a line under it, and 17
# of those (1%) go on under it with a line of 100 or fewer that has another under it in
# turn (a log-odds of about 4.6).
UNWRAPPED_ABOVE: Final = 4.0
# ... and a unit of one line right under such a paragraph that ended a sentence (no
# blank line between), shaped as a title and ending none (``open_title_line``): an
# abstract's next paragraph is rarely so, a title nearly always is, so the line is the
# next card's title, its card one without an abstract (``When Better Codebooks …`` +
# its abstract on one line + ``Energy-Based Transformers are Scalable Learners and
# Thinkers`` + its chrome, on a page that wraps nothing). Of the 74,728 real arXiv
# abstracts, 11 (0.015%) hold a paragraph of more than 300 characters ending a sentence
# with such a paragraph under it (``Results``, ``\bigskip``, ``Key words: …``); 94% of
# the real titles are so shaped (a log-odds of about 8.7); charged as
# ``UNWRAPPED_ABOVE`` is.
UNWRAPPED_TITLE = 4.0
# A paragraph set on one line wider than the page's firm wrap width (a space inside that
# width: a tool wrapping there would have broken it), read as the next paragraph of an
# abstract whose text the page wrapped at that width (a piece of three lines or more
# within it): an abstract is wrapped throughout or not at all (``UNWRAPPED_ABOVE``,
# the mirror case), so the line opens another card's abstract, the line between the two
# its title (``Rotterdam artery-vein segmentation (RAV) dataset.`` at 49 under ``… at a
# fraction of the storage cost.``, an abstract wrapped at 80, over ``Purpose: To provide
# …`` on one line of 252: mid_org 26 plain B, read as the first abstract's last two
# paragraphs). Of 9,667 real arXiv abstracts (every fifth listing file) whose first three
# lines or more sit within 82 columns, none goes on with a line wider than 85 that a
# space inside 81 could have broken; as sure as ``UNWRAPPED_ABOVE``.
WRAPPED_ABOVE: Final = 4.0
# ... at a wrap width this wide or more (the page's widest wrapped line so far; a usual
# capture width's least: a width learned from a title's break says little of its prose)
WIDE_FROM: Final = 60
# ... and the paragraph's line wider than this too, the widest usual capture width: the
# width learned is the widest line wrapped so far, and a line a few columns wider is the
# same paragraph's at the tool's true width (``Convolutional layers … enhance`` at 79 under
# lines of 76 at most, mid_org 27 p000257: the line above it read as a title of its own)
WIDE_LINE: Final = 120


def set_wide(text: str, width: int) -> bool:
    """Is ``text``, one line, a paragraph set wider than the page's firm wrap ``width`` (a
    space inside the width: a tool wrapping there would have broken it), past
    ``WIDE_LINE`` too, at a width of ``WIDE_FROM`` or more (``WRAPPED_ABOVE``)?"""
    return WIDE_FROM <= width < len(text) - 2 and len(text) > WIDE_LINE and " " in text[: width + 1]


# A line under half the page's firm width whose next word would have fitted there.
SHORT_FILL: Final = -4.0
# A line in capitals (no lower-case letter, three words of four letters or more) under
# one that is not, as a sentence going on: titles come in capitals, prose does not. Of
# the 3.68 million lines after the first of the 74,728 real arXiv abstracts wrapped at
# 72, 80 and 100 columns, one is so (a row of acronyms and figures: ``73.81%), WHUCD
# (92.05%), MSRSCD …``); a title in capitals under an abstract ending open was its last
# line (``… in long-term care environments`` at 79 of 80 + ``CRISP ATTENTION:
# REGULARIZING TRANSFORMERS VIA STRUCTURED SPARSITY``, a card without an abstract).
CAPITALS_LINE: Final = 6.0
# A Title Cased line under prose ending open, over a line opening a sentence that echoes
# one of its longer words (``lineforms.echoed_title_line``), as that prose going on: of
# the 3.78 million lines under a line ending open, not Title Cased, of the 75,874 real
# abstracts (wrapped at 60, 80 and 100 columns and as arXiv wraps them), 3 are so (8e-7:
# ``… we propose DSeq-JEPA, a`` + ``Discriminative Sequential Joint-Embedding
# Predictive`` + ``Architecture that bridges predictive …``); of the titles on one
# line at 60 / 80 / 100 columns, 34% / 41% / 43% are so over their abstract's first
# line (a log-odds of about 13), charged as ``UNWRAPPED_TITLE`` is (the decoder weighs
# the card's boundary besides: an abstract above ending open is cut short).
TITLE_CASE_ECHO: Final = 4.0
# Lines a page has wrapped within its wrap width, every one full (the next word would not
# have fitted: a tool's greedy wrap), after which no wider line is one it wrapped
# (``cont_evidence``'s ``sure``): a tool that wraps at a wider width fills some of that
# many lines past the one learned (a line ends at the width, or a word short of it, about
# one time in eight: 48 lines all short of it, under one in 400). Not an author's wrap,
# which leaves lines short (arXiv's abstracts on ``reader`` pages: ``The proliferation of
# … Intelligent Virtual Agents`` at 80 after many lines within 79, reader 29 p000556).
SURE_WRAPS: Final = 48
# Abbreviations no sentence ends with, whatever their full stop says.
_NO_END: Final = (" vs.", " Vs.", " e.g.", " i.e.", " cf.")


def cont_evidence(
    prev: str,
    text: str,
    joined: bool,
    gap: bool,
    width: int,
    indented: bool = False,
    prev_one: bool = False,
    blocky: bool = False,
    prev_indented: bool = False,
    firm: bool = False,
    flat: bool = False,
    set_apart: bool = False,
    head: int = 0,
    *,
    title_rest: bool = True,
    wraps_titles: bool = False,
    goes_on: bool = False,
    after_end: bool = False,
    one_line: bool = False,
    wrapped: bool = False,
    under_chrome: bool = False,
    sure: bool = False,
    first_under_text: bool = False,
    folded: bool = False,
) -> tuple[float, float]:
    """What continuing the text line ``prev`` with ``text`` is worth, as prose (an
    abstract's wrapped rest or next paragraph) and as a title's wrapped rest.

    ``joined``: the intake read the break as a wrap (``wraps.continues``); ``gap``: a
    blank line lies between; ``width``: the width the page is seen to wrap at (0: none);
    ``indented``: ``text`` starts with white space (arXiv indents a title's rest);
    ``prev_one``: ``prev`` is a whole unit of one line; ``blocky``:
    the page sets its blocks apart with blank lines, so a line right under text is in
    its block; ``prev_indented``: ``prev`` is an indented line of its unit; ``firm``: the
    page has wrapped many lines within ``width`` (a wider line is then no wrapped one);
    ``flat``: the page has shown its paragraphs on one line each and wrapped none (a
    line that fills a usual capture width there is no wrap);
    ``set_apart``: ``prev`` is a block's one line with a blank line above it (a line
    right under it is in its block); ``head``: the width the page's head was measured to
    wrap its prose at (``widths.head_width``) where ``width`` is 0 or no wider (a width
    learned from one break is the widest line wrapped so far), for a title's rest only;
    ``title_rest``: false when the caller reads the prose score only (the title's rest
    is then ``NEG``, unweighed); ``wraps_titles``: the page has wrapped its titles at its
    width (a line under a title line that filled it is then likelier the title's rest);
    ``goes_on``: ``text`` is the first of several lines the intake joined (it may end
    open: the unit goes on under it); ``after_end``: ``prev`` is a line of its own in
    its unit, under a line that ended a sentence (a title under an abstract's last
    line could stand there); ``one_line``: the page has left a title longer than its
    width on one line (its tool does not fill titles: ``head`` says nothing of them);
    ``wrapped``: ``text`` opens a unit the intake joined lines into (``UNWRAPPED_ABOVE``);
    ``under_chrome``: ``prev`` is a whole unit of one line right under chrome (it opens
    the text there: a card's title as likely as an abstract's first line); ``sure``:
    the page has wrapped so many lines within ``width`` that it wraps at no wider one
    (``SURE_WRAPS``); ``first_under_text``: ``prev`` is the first line of a unit the intake
    opened right under text, no blank line or chrome between (a title under a card's
    title as likely as an abstract's first line: ``SENTENCE_OPENING``))."""
    # a line ending in a URL ends its text ("… available at https://github.com/x/y"); one
    # ending in "vs." ends no sentence ("… 6G IoT Networks: Centralized Vs." +
    # "Decentralized", a title's rest)
    ends = (terminal(prev) and not prev.endswith(_NO_END)) or web_end(prev)
    lower = text[:1].islower() and CAMEL.match(text) is None
    glue = open_end(prev)
    fill = 0.0
    wider = False
    if width:
        n = len(prev)
        first = first_len(text)
        if firm and len(text) > width + 2 and n <= width + 2:
            # a line wider than the page wraps at was not wrapped there: it is no line of
            # the paragraph above, which was (a title in lower case ending in ".")
            fill = -3.0
            wider = " " in text.strip()  # (a word of its own no wrap could break: a link)
        elif full_at(n, first, width):
            # the line above is full: the page wrapped it here (less sure of a line
            # wider than any the page wrapped)
            fill = 3.0 if n <= width else 1.5
        elif n + 1 + first <= width:
            # the next word would have fitted: not a wrap at this width; surely not on a
            # firm width when the line above holds less than half of it and this one
            # opens capitalised (``NVIDIA`` + ``Privacy protection has …``: a name, then
            # the abstract; a paragraph wrapped twice, at two widths, leaves short lines
            # whose sentence goes on in lower case: ``inquiry synthesises classical`` +
            # ``rhetoric and communication psychology …``)
            fill = SHORT_FILL if firm and n * 2 < width and not lower else -2.0
    # prose
    cont = JOINED if joined else (PARAGRAPH if gap else (BLOCK if blocky else ADJACENT))
    if glue and not wider:
        # (the mark says the sentence goes on, but not in a line of words wider than the
        # page has firmly wrapped at: a wrap would have broken it. ``… The code is
        # available at:`` + ``Seeing is Believing, but How Much? A Comprehensive … in
        # Vision-Language Models.`` at 112 of 100, a cut link's colon over the next
        # card's title, read as the abstract going on: default 118 p001383)
        cont += 3.0
    elif not ends:
        if lower:
            cont += 2.5
        elif not gap and (
            text[: first_len(text)] in OPENERS
            and not item_opens(prev)
            or prev[-1:].isalpha()
            and text[: first_len(text)] in ASKING
        ):
            # "… supervised learning" + "As real-world datasets …": a sentence opens
            # after a line that ended none; the line above was a title. A question's
            # word or a title's opener too, under a line ending in a word (``ASKING``)
            cont -= 3.0
        elif (
            first_under_text
            and len(prev) <= TITLE_MAX
            and SENTENCE_OPENING.match(text) is not None
            and not (after_end or under_chrome)
        ):
            # ... any capitalised word then a lower-case one opening the line under a
            # unit's first line, title-sized, right under text (``SENTENCE_OPENING``):
            # that line was a title, not an abstract's first line
            cont -= 3.0
        elif (
            (after_end and could_head(prev) or under_chrome and could_head(prev, commas=True))
            and (text[:1].isupper() or text[:1].isdigit())
            and shares_words(prev, text)
        ):
            # a title then its abstract's first line (``… from single-energy ct
            # projections`` + ``Multi-material decomposition (MMD) enables …``); right
            # under chrome too, where no sentence of the text above can have run on
            # into the line, so a comma in it is no sentence's mark (``Grid-Connected,
            # Data-Driven Inverter Control, Theory to Hardware`` + ``Grid-connected
            # inverter control is …`` under its login link: ``TITLE_UNDER_CHROME``)
            cont += CAPITAL_SHARING
        elif after_end and SENTENCE_OPENING.match(text) is not None and title_of_its_own(prev):
            # ... a title-shaped line of its own under a sentence's end, over a line
            # opening a sentence (``… in customer service.`` + ``Three-dimensional deep
            # shape optimization with a limited dataset`` + ``Generative models have
            # attracted …``): the line was the next card's title (``SENTENCE_OPENING``);
            # in lower case too, where no sentence opens (``… CFD simulations.`` +
            # ``revisiting image fusion for multi-illuminant white-balance correction`` +
            # ``White balance (WB) correction in scenes …``, capture 116 p000282).
            # Not where it opens with a name (``PyTopo3D provides a feature-rich tool …
            # Solid Isotropic`` + ``Material with Penalization …``: the abstract's next
            # sentence, its subject the system it named, and a name at the next line's
            # head; capture 173 p000668, 168 p000106), nor where it ends in a capital:
            # the next line's may be a name's going on (``… an effective way to help Deep
            # Reinforcement`` + ``Learning algorithms learn …``, default 173 p000200), nor
            # where it holds a word of prose's clauses (``Extensive benchmarking
            # demonstrates that EdgeDiT offers a superior`` + ``Pareto-optimal trade-off
            # …``, new 173 p000506: ``sentence_titles.PROSE_WORDS``), nor where it ends in a word no
            # title ends with (``… the superior performance of SPC-GS across`` +
            # ``Replica and ScanNet benchmarks.``, fixture u15: ``OPEN_LAST``)
            cont -= 3.0
        else:
            cont += 1.0
    elif lower:
        cont -= 1.5  # a sentence does not start in lower case: a title may
    # (``titleish`` is False past TITLE_MAX: the length first spares a long abstract
    # line its shape tests)
    if ends and named_lower(text):
        cont -= NAMED_SENTENCE  # (a title in sentence case: ``sentence_titles``)
    if ends and len(text) <= TITLE_MAX and titleish(text):
        cont -= 1.0
    elif (
        not (glue or lower)
        and len(text) <= TITLE_MAX
        and len(prev) <= TITLE_MAX
        and title_cased(prev)
        and title_cased(text)
    ):
        # prose does not go on line after line in Title Case: two titles ("… Knowledge
        # Tracing" + "Hybrid E-Assessment in Higher Education: …")
        cont -= 4.0
    if not lower and len(text) <= TITLE_MAX and in_capitals(text) and not prev.isupper():
        cont -= CAPITALS_LINE  # (a title in capitals: prose does not go on so)
    # A line the intake did not join is weighed as prose by the page's width only where
    # that width is firm and no blank line parts them (the intake judged the break by the
    # text's shape, and a full line is a wrap's evidence either way; a width learned from
    # one break may be a flat page's chance); as a title's rest, below.
    # A page whose head shows its tool filling every block to one width (``head``) wraps
    # its prose there too: a full line ending no sentence goes on under it, also where
    # the intake did not join it (``… Large Language Models (LLMs) into Speech`` +
    # ``Language Models (Speech LMs) via …``: an abstract's first line, not a title).
    prose_fill = fill
    if folded and fill == 3.0 and ends and lower:
        # a page folded at a narrow width (``widths.folds_all``) breaks an ending line
        # too: it fills the width as often as the next word is long (a line's length
        # spread over the width, the next word of ``first`` characters would not have fitted
        # on ``(first + 1) / width`` of them), where a paragraph's inner line always fills
        # it; the fill is worth its odds, ``log(width / (first + 1))``, not the firm 3 a
        # wide wrap's earns (``… and atomcities of input claims.`` at 41 of 42 over
        # ``breaking the trade-off between``: 1.5, capture 116 p000281)
        prose_fill = min(fill, log(width / (first_len(text) + 1)))
    if sure and len(prev) > width >= len(text) and " " in prev:
        # ... nor was the line above, wider than the width the page has wrapped every one
        # of many lines within, a line of the paragraph under it: a title over its
        # abstract's first line, however near the width (``What do language models
        # model? … of thought`` at 81 + ``What do large language models actually model?
        # …`` wrapped at 80, after 336 wraps within 80; the margin ``full_at`` leaves a
        # width learned from a few wraps read it as full). Prose only: a title's rest
        # under it keeps the fill, since a page may wrap its titles at a width of their
        # own (arXiv's titles at 80 over abstracts wrapped within 79: ``Mobile-Agent-V:
        # … and Efficient Operational`` at 80 + ``Knowledge Injection in Mobile
        # Automation``, a ``reader`` page's second card, before the page has shown a
        # wrapped title: split in two when the rest lost the fill too)
        prose_fill = -3.0
    cont += prose_fill if joined or (firm or head and fill > 0 and not ends) and not gap else 0.0
    if (
        not joined
        and prev_one
        and ends
        and not (blocky and not gap)
        and len(prev) <= SUMMARY_MAX
        and text[:1].isupper()
        # "We also show …" goes on, unless the line above is Title Cased (``SENTENCE_START``)
        and (not text.startswith(SENTENCE_START) or case_form(prev) == TITLE_FORM)
    ):
        # a second paragraph under one short line ending a sentence: a title ending in
        # "." above its abstract, not a one-sentence summary going on (not in the line's
        # block on a page that sets its blocks apart: a title has a block of its own
        # there, and the line is its paragraph's first, pandoc's ``Time series
        # forecasting … historical patterns.`` at 71 of 72 + ``Inspired by …``)
        # (``When are We Worried? Temporal Trends of Anxiety and What They Reveal about
        # Us.`` + ``In this short paper, we make use of …``, a flat page's next title
        # under a card without an abstract, new 118 p002285: a summary of one sentence is
        # prose in sentence case, and ``In this`` opens an abstract as often as it goes on
        # one)
        cont -= 3.0
    if not joined and len(prev) > TITLE_MAX:
        if wrapped:
            cont -= UNWRAPPED_ABOVE
        elif ends and not gap and (open_title_line(text) or cased_question(text)):
            # (a title right under a paragraph on one line; ending in "?" or "!" where
            # it is in Title Case, as prose's questions are not: ``lineforms.cased_question``)
            cont -= UNWRAPPED_TITLE
    # a title's rest
    if gap or not title_rest:
        return cont, NEG
    return cont, title_rest_evidence(
        prev,
        text,
        JOINED if joined else ADJACENT,
        joined,
        width,
        fill,
        ends,
        lower,
        glue,
        indented,
        prev_one,
        prev_indented,
        set_apart,
        head,
        wraps_titles,
        goes_on,
        one_line,
        flat,
    )


# A sentence going on across a break rarely opens its next line with a capital letter
# that repeats its words, as an abstract under its title does. Of the 8,978 breaks inside
# the page generator's real abstracts (first 40k papers, wrapped at 80 and 100 columns)
# after a line that could be a title (``could_head``), ends no sentence and sits under
# a line that ended one, 3.5% open with a capital letter or a digit and 0.27% also
# share two words of five letters or more with the line above (not "with", "this"); of
# the abstracts' first lines under such a title, 99.96% and 54%: a log-odds of about
# -5.3 against the sentence going on, -4.5 taken on the +1 an open sentence then a
# capital is otherwise worth.
# (The capital alone, -3.5: two extra records for one card found on default 21, on
# ``reader`` pages: "PKG-DPO achieves 17% fewer … an 11% higher" + "Physics Score …".)
CAPITAL_SHARING: Final = -3.5
# A sentence's opening: a capitalised word of the language (hyphenated too:
# ``Three-dimensional models are …``), then a lower-case one. Under a title-sized line
# ending no sentence that opened a unit right under text (a card's title, no blank line
# or chrome between), the line opening so is a paragraph's first, so the line above was
# the next card's title (``cont_evidence``): of the 74,728 real arXiv abstracts wrapped at
# 60 / 80 / 100 columns whose first line ends no sentence, 0.46% / 0.45% / 0.42% have a
# second line opening so (a name: ``Gaussian``, ``English``, ``Transformer``; 0.9% to 1.5%
# where that first line is Title Cased), against 79% of abstracts opening so under their
# title (log-odds 4.3 to 5.2; the OPENERS' charge, 3, replacing the 1 a capitalised line
# under an open one earns). Not asked under a sentence's end or chrome, where other
# evidence reads the unit (``after_end``, ``under_chrome``), nor under a blank line or
# chrome: there it split four abstracts' first lines off on default 114 (a name opening
# the second: ``… at the ICRA 2026`` + ``Workshop on Field Robotics …``).
SENTENCE_OPENING: Final = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)* [a-z]")
