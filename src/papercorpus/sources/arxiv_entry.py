"""An arXiv page's entry as ``arxiv_text`` reads it, and how a finished entry becomes a
``Record``: its title and abstract (a converter's links their text, a search preview's
``▽ More`` read as the abstract cut there), its fields as the record's metadata (authors
and their count, dates, the digest's size), its flags (``truncated``, ``no_abstract``)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from ..fields import EXTRA
from ..normalize import collapse_ws
from ..records import Record, Source
from . import arxiv_marks as marks
from .arxiv_capture import unlink_refs
from .arxiv_lines import EXTRA_KEYS, LYNX_REF, MAIL_SIZE
from .base import ParseLog
from .md_lines import unlink
from .shape import ends_mid_word

__all__ = ["BRACKETS", "CLOSE", "OPEN", "Entry", "EntryRecords"]

# A markdown page's escaped brackets ("\\[GitHub\\](…)", as the page shows "[GitHub](…)"),
# held as two private characters until the links are read, then given back.
OPEN, CLOSE = "\ue000", "\ue001"
BRACKETS = str.maketrans({OPEN: "[", CLOSE: "]"})


@dataclass(slots=True)
class Entry:
    arxiv_id: str | None
    line: int
    section: str
    date: str | None
    meta: dict[str, object]
    title: list[str] = field(default_factory=list)
    title_line: int = 0
    fields: dict[str, list[str]] = field(default_factory=dict)
    current: str = "id"  # the field the next unlabelled line may continue
    abstract: list[str] = field(default_factory=list)
    n_lines: int = 0  # input lines that went into this entry (per-line accounting)
    tags: list[str] = field(default_factory=list)  # a search entry's category tags
    labelled: bool = False  # its abstract came under an "Abstract:" label (search layout)
    dateline: bool = False  # opened by an abstract page's dateline: its id may come last
    indent: int = 0  # the indent of the current field's label line
    # a line under a title that filled the page's width, on a page that marks no authors:
    # the title's rest if an unlabelled line follows it (the names), else the names
    pending: str | None = None


class EntryRecords:
    """The record half of ``arxiv_text._ListingParser``, which sets every attribute named
    here."""

    file: str
    log: ParseLog
    markdown: bool
    lynx: bool
    out: list[Record]
    records: int
    with_abstracts: int
    recent: deque[str]

    def _settle(self, entry: Entry, as_title: bool) -> None:
        """The held line under a full title: the title's rest, or the authors."""
        line, entry.pending = entry.pending, None
        assert line is not None
        if as_title:
            entry.title.append(line)
        else:
            entry.fields["authors"] = [line]
            entry.current = "authors"

    def _emit(self, entry: Entry | None, at_eof: bool) -> None:
        if entry is None:
            return
        if entry.pending is not None:
            self._settle(entry, as_title=False)
        # (a converter's links are their text; a copy shows an abstract's "[x](url)" as is)
        show = unlink_refs if self.markdown else _as_is
        title = show(collapse_ws(" ".join(entry.title))).translate(BRACKETS)
        if not title:
            self.log.reject(
                "R_NO_TITLE",
                self.file,
                entry.line,
                f"arXiv:{entry.arxiv_id} has no Title: field",
                entry.n_lines,
            )
            return
        self.log.record_lines += entry.n_lines
        arxiv_id = entry.arxiv_id
        if arxiv_id is None and (cite := entry.fields.get("cite_as")):
            arxiv_id = marks.cited_id(" ".join(cite))  # an abstract page names itself last
        if arxiv_id is None and entry.dateline:
            self.log.warn("W_ARXIV_NO_ID", self.file, entry.line, "abstract page without an id")
        abstract = show(collapse_ws(" ".join(entry.abstract))).translate(BRACKETS)
        preview = False
        if entry.labelled or marks.MORE in abstract:
            abstract, preview = marks.read_abstract(abstract)
        meta = entry.meta
        meta.pop("abstract_line", None)
        if entry.tags and "subjects" not in entry.fields:
            meta["subjects"] = " ".join(entry.tags)
        for key, parts in entry.fields.items():
            if parts:
                joined = ("; " if key == "history" else " ").join(parts)
                self._field_value(meta, key, unlink(collapse_ws(joined)).translate(BRACKETS))
        extra = {k: meta.pop(k) for k in list(meta) if k in EXTRA_KEYS}
        if extra:
            meta[EXTRA] = extra
        flags: list[str] = []
        if abstract:
            self.with_abstracts += 1
            if preview:
                flags.append("truncated")
                self.log.warn(
                    "W_TRUNCATED",
                    self.file,
                    entry.title_line,
                    f"arXiv:{arxiv_id}: the page shows the abstract's preview only",
                )
            elif at_eof and ends_mid_word(abstract, self.recent):
                flags.append("truncated")
            self.recent.append(abstract)
        else:
            flags.append("no_abstract")
            if self.with_abstracts and entry.section in ("new", "cross"):
                self.log.warn("W_NO_ABSTRACT", self.file, entry.title_line, f"arXiv:{arxiv_id}")
        source = Source(self.file, entry.title_line or entry.line, entry.date)
        self.out.append(Record(title, abstract, source, arxiv_id, tuple(flags), meta))
        self.records += 1

    def _field_value(self, meta: dict[str, object], key: str, value: str) -> None:
        if key == "authors":
            if self.lynx and "[" in value:  # a text browser's link numbers before the names
                value = LYNX_REF.sub("", value)
            value, n_authors = marks.read_authors(value)
            if n_authors is not None:  # "et al. (4 additional authors not shown)"
                meta["n_authors"] = n_authors
        elif key == "dates" and (dates := marks.read_dates(value)) is not None:
            meta.update(dates)
            return
        elif key == "mail_date":
            if (m := MAIL_SIZE.match(value)) is not None:
                meta["size"] = m.group("size")
                value = m.group("date")
            meta["published"] = value  # a new entry's Date: is its first version's
            return
        meta[key] = value


def _as_is(text: str) -> str:
    return text
