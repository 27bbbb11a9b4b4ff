"""Atom and RSS feeds (the arXiv API's Atom, an RSS feed of daily papers) and OAI-PMH
answers (arXiv's bulk metadata: ``export.arxiv.org/oai2``) -> records.

Each ``<entry>`` (Atom) or ``<item>`` (RSS) becomes an object of its children's text keyed
by their local names (namespaces dropped: ``<arxiv:comment>`` is ``comment``), with what
Atom keeps in attributes (``<category term="cs.CV"/>``, ``<link href=…/>``) and its authors'
``<name>`` as lists, and is then read like a JSON item (``fields``): its title, ``summary``
(RSS: ``description``, its markup taken off) as the abstract, the arXiv id from ``<id>
http://arxiv.org/abs/2503.11731v1</id>`` or a link, ``published`` (RSS: ``pubDate``). The
provenance line is the line of the item's start tag.

An OAI-PMH ``<record>`` keeps its fields two levels down, in its ``<header>`` and in its
metadata's format element (``<arXiv>``, ``<arXivRaw>``, ``<oai_dc:dc>``): those are read
through as if the fields were the record's own. The header's ``oai:arXiv.org:ID`` names the
paper when the metadata does not; an author given as ``<keyname>`` and ``<forenames>`` is
one name, and Dublin Core's ``Surname, Forenames`` is turned round; ``Comment: …`` in a
second ``<dc:description>`` is the comments, not the abstract. (An RSS item's one
``<dc:creator>`` naming all its authors, as arXiv's RSS prints them, is read as a line of
names by ``fields``, as any list of one such name is.) A record the repository marks
deleted (``<header status="deleted">``, no metadata) is a reject that says so.

A document that stops being well-formed keeps the items read before the error; the rest
is one ``R_BAD_XML`` reject with its line. expat fetches no external entity or DTD, and
refuses entity expansions out of proportion to the input ("billion laughs").
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import Any
from xml.parsers import expat

from ...fields import turned_name
from ...records import Record
from ..base import Lines, ParseLog
from .walk import Found, Opts, to_record

__all__ = ["parse_feed"]

_ITEMS = frozenset(("entry", "item", "record"))
# An OAI-PMH record's containers, read through (their format element too: ``_start``).
_THROUGH = frozenset(("header", "metadata"))
# Children whose text is kept as a list: several per item.
_LISTS = frozenset(("category", "creator", "contributor"))
# RSS names for what the readers call by another name.
_RENAMED = {"description": "summary", "pubDate": "published", "creator": "authors"}
# An OAI record's lists, and its names (arXiv's ``created`` is the first version's date).
# (arXivRaw: a ``<version>`` per version, each with its ``<date>``, ``<size>``.)
_OAI_LISTS = _LISTS | {"subject", "setSpec", "date", "size", "source_type"}
_OAI_RENAMED = _RENAMED | {"created": "published", "setSpec": "sets", "date": "dates"}
# The parts of an arXiv-format author's name, in the order they are written.
_NAME_PARTS = ("forenames", "keyname", "suffix")
_TAG = re.compile(r"<[^>]+>")
_OAI_ARXIV = re.compile(r"oai:arXiv\.org:(\S+)$")
# Dublin Core's ``Surname, Forenames`` (one comma, no digits).


def parse_feed(
    lines: Lines,
    file: str,
    log: ParseLog,
    *,
    title_field: str | None = None,
    abstract_field: str | None = None,
) -> Iterator[Record]:
    """The items of one Atom or RSS document, one record each."""
    builder = _Builder()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartElementHandler = builder.start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.text
    builder.line = lambda: parser.CurrentLineNumber
    opts = Opts(title_field, abstract_field)
    last = 0
    try:
        for lineno, text in lines:
            last = lineno
            parser.Parse(text + "\n", False)
            yield from _records(builder, file, log, opts)
        parser.Parse("", True)
    except expat.ExpatError as exc:
        line = min(exc.lineno or last, last)  # (at the end: the last line, not past it)
        log.reject("R_BAD_XML", file, line, f"not well-formed XML from here: {exc}")
    yield from _records(builder, file, log, opts)
    if not builder.seen:
        log.warn("W_NO_ITEMS", file, 1, "no <entry>, <item> or <record> in this XML document")


def _records(builder: _Builder, file: str, log: ParseLog, opts: Opts) -> Iterator[Record]:
    items, builder.done = builder.done, []
    for line, item in items:
        if item.pop(_DELETED, False):
            name = item.get("identifier", "")
            log.reject("R_DELETED", file, line, f"a record marked deleted: {name}".rstrip(": "))
            continue
        record = to_record(Found(item, ()), file, line, log, opts)
        if record is not None:
            yield record


_DELETED = "\0deleted"  # (a key no element can have)
_PLAIN = (_LISTS, _RENAMED)


class _Builder:
    """expat's events -> one object per item, as it closes."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.item: dict[str, Any] | None = None
        self.item_line = 0
        self.depth = 0  # the item element's depth in the stack
        self.texts: list[list[str]] = []
        self.oai = False  # the item is an OAI-PMH record
        self.lists, self.renamed = _PLAIN
        self.through = 0  # containers open inside the item that are read through
        self.name: dict[str, str] = {}  # an arXiv-format author's name parts
        self.done: list[tuple[int, dict[str, Any]]] = []
        self.seen = 0
        self.line = lambda: 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1]
        self.stack.append(local)
        self.texts.append([])
        if self.item is None:
            if local in _ITEMS:
                self.item, self.item_line, self.depth = {}, self.line(), len(self.stack)
                self.oai = local == "record"
                self.lists, self.renamed = (_OAI_LISTS, _OAI_RENAMED) if self.oai else _PLAIN
                self.through = 0
            return
        if self._read_through(local):
            self.through += 1
            if local == "header" and attrs.get("status") == "deleted":
                self.item[_DELETED] = True
        elif local == "category" and "term" in attrs:
            self._add("category", attrs["term"])
        elif local == "primary_category" and "term" in attrs:
            self.item["primary_category"] = attrs["term"]
        elif local == "link" and "href" in attrs:
            # Atom's links: the page (rel="alternate", the first), the PDF, others
            key = "pdf" if attrs.get("title") == "pdf" else "link"
            if key in self.item:
                self._add("links", attrs["href"])
            else:
                self.item[key] = attrs["href"]

    def text(self, data: str) -> None:
        if self.item is not None and self.texts:
            self.texts[-1].append(data)

    def _read_through(self, local: str) -> bool:
        """Whether the element opening now is an OAI record's container (its header, its
        metadata, or the metadata's one format element)."""
        level = len(self.stack) - self.depth  # (the element is on the stack: 1 = a child)
        if self.oai and level == 1 + self.through:
            return local in _THROUGH or self.through == 1 and self.stack[-2] == "metadata"
        return False

    def end(self, name: str) -> None:
        local = self.stack.pop()
        text = " ".join("".join(self.texts.pop()).split())
        item = self.item
        if item is None:
            return
        level = len(self.stack) + 1 - self.depth - self.through  # 1: a field of the item
        if level == 0:
            if len(self.stack) + 1 == self.depth:  # the item itself closes
                self._close(item)
            else:
                self.through -= 1
            return
        if local in _NAME_PARTS and self.stack[-1] == "author":
            if text:
                self.name[local] = text
            return
        if local == "author" and self.name:
            self._add("authors", " ".join(self.name[k] for k in _NAME_PARTS if k in self.name))
            self.name = {}
            return
        if not text or level > 2 and local != "name":
            return  # deeper elements (an affiliation) are no field; an author's name is
        if local == "name" and self.stack[-1] == "author":
            self._add("authors", text)
        elif self.oai and local == "creator":
            self._add("authors", turned_name(text))
        elif self.oai and local == "description" and text.startswith("Comment: "):
            item.setdefault("comments", text.removeprefix("Comment: "))
        elif local == "author":
            item.setdefault("authors", text)  # RSS: the authors as one text
        elif local in ("description", "summary", "content") and "<" in text:
            self._put(local, html.unescape(" ".join(_TAG.sub(" ", text).split())))
        else:
            self._put(local, text)

    def _close(self, item: dict[str, Any]) -> None:
        if "id" not in item and (oai := _OAI_ARXIV.match(item.get("identifier", ""))):
            item["id"] = oai[1]
        if "published" not in item and item.get("dates"):
            item["published"] = item["dates"][0]  # Dublin Core: the first version's date
        self.done.append((self.item_line, item))
        self.seen += 1
        self.item = None

    def _put(self, local: str, text: str) -> None:
        assert self.item is not None
        key = self.renamed.get(local, local)
        if local in self.lists:
            self._add(key, text)
        elif key == "summary" and "summary" in self.item:
            self.item.setdefault("content", text)  # Atom's content beside its summary
        else:
            self.item.setdefault(key, text)

    def _add(self, key: str, value: str) -> None:
        assert self.item is not None
        values = self.item.setdefault(key, [])
        if value not in values:
            values.append(value)
