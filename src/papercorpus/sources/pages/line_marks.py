"""``LineMarks``: the marks a page sets on its lines by habit, taken off each line.

A page may blockquote its text, label its abstracts (``Abstract: …``), close its titles
with a link's mark (``[PDF]``, ``(v2)``) or their author count (``— 8 authors``), clip its
abstracts with a fold (``… Show more``), or set titles in markdown's other bold
(``__Title__``). ``learn_marks`` reads those habits off the lines read ahead
(``card_marks``: three lines make a habit); ``line_marks`` takes a line's marks off and
says what they told the intake (``tail_line``: the line ends a title; ``label_line``: it
opens an abstract; ``folding``: it ends a clipped abstract). A trait of the page parser
(``parser.PageParser``), which sets every attribute named here.
"""

from __future__ import annotations

from ._trait import trait
from .card_marks import (
    LABEL_FIRST,
    TAIL_LAST,
    ascii_tail_page,
    author_tail,
    author_tail_page,
    bold_page,
    label_end,
    lone_marks,
    page_marks,
    tail_end,
    title_tails,
)
from .fold_marks import (
    CLIP_LAST,
    EXPANDERS,
    FOLD_LAST,
    FOLD_OPEN_LAST,
    clip_end,
    fold_end,
    fold_open,
)
from .title_links import LINK_LAST

__all__ = ["LineMarks", "lone_fold", "lone_tail"]


def lone_fold(s: str) -> bool:
    """Is ``s`` (stripped) a site's fold alone (``(continued)``, ``[…]``, ``… Show more``)?
    Read as ``fold_end`` reads a line's close: after a word, the fold starts right where
    the line ``s`` would open."""
    return s != "" and s[-1] in FOLD_LAST and fold_end("x " + s) == 1


def lone_tail(s: str) -> bool:
    """Is ``s`` (stripped) a title's version or arrow mark alone (``(v2)``, ``↗``)? (A
    link's name alone, ``[PDF]``, may stand under an abstract: not read here.)"""
    return s[:1] in "(↗â" and s[-1:] in TAIL_LAST and tail_end("x " + s) == 1


@trait
class LineMarks:
    """The page's line-mark habits and the reading of one line's marks."""

    abstract_labels: bool
    quoted: bool
    tails: bool
    author_tails: bool
    ascii_tails: bool
    separators: frozenset[str]
    bold_titles: bool
    folds: bool
    set_off: bool
    marking: bool  # any of the habits ``line_marks`` reads
    tail_line: bool
    label_line: bool
    folding: bool
    fold_more: bool  # a fold or a title's mark the wrap set apart closed the line above
    under: bool  # a title opened bold with ``__`` and not closed yet

    def learn_marks(self, window: list[str]) -> None:
        """The habits, from the lines read ahead (HTML is told apart before: ``html_page``)."""
        (
            _,
            self.abstract_labels,
            self.quoted,
            self.tails,
            self.folds,
            self.set_off,
        ) = page_marks(window)
        self.author_tails = author_tail_page(window)
        # (the arrow closing the titles as an ASCII capture printed it, `` ?``: taken off
        # a card's title only, ``cards``; a line's own ``?`` may be its sentence's)
        self.ascii_tails = ascii_tail_page(window)
        # (marks alone the page repeats: a separator, no sentence's close, ``in_text``)
        self.separators = lone_marks(window)
        self.bold_titles = bold_page(window)  # (titles set in bold: ``joins``)
        self.marking = self.tails or self.author_tails or self.abstract_labels or self.folds

    def line_marks(self, s: str) -> str:
        """``s`` (a stripped line, not blank) without the marks the page's habits set."""
        if self.tails and s[-1] in TAIL_LAST and (cut := tail_end(s)) < len(s):
            # a page that closes its titles with a link's mark (``[PDF]``, ``(v2)``): the
            # mark is no title's text (``card_marks``)
            s = s[:cut]
            self.tail_line = True  # (the line ends a title: ``_text``)
        elif self.author_tails and s[-1] in "sr)" and author_tail(s):
            # ... or with the card's author count (kept: the card reads it, ``title_marks``)
            self.tail_line = True
            s = title_tails(s, self.tails)  # (a link's mark or the paper's link under it)
        elif self.tails and s[-1] in LINK_LAST and (t := title_tails(s, True)) is not s:
            # ... or with its paper's link under the link's mark (``[PDF] (arxiv.org/…)``)
            s = t
            self.tail_line = True
        elif self.tails and (below := self.peek_line()) is not None and lone_tail(below.strip()):
            # ... or with the mark alone under the line (a narrow fold set it apart:
            # ``… Reasoning`` / ``(v1)``): the line ends a title, the mark is chrome
            self.tail_line = self.fold_more = True
        if self.abstract_labels and s[0] in LABEL_FIRST and (cut := label_end(s)):
            # a label over an abstract (``ABSTRACT: …``; ``**Abstract.** …`` is no bold
            # title): the line is the abstract's text (``card_marks``)
            s = s[cut:]
            self.label_line = True  # (the line opens an abstract: ``_text``)
        folded = False
        if self.folds and s[-1] in FOLD_LAST and (cut := fold_end(s)) < len(s):
            # the fold a site sets where it clips an abstract (``… Show more``): no text
            # of the paper's, and the clipped paragraph ends there
            s = s[:cut]
            folded = True
        elif (
            self.folds
            and s[-1] in FOLD_OPEN_LAST
            and (cut := fold_open(s)) < len(s)
            and self._next_is(("more",))
        ):
            # ... parted by the wrap (``… Show`` / ``more``): ``more`` is the fold's too
            s = s[:cut]
            folded = self.fold_more = True
        elif (
            self.folds
            and s[-1] in CLIP_LAST
            and (cut := clip_end(s)) < len(s)
            and self._next_is(EXPANDERS)
        ):
            # ... or its ellipsis closing the line, the expander alone under it
            s = s[:cut]
            folded = True
        elif self.folds and (below := self.peek_line()) is not None and lone_fold(below.strip()):
            # ... or the whole fold alone under the line (a narrow fold set it apart:
            # ``… meme`` / ``(continued)``): chrome, as ``more`` is (``mark_alone``)
            folded = self.fold_more = True
        self.folding = folded
        return s

    def mark_alone(self, s: str) -> str:
        """The chrome kind of ``s`` (stripped), the line under one ``line_marks`` read as
        closing with a mark set apart from it (``fold_more``): the expander's ``more``, a
        fold or a title's link mark alone; "" where ``s`` is none of them."""
        if s == "more" or lone_fold(s):
            return "pagination"
        return "markup" if lone_tail(s) else ""

    def _next_is(self, lines: tuple[str, ...] | frozenset[str]) -> bool:
        """Is the page's next line (stripped) one of ``lines``?"""
        below = self.peek_line()
        return below is not None and below.strip() in lines

    def peek_line(self) -> str | None:
        raise NotImplementedError  # (``links.LinkWrappers``)

    def underscores(self, s: str) -> str:
        """A line with markdown's other bold, ``__Title__``, read as ``**Title**`` (a
        wrapped title's ``__`` opening its first line and closing its last), also as a
        list item (``- __Title__``)."""
        at = 2 if s[:2] in ("- ", "* ", "+ ") else 0
        if s[at : at + 2] == "__" and s[at + 2 : at + 3] not in ("_", " ", ""):
            if "__" in s[at + 2 : -2]:
                return s  # (``__Resona__ augments …``: a word in bold, not the line)
            s = s[:at] + "**" + s[at + 2 :]
            self.under = True
        if self.under and s[-2:] == "__" and s[-3:-2] not in ("_", " ", ""):
            if "__" not in s[:-2]:
                s = s[:-2] + "**"
            self.under = False
        return s
