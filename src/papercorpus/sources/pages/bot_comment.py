"""A Librarian Bot comment given as a card's abstract: no title opens inside it.

Hugging Face shows, for some papers, the Librarian Bot's automated comment where an
abstract would be: a fixed sentence, a run of other papers' titles each followed by its
year (``… Pretraining for Learning`` + ``Vision-Language-Action Models from Human Videos
(2026) Robotic VLA Benefits …``), then a fixed close. Wrapped, its lines read as titles
and the parser opened a unit at them or the intake offered cuts there: each piece became
a record of its own (``new`` 45 ``n_wrap`` p001032: three extra records from one
comment). Of the page generator's Hugging Face records (3,869 papers), 195 have such an
abstract; all 195 open with ``BOT_OPEN`` and end with ``BOT_CLOSE`` (162 ``@
librarian-bot recommend``, 33 ``@librarian-bot recommend``), so the span between the two
is one text: a line under its opening line goes on the comment's unit until its close,
and the line under the close opens a unit of its own (``bot_continues``, asked by
``parser`` after ``wraps.continues``: ``new`` 45 p001452, ``… @ librarian-bot
recommend`` + ``Geobridge: a semantic-anchored multi-view foundation model`` +
``bridging images and text for geo-localization``, the next card's title in lower case,
read as the comment's last sentence, its card lost); the cuts the intake offered inside
it are taken back (``drop_bot_breaks``). A comment that does not close inside the unit
keeps its cuts (the next title may be past its cut end).
"""

from __future__ import annotations

from typing import Final

from .units import Unit

__all__ = ["BOT_CLOSE", "BOT_LINES", "BOT_OPEN", "bot_continues", "bot_goes_on", "drop_bot_breaks"]

# (its first line at 60 columns holds this much; its close may wrap before any of its
# words: the close's last word, which no line of the comment ends with otherwise)
BOT_OPEN: Final = "This is an automated message from the Librarian"
BOT_CLOSE: Final = "recommend"
# The longest of the 195 is 1,191 characters: 20 lines at 60 columns, the narrowest width
# a page wraps its text at. A comment not closed in this many lines was cut: the lines
# under it are left to the page's other evidence.
BOT_LINES: Final = 24


def bot_goes_on(u: Unit, prev: str) -> bool | None:
    """Does the Librarian Bot comment ``u`` holds go on past ``prev``, its last line (it
    opened there or above)? True while it has not closed, False where ``prev`` closes it
    (the card's abstract ends there: the line under it opens a unit of its own), None
    past ``BOT_LINES`` (cut: the page's other evidence decides). Sets ``u.bot``."""
    n = len(u.parts)
    if not u.bot:
        u.bot = n  # (``prev`` opens it: the caller's test)
    if prev.rstrip("\\ ").endswith(BOT_CLOSE):
        u.bot = 0
        return False
    if n - u.bot >= BOT_LINES:
        u.bot = 0
        return None
    return True


def bot_continues(u: Unit, cont: bool | str, adjacent: bool) -> bool | str:
    """``wraps.continues``' answer ``cont`` for the line right under ``u``'s last
    (``adjacent``), where ``u`` holds a Librarian Bot comment: joined inside it (as a wrap
    where ``continues`` says so, so the page learns its width from the comment's lines as
    it did), a unit of its own under its close; elsewhere ``cont`` as it is."""
    if not (u.bot or u.parts[-1].startswith(BOT_OPEN)) or not adjacent:
        return cont
    goes = bot_goes_on(u, u.parts[-1])
    if goes is None:
        return cont
    return (cont or True) if goes else False


def bot_spans(parts: list[str]) -> list[tuple[int, int]]:
    """The (first, last) parts of each Librarian Bot comment in ``parts`` that opens on
    a part of its own and closes inside them."""
    spans: list[tuple[int, int]] = []
    start = -1
    for i, part in enumerate(parts):
        if start < 0:
            if part.startswith(BOT_OPEN):
                start = i
        elif part.rstrip("\\ ").endswith(BOT_CLOSE):
            spans.append((start, i))
            start = -1
    return spans


def drop_bot_breaks(u: Unit) -> None:
    """Take back the cuts ``u`` was offered inside a Librarian Bot comment (before its
    second line to before its last one's successor: the cuts over it and under it stay)."""
    spans = bot_spans(u.parts)
    if spans:
        u.breaks = [b for b in u.breaks if not any(lo < b[0] <= hi for lo, hi in spans)]
