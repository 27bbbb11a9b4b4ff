"""Units of page text - one title or one abstract, possibly wrapped over several lines -
and what their shape says about the role they play on the page.

The intake (``parser``) builds units; the decoder (``decode``) gives their pieces roles.
The helpers here weigh what a unit's lines say (could be a title, could be an
organisation's name, continues a word the margin cut). What a title or an abstract looks
like on its own is in ``..shape``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import numpy as np

from ...native import KERNELS
from ...normalize import collapse_ws
from ..chrome_values import arxiv_ids
from ..shape import (
    WIDTH_WINDOW,
    sentence_like,
    title_shaped,
    title_sized,
)
from .tokens import Lazy

__all__ = [
    "CAMEL",
    "CLOSER",
    "EMAIL",
    "ITEM_MARK",
    "NO_CUTS",
    "TITLE_SEP",
    "Unit",
    "collapse",
    "cut_word",
    "dirty_lines",
    "even",
    "indent",
    "joined",
    "list_item",
    "mark_plain",
    "PLAIN_MARK",
    "name_like",
    "next_in_list",
    "org_named",
    "titleish",
    "unwrap",
]

EMAIL: Final = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}\b")
TITLE_SEP: Final = re.compile(r":\s|\s--\s")
# Words that name an organisation (a title's wrapped rest rarely holds one).
_ORG_WORDS: Final = frozenset(
    [
        "University",
        "Universität",
        "Université",
        "Institute",
        "Institut",
        "Lab",
        "Labs",
        "Laboratory",
        "Group",
        "Inc",
        "Inc.",
        "Ltd",
        "Corporation",
        "Corp.",
        "Academy",
        "College",
        "School",
        "Center",
        "Centre",
        "Foundation",
    ]
)
# Lower-case words an organisation's name may hold ("University of …", "Institute for …").
_NAME_SMALL: Final = frozenset(["of", "for", "and", "the", "de", "at", "in", "&"])
# "iVideoGPT", "dSpeculative": a word that starts lower-case but is a name, not prose
CAMEL: Final = re.compile(r"[a-z]+[A-Z0-9]")
_WHOLE_LINK: Final = re.compile(r"\[(?P<text>.*)\]\((?P<url>[^()\s]*)\)$")
# (any label: ``[Title][12]``, ``[Title][]``, ``[Title][paper]``; ``references.title_label``)
_WHOLE_REF: Final = re.compile(r"\[(?P<text>.*)\]\[[^\[\]]*\]$")
CLOSER: Final = re.compile(r"\]\((?P<url>[^()\s]*)\)$|\]\[\d*\]$")
_MD_BREAK: Final = re.compile(r"\\\s{2,}")  # "Engage\  with": an escaped line break in a title


class Unit:
    """Consecutive content lines that form one title or one abstract.

    A plain slotted class: it is built once per title and per abstract, and a dataclass's
    generated ``__init__`` calls ``list`` for each empty list (~0.15 us more per unit)."""

    __slots__ = (
        "atx", "blocky", "breaks", "col", "cuts", "first", "flat", "gap", "hard_break", "heading",
        "ids", "in_link", "indents", "item", "items", "label", "labelled", "lazy", "linked",
        "margin", "folded", "tailed", "parts", "ref", "set_in", "set_ins", "votes", "bot",
    )  # fmt: skip

    def __init__(
        self, first: int, parts: list[str], heading: bool = False, in_link: bool = False
    ) -> None:
        self.first = first
        self.parts = parts
        self.heading = heading
        # a "## " heading: one line in the source (``wraps.continues``); the width of its
        # mark ("## ": 3), which its first line's width on the page counts
        self.atx = 0
        self.in_link = in_link
        self.hard_break = False
        self.ids: list[str] = []
        self.linked = False  # its text came out of a markdown link wrapper
        self.ref = False  # ... one whole reference link ("[Qwen][18]"): its target unknown
        self.label = ""  # the reference label its link closed with (``references``)
        # parts joined without a space (cut words); a shared empty tuple until the first
        # (``cut_at``: most units have none, and two lists fewer per unit is ~0.2 us a
        # record)
        self.cuts: Sequence[int] = ()
        # where the decoder may cut the unit: (part index, continuation score, after a
        # sentence end) - see ``breaks.break_candidate``
        self.breaks: list[tuple[int, tuple[float, float], bool]] = []
        self.blocky = False  # right under text on a page that sets blocks apart with blanks
        self.flat = False  # broken where a page that wraps nothing joined lines
        self.indents: Sequence[int] = ()  # its lines (after the first) indented (``indent_at``)
        self.margin = 0  # its first line's indent: a page's margin (lynx) is no indent
        # the column its text starts at on the page (its margin, a list item's hanging
        # indent and mark): a tool wraps every line at one column (``parser.width_for``)
        self.col = 0
        # ... and how far its first line is set in on the page, list marks and all (the
        # column a page's titles keep apart from its abstracts: ``PageHabits.learn_col``)
        self.set_in = 0
        self.set_ins: dict[int, int] | None = None  # its later lines set in otherwise
        # what continuing the text before it is worth: ``evidence.cont_evidence``'s arguments
        self.lazy: Lazy | None = None
        self.gap = False  # a blank line before it
        self.item = ""  # the list mark its first line opens with (``reader.list_item``)
        # ... and its later lines, by part index, where the intake joined an item line to
        # the text above (its mark is stripped from the part: ``closing._item``)
        self.items: dict[int, str] | None = None
        self.votes = -1  # the count a plain title line carried (``Token.votes``)
        # 1 + the part a Librarian Bot comment opened on, while it goes on (``bot_comment``)
        self.bot = 0
        # its first line opened with the page's label over abstracts (``Token.labelled``)
        self.labelled = False
        self.folded = False  # its last line closed with a site's fold (``Token.folded``)
        self.tailed = False  # ... with the link's mark the page sets after titles

    def cut_at(self, part: int) -> None:
        """Line ``part`` continues a word the line above cut."""
        if isinstance(self.cuts, list):
            self.cuts.append(part)
        else:
            self.cuts = [part]

    def indent_at(self, part: int) -> None:
        """Line ``part`` is indented (deeper than the unit's first line)."""
        if isinstance(self.indents, list):
            self.indents.append(part)
        else:
            self.indents = [part]

    def set_in_at(self, part: int, col: int) -> None:
        """Line ``part`` is set in by ``col``, not by the unit's first line's indent."""
        if self.set_ins is None:
            self.set_ins = {}
        self.set_ins[part] = col

    def set_in_of(self, part: int) -> int:
        """How far line ``part`` is set in on the page (``set_in``)."""
        cols = self.set_ins
        return self.set_in if cols is None else cols.get(part, self.set_in)

    def item_at(self, part: int, raw: str, mark: str) -> None:
        """Line ``part`` (joined to the text above) opens a list item with ``mark``."""
        if self.items is None:
            self.items = {}
        self.items[part] = f"{indent(raw) if raw[:1] in WHITE else 0} {mark}"


WHITE: Final = " \t"


def indent(raw: str) -> int:
    """How far a line is set in (its leading white space)."""
    return len(raw) - len(raw.lstrip())


def cut_word(parts: list[str], text: str) -> bool:
    """Does ``text`` continue a word the capture's wrap width cut (``{LCLM-Ho`` /
    ``rizon}}.``)? A greedy wrap cuts only a word longer than the line, so the line before
    is one word filling the widest line of the unit, and other lines keep that rhythm."""
    prev = parts[-1]
    n = len(prev)
    if n < 60 or len(parts) < 2 or " " in prev:
        return False
    widest = max(map(len, parts[-WIDTH_WINDOW - 1 : -1]))  # the last lines only: linear
    return n >= widest and n - widest <= n // 10 and text[:1] not in " \t"


def titleish(s: str) -> bool:
    """Could be a title whatever its case or final period."""
    if title_shaped(s) or title_sized(s):
        return True
    return s[0].islower() and title_sized(s[0].upper() + s[1:]) and not sentence_like(s)


def org_named(s: str, kinds: frozenset[str] = _ORG_WORDS) -> bool:
    """Named as an organisation: its last word names one (``Tencent ARC Lab``), or such a
    word opens an ``of``/``for`` phrase (``University of Massachusetts Amherst``,
    ``Allen Institute for AI``). Inside a title the word is an ordinary noun ("Video
    Group Activities Hashing"). ``kinds``: the words that name one (``proper`` asks
    institutions only)."""
    words = s.split()
    if not words or kinds.isdisjoint(words):
        return False
    if words[-1] in kinds:
        return True
    return any(
        w in kinds and nxt in ("of", "for") for w, nxt in zip(words, words[1:], strict=False)
    )


# A title's connectives written capitalised ("Aesthetics Without Semantics", "Towards
# Robust Agents"): organisations join their words with a lower-cased "of"/"for"/"and".
_TITLE_OPENERS: Final = frozenset(
    ["Towards", "Toward", "When", "Why", "How", "What", "Can", "Do", "Does"]
)
_TITLE_CONNECTIVES = _TITLE_OPENERS | frozenset(
    ["Without", "With", "Via", "Beyond", "Versus", "Using", "Through", "Meets", "Into", "From"]
    + ["Under", "Across", "Between", "Is", "Are", "Not", "On", "To", "By", "As", "Matters"]
)


# A title's last word no organisation's name ends with: "Report" ends 140 of the page
# generator's 1,870 real titles of 40 characters or fewer (the commonest last word of a
# short title: ``Covo-Audio Technical Report``, ``Qwen3-VL Technical Report``), read as a
# card's organisation under the card above's link on reader 30 p001791 and p001863.
_TITLE_LAST: Final = frozenset(["Report"])


def title_worded(s: str) -> bool:
    """A name holding a title's connective, capitalised (``Aesthetics Without Semantics``,
    ``Towards Robust Agents``), or ending in a title's last word (``Covo-Audio Technical
    Report``): a title, not an organisation's name."""
    words = s.split()
    if not words:
        return False
    return (
        words[0] in _TITLE_OPENERS
        or not _TITLE_CONNECTIVES.isdisjoint(words[1:])
        or words[-1] in _TITLE_LAST
    )


# A verb contracted (``Don't``, ``Can't``, ``We're``, ``You'll``, ``I've``, ``I'm``): a
# title says so (``Don't Pay Attention`` over its card's ``· Mar 11, 2024``, read as an
# organisation's name and its date: default 118 p001857, a card lost); no organisation's
# name does (a possessive ``'s`` may: ``King's College London``).
_CONTRACTED: Final = re.compile(r"[A-Za-z](?:n['\u2019]t|['\u2019](?:re|ll|ve|m))\b")


def name_like(s: str) -> bool:
    """Could be an organisation's name: a few words, capitalised (an all-capitals line of
    four words or more is a title; a longer name is named as an organisation), no title
    punctuation."""
    # (the cheap tests first, without a generator: most titles fail one)
    if len(s) > 60 or not s[0].isupper() or ":" in s or "?" in s or "!" in s or "." in s:
        return False
    if ("'" in s or "\u2019" in s) and _CONTRACTED.search(s) is not None:
        return False  # (a verb's contraction: a title or a sentence, ``_CONTRACTED``)
    words = s.split()
    if len(words) > 6:
        return False
    if len(words) >= 4 and s.isupper():
        return False
    # every word capitalised but the small words of a name ("Information from
    # coincidences" is a title); four words or more: named as an organisation ("Towards
    # Better Instruction Following Retrieval Models" capitalises every word and is a title)
    if any(not w[0].isupper() and w not in _NAME_SMALL for w in words):
        return False
    return len(words) < 4 or org_named(s)


# Deleting these from ASCII text leaves its unprintable characters: a bytes table pass is
# ~2x cheaper than str.isprintable, which looks up every character's Unicode category.
_PRINTABLE_ASCII: Final = bytes(range(0x20, 0x7F))


# The text last marked plain (``mark_plain``); the object itself, so its identity stays
# unique. (Set and read in place by the intake and the closer: every record, twice.)
PLAIN_MARK: Final[list[str | None]] = [None]


def mark_plain(text: str) -> None:
    """``text`` is printable ASCII without two spaces in a row or a space at either end, as
    ``dirty_lines`` found its line: ``collapse`` returns it without looking. The intake
    marks each plain line it adds to a unit; a one-line unit's text is that very object
    (the common case), closed before the next line is marked."""
    PLAIN_MARK[0] = text


def collapse(s: str) -> str:
    """``collapse_ws``, skipped for printable ASCII without double spaces (most lines)."""
    if s is PLAIN_MARK[0]:
        return s
    if (
        s.isascii()
        and "  " not in s
        and s[:1] != " "
        and s[-1:] != " "
        and not s.encode("ascii").translate(None, _PRINTABLE_ASCII)
    ):
        return s
    return collapse_ws(s)


def dirty_lines(texts: list[str]) -> set[int]:
    """Indexes of the texts that are not printable ASCII without two spaces in a row
    (``collapse`` could change them, stripped); a text may not hold a newline. One pass of
    the C kernel where it runs (``papercorpus.native``), else ``numpy_dirty_lines``."""
    if KERNELS is not None:
        return set(KERNELS.dirty_lines(texts))
    return numpy_dirty_lines(texts)


def numpy_dirty_lines(texts: Sequence[str]) -> set[int]:
    """``dirty_lines`` by numpy: one pass over many lines instead of two scans of each
    (~0.7 against ~3.4 us a record: CPython's search for ``"  "`` stops at every space)."""
    dirty = [i for i, t in enumerate(texts) if not t.isascii()]
    keep = [i for i, t in enumerate(texts) if t.isascii()] if dirty else None
    plain = [texts[i] for i in keep] if keep is not None else texts
    data = "\n".join(plain).encode("ascii") + b"\n"
    a = np.frombuffer(data, np.uint8)
    found = []
    # the only bytes below a space are the newlines between the texts, and none is DEL
    if np.count_nonzero(a < 32) != len(plain) or b"\x7f" in data:
        found.append(np.flatnonzero(((a < 32) & (a != 10)) | (a == 127)))
    space = a == 32
    double = space[1:] & space[:-1]
    if np.count_nonzero(double):
        found.append(np.flatnonzero(double))
    if found:
        ends = np.cumsum(np.fromiter(map(len, plain), np.int64, len(plain)) + 1)
        rows = np.searchsorted(ends, np.concatenate(found), side="right").tolist()
        dirty.extend(rows if keep is None else [keep[r] for r in rows])
    return set(dirty)


def unwrap(
    s: str, heading: bool, link_open: bool, may_open: bool = True
) -> tuple[str, bool, bool, list[str], bool]:
    """Strip a markdown wrapper: ``[text](url)``, an opening ``[`` (unless not
    ``may_open``: no closer answers it), a closing ``](url)``.

    Only wrappers around the whole unit are removed; inline links inside an abstract
    (``[lacing-lvlm.github.io](https://…)``) are content and stay as read.
    """
    opens = closes = False
    ids: list[str] = []
    if s[0] == "[":
        m = _WHOLE_LINK.match(s) or _WHOLE_REF.match(s)
        if m is not None:
            s = m.group("text")
            if "url" in m.groupdict():
                ids = arxiv_ids(m.group("url"))
            # a line that is one whole link is complete: the next line is not its
            # wrapped rest (``### [Title](url)`` + the abstract's first line;
            # ``[An abstract …](url)`` + the next title)
            closes = not link_open
        elif may_open and s.count("[") > s.count("]"):
            opens = True
            s = s[1:]
    elif link_open and "]" in s:
        m = CLOSER.search(s)
        if m is not None and s.count("]") > s.count("["):
            closes = True
            if m.group("url"):
                ids = arxiv_ids(m.group("url"))
            s = s[: m.start()]
    hard = s.endswith("\\")
    if hard:
        s = s.rstrip("\\")
    if ("\\ " in s or "\\\u00a0" in s) and (heading or opens or closes or link_open):
        # (a no-break space in the break too: ``Can\\`` + U+00A0 + `` Predict``, new 115
        # ``n_space`` p001481, kept its backslash in the title)
        s = _MD_BREAK.sub(" ", s)
    return s.strip(), opens, closes, ids, hard


NO_CUTS: Final[frozenset[int]] = frozenset()


def even(parts: list[str], text: str) -> bool:
    """Do the unit's last lines keep one width (within a fifth), as wrapped prose does? A
    page may show some abstracts on one line and others wrapped (HF keeps arXiv's line
    breaks only for some papers)."""
    prev = len(parts[-1])
    other = len(parts[-2]) if len(parts) > 1 else len(text)
    return prev >= 60 and min(prev, other) * 5 >= max(prev, other) * 4


def joined(parts: list[str], lo: int, hi: int, cuts: set[int] | frozenset[int]) -> str:
    """Lines ``lo:hi`` of a unit as one string (a cut word rejoined without a space).
    Linear in the lines: a hostile page of 30,000 cut lines must not take minutes."""
    if hi - lo == 1:
        return parts[lo]
    if not cuts:
        return " ".join(parts[lo:hi])
    pieces = [parts[lo]]
    for i in range(lo + 1, hi):
        if i not in cuts:
            pieces.append(" ")
        pieces.append(parts[i])
    return "".join(pieces)


# A list mark opening a line, with the spaces after it (``reader.item_indent``: its width).
ITEM_MARK: Final = re.compile(r"(\d{1,3}[.)]|[-*•+])\s+(?=\S)")


def list_item(s: str) -> str:
    """The list mark a line opens with (``12.``, ``3)``, ``-``, ``•``), else "": the
    intake keys it with the line's margin (``Unit.item``), and a link's line keeps it
    though ``link_marks`` strips it from the text."""
    m = ITEM_MARK.match(s)
    return m.group(1) if m is not None else ""


def next_in_list(above: str, item: str) -> bool:
    """Is ``item`` the next sibling of ``above`` in one list (keys of ``Unit.item``: the
    margin, a space, the mark)? The same bullet at the same margin, or the next number
    with the same delimiter (``19.`` then ``20.``; not ``15)`` then ``1)``: an abstract's
    own enumeration starts again at one)."""
    if not above or above[-1] != item[-1]:
        return False
    if not item[-2].isdigit():
        return above == item  # a bullet: the same mark at the same margin
    margin, _, n = above.partition(" ")
    margin2, _, n2 = item.partition(" ")
    return margin == margin2 and int(n[:-1]) + 1 == int(n2[:-1])
