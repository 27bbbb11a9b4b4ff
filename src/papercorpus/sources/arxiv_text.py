"""arXiv listing pages (``/list/<cat>/new``, ``/recent``) and search results captured as
text -> records.

An entry is an id line (``[1] arXiv:2411.05780 [pdf, html, other]``, possibly
``(cross-list from cs.CL)``) followed by labelled fields (``Title:``, ``Authors:``,
``Comments:``, ``Journal-ref:``, ``Subjects:``...) and, on ``/new`` pages, the abstract:
the paragraph after the fields, usually wrapped at 80 columns. ``/recent`` pages and the
replacement section list no abstracts. The id (version stripped) is the record's
``arxiv_id``; the listing date (``Showing new listings for …`` or a ``Wed, 2 Sep 2026``
section header) is the page date, kept as written. A search results page (``arxiv_marks``)
prints no ``Title:``: the title is the text between the entry's category tags and its
``Authors:``, and its labelled ``Abstract:`` comes before the other fields.

Text is kept as read (TeX accents such as ``Poincar\\'e`` included); wrapped lines are
joined and whitespace collapsed. Lines outside any entry that are not known page chrome
are rejected with their line, never dropped silently.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from itertools import chain, islice

from ..records import Record
from . import arxiv_marks as marks
from .arxiv_capture import capture_habits, id_line, linked_id
from .arxiv_content import EntryText
from .arxiv_entry import BRACKETS, CLOSE, OPEN, Entry
from .arxiv_lines import (
    CITE_MARK,
    CROSS,
    DATELINE,
    DAY_HEADER,
    ENTRY,
    FIELD,
    FIELD_KEYS,
    H2T_ESCAPE,
    HISTORY,
    INLINE_LABEL,
    LYNX_REF,
    MAIL_BREAK,
    MAIL_LINK,
    MAIL_RULE,
    PAGE_CHROME,
    PREAMBLE,
    RAW_TEX,
    REVISED,
    SECTION,
    SECTION_KEYS,
    SHOWING,
    SITE_FOOTER,
    SUBMITTED,
    indent,
)
from .base import Lines, ParseLog
from .md_lines import plain
from .pages.citations import cited as cites
from .pages.citations import uncited
from .pages.preamble import markdown_page

__all__ = ["looks_like_arxiv_text", "parse_arxiv_text"]


def looks_like_arxiv_text(head: list[str]) -> bool:
    """True when the first ~200 lines look like an arXiv page captured as text: an entry's
    id line (or an abstract page's dateline) and, after it, a ``Title:``; or an
    ``Abstract:`` on a page that dates its entries as arXiv does (``originally announced``,
    ``[Submitted on …]``), since another site's card may well print ``Abstract:``."""
    whole = "\n".join(head)  # one scan in C rules out nearly every other page
    if "Showing new listings for" in whole or "submissions (showing" in whole:
        return True
    if "arXiv:" not in whole and "Submitted on" not in whole:
        return False
    dated = "originally announced" in whole or "Submitted on" in whole
    ids = titles = 0
    for raw in head:
        if "arXiv:" in raw or "Submitted on" in raw:
            # a markdown capture's marks: "**arXiv:2503.11780** (cs)", "\[Submitted on …"
            text = plain(raw)
            if "[" in text:  # a text browser's link numbers: "[1] [24]arXiv:2504.05265"
                text = LYNX_REF.sub("", text)
            if "⟨" in text:  # Crawl4AI's citation marks: "arXiv:2411.05780⟨2⟩"
                text = CITE_MARK.sub("", text)
            if "arXiv:" in text and ENTRY.match(id_line(text)) or DATELINE.match(text):
                ids += 1  # an entry's id line, or an abstract page's dateline
        elif (
            ids
            and ("Title:" in raw or dated and ("Abstract:" in raw or "Authors:" in raw))
            and _labels(raw, dated)
        ):
            # an entry's title follows its id line; a "Title:" before any id is a
            # capture's own header (a web export's "Title: Daily Papers - Hugging Face")
            titles += 1
    return ids >= 1 and titles >= 1


_ESCAPED = re.compile(r"\\([\\\[\]])")


# The site footer's lines (SITE_FOOTER) open with one of these and are short: the test
# before its regex on an entry's every line.
_FOOTER_FIRST = frozenset("AHCSPWGacs")
_FOOTER_MAX = 64
# html2text's escape of a list's or a heading's mark opening a line of text.
_H2T_LEAD = re.compile(r"^(\s*\d*)\\([-+.#])")


def _keep_bracket(m: re.Match[str]) -> str:
    c = m.group(1)
    return "\\\\" if c == "\\" else OPEN if c == "[" else CLOSE


def _labelled(m: re.Match[str]) -> bool:
    """The digest's ``Categories:`` holds codes only: ``Categories: A Rule-plus-Bag-of-Words
    Pipeline`` is a title wrapped before its word."""
    if m.re is not FIELD or m.group("name") != "Categories":
        return True
    return marks.category_line(m.group("value").strip()) is not None


def _labels(raw: str, dated: bool) -> bool:
    labels = ("Title:", "Abstract:", "Authors:") if dated else "Title:"
    return plain(raw).lstrip().startswith(labels)


def parse_arxiv_text(lines: Lines, file: str, log: ParseLog) -> Iterator[Record]:
    """Records of one arXiv page captured as text: a listing (``/new``, ``/recent``), search
    results or abstract pages, as a browser copies them or a converter's markdown."""
    it = iter(lines)
    head = list(islice(it, _HEAD))
    texts = [text for _, text in head]
    markdown, _ = markdown_page(texts)
    # Crawl4AI's citation markdown: its marks ("arXiv:2411.05780⟨2⟩") read as the links
    # they stand for, its reference list as link definitions (pages.citations)
    cited = cites(texts)
    if cited:
        head, it = uncited(head, it)
        texts = [text for _, text in head]
    # (a capture cut below the page's heading is a converter's markdown by its id lines'
    # links alone; an abstract's own "[code](https://…)" makes no page markdown)
    markdown = markdown or cited or any(linked_id(t) for t in texts)
    parser = _ListingParser(file, log, markdown)
    habits = capture_habits(texts)  # (the tool that wrote the page: ``arxiv_capture``)
    parser.marked_authors = habits.marked_authors
    parser.raw_tex = habits.raw_tex
    parser.width = habits.width
    parser.unwrapped = habits.unwrapped
    parser.lynx = habits.lynx
    for lineno, text in chain(head, it):
        parser.feed(lineno, text)
        if parser.out:
            yield from parser.drain()
    parser.finish()
    yield from parser.drain()


# Lines read before the first record to tell a converter's markdown from a text copy.
_HEAD = 200
# The lines of a search entry's title a capture cut above its Authors: may hold.
_ORPHAN_MAX = 3


class _ListingParser(EntryText):
    def __init__(self, file: str, log: ParseLog, markdown: bool = False) -> None:
        self.file = file
        self.log = log
        self.markdown = markdown  # the capture is markdown: its marks and escapes go
        self.out: list[Record] = []
        self.records = 0  # records made so far
        self.entry: Entry | None = None
        self.date: str | None = None
        self.section = "new"
        self.blank = False  # a blank line since the last content line of the entry
        self.with_abstracts = 0  # entries so far that had one: abstracts are expected
        self.recent: deque[str] = deque(maxlen=50)
        self.stray: tuple[int, str, str] | None = None  # a short line after a blank, held
        self.mail_class = False  # the next line names the digest's subject class
        self.marked_authors = (
            False  # the page labels or links its authors (``arxiv_capture.marked_authors``)
        )
        self.raw_tex = False  # the page shows single backslashes: its writer doubles none
        self.width = 0  # the page's wrap width (``arxiv_capture``), 0: not wrapped
        self.lynx = False  # a text browser numbers the page's links: "[24]arXiv:…"
        self.unwrapped = False  # the capture wraps no line (``arxiv_capture``): a title is one line
        self.prev_len = 0  # the length of the last line read
        self.prev_line = 0  # the number of the last line read (blank lines aside)
        self.orphans: list[tuple[int, str]] = []  # rejected lines just above, outside entries

    def drain(self) -> list[Record]:
        out, self.out = self.out, []
        return out

    def feed(self, lineno: int, text: str) -> None:
        s = text.strip()
        if not s:
            self.blank = True
            self.log.blank_lines += 1
            return
        self._feed(lineno, text, s)
        self.prev_len = len(text.rstrip())
        self.prev_line = lineno

    def _title_goes_on(self, t: str) -> bool:
        """Right under a title, on a page that marks its authors or under a title line that
        filled the page's width, a line may be the title's own however it reads (a title
        wrapped before ``References`` or ``Help``): no page chrome."""
        entry = self.entry
        return (
            entry is not None
            and not self.blank
            and entry.current == "title"
            and bool(entry.title)
            and "authors" not in entry.fields
            and entry.pending is None
            and (self.marked_authors or self._full(t))
        )

    def _feed(self, lineno: int, text: str, s: str) -> None:
        if self.markdown:
            raw = "\\" in text and (self.raw_tex or RAW_TEX.search(text) is not None)
            if not raw and ("\\[" in text or "\\]" in text):
                # an escaped bracket is the page's text: no link opens there
                text = _ESCAPED.sub(_keep_bracket, text)
            text = plain(text, tooltip=marks.abs_links, escapes=not raw)
            if raw:  # html2text's: a backslash before its own marks, doubled, and a
                # list's mark at a line's start ("\\- The field …")
                text = H2T_ESCAPE.sub(r"\1", text)
                if "\\" in text[:8]:
                    text = _H2T_LEAD.sub(r"\1\2", text)
            s = text.strip()
            if not s:  # a table's rule or empty header row
                self.log.drop_chrome("markup")
                self.blank = False
                return
        if (s[0] in "-%\\" or self.mail_class) and self._mail(s):
            self.blank = s == MAIL_BREAK  # (the fields end at the break before the abstract)
            return
        # a text browser's link numbers ("[10]arXiv:…") hide the structure, not content
        v = LYNX_REF.sub("", s) if self.lynx and "[" in s else s
        t = id_line(
            v.translate(BRACKETS) if self.markdown else v
        )  # a converter's links: matched on their text
        if "arXiv:" in t and (m := ENTRY.match(t)) is not None:
            self._start(lineno, m)
            self._count_line()
        elif (m := FIELD.match(t) or SUBMITTED.match(t)) is not None and _labelled(m):
            if self.stray is not None:
                self._finish()  # as before the hold: the short line ended the entry
            if m.re is SUBMITTED:
                self._field(lineno, "Submitted", m.group("value"))
            else:
                self._fields(lineno, m.group("name"), v.split(":", 1)[1])
            if self.entry is not None:
                self.entry.indent = indent(text)
            self._count_line()
        elif s[0] in "UMP" and PREAMBLE.match(t) is not None and self._preamble():
            pass
        elif (m := DATELINE.match(t)) is not None:
            self._dateline(lineno, m)
            self._count_line()
        elif self.entry is not None and (m := REVISED.match(t)) is not None:
            self.entry.meta.update(updated=m.group("date"), size=m.group("size"))
            self.entry.section = "replacement"  # (the digest's replacements print no abstract)
            self._count_line()
        elif self.entry is not None and HISTORY.match(t) is not None:
            self.entry.fields.setdefault("history", []).append(s)  # an abstract page's
            self._count_line()
        elif marks.abs_links(t):
            self.log.drop_chrome("links")
        elif self.entry is not None and not self.entry.title and self._entry_tag(t):
            pass  # counted as chrome or in the entry by _entry_tag
        elif (title_goes_on := self._title_goes_on(t)) or not self._page_chrome(t):
            if (
                not title_goes_on
                and self.entry is not None
                and t[:1] in _FOOTER_FIRST
                and len(t) <= _FOOTER_MAX
                and SITE_FOOTER.match(t)
            ):
                self._finish()  # (the site's footer: reported below, outside any entry)
            self._content(lineno, text, s)
            # the line is in the entry unless it was rejected (no entry) or is held
            if self.stray is None or self.stray[0] != lineno:
                self._count_line()
        self.blank = False

    def _mail(self, s: str) -> bool:
        """arXiv's e-mail digest: its breaks, closing links and rules (chrome that parts the
        entries), and the subject class under its ``Submissions to:``."""
        entry = self.entry
        if self.mail_class:
            self.mail_class = False
            if MAIL_RULE.match(s) is None and entry is None:
                self.log.drop_chrome("header")  # "Computer Vision and Pattern Recognition"
                return True
        if s == MAIL_BREAK:
            if entry is not None and entry.title:
                entry.current = "abstract"
            self.log.drop_chrome("markup")
        elif (m := MAIL_LINK.match(s)) is not None:
            if entry is not None:
                entry.meta["size"] = m.group("size")
                if entry.arxiv_id is None:
                    entry.arxiv_id = marks.cited_id(m.group("url"))
            self.log.drop_chrome("links")
            self._finish()
        elif MAIL_RULE.match(s) is not None:
            self.log.drop_chrome("markup")
            self._finish()
        else:
            return False
        return True

    def _count_line(self) -> None:
        if self.entry is not None:
            self.entry.n_lines += 1

    def _page_chrome(self, s: str) -> bool:
        """Listing-level lines: dates, section headers, pagination. They end an entry."""
        if (m := SECTION.match(s)) is not None:
            self.section = SECTION_KEYS[m.group("name")]
            kind = "section"
        elif (m := SHOWING.match(s)) is not None:
            self.date = m.group("date")
            self.section = "new"
            kind = "header"
        elif (m := DAY_HEADER.match(s)) is not None:
            self.date = m.group("date")
            self.section = "recent"
            kind = "header"
        elif PAGE_CHROME.match(s):
            kind = "pagination" if "|" in s or "entries" in s else "header"
        else:
            return False
        self._finish()
        self.log.drop_chrome(kind)
        return True

    def _entry_tag(self, t: str) -> bool:
        """What a search entry prints between its id line and its title: format links,
        category tags, a DOI tag. Links and the tag's label are chrome; the rest, values."""
        entry = self.entry
        assert entry is not None
        if marks.format_links(t) or t == "doi":
            self.log.drop_chrome("links")
            return True
        if entry.abstract:
            return False
        if (tags := marks.category_line(t)) is not None:
            entry.tags += tags
        elif (doi := marks.doi_value(t)) is not None:
            entry.fields["doi"] = [doi]
        else:
            return False
        self._count_line()
        return True

    def _dateline(self, lineno: int, m: re.Match[str]) -> None:
        """An abstract page's ``[Submitted on …]``: under its id line, or the entry's first."""
        entry = self.entry
        if entry is None or entry.title or entry.abstract:
            self._finish()
            entry = self.entry = Entry(None, lineno, self.section, self.date, {})
            entry.meta["section"] = self.section
            entry.dateline = True
        entry.meta.update(marks.read_dateline(m.group("v1"), m.group("rest")))

    def _start(self, lineno: int, m: re.Match[str]) -> None:
        self._finish()
        meta: dict[str, object] = {"section": self.section}
        cross = CROSS.search(m.group("rest"))
        if cross is not None:
            meta["cross_list_from"] = cross.group(1)
        elif "*cross-listing*" in m.group("rest"):
            meta["cross_listing"] = True  # the e-mail digest's mark
        if m.group("version"):
            meta["version"] = m.group("version")
        self.entry = Entry(m.group("id"), lineno, self.section, self.date, meta)

    def _fields(self, lineno: int, name: str, value: str) -> None:
        """A labelled line; the search page prints its classes as several on one line."""
        first, *more = INLINE_LABEL.split(value)
        self._field(lineno, name, first)
        for part in more:
            label, _, rest = part.partition(":")
            self._field(lineno, label.strip(), rest)

    def _field(self, lineno: int, name: str, value: str) -> None:
        key = FIELD_KEYS[name]
        entry = self.entry
        if entry is not None and entry.pending is not None:
            self._settle(entry, as_title=False)
        if key == "mail_date" and entry is None:
            self.log.drop_chrome("header")  # the digest's own mail header
            return
        if entry is None or (key == "title" and (entry.title or entry.abstract)):
            # a Title: with no id line before it (lost, or a dump without ids)
            self._finish()
            self.log.warn("W_ARXIV_NO_ID", self.file, lineno, "entry without an arXiv: id line")
            entry = self.entry = Entry(None, lineno, self.section, self.date, {})
            entry.meta["section"] = self.section
            if key == "authors":
                self._orphan_title(entry, lineno)
        elif entry.abstract and not entry.labelled:
            self.log.warn("W_ARXIV_FIELD_ORDER", self.file, lineno, f"{name}: after the abstract")
        entry.current = key
        value = value.strip()
        if key == "abstract":
            entry.labelled = True  # the search layout: its other fields come after it
            if value:
                entry.abstract.append(value)
                entry.meta["abstract_line"] = lineno
            return
        if key == "title":
            if value:
                entry.title.append(value)
                entry.title_line = lineno
            return
        entry.fields.setdefault(key, [])
        if value:
            entry.fields[key].append(value)

    def _preamble(self) -> bool:
        """A reader service's ``URL Source:`` / ``Markdown Content:`` above the page: the
        ``Title:`` above it named the page (``Title: Computation and Language``), not an
        entry. Inside an entry, such a line is the entry's text."""
        entry = self.entry
        if entry is not None and (
            entry.arxiv_id is not None
            or entry.fields
            or entry.abstract
            or entry.tags
            or entry.dateline
            or self.records
        ):
            return False
        if entry is not None:
            self.entry = None
            self.log.drop_chrome("preamble", entry.n_lines)
            warnings = self.log.warnings
            if warnings and warnings[-1].code == "W_ARXIV_NO_ID":
                warnings.pop()  # (the warning that Title: raised)
        self.log.drop_chrome("preamble")
        return True

    def _orphan_title(self, entry: Entry, lineno: int) -> None:
        """A capture cut mid-list above a search entry's title: the unlabelled lines right
        above its ``Authors:`` (rejected as outside any entry; blank lines between them
        aside) are its title."""
        orphans = self.orphans
        if not orphans or orphans[-1][0] != self.prev_line or len(orphans) > _ORPHAN_MAX:
            return
        rejects = self.log.rejects
        if len(rejects) < len(orphans) or rejects[-1].line != orphans[-1][0]:
            return
        del rejects[-len(orphans) :]
        self.log.reject_lines -= len(orphans)
        entry.title = [s for _, s in orphans]
        entry.line = entry.title_line = orphans[0][0]
        entry.n_lines += len(orphans)
        orphans.clear()
