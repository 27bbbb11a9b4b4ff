"""Units of page text - one title or one abstract, possibly wrapped over several lines -
and what their shape says about the role they play on the page.

``role_of`` gives a unit its role (title or abstract) from its own shape, the state of the
card being read and the next unit; the helpers below it weigh the page-level evidence the
parser gathers (the page's wrap width, an organisation line's marks, a word cut at the
margin). What a title or an abstract looks like on its own is in ``..shape``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...normalize import collapse_ws
from ..chrome import arxiv_ids
from ..shape import (
    TITLE_MAX,
    joiner,
    prose_marks,
    sentence_like,
    terminal,
    title_shaped,
    title_sized,
)

__all__ = [
    "ABSTRACT",
    "CAMEL",
    "EMAIL",
    "TITLE",
    "TITLE_SEP",
    "Unit",
    "collapse",
    "cut_word",
    "name_like",
    "org_named",
    "org_tail",
    "role_of",
    "title_of",
    "titleish",
    "unwrap",
]

TITLE, ABSTRACT = "title", "abstract"
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}\b")
_WORD = re.compile(r"[^\W\d_]+")
TITLE_SEP = re.compile(r":\s|\s--\s")
# Words that name an organisation (a title's wrapped rest rarely holds one).
_ORG_WORDS = frozenset(
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
# "iVideoGPT", "dSpeculative": a word that starts lower-case but is a name, not prose
CAMEL = re.compile(r"[a-z]+[A-Z0-9]")
_WHOLE_LINK = re.compile(r"\[(?P<text>.*)\]\((?P<url>[^()\s]*)\)$")
_WHOLE_REF = re.compile(r"\[(?P<text>.*)\]\[\d*\]$")
_CLOSER = re.compile(r"\]\((?P<url>[^()\s]*)\)$|\]\[\d*\]$")
_MD_BREAK = re.compile(r"\\\s{2,}")  # "Engage\  with": an escaped line break in a title


@dataclass(slots=True)
class Unit:
    """Consecutive content lines that form one title or one abstract."""

    first: int
    parts: list[str]
    heading: bool = False
    in_link: bool = False
    hard_break: bool = False
    ids: list[str] = field(default_factory=list)
    glued: bool = False  # may continue the unit before it (see ``_PageParser._split_off``)
    linked: bool = False  # its text came out of a markdown link wrapper
    cuts: list[int] = field(default_factory=list)  # parts joined without a space (cut words)
    org: str = ""  # an organisation line split off its end (``org_tail``)
    org_or_title: bool = False  # a ``·`` followed it where a title is due (``_decides_pending``)
    text: str = ""
    kind: str = ""  # "H" heading, "T" title-like, "WA" one-sentence, "A" abstract


def role_of(u: Unit, nxt: Unit | None, card_open: bool, has_abstract: bool) -> str:
    """Title or abstract, from the unit's shape, the card state (a card is open; it has
    an abstract) and the next unit."""
    kind = u.kind
    if kind == "H":
        return TITLE
    if kind == "A" and len(u.text) > TITLE_MAX:
        return ABSTRACT  # too long to be a title wherever it sits (the common case)
    expecting_abstract = card_open and not has_abstract
    if not card_open and kind != "A" and titleish(u.text):
        return TITLE  # a page's text starts with a card: its first unit is a title
    if kind != "T" and title_before_abstract(u.text, nxt, expecting_abstract):
        return TITLE
    if kind == "A":
        return ABSTRACT
    next_kind = nxt.kind if nxt is not None else None
    if (
        not expecting_abstract
        and nxt is not None
        and next_kind == "T"
        and not nxt.heading
        and name_like(nxt.text)
        and titleish(u.text)
    ):
        # "Back on Track. Bundle Adjustment …" + "ETH Zurich" (+ "·"): where a title is
        # due, a title-shaped line before a name line is a title, not a second
        # paragraph of the abstract before it
        return TITLE
    if kind in ("T", "WA") and expecting_abstract and u.linked and not name_like(u.text):
        # markdown captures link a card's text to its paper: a linked unit under a
        # title is its abstract, whatever its shape (``[PLEASE READ … at:\\`` /
        # ``http://…](…)``, ``[Automated story writing … 60 years.](…)``)
        return ABSTRACT
    if kind == "T":
        # A title followed by a title-like line: a card without an abstract, unless
        # the line reads as prose and nothing abstract-like follows it.
        if next_kind not in ("A", "WA") and (
            u.glued or (expecting_abstract and sentence_like(u.text))
        ):
            return ABSTRACT
        return TITLE
    # "WA": one sentence ending in "." - an AI summary, or a title that ends in "."
    if (
        not terminal(u.text)
        and title_shaped(u.text)
        and not prose_marks(u.text)
        and not sentence_like(u.text)
    ):
        # "SaRO! Enhancing LLM Safety …": a sentence break inside, no end: abstracts
        # and summaries end with their sentence, titles need not
        return TITLE
    if not expecting_abstract and next_kind in ("A", "WA") and title_sized(u.text):
        return TITLE
    if not expecting_abstract and title_shaped(u.text) and not prose_marks(u.text):
        # "Rethinking Score! Distilling … Generation" where a title is due: a title
        # (of a card without an abstract), not a second paragraph of the one before
        return TITLE
    if expecting_abstract and next_kind == "A" and not nxt.heading and titleish(u.text):
        # "A Pluggable … Extraction." then a full abstract, under a title without one:
        # a one-clause line then a second paragraph would be the exception
        return TITLE
    if (
        not expecting_abstract
        and next_kind in ("A", "WA")
        and u.text[0].islower()
        and title_sized(u.text[0].upper() + u.text[1:])
        and (not sentence_like(u.text) or (next_kind == "A" and len(u.text) <= 200))
    ):
        # "physics-informed video diffusion for … equations." before a full abstract:
        # a lower-cased title that ends in "."; abstract after abstract is the exception
        return TITLE
    return ABSTRACT


def title_of(u: Unit, nxt: Unit | None) -> bool:
    """A name line followed by ``·`` is a title when an abstract follows it: a full one,
    or a one-sentence summary that reads as prose, or under a line longer than an
    organisation's name (a title ending in a period may follow an organisation line)."""
    if nxt is None or nxt.heading:
        return False
    if nxt.kind == "A":
        return True
    if nxt.kind != "WA":
        return False
    return len(u.text) > 40 or ": " in u.text or sentence_like(nxt.text) or len(nxt.text) > 150


def cut_word(parts: list[str], text: str) -> bool:
    """Does ``text`` continue a word the capture's wrap width cut (``{LCLM-Ho`` /
    ``rizon}}.``)? A greedy wrap cuts only a word longer than the line, so the line before
    is one word filling the widest line of the unit, and other lines keep that rhythm."""
    prev = parts[-1]
    n = len(prev)
    if n < 60 or len(parts) < 2 or " " in prev:
        return False
    widest = max(len(p) for p in parts[:-1])
    return n >= widest and n - widest <= n // 10 and text[:1] not in " \t"


def titleish(s: str) -> bool:
    """Could be a title whatever its case or final period."""
    if title_shaped(s) or title_sized(s):
        return True
    return s[0].islower() and title_sized(s[0].upper() + s[1:]) and not sentence_like(s)


def org_tail(u: Unit, wrap_width: int, profile: str, org_page: bool = False) -> bool:
    """The unit's last line may be an organisation's name rather than its own text: a
    name, not after a word that cannot end a line, and not where the page wraps (on a
    page wrapped at ``wrap_width`` its first word would have fitted on the line above),
    unless the profile link after it is the name's own (``Salesforce`` +
    ``https://huggingface.co/Salesforce``) or the page (``org_page``) puts its "·" under
    organisation lines and never under a title."""
    if len(u.parts) < 2 or u.heading or u.cuts or u.linked:
        return False
    tail, above = u.parts[-1], u.parts[-2]
    if not (name_like(tail) and tail[0].isupper()) or joiner(above):
        return False
    if profile and alnum(profile[profile.rstrip("/").rfind("/") + 1 :]) == alnum(tail):
        return True
    if org_named(tail) or org_page:
        return True  # "University of Massachusetts Amherst": named as an organisation
    # (a line longer than the width was not wrapped there either)
    width = wrap_width if wrap_width >= len(above) else 0
    return not width or len(above) + 1 + len(tail.split(" ", 1)[0]) <= width


def alnum(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


def org_named(s: str) -> bool:
    """Holds a word that names an organisation (``University``, ``Lab``, ``Institute``)."""
    return not _ORG_WORDS.isdisjoint(s.split())


def name_like(s: str) -> bool:
    """Could be an organisation's name: a few words, capitalised (an all-capitals line of
    four words or more is a title; a longer name names an organisation or capitalises
    every word, "Learning Privacy from Visual Entities" does neither), no title
    punctuation."""
    words = s.split()
    if len(s) > 60 or len(words) > 6 or any(c in s for c in ":?!.") or not s[0].isupper():
        return False
    if len(words) >= 4 and s.isupper():
        return False
    # four words or more: named as an organisation, or every word capitalised
    return len(words) < 4 or org_named(s) or all(w[0].isupper() for w in words)


def title_before_abstract(s: str, nxt: Unit | None, expecting_abstract: bool) -> bool:
    """A sentence-broken unit that is a title by its place: followed by an abstract.

    Where a title is due (after an abstract, or before the first card), any abstract-like
    unit after it will do. Right after a title, the unit is that card's abstract unless it
    cannot be one: no final period and a full abstract after it (then the card before had
    none, and says so with ``W_NO_ABSTRACT``).
    """
    if nxt is None or not title_shaped(s) or prose_marks(s):
        return False
    if expecting_abstract:
        return nxt.kind == "A" and len(nxt.text) > TITLE_MAX
    return nxt.kind in ("A", "WA")


# Deleting these from ASCII text leaves its unprintable characters: a bytes table pass is
# ~2x cheaper than str.isprintable, which looks up every character's Unicode category.
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F))


def collapse(s: str) -> str:
    """``collapse_ws``, skipped for printable ASCII without double spaces (most lines)."""
    if (
        s.isascii()
        and "  " not in s
        and s[:1] != " "
        and s[-1:] != " "
        and not s.encode("ascii").translate(None, _PRINTABLE_ASCII)
    ):
        return s
    return collapse_ws(s)


def unwrap(s: str, heading: bool, link_open: bool) -> tuple[str, bool, bool, list[str], bool]:
    """Strip a markdown wrapper: ``[text](url)``, an opening ``[``, a closing ``](url)``.

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
            # a heading that is one whole link is complete: the next line is not its
            # wrapped rest (``### [Title](url)`` + the abstract's first line)
            closes = heading and not link_open
        elif s.count("[") > s.count("]"):
            opens = True
            s = s[1:]
    elif link_open and "]" in s:
        m = _CLOSER.search(s)
        if m is not None and s.count("]") > s.count("["):
            closes = True
            if m.group("url"):
                ids = arxiv_ids(m.group("url"))
            s = s[: m.start()]
    hard = s.endswith("\\")
    if hard:
        s = s.rstrip("\\")
    if "\\ " in s and (heading or opens or link_open):
        s = _MD_BREAK.sub(" ", s)
    return s.strip(), opens, closes, ids, hard
