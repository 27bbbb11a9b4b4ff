"""A picture a narrow fold broke over lines: ``![Fine-grained Textual Inversion Network`` /
``for Zero-Shot Composed Image`` / ``Retrieval](https://cdn-thumbnails….png)``.

A paper's thumbnail (its alt text the title) is chrome whole on one line
(``chrome.classify_chrome``: an image, its alt text no card's text). A capture that folds
its lines at a narrow width (``capture.narrow``) breaks it wherever the width falls, and
each piece read alone is text: the alt text's lines titles over no abstract, the card's
own title under them their abstract. A reader sees one picture: the lines from the one
opening ``![`` (or ``[![``, a linked picture) to the one closing it with its address are
read together, and are chrome where the whole reads as an image.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from .card_notes import card_chrome

__all__ = ["IMAGE_FOLDS", "image_folds"]

# Lines a folded picture runs on under its first, at most: an alt text of a title's 300
# characters folded at 40 columns, and its address
IMAGE_FOLDS: Final = 10


def image_folds(s: str, line_ahead: Callable[[int], str | None]) -> int:
    """How many of the page's next lines (``line_ahead(i)``, raw) close the picture
    ``s`` (stripped; it opens with ``![`` or ``[![`` and leaves a bracket open) opens,
    when the lines together read as an image; else 0. No blank line goes inside one."""
    parts = [s]
    for i in range(IMAGE_FOLDS):
        line = line_ahead(i)
        if line is None:
            return 0
        t = line.strip()
        if not t:
            return 0
        parts.append(t)
        if "](" in t and t[-1] == ")":
            whole = " ".join(parts)
            if whole.count("[") != whole.count("]"):
                continue  # (a linked picture: its image closed, its link not yet)
            return i + 1 if card_chrome(whole) == "image" else 0
    return 0
