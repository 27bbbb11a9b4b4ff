"""``LineJoins``: whether a text line goes on the unit above it, and what the page's wraps
teach of the width it wraps its text at.

A trait of the page parser (``parser.PageParser``): the join is decided by ``wraps.continues``
(and a Librarian Bot comment's or a heading's own rules); each wrapped join seen then teaches
the page's width (``wrap_width``), how firm it is (``wraps``), and whether the tool filled its
lines greedily (``fit_joins``: ``breaks.break_candidate``'s ``greedy``).
"""

from __future__ import annotations

from ..shape import terminal
from ._trait import trait
from .bold import bold_open, bold_opens, closes_bold
from .bot_comment import bot_continues
from .flat_titles import past_breaks, two_titles
from .heading_rest import heading_ends
from .intake import FIRM_WRAPS
from .justified import ragged_end
from .lineforms import first_len
from .sentence_close import closing_marks, parted_word
from .units import Unit, even
from .widths import prose_fold
from .wraps import WRAPPED, continues, page_wrap

__all__ = ["LineJoins"]


@trait
class LineJoins:
    """``_continues``, and the width it learns (attributes set by ``parser.PageParser``)."""

    link_open: bool
    adjacent: bool
    hard_lines: int
    wrap_width: int
    width_col: int
    measured: bool
    wide: bool
    wraps: int
    fit_joins: int
    join_fitted: int
    flat: list[int]
    fold_width: int
    folded: bool
    separators: frozenset[str]
    bold_titles: bool
    mark_closed: bool
    reshaped: Unit | None

    # (a method, not a ``Callable`` attribute: mypyc reads a trait's attributes from the
    # compiled class's slots)
    def peek_line(self) -> str | None:
        raise NotImplementedError  # (``links.LinkWrappers``)

    def _flat(self) -> bool:
        raise NotImplementedError  # (``closing.UnitCloser``)

    def _continues(self, u: Unit, text: str, raw: str, heading: bool) -> bool:
        in_link = u.in_link and self.link_open
        if self.hard_lines >= 3 and not (u.hard_break or in_link or self.folded):
            # a page that marks its wrapped lines with markdown "\" hard breaks ends a
            # paragraph where a line has none (not once folded narrower: the fold broke
            # its lines where no mark was, ``widths.folds_all``)
            return False
        if (
            self.adjacent
            and not in_link
            and u.parts[2:]
            and self.reshaped is not u
            and ragged_end(u.parts)
        ):
            # a justified column's line left ragged ends its paragraph (``justified``; not
            # where a line's marks or escapes came off: its width is not the page's)
            return False
        if (
            text[:2] == "**"
            and self.bold_titles
            and self.adjacent
            and not in_link
            and terminal(u.parts[-1])
            and bold_opens(text)
        ):
            # a page that sets its titles in bold opens one where a line opens the bold
            # under a sentence's end (``card_marks.bold_page``), a fold's width or not:
            # no text goes on in it (``intake._open_unit``)
            self.mark_closed = True
            return False
        if u.parts[0][:2] == "**" and self.adjacent and not in_link and bold_open(u.parts):
            # a line opened bold and not closed goes on to the line that closes it, a
            # line between them too (``bold.bold_open``)
            if closes_bold(text):
                return True
            if (
                "**" not in text
                and (nxt := self.peek_line()) is not None
                and closes_bold(nxt.strip())
            ):
                return True
        width = self.wrap_width
        if width and u.col != self.width_col:  # (``width_at`` inlined: every joined line)
            width += self.width_col - u.col
        cont = continues(u, text, raw, heading, self.adjacent, in_link, width, self.measured)
        cont = bot_continues(u, cont, self.adjacent)  # (a Librarian Bot comment's lines)
        if not cont and self.fold_width and self.adjacent and not heading and u.parts[1:]:
            # a page wrapped once and folded narrower since: under the short rest of a
            # line the fold broke, the line as the first wrap set it filled that wrap's
            # width (``widths.folded_line``)
            line = prose_fold(u.parts, width, self.fold_width, text)
            cont = line is not None and page_wrap(line, text, self.fold_width)
        if cont and u.atx and not in_link and heading_ends(u, text, self.peek_line):
            cont = False  # (a heading over its abstract's first line)
        self.join_fitted = 0
        if cont == WRAPPED:
            last = u.parts[-1]
            n = max(len(last), len(text))
            if n <= width:
                self.wraps += 1
                if len(last) + 1 + first_len(text) <= width:
                    self.join_fitted = 1
                    self.fit_joins += 1
            elif " " not in (last if len(last) >= len(text) else text).strip():
                # the wider line is one word (``…/ltpipeline}\footnote{All`` at 75 on a
                # page wrapped at 72): a tool sets a word it cannot break on a line of
                # its own, past the width; the page's width is not that wide
                pass
            elif self.wraps >= FIRM_WRAPS and len(text) > width:
                # a line wider than the width the page has wrapped many lines at is no
                # wrapped line of the paragraph above (a title in lower case ending in
                # "."): it does not widen the page; the intake offers a cut before it
                # and the decoder weighs it (``evidence.cont_evidence``)
                pass
            elif n > width:
                if not width and (
                    self.flat[0] >= 8
                    and not self.flat[1]
                    and (not even(u.parts[-1:], text) or two_titles(u.parts[-1], text))
                    # (flat, two title-like lines wider than arXiv's own breaks)
                    or len(u.parts) == 1
                    and self._flat()
                    and past_breaks(u.parts[0], text)
                    and two_titles(u.parts[0], text)
                ):
                    # a page that has shown only one-line paragraphs learns no width from
                    # a break between two lines of different widths (a one-line summary
                    # "filling" 95 columns, then a 66-column title); two lines of one
                    # width are its first wrapped one, or two titles (``flat_titles``).
                    # Not from a unit's later break either, while no break has taught
                    # one: the line above joined on a mark, not at a width (a title
                    # ending in its language's name, ``… Action Language BC+``, took the
                    # next card's title; that title "filled" 96 over ``Kandinsky Lab``,
                    # so it read as an abstract's first line going on: default 118
                    # p000829, a card lost)
                    pass
                elif width < 60 or n <= width + 3 or self.wide:
                    self.wrap_width = n
                    self.width_col = u.col
                    self.wide = False
                else:
                    # one wrap wider than the page's width is taken on the second: a
                    # title joined to its abstract must not widen the page
                    self.wide = True
        # (a word the wrap cut, and a stop or bracket alone closing the text: ``sentence_close``)
        return (
            bool(cont)
            or self.adjacent
            and (
                parted_word(u, text)
                or text not in self.separators  # (a mark the page repeats: ``in_text``)
                and closing_marks(text, u.parts)
            )
        )
