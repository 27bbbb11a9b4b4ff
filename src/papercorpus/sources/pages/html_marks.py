"""HTML a capture of a listing left unrendered on its lines (``&amp;``, ``&nbsp;``,
``<br>``), read as a browser shows it, and the count of lines by which a page's head shows
a habit (``habit``: HTML was the first habit read so, whence ``HTML_LINES``; the card's
other marks, ``card_marks``, count theirs the same way).

A plain-text page that spells ``&amp;`` once means it (``tests/fixtures/**/row23_encoding.txt``:
"double-escaped entities … are kept as read"): the entities are read only on a page whose
head shows them on ``HTML_LINES`` lines or more (``html_page``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Final

__all__ = [
    "HTML_LINES",
    "habit",
    "html_break",
    "html_lines",
    "html_page",
    "html_text",
    "unbreak_html",
    "unescape_html",
]

# the named entities and line breaks a capture of HTML leaves as text
_HTML: Final = re.compile(r"&(?:amp|nbsp|lt|gt|quot|apos|#39);|<br\s*/?>")
_HTML_TEXT: Final = {
    "&amp;": "&",
    "&nbsp;": " ",
    "&lt;": "<",
    "&gt;": ">",
    "&quot;": '"',
    "&apos;": "'",
    "&#39;": "'",
}


# lines of the page's first ``repeats.WINDOW`` that show HTML for the page to be read as
# one a capture left HTML on (a listing's capture shows it on every card)
HTML_LINES: Final = 3


def habit(window: list[str], shows: Callable[[str], bool]) -> bool:
    """Does ``shows`` hold on ``HTML_LINES`` lines of ``window`` or more? (One line is the
    paper's text; a page's habit repeats on its cards.)"""
    n = 0
    for s in window:
        if shows(s):
            n += 1
            if n >= HTML_LINES:
                return True
    return False


def html_page(window: list[str]) -> bool:
    """Does the head of a page (its lines read ahead) show HTML a capture left, on
    ``HTML_LINES`` lines or more?"""
    return habit(window, _html_line)


def _html_line(s: str) -> bool:
    return ("&" in s or "<br" in s) and _HTML.search(s) is not None


# an HTML line break closing a line (``<br>``, ``<br/>``, ``<br />``)
_BREAK_END: Final = re.compile(r"<br\s*/?>$")


def html_break(s: str) -> bool:
    """Does ``s`` (stripped) close with an HTML line break? On a page a capture left HTML
    on (``html_page``), the capture broke its paragraph there: the line under it goes on
    the same text, as under markdown's ``\\`` hard break (``novel`` 113 p000253: a line of
    an abstract under one closing with ``<br>`` was cut from it as a card's title)."""
    return s[-1:] == ">" and _BREAK_END.search(s) is not None


def html_text(raw: str) -> str:
    """A line of a page a capture left HTML on (``html_page``), as a browser shows it: its
    named entities read (``&nbsp;`` a space, ``&amp;`` ``&``) and a line break inside it a
    space; one closing it is kept (``html_break``: the paragraph goes on under it), and so
    are its indent and its width as shown. The page wrapped the text it shows: a line of an
    abstract holding ``&nbsp;`` is no wider than its neighbours (``novel`` 113 p000069, read
    as six characters it parted the abstract's lines as too wide for their paragraph, and
    the cards' furniture, on half the paragraphs, went unlearned)."""
    if "&" not in raw and "<" not in raw:
        return raw
    end = raw.rstrip()
    tail = ""
    if end[-1:] == ">" and (m := _BREAK_END.search(end)) is not None:
        end, tail = end[: m.start()], end[m.start() :]
    out = _HTML.sub(lambda m: _HTML_TEXT.get(m[0], " "), end)
    return out + tail if out is not end or tail else raw


def html_lines(lines: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """``lines`` (numbered) as ``html_text`` reads each."""
    for n, s in lines:
        yield n, html_text(s)


def unbreak_html(s: str) -> str:
    """``s`` (a card's text read by ``html_text``) with the line breaks that closed its
    lines read as spaces."""
    if "<" not in s:
        return s
    return " ".join(_HTML.sub(" ", s).split())


def unescape_html(s: str) -> str:
    """``s`` with the named entities and ``<br>`` read as a browser shows them (a line
    break joins as a space, as the abstract's lines do)."""
    if "&" not in s and "<" not in s:
        return s
    out = _HTML.sub(lambda m: _HTML_TEXT.get(m[0], " "), s)
    return " ".join(out.split()) if out is not s else s
