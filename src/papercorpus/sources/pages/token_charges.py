"""The tests on a token (and the lines around it) that say what a charge of ``charges``
comes to: a line set in under a title, a capital under an abstract's first line, a
title's words echoed nowhere under it, a name over an organisation's marks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from ..shape import TITLE_MAX, sentence_adverb, sentence_breaks, terminal, title_cased
from . import echoes, lineforms, scores
from .cased_open import content_cased
from .charges import (
    FIRST_LINE_CAPITAL,
    LONG_TITLE,
    LONG_TITLE_COST,
    LONG_TITLE_SLOPE,
    LOWER_FIRST_CAPITAL,
    SET_IN_HABIT,
    SET_IN_TITLE,
    TWO_TITLES_LEAST,
    UNSHARED_COMMON,
    UNSHARED_COMMON_LEAST,
    UNSHARED_FIRST,
    UNSHARED_TITLE,
    UNSHARED_TITLE_FOUR,
)
from .defined_names import defined_name
from .page_habits import PageHabits
from .tokens import Token
from .units import CAMEL

__all__ = [
    "capital_under",
    "first_unshared",
    "is_dot_rest",
    "long_title",
    "name_under",
    "open_line",
    "set_in_habit",
    "set_in_title",
    "text_col",
    "title_comma",
    "unshared_first",
    "unshared_past",
    "unshared_title",
    "unshared_two",
    "unshared_under_rest",
    "whole_line",
]


def set_in_title(above: Token, rest: bool, tok: Token) -> float:
    """What ``tok``, text right under the title token ``above`` (its first line, or its
    rest where ``rest``), pays as the next card's title when it is set in under it
    (``SET_IN_TITLE``)."""
    col = above.col
    if tok.col > col or (rest and tok.col == col):
        return SET_IN_TITLE
    return 0.0


def set_in_habit(seen: list[int]) -> float:
    """What a line set in pays more as an abstract's line on a page that has set in three
    title rests or more under text and no abstract's line (``SET_IN_HABIT``; ``seen``:
    ``PageHabits.set_in_lines``)."""
    return SET_IN_HABIT if seen[0] >= 3 and not seen[1] else 0.0


def capital_under(tok: Token, first: Token) -> float:
    """What ``tok`` costs, opening in capitals or a digit in the paragraph of ``first``, an
    abstract's first piece of one line that could be a whole title: Title Cased, ending no
    sentence or in a question (``FIRST_LINE_CAPITAL``), or title-sized in lower case
    (``LOWER_FIRST_CAPITAL``, also a piece of two lines)."""
    c = tok.text[:1]
    if tok.gap or not (c.isupper() or c.isdigit()) or first.lines > 2:
        return 0.0
    text = first.text
    if first.lines == 2 and (
        not text[:1].islower() or CAMEL.match(text) is not None or first.prv == "text"
    ):
        # (two lines: a title in lower case wrapped, ``LOWER_FIRST_CAPITAL``, only, and
        # opening the text under chrome: right under text, two lines in lower case may be
        # the rest of its sentence, ``… a comprehensive review of pun`` + ``generation
        # datasets and methods …, including conventional`` + ``approaches, …`` +
        # ``Additionally, …``, reader 21 p001557, read as a title with the rule unchecked)
        return 0.0
    if len(text) > TITLE_MAX + 1:
        # (both readings below need a title-sized line, one "?" aside: checked first, as
        # an unwrapped abstract is a line of a thousand characters and Title Case scans it)
        return 0.0
    if text[:1].islower() and CAMEL.match(text) is not None:
        # a name opening in lower case ("kBuffer-free Class-Incremental Learning with
        # Out-of-Distribution Detection", a card without an abstract, over the next
        # card's title and abstract) is judged as a capital opening: of the 74,728 real
        # arXiv abstracts wrapped at 80 and 100 columns, 10 first lines open so, none of
        # them Title Cased, while 6% of the generator's titles open so ("iVideoGPT: …")
        text = text[:1].upper() + text[1:]
    elif text[:1].islower():
        # (no sentence ends inside it, nor does it end in a joiner: "remain largely
        # limited to … adaptation. We introduce \textbf{Free" + "Sinewich}, …" and
        # "outperforms … under various memory budgets on" + "LongBench and …" are
        # sentences going on)
        if len(text) <= TITLE_MAX and not sentence_breaks(text) and not lineforms.open_end(text):
            return LOWER_FIRST_CAPITAL
        return 0.0
    if not title_cased(text):
        return 0.0
    if text[-1] == "?":
        text = text[:-1]  # ("Fundamental Tradeoff in …: How Long to Move Before Transmission?")
    if (
        not terminal(text)
        and lineforms.could_head(text, commas=title_comma(text))
        and not defined_name(text)  # (a name's acronym, then its sentence: no title)
    ):
        return FIRST_LINE_CAPITAL
    return 0.0


def title_comma(text: str) -> bool:
    """May ``text``, a Title Cased line ending no sentence, hold a comma and still be a
    whole title (``capital_under``)? Yes unless the comma ends a sentence adverb
    (``Moreover, …``, ``Second, a …``: a sentence going on, the reason ``could_head``
    refuses commas) or a name's parenthesised acronym (``Named Entity Recognition (NER),
    a fundamental task in …``: an abstract's opening). Measured on the 74,728 real arXiv
    records: 2,946 titles (3.9%) are such lines with a comma (``Limited Generalizability
    in Argument Mining: State-Of-The-Art Models Learn Datasets, Not Arguments``, a card's
    title read as the abstract of the card without one above it, default 60 ``bare``
    p000175); of the abstracts wrapped at 60 / 80 / 100 columns, 29 / 17 / 9 open with
    one over a capital (128 at 80 without a comma, charged already). Nor a list of names
    (``Yihao Wang, Raphael Memmesheimer, Sven Behnke``, an arXiv listing's authors): a
    title holds a word in lower case (2,814 of the 2,944), 1.1% of the real author lists
    cut at 80 columns do. Nor a comma going on in a word in lower case other than a
    list's link (``Radiance field methods, such as Neural Radiance Field or 3D Gaussian``
    over ``Splatting, have emerged …``, default 61 ``reader`` p002566, read as a title
    with this test unchecked): 57 of the 2,814 titles have one, and it leaves 9 / 7 / 3 of
    the abstracts' first lines above. Nor a line whose sentence opens in lower case
    (``content_cased``): ``Agent orchestration frameworks -- LangGraph, CrewAI, Google ADK,
    OpenAI Agents``, ``Who invented the radio, Russia's Alexander Popov or Italy's
    Guglielmo`` are abstracts' first lines whose capitals are names in a list (three
    extra records on the held-out ``reader`` sets 50 and 34); it keeps 2,716 of the 2,757
    titles this test newly allows, and leaves 2 / 4 / 2 / 1 of the 9 / 10 / 7 / 3 first
    lines wrapped at 60 / 72 / 80 / 100."""
    if not content_cased(text) or "), " in text or sentence_adverb(text):
        return False
    words = text.split(" ")
    for i, w in enumerate(words[:-1]):
        if w.endswith(",") and words[i + 1][:1].islower() and words[i + 1] not in _LIST_LINKS:
            return False
    return any(w.islower() and w.isalpha() for w in words)


# The words a title's list goes on in after its comma (``Non-linearity, Sparsity, and
# Attention-Sink-Free``, ``TimeProVe: Propose, then Verify …``).
_LIST_LINKS: Final = frozenset(["and", "or", "but", "nor", "then", "yet", "not", "vs", "vs."])


def whole_line(tok: Token) -> bool:
    """Is ``tok`` one line holding one whole sentence ending in ".", over text opening
    capitalised (``ECHO_SHORT``; the line above it ended a sentence)?"""
    text = tok.text
    return (
        tok.lines == 1
        and text[-1] == "."
        and text[:1].isupper()
        and ". " not in text
        and tok.under[:1].isupper()
    )


def is_dot_rest(tok: Token, habits: PageHabits) -> bool:
    """Is ``tok``, a name that could be its title's rest, one word under a title line it
    would have overflowed, over a "·", on a page whose "·" habit is unknown
    (``DOT_REST``)?"""
    return (
        tok.overflows and habits.dot_habit == 0 and " " not in tok.text and scores.dot_marked(tok)
    )


def long_title(chars: int) -> float:
    """What a title of ``chars`` characters (and separators) pays for its length."""
    if chars <= LONG_TITLE:
        return 0.0
    return LONG_TITLE_COST + LONG_TITLE_SLOPE * (chars - LONG_TITLE)


def text_col(item: str) -> int:
    """The column an item's text starts at, from its ``Token.item`` key (``"2 •"``: the
    mark set 2 in, then a space)."""
    margin, _, mark = item.partition(" ")
    return int(margin) + len(mark) + 1 if margin.isdigit() else -1


def open_line(text: str) -> bool:
    """Is ``text``, one line, title-sized, ending no sentence and not Title Cased
    (``SENTENCE_UNDER``)?"""
    return len(text) <= TITLE_MAX and not terminal(text) and not title_cased(text)


def unshared_title(title: str, text: str) -> float:
    """What ``text`` (a title-sized line and the text under it, of ``UNSHARED_TITLE``'s
    least length or more) pays as the abstract of the card titled ``title`` where the two
    share few longer words (``UNSHARED_TITLE``; a title of four: ``UNSHARED_TITLE_FOUR``,
    where it shares none). The text is read once."""
    shared = echoes.title_echo(title, text, 4)  # (2 for a title of fewer than four)
    if shared == 2:
        return 0.0
    if len(echoes.long_words(title)) > 4:
        return _by_length(UNSHARED_TITLE, len(text), shared)
    return _by_length(UNSHARED_TITLE_FOUR, len(text), 0) if shared == 0 else 0.0


def acronym_below(tok: Token) -> str:
    """The name the title-sized ``tok`` (one or two lines) holds that the text under it
    defines with an acronym, or "" (``ACRONYM_BELOW``, charged to reading it as its card's
    abstract's first line where the card's title does not hold the name too)."""
    if tok.lines > 2 or tok.nxt != "text":
        return ""
    return echoes.acronym_defines(tok.text, tok.under)


def unshared_under_name(title: str, name: str, tok: Token) -> float:
    """What the abstract ``tok`` pays under ``name``, read as its card's organisation,
    where the card's ``title`` shares no longer word with it and ``name`` shares one
    (``UNSHARED_TITLE``'s "none", as a title-sized line over text pays it): an abstract
    repeats its title's words, rarely its organisation's, so the name is the next card's
    title, the card above one without an abstract (``EXPECT THE UNEXPECTED? TESTING THE
    SURPRISAL OF SALIENT ENTITIES`` + its counts + ``Judge Circuits`` + ``LLM-as-a-judge
    has become …``, new 12 n_stats p000891: the two-word title read as an organisation).
    Both are asked: a title sharing nothing with its abstract (0.09% of the listings' at
    1,000 characters) over a name it does not echo stays (``Read Quietly, Think Aloud: …``
    + its chrome + ``Qwen`` + its abstract, conv 8 pandoc p000358)."""
    text = tok.rest or tok.text
    if (
        len(text) < UNSHARED_TITLE[-1][0]
        or not echoes.shares_word(name, text[: scores.OPENING])
        or echoes.title_echo(title, text)
    ):
        return 0.0
    return _by_length(UNSHARED_TITLE, len(text), 0)


def unshared_first(title: Token, tok: Token) -> float:
    """What reading ``tok`` as the rest of the title ``title`` (one line, or two) pays where
    the text under it echoes it and not ``title`` (``UNSHARED_FIRST``).

    Two lines too: a card without an abstract whose title wraps over two lines, over the
    next card's one-line title and its abstract (``F_1 User Behavior Prediction as a
    Generic, Robust, Scalable, and`` + ``Low-Cost Evaluation Strategy … in LLMs`` +
    ``Distilled-3DGS:Distilled 3D Gaussian Splatting`` + ``3D Gaussian Splatting (3DGS) has
    …``, reader 40 p000069: one title of three lines, the second card lost). What decides
    is how many own words the lines above have (``UNSHARED_FIRST``); of the arXiv listings'
    titles of three lines (wrapped at 72 / 80, over 1,000 characters of abstract or more)
    none of 671 / 212 has its first two lines share no longer word with its abstract where
    the third shares two, against 52% / 50% of two-line titles over another paper's one-line
    title (11,781 / 14,114 pairs)."""
    if title.lines > 2 or tok.lines > 1 or not tok.under:
        return 0.0
    return first_unshared(title.text, tok.text, tok.under)


def unshared_two(title: Token, tok: Token) -> float:
    """What reading ``tok`` as the first of two lines of the one-line title ``title``'s
    rest pays where the text under the second (``Token.under2``, past a line of chrome)
    echoes the two rest lines and not ``title`` (``UNSHARED_FIRST``): a card without an
    abstract, then the next card's title wrapped over two lines (``SpatialMem: … Fast
    Retrieval`` at 70 of 72 + ``Restrictive Hierarchical … Stratified Tooth`` + ``Layer
    Detection`` + ``Published on …`` + ``Accurate understanding of anatomical …``).
    A title of two lines too: a fold narrower than the titles breaks both over two
    (``mPhotoAgent: Agentic Photo Editing with`` + ``Exploratory Visual Aesthetic
    Planning`` + ``Progressive Residual Warmup for Language`` + ``Model Pretraining`` +
    ``Transformer architectures serve as …``, capture 186 p000524); of the arXiv
    listings' titles of three lines none of 671 / 212 shares no word of its first two
    with its abstract where the third shares two (``unshared_first``), and four lines so
    are rarer still.
    Weighed here, not at the second line (``path_reads.unshared_rest``): both readings of
    ``tok``, the rest and the next title, reach the same decoder state, and only the
    better goes on."""
    if (
        title.lines > 2
        or tok.lines > 1
        or not tok.under2
        or len(title.text) + len(tok.text) + len(tok.under) + 2 > TITLE_MAX
        or lineforms.open_end(title.text)  # (no whole title: "… capture setting of X,")
        # (set in under the title line, arXiv's way: its rest, whatever the line under
        # it, at the margin, is; ``… Zero-Collection-Cost Basic Shape`` + ``  Pre-Training``
        # + ``DM$^3$Net: …``, a card without an abstract over the next title)
        or tok.col > 0
        or title.lines == 2
        and _ends_short(title, tok)
    ):
        return 0.0
    return first_unshared(title.text, tok.text + " " + tok.under, tok.under2)


def _ends_short(title: Token, tok: Token) -> bool:
    """Did ``tok``'s line, under the title of two lines ``title``, end short of the fold,
    the first word under it fitting on it? The fold is no narrower than the title's first
    line (``Token.head``), which it broke. Then ``tok`` is the title's third and last line,
    not the first of the next title's two (a title is not wrapped at a line the next word
    would have fitted on): ``Transport-Related Surface Detection with`` / ``Machine
    Learning: Analyzing Temporal`` + ``Trends in Madrid and Vienna`` (27, and
    ``Connecting`` would have fitted under a first line of 40) + ``Connecting Speech to
    Words through Images`` + its abstract, a card without an abstract over the next
    card's one-line title (capture 187 p000842)."""
    return len(tok.text) + 1 + lineforms.first_len(tok.under) <= title.head


def unshared_under_rest(title: str, tok: Token) -> float:
    """What reading ``tok`` as the next line of a title already read over two lines or
    more (``title``: its text, first line and rest) pays where ``tok`` and the line under
    it, or ``tok`` alone, are echoed by the text under them and ``title``'s own words are
    not (``UNSHARED_FIRST``): a card without an abstract, its title of two lines, over
    the next card's title (``TARAC: … via Temporal`` + ``Attention Real-time
    Accumulative Connection`` + ``Consistency-aware Self-Training for Iterative-based
    Stereo`` + ``Matching`` + ``Iterative-based methods have become mainstream in
    stereo matching …``). ``unshared_first`` and ``unshared_two`` weigh it under a title
    of one line; more lines of a title sharing none of their words with its abstract
    are rarer still. Not a line set in arXiv's way (the title's rest). ``tok`` of two
    lines too: a fold narrower than the titles breaks the next title over two, and the
    intake joins them as one unit (``Retrieval or Representation? Reassessing Benchmark``
    + ``Gaps in Multilingual and Visually Rich RAG`` + ``Improving Predictive Confidence
    in Medical Imaging`` / ``via Online Label Smoothing`` + ``Deep learning models, …``,
    capture 118 p000264)."""
    if tok.lines > 2 or tok.col > 0 or not tok.under or lineforms.open_end(title):
        return 0.0
    if (
        tok.under2
        and len(title) + len(tok.text) + len(tok.under) + 2 <= TITLE_MAX
        # (``tok`` echoed itself: where only the line under it is, ``tok`` may as well
        # be the title's last line over the next title, ``… Deployment-Grounded`` +
        # ``Reliability`` + ``NegVQA: Can Vision Language Models …`` + ``Negation is …``)
        and echoes.shares_word(tok.text, tok.under2)
    ):
        two = first_unshared(title, tok.text + " " + tok.under, tok.under2)
        if two:
            return two
    return first_unshared(title, tok.text, tok.under)


def unshared_past(title: Token, tok: Token) -> float:
    """What reading ``tok`` as the rest of the one-line title ``title`` pays where the
    text past the card's date under it (``Token.past``) echoes it and not ``title``
    (``UNSHARED_FIRST``): a card without an abstract (nor its link, nor its date) right
    over the next card's one-line title, its date then its abstract (``Scaling
    Text-to-Image Diffusion Transformers with Representation Autoencoders`` + ``SeeUPO.
    Sequence-Level Agentic-RL with Convergence Guarantees`` + ``Published on Nov 11,
    2021`` + ``Reinforcement learning (RL) … convergence guarantees in agentic …``).
    Read as one title, the first card is lost and its record takes the second's id, a
    false merge. ``unshared_first`` reads only text right under the line; a ``reader``
    card sets its date between its title and its abstract (eight in ten)."""
    if (
        title.lines > 1
        or tok.lines > 1
        or not tok.past
        # (right under the line above, but a blank line over the date: the page sets its
        # blocks apart, and the two lines share one, one title's: ``kCATCH-ME if you RAG:
        # … multi-Turn`` + ``Counterspeech against …`` + a blank + ``Jun 5``, p000321)
        or (tok.rd_blank_above and not tok.gap)
        or len(title.text) + 1 + len(tok.text) < TWO_TITLES_LEAST
        or tok.col > 0  # (set in under the title line, arXiv's way: its rest)
    ):
        return 0.0
    # only where the first line shares none of its own words: one is as often a wrapped
    # title's first line over its abstract (of the two-line titles over their date on the
    # seed-26 and seed-28 sets, 120 characters or more, 59 share one and 10 none, against
    # 10 and 11 of the cards without an abstract over the next title) ...
    shared, _own = echoes.first_line_echo(title.text, tok.text, tok.past)
    if shared == 1 and (
        echoes.first_line_rare(title.text, tok.text, tok.past)
        or lineforms.open_end(title.text)  # (no whole title: "… Framework for")
        or echoes.phrase_across(title.text, tok.text, tok.past)  # ("Vision" + "Transformers")
    ):
        return 0.0
    # ... unless that one is a word many abstracts hold (more than 2%: ``context``,
    # ``detection``), shared by chance as often: measured on the arXiv listings (titles
    # of 120 characters or more wrapped at 72 / 80 / 100 into two lines, against a
    # width-filling title over the next paper's whole title, each over its abstract's
    # first 2,000 characters), a first line sharing one such word and no rare one (nor
    # the word at the break, nor ending open, nor the phrase across the break in the
    # abstract) has log-odds 2.4 / 4.1 / 4.3 / 5.6 for 5 / 6 / 7 / 8+ own words (1,000
    # characters or more under it; 1.0 / 2.2 / 3.5 / 3.9 from 600), about
    # ``UNSHARED_FIRST``'s column for one; sharing a rare one, -1.2 / -0.7 / 1.6 / 4.2
    # (nothing charged)
    return first_unshared(title.text, tok.text, tok.past) if shared <= 1 else 0.0


def first_unshared(first: str, rest: str, text: str) -> float:
    """What reading ``rest`` as the rest of the title line ``first`` pays over ``text``
    where ``text`` echoes the rest and not the first line's own words
    (``UNSHARED_FIRST``, by how many it has)."""
    shared, own = echoes.first_line_echo(first, rest, text)
    length = len(text)
    if (
        shared
        and own
        and length >= UNSHARED_COMMON_LEAST
        and echoes.first_line_common(first, rest, text)
    ):
        # (what it shares, only words most abstracts hold: ``UNSHARED_COMMON``)
        one, two = UNSHARED_COMMON[own - 5]
        return one if shared == 1 else two
    if shared > 1:
        return 0.0
    for least, by_own in UNSHARED_FIRST:
        if length >= least:
            none, one = by_own[own - 5]
            return one if shared else none
    return 0.0


def _by_length(table: tuple[tuple[int, float, float], ...], length: int, shared: int) -> float:
    """The charge of ``UNSHARED_TITLE`` for ``shared`` words (none or one; two or more pay
    nothing) under ``length`` characters of text: the longer the text that shares
    nothing, the surer the line is not its card's."""
    if shared > 1:
        return 0.0
    for least, none, one in table:
        if length >= least:
            return one if shared else none
    return 0.0


# What marks a name as an organisation's on the line under it (``name_under``).
_NAME_MARKS: Final = ("dot", "dotdate", "profile")


def name_under(tok: Token, name: Token, habits: PageHabits) -> bool:
    """Is ``name``, the text past the one-line "· date" under the name ``tok``, a name with
    an organisation's marks (its profile link, a "·" under it), as much a name as ``tok``
    or more by their scores (an organisation's line less a title's)? Then the two are a
    title over its date and the card's organisation, not the card above's name and the
    next title (``TWO_ORGS``, charged at ``tok``'s organisation reading: ``List
    Estimation`` + ``· Published on Sep 8, 2022`` + ``University of Massachusetts
    Amherst`` + ``·`` + its date, under a card without an abstract; ``Token.mo_name_under``)."""
    if name.nxt not in _NAME_MARKS:
        return False
    mine = scores.text_scores(tok, habits)
    # (a copy, scored for real at its turn; its "·" taken with the date an organisation's
    # block puts under it, the line past it not read yet)
    theirs = scores.text_scores(replace(name, nxt2="date"), habits)
    return theirs[4] - theirs[0] >= mine[4] - mine[0]
