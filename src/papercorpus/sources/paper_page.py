"""Hugging Face paper pages (``huggingface.co/papers/ID``) captured as text -> records.

A paper page shows one paper: the site's navigation, ``arxiv:2503.11731``, the title,
``Published on Mar 14, 2025``, ``Submitted by`` a user ``on Mar 17, 2025``, ``Upvote 12``,
``#3 Paper of the day``, ``Authors:`` (a name a line between ``,`` lines in a text
extraction, ``Name ,`` after an avatar in markdown), the ``Abstract`` heading, HF's AI
one-liner over its caption ``AI-generated summary``, the abstract, then ``View arXiv page``,
``View PDF``, ``Add to collection``, the community thread and the models, datasets, spaces
and collections citing the paper. A text extraction sets the abstract's highlighted terms
apart as paragraphs of their own (``(`` / ``LLMs`` / ``) promise …``). A scraper's file may
hold several pages, and its markdown gives the title as a heading (``## Title`` wrapped, or
underlined) and may print no ``arxiv:`` line.

The record is read between two anchors every capture keeps: the abstract heading, and the
title above it (the text after the ``arxiv:`` line, else the last heading before the
abstract's). The id is the page's own (``arxiv:``, ``Cite arxiv.org/abs/ID``), never a
capture header's URL (a scraper's list can pair a URL with another paper's page). Lines
outside the paper are counted as the page's chrome by the section they sit in (its
navigation, community thread, citing lists, footer), or reported when they are in none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from ..fields import EXTRA
from ..normalize import collapse_ws
from ..records import Record, Source
from .base import Lines, ParseLog
from .md_lines import plain, unlink

__all__ = ["looks_like_paper_page", "parse_paper_pages"]

_ID = re.compile(r"arxiv:(\d{4}\.\d{4,5})", re.IGNORECASE)
_CITED = re.compile(r"(?:Cite arxiv\.org/abs/|hf papers read )(\d{4}\.\d{4,5})\b")
_ABSTRACT = re.compile(r"Abstract:?")
_PUBLISHED = re.compile(r"(?:·\s*)?Published on (.+?)\s*$")
_SUBMITTED = re.compile(r"(?:·\s*)?Submitted by\s*(.*?)\s*(?:\bon (.+?))?\s*$")
_ON_DATE = re.compile(r"on ([A-Z][a-z]{2} \d{1,2}(?:, \d{4})?)$")
_UPVOTE = re.compile(r"Upvote\s*(\d[\d,]*)?\s*$")
_RANK = re.compile(r"#\d+ Papers? of the (?:day|week|month)")
_PLUS = re.compile(r"\+\s*(\d+)(?:\s+authors?)?$")
_COUNT = re.compile(
    r"(Models|Datasets|Spaces) citing this paper\s+(\d[\d,]*)"
    r"|Collections including this paper\s+(\d[\d,]*)"
)
_RULE = re.compile(r"(?:[-=_*]\s*){3,}")
_HEADING = re.compile(r"#{1,6}\s")
# Where the abstract ends: the page's buttons and sections under it (whole lines: an
# abstract's line may well open with "Community").
_ABSTRACT_END = re.compile(
    r"View arXiv page.*|View PDF|Project page|Add to collection|Community|Edit\s*Preview"
    r"|Get this paper in your agent:|GitHub(?:\s+[\d.,]+k?)?|(?:Models|Datasets|Spaces) citing"
    r" this paper(?:\s+[\d,]+)?|Collections including this paper(?:\s+[\d,]+)?"
    r"|· Sign up\s+or\s+log in\s+to comment"
)
# The page's sections, by the heading that opens each: their lines are its chrome.
_SECTIONS = (
    ("community", re.compile(r"Community|Reply|Comment")),
    (
        "citing",
        re.compile(r"(?:Models|Datasets|Spaces) citing this paper.*|Collections including.*"),
    ),
    ("footer", re.compile(r"System theme|Company|Website|TOS\b.*")),
)
# The site's navigation and buttons: chrome wherever they stand.
_NAV = frozenset(
    {
        "Hugging Face", "Hugging Face's logo", "Models", "Datasets", "Spaces", "Posts", "Docs",
        "Enterprise", "Pricing", "Log In", "Sign Up", "Papers", "Copy markdown", "View arXiv page",
        "View PDF", "Add to collection", "·", "Join the discussion on this paper page", "Content",
    }
)  # fmt: skip


# Detection: an abstract heading alone on its line, and a mark only a paper page prints.
_HEADING_ALONE = re.compile(r"[ \t]*(?:#{1,6}[ \t]+|>[ \t]*)?(?:\*\*)?Abstract:?(?:\*\*)?[ \t]*")
_TAG_ALONE = re.compile(r"[ \t]*\[?arxiv:\d{4}\.\d{4,5}\]?[ \t]*")
# (each with what may follow it on its line: a count, a caption's markup; a title; links)
_MARKS = (
    ("AI-generated summary", 20),
    ("View arXiv page", -1),
    ("Models citing this paper", 20),
    ("Paper page - ", -1),
)


def looks_like_paper_page(head: list[str]) -> bool:
    """A paper page: an abstract heading, and the page's own marks (its ``arxiv:`` tag,
    ``AI-generated summary``, ``View arXiv page``, ``Paper page - `` in its title). The
    head is searched as one string, so a listing page costs a few scans in C."""
    whole = "\n".join(head)
    marked = any(_set_apart(whole, m, rest) for m, rest in _MARKS) or (
        "arxiv:" in whole and _alone(whole, "arxiv:", _TAG_ALONE)  # HF's tag, lower-case
    )
    return marked and _alone(whole, "Abstract", _HEADING_ALONE)


# (a mark is the page's where it opens its line, after a capture's markup at most:
# ``## ``, ``[``, ``**Page Title:** ``; an abstract in a listing may well say "each
# AI-generated summary is compared", and a listing may set ``Abstract`` over its cards)
_MARK_LEAD: Final = 20


def _set_apart(whole: str, mark: str, rest: int) -> bool:
    """Does ``mark`` open a line of ``whole`` (``_MARK_LEAD`` characters of markup before
    it at most), with at most ``rest`` characters after it on the line (``-1``: any)?"""
    at = whole.find(mark)
    while at >= 0:
        start = whole.rfind("\n", 0, at) + 1
        if at - start <= _MARK_LEAD:
            if rest < 0:
                return True
            end = whole.find("\n", at)
            if (len(whole) if end < 0 else end) - at - len(mark) <= rest:
                return True
        at = whole.find(mark, at + len(mark))
    return False


def _alone(whole: str, word: str, line: re.Pattern[str]) -> bool:
    """Does ``word`` stand on a line that ``line`` matches whole?"""
    at = whole.find(word)
    while at >= 0:
        start = whole.rfind("\n", 0, at) + 1
        end = whole.find("\n", at)
        end = len(whole) if end < 0 else end
        if line.fullmatch(whole, start, end):
            return True
        at = whole.find(word, end)
    return False


def parse_paper_pages(lines: Lines, file: str, log: ParseLog) -> Iterator[Record]:
    """Records of one capture of one or more Hugging Face paper pages."""
    reader = _PageReader(file, log)
    for lineno, raw in lines:
        reader.feed(lineno, raw)
        yield from reader.drain()
    reader.finish()
    yield from reader.drain()


@dataclass(slots=True)
class _Line:
    lineno: int
    text: str  # as the page shows it: markdown marks, links and images gone
    heading: bool  # a markdown heading, or a line a setext rule underlines
    indented: bool
    after_blank: bool


@dataclass(slots=True)
class _Paper:
    title: str
    title_line: int
    meta: dict[str, object]
    arxiv_id: str | None
    lines: int  # page lines that went into its fields
    summary: list[list[str]] = field(default_factory=list)
    abstract: list[list[str]] = field(default_factory=list)  # paragraphs of lines
    extra: dict[str, object] = field(default_factory=dict)


class _PageReader:
    def __init__(self, file: str, log: ParseLog) -> None:
        self.file = file
        self.log = log
        self.out: list[Record] = []
        self.buffer: list[_Line] = []  # lines since the last abstract ended
        self.paper: _Paper | None = None  # the paper being read, or whose tail this is
        self.in_abstract = False
        self.blank = True
        self.section = ""  # the page section the tail is in
        self.front: bool | None = None  # in a YAML front matter (None: not known yet)

    def drain(self) -> list[Record]:
        out, self.out = self.out, []
        return out

    def feed(self, lineno: int, raw: str) -> None:
        s = raw.strip()
        if not s:
            self.log.blank_lines += 1
            self.blank = True
            if self.in_abstract and self.paper is not None:
                self._new_paragraph(self.paper)
            return
        after_blank, self.blank = self.blank, False
        if self.front is not False:  # a capture tool's YAML header: its own, counted
            self.front = (self.front is None and s == "---") or (bool(self.front) and s != "---")
            if self.front or s == "---":
                self.log.drop_chrome("front_matter")
                return
        if _RULE.fullmatch(s):  # a setext underline, a separator, a thematic break
            self.log.drop_chrome("markup")
            paper = self.paper
            if self.in_abstract and paper is not None and (paper.abstract or paper.summary):
                self.in_abstract = False  # (under the heading itself: its underline)
            elif not self.in_abstract and self.buffer and not after_blank:
                self.buffer[-1].heading = True
            return
        heading = _HEADING.match(s) is not None
        text = collapse_ws(unlink(plain(s), images=False))
        if not text:
            self.log.drop_chrome("markup")
            return
        if self.in_abstract:
            self._abstract_line(lineno, text)
        elif _ABSTRACT.fullmatch(text):
            self._start_abstract(lineno)
        else:
            line = _Line(lineno, text, heading, raw[:1] in " \t", after_blank)
            self.buffer.append(line)

    # -- the abstract ---------------------------------------------------------------

    def _start_abstract(self, lineno: int) -> None:
        head = self._read_head()
        if head is None:
            self.log.reject(
                "R_NO_TITLE", self.file, lineno, "paper page: no title above its abstract"
            )
            return
        self._emit()
        self.paper = head
        head.lines += 1  # the heading itself, part of the record's text
        self.in_abstract = True
        self.section = ""

    def _abstract_line(self, lineno: int, text: str) -> None:
        paper = self.paper
        assert paper is not None
        if text == "AI-generated summary":
            paper.summary, paper.abstract = paper.abstract, []
            paper.lines += 1
            return
        if _ABSTRACT_END.fullmatch(text):
            self.in_abstract = False
            self._tail_line(_Line(lineno, text, False, False, True))
            return
        if not paper.abstract:
            paper.abstract.append([])
        paper.abstract[-1].append(text)
        paper.lines += 1

    def _new_paragraph(self, paper: _Paper) -> None:
        if paper.abstract and paper.abstract[-1]:
            paper.abstract.append([])

    # -- the head: title, id and meta above the abstract ------------------------------

    def _read_head(self) -> _Paper | None:
        """The paper whose abstract heading comes next, from the lines since the last one:
        the tail of the page before (its chrome) and this page's head."""
        lines, self.buffer = self.buffer, []
        used: set[int] = set()
        ids = [(i, m.group(1)) for i, x in enumerate(lines) if (m := _ID.fullmatch(x.text))]
        arxiv_id = None
        if ids:
            start, arxiv_id = ids[-1]
            used.add(start)
            title = self._title_after(lines, start + 1, used)
        else:
            title = self._heading_title(lines, used)
        if not title:
            self._settle(lines, used)
            return None
        meta, extra = self._meta(lines, max(used) + 1, used)
        paper = _Paper(
            " ".join(lines[i].text for i in sorted(title)),
            lines[min(title)].lineno,
            meta,
            arxiv_id,
            0,
            extra=extra,
        )
        paper.lines = self._settle(lines, used)
        return paper

    def _title_after(self, lines: list[_Line], i: int, used: set[int]) -> list[int]:
        title: list[int] = []
        while i < len(lines) and not _meta_line(lines[i].text):
            if lines[i].text != "Copy markdown":
                title.append(i)
            used.add(i)
            i += 1
        return title

    def _heading_title(self, lines: list[_Line], used: set[int]) -> list[int]:
        """No ``arxiv:`` line: the last heading above the meta, with its wrapped rest."""
        end = len(lines)
        # (every line from the first "Authors:" on, then the fields above it)
        authors = next((i for i in range(end) if lines[i].text.startswith("Authors:")), end)
        while end > 0 and (end > authors or _meta_line(lines[end - 1].text)):
            end -= 1
        for i in range(end - 1, -1, -1):
            if lines[i].heading and not lines[i].text.startswith("Paper page - "):
                title = [i]
                j = i + 1
                while j < end and lines[j].indented and not lines[j].after_blank:
                    title.append(j)
                    j += 1
                used.update(title)
                return title
        return []

    def _meta(
        self, lines: list[_Line], i: int, used: set[int]
    ) -> tuple[dict[str, object], dict[str, object]]:
        """The fields from line ``i`` (under the title) to the abstract heading."""
        meta: dict[str, object] = {}
        extra: dict[str, object] = {}
        authors: list[str] = []
        in_authors = False
        while i < len(lines):
            text = lines[i].text
            at = i
            taken = True
            if (m := _PUBLISHED.fullmatch(text)) is not None:
                meta["published"] = m.group(1)
            elif (m := _SUBMITTED.fullmatch(text)) is not None:
                user, when = m.group(1), m.group(2)
                if not user and i + 1 < len(lines):  # the user on the next line
                    i += 1
                    used.add(i)
                    user = lines[i].text
                    if (on := _ON_DATE.search(user)) is not None:
                        user, when = user[: on.start()].strip(), on.group(1)
                if i + 1 < len(lines) and (on := _ON_DATE.fullmatch(lines[i + 1].text)):
                    i += 1
                    used.add(i)
                    when = on.group(1)
                extra["submitted_by"] = user
                if when:
                    extra["submitted_on"] = when
            elif (m := _UPVOTE.fullmatch(text)) is not None:
                count = m.group(1)
                if count is None and i + 1 < len(lines) and lines[i + 1].text.isdigit():
                    i += 1
                    used.add(i)
                    count = lines[i].text
                if count is not None:
                    meta["upvotes"] = int(count.replace(",", ""))
            elif _RANK.fullmatch(text):
                extra["rank"] = text
            elif text.startswith("Authors:"):
                in_authors = True
                authors += _names(text[len("Authors:") :])
            elif in_authors and (m := _PLUS.fullmatch(text)) is not None:
                meta["n_authors"] = len(authors) + int(m.group(1))
            elif in_authors:
                authors += _names(text)
            else:
                taken = False  # avatars of upvoters, "+21", a lone "·": chrome
            if taken:
                used.add(at)
            i += 1
        if authors:
            meta["authors"] = authors
        return meta, extra

    def _settle(self, lines: list[_Line], used: set[int]) -> int:
        """Count the lines no field took: the page's chrome by section, or rejects."""
        for i, line in enumerate(lines):
            if i not in used:
                self._tail_line(line)
        return len(used)

    # -- the tail: the page's sections after the abstract ------------------------------

    def _tail_line(self, line: _Line) -> None:
        text = line.text
        for name, pattern in _SECTIONS:
            if pattern.fullmatch(text):
                self.section = name
        paper = self.paper
        if paper is not None:
            if (m := _COUNT.fullmatch(text)) is not None:
                key = f"{m.group(1).lower()}_citing" if m.group(1) else "collections"
                paper.extra[key] = int((m.group(2) or m.group(3)).replace(",", ""))
            elif paper.arxiv_id is None and (m := _CITED.search(text)) is not None:
                paper.arxiv_id = m.group(1)
        if text in _NAV or self.section:
            self.log.drop_chrome(self.section or "nav")
        elif text.startswith("Paper page - ") or _PLUS.fullmatch(text):
            self.log.drop_chrome("nav")  # the page's own title; the count of upvoters' avatars
        elif paper is not None:
            self.log.drop_chrome("page")  # under the abstract, before any section
        else:
            self.log.reject(
                "R_UNPARSED", self.file, line.lineno, f"outside the paper page: {text[:80]}"
            )

    def finish(self) -> None:
        for line in self.buffer:
            self._tail_line(line)
        self.buffer = []
        self._emit()

    def _emit(self) -> None:
        """The paper read so far, once its tail (the values its sections show) is read."""
        paper, self.paper = self.paper, None
        if paper is None:
            return
        summary = _joined(paper.summary)
        paragraphs = [p for p in paper.abstract if p]
        if not summary and (split := _leading_summary(paragraphs)) is not None:
            summary, paragraphs = split
        abstract = _joined(paragraphs)
        meta = paper.meta
        if summary:
            meta["ai_summary"] = summary
        if paper.extra:
            meta[EXTRA] = paper.extra
        flags = () if abstract else ("no_abstract",)
        self.log.record_lines += paper.lines
        source = Source(self.file, paper.title_line, None)
        self.out.append(Record(paper.title, abstract, source, paper.arxiv_id, flags, meta))


def _meta_line(text: str) -> bool:
    return bool(
        _PUBLISHED.fullmatch(text)
        or _SUBMITTED.fullmatch(text)
        or _UPVOTE.fullmatch(text)
        or _RANK.fullmatch(text)
        or text.startswith("Authors:")
    )


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",") if n.strip()]


def _joined(paragraphs: list[list[str]]) -> str:
    """The abstract's text. A text extraction sets each highlighted term apart as its own
    paragraph, so pieces are glued as the words were: no space before ``, . ; : ) ! ? %``
    or a hyphen, none after ``( [ / -`` (``(`` + ``LLMs`` + ``) promise`` is ``(LLMs)
    promise``, ``AgentClinic`` + ``-NEJM`` one word)."""
    out = ""
    for lines in paragraphs:
        piece = " ".join(lines)
        if not piece:
            continue
        if out and not (piece[0] in ",.;:)!?%]-" or out[-1] in "([/-"):
            out += " "
        out += piece
    return out


# HF's AI one-liner printed with no caption (a scraper's markdown): a first line far longer
# than the abstract's own wrap, ending a sentence, over a paragraph wrapped narrower.
_SUMMARY_MIN = 100
_WRAP_MAX = 90


def _leading_summary(paragraphs: list[list[str]]) -> tuple[str, list[list[str]]] | None:
    if not paragraphs or len(paragraphs[0]) < 4:
        return None
    first, *rest = paragraphs[0]
    if (
        len(first) < _SUMMARY_MIN
        or not first.endswith(".")
        or any(len(x) > _WRAP_MAX for x in rest)
    ):
        return None
    return first, [rest, *paragraphs[1:]]
