"""What a listing prints on a card's own text that is not the paper's: a rank or a list
number opening the title (``#3 Title``, ``[3] Title``), the author count closing it
(``Title — 4 authors``, ``Title (4 authors)``), a label opening the abstract
(``Abstract: …``, ``Abstract. …``), and HTML a capture left unrendered (``&amp;``,
``&nbsp;``, ``<br>``: ``html_marks`` reads it), a blockquote's ``> `` opening each line.
A reader of the page reads past each of them to the paper's text; the author count is
the card's ``n_authors`` as on a line of its own.

None of these forms opens or closes a real title or abstract: of the 74,728 papers of
/work/shared/data's arXiv listings, no title opens with ``#N`` or ``[N]`` or closes
with an author count, no abstract opens with such a label (two of the Hugging Face
scrape's do), and one holds an HTML entity (a numeric one, ``&#177;``, left as it is).
The label, HTML and quotes are read off only where the page's head shows the habit on
several lines (``page_marks``): a plain-text page that spells ``&amp;`` once means it
(``tests/fixtures/**/row23_encoding.txt``: "double-escaped entities … are kept as
read"), and a scraped abstract that opens with ``Abstract:`` is the paper's text.
"""

from __future__ import annotations

import re
from typing import Final

from .bold import bold_opens, whole_bold
from .fold_marks import fold_page
from .html_marks import HTML_LINES, habit, html_page
from .title_links import LINK_LAST, title_link

__all__ = [
    "COUNT_LAST",
    "LABEL_FIRST",
    "TAIL_LAST",
    "abstract_marks",
    "ascii_tail",
    "ascii_tail_page",
    "lone_marks",
    "parted_count",
    "author_tail",
    "author_tail_page",
    "bold_page",
    "label_end",
    "label_page",
    "link_title_marks",
    "marks_only",
    "page_marks",
    "quote_page",
    "RANK_FIRST",
    "rank_no",
    "set_off_page",
    "tail_end",
    "tail_page",
    "title_marks",
    "title_tails",
    "unquote",
]

# a rank or list number over a title ("#3 ", "[3] "): a number of one to three digits
_RANK: Final = re.compile(r"(?:#(\d{1,3})|\[(\d{1,3})\])\s+(?=\S)")
# (the characters a rank opens with: ask ``text[:1] in RANK_FIRST`` before ``rank_no``)
RANK_FIRST: Final = frozenset("#[")
# the card's author count after the title, set off by a dash, "·", "|" or brackets
# (the dash or dot as a capture that could not print it shows it: ``?`` from an ASCII
# terminal, ``â€”`` / ``â€“`` / ``Â·`` from UTF-8 read as Windows-1252)
_AUTHORS_TAIL: Final = re.compile(
    r"\s*(?:(?:[—–·|?]|â€[”“]|Â·)\s*(\d{1,4}) authors?|\((\d{1,4}) authors?\))$"
)
# a label over the abstract's text, on its first line
# (an AI summary's ``TL;DR:`` is kept: the summary's own text, as the fixtures read it)
# (set plain, ``Abstract: ``, ``Abstract. ``, IEEE's ``Abstract—``; or set in emphasis,
# ``**Abstract.**``, ``*Abstract:*``, ``__Abstract__``, the emphasis closing the label;
# IEEE's dash as a capture that could not print it shows it: ``Abstract?`` from an ASCII
# terminal, ``Abstractâ€”`` from UTF-8 read as Windows-1252)
_LABEL: Final = re.compile(
    r"(?:(?:Abstract|ABSTRACT)\s*(?:[:.]\s|(?:[—–?]|â€[”“])\s*)"
    r"|(\*\*|__|\*|_)(?:Abstract|ABSTRACT)\s*[:.—–]?\1\s*[:.—–]?)\s*(?=\S)"
)
# what a label may open with
LABEL_FIRST: Final = frozenset("A*_")
# a mark a reading list or a listing's capture sets after a title, on its line: a link's
# bracketed name (``[PDF]``, ``[arXiv]``, ``[pdf] [code]``), a version (``(v2)``), an
# outbound link's arrow (`` ↗``); no title ends so (none of the listings' 74,728)
_LINK_NAME: Final = (
    r"\[(?i:pdf|arxiv|code|paper|html|bib|bibtex|project|video|slides|github|website"
    r"|doi|abs|poster|blog|data|demo|openreview)\]"
)
# (the arrow also as UTF-8 read as Windows-1252 shows it, ``â†—``)
_TAIL_MARK: Final = re.compile(rf"(?:\s+{_LINK_NAME})+$|\s+\(v\d{{1,2}}\)$|\s*(?:↗|â†—)$")
# a line of such marks alone (``[PDF] [Code]`` under an abstract) is chrome of its own
_MARKS_ONLY: Final = re.compile(rf"(?:\s*{_LINK_NAME})+")
# what a line closing with such a mark ends with
TAIL_LAST: Final = frozenset("])↗—")


def rank_no(text: str) -> int:
    """The rank a line opens with (``#12 Title``, ``[12] Title``: ``_RANK``), else 0."""
    m = _RANK.match(text)
    if m is None:
        return 0
    return int(m[1] or m[2])


def title_marks(title: str, meta: dict[str, object]) -> str:
    """The title without a rank opening it or an author count closing it (the count
    given to ``meta`` where the card's other chrome set none)."""
    if title[:1] in _HEAD_FIRST:
        title = _marks_over(title)
    if title.endswith(("author", "authors", "authors)", "author)")):
        m = _AUTHORS_TAIL.search(title)
        if m is not None and m.start():
            meta.setdefault("n_authors", int(m[1] or m[2]))
            title = title[: m.start()]
            if title[:1] in _HEAD_FIRST:  # (``#1 __Title__ (3 authors)``: the bold closes
                title = _marks_over(title)  # before the count)
    return title


# what a title's line opens with where the listing set its marks over the title: a rank
# (``#3``, ``[3]``), a list item's mark, a bold span (``**``, markdown's other ``__``)
_HEAD_FIRST: Final = frozenset("#[-*•+_")
_ITEM_MARKS: Final = ("- ", "* ", "• ", "+ ")


def _marks_over(title: str) -> str:
    """``title`` without the marks a listing stacks over it, in whatever order it sets them
    (``[1] - __Title__``, ``#3 **Title**``, ``- [2] Title``): a rank, a list item's mark,
    a bold span over the whole title, each taken off as it comes. (The token's reader takes
    a list mark and bold off the line's head, ``reader.unmark_title``; a rank over them hid
    them there.) A title's own marks inside it stay (``x*y SAGE``, ``__init__ Files``)."""
    while True:
        if title[:1] in RANK_FIRST and (m := _RANK.match(title)) is not None:
            title = title[m.end() :]
        elif title[:2] in _ITEM_MARKS and title[2:].strip():
            title = title[2:].lstrip()
        elif title[:2] == "**" and whole_bold(title):
            title = title[2:-2].strip()
        elif title[:2] == "__" and whole_bold(f"**{title[2:-2]}**") and title[-2:] == "__":
            inner = title[2:-2]
            if "__" in inner or inner[:1] in " _" or inner[-1:] in " _":
                return title
            title = inner.strip()
        else:
            return title


# a markdown title link with a rank before it or an author count after it
# (the dash as a capture that could not print it shows it too, as ``_AUTHORS_TAIL`` reads
# it: ``â€”``, `` ? ``; mix 183 p000786)
_COUNT_TAIL: Final = r"(\s*(?:(?:[—–·|?]|â€[”“]|Â·)\s*\d{1,4} authors?|\(\d{1,4} authors?\)))"
_LINK_MARKS: Final = re.compile(
    r"(?:#\d{1,3}\s+|\[\d{1,3}\]\s+)?\[(.+)\](\([^()\s]+\))" + _COUNT_TAIL + "?"
)
# the last line of a link wrapped over lines, the count after it (``… Tool Use`` + ``in
# LLMs](url) — 10 authors``): no bracket in its text
_CLOSER_MARKS: Final = re.compile(r"([^\[\]]+)\](\([^()\s]+\))" + _COUNT_TAIL)


def link_title_marks(s: str) -> str:
    """A title's markdown link line (``s`` stripped, a heading's ``#`` marks gone) with the
    listing's marks around the link read as on a plain title's line: the rank before it
    dropped (``#3 [Title](url)``), the author count after it set inside the link's text
    (``[Title](url) — 4 authors`` -> ``[Title — 4 authors](url)``, and so on the last line
    of a link wrapped over lines: ``in LLMs](url) — 4 authors``), where ``title_marks``
    reads it as the card's ``n_authors``. Other lines are returned as they are."""
    ranked = s[:1] in "#[" and s[1:2].isdigit()
    if not ranked and not (s.endswith(_TAILS) and "](" in s):
        return s
    m = _LINK_MARKS.fullmatch(s)
    if m is None and ranked and (o := _RANK.match(s)) is not None:
        rest = s[o.end() :]
        if rest[:1] == "[" and rest.count("[") > rest.count("]"):
            # (a link the capture wrapped: ``### #15 [Federated CLIP … Heterogeneous`` +
            # ``Medical Image Classification](url)``; the rank dropped, the "[" opens the
            # wrapper as on a plain title's line, and its rest closes it)
            return rest
    if m is None and not ranked and (c := _CLOSER_MARKS.fullmatch(s)) is not None:
        # (the wrapper's closing line: the count set inside its text too, so the link
        # closes there: ``units.CLOSER``)
        return f"{c[1]}{c[3]}]{c[2]}"
    if m is None or not (ranked or m[3]):
        return s
    return f"[{m[1]}{m[3] or ''}]{m[2]}"


_TAILS: Final = ("author", "authors", "author)", "authors)")

# The last characters of a line a fold parted inside a link's count or right after the
# link (a digit, the count's mark, the link's bracket): ``parted_count`` is asked of those
# only (a per-line test).
COUNT_LAST: Final = frozenset("0123456789()—–·|?”“")

# a link's closing, then the listing's author count (``…](url) — 11 authors``)
_COUNT_AFTER: Final = re.compile(r"\]\([^()\s]+\)" + _COUNT_TAIL + "$")


def parted_count(s: str, below: str | None) -> str:
    """``s`` with its link's author count whole, where a fold parted the count onto the
    line ``below`` wherever it broke it (``Poses](url) — 11`` + ``authors``, ``Parts](url)
    —`` + ``10 authors``, ``Documentation.](url)`` + ``— 7 authors``: a listing captured at
    a width narrower than its titles, mix 118 p000409): the two lines read as one; "" where
    ``below`` holds no such rest."""
    if below is None:
        return ""
    b = below.strip()
    if len(b) > 16 or not b.endswith(_TAILS):
        return ""
    if s[-1] == ")" and b[0] not in "—–â":
        # (a link whole on its line over a count of its own, ``· 8 authors``, is the
        # card's chrome line, as a page prints it under its abstract; a count opening with
        # the link's dash is no line of its own)
        return ""
    joined = f"{s} {b}"
    return joined if _COUNT_AFTER.search(joined) is not None else ""


def author_tail_page(window: list[str]) -> bool:
    """Does the head of a page close its titles with the card's author count (``Title — 4
    authors``, ``Title (4 authors)``), on ``HTML_LINES`` lines or more?"""
    return habit(window, author_tail)


def author_tail(s: str) -> bool:
    """Does ``s`` (stripped) close with a card's author count set off from its text (``—
    4 authors``, ``(4 authors)``)? A title's last line, on a page that sets the count so
    (no abstract's line ends so: none of the listings' 74,728)."""
    return s.endswith(_TAILS) and _AUTHORS_TAIL.search(s) is not None


def label_page(window: list[str]) -> bool:
    """Does the head of a page set the label over its cards' abstracts, on ``HTML_LINES``
    lines or more? (A scraped abstract that opens with it, two of the Hugging Face
    scrape's, is the paper's text as scraped: one card does not make the page's habit.)"""
    return habit(window, _label_line)


def _label_line(s: str) -> bool:
    s = s.lstrip()  # (an indented abstract's label too)
    if s[:2] == "> ":
        # (a quoted abstract's: the page quotes its abstracts, and its lines are read
        # without the quote's mark, ``unquote``)
        s = s[2:].lstrip()
    return s[:1] in LABEL_FIRST and _LABEL.match(s) is not None


def label_end(s: str) -> int:
    """Where the abstract's text starts after a label opening ``s`` (0: no label)."""
    m = _LABEL.match(s)
    return 0 if m is None else m.end()


def tail_page(window: list[str]) -> bool:
    """Does the head of a page close its lines with a link's mark (``[PDF]``, ``(v2)``,
    `` ↗``), on ``HTML_LINES`` lines or more? (A listing's mark repeats on its cards.)"""
    return habit(window, _tail_line)


def _tail_line(s: str) -> bool:
    s = s.rstrip()
    if s[-1:] not in TAIL_LAST or _TAIL_MARK.search(s) is None:
        # (the mark under the card's count or its paper's link, in either order)
        s = _tails_off(s, False)[0]
        return s[-1:] in TAIL_LAST and _TAIL_MARK.search(s) is not None
    return True


def ascii_tail_page(window: list[str]) -> bool:
    """Does the head of a page close its titles with a link's arrow as an ASCII terminal
    prints it (`` ↗`` as `` ?``), on ``HTML_LINES`` lines or more? A question closes its
    title with ``?`` right after its last word (twenty of the listings' 120,405 titles set
    a space before it: one title makes no habit); a line of text closing with `` ?`` (a
    dash the capture could not print, set at the wrap) has its sentence go on under it.
    The mark set between a title and its paper's link closing the line (``Title ?
    https://arxiv.org/abs/ID``: the dash before the link, ``title_links``) is counted so
    too: the link is read off the title first, the mark is left closing it."""
    n = 0
    for i, s in enumerate(window):
        if s[-1:] in LINK_LAST and " ? " in s and (linked := title_link(s.rstrip())) is not None:
            s = linked[0]
        if s[-2:] == " ?" or s[-1:] == " " and s.rstrip()[-2:] == " ?":
            rest = window[i + 1].lstrip() if i + 1 < len(window) else ""
            if not rest[:1].islower():
                n += 1
                if n >= HTML_LINES:
                    return True
    return False


def ascii_tail(title: str) -> str:
    """A card's title without the arrow closing it as ``ascii_tail_page`` reads it."""
    return title[:-2].rstrip() if title[-2:] == " ?" else title


# the longest line of marks alone a page may repeat as its separator (``lone_marks``)
LONE_MARKS: Final = 3


def lone_marks(window: list[str]) -> frozenset[str]:
    """The lines of closing marks alone (``?``, ``.``, ``)``: ``LONE_MARKS`` characters at
    most) that the head of a page repeats, ``HTML_LINES`` times or more: its separator,
    as a capture printed it (``·`` as ``?`` from an ASCII terminal). A wrap parts a
    sentence's stop from its text once in a while (``sentence_close``), never on every
    card."""
    seen: dict[str, int] = {}
    for s in window:
        if s and len(s) <= LONE_MARKS + 2 and (t := s.strip()) and not t[0].isalnum():
            seen[t] = seen.get(t, 0) + 1
    return frozenset(t for t, n in seen.items() if n >= HTML_LINES and len(t) <= LONE_MARKS)


def _tails_off(s: str, once: bool) -> tuple[str, str, str]:
    """``s`` without the two tails that may close it after a title's mark, in either order
    (the author count, the paper's link; ``once``: each at most once, else two of any),
    and the count and the link taken off ("" for none)."""
    count = link = ""
    for _ in range(2):
        if s.endswith(_TAILS) and (m := _AUTHORS_TAIL.search(s)) is not None and m.start():
            if once and count:
                break
            s, count = s[: m.start()], s[m.start() :]
        elif s[-1:] in LINK_LAST and (linked := title_link(s)) is not None:
            if once and link:
                break
            s, link = linked[0], s[len(linked[0]) :]
        else:
            break
    return s, count, link


def title_tails(s: str, marks: bool) -> str:
    """A title's line (``s`` stripped) closing with more than one of the tails a listing
    sets after its titles, in the order the card reads them: the link's mark (``[PDF]``,
    `` ↗``; ``marks``: the page's habit) taken off, the author count before the paper's
    link (``title_links`` reads the link at the line's end, then ``title_marks`` the count
    at the title's). One tail alone is left to those readers; so is a line of none."""
    body, count, link = _tails_off(s, True)
    if marks and body[-1:] in TAIL_LAST and (cut := tail_end(body)) < len(body):
        body = body[:cut]
    elif not (count and link):
        return s  # (one tail: its reader's; or a mark the page does not set so)
    return body + count + link


# lines set in under a line set in, and lines at the margin right under one or right over
# a block set in, for the page to set its abstracts off by an indent under titles at the
# margin
SET_OFF_RUNS: Final = 20
SET_OFF_BACK: Final = 5


def set_off_page(window: list[str]) -> bool:
    """Does the head of a page set its paragraphs off by an indent, its titles at the
    margin (``SET_OFF_RUNS`` lines set in under a line set in, ``SET_OFF_BACK`` lines at
    the margin right under one, or right over a block of two lines set in or more: a
    page that parts its cards with blank lines or rules shows its titles only over their
    abstracts)? A first-line indent sets in one line a paragraph, a list item's hanging
    indent is under a line at the margin, arXiv sets in a title's rest of one line: none
    runs so."""
    runs = back = 0
    was_in = False
    margin = False  # the line above is text at the margin, no list item's
    for i, s in enumerate(window):
        if not s.strip():
            was_in = margin = False
            continue
        now_in = s[:1] in " \t"
        if now_in and was_in:
            runs += 1
        elif now_in and margin and i + 1 < len(window) and window[i + 1][:1] in " \t":
            if window[i + 1].strip():
                back += 1
        elif was_in and not now_in and s[:1] not in "-*+•0123456789":
            back += 1
        was_in = now_in
        margin = not now_in and s[:1] not in "-*+•0123456789"
    return runs >= SET_OFF_RUNS and back >= SET_OFF_BACK


def marks_only(s: str) -> bool:
    """Is ``s`` (stripped) a line of links' marks alone (``[PDF] [arXiv] [Code]``: a card's
    links whose addresses the capture dropped)? No title or abstract line is one."""
    return s[:1] == "[" and s[-1:] == "]" and _MARKS_ONLY.fullmatch(s) is not None


def tail_end(s: str) -> int:
    """Where a link's mark closing ``s`` (stripped) starts (``len(s)``: none)."""
    m = _TAIL_MARK.search(s)
    if m is None or not m.start() or _MARKS_ONLY.fullmatch(s):
        return len(s)
    return m.start()


# lines of the page's first ``repeats.WINDOW`` opening with a blockquote's ``> `` for the
# page to be one that quotes its abstracts (a quoted abstract quotes each of its lines; an
# abstract hard-wrapped at a ``> 0.4)`` shows one: five of the listings' 74,728 do)
QUOTE_LINES: Final = 10


def quote_page(window: list[str]) -> bool:
    """Does the head of a page set its text in blockquotes (``> `` on ``QUOTE_LINES``
    lines or more)?"""
    return sum(s[:2] == "> " for s in window) >= QUOTE_LINES


def page_marks(window: list[str]) -> tuple[bool, bool, bool, bool, bool, bool]:
    """What the head of a page shows of its habits: HTML a capture left, a label over its
    abstracts, blockquoted text, a link's mark closing its titles, a fold clipping its
    abstracts, paragraphs set off by an indent."""
    return (
        html_page(window),
        label_page(window),
        quote_page(window),
        tail_page(window),
        fold_page(window),
        set_off_page(window),
    )


def unquote(s: str) -> str:
    """A line (stripped) without the blockquote mark opening it, where text follows."""
    return s[2:].lstrip() or s if s[:2] == "> " else s


def abstract_marks(abstract: str) -> str:
    """The abstract without a label opening it."""
    if abstract[:1] in LABEL_FIRST:
        m = _LABEL.match(abstract)
        if m is not None:
            return abstract[m.end() :]
    return abstract


def bold_page(window: list[str]) -> bool:
    """Does the head of a page set its titles in bold: ``HTML_LINES`` lines or more opening
    with a bold span that is no label (``bold_opens``)?"""
    return habit(window, bold_opens)
