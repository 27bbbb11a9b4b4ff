"""One line of a converter's markdown read as the page shows it.

The readers of captures whose layout they know (``arxiv_text``, ``paper_page``) match their
labels and anchors on a line's text, not its markup: a link is its text (``[arXiv:2503.11742]
(https://…)``, ``[View PDF](… "title")``), an image is nothing or its alt text, a heading,
block quote or list mark is no part of the text, CommonMark's backslash escapes are undone
and a table row is its cells. The page parser has its own, richer, reading of markdown
(``pages.links``, ``pages.preamble``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["ESCAPE", "plain", "unlink"]

_URL = r"\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)"
# ``[text](url "title")``: the text of a markdown link; an image inside a link keeps its alt.
_LINK = re.compile(r"!?\[([^\[\]]*)\]" + _URL)
_IMAGE = re.compile(r"!\[[^\[\]]*\]" + _URL)
# A markdown line's marks: headings, block quotes and list bullets before its text, bold
# around it, CommonMark's backslash escapes inside it, a table's cell bars and line breaks.
_LEAD = re.compile(r"(?:#{1,6}\s+|>\s?|[-*+]\s+)+")
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # (the page parser's too)
_CELL_BAR = re.compile(r"(?<!\\)\|")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def unlink(text: str, images: bool = True) -> str:
    """``[arXiv:2503.11742](https://…)`` -> ``arXiv:2503.11742``; text without links as is.
    ``images=False`` drops an image (an avatar, a logo) instead of keeping its alt text."""
    if "](" not in text:
        return text
    if not images and "![" in text:
        text = _IMAGE.sub("", text)
    while True:
        out = _LINK.sub(r"\1", text)
        if out == text:
            return out
        text = out  # an image inside a link: the link's text is the image's alt


def plain(line: str, tooltip: Callable[[str], bool] | None = None, escapes: bool = True) -> str:
    """A line of a markdown capture as the page shows it: no heading, quote or list marks,
    no bold, escapes undone, its indentation kept; a table row as its cells joined by a tab
    (a row whose first cell is empty opens with one, as a field's next line does in the
    page's text copy), "" for a rule or an empty row. Links stay: a link wrapped over lines
    is undone whole. Parts of a cell after ``<br>`` that ``tooltip`` says are a tooltip
    (``Focus to learn more``) are left out. ``escapes=False``: backslashes stay (a writer
    that escapes nothing but a backslash before its own marks: html2text)."""
    s = line.strip()
    indent = line[: len(line) - len(line.lstrip())]  # a wrapped piece's indentation tells
    if len(s) > 1 and s[0] == "|" and s[-1] == "|":
        cells = [_breaks(c, tooltip) for c in _CELL_BAR.split(s[1:-1])]
        if all(not c.strip("-: ") for c in cells):
            return ""
        s = "\t".join(cells)
    else:
        if (lead := _LEAD.match(s)) is not None:
            s = s[lead.end() :]
        s = _breaks(s, tooltip)
    if "**" in s:
        s = s.replace("**", "")
    if escapes and "\\" in s:
        s = ESCAPE.sub(r"\1", s)
    return indent + s if s else s


def _breaks(s: str, tooltip: Callable[[str], bool] | None) -> str:
    s = s.strip()
    if "<" not in s or not _BREAK.search(s):
        return s
    parts = (p.strip() for p in _BREAK.split(s))
    return " ".join(p for p in parts if p and not (tooltip and tooltip(p)))
