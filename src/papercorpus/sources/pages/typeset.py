"""What a typesetter leaves in a page's text: words broken at the wrap with a hyphen.

``pdftotext`` and ``nroff`` print a justified column with the word crossing its edge
broken: ``… a new bench-`` / ``mark for …`` (a hyphen the typesetter added), and a real
hyphen falling at the edge: ``large-`` / ``scale``. Either way the word goes on under it,
so the two lines join without a space (``wrap_hyphen``) where the line under opens in
lower case (a capital or a digit may open the next card's title: ``Vision-`` /
``Language`` keeps its space, as before). Whether the hyphen is the word's, nothing on
the line says; the page's text often does: a word the card or the page's cards before it
spell whole (``benchmark``) was broken by the typesetter, so its hyphen goes. Where the
page never spells it whole, a reader looks at the two pieces (``settle_hyphens``): a
hyphen joins two words (``large-`` / ``scale``, ``human-`` / ``centered``), a typesetter
breaks a word where its pieces are no words (``chall-`` / ``enge``, ``seque-`` /
``nce``) or leaves a suffix under the break (``interpret-`` / ``ing``, ``appear-`` /
``ance``). So the hyphen is kept where the piece under the break is a word (of the page,
``vocabulary``, or of the words most arXiv abstracts hold, ``commonwords``) and no
suffix, or the piece above is a word of four letters or more and the piece under no
suffix; else the word is joined. The page's vocabulary leaves out the broken pieces
themselves and the words of addresses (``github.com``'s ``com``). Either way the dedup
keys read the word alike (``normalize.key`` drops hyphens and spaces). A hyphen before a
conjunction is a suspended one (``pre-`` / ``and post-training``): the line goes on with
its space.

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

from .commonwords import COMMON, FREQUENT

__all__ = [
    "HELD",
    "HYPHEN_LINES",
    "SUFFIXES",
    "held",
    "hyphen_page",
    "kept",
    "settle_hyphens",
    "words",
    "wrap_hyphen",
]

HELD: Final = "\ue000"
# lines of a page's head ending in a word the wrap broke for the page to be read as one a
# typesetter hyphenated
HYPHEN_LINES: Final = 3
# what goes on after a suspended hyphen (``pre-`` / ``and post-training``)
_SUSPENDED: Final = frozenset({"and", "or", "nor", "to", "vs", "vs.", "versus", "but"})
_BROKEN: Final = re.compile(r"(\w+)\ue000(\w+)")
# a word of the page's text: letters, not a piece of an address (``github.com/a``) or of a
# word a wrap broke (``bench-`` at a line's end, ``\ue000`` held)
_WORD: Final = re.compile(r"(?<![\w./@\ue000])[^\W\d_]+(?![\w/@\ue000]|[-.]\n|\.\w)")
# the words most arXiv abstracts hold (five letters or more: ``commonwords``)
_LEXICON: Final = COMMON | FREQUENT
# English suffixes a typesetter leaves under a break (``interpret-`` / ``ing``): a piece
# that is one is no word of its own, whatever the page holds (``ing`` of ``-ing``)
SUFFIXES: Final = frozenset(
    {
        "ing", "ings", "ion", "ions", "ation", "ations", "tion", "tions", "sion", "sions",
        "ance", "ances", "ence", "ences", "ment", "ments", "ness", "less", "able", "ible",
        "ably", "ibly", "ful", "ity", "ities", "ive", "ives", "ively", "ure", "ures", "ous",
        "ously", "ally", "ly", "ed", "er", "ers", "or", "ors", "al", "als", "ism", "isms",
        "ist", "ists", "ize", "izes", "ized", "ise", "ised", "age", "ages", "ship", "ships",
        "ent", "ents", "ant", "ants", "ary", "ery", "ory", "ies", "ial", "ical", "ically",
        "atically", "est",
    }
)  # fmt: skip


def wrap_hyphen(above: str, text: str, cased: bool = False) -> bool:
    """Does ``above`` end in a word the wrap broke with a hyphen that ``text`` goes on
    (``bench-`` / ``mark``)? A hyphen right after a letter or digit, the line under
    opening with a lower-case letter (a capital or a digit may open the next card's
    title), and no conjunction (a suspended hyphen). With ``cased``, on a page that
    breaks its words so (``hyphens``) and where the line goes on already (joined by the
    intake, or read as the text's rest by the decoder), a capital or a digit goes on too:
    ``ARC-`` / ``Challenge``, ``GPT-`` / ``4o`` hold the word's own hyphen (kept by
    ``kept``); a typesetter breaks no word before a capital but a camel-cased name's
    (``Image-`` / ``Net``, joined where the page spells it whole)."""
    if above[-1:] != "-" or len(above) < 2 or not above[-2].isalnum():
        return False
    first = text[:1]
    if not (first.islower() or cased and (first.isupper() or first.isdigit())):
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
    """The words of ``text``, lower-cased (a vocabulary ``settle_hyphens`` asks): letters
    only, without the pieces of a word the wrap broke (held, or a line's end ``bench-``
    with the next line's start) and of addresses."""
    return {w.lower() for w in _WORD.findall(text)}


def settle_hyphens(text: str, vocab: set[str]) -> str:
    """``text`` with each held hyphen settled: gone where ``vocab`` (the words of the card
    and of the page's cards before it) holds the word whole, kept between two words
    (``kept``), else gone (a word the typesetter broke)."""
    if HELD not in text:
        return text
    out: list[str] = []
    at = 0
    for m in _BROKEN.finditer(text):
        a, b = m.group(1), m.group(2)
        joined = (a + b).lower() in vocab or not kept(a, b, vocab)
        out.append(text[at : m.start()])
        out.append(a + b if joined else f"{a}-{b}")
        at = m.end()
    out.append(text[at:])
    return "".join(out).replace(HELD, "-")


def kept(a: str, b: str, vocab: set[str]) -> bool:
    """Is the hyphen between ``a`` and ``b`` (broken at the wrap, the word not spelled
    whole on the page) the word's own? Where ``b`` is a word and no suffix (``large-`` /
    ``scale``), or ``a`` a word of four letters or more over no suffix (``human-`` /
    ``centered``); a capital or a digit under the break opens a word of its own
    (``ARC-`` / ``Challenge``), and an acronym or a number over it closes one, a word in
    lower case under it (``AI-`` / ``assisted``, ``168-`` / ``fold``): a typesetter breaks
    a word between syllables, and a tool that wraps at hyphens (Python's ``textwrap``)
    breaks a compound after its acronym too (not ``DeepS-`` / ``eek``, ``SUST-`` /
    ``ech1K``: a name in mixed case)."""
    if not b[0].islower():
        return True  # (``ARC-`` / ``Challenge``, ``GPT-`` / ``4o``: ``wrap_hyphen``)
    tail = b.lower()
    if tail in SUFFIXES:
        return False  # (``CNN-`` / ``s``: a plural's ending, however the word ends above)
    if not any(c.islower() for c in a) and b.isalpha() and b.islower():
        return True  # (an acronym or a number over a word in lower case: ``AI-`` / ``assisted``)
    if tail in vocab or tail in _LEXICON:
        return True
    head = a.lower()
    return len(head) >= 4 and (head in vocab or head in _LEXICON)
