"""What the head of an arXiv page's capture tells of the tool that wrote it.

A browser's copy wraps nothing; arXiv's own text and the e-mail digest indent a field's
wrapped lines past its label; lynx, w3m and html2text wrap at a width of their own; lynx
numbers its links; a converter's markdown links the id lines and, on most pages, the
authors. ``capture_habits`` reads these off the page's first lines (``arxiv_text`` then
reads every entry by them); the id-line helpers are shared with it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .arxiv_lines import (
    ENTRY,
    FIELD,
    FIELD_KEYS,
    LYNX_REF,
    NUMBER_LINK,
    RAW_TEX,
    REF_LINK,
    author_marks,
    indent,
)
from .md_lines import plain, unlink

__all__ = ["CaptureHabits", "capture_habits", "id_line", "linked_id", "unlink_refs"]


class CaptureHabits(NamedTuple):
    marked_authors: bool  # the page labels or links its authors (``marked_authors``)
    raw_tex: bool  # its backslashes are TeX's as written, not a writer's escapes
    width: int  # the width it wraps its lines at, 0: none (``wrap_width``)
    unwrapped: bool  # it wraps no line: a title is one line (``unwrapped``)
    lynx: bool  # it numbers its links (``[24]arXiv:``)


def capture_habits(texts: list[str]) -> CaptureHabits:
    """The habits of the capture whose first lines are ``texts``."""
    width = 0 if indented_wraps(texts) else wrap_width(texts)
    return CaptureHabits(
        marked_authors(texts),
        # (a page whose writer escapes brackets and underscores escapes every backslash
        # too: one line's odd backslash there, as Crawl4AI leaves in "\https://…⟨88⟩", is
        # that line's)
        any("\\" in t and RAW_TEX.search(t) is not None for t in texts)
        and not any("\\" in t and _TURNDOWN.search(t) is not None for t in texts),
        width,
        not width and unwrapped(texts),
        any("[" in t and _LYNX_LINK.search(t) is not None for t in texts),
    )


# An escape only a writer that escapes every backslash writes (turndown: Jina, firecrawl):
# a single backslash before a bracket, an underscore, an asterisk or a backtick.
_TURNDOWN = re.compile(r"(?<!\\)\\[\[\]_*`]")
# A text browser's link number before a link's text (``[24]arXiv:``, ``[41]Wei Liu``): the
# page numbers its links, and such numbers go from its lines. (On another page ``[5].``
# is an abstract's citation, kept.)
_LYNX_LINK = re.compile(r"\[\d+\](?:arXiv:|[^\W\d_])")


def linked_id(text: str) -> bool:
    """An id line as a converter writes it: ``[arXiv:2411.05780](https://arxiv.org/abs/…)``."""
    return "[arXiv:" in text and "](" in text


def id_line(text: str) -> str:
    """An id line's text as matched: its links' text, a linked listing number as a number."""
    if text.lstrip()[:2] in ("[[", "[\\"):
        text = NUMBER_LINK.sub(r"\1[\2]", text)
    return unlink_refs(text)


def unlink_refs(text: str) -> str:
    """A converter's links as their text: inline (``[text](url)``) or by reference
    (``[text][12]``, a cited page's)."""
    if "][" in text:
        text = REF_LINK.sub(r"\1", text)
    return unlink(text)


def marked_authors(texts: list[str]) -> bool:
    """The page marks its entries' authors: an ``Authors:`` label, or the names' links, on
    (nearly) every entry of its first lines. Then a line between a ``Title:`` and the
    authors is the title's, however the capture wrapped it. (A page may label one entry's
    authors and print the others' bare: no habit.)"""
    entries = marked = 0
    seen_title = marked_here = False
    for raw in texts:
        if "arXiv:" in raw or "Title" in raw or "Author" in raw or "](" in raw or "[" in raw:
            text = plain(raw)
            if "arXiv:" in text and ENTRY.match(id_line(LYNX_REF.sub("", text))):
                entries += 1
                seen_title = marked_here = False
                continue
            m = FIELD.match(text)
            key = FIELD_KEYS[m.group("name")] if m is not None else None
            if key == "title":
                if seen_title or not entries:
                    entries += 1  # an entry without its id line (a capture cut, a dump)
                    marked_here = False
                seen_title = True
            elif (key == "authors" or key is None and author_marks(raw)) and not marked_here:
                marked += 1
                marked_here = True
    return marked >= 1 and marked >= _MARKED_SHARE * entries


# The share of a page's first entries that must mark their authors for the page's habit.
_MARKED_SHARE = 0.8


def indented_wraps(texts: list[str]) -> bool:
    """The capture indents a field's wrapped lines past its label (arXiv's text, the
    e-mail digest): then the indent, not the width, says a line goes on."""
    deeper = 0
    label = None
    for raw in texts:
        if FIELD.match(raw) is not None:
            label = indent(raw)
        elif label is not None and raw.strip():
            deeper += indent(raw) > label
            label = None
    return deeper >= 2


def unwrapped(texts: list[str]) -> bool:
    """A capture that wraps nothing (a browser's copy): several lines run past any width a
    tool wraps at, and none is indented as a field's wrapped piece is."""
    if indented_wraps(texts):
        return False
    long = sum(1 for t in texts if len(t) > _WIDTH_MAX and "](" not in t)
    return long >= _UNWRAPPED_LINES


def wrap_width(texts: list[str]) -> int:
    """The width the capture wrapped its lines at (a text browser, html2text), 0 when it
    did not wrap: many lines without a link's address end within a few columns of the
    longest of them, and at most a few lines (the site's chrome no tool wraps, a long
    address) are longer. A width is a length two lines or more share (one line one column
    longer than the rest is an outlier, not the width)."""
    lengths = sorted(
        (len(t.rstrip()) for t in texts if "](" not in t and "://" not in t and t.strip()),
        reverse=True,
    )
    for over, width in enumerate(lengths[: _WIDTH_OVER + 1]):
        if width > _WIDTH_MAX or lengths[over + 1 : over + 2] != [width]:
            continue
        near = sum(1 for n in lengths[over:] if n >= width - _WIDTH_SLACK)
        if near >= _WIDTH_LINES:
            return width
    return 0


# A wrapped page: at least this many of its first lines end within _WIDTH_SLACK columns of
# its longest, at most _WIDTH_MAX columns (an unwrapped copy's lines run to any length),
# with at most _WIDTH_OVER lines longer.
_WIDTH_LINES = 8
_UNWRAPPED_LINES = 3
_WIDTH_OVER = 3
_WIDTH_SLACK = 12
_WIDTH_MAX = 120
