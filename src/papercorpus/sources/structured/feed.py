"""Atom and RSS feeds (the arXiv API's Atom, an RSS feed of daily papers) -> records.

Each ``<entry>`` (Atom) or ``<item>`` (RSS) becomes an object of its children's text keyed
by their local names (namespaces dropped: ``<arxiv:comment>`` is ``comment``), with what
Atom keeps in attributes (``<category term="cs.CV"/>``, ``<link href=…/>``) and its authors'
``<name>`` as lists, and is then read like a JSON item (``fields``): its title, ``summary``
(RSS: ``description``, its markup taken off) as the abstract, the arXiv id from ``<id>
http://arxiv.org/abs/2503.11731v1</id>`` or a link, ``published`` (RSS: ``pubDate``). The
provenance line is the line of the item's start tag.

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

from ...records import Record
from ..base import Lines, ParseLog
from .walk import Found, Opts, to_record

__all__ = ["parse_feed"]

_ITEMS = frozenset(("entry", "item"))
# Children whose text is kept as a list: several per item.
_LISTS = frozenset(("category", "creator", "contributor"))
# RSS names for what the readers call by another name.
_RENAMED = {"description": "summary", "pubDate": "published", "creator": "authors"}
_TAG = re.compile(r"<[^>]+>")


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
        log.warn("W_NO_ITEMS", file, 1, "no <entry> or <item> in this XML document")


def _records(builder: _Builder, file: str, log: ParseLog, opts: Opts) -> Iterator[Record]:
    items, builder.done = builder.done, []
    for line, item in items:
        record = to_record(Found(item, ()), file, line, log, opts)
        if record is not None:
            yield record


class _Builder:
    """expat's events -> one object per item, as it closes."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.item: dict[str, Any] | None = None
        self.item_line = 0
        self.depth = 0  # the item element's depth in the stack
        self.texts: list[list[str]] = []
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
            return
        if local == "category" and "term" in attrs:
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

    def end(self, name: str) -> None:
        local = self.stack.pop()
        text = " ".join("".join(self.texts.pop()).split())
        item = self.item
        if item is None:
            return
        if len(self.stack) + 1 == self.depth:  # the item itself closes
            self.done.append((self.item_line, item))
            self.seen += 1
            self.item = None
            return
        if not text or len(self.stack) > self.depth + 1 and local != "name":
            return  # deeper elements (an affiliation) are no field; an author's name is
        if local == "name" and self.stack[-1] == "author":
            self._add("authors", text)
        elif local == "author":
            item.setdefault("authors", text)  # RSS: the authors as one text
        elif local in ("description", "summary", "content") and "<" in text:
            self._put(local, html.unescape(" ".join(_TAG.sub(" ", text).split())))
        else:
            self._put(local, text)

    def _put(self, local: str, text: str) -> None:
        assert self.item is not None
        key = _RENAMED.get(local, local)
        if local in _LISTS:
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
