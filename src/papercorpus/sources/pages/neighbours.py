"""What a page token's neighbours say of it, marked on it as the decoder's intake pushes
the tokens (``Decoder.push``): the tag and text of the token right under it and of the one
under that, a quotation it closes, whether the line under it goes on a sentence. The role
scores (``scores``, ``charges``, ``walks``) read these marks; the decoder scores a token
only once the tokens after it are marked.
"""

from __future__ import annotations

from typing import Final

from ..shape import terminal, title_cased
from . import lineforms
from .charges import SENTENCE_OPEN
from .tokens import Token
from .units import CAMEL

__all__ = ["PAGE_CHROME", "mark_next", "mark_past"]

# Chrome of the page, not of a card: the text past it is no card's text under the line above.
PAGE_CHROME: Final = ("", "header", "view", "nav")
# Chrome that no card puts between its title and its abstract: a card's link (its last
# line on a ``reader`` page: the login link of p000065) and the page's own chrome. Text
# right under it opens a card. (Not a date: a ``reader`` card's date sits over its
# abstract, and an abstract's first line there may repeat its words in the next line:
# ``The Electric Vehicle Routing Problem (EVRP) extends the classical`` + ``Vehicle
# Routing Problem (VRP) to …``, reader 21 p000244, split off under ``· Mar 24``.)
_CARD_OPENS_UNDER: Final = ("url", "header", "view", "nav")
# A ``reader`` card's date: a one-line unit under it is its card's abstract's first line or
# the next card's title (the card above having none), and either way the piece right under
# that unit is a paragraph's opening, the abstract's or its rest: judged whole with the text
# it goes on into (``nxt_lower``; not ``under_chrome``'s capital sharing, p000244 above).
_DATES: Final = ("date", "dotdate")


def mark_next(prev: Token, tok: Token) -> None:
    """Mark ``prev`` and ``tok``, the token pushed right after it, with what each says of
    the other."""
    prev.nxt = tok.tag
    tok.prv = prev.tag
    if tok.chrome and not prev.chrome:
        prev.rd_blank_above = tok.rd_blank_above  # (``charges.unshared_past``)
    if tok.tag == "profile" or (prev.org and tok.tag == "text"):
        prev.nxt_text = tok.text  # (a name's profile link, or text right under it)
    if prev.tag == "text" and tok.tag == "text" and not tok.gap and '"' in tok.text:
        # (a quotation the text above left open, closed here: ``QUOTE_CLOSE``)
        tok.closes_quote = tok.text.count('"') % 2 == 1 and prev.text.count('"') % 2 == 1
    if prev.tag == "text" and tok.tag == "text":
        # (``unshared_first``: under a title's possible rest, whatever its shape,
        # "… Old-Photo Face Restoration." too; the whole unit under it where the
        # intake offered cuts in it: an abstract whose first line could be a title)
        prev.under = tok.rest or tok.text
        # (the line above is a whole unit of one line right under a card's link or the
        # page's chrome: ``under_chrome``)
        tok.rd_first_under_chrome = prev.lines == 1 and prev.prv in _CARD_OPENS_UNDER
        # (... or right under a card's date: ``_DATES``)
        tok.rd_first_under_date = prev.lines == 1 and prev.prv in _DATES
    if prev.kind == "T" and not (tok.chrome or tok.gap):
        first = tok.text[:1]
        if first.islower():
            # (not "iVideoGPT: …", nor a title opening in lower case: "k-fold
            # Subsampling based Sequential …" under a title; a sentence goes on in
            # its paragraph, not after a blank line: lower-cased titles on a page
            # that sets every card apart)
            prev.nxt_lower = (
                CAMEL.match(tok.text) is None
                and not title_cased(tok.text)
                and not _wider_under(prev, tok)
            )
        elif first.isupper():
            # a sentence going on across a line that filled the page's width,
            # whose next word opens capitalised (``… Large Language Models
            # (LLMs) into Speech`` + ``Language Models (Speech LMs) via …``): as
            # a lower-case one would, the line above may be an abstract's first
            # (the intake's cut too: ``… (3DGS) from low-framerate`` + ``RGB
            # videos is challenging. …``)
            lazy = tok.lazy
            full = _goes_on_full(tok)
            if (
                prev.lines == 1
                and SENTENCE_OPEN.match(tok.text) is not None
                and not (full and (tok.in_block or (lazy is not None and lazy[7])))
            ):
                # ... unless the next line opens a sentence (``SENTENCE_UNDER``); a
                # wrap inside a name reads so too (``… considered the Nobel`` +
                # ``Prize in Computing, …``), and where the page sets its blocks
                # apart with blank lines, a title has a block of its own, so a
                # line right under a full one in its block goes on its sentence
                prev.nxt_sentence = True
            elif full:
                prev.nxt_lower = True
    elif (
        prev.kind == "WA"
        and (prev.lines > 1 or _one_line_goes_on(prev, tok))
        and (prev.prv != "text" or prev.rd_first_under_chrome or prev.rd_first_under_date)
        and not (tok.chrome or tok.gap)
    ):
        # a piece of several lines ending no sentence, opening the text under
        # chrome, the text right under it going on in lower case or across a line
        # that filled the page's width: a paragraph's first lines (w3m's ``This
        # paper proposes … and applies`` at 80 + ``Large Language Model
        # (LLM)-based …``, under ``4 authors``), judged whole with it; or under the
        # one line opening the text under chrome (a card's title, then its abstract) or
        # under a card's date (``_DATES``: the card above's title, FreNBRDF's of reader 30
        # p000032, or the abstract's first line)
        first = tok.text[:1]
        prev.nxt_lower = (
            first.islower()
            and CAMEL.match(tok.text) is None
            or first.isupper()
            and _goes_on_full(tok)
        )


def _one_line_goes_on(prev: Token, tok: Token) -> bool:
    """Is ``prev``, one line holding a sentence's end and ending open, right over a line
    that goes on in lower case (no wider than twice it: ``_wider_under``)? The line is a
    paragraph's first, cut from the lines under it where the page's width was learned
    narrower than its tool's (``Face recognition systems store … efficient matching. Once
    leaked, these templates`` at 98 + ``pose a threat: inverting them …``, under ``NVIDIA``
    + ``·`` + ``Published on Oct 23``, a width of 88 learned from the page's first
    abstract: mid_org 26 plain B p000302, read as a title, the card above taking the
    title over it as its abstract). As a piece of several lines there is."""
    first = tok.text[:1]
    return (
        first.islower()
        and CAMEL.match(tok.text) is None
        and not terminal(prev.text)
        and not _wider_under(prev, tok)
    )


def _wider_under(prev: Token, tok: Token) -> bool:
    """Is ``tok`` one line more than twice as wide as ``prev`` above it: no line of a
    paragraph wrapped at ``prev``'s width (a wrapped paragraph's lines are no wider than
    the width it wrapped at), so ``prev`` is no wrapped paragraph's first line but a title
    over a paragraph set on one line (``BPDQ: Bit-Plane Decomposition Quantization on a
    Variable Grid for Large Language Models``, 87 characters, over ``we propose Bit-Plane
    …`` on one line of 299, mid_org 28 p002485: read as one paragraph, the title and its
    abstract went to the card above, one without an abstract). Only where ``tok`` ends a
    sentence, as a whole paragraph on one line does: a wide line ending none is a piece
    of a paragraph the intake cut, or a link's line (``arXivLens breakdown of this paper
    👉 https://…`` under a lower-cased title: read as a title of its own on held-out pages
    without this test)."""
    return tok.lines == 1 and len(tok.text) > 2 * len(prev.text) and terminal(tok.text)


def mark_past(older: Token, prev: Token, tok: Token) -> None:
    """Mark ``older`` with ``tok``, the token past ``prev`` under it."""
    older.nxt2 = tok.tag
    # (a name, one chrome line, then text: ``Token.nxt2_text``)
    if older.org and prev.chrome and not tok.chrome:
        older.nxt2_text = tok.text
    if prev.chrome not in PAGE_CHROME and not (older.chrome or tok.chrome):
        # the text under a line past one line of its card's chrome (a ``reader``
        # card's date between its title and its abstract): what an abstract echoes
        # of a title's two rest lines is read there (``unshared_two``)
        older.past = tok.rest or tok.text


def _goes_on_full(tok: Token) -> bool:
    """Does ``tok`` go on a sentence across a line that filled the page's width (the line
    right above it, or the intake's join into it)?"""
    lazy = tok.lazy
    return tok.under_full or (lazy is not None and lineforms.goes_on(lazy))
