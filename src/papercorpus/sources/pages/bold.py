"""A bold span a page sets over its lines: a title in bold (``**Title**``) that a fold or a
wrap broke goes on to the line that closes the bold, and no line under it goes on in it.
Markdown's emphasis runs over a paragraph's lines; the reader reads the span as the one
text it is (mix 115 p000399: the rest of such a title read as the card's abstract or the
next card's title). Whether a page sets its titles in bold is ``card_marks.bold_page``.
"""

from __future__ import annotations

__all__ = ["bold_open", "bold_opens", "bold_spans", "bold_title", "closes_bold", "whole_bold"]


def whole_bold(s: str) -> bool:
    """Is ``s`` one bold span, ``**…**``, whatever bold it holds inside, paired (``****Bold**
    Investigating …**``: a title that opens with bold of its own, set in bold; not ``**A**
    and **B**``, two spans)? Inside, each ``**`` pair must open before a character and
    close after one, as emphasis does."""
    if len(s) <= 4 or not s.startswith("**") or not s.endswith("**"):
        return False
    inner = s[2:-2]
    if not inner.strip():
        return False
    if "**" not in inner:
        return True
    parts = inner.split("**")
    # (an even count of marks inside leaves an odd count of parts; the odd parts are
    # the inner spans)
    return len(parts) % 2 == 1 and all(
        p and not p[0].isspace() and not p[-1].isspace() for p in parts[1::2]
    )


def bold_open(parts: list[str]) -> bool:
    """Do the lines of a unit (``parts``, the first opening ``**``) leave a bold span open:
    an odd count of ``**`` (``**Sparse Model Inversion: Efficient Inversion of`` over
    ``Vision Transformers for Data-Free Applications**``, a bold title a fold or a wrap
    broke)? Markdown's emphasis runs over a paragraph's lines; the lines up to the one
    closing it are one text (mix 115 p000399: the rest of such a title read as the card's
    abstract or the next card's title)."""
    return sum(p.count("**") for p in parts) % 2 == 1


def closes_bold(s: str) -> bool:
    """Does ``s`` (stripped) close a bold span opened above it: ending in ``**``, an odd
    count of them on it?"""
    return s[-2:] == "**" and s.count("**") % 2 == 1


def bold_spans(parts: list[str]) -> list[tuple[int, int]]:
    """The (first, last) parts of each bold span in ``parts`` that opens a part of its own
    (``**`` opening it, not closed on it) and closes a later one (``closes_bold``): a bold
    title a fold or a wrap broke. The decoder cuts no such span (``closing``): each line was
    read alone, and the title's rest went on as its abstract or the next card's title."""
    spans: list[tuple[int, int]] = []
    start = -1
    for i, part in enumerate(parts):
        if start < 0:
            if part[:2] == "**" and part.count("**") % 2 == 1:
                start = i
        elif "**" in part:
            if closes_bold(part):
                spans.append((start, i))
            start = -1
    return spans


def bold_opens(s: str) -> bool:
    """Does ``s`` (stripped) open with a bold span that is no label (``**A title**``,
    ``**a title broken by`` a fold; not ``**Abstract:** …``, ``**Results**: …``)?"""
    if s[:2] != "**" or s[2:3] in ("", " ", "*"):
        return False
    end = s.find("**", 2)
    span = s[2:] if end < 0 else s[2:end]
    return span[-1:] != ":" and s[end + 2 : end + 3] != ":" if end >= 0 else span[-1:] != ":"


def bold_title(parts: list[str]) -> bool:
    """Are the lines of a unit (``parts``, two or more) one bold span, opening its first
    line and closing its last (``**Sparse Model Inversion: … of`` / ``Vision Transformers
    for Data-Free Applications**``)? As ``**Title**`` on one line, the span is complete: a
    title broken by a fold or a wrap, and no line under it goes on in it."""
    first, last = parts[0], parts[-1]
    if first[:2] != "**" or first.count("**") % 2 != 1 or not closes_bold(last):
        return False
    return all("**" not in p for p in parts[1:-1])
