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
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .card_notes import card_chrome

__all__ = ["LINK_FOLDS", "folded_chrome"]

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
            return (i + 1, kind) if kind is not None else (0, "")
    return 0, ""
