"""A picture or a link a narrow fold broke over lines: ``![Fine-grained Textual Inversion
Network`` / ``for Zero-Shot Composed Image`` / ``Retrieval](https://cdn-thumbnails….png)``;
``[arXiv`` / ``Page](https://arxiv.org/abs/2601.03784)``.

A paper's thumbnail (its alt text the title) or a card's link row (``[GitHub 199](…)
[arXiv Page](…)``) is chrome whole on one line (``chrome.classify_chrome``). A capture
that folds its lines at a narrow width (``capture.narrow``) breaks it wherever the width
falls, and each piece read alone is text or chrome of another kind: the alt text's lines
titles over no abstract, the card's own title under them their abstract; ``Page](…)`` an
abstract of one word. A reader sees one picture, one link: the lines from the one opening
it (``![``, ``[![``, ``[`` leaving its bracket open) to the one closing it with its address
are read together, and are chrome of the whole's kind where the whole reads as chrome (a
title's or an abstract's link wrapper reads as none: the intake's ``links`` reads it).

The picture's alt text is the card's title, whole: the lines under it that spell it are
the title's, one unit, and the title ends where they have spelled it (``spells_on``,
``parser._by_alt``): a fold that joins an abstract's first line to the title, or sets a
subtitle's colon at a line's head, does not part them otherwise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .card_notes import card_chrome

__all__ = ["LINK_FOLDS", "alt_text", "folded_chrome", "spells_on"]

# Lines a folded picture or link runs on under its first, at most: an alt text of a title's
# 300 characters folded at 40 columns, and its address
LINK_FOLDS: Final = 10


def folded_chrome(s: str, line_ahead: Callable[[int], str | None]) -> tuple[int, str]:
    """How many of the page's next lines (``line_ahead(i)``, raw) close the picture or link
    ``s`` (stripped; it opens with ``[`` or ``![`` and leaves a bracket open) opens, and
    the chrome kind of the lines together; ``(0, "")`` where they read as no chrome or no
    closer comes. No blank line goes inside one."""
    parts = [s]
    for i in range(LINK_FOLDS):
        line = line_ahead(i)
        if line is None:
            return 0, ""
        t = line.strip()
        if not t:
            return 0, ""
        parts.append(t)
        if "](" in t and t[-1] == ")":
            whole = " ".join(parts)
            if whole.count("[") > whole.count("]"):
                continue  # (a linked picture: its image closed, its link not yet)
            kind = card_chrome(whole)
            if kind is None or _each_chrome(parts):
                return 0, ""
            return i + 1, kind
    return 0, ""


def _each_chrome(parts: list[str]) -> bool:
    """Is every line of a folded link chrome on its own (``[- ![](avatar)\\`` / ``- 3
    authors](…)``: a list of avatars and the author count in one link)? Each is then read
    as it is, its values with it (``3 authors``)."""
    for part in parts:  # noqa: SIM110 (a loop, no generator: mypyc)
        if card_chrome(part) is None:
            return False
    return True


def alt_text(s: str, line_ahead: Callable[[int], str | None], n: int) -> str:
    """The alt text of the picture ``s`` opens and the page's next ``n`` lines close
    (``folded_chrome``), its words set apart by one space; "" where it has none."""
    parts = [s]
    for i in range(n):
        line = line_ahead(i)
        parts.append(line.strip() if line is not None else "")
    whole = " ".join(parts)
    start = whole.find("![") + 2
    end = whole.find("](", start)
    return " ".join(whole[start:end].split()) if end > start else ""


def spells_on(alt: str, parts: list[str], text: str) -> bool:
    """Do a unit's lines (``parts``) and the line ``text`` under them spell the start of a
    picture's alt text ``alt`` (words set apart by one space), ``text`` within it: the
    line goes on the title the picture named, whatever the fold did to the lines (a
    subtitle's colon opening it, ``Cancer Diagnostics: A Multi-Scale``, read as the
    next title's opening)."""
    spelled = " ".join(" ".join(parts).split() + text.split())
    return alt == spelled or alt.startswith(spelled + " ")
