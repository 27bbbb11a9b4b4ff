"""Crawl4AI's citation markdown, read as the reference links it stands for.

Crawl4AI (``DefaultMarkdownGenerator``, its ``markdown_with_citations`` and
``references_markdown``) writes each markdown link ``[text](url)`` as ``text⟨n⟩``, one
number per URL in the order the page first links it, and lists the targets after the page
under ``## References``: ``⟨n⟩ url: title - text``. Read as they stand, a card's title
keeps its mark (``Title⟨13⟩``), its paper link is lost, and the list's lines read as text
(an abstract of URLs). A CommonMark reference link says the same thing (``[Title][13]``,
then ``[13]: url``), and the parser reads those (``references``): a line that is one link
is written so, a list entry as its definition, and a mark inside running text (a link in an
abstract) is dropped, leaving the link's text as the page shows it.

A page is read so when its head shows the marks ``⟨1⟩`` and then ``⟨2⟩`` glued to text: a
mark counts where its number is at most one past the highest counted so far (Crawl4AI
numbers a new URL so), so an abstract's ``⟨x⟩`` notation on such a page stays text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

__all__ = ["Citations", "cited", "uncited"]

# A citation mark: glued to the link's text (Crawl4AI writes no space before it).
_MARK: Final = re.compile(r"(?<=\S)⟨(\d{1,5})⟩")
# An entry of the list: the number, the URL, then ``: `` and its description, if any.
_ENTRY: Final = re.compile(r"⟨(\d{1,5})⟩ (\S+?)(?::(?: .*)?)?$")
# What may open a line before a link's text: indentation, a heading's or a list item's mark.
_LEAD: Final = re.compile(r"\s*(?:#{1,6}\s+|[-*+]\s+|\d{1,3}[.)]\s+)?")
# A link's text whose own brackets would end a CommonMark label.
_BRACKET: Final = re.compile(r"([\[\]])")


def cited(head: Iterable[str]) -> bool:
    """Does the page's head show Crawl4AI's marks: ``⟨1⟩``, then ``⟨2⟩``, glued to text?"""
    first = False
    for text in head:
        if "⟨" not in text:
            continue
        for m in _MARK.finditer(text):
            if m.group(1) == "1":
                first = True
            elif first and m.group(1) == "2":
                return True
    return False


def uncited(
    head: list[tuple[int, str]], rest: Iterator[tuple[int, str]]
) -> tuple[list[tuple[int, str]], Iterator[tuple[int, str]]]:
    """A page's head and the rest of its lines, rewritten where the head shows Crawl4AI's
    marks (``cited``); else as they are."""
    if not cited(text for _, text in head):
        return head, rest
    cites = Citations()
    return [(lineno, cites.line(text)) for lineno, text in head], cites.lines(rest)


class Citations:
    """Rewrites a cited page's lines, one at a time, in the page's order."""

    def __init__(self) -> None:
        self.top = 0  # the highest mark counted so far

    def line(self, text: str) -> str:
        if "⟨" not in text:
            return text
        entry = _ENTRY.match(text)
        if entry is not None and int(entry.group(1)) <= self.top:
            return f"[{entry.group(1)}]: {entry.group(2)}"
        marks = []
        for m in _MARK.finditer(text):
            n = int(m.group(1))
            if n > self.top + 1:
                continue  # (no mark of Crawl4AI's: text)
            self.top = max(self.top, n)
            marks.append(m)
        if not marks:
            return text
        last = marks[-1]
        lead = _LEAD.match(text)
        start = lead.end() if lead is not None else 0
        whole = last.end() == len(text.rstrip())
        if len(marks) == 1 and whole and text[start : start + 1] not in "![":
            # the whole line is one link: a card's title, a name, a count
            label = _BRACKET.sub(r"\\\1", text[start : last.start()])
            return f"{text[:start]}[{label}][{last.group(1)}]{text[last.end() :]}"
        out = []
        at = 0
        for m in marks:
            out.append(text[at : m.start()])
            at = m.end()
        out.append(text[at:])
        return "".join(out)

    def lines(self, lines: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
        line = self.line
        for lineno, text in lines:
            yield lineno, line(text)
