"""Display math: a formula set on lines of its own inside an abstract.

A capture that keeps an abstract's own line breaks shows a LaTeX display as lines of its
own (``satisfying`` / ``\\[`` / ``\\frac{r(q-1)}{2}<v<…,`` / ``\\]`` / ``we define …``).
Those lines are no title, no organisation and no abstract's start: the display sits
inside a paragraph, and the sentence goes on after it. The intake (``parser``) joins a
display to the text right above it, every line up to its closing delimiter, and a line
right under it that goes on in lower case (``where``, ``is then obtained by …``), as it
joins the lines of an open markdown link wrapper. A line under a display that opens in
capitals is left to the decoder (it may be the next card's title).
"""

from __future__ import annotations

from typing import Final

__all__ = ["DisplayMath", "MAX_DISPLAY_LINES", "closes_at_end"]

# A display longer than this is taken as closed (an opener nothing closes must not swallow
# the page; the longest on the generated pages looked at holds 8 lines).
MAX_DISPLAY_LINES: Final = 12


def _closer(s: str) -> str:
    """The delimiter that closes the display ``s`` opens (``s`` stripped), or ""."""
    if s == "\\[" or s == "$$" or s == "$":
        return "\\]" if s == "\\[" else s
    if s.startswith("\\begin{") and s.find("}") == len(s) - 1 > 7:
        # (the line holds the opener alone: "\\begin{cases} \\displaystyle \\sum…" is a
        # formula wrapped at the page's width, its closer on a later line's middle)
        return "\\end{" + s[7:]
    return ""


def closes_at_end(s: str, closer: str) -> bool:
    """Does the line ``s`` of an open display end with its closer, after the formula's
    last piece (``\\left[ … \\right], $$``)? LaTeX allows it; of the arXiv listings' 14
    displays set on lines of their own, 13 close on a line of their own and one so
    (2605.23513: ``$$`` / ``p_C = …`` / ``\\left[…\\right], $$`` / ``with no asymptotic
    …``). Unclosed, the display took the 12 lines under it as its own, the card link
    and the next card's title among them (reader 45 p000799: that card glued, a false
    merge). Not a lone ``$``: a formula line ends with an inline ``$x$`` as well."""
    return len(closer) > 1 and s.endswith(closer) and len(s) > len(closer)


class DisplayMath:
    """Where the page's lines stand with respect to a display formula."""

    __slots__ = ("after", "closer", "lines")

    def __init__(self) -> None:
        self.closer = ""  # the delimiter awaited while a display is open
        self.lines = 0  # lines of the open display so far
        self.after = False  # the line before closed a display

    def joins(self, s: str) -> bool:
        """Does the text line ``s`` (stripped) go with the text right above it: a line of
        an open display, one that opens a display, or a line that goes on in lower case
        right under one? Call once per text line, in order, where a display is open, one
        closed on the line before, or the line opens with a backslash or a dollar sign
        (the parser tests that inline: one character per text line)."""
        closer = self.closer
        if closer:
            self.lines += 1
            if s.startswith(closer) or self.lines > MAX_DISPLAY_LINES or closes_at_end(s, closer):
                self.closer = ""
                self.after = True
            return True
        after, self.after = self.after, False
        if s[0] in "\\$":
            closer = _closer(s)
            if closer:
                self.closer, self.lines = closer, 0
                return True
            if s.startswith("\\[") and s.endswith("\\]"):  # a display on one line
                self.after = True
                return True
        return after and s[0].islower()

    def reset(self) -> None:
        """A blank or chrome line: no display goes on across it."""
        self.closer = ""
        self.after = False
