"""A ``## `` heading's wrapped rest, told from a paragraph's first line by the line under
it. A heading is one line in the source; only a tool's width wraps it, and that tool counts
the heading's mark in the line's width (``parser``: ``Unit.atx`` holds the mark's width).
A line that could be the heading's rest by width alone may be its abstract's first line
(layout B: no blank between a title and its abstract): a title's last line ends its title,
a paragraph's first line goes on into the line under it (``runs_on``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .lineforms import open_end
from .units import CAMEL, Unit
from .wraps import acronym_spans

__all__ = ["THREE_LINES", "heading_ends", "runs_on"]

# A heading with two lines under it longer than this is no title: 55 of the 74,728 arXiv
# listings' titles (0.07%) run past 180 characters.
THREE_LINES: Final = 180


def heading_ends(u: Unit, text: str, peek: Callable[[], str | None]) -> bool:
    """Does the one-line heading unit ``u`` end before ``text``, a line it could take as
    its wrapped rest by width (``wraps.continues``), because ``text`` runs on into the
    page's next line (``peek``: read ahead) as a paragraph's first line does? (Asked
    outside a link wrapper only, and not under a markdown hard break: html2text's
    ``### [plantsegnerf: … for plant 3d instance`` + ``point cloud reconstruction …`` +
    ``instance matching](…)`` is one title, conv 8 p000259.)"""
    return not (u.parts[1:] or u.hard_break) and runs_on(u.parts[0], text, peek())


def runs_on(first: str, rest: str, nxt: str | None) -> bool:
    """Does ``rest``, a line the heading ``first`` could take as its wrapped rest, run on
    into the page's next line ``nxt`` as a paragraph does: ``rest`` ends open (``… models
    inspired by neural mechanisms in the`` + ``brain, allow for …``), or ``nxt`` goes on
    in lower case or with an acronym in parentheses (``Number prediction stands as … of
    large language models`` + ``(LLMs) in mathematical …``, under ``#### del: digit
    entropy loss for numerical learning of large language models``)? Then it is the
    abstract's first line: a title ends on its last line, and no abstract opens so. Only
    where ``nxt`` cannot be the heading's third line: the three run past
    ``THREE_LINES``. (The page's wrap width is not asked: a first version asked that
    ``rest`` fill it: new 12 p002708.)"""
    if not nxt:
        return False
    nxt = nxt.strip()
    if not nxt or not (nxt[0].isalpha() or nxt[0] == "("):
        return False
    if len(first) + len(rest) + len(nxt) + 2 <= THREE_LINES:
        return False
    # (ending open, or going on in lower case under it: the width a page is learned to
    # wrap at may run a column or two past its tool's, ``#### Efficient Evaluation of
    # Large Language Models via Collaborative Filtering`` + ``With the development of …
    # numerous benchmarks`` at 73 of 79 + ``have been proposed …``, new 12 p002708)
    if open_end(rest) or nxt[0] == "(" or nxt[0].islower() and CAMEL.match(nxt) is None:
        return True
    # (or with an acronym in parentheses spelling words ``rest`` ended with: ``Over the
    # past decade, Computational Linguistics (CL) and Natural Language`` + ``Processing
    # (NLP) have evolved …``, under ``## Charting a Decade of Computational Linguistics in
    # Italy: The CLiC-it Corpus``, new 42 n_emphasis p000062: a break inside one noun
    # phrase, the text's wrap; ``wraps.acronym_spans``)
    return nxt[0].isupper() and acronym_spans(rest, nxt)
