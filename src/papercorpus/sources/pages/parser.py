"""Hugging Face Papers page dumps -> records.

Handles the seed layouts (A: blank-line separated with a 5-line header and a page date;
B: no blank lines, ``Subscribe`` glued to the first title) and real captures in plain
text or markdown, with site chrome around and between the cards (domain.md §a, §b).

How a page is read:

1. Chrome (``chrome.classify_chrome``) is dropped and counted by kind, one count per line;
   the values it carries (arXiv ids from paper links, card dates, author counts, stars)
   go to the card (``cards``). Only unambiguous chrome is decided on the line alone: a
   bare name, a ``·``, a number are decided with what surrounds them (below).
2. The remaining lines are grouped into *units* (``units``, ``wraps``): one title or one
   abstract, possibly wrapped over several lines (markdown ``\\`` hard breaks, an open
   ``[...](url)`` wrapper, a fixed width). A break is a wrap only on evidence: the
   width the page is seen to wrap at, a hard break, a line ending mid-sentence before one
   going on mid-sentence; a word cut at the margin is rejoined without a space.
3. Each unit gets its role - title, abstract, or organisation line - from its own shape,
   the state of the current card and the next unit (``units.role_of``). Alternation is
   the prior: where a title is due, anything that could be a title is one (abstract
   after abstract is the exception), and a title followed by a title is a card without
   an abstract, so one missing line never shifts the pairing of the cards after it. A
   name line followed by ``·`` is a title or an organisation, decided by what follows.
4. Every line ends in one place: a record field, counted chrome, a blank, or a reject
   with its line (``ParseLog.record_lines`` ...); a file that never shows page structure
   gives rejects and a warning, not records (``gate``).

Decisions that need the next unit are deferred by one unit; the chrome seen meanwhile is
replayed afterwards in order, so ids and dates still land on the right card. This is a
left-to-right reading with one unit of lookahead, not a whole-page optimum: issue 14's
Viterbi decoder over the card grammar is not built (see the issue's closing note).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from itertools import islice

from ...records import Record
from ..base import Lines, ParseLog
from ..chrome import (
    classify_chrome,
    is_hf_user_url,
)
from ..shape import (
    TITLE_MAX,
    clip,
    ends_mid_word,
    terminal,
    title_shaped,
    unit_kind,
)
from .cards import Card, CardBuilder
from .gate import PageGate
from .preamble import HEAD_LINES, is_fence, log_preamble, markdown_page, preamble_end
from .units import (
    EMAIL,
    TITLE,
    Unit,
    collapse,
    cut_word,
    name_like,
    org_named,
    org_tail,
    role_of,
    title_of,
    unwrap,
)
from .wraps import WRAPPED, continues

__all__ = ["parse_pages"]

# Chrome lines held while a unit's role is undecided; past this it is decided without
# looking further, so memory stays bounded on chrome-only stretches.
MAX_DEFERRED = 256
# A markdown link wrapper left open this many lines is taken as malformed and closed.
MAX_LINK_LINES = 400

_NO_IDS: list[str] = []

_HEADING = re.compile(r"#{1,6}\s+")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SUBSCRIBE_WORD = re.compile(r"(?:rs?|[ds])\b")  # Subscriber(s), Subscribed, Subscribes


def parse_pages(lines: Lines, file: str, log: ParseLog) -> Iterator[Record]:
    """Records of one Hugging Face Papers page dump (seed layouts A/B, text/markdown captures)."""
    it = iter(lines)
    head = list(islice(it, HEAD_LINES))
    start = preamble_end([text for _, text in head])
    gate = PageGate(file, log)
    parser = _PageParser(file, log)
    parser.markdown = markdown_page([text for _, text in head])
    log_preamble(head[:start], file, log)
    parser.evidence = log.chrome.total() > gate._chrome0
    lineno = head[-1][0] if head else 0
    for lineno, text in head[start:]:
        parser.feed(lineno, text)
        if parser.out:
            yield from gate.admit(parser.drain(), parser.evidence)
    for lineno, text in it:
        parser.feed(lineno, text)
        if parser.out:
            yield from gate.admit(parser.drain(), parser.evidence)
    parser.finish()
    yield from gate.admit(parser.drain(), parser.evidence)
    gate.close(lineno)


def _dot_mark(kind: str, s: str) -> bool:
    """``·``, ``· Sep 4``, ``· Published on …``: the mark after an organisation's name (or a
    title); not ``· 5 authors``, an author line."""
    return kind == "dot" or (s[0] in "·•" and kind == "date")


# --------------------------------------------------------------------------- the parser


class _PageParser(CardBuilder):
    """Line-fed state machine; finished records collect in ``out``."""

    def __init__(self, file: str, log: ParseLog) -> None:
        self.file = file
        self.log = log
        # finished records, their input lines and their abstract's first line
        self.out: list[tuple[Record, int, int]] = []
        self.evidence = False  # the file has shown page structure (``gate.PageGate``)
        self.page_date: str | None = None
        self.card: Card | None = None
        self.unit: Unit | None = None
        self.adjacent = False  # the previous line was text of ``unit`` (no blank/chrome)
        self.link_open = False
        self.link_lines = 0
        self.pend: Unit | None = None  # closed unit whose role waits for the next one
        self.events: list[tuple[int, str, str]] = []  # chrome after ``pend``
        self.pre_ids: list[str] = []  # paper ids seen before the title they belong to
        self.pre_user: str | None = None  # "Submitted by" user for the next title
        self.upvotes: tuple[str, int] | None = None
        self.await_user = False
        self.cut_marker = 0  # line of a "[Content truncated]" marker
        self.after_header = False  # header chrome since the last content line
        self.last_number: int | None = None  # a bare number line just before
        self.recent: deque[str] = deque(maxlen=50)  # vocabulary for the EOF cut test
        # "·" lines seen under a title and under an organisation line on this page
        self.dots_after = [0, 0]
        self.wrap_width = 0  # widest hard-wrapped line seen: the page wraps its text there
        self.markdown = False  # text carries CommonMark escapes (``markdown_page``)
        self.in_fence = False  # inside a code fence: text is literal

    def drain(self) -> list[tuple[Record, int, int]]:
        out, self.out = self.out, []
        return out

    # ----------------------------------------------------------------- line intake

    def feed(self, lineno: int, raw: str) -> None:
        s = raw.strip()
        if not s:
            self.log.blank_lines += 1
            if not self.link_open:
                self._close_unit()
            return
        if self.link_open:
            self.link_lines += 1
            if self.link_lines > MAX_LINK_LINES:
                self.link_open = False
        if s.startswith("Subscribe") and len(s) > 9 and (self.card is None or self.after_header):
            s = self._unglue(s)
            raw = s
        kind = classify_chrome(s)
        if kind is not None and s[0].isalnum() and self._inside_text(kind):
            kind = None
        if kind is None:
            if self.await_user:
                self.await_user = False
                if " " not in s and len(s) <= 40:
                    self._chrome(lineno, "submitted_by", s)
                    return
            self._text(lineno, raw, s)
        elif kind == "url" and self._url_in_text(s):
            self._text(lineno, raw, s)
        else:
            self._chrome(lineno, kind, s)

    def _inside_text(self, kind: str) -> bool:
        """A chrome-looking word that continues the text being read is content.

        ``### [… in Text-to-Image Diffusion`` + ``### Models][44]``: inside an open link
        wrapper every line but link scaffolding is text; ``… Serving with`` + ``Models``:
        a site-menu word on the line right after an unfinished sentence continues it.
        """
        u = self.unit
        if u is None or kind in ("markup", "truncation", "image"):
            return False
        if u.in_link and self.link_open:
            return True
        if not self.adjacent or kind not in ("nav", "view", "pagination") or self.card is None:
            return False  # before the first card a menu word is the menu (view switcher)
        last = u.parts[-1]
        return not terminal(last) and "://" not in last[last.rfind(" ") + 1 :]

    def _unglue(self, s: str) -> str:
        """``SubscribeGiraffe: …`` (layout B): the header button glued to the first title."""
        rest = s[9:]
        if rest[0].isspace() or _SUBSCRIBE_WORD.match(rest):
            return s  # "Subscribers …" is a word, not the button ("Subscribeagentic …" is)
        return rest.lstrip()  # the line is counted once, as the title it holds

    def _url_in_text(self, s: str) -> bool:
        """A bare URL that ends a wrapped sentence (``…available at`` / ``https://…``)."""
        u = self.unit
        return (
            u is not None
            and self.adjacent
            and not u.heading
            and "huggingface.co" not in s
            and not terminal(u.parts[-1])
        )

    # ----------------------------------------------------------------- content lines

    def _text(self, lineno: int, raw: str, s: str) -> None:
        self.after_header = False
        heading = False
        if s[0] == "#":
            m = _HEADING.match(s)
            if m is not None:
                heading = True
                s = s[m.end() :]
                if self.link_open and not (self.unit is not None and self.unit.heading):
                    self.link_open = False  # a new card heading: a stray wrapper is over
                if not s:
                    self._chrome(lineno, "markup", "#")
                    return
        if heading or self.link_open or s[0] == "[" or s[-1] == "\\":
            text, opens, closes, ids, hard = unwrap(s, heading, self.link_open)
        else:  # plain text, the common case: nothing to unwrap
            text, opens, closes, ids, hard = s, False, False, _NO_IDS, False
        if not text:
            self._chrome(lineno, "markup", s)
            return
        if self.markdown and not self.in_fence and "\\" in text:
            text = _MD_ESCAPE.sub(r"\1", text)
        u = self.unit
        if (
            u is None
            or (opens and not (u.in_link and self.link_open))  # "[" opens a new unit
            or not self._continues(u, text, raw, heading)
        ):
            self._close_unit()
            u = self.unit = Unit(lineno, [], heading, self.link_open or opens)
        elif self._split_off(u, text, raw):
            self._close_unit()
            u = self.unit = Unit(lineno, [], heading, self.link_open or opens)
            u.glued = True
        elif not u.hard_break and cut_word(u.parts, text):
            u.cuts.append(len(u.parts))
        if text is not s and s[0] == "[" or opens or closes:
            u.linked = True
        u.parts.append(text)
        u.hard_break = hard
        if ids:
            u.ids.extend(ids)
        self.adjacent = True
        if opens:
            self.link_open = True
            self.link_lines = 0
        if closes:
            self.link_open = False
            self._close_unit()

    def _org_page(self) -> bool:
        """This page puts its "·" under organisation lines, never under a title."""
        return self.dots_after[1] >= 2 and self.dots_after[0] == 0

    def _continues(self, u: Unit, text: str, raw: str, heading: bool) -> bool:
        in_link = u.in_link and self.link_open
        cont = continues(u, text, raw, heading, self.adjacent, in_link, self.wrap_width)
        if cont == WRAPPED:
            self.wrap_width = max(self.wrap_width, len(u.parts[-1]), len(text))
        return bool(cont)

    def _split_off(self, u: Unit, text: str, raw: str) -> bool:
        """Split off a title-shaped line that ``_continues`` would glue onto one whole
        abstract line (one ending in ``a``/``,``/``:``, or the line starts lower-case).

        Layout B puts each abstract on one line, and some end mid-sentence; the title after
        such a line must not become its wrapped continuation. The line starts a unit marked
        ``glued``: ``_role`` puts it back (with a warning) unless an abstract follows it.
        """
        if len(u.parts) != 1 or u.heading or u.hard_break or (u.in_link and self.link_open):
            return False
        return len(u.parts[0]) > TITLE_MAX and raw[:1] not in " \t" and title_shaped(text)

    def _close_unit(self) -> None:
        self.adjacent = False
        u = self.unit
        if u is None:
            return
        self.unit = None
        if u.cuts:
            joined = u.parts[0]
            for i in range(1, len(u.parts)):
                joined += ("" if i in u.cuts else " ") + u.parts[i]
        else:
            joined = u.parts[0] if len(u.parts) == 1 else " ".join(u.parts)
        u.text = collapse(joined)
        if not u.text:
            self.log.drop_chrome("markup", len(u.parts))
            return
        u.kind = unit_kind(u.text, u.heading)
        if self.pend is not None:
            self._resolve(self.pend, u)
        self.pend = u

    # ----------------------------------------------------------------- chrome lines

    def _chrome(self, lineno: int, kind: str, s: str) -> None:
        was_open = self.link_open
        if is_fence(s):
            self.in_fence = not self.in_fence
        self._track_link(s)
        if kind == "header":
            self.after_header = True
        elif kind == "submitted_by":
            self.await_user = True
        elif kind == "truncation":
            self.cut_marker = lineno
        u = self.unit
        split = False
        if not (u is not None and u.in_link and was_open and self.link_open):
            if (
                u is not None
                and (_dot_mark(kind, s) or (kind == "url" and is_hf_user_url(s)))
                and org_tail(u, self.wrap_width, s if kind == "url" else "", self._org_page())
            ):
                # " Google" + "· Published on …": an organisation line that read as the
                # (indented) continuation of the title above it
                self.log.drop_chrome("org")
                u.org = u.parts.pop()  # the card of the title it was read with
                split = True
                self.dots_after[1] += 1
            self._close_unit()  # chrome ends a unit, except inside its open wrapper
        if self.pend is None:
            self._apply_chrome(lineno, kind, s)
            return
        if not split and self._decides_pending(kind, s):  # a "·" marks one organisation
            self._apply_chrome(lineno, kind, s)
            return
        self.events.append((lineno, kind, s))
        if len(self.events) >= MAX_DEFERRED:
            pend, self.pend = self.pend, None
            self._resolve(pend, None)

    def _track_link(self, s: str) -> None:
        """Chrome lines open and close link wrappers too (``[`` … ``][33]``, ``[Upvote``)."""
        if s[0] == "[" and s.count("[") > s.count("]"):
            self.link_open = True
            self.link_lines = 0
        elif self.link_open and s.count("]") > s.count("["):
            self.link_open = False

    def _decides_pending(self, kind: str, s: str) -> bool:
        """A short pending line is chrome after all when what follows it says so.

        ``Google`` + ``https://huggingface.co/google`` or ``·``: an organisation line.
        ``Intercode Bash`` + ``Daily``/``Weekly`` before any card: the search box echo.
        """
        pend = self.pend
        if pend is None or pend.kind != "T":
            return False
        if _dot_mark(kind, s) or (kind == "url" and is_hf_user_url(s)):
            # "·", "· Sep 4", "· Published on …", a profile link: an organisation's marks
            if not name_like(pend.text):
                return False  # a title (of a card without an abstract) with its "·"
            if any(k not in ("url", "image", "markup") for _, k, _ in self.events):
                return False  # "12 authors" + "·": the dot is the author line's
            if self.card is None or self.card.abstract:
                # Where a title is due, ``Meteor: …`` + ``·`` may be a card's title with
                # its ``·`` (the live page's layout) or an organisation line after the card
                # before: what follows decides (an abstract: it was a title).
                pend.org_or_title = True
                return False
            if kind != "url" and self.dots_after[0] > self.dots_after[1]:
                # the page puts "·" under titles, not under organisation lines: a card
                # without an abstract then the next title; what follows decides
                pend.org_or_title = True
                return False
            self.dots_after[1] += 1
            role = "org"
        elif kind in ("view", "nav", "header") and self.card is None:
            role = "search"
        else:
            return False
        self.pend = None
        self.log.drop_chrome(role, len(pend.parts))
        if role == "org":
            self._set_org(pend.text)
        self._replay()
        return True

    # ----------------------------------------------------------------- roles

    def _resolve(self, u: Unit, nxt: Unit | None) -> None:
        if (
            u.org_or_title
            and not title_of(u, nxt)
            and name_like(u.text)
            # on a page that puts "·" under its titles and shows no organisation line, a
            # title without an abstract
            and not (
                self.dots_after[1] == 0
                and self.dots_after[0] >= 2
                and " " in u.text
                and not org_named(u.text)
            )
        ):
            self.dots_after[1] += 1
            self.log.drop_chrome("org", len(u.parts))
            self._set_org(u.text)
            self._replay()
            return
        role = role_of(u, nxt, self.card is not None, bool(self.card and self.card.abstract))
        if role == TITLE and EMAIL.search(u.text) is not None:
            # "Contact us at foo@example.com": a page footer, no title holds an address
            self.log.reject(
                "R_STRAY_TEXT",
                self.file,
                u.first,
                f"not a paper title (an e-mail address): {clip(u.text)}",
                len(u.parts),
            )
        elif role == TITLE:
            if not u.org and any(_dot_mark(k, t) for _, k, t in self.events[:2]):
                self.dots_after[0] += 1  # this page puts a "·" under its titles
            self._start_card(u)
        else:
            self._add_abstract(u)
        self._replay()

    def _replay(self) -> None:
        events, self.events = self.events, []
        for lineno, kind, s in events:
            self._apply_chrome(lineno, kind, s)

    def finish(self) -> None:
        self._close_unit()
        if self.pend is not None:
            pend, self.pend = self.pend, None
            self._resolve(pend, None)
        self._replay()
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
        self._finish_card()
