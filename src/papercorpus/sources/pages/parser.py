"""``PageParser``: a page's lines fed one by one become tokens, decided tokens cards.

The intake of ``read_page.parse_pages`` (which reads the page's head and learns its habits
first; its docstring says how a page is read as a whole). Unambiguous chrome
(``chrome.classify_chrome``, ``card_notes.card_chrome``) is a chrome token of its kind; the
other lines are grouped into units (``units``, ``wraps``) and cut where another reading is
plausible; the decoder (``decode``) scores their roles, and the decided tokens build the
cards (``cards``, through ``reader``). The traits it is made of each hold one part: joins
(``joins``), link wrappers (``links``), chrome inside text (``in_text``), the page's line
marks (``line_marks``), a text line's intake (``text_lines``), a unit's close
(``closing``), its intake (``intake``), what the lines around a text line say
(``line_context``).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from itertools import islice
from typing import Final

from ...normalize import drop_invisible
from ...records import Record
from ..base import ParseLog
from ..browser_marks import unmark_links
from ..chrome import is_hf_user_url
from ..shape import clip, ends_mid_word
from .card import Card
from .card_marks import COUNT_LAST, parted_count, unquote
from .card_notes import (
    card_chrome,
    separated_chrome,
)
from .closing import UnitCloser
from .decode import Decoder
from .display import DisplayMath
from .folded_dates import HEAD_MAX, MONTH_FIRST, date_head
from .folded_links import alt_text, folded_chrome
from .folded_notes import FoldedNotes
from .furniture_rhythm import cut_before, shape_tag
from .hashtags import KIND as TAGS
from .hashtags import hashtag_line
from .ids import PageIds
from .in_text import ChromeInText
from .intake import UnitIntake, arxiv_indented
from .joins import LineJoins
from .line_context import LineContext
from .line_marks import LineMarks
from .links import LinkWrappers
from .opener_shapes import NAMES
from .preamble import (
    is_fence,
    unglue,
)
from .reader import (
    MARK_FIRST,
    date_tail,
    dot_mark,
)
from .references import PageReferences
from .repeats import KIND as REPEATED
from .repeats import shape
from .revise import RestRevisions
from .section_heads import KIND as SECTION
from .section_heads import section_heading
from .site_chrome import DATE, SITE, byline_rest
from .text_lines import TextLines
from .tokens import Token
from .units import (
    Unit,
    dirty_lines,
    indent,
)

__all__ = ["PageParser"]

# Lines checked for plain text per numpy pass (``units.dirty_lines``).
PLAIN_BATCH: Final = 256

_NO_IDS: Final[list[str]] = []

_HEADING: Final = re.compile(r"#{1,6}\s+")


# --------------------------------------------------------------------------- the parser


# (``RestRevisions``, a ``TokenReader``, first: mypyc compiles a class with one base, the
# others ``_trait``s)
class PageParser(
    RestRevisions,
    UnitCloser,
    UnitIntake,
    LinkWrappers,
    ChromeInText,
    LineJoins,
    LineMarks,
    TextLines,
    LineContext,
    FoldedNotes,
):
    """Line-fed intake; decided tokens build cards; finished records collect in ``out``."""

    def __init__(self, file: str, log: ParseLog) -> None:
        self.file = file
        self.log = log
        # finished records, their input lines and their abstract's first line
        self.out: list[tuple[Record, int, int]] = []
        self.evidence = False  # the file has shown page structure (``gate.PageGate``)
        self.signs = 0
        self.page_date: str | None = None
        self.card: Card | None = None
        self.unit: Unit | None = None
        self.adjacent = False  # the previous line was text of ``unit`` (no blank/chrome)
        self.link_open = False  # inside a markdown link wrapper (``links``)
        self.link_lines = 0
        self.ahead: deque[tuple[int, str]] = deque()  # lines read ahead (``wrapper_closes``)
        # per batch of lines read (``checked``): its last line and its lines that are not
        # plain text; batches of lines already fed are dropped
        self.plain: deque[tuple[int, set[int]]] = deque()
        self.source: Iterator[tuple[int, str]] | None = None  # the page's lines still unread
        self.page_ids = PageIds(self._emit)  # paper ids -> cards, settled per page
        self.page_refs = PageReferences()  # reference definitions -> titles (``references``)
        self.pre_user: str | None = None  # "Submitted by" user for the next title
        self.await_user = False
        self.cut_marker = 0  # line of a "[Content truncated]" marker
        # lines of a picture or a link a fold broke still to come, and its chrome's kind
        # (``folded_links``)
        self.fold_rest = 0
        self.fold_kind = ""
        self.names_open = ""  # a marked name's first words a fold parted (``names_head``)
        self.name_lines = False  # lines of names the page prints, not learned (``read_page``)
        self.alt_title = ""  # ... a picture's alt text, the title the lines under it spell
        self.after_header = False  # header chrome since the last content line
        self.last_number: int | None = None  # a bare number line just before
        self.recent: deque[str] = deque(maxlen=50)  # vocabulary for the EOF cut test
        self.hyphens = False  # the page breaks words at its wrap (``typeset``)
        self.vocab: set[str] | None = None  # the page's words, once a wrap broke one (``typeset``)
        self.wrap_width = 0  # widest hard-wrapped line seen: the page wraps its text there
        self.wide = False  # a wrap wider than ``wrap_width`` seen once (``_continues``)
        self.wraps = 0  # wraps seen within ``wrap_width``: past ``FIRM_WRAPS`` it is firm
        # of those, joins where the next word would have fitted on the line above (a tool
        # filling paragraphs to a width makes none: ``breaks.break_candidate``'s
        # ``greedy``), and whether the join at hand is one
        self.fit_joins = self.join_fitted = 0
        self.measured = False  # ``wrap_width`` was measured on the page's head (``widths``)
        # ... a width of WRAP_WIDTH..WRAP_MAX measured there, which joins no lines (authors
        # wrap arXiv abstracts at widths of their own) but tells where a title line filled
        # the page's width while the breaks seen teach no wider one, and the page has not
        # shown that it wraps its titles (``evidence.cont_evidence``)
        self.head_width = 0
        # the width a folded page was wrapped at before its fold (``widths.fold_width``)
        self.fold_width = 0
        self.folded = False  # every line folded at a narrow width (``widths.folds_all``)
        self.greedy_fold = False  # ... by one greedy fold (``widths.greedy_fold``)
        # the column the unit ``wrap_width`` was measured on starts at (``Unit.col``), the
        # text line's own column, and the last unit's
        self.width_col = self.line_col = self.last_col = 0
        self.hard_lines = 0  # lines ending in a markdown "\" hard break, outside links
        self.menu_words: set[str] = set()  # site-menu lines seen as chrome (``in_text``)
        # ... and how many stood under a card, after the page's first (``in_text``)
        self.menu_between = 0
        self.repeats: frozenset[str] = frozenset()  # the page's furniture (``repeats``)
        # a capture left HTML on the page, it labels its abstracts, it blockquotes its text
        self.html_marks = self.abstract_labels = self.quoted = False  # (``card_marks``)
        self.label_line = False  # the line at hand opened with that label (``_text``)
        self.tail_line = False  # ... closed with a link's mark after a title (``_text``)
        self.author_tails = False  # the page closes its titles with their author count
        self.ascii_tails = False  # ... with a link's arrow an ASCII capture printed ``?``
        self.separators: frozenset[str] = frozenset()  # marks alone it repeats (``?``)
        self.bold_titles = False  # it sets its titles in bold (``card_marks.bold_page``)
        # the unit one of whose lines the intake read otherwise than the page set it (marks
        # or escapes taken off): its lines' widths are not the page's (``justified``)
        self.reshaped: Unit | None = None
        self.tails = self.folds = self.folding = self.marking = self.fold_more = False
        # a fold or a title's link mark closed the last text (``intake._open_unit``)
        self.mark_closed = False
        self.set_off = False  # the page sets its abstracts off by an indent (``card_marks``)
        self.linked_titles = False  # the page ends its titles in their links (``title_links``)
        self.chips: set[str] = set()  # the page's chips (``site_chrome.chip_words``)
        self.bylines = False  # it shows Scholar's bylines (``site_chrome.byline_page``)
        self.byline = ""  # a byline's head a fold broke, open (``site_chrome.byline_rest``)
        self.under = False  # a title opened bold with ``__`` and not closed yet
        self.card_level = 0  # the heading level of its card titles (``section_heads``)
        self.furniture_openers: frozenset[str] = frozenset()
        self.pre_values: dict[str, object] = {}  # furniture values for the next title
        self.chrome_openers: frozenset[str] = frozenset()  # (``chrome_openers``)
        self.pre_chrome: dict[str, object] = {}  # its values for the next title
        self.vote_half: tuple[int, str] | None = None  # (``CardBuilder._vote_pair``)
        # (``TokenReader.item_line``'s; set here, as every attribute the intake reads: a
        # class default is found through the mixins unspecialised, on every text line)
        self.item_indent = 0
        self.markdown = False  # text carries CommonMark escapes (``markdown_page``)
        self.linked = False  # the page's head shows markdown links (``markdown_page``)
        self.in_fence = False  # inside a code fence: text is literal
        self.display = DisplayMath()  # a LaTeX display set on lines of its own
        # the last text line and whether only blank lines came after it (for the
        # continuation evidence of the next unit)
        self.last_text = ""
        self.last_one = False  # the last unit of text was one line
        self.last_unit: Unit | None = None  # ... that unit (``UnitCloser._title_breaks``)
        self.rhythm = [0, 0]  # units of text after a blank line, right under text
        # ... every unit, also those under chrome: after a blank line, right under a line
        # (a page that sets its cards' parts apart as blocks, before ``rhythm`` shows it)
        self.blocks = [0, 0]
        self.gap = False
        self.decoder = Decoder(self._decided)
        self.template = self.decoder.template  # (the reader teaches it: hot)
        self.last_role = -1  # role of the last decided text token (for the "·" habit)
        self.after_tag = ""  # the kind of the chrome line decided last, if right before
        self.dots = [0, 0, 0]  # "·" seen right under a title, organisation, prose
        # the page's line rhythm: paragraphs on one line, paragraphs wrapped over several
        # (a page that never wraps its text joins no lines on weak evidence)
        self.flat = [0, 0]
        # titles longer than the wrap width left on one line, titles wrapped; and the
        # title just decided, whose wrapping is judged by the token after it
        self.title_wraps = [0, 0]
        self.title_tok: Token | None = None
        self.cards_seen = self.cards_bare = 0  # the page's cards, those without an abstract
        self.summaries = self.summaries_seen = 0  # its AI summary lines (``cards``)
        self.summary_rest = 0  # lines a fold broke a summary over still to come (``summary_folds``)
        self.org_lines = 0  # organisation lines decided (role or chrome)
        # cards read before the page showed the habits that would tell their reading, and
        # the records held behind them (``revise``)
        self.open_rests: list = []
        self.held: list = []

    def drain(self) -> list[tuple[Record, int, int]]:
        out, self.out = self.out, []
        return out

    # ----------------------------------------------------------------- line intake

    def checked(self, lines: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
        """``lines``, each batch checked for plain text as it is read (``_text`` asks whether
        its line was plain: printable ASCII without two spaces in a row)."""
        plain = self.plain
        while batch := list(islice(lines, PLAIN_BATCH)):
            dirty = dirty_lines([text for _, text in batch])
            plain.append((batch[-1][0], {batch[i][0] for i in dirty}))
            yield from batch

    def feed(self, lineno: int, raw: str) -> None:
        if not raw.isascii():
            # a zero-width space or a soft hyphen a capture left inside a word or an
            # address (``https:/\u200b/github.com/…``) is nothing a reader sees: the line
            # is read without them (``capture`` glyphs)
            raw = drop_invisible(raw)
        s = raw.strip()
        if not s:
            self.log.blank_lines += 1
            self.under = False  # (no bold goes on past a paragraph)
            self.summary_rest = 0  # (nor a summary)
            self.fold_more = False  # (nor a fold)
            self.byline = ""  # (nor a byline)
            if not self.link_open:
                self._close_unit()
                self.gap = True
                if self.display.closer or self.display.after:
                    self.display.reset()
            return
        if self.byline:
            head, self.byline = self.byline, ""
            going = byline_rest(head, s)
            if going is not None:  # (a rest of a byline a narrow fold broke: chrome)
                if going:
                    self.byline = f"{head} {s}"
                self._chrome(lineno, SITE, s)
                return
        if self.fold_more:
            self.fold_more = False
            if mark := self.mark_alone(s):  # (a fold's word, a fold or a mark: ``line_marks``)
                self._chrome(lineno, mark, s)
                return
        if self.fold_rest:  # (a picture or a link a fold broke: ``folded_links``)
            self.fold_rest -= 1
            self._chrome(lineno, self.fold_kind, s)
            return
        if s[-1] in COUNT_LAST and "](" in s and (whole := parted_count(s, self.line_ahead(0))):
            # (a link's author count a fold parted: the two lines one, the count's line
            # counted as markup)
            s = whole
            self.fold_rest, self.fold_kind = 1, "markup"
        elif s[0] in "![" and (s[0] == "[" or s[1:2] == "[") and s.count("[") > s.count("]"):
            n, folded_kind = folded_chrome(s, self.line_ahead)
            if n:
                self.fold_rest, self.fold_kind = n, folded_kind
                if folded_kind == "image":  # (its alt text names the title: ``by_alt``)
                    self.alt_title = alt_text(s, self.line_ahead, n)
                self._chrome(lineno, folded_kind, s)
                return
        if s[0] == ">" and self.quoted:
            raw = s = unquote(s)  # (a page that blockquotes its text: ``card_marks``)
        if self.marking:  # (the marks the page sets on its lines: ``line_marks``)
            s = self.line_marks(s)  # (``raw`` keeps the line's width as the page wrapped it)
            folded = self.folding
        else:
            folded = False
        if s[0] == "_" or self.under or (s[0] in "-*+" and s[2:4] == "__"):
            s = self.underscores(s)
        if self.link_open:
            self.count_link_line()
        if s.startswith("Subscribe") and len(s) > 9 and (self.card is None or self.after_header):
            if (raw := unglue(s)) != s:
                self.decoder.glued_line = lineno  # (the page's first title: no query echo)
            s = raw
        # "[12]Title": a text browser's link number is no chrome's; text keeps it for
        # the width the tool wrapped it at (its tokens drop it: ``UnitCloser``)
        kind = card_chrome(bare := unmark_links(s) or s if "]" in s else s)
        if (
            kind is None
            and s[0] in MONTH_FIRST
            and len(s) <= HEAD_MAX
            and date_head(s, self.line_ahead(0))
        ):
            kind = DATE  # (a card's date a narrow fold parted: ``folded_dates``)
        if kind == "org" and self.tail_line and "·" not in s:
            # a title closing with its author count, the dash as an ASCII terminal printed
            # it (``Title ? 7 authors``): ``printed_chrome`` reads the mark as a dot parting
            # a name from its count, the page's titles closing so say it is the title's
            # (``line_marks``); the decoder reads the line
            kind = None
        dated = ""
        kind = self.noted(kind, s)
        if kind is not None:
            s = bare
        elif (
            self.repeats
            and not self.await_user
            and (sh := shape(s)) in self.repeats
            and not (sh == NAMES and (self.names_over_names(s) or self.underlined()))
        ):
            kind = REPEATED
        elif (parted := separated_chrome(s)) is not None:
            kind = parted  # (fields set apart by ``/``, ``|``, ``—``: ``card_notes``)
        elif s[0] == "#" and not self.link_open:
            if hashtag_line(s, "" if self.gap else self.last_text):
                kind = TAGS
            elif self.card_level and section_heading(s, self.card_level):
                kind = SECTION  # ("## Trending this week" over "### [Title](url)" cards)
        if kind is not None and (
            ((self.display.closer or s == "\\[") and self.adjacent)
            or (
                (s[0].isalnum() or kind == "markup")  # (markup: a lone "." ending the text)
                and self.inside_text(kind, s, indent(raw) if arxiv_indented(raw) else 0)
            )
        ):
            kind = None  # (a "-" or "\\]" line of a display formula is the formula's)
        elif (kind is None or kind == "org") and "·" in s and (cut := date_tail(s)):
            # a text and its card date run together (reader mode): the text is read as
            # any text line, whether a title or a name; the date is its own chrome token
            if kind is not None:
                kind = None
                self._close_unit()  # (as chrome, the line was a unit of its own)
                self.last_text = ""
            end = raw.rstrip()
            raw = end[: len(end) - len(s) + cut].rstrip()
            dated, s = s[cut:].lstrip(), s[:cut].rstrip()
        if kind is None:
            if raw[:1] in " \t" or self.item_indent or s[0] in MARK_FIRST:
                self.line_col = indent(raw)  # (before the item's hanging indent goes)
                raw = self.item_line(raw, s)  # a list item's hanging indent (reader)
            else:
                self.line_col = 0
            if self.set_off and self.line_col == 0 and self.set_in_unit():
                # a page that sets its abstracts in: a line back at the margin under one
                # is the next block, as under a blank (``card_marks.set_off_page``), and goes
                # on no text set in (a title: the page sets its abstracts in)
                self._close_unit()
                self.gap = True
                self.mark_closed = True
            elif self.set_off and self.line_col and self.margin_line():
                # ... and a line set in right under a line of its own at the margin opens
                # a block of its own: the page sets its abstracts in under titles at the
                # margin, so no text at the margin goes on in it (a card's title over its
                # abstract: the intake joined them, the abstract read as the card above's)
                self._close_unit()
                self.mark_closed = True
            if self.await_user and " " not in s and len(s) <= 40:
                self.await_user = False
                self._chrome(lineno, "submitted_by", s)
            else:
                self.await_user = False
                self._text(lineno, raw, s)
                if self.alt_title:
                    self.by_alt()
            if dated:  # (counted with no line: the text's line is)
                self._chrome(lineno, "date", dated, 0)
        elif kind == "url" and self.url_in_text(s):
            self._text(lineno, raw, s)
        else:
            self._chrome(lineno, kind, s)
        if self.tail_line or self.label_line:  # (a chrome line's marks are no text's)
            self.tail_line = self.label_line = False
        if folded and not self.link_open:  # (as a blank line after it would)
            if self.unit is not None:
                self.unit.folded = True  # (an abstract's clipped last line: no title's)
            self._close_unit()
            self.gap = True
            self.mark_closed = True  # (no text goes on a clipped abstract: ``_open_unit``)

    def width_at(self, col: int) -> int:
        """The width the page wraps text starting at column ``col`` at: a tool wraps every
        line at one column, so a title at the margin takes the columns lynx sets its body
        in by (``[49]FlexGaussian! … for 3D`` at 79 over a body 3 in, wrapped at 76)."""
        width = self.wrap_width
        return width + self.width_col - col if width and col != self.width_col else width

    # ----------------------------------------------------------------- chrome lines

    def _chrome(self, lineno: int, kind: str, s: str, lines: int = 1) -> None:
        was_open = self.link_open
        if kind in ("nav", "view", "pagination") and len(self.menu_words) < 64:
            self.menu_words.add(s)
        if (kind == "nav" or kind == "pagination") and self.card is not None:
            self.menu_between += 1
        if is_fence(s):
            self.in_fence = not self.in_fence
        self.track_link(s)
        if kind == "header":
            self.after_header = True
        elif kind == "submitted_by":
            # the label alone: its user's name follows (the name itself, taken as this
            # chrome, awaits nothing: "RedactionBench" after it is the card's title)
            self.await_user = s == "Submitted by"
        elif kind == "truncation":
            self.cut_marker = lineno
            self.link_open = False  # the capture was cut: no wrapper closes after this
        blank = self.gap
        u = self.unit
        tag = kind
        if dot_mark(kind, s):
            tag = "dot" if kind == "dot" else "dotdate"
        elif kind == "url" and is_hf_user_url(s):
            tag = "profile"
        elif kind in (REPEATED, SITE):
            # (each shape of the page's furniture or a site's chrome its own place:
            # ``furniture_rhythm``)
            tag = shape_tag(kind, s)
        if not (u is not None and u.in_link and was_open and self.link_open):
            if u is not None and self.wrap_width:  # (a title may end the unit)
                mid_only, habits = self.template.mid_only, self.decoder.habits
                cut_before(u, kind, tag, mid_only, habits, self.width_at(u.col))
            self._close_unit()  # chrome ends a unit, except inside its open wrapper
            self.last_text = ""
            self.gap = False
            if self.display.closer or self.display.after:
                self.display.reset()
        self.decoder.push(Token(lineno, s, lines, kind, tag=tag, rd_blank_above=blank))

    def finish(self) -> None:
        self._close_unit()
        self.decoder.finish()
        card = self.card
        if card is not None and not card.tail:
            text = " ".join(card.abstract) if card.abstract else ""
            if self.cut_marker or (text and ends_mid_word(text, self.recent)):
                card.cut = True
            if self.cut_marker:
                # the capture tool says it cut the page: say which record it cut (the
                # mid-word test alone only flags it, as it may misjudge a rare last word)
                self.log.warn(
                    "W_TRUNCATED",
                    self.file,
                    self.cut_marker,
                    f"the capture was cut inside this card: {clip(card.title)}",
                )
        self._finish_page()
