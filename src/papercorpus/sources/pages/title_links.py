"""A paper's link printed on its title's own line, as plain text: ``Title
https://huggingface.co/papers/2406.12345``, ``Title (arxiv.org/abs/2406.12345)``, ``Title
— https://arxiv.org/abs/2406.12345``.

A capture that flattens a title's link (a text export keeping the target after the text,
a listing that prints the paper's address beside its name) leaves it at the title's end.
A reader sees the title and the paper it links to, as with a markdown link ``[Title](url)``:
the link is the card's id, not the title's words. Only a paper's own address at the very
end of a title's line is read so (``huggingface.co/papers/ID``, ``arxiv.org/abs/ID``,
``/pdf/``, ``/html/``), alone or in parentheses, after a space or a dash; no title of the
74,730 of the arXiv listings ends in one. The line is known to be a title here (the card's
first line, or its title's wrapped rest): an abstract's sentence ending in a link (``…
available at https://arxiv.org/abs/…``) is never read so.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "LINKED_TITLE",
    "LINKED_HABIT",
    "alone_link",
    "ends_linked",
    "linked_page",
    "links_other",
    "title_link",
]

# What a line ending in its paper's link costs read as an abstract's line or its wrapped
# rest (as a line of keywords does: ``keywords.KEYWORDS_TITLE``).
LINKED_TITLE: Final = 8.0

# The characters a line ending in a paper's link ends with (an id's digit, ``)``, ``/``,
# ``.pdf``'s ``f``): other lines are not searched.
LINK_LAST: Final = frozenset("0123456789)/f")

# (the dash also as a capture that could not print it shows it: ``â€”`` / ``â€“``, UTF-8
# read as Windows-1252; not an ASCII terminal's `` ? ``: a title may close with a question
# set off by a space, ``Can Constructions "SCAN" Compositionality ?``)
_TAIL: Final = re.compile(
    r"\s+(?:(?:[—–-]|â€[”“])\s+)?(\()?(?:https?://)?(?:www\.)?"
    r"(?:huggingface\.co/papers|arxiv\.org/(?:abs|pdf|html))/"
    r"(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?/?(?(1)\))$"
)


def ends_linked(s: str) -> bool:
    """Does the line ``s`` end in its paper's link? The parser opens a unit at such a line
    under one that ended a sentence (an abstract's last: the card above is over) and closes
    it there (a title ending with its link has no wrapped rest)."""
    return s[-1] in LINK_LAST and title_link(s) is not None


# Lines ending in a paper's link in a page's first lines that make it a page printing its
# titles so (a title's link is on every card; an abstract's sentence ends in one rarely)
LINKED_HABIT: Final = 3


def linked_page(window: list[str]) -> bool:
    """Does the head of a page (its lines read ahead, raw) end ``LINKED_HABIT`` lines or
    more in a paper's link? There a line so ending opens a unit whatever the line above
    ended (``parser``): an abstract above ending without a stop does not take the next
    card's title as its last line (``learning to remove lens flare in event camera
    (arxiv.org/abs/2512.09016)`` under ``… multi-agent systems in the future``)."""
    n = 0
    for line in window:
        s = line.rstrip()
        if s[-1:] in LINK_LAST and ends_linked(s):
            n += 1
            if n >= LINKED_HABIT:
                return True
    return False


def title_link(title: str) -> tuple[str, str] | None:
    """``(title without its link, the paper's id)`` of a title line ending in its paper's
    link, else ``None``."""
    if title[-1:] not in LINK_LAST or "/" not in title:
        return None
    m = _TAIL.search(title)
    if m is None or not m.start():
        return None
    return title[: m.start()], m[2]


def alone_link(s: str) -> str | None:
    """The paper's id of a title's rest that is its link alone (``(arxiv.org/abs/ID)``
    under ``Title … of`` / ``Vision``: a fold or a wrap set the link a title closes with on
    a line of its own), else ``None``."""
    if s[-1:] not in LINK_LAST or "/" not in s:
        return None
    m = _TAIL.fullmatch(" " + s)
    return None if m is None else m[2]


def links_other(title: str, paper_id: str) -> bool:
    """Does the card's ``title`` end in a link to another paper than ``paper_id``? A card
    links one paper: a line ending in a second paper's link under a title ending in its own
    is the next card's title (two cards without abstracts in a row, ``Cal or No Cal? … —
    https://arxiv.org/abs/2504.01040`` + its chrome + ``LOGICAL-COMMONSENSEQA: … —
    https://arxiv.org/abs/2601.16504``: read as one card, the second title its abstract)."""
    own = title_link(title) if title else None
    return own is not None and own[1] != paper_id
