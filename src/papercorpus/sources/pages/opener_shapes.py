"""Two furniture shapes a page repeats with no label, no count and no month name to mask:
fixed words opening a value (``Enviado por Ann Lee``, ``Veröffentlicht am 7. Okt. 2024``,
``Publié le 7 oct. 2024``: a site's interface in its reader's language, or a browser's
translation of it), and a line of the authors' names (``Ann Lee, Bo Chen and Kai Park``).

``repeats.shape`` masks what varies in a furniture line (numbers, English month names, a
``Label:``'s value). These lines vary whole: a name, a date in another language's month
names, a different list of names on every card, so no two cards' lines shared a shape, no
repetition was seen, and each line became a record of its own (or the card's title). A
reader sees the habit at once: the same opening words on every card, then a value that
opens as a value does (a digit, a capital); or a list of two or more personal names set
where the other cards set theirs. ``opener_shape`` and ``names_shape`` give such lines one
shape each, so the page's repetition (``repeats.learn``: nearly every card, beside a
title of its own) decides, as for any furniture; a title never recurs so.

The values are kept: an opener's value in ``extra`` under the opening words as printed (no
field is named in a language the parser does not read), the names as the card's
``authors``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ...normalize import fix_mojibake
from .commonwords import COMMON, FREQUENT

__all__ = [
    "NAMES",
    "OPENER",
    "TITLE_WORDS",
    "name_page",
    "names_shape",
    "opener_shape",
    "split_names",
]

OPENER: Final = "O:"
NAMES: Final = "N:"
# Opening words: a capitalised word (any script's letters; a CJK label ends in a colon the
# page's ``Label:`` shape reads), then one or two short lower-case words (``am``, ``le``,
# ``par``, ``por``, ``von``, ``on``), then a value opening with a digit or a capital letter.
_OPENER: Final = re.compile(r"([^\W\d_][^\W\d_'’-]+(?: [^\W\d_A-Z]{1,4}){1,2}) (?=[\dA-Z])")
# (a CJK interface's words take no spaces: ``提交者：Ann Lee``, ``发布于 2024年10月7日``)
_CJK: Final = re.compile(r"([\u3040-\u30ff\u3400-\u9fff]+)(?:：\s*| )(?=\S)")
# ... the same words as a capture that could not print their letters shows them: an ASCII
# terminal's ``?`` for each (``Publi? le 7 oct. 2024``, ``Ver?ffentlicht am …``; a CJK
# label all marks, ``????Ann Lee`` for ``提交者：Ann Lee``), or UTF-8 read as Windows-1252,
# a CJK label a run of its Latin-1 letters and marks (``æäº¤è€…ï¼šAnn Lee``, bytes the
# code page has no character for lost: ``normalize.fix_mojibake`` cannot read it back).
# Asked only of a line holding ``?`` or not ASCII (``opener_shape``).
_PRINTED: Final = re.compile(
    r"((?:[^\W\d_]|\?)(?:[^\W\d_'’-]|\?)+(?: (?:[^\W\d_A-Z]|\?){1,4}){1,2}) (?=[\dA-Z])"
    r"|(\?{2,}|[\u00c0-\u00ff][\u0080-\u00ff\u0152-\u0192\u02c6\u02dc\u2013-\u2122]{2,})(?=[\dA-Z])"
)
# A value of an opener is short: a name, a date (titles run longer).
_VALUE_WORDS: Final = 4
# A personal name: two to four words, each capitalised (or an initial, ``J.``), particles
# (``van``, ``de``) before the inner ones; the last a capitalised word of two or more
# letters. (Read word by word: a pattern of these classes costs ~30M instructions to
# compile, in every process.)
_PARTICLES: Final = frozenset(
    ("van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al")
)
_SPLIT: Final = re.compile(r", (?:and )?| and | & ")
# (words many abstracts hold are a title's, not a name's: ``Information Theory and
# Statistical Learning``, ``Biased Teacher, Balanced Student``)
_PAPER_WORDS = COMMON | FREQUENT
# ... and a Title Cased title's small words, which no personal name holds (``Limited-Resource
# Adapters Are Regularizers, Not Linguists``); not those that are names too (``Can``, ``Do``,
# ``In``, ``May``, ``Will``, ``An``, ``To``, ``On``, ``Or``, ``Via``, ``More``, ``How``, ``Than``)
TITLE_WORDS: Final = frozenset(
    "Are Is Not The With For Of And From Using Towards Toward Beyond Without Within "  # noqa: SIM905
    "Through Into Across Against Between Versus Vs Why What When Where Which Who Does "
    "Should Could Would Your Our Their Its We You They It This That These Those Be Been "
    "Was Were Has Have All Every Any Less Only Just Learning Models Model Need Matters "
    "Make Makes".split()
)


def opener_shape(s: str) -> str | None:
    """``O:`` and the opening words (lower case) of a line of fixed words then a short
    value, else ``None`` (``s`` stripped)."""
    m = _OPENER.match(s) or _CJK.match(s)
    if m is None and not s.isascii() and (t := fix_mojibake(s)) != s:
        # (UTF-8 read as Windows-1252, every byte printed: ``VerÃ¶ffentlicht am …`` read
        # back, one shape with the lines printed right, mix 118 p000349; a line read back
        # in part, a byte lost, is read as printed)
        m = _OPENER.match(t) or _CJK.match(t)
        if m is not None:
            s = t
    if m is None and ("?" in s or not s.isascii()):
        m = _PRINTED.match(s)
    if m is None or any(c in s for c in ":|·"):
        return None
    if len(s[m.end() :].split()) > _VALUE_WORDS:
        return None
    return OPENER + s[: m.end()].rstrip().lower()


def split_names(s: str) -> list[str] | None:
    """The names of a line of two or more personal names, else ``None``."""
    if not s[:1].isupper():
        return None
    parts = _SPLIT.split(s)
    # (a line of prose parts into long pieces: asked first, as ``shape`` asks every line of
    # a page that learned furniture)
    if len(parts) < 2 or not all(0 < p.count(" ") < 6 for p in parts):
        return None
    if not all(_name(p) for p in parts):
        return None
    if any(w.lower() in _PAPER_WORDS or w in TITLE_WORDS for w in s.replace(",", " ").split()):
        return None
    return parts


def _name(p: str) -> bool:
    """``Ann Lee``, ``Lisa C. Adams``, ``Huan-ang Gao``, ``Vu Minh Hieu Phan``."""
    words = p.split(" ")
    if len(words) < 2 or not _word(words[0]) or not _last(words[-1]):
        return False
    inner = 0
    particle = False
    for w in words[1:-1]:
        if w in _PARTICLES and not particle:
            particle = True
        elif _word(w):
            inner, particle = inner + 1, False
        else:
            return False
    return inner <= 2 and not particle


def _capitalised(w: str) -> bool:
    """A capital, then one or more lower-case letters (apostrophes inside: ``O’Neil``)."""
    rest = w[1:].replace("'", "").replace("’", "")
    return w[:1].isupper() and w[0].isalpha() and rest.isalpha() and rest.islower()


def _word(w: str) -> bool:
    """A name's word: capitalised (its part after a hyphen capitalised or lower-case:
    ``Minh-Son``, ``Huan-ang``), or an initial."""
    if len(w) == 2 and w[1] == "." and w[0].isupper() and w[0].isalpha():
        return True
    head, dash, tail = w.partition("-")
    if not _capitalised(head):
        return False
    return not dash or _capitalised(tail) or _capitalised(tail[:1].upper() + tail[1:])


def _last(w: str) -> bool:
    """A name's last word: capitalised, and so after a hyphen (``Callison-Burch``)."""
    head, dash, tail = w.partition("-")
    return _capitalised(head) and (not dash or _capitalised(tail))


def names_shape(s: str) -> str | None:
    """``N:`` for a line of personal names, else ``None``."""
    return NAMES if split_names(s) is not None else None


# Lines of names in a page's head for the page to print its authors' names (``name_page``)
NAME_LINES: Final = 3


def name_page(window: Sequence[str]) -> bool:
    """Does the head of a page (``window``, raw) print lines of personal names (``Ann Lee,
    Bo Park``), ``NAME_LINES`` or more? A title of names alone is rare (``split_names``
    refuses a paper's words), three in a head are a habit: the page's author lists,
    which ``repeats`` learns where the head shows its abstracts (a page folded narrow
    showed none: every names line stood under or in a title, mix 118 p000590)."""
    n = 0
    for line in window:
        s = line.strip()
        if ", " in s and split_names(s) is not None:
            n += 1
            if n >= NAME_LINES:
                return True
    return False
