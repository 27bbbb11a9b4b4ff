"""Hugging Face Papers page dumps -> records.

Handles the seed layouts (A: blank-line separated with a 5-line header and a page date;
B: no blank lines, ``Subscribe`` glued to the first title) and real captures in plain
text or markdown, with site chrome around and between the cards (domain.md §a, §b).

How a page is read, line by line:

1. Chrome (``chrome.classify_chrome``) is dropped and counted by kind; the values it
   carries (arXiv ids from paper links, card dates, author counts) go to the card.
2. The remaining lines are grouped into *units*: one title or one abstract, possibly
   hard-wrapped over several lines (markdown ``\\`` hard breaks, an open ``[...](url)``
   wrapper, 80-column wrapping, a two-line title).
3. Each unit is classified by its own shape - heading, title-like (short, no sentence
   end), weak abstract (one sentence ending in ``.``, as AI summaries are) or abstract
   (long or several sentences) - and given its role from that shape, the state of the
   current card and the shape of the *next* unit. Alternation is only a prior: a title
   followed by a title is a card without an abstract, so one missing line never shifts
   the pairing of the cards after it. It is a strong prior, though: a short unit where a
   title is due, followed by an abstract, is a title even when it reads as two sentences
   (``Shushing! Let's Imagine …``, ``… Release (Q1). Active Galactic Nuclei …``).
4. Gluing a unit onto the abstract before it loses a record if the unit was a title, so
   it is warned (``W_ABSTRACT_JOINED``) unless the unit is plainly a further paragraph of
   a full abstract.

Decisions that need the next unit are deferred by one unit; the chrome seen meanwhile is
replayed afterwards in order, so ids and dates still land on the right card.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from ...normalize import collapse_ws
from ...records import Record, Source
from ..base import Lines, ParseLog
from ..chrome import (
    arxiv_ids,
    bare,
    classify_chrome,
    count_value,
    github_stars,
    is_hf_user_url,
    parse_card_date,
)
from ..shape import (
    TITLE_MAX,
    clip,
    ends_mid_word,
    ends_sentence,
    hard_wrapped,
    is_summary,
    join_doubt,
    joiner,
    prose_marks,
    sentence_breaks,
    sentence_like,
    terminal,
    title_cased,
    title_like,
    title_shaped,
    title_sized,
    unit_kind,
)
from .gate import PageGate
from .preamble import HEAD_LINES, is_fence, log_preamble, markdown_page, preamble_end

__all__ = ["parse_pages"]

# Chrome lines held while a unit's role is undecided; past this it is decided without
# looking further, so memory stays bounded on chrome-only stretches.
MAX_DEFERRED = 256
# A markdown link wrapper left open this many lines is taken as malformed and closed.
MAX_LINK_LINES = 400

_TITLE, _ABSTRACT = "title", "abstract"
_NO_IDS: list[str] = []

_HEADING = re.compile(r"#{1,6}\s+")
_WHOLE_LINK = re.compile(r"\[(?P<text>.*)\]\((?P<url>[^()\s]*)\)$")
_WHOLE_REF = re.compile(r"\[(?P<text>.*)\]\[\d*\]$")
_CLOSER = re.compile(r"\]\((?P<url>[^()\s]*)\)$|\]\[\d*\]$")
_MD_BREAK = re.compile(r"\\\s{2,}")  # "Engage\  with": an escaped line break in a title
_TITLE_SEP = re.compile(r":\s|\s--\s")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}\b")
# CommonMark backslash escapes: a backslash before ASCII punctuation is removed.
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SUBSCRIBE_WORD = re.compile(r"(?:rs?|[ds])\b")  # Subscriber(s), Subscribed, Subscribes
# Lower-case words no title starts with: a line opening with one continues a wrapped
# title (``SPC-GS: … Consistency`` + ``for Indoor Open-World …``).
# "iVideoGPT", "dSpeculative": a word that starts lower-case but is a name, not prose
_CAMEL = re.compile(r"[a-z]+[A-Z0-9]")
_NEVER_FIRST = frozenset(
    ["for", "with", "of", "via", "and", "or", "from", "into", "than", "without", "between"]
)


@dataclass(slots=True)
class _Unit:
    """Consecutive content lines that form one title or one abstract."""

    first: int
    parts: list[str]
    heading: bool = False
    in_link: bool = False
    hard_break: bool = False
    ids: list[str] = field(default_factory=list)
    glued: bool = False  # may continue the unit before it (see ``_PageParser._split_off``)
    linked: bool = False  # its text came out of a markdown link wrapper
    cuts: list[int] = field(default_factory=list)  # parts joined without a space (cut words)
    org_or_title: bool = False  # a ``·`` followed it where a title is due (``_decides_pending``)
    text: str = ""
    kind: str = ""  # "H" heading, "T" title-like, "WA" one-sentence, "A" abstract


@dataclass(slots=True)
class _Card:
    title: str
    line: int
    date: str | None
    arxiv_id: str | None = None
    abstract: list[str] = field(default_factory=list)
    meta: dict[str, object] = field(default_factory=dict)
    heading: bool = False  # its title was a markdown heading
    lines: int = 0  # input lines of its title and abstract
    abstract_line: int = 0
    tail: bool = False  # chrome after its last text: the card was not cut at EOF
    cut: bool = False


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


# --------------------------------------------------------------------------- the parser


class _PageParser:
    """Line-fed state machine; finished records collect in ``out``."""

    def __init__(self, file: str, log: ParseLog) -> None:
        self.file = file
        self.log = log
        # finished records, their input lines and their abstract's first line
        self.out: list[tuple[Record, int, int]] = []
        self.evidence = False  # the file has shown page structure (``gate.PageGate``)
        self.page_date: str | None = None
        self.card: _Card | None = None
        self.unit: _Unit | None = None
        self.adjacent = False  # the previous line was text of ``unit`` (no blank/chrome)
        self.link_open = False
        self.link_lines = 0
        self.pend: _Unit | None = None  # closed unit whose role waits for the next one
        self.events: list[tuple[int, str, str]] = []  # chrome after ``pend``
        self.pre_ids: list[str] = []  # paper ids seen before the title they belong to
        self.pre_user: str | None = None  # "Submitted by" user for the next title
        self.upvotes: tuple[str, int] | None = None
        self.await_user = False
        self.cut_marker = 0  # line of a "[Content truncated]" marker
        self.after_header = False  # header chrome since the last content line
        self.last_number: int | None = None  # a bare number line just before
        self.recent: deque[str] = deque(maxlen=50)  # vocabulary for the EOF cut test
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
            text, opens, closes, ids, hard = self._unwrap(s, heading)
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
            u = self.unit = _Unit(lineno, [], heading, self.link_open or opens)
        elif self._split_off(u, text, raw):
            self._close_unit()
            u = self.unit = _Unit(lineno, [], heading, self.link_open or opens)
            u.glued = True
        elif not u.hard_break and _cut_word(u.parts, text):
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

    def _unwrap(self, s: str, heading: bool) -> tuple[str, bool, bool, list[str], bool]:
        """Strip a markdown wrapper: ``[text](url)``, an opening ``[``, a closing ``](url)``.

        Only wrappers around the whole unit are removed; inline links inside an abstract
        (``[lacing-lvlm.github.io](https://…)``) are content and stay as read.
        """
        opens = closes = False
        ids: list[str] = []
        if s[0] == "[":
            m = _WHOLE_LINK.match(s) or _WHOLE_REF.match(s)
            if m is not None:
                s = m.group("text")
                if "url" in m.groupdict():
                    ids = arxiv_ids(m.group("url"))
                # a heading that is one whole link is complete: the next line is not its
                # wrapped rest (``### [Title](url)`` + the abstract's first line)
                closes = heading and not self.link_open
            elif s.count("[") > s.count("]"):
                opens = True
                s = s[1:]
        elif self.link_open and "]" in s:
            m = _CLOSER.search(s)
            if m is not None and s.count("]") > s.count("["):
                closes = True
                if m.group("url"):
                    ids = arxiv_ids(m.group("url"))
                s = s[: m.start()]
        hard = s.endswith("\\")
        if hard:
            s = s.rstrip("\\")
        if "\\ " in s and (heading or opens or self.link_open):
            s = _MD_BREAK.sub(" ", s)
        return s.strip(), opens, closes, ids, hard

    def _continues(self, u: _Unit, text: str, raw: str, heading: bool) -> bool:
        """Does this line continue unit ``u`` (a wrapped title or abstract)?"""
        if u.in_link and self.link_open:
            return True  # inside one markdown link wrapper
        if not self.adjacent or heading:
            return False
        if u.hard_break:
            return True
        prev = u.parts[-1]
        if u.heading:
            # "### Title … for" + "  Natural Interaction …": a heading wrapped in two
            # (not "### Title" + "As Large Language Models (LLMs) are …": its abstract)
            return len(text) <= 200 and not ends_sentence(text) and not sentence_like(text)
        if hard_wrapped(u.parts, text):
            self.wrap_width = max(self.wrap_width, len(u.parts[-1]), len(text))
            return True
        if self.wrap_width and _page_wrap(prev, text, self.wrap_width):
            # the first break of a unit may be a title then its abstract's first line
            # (``cmap-sam: … segmentation`` + ``Few-shot segmentation (FSS) aims …``)
            return (
                len(u.parts) > 1 or title_cased(prev) or not (text[0].isupper() and _titleish(prev))
            )
        if terminal(prev):
            return False
        n_prev, n = len(prev), len(text)
        if len(u.parts) == 1 and n_prev <= TITLE_MAX < n:
            return False  # a title line then its one-line abstract (layout B)
        if raw[:1] in " \t":
            return True  # indented continuation, as arXiv metadata wraps titles
        if text[0].islower() and not _CAMEL.match(text):
            if n_prev <= TITLE_MAX and _TITLE_SEP.search(text, 0, 40):
                return False  # "s1: Simple test-time scaling": a title of its own
            if (
                len(u.parts) == 1
                and n_prev <= TITLE_MAX
                and title_cased(prev)
                and not sentence_like(prev)
                and not title_cased(text)
                and not joiner(prev)
                and text[: text.find(" ")] not in _NEVER_FIRST
            ):
                return False  # a Title Cased title, then a lower-cased line: not its rest
            return (
                n_prev > TITLE_MAX
                or len(u.parts) > 1
                or joiner(prev)
                or (n >= 60 and n_prev >= 60)
                or not title_like(text)
                or text[: text.find(" ")] in _NEVER_FIRST
            )
        if joiner(prev):
            if n_prev > TITLE_MAX or len(u.parts) > 1 or sentence_like(prev):
                return True  # a wrapped abstract line ending in "the"
            # a wrapped title ("… Reasoning via" + "RL."): its rest may end in a period
            return n <= 150 and not sentence_breaks(text) and n_prev + n <= TITLE_MAX
        return False

    def _split_off(self, u: _Unit, text: str, raw: str) -> bool:
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
        u.text = _collapse(joined)
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
        if not (u is not None and u.in_link and was_open and self.link_open):
            if (
                u is not None
                and (kind == "dot" or s[0] in "·•" or (kind == "url" and is_hf_user_url(s)))
                and _org_tail(u, self.wrap_width, s if kind == "url" else "")
            ):
                # " Google" + "· Published on …": an organisation line that read as the
                # (indented) continuation of the title above it
                self.log.drop_chrome("org")
                self._set_org(u.parts.pop())
            self._close_unit()  # chrome ends a unit, except inside its open wrapper
        if self.pend is None:
            self._apply_chrome(lineno, kind, s)
            return
        if self._decides_pending(kind, s):
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
        if kind == "dot" or s[0] in "·•" or (kind == "url" and is_hf_user_url(s)):
            # "·", "· Sep 4", "· Published on …", a profile link: an organisation's marks
            if not _name_like(pend.text):
                return False  # a title (of a card without an abstract) with its "·"
            if any(k not in ("url", "image", "markup") for _, k, _ in self.events):
                return False  # "12 authors" + "·": the dot is the author line's
            if self.card is None or self.card.abstract:
                # Where a title is due, ``Meteor: …`` + ``·`` may be a card's title with
                # its ``·`` (the live page's layout) or an organisation line after the card
                # before: what follows decides (an abstract: it was a title).
                pend.org_or_title = True
                return False
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

    def _apply_chrome(self, lineno: int, kind: str, s: str) -> None:
        self.log.drop_chrome(kind)
        if kind not in ("markup", "frontmatter", "image"):
            self.evidence = True
        card = self.card
        if kind == "submitted_by":
            # "Submitted by" + the user's name, above the title of the card it belongs to
            name = s[12:].strip() if s.startswith("Submitted by") else s
            if name:
                self.pre_user = name
            return
        if kind == "header":
            if card is not None:
                # a second page (concatenated dumps): its cards get their own page date
                self._finish_card()
                self.page_date = None
            return
        if kind in ("markup", "truncation"):
            return
        for paper_id in arxiv_ids(s):
            self._observe_id(paper_id, kind, s)
        card = self.card
        if card is None:
            if kind == "date" and self.page_date is None:
                parsed = parse_card_date(s)
                self.page_date = parsed[0] if parsed else None
            return
        card.tail = True
        number, self.last_number = self.last_number, None
        if kind == "upvotes" and s.isdigit():
            self.last_number = int(s)  # "Sep 3, 2024" / "2" / "…#community": comments
        elif kind == "url" and s.endswith("#community") and number is not None:
            card.meta.setdefault("comments", number)
        if kind == "date":
            parsed = parse_card_date(s)
            if parsed is not None:
                card.meta.setdefault("published", parsed[0])
                if parsed[1] is not None:
                    card.meta.setdefault("comments", parsed[1])
        elif kind == "authors":
            card.meta.setdefault("n_authors", count_value(s))
        elif kind == "github":
            stars = github_stars(s)
            if stars is not None:
                card.meta.setdefault("stars", count_value(stars))
        elif kind == "org":
            self._set_org(bare(s)[0])

    def _set_org(self, name: str) -> None:
        """An organisation line belongs to the card it follows (title or abstract)."""
        name = name.split("·", 1)[0].strip()
        if self.card is not None and name:
            self.card.meta.setdefault("org", name)

    def _observe_id(self, paper_id: str, kind: str, s: str) -> None:
        """Attach a paper id to its card: the current one, or the next title's.

        The upvote button (a ``login?next=%2Fpapers%2F<id>`` link) comes before its title
        in list layouts, so after a card's abstract it is taken for the next card.
        """
        card = self.card
        if kind == "upvotes":
            self.upvotes = (paper_id, count_value(s) or 0)
        upvote_link = "login?next=" in s
        if card is not None and card.arxiv_id is None and not (upvote_link and card.abstract):
            card.arxiv_id = paper_id
        elif card is None or paper_id != card.arxiv_id:
            self.pre_ids.append(paper_id)
        self._take_upvotes()

    def _take_upvotes(self) -> None:
        card, up = self.card, self.upvotes
        if card is not None and up is not None and up[0] == card.arxiv_id:
            card.meta.setdefault("upvotes", up[1])
            self.upvotes = None

    # ----------------------------------------------------------------- roles

    def _resolve(self, u: _Unit, nxt: _Unit | None) -> None:
        if u.org_or_title and not _title_of(u, nxt) and _name_like(u.text):
            self.log.drop_chrome("org", len(u.parts))
            self._set_org(u.text)
            self._replay()
            return
        role = self._role(u, nxt)
        if role == _TITLE and _EMAIL.search(u.text) is not None:
            # "Contact us at foo@example.com": a page footer, no title holds an address
            self.log.reject(
                "R_STRAY_TEXT",
                self.file,
                u.first,
                f"not a paper title (an e-mail address): {clip(u.text)}",
                len(u.parts),
            )
        elif role == _TITLE:
            self._start_card(u)
        else:
            self._add_abstract(u)
        self._replay()

    def _replay(self) -> None:
        events, self.events = self.events, []
        for lineno, kind, s in events:
            self._apply_chrome(lineno, kind, s)

    def _role(self, u: _Unit, nxt: _Unit | None) -> str:
        """Title or abstract, from the unit's shape, the card state and the next unit."""
        kind = u.kind
        if kind == "H":
            return _TITLE
        if kind == "A" and len(u.text) > TITLE_MAX:
            return _ABSTRACT  # too long to be a title wherever it sits (the common case)
        expecting_abstract = self.card is not None and not self.card.abstract
        if kind != "T" and _title_before_abstract(u.text, nxt, expecting_abstract):
            return _TITLE
        if kind == "A":
            return _ABSTRACT
        next_kind = nxt.kind if nxt is not None else None
        if (
            not expecting_abstract
            and nxt is not None
            and next_kind == "T"
            and not nxt.heading
            and _name_like(nxt.text)
            and _titleish(u.text)
        ):
            # "Back on Track. Bundle Adjustment …" + "ETH Zurich" (+ "·"): where a title is
            # due, a title-shaped line before a name line is a title, not a second
            # paragraph of the abstract before it
            return _TITLE
        if kind in ("T", "WA") and expecting_abstract and u.linked and not _name_like(u.text):
            # markdown captures link a card's text to its paper: a linked unit under a
            # title is its abstract, whatever its shape (``[PLEASE READ … at:\\`` /
            # ``http://…](…)``, ``[Automated story writing … 60 years.](…)``)
            return _ABSTRACT
        if kind == "T":
            # A title followed by a title-like line: a card without an abstract, unless
            # the line reads as prose and nothing abstract-like follows it.
            if next_kind not in ("A", "WA") and (
                u.glued or (expecting_abstract and sentence_like(u.text))
            ):
                return _ABSTRACT
            return _TITLE
        # "WA": one sentence ending in "." - an AI summary, or a title that ends in "."
        if (
            not terminal(u.text)
            and title_shaped(u.text)
            and not prose_marks(u.text)
            and not sentence_like(u.text)
        ):
            # "SaRO! Enhancing LLM Safety …": a sentence break inside, no end: abstracts
            # and summaries end with their sentence, titles need not
            return _TITLE
        if not expecting_abstract and next_kind in ("A", "WA") and title_sized(u.text):
            return _TITLE
        if not expecting_abstract and title_shaped(u.text) and not prose_marks(u.text):
            # "Rethinking Score! Distilling … Generation" where a title is due: a title
            # (of a card without an abstract), not a second paragraph of the one before
            return _TITLE
        if expecting_abstract and next_kind == "A" and not nxt.heading and _titleish(u.text):
            # "A Pluggable … Extraction." then a full abstract, under a title without one:
            # a one-clause line then a second paragraph would be the exception
            return _TITLE
        if (
            not expecting_abstract
            and next_kind in ("A", "WA")
            and u.text[0].islower()
            and title_sized(u.text[0].upper() + u.text[1:])
            and (not sentence_like(u.text) or (next_kind == "A" and len(u.text) <= 200))
        ):
            # "physics-informed video diffusion for … equations." before a full abstract:
            # a lower-cased title that ends in "."; abstract after abstract is the exception
            return _TITLE
        return _ABSTRACT

    def _start_card(self, u: _Unit) -> None:
        self._finish_card()
        self.log.record_lines += len(u.parts)
        paper_id = u.ids[0] if u.ids else (self.pre_ids[-1] if self.pre_ids else None)
        self.pre_ids = []
        meta: dict[str, object] = {}
        if self.pre_user is not None:
            meta["submitted_by"], self.pre_user = self.pre_user, None
        self.card = _Card(
            u.text,
            u.first,
            self.page_date,
            paper_id,
            meta=meta,
            heading=u.heading,
            lines=len(u.parts),
        )
        self._take_upvotes()

    def _add_abstract(self, u: _Unit) -> None:
        card = self.card
        if card is None:
            self.log.reject(
                "R_ORPHAN_TEXT",
                self.file,
                u.first,
                f"text without a title: {clip(u.text)}",
                len(u.parts),
            )
            return
        self.log.record_lines += len(u.parts)
        card.lines += len(u.parts)
        if not card.abstract_line:
            card.abstract_line = u.first
        if card.abstract:
            doubt = join_doubt(card.abstract[-1], u.text)
            if doubt is not None:
                self.log.warn("W_ABSTRACT_JOINED", self.file, u.first, doubt)
        card.abstract.append(u.text)
        card.tail = False
        for paper_id in u.ids:
            self._observe_id(paper_id, "abstract", "")

    def _finish_card(self) -> None:
        card = self.card
        if card is None:
            return
        self.card = None
        abstract = " ".join(card.abstract)
        flags: list[str] = []
        if not abstract:
            flags.append("no_abstract")
            self.log.warn(
                "W_NO_ABSTRACT",
                self.file,
                card.line,
                f"title without an abstract: {clip(card.title)}",
            )
        elif is_summary(abstract):
            flags.append("summary")
        if card.cut:
            flags.append("truncated")
        if card.arxiv_id is not None:
            # every card of a Papers page links to its paper page, by its arXiv id
            card.meta.setdefault("paper_url", f"https://huggingface.co/papers/{card.arxiv_id}")
        self.recent.append(abstract or card.title)
        source = Source(self.file, card.line, card.date)
        if abstract and (len(abstract) > TITLE_MAX or not sentence_like(card.title)):
            # a titled paragraph: a card (notes in sentences under a sentence are not)
            self.evidence = True
        self.out.append(
            (
                Record(card.title, abstract, source, card.arxiv_id, tuple(flags), card.meta),
                card.lines,
                card.abstract_line,
            )
        )

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


# --------------------------------------------------------------------------- units


def _title_of(u: _Unit, nxt: _Unit | None) -> bool:
    """A name line followed by ``·`` is a title when an abstract follows it: a full one,
    or a one-sentence summary under a line longer than an organisation's name."""
    if nxt is None or nxt.heading:
        return False
    if nxt.kind == "A":
        return True
    return nxt.kind == "WA" and (len(u.text) > 40 or ": " in u.text)


def _cut_word(parts: list[str], text: str) -> bool:
    """Does ``text`` continue a word the capture's wrap width cut (``{LCLM-Ho`` /
    ``rizon}}.``)? A greedy wrap cuts only a word longer than the line, so the line before
    is one word filling the widest line of the unit, and other lines keep that rhythm."""
    prev = parts[-1]
    n = len(prev)
    if n < 60 or len(parts) < 2 or " " in prev:
        return False
    widest = max(len(p) for p in parts[:-1])
    return n >= widest and n - widest <= n // 10 and text[:1] not in " \t"


def _titleish(s: str) -> bool:
    """Could be a title whatever its case or final period."""
    if title_shaped(s) or title_sized(s):
        return True
    return s[0].islower() and title_sized(s[0].upper() + s[1:]) and not sentence_like(s)


def _page_wrap(prev: str, text: str, width: int) -> bool:
    """On a page seen to wrap its text at ``width``, is the break before ``text`` a wrap?
    The line above fills the width (the next word did not fit on it), and the two lines do
    not read as a title then a sentence (or a sentence end then a title)."""
    n = len(prev)
    if not width * 4 <= n * 5 or n > width or len(text) > width:
        return False
    if n + 1 + len(text.split(" ", 1)[0]) <= width:
        return False
    if title_cased(prev):
        # a title wrapped in two, or a Title Cased first line of prose going on mid-sentence
        return title_cased(text) or text[0] == "(" or (text[0].islower() and not _CAMEL.match(text))
    return not (terminal(prev) and title_cased(text))


def _org_tail(u: _Unit, wrap_width: int, profile: str) -> bool:
    """The unit's last line may be an organisation's name rather than its own text: a
    name, not after a word that cannot end a line, and not where the page wraps (on a
    page wrapped at ``wrap_width`` its first word would have fitted on the line above),
    unless the profile link after it is the name's own (``Salesforce`` +
    ``https://huggingface.co/Salesforce``)."""
    if len(u.parts) < 2 or u.heading or u.cuts or u.linked:
        return False
    tail, above = u.parts[-1], u.parts[-2]
    if not (_name_like(tail) and tail[0].isupper()) or joiner(above):
        return False
    if profile and _alnum(profile[profile.rstrip("/").rfind("/") + 1 :]) == _alnum(tail):
        return True
    return not wrap_width or len(above) + 1 + len(tail.split(" ", 1)[0]) <= wrap_width


def _alnum(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


def _name_like(s: str) -> bool:
    """Could be an organisation's name: a few words, no title punctuation."""
    return len(s) <= 60 and s.count(" ") <= 6 and not any(c in s for c in ":?!.")


def _title_before_abstract(s: str, nxt: _Unit | None, expecting_abstract: bool) -> bool:
    """A sentence-broken unit that is a title by its place: followed by an abstract.

    Where a title is due (after an abstract, or before the first card), any abstract-like
    unit after it will do. Right after a title, the unit is that card's abstract unless it
    cannot be one: no final period and a full abstract after it (then the card before had
    none, and says so with ``W_NO_ABSTRACT``).
    """
    if nxt is None or not title_shaped(s) or prose_marks(s):
        return False
    if expecting_abstract:
        return nxt.kind == "A" and len(nxt.text) > TITLE_MAX
    return nxt.kind in ("A", "WA")


# Deleting these from ASCII text leaves its unprintable characters: a bytes table pass is
# ~2x cheaper than str.isprintable, which looks up every character's Unicode category.
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def _collapse(s: str) -> str:
    """``collapse_ws``, skipped for printable ASCII without double spaces (most lines)."""
    if (
        s.isascii()
        and "  " not in s
        and s[:1] != " "
        and s[-1:] != " "
        and not s.encode("ascii").translate(None, _PRINTABLE_ASCII)
    ):
        return s
    return collapse_ws(s)
