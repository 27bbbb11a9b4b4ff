"""Markdown link wrappers on a page: ``[`` opening a card's text, ``…](url)`` or
``…][12]`` closing it, possibly many lines later.

Inside an open wrapper every line but its scaffolding is text of one unit, so the intake
must know whether a ``[`` opens a wrapper or is a bracket inside a sentence. It reads
ahead for the closer (``LinkWrappers.wrapper_closes``); the lines it reads wait in
``ahead`` and are fed in order by the caller.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Final

from ..chrome import classify_chrome
from ._trait import trait
from .card_marks import link_title_marks, parted_count
from .units import CLOSER

__all__ = ["MAX_LINK_LINES", "LinkWrappers"]

# A markdown link wrapper left open this many lines is taken as malformed and closed.
MAX_LINK_LINES: Final = 400


@trait
class LinkWrappers:
    """Whether the intake is inside a link wrapper; mixed into the page parser."""

    link_open: bool
    link_lines: int
    ahead: deque[tuple[int, str]]
    source: Iterator[tuple[int, str]] | None

    def open_link(self) -> None:
        self.link_open = True
        self.link_lines = 0

    def count_link_line(self) -> None:
        """A line inside an open wrapper: past ``MAX_LINK_LINES`` it is taken as malformed."""
        self.link_lines += 1
        if self.link_lines > MAX_LINK_LINES:
            self.link_open = False

    def line_ahead(self, i: int) -> str | None:
        """The page's ``i``-th line after the one at hand (0: the next), read ahead (the
        lines read wait in ``ahead``); None past the page's end."""
        ahead = self.ahead
        while len(ahead) <= i:
            nxt = next(self.source, None) if self.source is not None else None
            if nxt is None:
                return None
            ahead.append(nxt)
        return ahead[i][1]

    def peek_line(self) -> str | None:
        """The page's next line, read ahead (it waits in ``ahead``); None at the end."""
        return self.line_ahead(0)

    def next_text(self, most: int = 3) -> str:
        """The page's next line of text (stripped) within ``most`` lines read ahead (they
        wait in ``ahead``); "" where only blank lines or the page's end come first."""
        for i in range(most):
            line = self.line_ahead(i)
            if line is None:
                return ""
            if line.strip():
                return line.strip()
        return ""

    def track_link(self, s: str) -> None:
        """Chrome lines open and close link wrappers too (``[`` … ``][33]``, ``[Upvote``)."""
        if s[0] == "[" and s.count("[") > s.count("]") and self.wrapper_closes(s):
            self.open_link()
        elif self.link_open and s.count("]") > s.count("["):
            self.link_open = False

    def wrapper_closes(self, s: str) -> bool:
        """Does the ``[`` opening line ``s`` open a markdown link wrapper, that is, is it
        answered by a closer (``…](url)``, ``…][12]``) within ``MAX_LINK_LINES`` lines,
        before another line opens one? Reads ahead through the page (the lines read wait
        in ``ahead``). A bracket inside a sentence (``[\\![1201, 1,`` / ``25 ]\\!] $``) is
        answered by no closer, or by another wrapper's: it is content, and so is a
        wrapper that never closes (unless the capture was cut inside it:
        ``[Content truncated]``). Brackets are not counted across lines: a LaTeX interval
        (``$p\\in(0,1]$``) inside a wrapped abstract leaves them unbalanced."""
        i = 0
        while i < MAX_LINK_LINES:
            t = self.line_ahead(i)
            if t is None:
                return False
            i += 1
            if "[" in t or "]" in t:
                t = t.strip()
                opens, closes = t.count("["), t.count("]")
                if closes > opens:
                    # (a bold link's wrapper closes its bold after it: "…](url)**"; a
                    # listing's count after it: "…](url) — 4 authors")
                    t = link_title_marks(t) if t[-1] in "sr)" else t
                    if CLOSER.search(t[:-2] if t.endswith(")**") else t) is not None:
                        return True
                    if parted_count(t, self.line_ahead(i)):
                        return True  # (the count's word on the line under it)
                elif t[0] == "[" and opens > closes:
                    return False  # another wrapper opens first
                elif " truncated" in t and classify_chrome(t) == "truncation":
                    return not _dated(self.ahead, i - 1)  # the capture was cut inside the wrapper
        return False


# A card's own chrome: its date, its author count, or its organisation over one of them
# (``Google · Published on Oct 28, 2024``, ``Apple · 3 authors``: ``chrome._dotted``
# names those ``org`` only when a date or a count follows the name).
_CARD_CHROME: Final = frozenset(("date", "authors"))


def _dated(ahead: deque[tuple[int, str]], n: int) -> bool:
    """Is one of the first ``n`` lines read ahead a card's date (or another line of a
    card's own chrome: its author count, its organisation over either)? A wrapper the capture cut
    holds the rest of one card's text, which ends at the cut: a date between the ``[`` and
    the cut is another card's, so the text ran on through cards and the ``[`` is a bracket
    of the text (``… where $κ\\in`` + ``[0,1/2)$ and $κ+ μ\\in [0,1/2),$ the codebook …``,
    390 lines over a ``reader`` page's last fourteen cards to its ``[Content truncated]``:
    the cards were rejected as the wrapper's text). Of 195 wrappers cut so on four
    generated page sets (default 21 and 26, ``new`` 1, default 26 ``reader``), none
    holds a date, and none runs over 24 lines. A page that prints each card's date after
    its organisation (``n_org_line``) shows no bare date: ``[\\![256, 2 ]\\!] $ and $
    [\\![512, 2]\\!] $ … $ [\\![1201, 1,`` opened a wrapper over a page's last 187 lines,
    through eleven cards' ``Meta AI · Published on May 12`` (``new`` 83 p000645: 13 cards
    glued into one abstract)."""
    for j in range(n):
        t = ahead[j][1].strip()
        if not t:
            continue
        kind = classify_chrome(t)
        if kind in _CARD_CHROME or (kind == "org" and "·" in t):
            return True
    return False
