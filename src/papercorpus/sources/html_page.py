"""HTML pages saved as they were served (``Save page as``, ``curl -o``) -> records.

Hugging Face renders its paper lists and paper pages from JSON it embeds in the page, one
component each: ``<div class="SVELTE_HYDRATER contents" data-target="DailyPapers"
data-props="{&quot;dailyPapers&quot;:[{&quot;paper&quot;:{&quot;id&quot;:…``. That JSON
holds every field the page shows and more (the whole abstract, every author), so it is read
first, as a JSON document would be (``structured``): an item that names a paper (a title
and an arXiv id) is a record, its line the line of its component. A page without such JSON
(an arXiv listing or abstract page, another site) is turned into text as a text browser
would (blocks on their own lines, headings marked, links as ``[text](url)``, scripts and
styles left out), and that text is read by the reader its content calls for (listing
pages, paper pages, arXiv pages), each line keeping the number of the HTML line it came
from.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from html.parser import HTMLParser

import orjson

from ..records import Record
from .base import Lines, ParseLog
from .pages.preamble import markdown_page
from .structured.walk import Opts, Walker, to_record

__all__ = ["html_text", "parse_html"]

_PROPS = re.compile(r'data-props="([^"]*)"|data-props=\'([^\']*)\'')
_ARXIV_ID = re.compile(r"\d{4}\.\d{4,5}")
_HEAD = 200  # lines of the page's text that tell markdown from plain text, as for a capture


def parse_html(
    lines: Lines,
    file: str,
    log: ParseLog,
    *,
    text_parser: Callable[[Lines, str, ParseLog], Iterator[Record]],
    opts: Opts,
) -> Iterator[Record]:
    """The papers of one HTML page: from its embedded JSON when it has some, else from its
    text (``text_parser`` reads the text lines, as ``clean`` reads a text capture)."""
    numbered = list(lines)
    if not numbered:
        return
    first = numbered[0][0]
    source = "\n".join(text for _, text in numbered)
    records = list(_embedded(source, first, file, log, opts))
    if records:
        log.drop_chrome("html", len(numbered))
        yield from records
        return
    text = html_text(source, first)
    if not markdown_page([t for _, t in text[:_HEAD]])[0]:
        # read as plain text (no heading): its backslashes are the page's own again
        text = [(n, t.replace("\\\\", "\\")) if "\\" in t else (n, t) for n, t in text]
    yield from text_parser(text, file, log)


def _embedded(source: str, first: int, file: str, log: ParseLog, opts: Opts) -> Iterator[Record]:
    for m in _PROPS.finditer(source):
        raw = html.unescape(m.group(1) if m.group(1) is not None else m.group(2))
        if '"title"' not in raw:
            continue  # a component without a paper in it (a menu, a search box)
        try:
            value = orjson.loads(raw)
        except orjson.JSONDecodeError:
            continue
        line = first + source.count("\n", 0, m.start())
        for found in Walker(opts.title_field).walk(value, ()):
            if not _names_a_paper(found.item):
                continue
            record = to_record(found, file, line, log, opts)
            if record is not None:
                yield record


def _names_a_paper(item: object) -> bool:
    """An item with a title and an arXiv id (``id`` or ``paper.id``): a paper, not one of
    the page's other titled things (a collection, a model, a space)."""
    if not isinstance(item, dict):
        return False
    paper = item.get("paper")
    for obj in (item, paper if isinstance(paper, dict) else None):
        if obj and isinstance(obj.get("id"), str) and _ARXIV_ID.fullmatch(obj["id"]):
            return True
    return False


# -- HTML as a text browser shows it ----------------------------------------------------

_SKIP = frozenset(("script", "style", "noscript", "svg", "head", "template", "button"))
_BLOCK = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tr",
        "ul",
    }
)  # fmt: skip
_HEADING = {f"h{i}": "#" * i + " " for i in range(1, 7)}
_SPACES = re.compile(r"[ \n\r\f\v]+")


def html_text(source: str, first: int = 1) -> list[tuple[int, str]]:
    """The page's text, a block a line, each line numbered by the HTML line its text
    starts on; headings as ``#``, list items as ``* ``, links as ``[text](url)``."""
    reader = _TextReader(first)
    reader.feed(source)
    reader.close()
    reader.flush()
    return reader.lines


class _TextReader(HTMLParser):
    def __init__(self, first: int) -> None:
        super().__init__(convert_charrefs=True)
        self.first = first
        self.lines: list[tuple[int, str]] = []
        self.parts: list[str] = []
        self.line = 0  # the HTML line the current text line starts on
        self.skip = 0
        self.prefix = ""
        self.links: list[tuple[str, int]] = []  # (href, index of the link's first part)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif self.skip:
            return
        elif tag == "br":
            self.flush()
        elif tag in ("td", "th"):
            if self.parts:
                self.parts.append("\t")  # a row's cells on its line: "Comments:<TAB>12 pages"
        elif tag in _BLOCK:
            self.flush()
            self.prefix = _HEADING.get(tag, "* " if tag == "li" else "")
        elif tag == "a":
            href = dict(attrs).get("href") or ""
            self.links.append((href, len(self.parts)))
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self._text(alt)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif self.skip:
            return
        elif tag in _BLOCK:
            self.flush()
        elif tag == "a" and self.links:
            href, at = self.links.pop()
            text = " ".join(" ".join(self.parts[at:]).split())
            if text and href and not href.startswith(("#", "javascript:")):
                self.parts[at:] = [f"[{text}]({href})"]

    def handle_data(self, data: str) -> None:
        if not self.skip and data.strip():
            # the text is written as markdown (links as ``[text](url)``), so a backslash
            # of the page's (arXiv's TeX: ``20.43\%``) is escaped as markdown escapes it
            self._text(data.replace("\\", "\\\\") if "\\" in data else data)

    def _text(self, data: str) -> None:
        if not self.parts:
            self.line = self.first + self.getpos()[0] - 1
        self.parts.append(data)

    def flush(self) -> None:
        text = _SPACES.sub(" ", " ".join(self.parts)).replace(" \t ", "\t").strip()
        if text:
            if self.lines and self.prefix != "* ":
                self.lines.append((self.line, ""))  # blocks apart, as converters set them
            self.lines.append((self.line, self.prefix + text))
        self.parts = []
        self.links = []
        self.prefix = ""
