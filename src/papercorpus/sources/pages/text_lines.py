"""``TextLines``: a line of a page's text (no chrome) taken into the unit being read,
or opening a unit of its own. The line's marks come off first (a heading's ``#``, a
list item's mark, bold, votes, a link wrapper's brackets, CommonMark escapes); what the
marks and the page's habits say decides whether the line opens a unit (a label over an
abstract, a title's closing mark, a link wrapper, a line ending in its paper's link) or
goes on in the open one, and where the decoder may still cut there. A trait of the page
parser (``parser.PageParser``), which sets every attribute named here.
"""

from __future__ import annotations

import re
from collections import deque
from typing import Final

from ..md_lines import ESCAPE
from ._trait import trait
from .bold import bold_title, whole_bold
from .card_marks import link_title_marks
from .control_space import control_space
from .display import DisplayMath
from .folded_links import spells_on
from .html_marks import html_break
from .intake import arxiv_indented
from .last_breaks import break_before_label
from .preamble import raw_backslash
from .reader import MARK_FIRST, MARKED_LAST, line_votes, link_marks, marked_end
from .references import title_label
from .sentence_close import goes_on_word
from .title_links import ends_linked
from .typeset import held, wrap_hyphen
from .units import PLAIN_MARK, Unit, indent, list_item, unwrap

__all__ = ["TextLines"]

_NO_IDS: Final[list[str]] = []

_HEADING: Final = re.compile(r"#{1,6}\s+")


@trait
class TextLines:
    """The intake of a text line (``_text``)."""

    unit: Unit | None
    adjacent: bool
    after_header: bool
    display: DisplayMath
    evidence: bool
    gap: bool
    hard_lines: int
    html_marks: bool
    hyphens: bool
    in_fence: bool
    label_line: bool
    tail_line: bool
    last_text: str
    line_col: int
    link_open: bool
    linked: bool
    linked_titles: bool
    mark_closed: bool
    markdown: bool
    plain: deque[tuple[int, set[int]]]
    reshaped: Unit | None
    alt_title: str  # a picture's alt text the lines under it may spell (``parser._by_alt``)

    # (the other traits' and the parser's: declared for mypyc, found first in the
    # compiled class's slots)
    def _chrome(self, lineno: int, kind: str, s: str, lines: int = 1) -> None:
        raise NotImplementedError  # (``parser``)

    def _close_unit(self) -> None:
        raise NotImplementedError  # (``closing.UnitCloser``)

    def _open_unit(
        self, lineno: int, raw: str, text: str, heading: bool, opens: bool, col: int
    ) -> Unit:
        raise NotImplementedError  # (``intake.UnitIntake``)

    def _offer_cut(self, u: Unit, text: str, raw: str, item: str) -> None:
        raise NotImplementedError  # (``intake.UnitIntake``)

    def _continues(self, u: Unit, text: str, raw: str, heading: bool) -> bool:
        raise NotImplementedError  # (``joins.LineJoins``)

    def open_link(self) -> None:
        raise NotImplementedError  # (``links.LinkWrappers``)

    def peek_line(self) -> str | None:
        raise NotImplementedError  # (``links.LinkWrappers``)

    def wrapper_closes(self, s: str) -> bool:
        raise NotImplementedError  # (``links.LinkWrappers``)

    def width_at(self, col: int) -> int:
        raise NotImplementedError  # (``parser``)

    def _text(self, lineno: int, raw: str, s: str) -> None:
        self.after_header = False
        heading = plain = False
        atx = bold = 0
        if s[0] == "#":
            m = _HEADING.match(s)
            if m is not None:
                heading = True
                atx = m.end()  # (the mark's width, "## ": the heading's line is wider)
                s = s[m.end() :]
                if self.link_open and not (self.unit is not None and self.unit.heading):
                    self.link_open = False  # a new card heading: a stray wrapper is over
                if not s:
                    self._chrome(lineno, "markup", "#")
                    return
        if s[0] in "#[" or s[-1] in "sr)":
            s = link_title_marks(s)  # ("#3 [Title](url)", "[Title](url) — 4 authors")
        item = list_item(s) if s[0] in MARK_FIRST else ""  # ("12. ", "- ": ``decode``)
        col = self.line_col
        if s[0] in MARK_FIRST or (s[-1] in MARKED_LAST and marked_end(s)):
            n, marked = len(s), s
            s, bold = link_marks(s)  # list/bold/votes marks (h19)
            self.evidence = self.evidence or bold == 3  # (a listing's count on the line)
            if item:
                col += n - len(s)  # (the item's text starts after its mark)
            heading = heading or bold > 0
        if item and not bold and s[-1] == "*" and whole_bold(s[len(item) :].lstrip()):
            # "- **Title**" (``__Title__`` read as bold): a list item set whole in bold is
            # complete on its line, as "**Title**" is: no text above goes on in it (a card
            # without an abstract over the next item took it as its title's rest), and
            # none under it goes on it
            bold, heading = 2, True
        if heading or self.link_open or s[0] == "[" or s[-1] == "\\":
            text, opens, closes, ids, hard = unwrap(s, heading, self.link_open)
            if opens and not self.link_open and not self.wrapper_closes(s):
                # a "[" no wrapper closer answers ("[\\![256, 2 ]\\!] $" inside a
                # sentence): content, not a link wrapper that would swallow the page
                text, opens, closes, ids, hard = unwrap(s, heading, False, False)
            if hard and control_space(s, self.hard_lines, self.unit, self.peek_line):
                text, hard = text + "\\", False  # (TeX's ``vs.\ response``, wrapped)
        else:  # plain text, the common case: nothing to unwrap
            text, opens, closes, ids, hard = s, False, False, _NO_IDS, False
            plain = True
        if not text:
            self._chrome(lineno, "markup", s)
            return
        # an HTML line break closing the line on a page a capture left HTML on: its
        # paragraph goes on under it (``html_marks.html_break``); not counted in
        # ``hard_lines`` (a page that breaks some abstracts so may wrap others by width)
        br = self.html_marks and text[-1] == ">" and html_break(text)
        wrapped = closes  # (a link wrapper closed on the line, not a bold: ``mark_closed``)
        closes = closes or bold >= 2  # "**Title**": the bold closed, the heading is complete
        escaped = False
        if self.markdown and not self.in_fence and "\\" in text:
            if not self.linked and raw_backslash(text):  # text as it is (``markdown_page``)
                self.markdown = False
            else:
                escaped = True
                text = ESCAPE.sub(r"\1", text)
        u = self.unit
        labelled = self.label_line
        if labelled:
            # a line opening with the page's label over abstracts opens an abstract: no
            # text above goes on in it, and the line right above it may be its card's title
            # (``break_before_label``)
            self.label_line = False
            if u is not None and self.adjacent and not self.link_open:
                break_before_label(u, self.width_at(u.col))
        tailed = self.tail_line
        if tailed:
            # a line closing with the link's mark the page sets after its titles ends a
            # title: it opens a unit (the title's first line above may take it as its
            # rest: ``tcont``), and none goes on under it (``scores.TAIL_CLOSES``)
            self.tail_line = False
        linked = ends_linked(text)  # (a title complete on its line: ``title_links``)
        display = self.display
        # a line of a display formula, or one going on right under it (``display``)
        math = (
            (display.closer or display.after or text[0] in "\\$")
            and display.joins(text)
            and self.adjacent
        )
        if (
            u is None
            or labelled
            or (tailed and not (u.in_link and self.link_open))  # (not inside a link's wrapper)
            or (opens and not (u.in_link and self.link_open))  # "[" opens a new unit
            or (linked and (self.linked_titles or u.parts[-1][-1:] in ".!?"))
            or not (
                math
                and not u.heading
                or (self.alt_title and spells_on(self.alt_title, u.parts, text))
                or self._continues(u, text, raw, heading)
            )
        ):
            u = self._open_unit(lineno, raw, text, heading, opens, col)
            # (only where they differ from ``Unit``'s defaults: every title and abstract)
            if atx:
                u.atx = atx
            if bold == 3:
                u.votes = line_votes(marked, s)
            if item:
                u.item = f"{u.margin} {item}"
            if labelled:
                u.labelled = True
        elif goes_on_word(u, text, item):  # (no item goes on a word; a display's line may)
            u.cut_at(len(u.parts))
        elif math:
            pass  # (no cut: a display is no title's line)
        elif not (u.heading or u.hard_break or (u.in_link and self.link_open)):
            if self.hyphens and u.parts[-1][-1:] == "-" and wrap_hyphen(u.parts[-1], text, True):
                # a word the wrap broke goes on without a space, its hyphen held till
                # the card closes (``typeset``); the decoder may still cut there (over a
                # capital or a digit, where a cut is offered as over a line ending in a
                # hyphen: the line above is asked before its hyphen is held)
                if not text[0].islower():
                    self._offer_cut(u, text, raw, item)
                u.parts[-1] = held(u.parts[-1])
                u.cut_at(len(u.parts))
                if text[0].islower():
                    self._offer_cut(u, text, raw, item)
            else:
                self._offer_cut(u, text, raw, item)
        if text is not s and s[0] == "[" or opens or closes or linked:
            u.linked = True
            u.ref = s[-1] == "]" and not (heading or opens or u.parts)
            if u.ref or s[-1] == "]" and closes and not u.label:
                u.label = title_label(s, text)  # (``references``: resolved at the page's end)
        if u.parts and raw[:1] in " \t" and arxiv_indented(raw) and indent(raw) > u.margin:
            u.indent_at(len(u.parts))  # (deeper than its first line: lynx's margin)
        if self.line_col != u.set_in and u.parts:
            u.set_in_at(len(u.parts), self.line_col)  # (w3m's "  • Title" under an item)
        u.parts.append(text)
        if escaped or not plain:
            self.reshaped = u  # (its width on the page is not its text's: ``justified``)
        if plain and text is s:
            # (``s`` is the line stripped, or the title a button hid; ``_plain_line``
            # spelled out: every plain line)
            batches = self.plain
            while batches and batches[0][0] < lineno:
                batches.popleft()
            if batches and lineno not in batches[0][1]:
                PLAIN_MARK[0] = text  # (``mark_plain``)
        u.hard_break = hard or br
        if hard and not (self.link_open or opens):
            self.hard_lines += 1  # (inside a link wrapper every line is one unit anyway)
        if ids:
            u.ids.extend(ids)
        self.adjacent = True
        self.last_text = text
        self.gap = False
        if opens:
            self.open_link()
        if tailed and not self.link_open:
            u.tailed = True
            self._close_unit()
            self.mark_closed = True  # (no text goes on a title its mark closed)
        elif text[-2:] == "**" and u.parts[1:] and not self.link_open and bold_title(u.parts):
            self._close_unit()  # (a bold title over lines, complete as on one line)
        elif closes or (linked and not self.link_open):
            self.link_open = False
            self._close_unit()
            # a link wrapper closed round the whole unit (``[An abstract …](url)``): its
            # text is complete, and no line outside it goes on in it (``_open_unit``)
            self.mark_closed = self.mark_closed or (wrapped and (u.in_link or not u.parts[1:]))
