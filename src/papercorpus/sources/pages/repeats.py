"""Chrome the page teaches by repeating it: a line whose shape recurs on the cards of a page
is the page's furniture, not a paper.

A listing prints the same furniture on every card with only its numbers, its date or the
value after a fixed label changing (``#3 Paper of the day``, ``★ 812``, ``💬 3``,
``Published on Jun 4``, ``Authors: A, B, C``, ``88 ▲``, ``4 authors · Meta``,
``Comments: 7  Stars: 531``, ``Abstract:`` alone over its text). A reader who has seen two
cards knows such a line at once, though no rule names its words: its *shape* (digits and
month names masked; a ``Label:`` line by its label; a line set in fields by ``·`` or ``|``
by its first field) comes back on (nearly) every card, while every card keeps a title of
its own beside it. No title repeats so: a page rendering each whole card twice repeats a
title twice, not once per card, and titles opening with one word and a colon
(``Position: …``) are the card's only title line where they stand.

The parser streams, but a page is a file: its first ``WINDOW`` lines are read ahead
(bounded memory) and learned from (``learn``), so the first cards are read with the
habit already known; the lines then go on to the parser in order, and a text line whose
shape was learned is chrome of the kind ``repeated`` (counted as such in ``--stats``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Final

from ..arxiv_marks import category_line
from ..browser_marks import unmark_links
from ..chrome import MONTH_NAME
from .card_notes import FIELD_SEPS, card_chrome, note_kind
from .hashtags import KIND as TAGS
from .hashtags import hashtag_line
from .opener_shapes import names_shape, opener_shape, split_names
from .paragraphs import paragraphs
from .section_labels import section_label
from .site_chrome import CHIPS_SHAPE, FIELDS_SHAPE, chip_line, site_kind, study_fields
from .units import name_like, org_named
from .widths import filled

__all__ = ["KIND", "WINDOW", "learn", "prose_line", "shape", "values_only"]

KIND: Final = "repeated"
# Lines read ahead of the parser to learn the page's repeated furniture from: at least a
# dozen cards of any layout seen so far (a wrapped abstract takes ~15 lines).
WINDOW: Final = 400
# A shape is furniture when it comes back at least this often in the window ...
MIN_REPEATS: Final = 3
# ... on this share of the cards (counted by their abstracts' paragraphs) or more, ...
CARD_SHARE: Final = 0.8
# ... and in this share of its places, the card keeps a title line of its own beside it.
TITLED_SHARE: Final = 0.8
# A line of prose: an abstract's line (set on one line, or hard-wrapped over lines of at
# least ``PROSE_LINE`` characters, ``PROSE_RUN`` characters in all).
PROSE_LINE: Final = 60
PROSE_RUN: Final = 250
# On a page wrapped narrower than its titles (``widths.FOLD_WIDTH``: a capture folded at
# 40-60 columns), a line of prose fills this share of the page's width (``prose_line``).
NARROW_WIDTH: Final = 64
NARROW_SHARE: Final = 0.6
# A label's values that read as titles: this many words or more (``_titles``).
TITLE_WORDS: Final = 3
# Longer lines are no furniture (a name list after its label may run long).
MAX_LEN: Final = 400

# A count as a listing prints it: 812, 1,234, 1.2k, 3 M.
_NUMBER: Final = re.compile(r"\d+(?:[.,]\d+)*(?:\s?[kKmM]\b)?")
_MONTH: Final = re.compile(rf"\b{MONTH_NAME}\b\.?")
# A card date the masks read whole (``Jun 4``, ``Jun 4, 2024``, ``4 Jun 2024``).
_CARD_DATE: Final = re.compile(r"M 0(?:, 0)?|0 M 0")
# ``Label: value`` and ``Label:`` alone: a label of one to three words.
_LABEL: Final = re.compile(r"([A-Za-z][\w'-]*(?: [\w'-]+){0,2}):(?:\s|$)")
# Labels naming the fields the parser reads: their value is the card's text, not chrome.
_FIELDS: Final = frozenset(("title", "abstract", "summary", "tl;dr", "tldr"))
# What sets a line's fields apart: ``·`` (also as a capture that could not print it shows
# it: ``?`` from an ASCII terminal, ``Â·`` from UTF-8 read as Windows-1252: read as the
# dot, one shape), ``|``
_SEPARATORS: Final = (" · ", " | ", " ? ", " Â· ")
# A label and a link alone (``Code: https://…``, ``Project page: https://….io/``).
_LINK_LINE: Final = re.compile(r"[A-Z][\w'-]*(?: [\w'-]+){0,2}:\s*<?https?://\S+$")


def shape(s: str) -> str:
    """What stays when a furniture line's varying parts are masked (``s`` stripped)."""
    m = _LABEL.match(s)
    # (a page prints its labels capitalised on every card; a word opening lower-case before
    # a colon is a wrapped sentence's: ``subjects: GPT-4o, …`` inside an abstract)
    if m is not None and s[0].isupper():
        label = m[1].lower()
        if label in _FIELDS and s[m.end() :].strip():
            return ""  # (``Abstract: text``: the text is the card's)
        if not section_label(s):
            return "L:" + label
    if study_fields(s):
        return FIELDS_SHAPE  # (``Medicine`` on one card, ``Physics`` on the next)
    if "·" in s and chip_line(s):
        return CHIPS_SHAPE  # (``Retrieval · Code Generation``: ``site_chrome``)
    # (fixed words then a value no mask reads whole, a line of names: ``opener_shapes``)
    opener = opener_shape(s)
    if opener is None and (names := names_shape(s)) is not None:
        return names
    for sep in _SEPARATORS:
        at = s.find(sep)
        if at > 0:
            s = s[: at + 2] if sep[1] != "?" and sep[1] != "Â" else s[:at] + " ·"
            break
    masked = _MONTH.sub("M", _NUMBER.sub("0", s))
    if opener is not None and not _CARD_DATE.fullmatch(masked[len(opener) - 2 :].strip()):
        return opener  # (``Enviado por Ann Lee``, ``Publié le 7 oct. 2024``; not ``… Jun 4``)
    return masked


def prose_line(width: int) -> int:
    """The width of a line of prose on a page whose head wraps its prose at ``width`` (0:
    no width measured): ``PROSE_LINE``, or on a page folded narrower than its titles
    (``NARROW_WIDTH``) ``NARROW_SHARE`` of its width. Folded at 48, no line of a page
    reaches 60: it showed no abstract, and its furniture went unlearned (mix 115
    p000399: every ``Authors: …`` line a card's title)."""
    if 0 < width < NARROW_WIDTH:
        return min(PROSE_LINE, int(width * NARROW_SHARE))
    return PROSE_LINE


def _prose(lines: Sequence[str], wide: int = PROSE_LINE) -> list[bool]:
    """Which lines are an abstract's (one long line, or a run of wide lines): a paragraph
    of ``PROSE_RUN`` characters or more, a run parted where a paragraph ends
    (``paragraphs``: a title set right against its abstract is no line of it)."""
    # (a rule or a title's setext underline, ``-----``/``=====`` as wide as the title, is
    # markup: it parts paragraphs and is none of their lines; and so are a labelled link,
    # ``Code: https://…``, under an abstract (no paragraph's last line, or a page printing
    # one under every abstract shows it on no card) and a card's note (``card_notes``: a
    # ``TL;DR: …`` line as wide as prose, between a title and its abstract)
    lines = ["" if _no_prose(s) or _alt_below(lines, i) else s for i, s in enumerate(lines)]
    prose = [False] * len(lines)
    for i, j in paragraphs(lines, wide, PROSE_RUN):
        if sum(len(s) for s in lines[i:j]) >= PROSE_RUN:
            prose[i:j] = [True] * (j - i)
    return prose


def _comb_prose(lines: list[str], fold: int, wide: int) -> list[bool]:
    """``_prose`` of a comb's lines: a page wrapped at one width and folded again at a
    narrower ``fold`` (``widths.fold_width``) alternates a line that filled the fold with
    the short rest of the line the first wrap set, so no run of wide lines shows its
    abstracts, and its furniture went unlearned, each line a card (mix 117 p000201:
    ``Votes: … | Code: …`` and ``Tsinghua University   8 authors   39 comments`` on every
    card, 171 extra records). The lines the fold broke are read joined, as the first
    wrap set them (``widths.filled``), each with its join's reading: a full line and the
    rest under it, no more (the first wrap's lines fit the fold twice at most)."""
    joined: list[str] = []
    owner: list[int] = []
    above = ""
    for s in lines:
        # (markup or a card's note is no line of prose the fold broke: it joins nothing
        # and nothing joins it, ``Votes: … | Code: …`` + ``Submitted by``, mix 119 p000561)
        markup = _no_prose(s)
        if s and above and joined and not markup and filled(above, s, fold):
            joined[-1] += " " + s
            above = ""  # (a line and its rest: no chain, which would join a title's
            # lines, its link and its tail into one paragraph, mix 183 p000419)
        else:
            joined.append(s)
            above = "" if markup else s
        owner.append(len(joined) - 1)
    flags = _prose(joined, wide)
    return [flags[k] for k in owner]


def _alt_below(lines: Sequence[str], i: int) -> bool:
    """Is line ``i`` the text of the image right above it (``[![Title](thumb)](link)``, a
    card's thumbnail with its title as alt text, then the title)? That line is the card's
    title, no line of the abstract under it, however wide (a title of 74 characters over
    its abstract wrapped at 80 had no room to part by the width, and joined it)."""
    if i == 0 or not lines[i]:
        return False
    above = lines[i - 1]
    return above[:2] in ("![", "[!") and f"![{lines[i]}]" in above


def _no_prose(s: str) -> bool:
    """Is ``s`` (stripped) markup or a card's note, no paragraph's line (``_prose``)?"""
    if not s:
        return False
    if s[0] in ("-", "=") and not s.strip(s[0]):
        return True
    if _LINK_LINE.match(s) is not None or note_kind(s) is not None:
        return True
    return site_kind(s) is not None or _named(s) or _value_fields(s)


def _value_fields(s: str) -> bool:
    """Is ``s`` a card's line of fields set apart by a mark, values alone (``Votes: 356 |
    Code: https://github.com/…``: ``values_only``)? No paragraph's line: a page folded
    narrow sets it as wide as its prose, under an abstract's last line the fold reading
    joined (``_comb_prose``), and it was read as that abstract's short last line, its
    furniture unlearned (mix 119 p000561, p000188: the line leaked into 20 abstracts).
    A bare address is values alone too, and an abstract's last line may be one: only
    fields set apart are asked."""
    return any(sep in s for sep in FIELD_SEPS) and values_only(s)


def _named(s: str) -> bool:
    """Is ``s`` a label and personal names after it (``Authors: Kai Voss, Goran Park, Chen
    Park``; its names' last comma where a fold parted the rest)? No abstract's line is: a
    page folded narrow sets such a line as wide as its prose, and it joined the abstract
    under it (its card's furniture on too few cards, ``prose_line``)."""
    if not s[0].isupper() or ":" not in s or (m := _LABEL.match(s)) is None:
        return False
    return split_names(s[m.end() :].strip().rstrip(",")) is not None


def _title_line(s: str) -> bool:
    """Could ``s`` be a card's title? Not chrome the rules know, nor a name standing alone
    (an organisation's, a user's after ``Submitted by``), which a card may show beside a
    title of the page's furniture shape (``Google`` / ``Position: …``)."""
    return " " in s and _known(s) is None and not org_line(s)


# The words an organisation's name joins its capitalised words with ("University of
# Science and Technology", "Allen Institute for AI").
_ORG_JOINERS: Final = frozenset(("of", "for", "and", "the", "de", "at", "in", "&"))


def org_line(s: str) -> bool:
    """A line named as an organisation (``units.org_named``) and shaped as one: no
    subtitle, question or exclamation, every word capitalised but the joiners. A title
    names such a word often ("School of Reward Hacks: Hacking harmless tasks …", "Back
    to the Features! DINO as a Foundation for Video World Models"); the furniture tests
    that refused it as an organisation's name gave every card the card above's values."""
    if not org_named(s) or any(c in s for c in ":!?"):
        return False
    return all(w[0].isupper() or w in _ORG_JOINERS for w in s.split() if w[0].isalpha())


def _known(s: str) -> str | None:
    """The chrome kind the parser's rules give ``s`` (as ``parser.feed`` asks: a text
    browser's link number aside, ``[15]4 authors``; a line of hashtags, ``hashtags``)."""
    if s[:1] == "#" and hashtag_line(s):
        return TAGS
    return card_chrome(unmark_links(s) or s if "]" in s else s)


def _shared(sh: str, lines: Sequence[str], places: dict[str, list[int]], need: float) -> bool:
    """Does the shape ``sh``, known chrome at its first and last places, hold a second kind
    the parser's rules do not read, recurring on its own (``need`` places: a site's
    ``Published: 28 Feb 2023, Last Modified: …`` and a furniture's ``Published: Nov 8,
    2020`` on every card, mix 117 p000007)? Its places are then those alone (``places``
    is updated): the known lines stay of their kind, read first (``parser.feed``)."""
    if sh[:2] != "L:" and sh[-2:] != " ·":
        # (a label's shape: the value masked is what two habits may share; and a line set
        # in fields by its first field: ``2022 · arXiv.org``, a year and a venue the rules
        # read, and ``50 · Oral``, a count and a decision they do not, mix 188 p000557)
        return False
    own = [i for i in places[sh] if _known(lines[i]) is None]
    if len(own) < need:
        return False
    places[sh] = own
    return True


def _name(sh: str, s: str) -> bool:
    """Is a line of one word (no label), or one that repeats whole, a name (a user's after
    ``Submitted by``: ``nielsr`` on the cards one user submitted; an organisation's on a
    lab's page)? The decoder reads names by their place (``org``, ``submitted_by``), with
    the card's fields they carry."""
    if " " not in s:
        # (``mrs83``: a handle's digits too; ``Abstract:``, and ``…more``, a card's
        # expander: a name opens with a letter, a digit or a handle's ``@``)
        # (a field of study, ``Medicine``, no name: ``site_chrome``)
        return sh[:2] not in ("L:", "F:") and (s[0].isalnum() or s[0] == "@")
    return sh == s and org_named(s)


def learn(window: Sequence[str], prose_at: int = PROSE_LINE, fold: int = 0) -> frozenset[str]:
    """The shapes of the furniture lines of a page's first lines (``window``, raw; a line
    of prose ``prose_at`` characters wide or more: ``prose_line``; ``fold``: the width a
    comb was folded at, ``_comb_prose``)."""
    lines = [s.strip() for s in window]
    prose = _comb_prose(lines, fold, prose_at) if fold else _prose(lines, prose_at)
    # the paragraphs (abstracts) cut the page into stretches: each holds a card's head
    # (its chrome and title) and the chrome after the card above
    # (an abstract in paragraphs, only blank lines between them, is one card's: counted
    # once, or a page that parts half its abstracts so shows its furniture on too few)
    stretch = [0] * len(lines)
    paragraphs = 0
    last_text = -1  # the last non-blank line
    for i in range(len(lines)):
        if (
            prose[i]
            and (i == 0 or not prose[i - 1])
            and not (
                last_text >= 0 and (prose[last_text] or _goes_on(lines, prose, last_text, prose_at))
            )
        ):
            paragraphs += 1
        stretch[i] = paragraphs
        if lines[i]:
            last_text = i
    if paragraphs < MIN_REPEATS:
        return frozenset()  # (no cards to see a repetition on)
    # each shape's places (line numbers in the window)
    places: dict[str, list[int]] = {}
    for i, s in enumerate(lines):
        if s and not prose[i] and len(s) <= MAX_LEN and (sh := shape(s)):
            places.setdefault(sh, []).append(i)
    need = max(float(MIN_REPEATS), CARD_SHARE * paragraphs)
    recurring = {sh for sh, at in places.items() if len(at) >= need}
    # (known chrome stays of its kind: the parser's rules read it first; one shape is one
    # kind, so its first and last places tell. Most pages repeat only known chrome: they
    # end here, before the title lines are asked)
    unknown = [
        sh
        for sh in recurring
        if (
            _known(lines[places[sh][0]]) is None
            or _known(lines[places[sh][-1]]) is None
            # (``Medicine, Physics`` is known, ``Medicine`` is not; ``A · B · +2`` is,
            # ``A · B`` is not)
            or sh in (FIELDS_SHAPE, CHIPS_SHAPE)
            or _shared(sh, lines, places, need)
        )
        and not _name(sh, lines[places[sh][0]])
    ]
    sections = _sections(lines, prose, places)
    if not unknown:
        return frozenset(sections)
    # the stretches that keep a text line of a shape of its own (a title; the chrome rules
    # are asked only where the stretch has none yet: they are the cost here)
    titled: set[int] = set()
    for sh, at in places.items():
        if sh not in recurring:
            for i in at:
                if stretch[i] not in titled and _title_line(lines[i]):
                    titled.add(stretch[i])
    learned = {
        sh
        for sh in unknown
        if _titled(places[sh], stretch, titled)
        or all(values_only(lines[i]) for i in places[sh])
        or _titled_over(places[sh], stretch, titled)
    }
    # a label shape refused because its lines are the cards' only title lines (ICML's
    # ``Position: …``): when exactly one refused shape reads as titles do, its lines count
    # as the cards' titles, and the other refused shapes are asked again beside them
    refused = [sh for sh in unknown if sh not in learned]
    heads = [sh for sh in refused if sh[:2] == "L:" and _titles(lines[i] for i in places[sh])]
    if len(heads) == 1:
        titled |= {stretch[i] for i in places[heads[0]]}
        learned.update(
            sh for sh in refused if sh != heads[0] and _titled(places[sh], stretch, titled)
        )
    return frozenset(learned | sections)


# A section line's length at most (``Most upvoted this month``, ``Trending this week``)
SECTION_MAX: Final = 60


def _sections(
    lines: Sequence[str], prose: Sequence[bool], places: dict[str, list[int]]
) -> set[str]:
    """The page's section lines: a line of words the window shows ``MIN_REPEATS`` times or
    more, word for word, never over prose (``Most upvoted this month`` between cards, over
    the next card's title). No title comes back so: a card rendered twice shows its title
    twice, over its abstract; a line that may be a name (``units.name_like``: an
    organisation's comes back on its cards) is left to the decoder. Read as a card without
    an abstract, each was an extra record (``novel`` 113: 177 of its 192 extra records)."""
    out = set()
    for sh, at in places.items():
        if len(at) < MIN_REPEATS or len(sh) > SECTION_MAX or " " not in sh or sh[0] == "#":
            continue  # (a heading over its cards is the parser's: ``section_heads``)
        first = lines[at[0]]
        if first != sh or any(lines[i] != first for i in at):
            continue  # (word for word: nothing the shape masks)
        if _known(first) is not None or name_like(first) or _name(sh, first):
            continue  # (``Google DeepMind`` three times: the decoder reads names)
        if not any(_over_prose(lines, prose, i) for i in at):
            out.add(sh)
    return out


def _over_prose(lines: Sequence[str], prose: Sequence[bool], i: int) -> bool:
    """Is the next line of text under line ``i`` prose (``_prose``)?"""
    for j in range(i + 1, len(lines)):
        if lines[j]:
            return prose[j]
    return False


# What a line of values holds besides words: a label (``Votes:``, ``Code:``), a link, a
# count (``141``, ``1.3k``); the rest is marks, pictographs and separators
_VALUE_PARTS: Final = re.compile(
    r"https?://\S+|[A-Za-z][\w'-]*(?: [\w'-]+){0,2}:(?=\s|$)|\d+(?:[.,]\d+)*(?:\s?[kKmM]\b)?"
)


def values_only(s: str) -> bool:
    """Is ``s`` (stripped) a line of values alone: labels, links, counts, marks and
    pictographs, no word outside its labels (``Votes: 141 | Code: https://…``, ``🔥 505 · 💬
    34 · ⭐ 316``)? No title is one, so such a shape recurring on the cards is furniture
    without a title line of the card's own seen beside it: on a page without blank lines a
    title of 70+ characters set right against its abstract wrapped at 80 has no room to
    part from it by the width (``paragraphs``) and reads as its first line, and with six
    of 28 cards so the page's ``Votes: … | Code: …`` line was not learned and went into every
    abstract (``furniture`` 148 p000164: 47 leaked).

    arXiv's subject codes are values too (``Subjects: cs.IR; cs.AI``, ``Categories: cs.CV,
    cs.LG``: ``arxiv_marks.category_line``), no title's words: such a line under every
    abstract of a page that sets its titles against their abstracts was never learned, and
    each of the page's 87 stood as a card of its own (furniture 116 p000490)."""
    rest = _VALUE_PARTS.sub(" ", s)
    if not any(c.isalpha() for c in rest):
        return True
    return "." in rest and category_line(_CODE_SEPARATORS.sub(" ", rest)) is not None


# What parts a line's subject codes (``cs.IR; cs.AI``, ``cs.CV | cs.LG``)
_CODE_SEPARATORS: Final = re.compile(r"[;,|·]")


def _goes_on(lines: Sequence[str], prose: Sequence[bool], i: int, wide: int) -> bool:
    """Does the text of line ``i`` (not prose), right under prose, go on with the prose
    under it in the same card? So does a paragraph's short last line ending in a markdown
    hard break (an abstract in a link, its paragraphs ending ``…inferences.\\`` and going
    on, ``Building on …``), and one word as wide as prose (``wide``), an address that a
    fold kept whole past its width (``fold -s`` breaks no word): counted as new cards, a
    page's paragraphs to an abstract hid its furniture, which then stood as titles of
    cards of their own."""
    if i == 0 or not prose[i - 1]:
        return False
    s = lines[i]
    return s.endswith("\\") or len(s) >= wide and " " not in s


def _titled(at: Sequence[int], stretch: Sequence[int], titled: set[int]) -> bool:
    """Does a shape at ``at`` stand beside a title line of its card's in most places?"""
    return sum(stretch[i] in titled for i in at) >= TITLED_SHARE * len(at)


def _titled_over(at: Sequence[int], stretch: Sequence[int], titled: set[int]) -> bool:
    """Does a shape at ``at`` stand beside a title line of its card's in most of the places
    where one could be seen (``TITLED_SHARE``), ``MIN_REPEATS`` of them at least? A place
    right over a paragraph (the next stretch opens on the line under it: ``learn``'s
    ``stretch`` grows where prose opens) shows none where the page sets the next card's
    title right against its abstract, as wide as its lines (``paragraphs`` parts them by
    the width only): the title is the paragraph's first line (furniture_bare 117 p000288:
    ``3 authors · Tsinghua University`` + ``Counteracting Matthew Effect in
    Self-Improvement of LVLMs through Head-Tail Re-balancing`` at 88 over its abstract
    wrapped at 100, 6 of 25 places; each of the page's 76 such lines stood as a card of its
    own). Such places, untitled, are not counted against the shape. A title line of the
    shape's own (``Position: …`` over its abstract, ICML's) stands over a paragraph in
    every place beside no other title: nothing is left to count, and it is not learned."""
    n = len(stretch)
    hits = over = 0
    for i in at:
        if stretch[i] in titled:
            hits += 1
        elif i + 1 < n and stretch[i + 1] == stretch[i] + 1:
            over += 1
    return hits >= MIN_REPEATS and hits >= TITLED_SHARE * (len(at) - over)


def _titles(lines: Iterable[str]) -> bool:
    """Do a label shape's lines read as titles do: a value of ``TITLE_WORDS`` words or more
    after the label, another on each card (``Position: …``, not ``Track: Oral``, ``Stars:
    62``)?"""
    values = [s.split(":", 1)[1].strip() for s in lines]
    return len(set(values)) == len(values) and all(len(v.split()) >= TITLE_WORDS for v in values)
