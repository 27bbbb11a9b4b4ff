"""``LineContext``: what the lines around a text line say, asked by the page parser before
it reads the line as text.

A trait of the page parser (``parser.PageParser``): the lines under it (the page's end, a
blank line or chrome ending the text; a setext heading's rule making the line a title; a
second line of names making the first a title shaped as names), the open unit's shape (set
in; one line at the margin), a summary a narrow fold broke over lines, and a paper's picture
whose alt text the lines under it spell (the card's title, which ends where they spell it).
"""

from __future__ import annotations

from ..shape import terminal
from ._trait import trait
from .card_notes import card_chrome
from .lineforms import web_end
from .opener_shapes import names_shape
from .repeats import NARROW_WIDTH
from .summaries import SUMMARY_FOLDS
from .units import Unit

__all__ = ["LineContext"]


@trait
class LineContext:
    """The questions (attributes set by ``parser.PageParser``)."""

    unit: Unit | None
    link_open: bool
    last_text: str
    folded: bool
    fold_width: int
    wrap_width: int
    summary_rest: int
    alt_title: str

    def peek_line(self) -> str | None:
        raise NotImplementedError  # (``links.LinkWrappers``)

    def next_text(self, most: int = 3) -> str:
        raise NotImplementedError  # (``links.LinkWrappers``)

    def _close_unit(self) -> None:
        raise NotImplementedError  # (``closing.UnitCloser``)

    def by_alt(self) -> None:
        """The text under a paper's picture folded over lines, as far as it spells the
        picture's alt text (``alt_title``): the card's title, which the alt text names
        whole. Where the unit's lines spell it, the title ends: the unit closes, and the
        lines under it open the abstract (``![Fine-grained Textual Inversion Network`` /
        ``…`` / ``Retrieval](…)``, then ``Fine-grained Textual Inversion Network`` / ``for
        Zero-Shot Composed Image Retrieval`` / ``Composed Image Retrieval (CIR) allows``:
        a fold at 40 joins the abstract's first line to the title, mix 117 p000039). Where
        they spell something else, nothing is read."""
        u = self.unit
        if u is None:
            self.alt_title = ""
            return
        text = " ".join(" ".join(u.parts).split())
        if text == self.alt_title:
            self.alt_title = ""
            if u.breaks:  # (no cut inside it: the lines are one title's, however folded)
                u.breaks = []
            self._close_unit()
        elif not self.alt_title.startswith(text):
            self.alt_title = ""

    def summary_folds(self, s: str) -> bool:
        """Does the summary opening on ``s`` (its sentence open) go on under it, broken by
        the page's narrow fold (``widths.folds_all``, or a width narrower than titles)?
        Its rest, up to ``SUMMARY_FOLDS`` lines, is read as the summary's to its
        sentence's end."""
        if not (self.folded or self.fold_width or 0 < self.wrap_width < NARROW_WIDTH):
            return False
        if terminal(s):
            return False
        self.summary_rest = SUMMARY_FOLDS - 1
        return True

    def text_ends(self) -> bool:
        """Does the page's next line end the text above it: the page's end, a blank line,
        chrome, a picture or a heading (``summaries.open_summary``)?"""
        nxt = self.peek_line()
        if nxt is None or not (s := nxt.strip()):
            return True
        return s[0] in "!#" or card_chrome(s) is not None

    def text_closed(self) -> bool:
        """Did the text line above close its text without a sentence's end: at a bare web
        address (``lineforms.web_end``: ``… are available at`` + ``https://github.com/…/PRETI``
        + ``Semantic Segmentation``, sites 117 p000004), or as a markdown heading of one line
        (``### Markov Chains of Evolutionary Games with a Small Number of Players`` +
        ``Speech Recognition``, a card without an abstract and its one chip, read as the
        title's rest: sites 184 p000554)? An ATX heading ends at its line's end; only a
        link wrapper carries it on (html2text's ``### [… Diffusion`` + ``### Models][44]``),
        and a text browser that wraps a heading prints no ``#``."""
        if web_end(self.last_text):
            return True
        u = self.unit
        return u is not None and u.atx > 0 and len(u.parts) == 1 and not self.link_open

    def names_over_names(self, s: str) -> bool:
        """Is ``s``, a line of the shape of the names the page prints under its titles
        (``repeats``: ``Ann Lee and Bo Chen``), right over another line of names, only
        blank lines between? A card prints one line of names: the first is the card's
        title shaped as names (``Simultaneous Ordinal Maximin Share and Envy-Based
        Guarantees`` over ``Kai Lee and Ann Voss``), not a second line of them. (A list
        of names wrapped over two lines ends its first at a comma or an ``and``.)"""
        if s[-1] == "," or s.endswith(" and"):
            return False
        return names_shape(self.next_text()) is not None

    def underlined(self) -> bool:
        """Is the page's next line a setext heading's rule (``---`` or ``===`` alone)? The
        line over it is a heading, the card's title on a page that sets its titles so, not
        the names the page prints under them (``Biased Teacher, Balanced Student`` over
        ``--------------------------------``, then ``Jun Tanaka, Ann Novak``, unseen 165
        ``names+setext`` p000531: the title read as the page's names, the card lost)."""
        below = self.peek_line()
        if below is None:
            return False
        rule = below.strip()
        return len(rule) >= 3 and (rule.strip("-") == "" or rule.strip("=") == "")

    def set_in_unit(self) -> bool:
        """Is the open unit set in (its first line indented), no link wrapper open?"""
        return self.unit is not None and self.unit.margin > 0 and not self.link_open

    def margin_line(self) -> bool:
        """Is the open unit one line at the margin (no list item, whose wrapped rest a
        hanging indent sets in; no heading), no link wrapper open?"""
        u = self.unit
        return (
            u is not None
            and u.margin == 0
            and u.set_in == 0
            and not u.parts[1:]
            and not (u.item or u.heading or self.link_open)
        )
