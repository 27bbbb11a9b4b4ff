"""What a typesetter leaves in a page's text: words broken at the wrap with a hyphen.

``pdftotext`` and ``nroff`` print a justified column with the word crossing its edge
broken: ``… a new bench-`` / ``mark for …`` (a hyphen the typesetter added), and a real
hyphen falling at the edge: ``large-`` / ``scale``. Either way the word goes on under it,
so the two lines join without a space (``wrap_hyphen``) where the line under opens in
lower case (a capital or a digit may open the next card's title: ``Vision-`` /
``Language`` keeps its space, as before). Whether the hyphen is the word's, nothing on
the line says; the page's text often does: a word the card or the page's cards before it
spell whole (``benchmark``) was broken by the typesetter, so its hyphen goes; else the
hyphen is kept (``large-scale``; ``bench-mark`` where the page never spells it whole),
which loses nothing a reader needs and which the dedup keys read alike (``normalize.key``
drops hyphens and spaces). A hyphen before a conjunction is a suspended one (``pre-`` /
``and post-training``): the line goes on with its space.

A page that wraps only at spaces shows such a line where the text had ``- `` (arXiv
keeps an author's ``chain-of-thought-`` / ``augmented`` as ``chain-of-thought-
augmented``, and a page wrapping there prints the line so: default seed 22): there the
space is the text's. So the lines join so only on a page whose head shows the habit
(``hyphen_page``: ``HYPHEN_LINES`` such breaks or more; a typesetter breaks a word in
every few lines, the arXiv habit shows in about one abstract of a hundred).

While a card is read, a wrap's hyphen is held as U+E000 (a private-use character, which
no page's text holds and ``units.collapse`` keeps, where it removes a soft hyphen);
``settle_hyphens`` decides each when the card closes.

A PDF's ligature glyphs (``ﬁ ﬂ ﬀ``) are kept as read, as the page parser keeps every
character a capture printed but whitespace (domain.md §b, parser requirement 2; the fixture
``row23_encoding.txt``); ``normalize.fold`` reads them as their letters for the keys.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["HELD", "HYPHEN_LINES", "held", "hyphen_page", "settle_hyphens", "words", "wrap_hyphen"]

HELD: Final = "\ue000"
# lines of a page's head ending in a word the wrap broke for the page to be read as one a
# typesetter hyphenated
HYPHEN_LINES: Final = 3
# what goes on after a suspended hyphen (``pre-`` / ``and post-training``)
_SUSPENDED: Final = frozenset({"and", "or", "nor", "to", "vs", "vs.", "versus", "but"})
_BROKEN: Final = re.compile(r"(\w+)\ue000(\w+)")
_WORD: Final = re.compile(r"\w+")


def wrap_hyphen(above: str, text: str) -> bool:
    """Does ``above`` end in a word the wrap broke with a hyphen that ``text`` goes on
    (``bench-`` / ``mark``)? A hyphen right after a letter or digit, the line under
    opening with a lower-case letter (a capital or a digit may open the next card's
    title), and no conjunction (a suspended hyphen)."""
    if above[-1:] != "-" or len(above) < 2 or not above[-2].isalnum():
        return False
    if not text[:1].islower():
        return False
    return text.split(" ", 1)[0] not in _SUSPENDED


def hyphen_page(window: list[str]) -> bool:
    """Does the head of a page break words at its wrap (``HYPHEN_LINES`` lines or more
    that ``wrap_hyphen`` reads so)?"""
    n = 0
    for above, text in zip(window, window[1:], strict=False):
        if above[-1:] == "-" and wrap_hyphen(above.rstrip(), text.lstrip()):
            n += 1
            if n >= HYPHEN_LINES:
                return True
    return False


def held(above: str) -> str:
    """``above`` with its wrap hyphen held (``HELD``) till the card closes."""
    return above[:-1] + HELD


def words(text: str) -> set[str]:
    """The words of ``text``, lower-cased (a vocabulary ``settle_hyphens`` asks)."""
    return {w.lower() for w in _WORD.findall(text)}


def settle_hyphens(text: str, vocab: set[str]) -> str:
    """``text`` with each held hyphen settled: gone where ``vocab`` (the words of the card
    and of the page's cards before it) holds the word whole, else a hyphen."""
    if HELD not in text:
        return text

    def settle(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        return a + b if (a + b).lower() in vocab else f"{a}-{b}"

    return _BROKEN.sub(settle, text).replace(HELD, "-")
