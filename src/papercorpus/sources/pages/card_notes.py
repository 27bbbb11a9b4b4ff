"""Lines a card prints about its paper in shapes no title and no abstract line takes.

A reader of a listing passes over them as furniture on sight, whatever the page's other
habits: the card's date in numbers (``07/10/2024``, ``7.10.2024``, ``2024/10/07``); its
authors with affiliation marks (``Ann Lee¹, Bo Chen²``: every name ends in a mark) and the
marks' legend (``¹MIT ²Stanford``: a line opening with a mark); arXiv subject codes
(``cs.CL; cs.AI``, ``Computation and Language (cs.CL)``: every part a code); a venue
(``Accepted at NeurIPS 2024``, ``ICLR 2025 (Oral)``); an AI summary under its label
(``TL;DR: …``, ``Summary: …``: one sentence, ended).

Not here: ``Code: https://…`` / ``Project page: https://…`` lines. 251 lines of the real
abstracts (``/work/shared/data``, as listed and wrapped at 60, 80 and 100) are so shaped:
an abstract's last sentence, wrapped to a line of its own, reads exactly as a card's link
line does; only the page's repetition can tell them apart (``repeats``).

``note_kind`` names the line's kind, or ``None``; ``note_values`` reads the values a
card keeps from it. Each test first looks at a character or two, so a title or an
abstract line (nearly every line a page has) costs a few comparisons.
"""

from __future__ import annotations

import re
from typing import Final

from ...fields import EXTRA
from ...normalize import fix_mojibake
from ..chrome import classify_chrome
from ..shape import sentence_like, title_cased
from .card_marks import marks_only
from .cell_reads import cell_values
from .opener_shapes import TITLE_WORDS as _TITLE_WORDS
from .site_chrome import site_kind
from .wraps import ASKING

__all__ = [
    "FIELD_SEPS",
    "NOTE_KINDS",
    "names_head",
    "names_rest",
    "SUMMARY",
    "SUMMARY_LINE",
    "card_chrome",
    "keep_note",
    "note_kind",
    "printed_chrome",
]

NAMES: Final = "names"  # authors with affiliation marks
LEGEND: Final = "org"  # the marks' legend: the card's organisations
SUBJECTS: Final = "subjects"
VENUE: Final = "venue"
SUMMARY: Final = "summary"
CELLS: Final = "cells"  # a card's values in one tab-joined line
NOTE_KINDS: Final = frozenset((NAMES, SUBJECTS, VENUE, SUMMARY, CELLS))

_SUP: Final = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_MARK_END: Final = _SUP + "*†‡"
_NUM_DATE: Final = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}([./-])\d{1,2}\2\d{1,2}")
# A count and the question marks an ASCII capture printed for its words (``12??``)
_UNPRINTED: Final = re.compile(r"\d{1,4}(?:[.,]\d+)?[kK]? ?\?{2,8}")
# ... and as UTF-8 read as Windows-1252 prints a CJK character: its lead byte a letter from
# ``ã`` to ``é``, then one or two of the code page's characters for continuation bytes
# (``å¤©`` for ``天``; ``å‰`` for ``前``, its byte ``0x8D`` none of the code page's, lost
# or kept as the control character ``U+008D``: ``normalize.fix_mojibake`` cannot read it
# back): a count then up to four such
# (``5 å¤©å‰``, ``5 天前``), or two or three alone (``æ˜¨å¤©``, ``昨天``)
_CJK_AS_1252: Final = (
    "(?:[\u00e3-\u00e9][\u00a0-\u00bf\u0081\u008d\u008f\u0090\u009d\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6"
    "\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc"
    "\u2122\u0161\u203a\u0153\u017e\u0178]{1,2})"
)
_UNPRINTED_1252: Final = re.compile(rf"\d{{1,4}}(?:[.,]\d+)?[kK]? ?{_CJK_AS_1252}{{1,4}}")
_WORD_1252: Final = re.compile(rf"{_CJK_AS_1252}{{2,3}}")
# A name: two to five words (initials, particles, hyphens), then its marks (``¹,²``,
# ``^1,2``, ``*``); a name without a mark of its own is no marked name.
_NAME: Final = re.compile(
    r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|van|von|de|der|den|da|di|du|del|la|le|bin|dos)){1,4}"
    rf"(?:[{_SUP}](?:,?[{_SUP}])*|\^\d+(?:,\d+)*)[*†‡]*"
)
_LEGEND: Final = re.compile(rf"(?:[{_SUP}]+ ?|\^\d+ )[A-Z]")
_CAT: Final = (
    r"(?:cs|stat|math|eess|econ|physics|q-bio|q-fin|astro-ph|cond-mat|quant-ph|nlin|gr-qc"
    r"|hep-[a-z]{2}|nucl-[a-z]{2})(?:\.[A-Za-z-]{2,})?"
)
_SUBJECT: Final = re.compile(rf"{_CAT}|[A-Z][A-Za-z ,&-]{{2,70}} \({_CAT}\)")
_SUBJECT_SPLIT: Final = re.compile(r";\s*")
_VENUE: Final = re.compile(
    r"(?:Accepted (?:at|to|by|in|for|as) [^.]{2,60}?(?:(?:19|20)\d\d|\))\.?"
    r"|[A-Z][A-Za-z]*[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*)? (?:19|20)\d\d \([^()]{2,30}\))"
)
SUMMARY_LINE: Final = re.compile(
    r"(?:\*\*)?(?:TL;DR|TLDR|AI summary|Summary)(?::\*\*|\*\*:|:|(?<=DR))\s+(\S.{20,300}[.!?])"
)
_SENTENCE_END: Final = re.compile(r"[.!?] +[A-Z(]")
# HTML's folding and block tags a capture left as text (``<details>``, ``</details>``,
# ``<summary>Abstract</summary>``), and what a fold's summary says
_TAG: Final = re.compile(
    r"</?(?:details|summary|div|p|span|section|blockquote|hr|br)\b[^<>]{0,80}>"
)
_FOLD_SAYS: Final = frozenset(
    ("", "abstract", "summary", "show abstract", "read abstract", "details", "click to expand")
)
# a label over the abstract on a line of its own (``Abstract``, ``**Abstract**``,
# ``Abstract:``): the section's name, no title
_LABEL_ALONE: Final = re.compile(r"(\*\*|__|\*|_)?(?:Abstract|ABSTRACT)\s*:?\1?:?")
# a rule drawn with dashes or box lines no markdown rule takes (``————``, ``────``, ``═══``)
_RULE: Final = frozenset("—–─━═")


def card_chrome(line: str) -> str | None:
    """``classify_chrome``'s kind of a page line, else its kind as a card's note or as a
    listing site's chrome (``site_chrome``)."""
    kind = classify_chrome(line)
    if kind is not None and kind != "org":
        return kind
    s = line.strip()
    if not s:
        return kind
    if (
        s[0] in _PRINTED_FIRST
        or len(s) <= _PRINTED_MAX
        and (" ? " in s or " Â· " in s)
        or s[0] == "["
        and s[-1] == "]"
        and len(s) <= _BRACKET_MAX
        and not s.isascii()
    ):
        # (a line a capture could not print the marks of: ``Â· Published on …`` is no
        # organisation's name before its dot, but the dot and a date; nor is
        # ``[Meta AI](…/MetaAI) ? Published on Jan 5`` text: an organisation, the dot
        # parting its fields as printed, and a date; nor ``[å›¾ç‰‡ï¼šæ— …]``: an
        # image's placeholder, ``[图片：无替代文本]``, its words printed so)
        printed = printed_chrome(s)
        if printed is not None:
            return printed
    if kind is None:
        return note_kind(s) or site_kind(s) or counted_name(s)
    return kind


# What else than the dot sets a card line's fields apart (``7 authors — 35 comments — Apr
# 5, 2022``, ``2 authors | NVIDIA | Aug 13, 2025``, ``5 authors / 18 comments /``)
FIELD_SEPS: Final = (" / ", " | ", " — ", " • ")


def separated_chrome(s: str) -> str | None:
    """The kind of a card line set in fields by another mark than the dot, each field
    chrome the rules read, one of them a name at most, not the first: the kind
    of its date, else of its first field. A page folded narrow may leave the mark closing
    the line (``5 authors / 18 comments /`` over ``Jul 10, 2025``). A title's or a
    sentence's parts are no chrome each. Asked after the page's furniture (``parser``):
    a line the page taught keeps the values its labels name."""
    if len(s) > _PRINTED_MAX:
        return None  # (first: an abstract on one line is long, and each scan reads it all)
    sep = ""
    for mark in FIELD_SEPS:
        if mark in s:
            sep = mark
            break
    if not sep:
        return None
    kinds: list[str] = []
    named = False
    for i, part in enumerate(s.rstrip(sep[1] + " ").split(sep)):
        kind = classify_chrome(part)
        if kind is None:
            # (a name after a field the rules read, not first: ``Title — 7 authors`` is a
            # title closing with its count, ``novel.title_tail``)
            if named or not i or not _NAMED_FIELD.fullmatch(part):
                return None
            named = True
            continue
        kinds.append(kind)
    if len(kinds) < 2 and not (named and kinds):
        return None
    if named and not ({"authors", "date"} & set(kinds)):
        return None
    return "date" if "date" in kinds else kinds[0]


# a field naming an organisation or a user: a few capitalised words, no sentence's marks
_NAMED_FIELD: Final = re.compile(r"[A-Z][\w&'.-]*(?: [A-Za-z&][\w&'.-]*){0,4}")


def counted_name(s: str) -> str | None:
    """``authors`` for a card's author count then a name, set apart by the dot (``4
    authors · Tsinghua University``): ``Name · 4 authors`` read the other way round (the
    rules read a name only before its chrome). No title opens with its author count."""
    if not s[0].isdigit() or " · " not in s:
        return None
    head, _, name = s.partition(" · ")
    if (
        not name[:1].isalpha()  # (a count, ``7 ▲``, is no name: the page's furniture)
        or classify_chrome(head) != "authors"
        or classify_chrome(f"{name} · {head}") != "org"
    ):
        return None
    return "authors"


# what a line whose marks a capture could not print opens with (``printed_chrome``)
_PRINTED_FIRST: Final = frozenset("Ââ?")
# ... and the longest line looked into for a dot printed between its fields: a chrome line
# (an organisation's image link, its name and a date: 170 characters) is short, and an
# abstract on one line is not looked through (a scan of every such line cost the 1M
# corpus 2.5 s of 18)
_PRINTED_MAX: Final = 300
# ... and the longest bracketed line read back (an image's placeholder, ``[图片：无替代文本]``)
_BRACKET_MAX: Final = 80


def printed_chrome(s: str) -> str | None:
    """The chrome kind of ``s`` (stripped) read with its marks as they were before a
    capture that could not print them: UTF-8 read as Windows-1252 (``Â·`` for ``·``,
    ``â€¢`` for ``•``, ``Â· Published on Sep 27``), an ASCII terminal's ``?`` for the dot
    opening the line (``? Published on Sep 27``) or parting its fields (``[Meta AI](…) ?
    Published on Jan 5``). No title or abstract reads as chrome once read back; a line
    that does not is kept as printed (its text the capture's).

    >>> printed_chrome("â€¢"), printed_chrome("? Published on Sep 27, 2021")
    ('dot', 'date')
    >>> printed_chrome("â€œQuotedâ€ Title") is None
    True
    """
    t = s
    if s[0] in "Ââ[" or " Â· " in s:
        t = fix_mojibake(s)
    elif s[0] == "?":
        if s[1:2] != " ":
            # (the affiliation marks' legend, its marks printed so: ``?MIT ?Stanford``)
            return LEGEND if _printed_legend(s) else None
        t = "·" + s[1:]
    if " ? " in t and t[: t.find(" ")] not in ASKING:
        # (the dot parting a line's fields, as an ASCII terminal printed it: ``[Meta
        # AI](…) ? Published on Jan 5``; ``repeats.shape`` reads such fields so too).
        # Not after a question's word opening the line: its "?" is the question's, set
        # apart from it by a space (``Are Bias Evaluation Methods Biased ? Dec 22,
        # 2017``, a ``c_reader`` title and its date, read as an organisation's name and
        # its date: conv 118 p000235, a card lost); no organisation's name asks
        t = t.replace(" ? ", " · ")
    if t == s:
        return None
    kind = classify_chrome(t)
    if kind is None:
        kind = note_kind(t) or site_kind(t)
    return kind


def keep_note(meta: dict[str, object], kind: str, s: str) -> None:
    """The values of a card's note line of ``kind`` (``NOTE_KINDS``) kept in its ``meta``:
    the fields' own (``authors``, ``categories``, ``ai_summary``), a venue in
    ``extra`` (no field reads it); the first line's of each."""
    for key, value in note_values(kind, s).items():
        if key == "venue":
            extra = meta.get(EXTRA)
            if not isinstance(extra, dict):
                meta[EXTRA] = extra = {}
            extra.setdefault(key, value)
        else:
            meta.setdefault(key, value)


def note_kind(s: str) -> str | None:
    """The kind of a card's note line ``s`` (stripped), or ``None``."""
    first, last = s[0], s[-1]
    if "\t" in s and len(s) <= 200 and _cells(s):
        return CELLS
    if first == "<" and last == ">" and len(s) <= 200:
        # a line of HTML tags alone (``<details><summary>Abstract</summary>``): no title's
        return "markup" if _TAG.sub("", s).strip().lower() in _FOLD_SAYS else None
    if first in "A*_" and len(s) <= 16 and _LABEL_ALONE.fullmatch(s):
        return "markup"
    if first == "[" and last == "]" and len(s) <= 80 and marks_only(s):
        return "markup"  # (a card's links, their addresses dropped: ``[PDF] [Code]``)
    if first == "↗" and len(s) == 1:
        return "markup"  # (a link's arrow, a fold parted from its title: ``card_marks``)
    if first in _RULE and len(s) >= 3 and all(c in _RULE or c == " " for c in s):
        return "markup"
    if first in _SUP or first == "^":  # (before digits: "¹" is a digit to ``isdigit``)
        return LEGEND if len(s) <= 300 and _LEGEND.match(s) else None
    if _digit(first):
        if last == "?":
            # a count whose words an ASCII capture could not print (``12日前`` as ``12??``,
            # ``3 位作者`` as ``3 ???``): no text's line
            return "markup" if len(s) <= 16 and _UNPRINTED.fullmatch(s) else None
        if len(s) <= 20 and not s.isascii() and _UNPRINTED_1252.fullmatch(s):
            return "markup"  # (``5 å¤©å‰``: as the ASCII terminal's ``12??`` above)
        return "date" if len(s) <= 10 and _NUM_DATE.fullmatch(s) else None
    if "\u00e3" <= first <= "\u00e9" and len(s) <= 9 and _WORD_1252.fullmatch(s):
        return "markup"  # (``æ˜¨å¤©``: a word of the interface's, printed so)
    if last in _MARK_END or (_digit(last) and "^" in s):
        if len(s) <= 600 and all(_NAME.fullmatch(p) for p in s.split(", ")):
            return NAMES
        if "Â" in s and (t := fix_mojibake(s)) != s and note_kind(t) == NAMES:
            return NAMES  # (the marks as UTF-8 read as Windows-1252: ``Ann SatoÂ¹,Â²``)
        return None
    if last == "?" and ", " in s and len(s) <= 600 and _printed_names(s):
        return NAMES
    if s.startswith(("TL;DR", "TLDR", "**TL", "Summary:", "AI summary")):
        m = SUMMARY_LINE.fullmatch(s)
        # (one sentence: an abstract that opens with its own "TL;DR: …" goes on; and not
        # a title's shape, in Title Case without a sentence's words: ``TL;DR: Too Long, Do
        # Re-weighting for Efficient LLM Reasoning Compression.`` names a paper, held-out
        # reader 34 p002002; ``To this end, we introduce Multi-Scale Attention (MSA).`` is
        # a summary)
        if m is None or _SENTENCE_END.search(m.group(1)) is not None:
            return None
        said = m.group(1)
        return None if title_cased(said) and not sentence_like(said) else SUMMARY
    if "." in s and (last == ")" or s[:3] == "cs." or s[4:5] == "."):
        parts = _SUBJECT_SPLIT.split(s)
        return SUBJECTS if all(_SUBJECT.fullmatch(p) for p in parts) else None
    if (s.startswith("Accepted ") or _digit(last) or last == ")") and len(s) <= 120:
        return VENUE if ". " not in s and _VENUE.fullmatch(s) else None
    return None


# A name's first words a fold parted from the rest (capitalised, no marks yet)
_NAME_HEAD: Final = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}")


def names_head(s: str) -> str:
    """The first words of the last name of ``s`` (stripped), a line of two names or more
    with their affiliation marks that a narrow fold broke inside its last name (``Ivo
    Quist¹,³, Emil Voss¹,², Kai``); "" where it is not one. ``names_rest`` reads the line
    under it."""
    parts = s.split(", ")
    if len(parts) < 3 or not _NAME_HEAD.fullmatch(parts[-1]):
        return ""
    for p in parts[:-1]:
        if not _NAME.fullmatch(p):
            return ""
    return parts[-1]


def names_rest(head: str, s: str) -> bool:
    """Is ``s`` the rest of a line of marked names a fold broke after the name's first
    words ``head`` (``names_head``): ``Rossi²,³, Farah Umar¹,³``, every name whole again?"""
    return len(s) <= 600 and all(_NAME.fullmatch(p) for p in f"{head} {s}".split(", "))


def _printed_names(s: str) -> bool:
    """Is ``s`` a line of two names or more, each closing with its affiliation marks as an
    ASCII terminal printed them (``Hana Umar?, Goran Park?,?``)? A question closes a
    title once, on its last part; no name holds a title's small words (``Not``, ``Are``)."""
    parts = s.replace("?", "¹").split(", ")
    if len(parts) < 2 or not all(_NAME.fullmatch(p) for p in parts):
        return False
    return _TITLE_WORDS.isdisjoint(s.replace("?", " ").replace(",", " ").split())


def _printed_legend(s: str) -> bool:
    """Is ``s`` (opening with ``?``) the marks' legend as an ASCII terminal printed it
    (``?Google DeepMind ?Mila``): every ``?`` opening a capitalised name, no colon (a
    title opening with a quote it could not print closes the quote too: ``?Quoted?
    Titles``; a subtitle's colon)?"""
    if len(s) > 300 or ":" in s:
        return False
    at = s.find("?")
    while at >= 0:
        if (at and s[at - 1] != " ") or not s[at + 1 : at + 2].isupper():
            return False
        at = s.find("?", at + 1)
    return True


def _cells(s: str) -> bool:
    """A line of two cells or more parted by tabs (a row of a listing's table copied as
    text: ``Jun 4, 2024<TAB>5 authors<TAB>12 comments``), every cell one value a card's
    chrome prints (a date, an author or comment count, stars, votes): no title or
    abstract line is so made."""
    return cell_values(s) is not None


def _digit(c: str) -> bool:
    """``c.isdigit()`` of one character, the method asked only past ASCII: this runs on
    every text line's ends, and mypyc calls ``str`` methods through Python (``ord`` and
    an integer test are native; a string comparison is not)."""
    code = ord(c)
    return 48 <= code <= 57 or (code > 127 and c.isdigit())


def note_values(kind: str, s: str) -> dict[str, object]:
    """The values a card keeps from its note line of ``kind`` (``note_kind``)."""
    if kind == NAMES:
        if "Â" in s:
            s = fix_mojibake(s)  # (the marks as a capture printed them: ``note_kind``)
        return {"authors": [_unmarked(p) for p in s.split(", ")]}
    if kind == SUBJECTS:
        cats = [p[p.rfind("(") + 1 : -1] if p.endswith(")") else p for p in _SUBJECT_SPLIT.split(s)]
        return {"categories": cats}
    if kind == SUMMARY:
        m = SUMMARY_LINE.fullmatch(s)
        return {"ai_summary": m.group(1)} if m else {}
    if kind == VENUE:
        return {"venue": s}
    if kind == CELLS:
        return cell_values(s) or {}
    return {}


def _unmarked(name: str) -> str:
    """A name without its marks (``Ann Lee¹,²`` -> ``Ann Lee``)."""
    cut = name.find("^")
    if cut < 0:
        cut = len(name)
        while cut and (name[cut - 1] in _MARK_END or name[cut - 1] in ",?"):
            cut -= 1
    return name[:cut]
