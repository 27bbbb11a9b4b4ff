"""Two titles read as one: the evidence that a record's title holds the title of a card
without chrome and the title of the card under it, so that an id shown after the record's
abstract is not given to it.

Where the decoder reads a card of one line, with no chrome (no date, no link, no
abstract), as the first line of the next card's title (kind B of the ``reader``
passes), the joined record takes the next card's abstract and the link after it: the
record sits on the first card's line and carries the second card's arXiv id, and every
copy of that paper elsewhere merges with it (domain.md key A), the worst failure there
is. Undoing the join is the decoder's business (``long_unshared``, ``charges``); this
says only where a reader of the finished record sees two titles, so that an id from
between cards goes to no record (``cards._emit``: kept in ``arxiv_ids_near``, with a
``W_ID_WITHHELD`` warning). A card given no id only loses a key.

What a reader sees, measured on the ``reader`` sets 96-98 (base ``21d9b50``): a title's
lines are one paper's and its abstract echoes them alike; two titles run long (rd20: 130
characters or more in 86% / 92% of two whole titles read across the break, 3.7% / 4.6%
of wrapped titles at 72 / 80); a whole title ends as a title ends, where a wrapped
title's first line often ends in a joining word (``… for``, ``… of the``). Every test
alone fires on real titles of two lines (the echo alone on 332 cards of 100k); all of
them together on the kind-B cards.
"""

from __future__ import annotations

from typing import Final

from .echoes import long_words, phrase_across, uncommon

__all__ = ["glued_title", "second_card"]

# Own longer words the first line needs before their absence from the abstract says
# anything, words most abstracts hold left out (``echoes.uncommon``: an abstract holds
# "without" or "learning" by chance): three ("A Decomposition Perspective to Long-context
# Reasoning for LLMs" has three).
OWN_WORDS: Final = 3
# The rest's uncommon longer words the abstract must echo: it is that title's abstract.
REST_ECHO: Final = 2
# Two whole titles read as one run this long (characters; rd20's measurement above).
TWO_TITLES: Final = 130
# An abstract shorter than this echoes too few words for their absence to say anything:
# under one-sentence summaries (100-250 characters) six of the eight titles of two lines
# the other tests took on half of ``reader`` 96 were one paper's.
ABSTRACT_CHARS: Final = 400
# A subtitle of this many words or fewer at a line's end is one the line's wrap cut
# (on ``reader`` 96, four of the eight titles of two lines taken: ``…: Exploiting``).
SUBTITLE_WORDS: Final = 2
# Words a title's wrapped first line ends in and a whole title does not: the title goes
# on under them.
_JOINERS: Final = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "between",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "than",
        "the",
        "their",
        "through",
        "to",
        "towards",
        "toward",
        "under",
        "using",
        "via",
        "vs",
        "with",
        "without",
    ]
)


def whole_line(line: str) -> bool:
    """Could ``line`` end a title? Not where it ends in a joining word or mark, nor where
    a subtitle opens on it two words or fewer before its end (``…: An Initial``,
    ``… (DigiSpon): Benchmarking``): the subtitle goes on under it."""
    line = line.rstrip()
    if not line or line[-1] in ",;:-(&/":
        return False
    if line.rsplit(None, 1)[-1].lower().rstrip(".") in _JOINERS:
        return False  # (``… Human Expert vs.``)
    colon = line.rfind(": ")
    return colon < 0 or len(line[colon + 2 :].split()) > SUBTITLE_WORDS


def glued_title(title: str, first: int, abstract: str) -> bool:
    """Is ``title``, joined from lines (``first``: its first line's length), two
    titles? It runs ``TWO_TITLES`` or more, its first line ends as a title ends and the
    rest opens as one opens (with no joining word, no plain word in lower case), and its
    abstract echoes two uncommon longer words of the rest and none of the first line's
    own uncommon ones (three or more of them), nor the phrase across the break."""
    if not first or len(title) < TWO_TITLES or len(abstract) < ABSTRACT_CHARS:
        return False
    head, tail = title[:first], title[first:].split(None, 1)
    if not whole_line(head) or not tail or tail[0].lower() in _JOINERS:
        return False  # (a title's rest opening "of …" goes on its first line)
    if tail[0].isalpha() and tail[0].islower():
        return False  # (... and one opening "strategies for …": a title opens otherwise)
    rest = long_words(title[first:])
    if head.startswith("[") and "] " in head:
        head = head[head.index("] ") + 2 :]  # (a tag over the title: "[Citation needed] …")
    own = uncommon(long_words(head) - rest)
    if len(own) < OWN_WORDS:
        return False
    words = long_words(abstract)
    if len(uncommon(words & rest)) < REST_ECHO or not words.isdisjoint(own):
        return False
    # the abstract names a term the break runs through (``… Large Language`` + ``Models
    # …``, ``… Automated Body`` + ``Composition Analysis …``): one title
    return not phrase_across(head, title[first:], abstract)


def second_card(title: str, first: int, abstract: str) -> str:
    """Why a record's text holds a second card ("" where it does not)."""
    if glued_title(title, first, abstract):
        return "its title's first line is no word of its abstract's: two titles read as one"
    return ""
