"""A title of two lines under an abstract's last sentence, run on into its own abstract
without a blank line (layout B): ``… highlighting its scalability, efficiency, and
structural flexibility.`` + ``Quantum-enhanced long short-term memory with attention
for`` + ``spatial permeability prediction in oilfield reservoirs`` + ``Spatial prediction
of reservoir parameters, especially`` (``new`` 40 ``n_wrap`` p001235, width 60: the
intake joined the title to the abstract under it, its card lost).

``evidence.CAPITAL_SHARING`` weighs a line opening in capitals and sharing two longer
words with one line above it that could be a whole title under a sentence end; this is
its measurement for a piece of two lines. Of the page generator's real abstracts (the
first 40,000 papers) wrapped at 60 / 80 / 100 columns, 3,849 / 1,564 / 752 pieces of two
lines under a line ending a sentence are shaped as a title (``piece_shaped``); the line
under 0.26% / 0.38% / 1.7% of them opens in capitals or a digit and shares two longer
words with them (``echoes.shares_words``). Of the titles wrapped over two lines so shaped
(29,435 / 19,699 / 7,342), the abstract's first line does under 46% / 56% / 65%: log-odds
5.2 / 5.0 / 3.6, so ``CAPITAL_SHARING`` (-3.5) is charged to going on there.
"""

from __future__ import annotations

from ..shape import TITLE_MAX, terminal
from .echoes import shares_words
from .lineforms import longer_words, open_end, prose_marks

__all__ = ["piece_echoed"]


def piece_shaped(piece: list[str]) -> bool:
    """Could two lines be a whole title (title-sized, five longer words or more, no comma
    nor prose marks, opening in capitals, no line ending a sentence nor the last open)?"""
    title = " ".join(piece)
    if len(title) > TITLE_MAX or not title[:1].isupper() or ", " in title:
        return False
    if any(terminal(line) for line in piece) or open_end(piece[-1]):
        return False
    return len(longer_words(title)) >= 5 and not prose_marks(title)


def piece_echoed(piece: list[str], text: str) -> bool:
    """Is ``text`` a line opening in capitals (or a digit) that shares two longer words
    with ``piece``, two lines shaped as a whole title (see the module's note)?"""
    c = text[:1]
    if not (c.isupper() or c.isdigit()):
        return False
    return piece_shaped(piece) and shares_words(" ".join(piece), text)
