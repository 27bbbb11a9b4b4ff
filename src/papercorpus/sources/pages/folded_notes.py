"""``FoldedNotes``: a card's notes the page prints among its text lines, read as chrome
before the line is read as text: the rest of an AI summary a narrow fold broke, a summary on
a page that prints them (``summaries``), a row of the page's chips and a Scholar byline's
head (``site_chrome``), and a line of names, whole or a fold's piece of one (``card_notes``,
``opener_shapes``).

A trait of the page parser (``parser.PageParser``), asked by ``feed`` of every line its own
shape left unread (its chrome kind ``None``) and of the others, for the state a fold leaves
open across lines (a summary's rest, a name's head), which any line closes.
"""

from __future__ import annotations

from ..shape import terminal
from ._trait import trait
from .card_notes import NAMES as NOTE_NAMES
from .card_notes import SUMMARY, names_head, names_rest
from .opener_shapes import names_shape
from .site_chrome import BYLINE_FIRST, SITE, byline_head, chip_row
from .summaries import SUMMARY_HABIT, habit_summary, open_summary

__all__ = ["FoldedNotes"]


@trait
class FoldedNotes:
    """The notes' state across lines (attributes set by ``parser.PageParser``)."""

    summary_rest: int
    summaries: int
    chips: set[str]
    last_text: str
    gap: bool
    bylines: bool
    byline: str
    names_open: str
    name_lines: bool

    def text_ends(self) -> bool:
        raise NotImplementedError  # (``line_context.LineContext``)

    def summary_folds(self, s: str) -> bool:
        raise NotImplementedError  # (``line_context.LineContext``)

    def text_closed(self) -> bool:
        raise NotImplementedError  # (``line_context.LineContext``)

    def noted(self, kind: str | None, s: str) -> str | None:
        """``kind``, the chrome kind line ``s`` (stripped) reads as so far, or the kind of
        the card's note it is (``None``: text)."""
        rest = self.summary_rest
        if rest:
            self.summary_rest = 0
            if kind is None:
                # the rest of a summary a narrow fold broke, to its sentence's end
                kind = SUMMARY
                if rest > 1 and not terminal(s):
                    self.summary_rest = rest - 1
        if (
            kind is None
            and self.summaries >= SUMMARY_HABIT
            and (
                habit_summary(s) or open_summary(s) and (self.text_ends() or self.summary_folds(s))
            )
        ):
            kind = SUMMARY  # (a page that prints summaries: ``summaries.habit_summary``)
        elif (
            kind is None
            and self.chips
            and s[0].isupper()
            and (not self.last_text or terminal(self.last_text) or self.gap or self.text_closed())
            and chip_row(s, self.chips)
        ):
            # a row of the page's chips (``site_chrome.chip_row``), not under text going on
            # (a wrapped title may end in a chip's words: ``… for Controllable`` + ``Image
            # Generation``), unless a blank line parts them: no wrap sets one, and no
            # abstract's paragraph is a chip (``… abilities in RLMs`` + ``Code Generation``
            # + ``Cited by 8 · 14 References``, sites 116 p000195), nor under a web address
            # that ended its text (``… are available at`` + ``https://github.com/…/PRETI``
            # + ``Semantic Segmentation``, sites 117 p000004), nor a heading of one line
            # (``line_context.text_closed``)
            kind = SITE
        elif (
            kind is None and self.bylines and s[0] in BYLINE_FIRST and len(s) > 3 and byline_head(s)
        ):
            # the head of a Scholar byline a narrow fold broke: chrome, its rests with it
            kind = SITE
            self.byline = s
        names_open, self.names_open = self.names_open, ""
        if kind is None and names_open and names_rest(names_open, s):
            kind = NOTE_NAMES  # (the rest of a line of names a fold broke: ``names_head``)
        elif kind is None and ", " in s and not s.isascii() and (head := names_head(s)):
            kind = NOTE_NAMES  # (a line of marked names a fold broke inside its last name)
            self.names_open = head
        elif kind is None and self.name_lines and ", " in s and names_shape(s):
            kind = NOTE_NAMES  # (a page that prints its authors' names: ``name_lines``)
        return kind
