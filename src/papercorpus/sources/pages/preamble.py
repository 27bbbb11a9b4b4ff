"""The head of a page dump: whether an input reads as one, and the lines a capture tool
wrote before the page header (a YAML front matter and chrome are dropped and counted,
anything else is rejected with its line).
"""

from __future__ import annotations

import re
from typing import Final

from ..base import ParseLog
from ..browser_marks import unmark_links
from ..chrome import classify_chrome
from ..shape import TITLE_MAX, clip

__all__ = [
    "HEAD_LINES",
    "is_fence",
    "log_preamble",
    "looks_like_pages",
    "markdown_page",
    "preamble_end",
    "raw_backslash",
    "unglue",
]

# Lines looked at for a capture tool's preamble before the page header.
HEAD_LINES: Final = 200

_HEADER_ANCHOR: Final = re.compile(
    r"(?:#+\s*)?(?:Get trending papers in your email inbox"
    r"|(?:Daily|Trending) Papers(?: - Hugging Face)?\s*$"
    r"|by\b.{0,200}\band the research community\s*$)"
)
_HF_MARKERS: Final = (
    "Get trending papers in your email inbox",
    "and the research community",
    "huggingface.co/papers/",
    "Daily Papers",
    "Trending Papers",
)


def looks_like_pages(head: list[str]) -> bool:
    """True when the first lines show Hugging Face page text or title/abstract prose."""
    long_lines = 0
    for text in head:
        if any(marker in text for marker in _HF_MARKERS):
            return True
        long_lines += len(text) > TITLE_MAX
    return long_lines >= 2


_ATX_HEADING: Final = re.compile(r"#{1,6}\s+\S")


def is_fence(s: str) -> bool:
    """A code fence line (`````text``, ``~~~``): text inside one is literal."""
    return s.startswith(("```", "~~~"))


# A backslash the page's writer did not put there: a lone one (an odd run) before "%",
# "&" or "'", which markdown writers never escape (LaTeX in arXiv abstracts: ``97.17\%``,
# ``Moir\'e``, ``Q\&A``). turndown and pandoc double a text's backslash (``35.3\\%``);
# html2text and markdownify leave this one lone, and CommonMark reads it as an escape.
_RAW_BACKSLASH: Final = re.compile(r"(?<!\\)(?:\\\\)*\\[%&']")


def raw_backslash(text: str) -> bool:
    """Does the text show a lone backslash before ``%``, ``&`` or ``'`` (``97.17\\%``)?"""
    return _RAW_BACKSLASH.search(text) is not None


def markdown_page(texts: list[str]) -> tuple[bool, bool]:
    """Is the page markdown (its text carries CommonMark backslash escapes), and does it
    show markdown links? A heading outside a code fence says markdown; a text browser's
    capture inside a ```` ```text ```` fence and plain exports show text as it is
    (``35.3\\%`` in a LaTeX abstract stays). A page with headings but no link, whose text
    shows a lone backslash no writer doubled (``raw_backslash``), is no converter's
    markdown either: a converter writes the listing's links (``[Daily](/papers)``,
    ``### [Title](/papers/ID)``); it is text under heading marks, shown as it is."""
    fenced = heading = linked = raw = False
    for text in texts:
        s = text.strip()
        if is_fence(s):
            fenced = not fenced
        elif fenced:
            continue
        elif s[:1] == "#" and _ATX_HEADING.match(s):
            heading = True
        linked = linked or "](" in s or "][" in s
        raw = raw or ("\\" in s and raw_backslash(s))
    return heading and (linked or not raw), linked


def preamble_end(texts: list[str]) -> int:
    """Index of the page header when a capture tool wrote lines before it, else the end
    of a YAML front matter (0 without one).

    Only when nothing card-like (an abstract-length line, a ``###`` heading) comes
    before the header, so a header-less dump is never mistaken for preamble.
    """
    front = _front_matter_end(texts)
    for i in range(front, len(texts)):
        s = texts[i].strip()
        if "\xa0" in s:  # "Daily\xa0Papers": a no-break space is a space to the header
            s = s.replace("\xa0", " ")
        if len(s) > TITLE_MAX or s.startswith("###"):
            return front
        if _HEADER_ANCHOR.match(s):
            return i
    return front


def _front_matter_end(texts: list[str]) -> int:
    """Lines of a leading ``---`` … ``---`` block, as capture tools write (0 if none)."""
    if not texts or texts[0].strip() != "---":
        return 0
    for i in range(1, len(texts)):
        if texts[i].strip() == "---":
            return i + 1
    return 0


def log_preamble(head: list[tuple[int, str]], file: str, log: ParseLog) -> None:
    """A YAML front matter is chrome; other unknown lines before the header are rejected."""
    in_front = bool(head) and head[0][1].strip() == "---"
    for i, (lineno, text) in enumerate(head):
        s = text.strip()
        if not s:
            log.blank_lines += 1
            continue
        if in_front:
            log.drop_chrome("frontmatter")
            in_front = not (i > 0 and s == "---")
            continue
        kind = classify_chrome(unmark_links(s) or s)
        if kind is not None:
            log.drop_chrome(kind)
        else:
            log.reject("R_PREAMBLE", file, lineno, f"text before the page header: {clip(s)}")


_SUBSCRIBE_WORD: Final = re.compile(r"(?:rs?|[ds])\b")  # Subscriber(s), Subscribed, Subscribes


def unglue(s: str) -> str:
    """``SubscribeGiraffe: …`` (layout B): the header button glued to the first title."""
    rest = s[9:]
    if rest[0].isspace() or _SUBSCRIBE_WORD.match(rest):
        return s  # "Subscribers …" is a word, not the button ("Subscribeagentic …" is)
    return rest.lstrip()  # the line is counted once, as the title it holds
