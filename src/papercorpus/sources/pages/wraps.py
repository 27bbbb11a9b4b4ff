"""Wrapped lines: does a line continue the unit above it (a title or abstract wrapped
over several lines), or start a new one?

A break is taken for a wrap only on evidence: a markdown hard break, an open link wrapper,
the width the page is seen to wrap at (the next word did not fit on the line above), a
line ending mid-sentence (``the``, ``,``) before one going on mid-sentence (lower case, an
acronym in brackets). Two titles in a row, a title then its abstract's first line, an
abstract's last sentence then the next title stay apart.
"""

from __future__ import annotations

import re
from typing import Final

from ..shape import (
    TITLE_MAX,
    ends_sentence,
    hard_wrapped,
    joiner,
    sentence_adverb,
    sentence_breaks,
    sentence_like,
    terminal,
    title_cased,
    title_like,
)
from .lineforms import address_goes_on, cased_title_line, first_len
from .units import CAMEL, TITLE_SEP, Unit, titleish

__all__ = [
    "ACRONYM",
    "ASKING",
    "OPENERS",
    "USUAL_WIDTHS",
    "WRAPPED",
    "acronym_spans",
    "bracket_goes_on",
    "continues",
    "item_opens",
    "page_wrap",
]

WRAPPED: Final = "wrapped"
_WORD: Final = re.compile(r"[^\W\d_]+")

# CommonMark backslash escapes: a backslash before ASCII punctuation is removed.
# Small words a Title Cased title keeps in lower case, wherever its line breaks.
_TITLE_SMALL: Final = frozenset(
    ["in", "on", "for", "of", "with", "via", "and", "to", "from", "by", "at", "as", "under"]
)
# "(NLP)", "(GUIs)": an acronym that spells out the words at the end of the line above
ACRONYM: Final = re.compile(r"\([A-Z][A-Za-z0-9-]*s?\)")
# Lower-case words no title starts with: a line opening with one continues a wrapped
# title (``SPC-GS: … Consistency`` + ``for Indoor Open-World …``).
_NEVER_FIRST: Final = frozenset(
    ["for", "with", "of", "via", "and", "or", "from", "into", "than", "without", "between"]
)
USUAL_WIDTHS: Final = (72, 76, 80, 100, 120)  # widths capture tools wrap text at
# Capitalised words that open a sentence and are lower-case inside one.
OPENERS: Final = frozenset(
    [
        "The",
        "A",
        "An",
        "We",
        "This",
        "These",
        "Those",
        "Our",
        "In",
        "Here",
        "To",
        "For",
        "With",
        "As",
        "On",
        "Despite",
        "While",
        "Although",
        "However",
        "It",
        "Its",
        "There",
        "By",
        "From",
        "Many",
        "Most",
        "Unlike",
        "Existing",
        "Recent",
        "Current",
        "When",
        "Since",
        "If",
        "Because",
        "Given",
        "Recently",
        "Moreover",
        "Furthermore",
        "Additionally",
        "Specifically",
        "Finally",
        "Thus",
        "Therefore",
    ]
)

# Capitalised words that ask a question or open a title, lower-case inside a sentence
# (``… language model, semantic-preserving transformation, ensemble`` at 99 of 100 + ``Are
# you with me? A Framework for …``: the abstract ended open, the line is the next card's
# title, default 117 p000650). Of the 5.0 million breaks after a line ending in a letter,
# no stop, in the 74,728 real arXiv abstracts wrapped at 60, 72, 80 and 100 columns, 9
# open with one of them, each a name's first word (``… we introduce`` + ``What If TSF
# (WIT), …``, ``… building ``Machines that`` + ``Can Remember''``, ``… a calibrated`` +
# ``Rethinking and Rearrangement module``); under a line ending in ``:``, ``)`` or ``?``
# prose asks its questions (``… we must ask:`` + ``Do they adhere …``), so the line above
# must end in a letter. 3,081 of the real titles (4.1%) open with one. A title's own wrap
# may put one under a Title Cased line (``… Clustering and Classification`` + ``Are All
# You Need``: 49 of the 69,585 breaks of the real titles wrapped at 60), so not there.
# ``breaks.break_candidate`` offers the cut, ``evidence.cont_evidence`` charges the
# sentence going on as ``OPENERS``' (a log-odds far past its 3).
ASKING: Final = frozenset(
    [
        "Are", "Is", "Can", "Do", "Does", "Did", "How", "What", "Why", "Which", "Who",
        "Should", "Will", "Could", "Would", "Has", "Have", "Towards", "Toward",
        "Rethinking", "Revisiting",
    ]
)  # fmt: skip


# What opens a clause that may start in capitals mid-sentence: a colon, a list's marker
# (``1)``, ``(2)``, ``(ii)``, ``(c)``, a word of its own) at a line's end.
_ITEM_END: Final = re.compile(r"(?:(?<!\S)(?:\(?\d{1,2}\)|\([ivx]{1,4}\)|\([a-z]\))|:)$")


def item_opens(prev: str) -> bool:
    """Does ``prev`` end in a colon or a list's marker, after which a clause opens in
    capitals mid-sentence (``… existing works face two challenges: 1)`` + ``The
    performances in clinical efficacy are …``)? ``OPENERS`` tell no sentence's start
    there: of the 249 breaks of the 74,728 real abstracts (wrapped at 80 and 100) that
    open with one under a line ending no sentence, 162 are under a colon or a marker,
    where the line above was read as a title (furniture_bare 117 p000015: an abstract's
    first line a card of its own, its card left without one); 6 of the abstracts end so
    (``… available here:``, a link the listing left out) and 4 of their titles."""
    return prev[-1:] in ":)" and _ITEM_END.search(prev, max(0, len(prev) - 6)) is not None


def continues(
    u: Unit,
    text: str,
    raw: str,
    heading: bool,
    adjacent: bool,
    in_link: bool,
    width: int,
    measured: bool = False,
) -> bool | str:
    """Does this line continue unit ``u`` (a wrapped title or abstract)? ``adjacent``: no
    blank or chrome line between; ``in_link``: inside the unit's open link wrapper;
    ``width``: the width the page is seen to wrap at (0: not seen yet); ``measured``:
    that width was measured on many lines (``widths.head_width``). Returns ``WRAPPED``
    (true) when the break is a wrap at a fixed width the page shows."""
    if in_link:
        return True  # inside one markdown link wrapper
    if not adjacent or heading:
        return False
    if u.hard_break:
        return True
    prev = u.parts[-1]
    if u.heading:
        # "### Title … for" + "  Natural Interaction …": a heading wrapped in two
        # (not "### Title" + "As Large Language Models (LLMs) are …": its abstract, nor
        # after "### … models.": a heading that ends its sentence is complete)
        # A markdown line ending in a "\\" hard break is a paragraph's line: an ATX
        # heading is one line, only a text browser's width wraps it (without breaks)
        return (
            not terminal(prev)
            and raw.rstrip()[-1:] != "\\"
            and len(text) <= 200
            and not ends_sentence(text)
            and not sentence_like(text)
            and "@" not in text  # ("Contact us at foo@example.com": a footer)
            and not (prev.isupper() and not text.isupper())  # (a title keeps its case)
            and not (u.atx and not _heading_rest(prev, text, width, _mark_width(u)))
        )
    indents = u.indents
    if indents and indents[-1] == len(u.parts) - 1 and len(raw) - len(raw.lstrip()) <= u.margin:
        # a title's rest set in (as arXiv indents it) ends where the indent does: the
        # line back at the margin is the next block ("… Evaluating Large Language Models
        # as General Practitioners" + "General practitioners (GPs) serve …")
        return False
    if (
        # (the last word only: a scan of a whole abstract line for "://" cost ~1 us)
        "://" in prev[prev.rfind(" ") + 1 :]
        and (text[0].isupper() or text[0] == "[" and text[1:2].isupper())
        and titleish(text)
    ):
        # "… available at https://github.com/…" + "IDGraphs. Intrusion …"; a title may
        # open with a bracketed mark ("… available at https://github.com/trng28/ViMRHP" +
        # "[Citation needed] Zero-shot Cross-lingual NER via", capture 117 p000311)
        return False
    if prev[-1] == "." and text[0].islower() and address_goes_on(prev, text):
        return True  # "… released at https://github." + "com/Euphoria16/DocMark."
    if (
        text[0] == "("
        and bracket_goes_on(prev, text, width)
        and not terminal(prev)
        # (a line ending in a URL ended its text: an acronym names no address, and the
        # line is the next title, ``… github.io/POS-ISP`` + ``(Almost) Free Modality
        # Stitching of Foundation Models``, a flat page's second card. Of the 74,728
        # real arXiv abstracts, as listed and wrapped at 80 and 100, none of ~3,000
        # lines ending in a URL has a line opening so under it; 10 real titles open so)
        and "://" not in prev[prev.rfind(" ") + 1 :]
    ):
        return True  # "… natural language processing" + "(NLP), game theory, …"
    if (
        len(u.parts) > 2
        and (terminal(prev) or "://" in prev[prev.rfind(" ") + 1 :])
        and len(text) > max(width, *map(len, u.parts)) + 1
    ):
        # wider than the page's and the paragraph's wrapped lines, after a line that ends
        # its text (a sentence, a URL): a new unit
        return False
    # a line wider than the width the page wraps at was not wrapped there: the break
    # after it is no wrap at that width (a title on one line, then its abstract)
    # (a unit's first line wider than a measured width is a title on one line, not the
    # first line of a paragraph wrapped a column or two wide)
    over = width >= 60 and len(prev) > (width if measured and len(u.parts) == 1 else width + 3)
    if not over and hard_wrapped(u.parts, text):
        return WRAPPED
    if width and not over and page_wrap(prev, text, width):
        # the first break of a unit may be a title then its abstract's first line
        # (``cmap-sam: … segmentation`` + ``Few-shot segmentation (FSS) aims …``)
        return (
            len(u.parts) > 1
            or title_cased(prev)
            or not (text[0].isupper() and prev[0].islower() and titleish(prev))
        )
    if terminal(prev):
        return False
    if acronym_spans(prev, text):
        return True  # "… of Large Language" + "Models (LLMs)-such as …"
    n_prev, n = len(prev), len(text)
    if (
        n_prev >= 60
        and n <= 30
        and text.count(" ") <= 2
        and n_prev + n < TITLE_MAX
        and title_cased(prev)
        and (title_cased(text) or text.isupper())
        and TITLE_SEP.search(text) is None
        and not sentence_like(prev)
        and _wrapped_at(n_prev, first_len(text), width)
    ):
        return True  # "… Multimodal Learning with Learnable" + "Queries": a title's rest
    if len(u.parts) == 1 and n_prev <= TITLE_MAX < n:
        return False  # a title line then its one-line abstract (layout B)
    if raw[:1] in " \t":
        return True  # indented continuation, as arXiv metadata wraps titles
    if text[0].islower() and not CAMEL.match(text):
        if n_prev <= TITLE_MAX and TITLE_SEP.search(text, 0, 40):
            return False  # "s1: Simple test-time scaling": a title of its own
        if (
            title_cased(prev)
            and not sentence_like(prev)
            and text[: text.find(" ")] in _TITLE_SMALL
            and title_cased(text)
        ):
            return True  # "O-TPT. … Prompt Tuning" + "in Vision-Language Models"
        if (
            len(u.parts) == 1
            and n_prev <= TITLE_MAX
            and title_cased(prev)
            and not sentence_like(prev)
            and not title_cased(text)
            and not joiner(prev)
            and text[: text.find(" ")] not in _NEVER_FIRST
        ):
            return False  # a Title Cased title, then a lower-cased line: not its rest
        first = text[: text.find(" ")]
        if (
            len(u.parts) == 1
            and title_cased(prev)
            and title_cased(text)
            and not sentence_like(prev)
            and not joiner(prev)
            and first not in _NEVER_FIRST
            and first not in _TITLE_SMALL
        ):
            return False  # "ISLR101: … Dataset" + "k-fold Subsampling …": two titles
        return (
            n_prev > TITLE_MAX
            or len(u.parts) > 1
            or joiner(prev)
            or (n >= 60 and n_prev >= 60)
            or not title_like(text)
            or text[: text.find(" ")] in _NEVER_FIRST
        )
    if joiner(prev):
        if n_prev > TITLE_MAX or len(u.parts) > 1 or sentence_like(prev):
            return True  # a wrapped abstract line ending in "the"
        # a wrapped title ("… Reasoning via" + "RL."): its rest may end in a period
        return n <= 150 and not sentence_breaks(text) and n_prev + n <= TITLE_MAX
    return False


def bracket_goes_on(prev: str, text: str, width: int) -> bool:
    """Does ``text`` open with an acronym in brackets (``ACRONYM``) that a line ending mid-
    phrase goes on into (``… natural language processing`` + ``(NLP), game theory, …``)?
    An acronym holds two capitals at least (``(NLP)``, ``(NeRF)``, ``(GUIs)``). A word
    in brackets with one (``(Almost) Free Modality Stitching …``, ``(Perlin) Noise as AI
    coordinator``, ``(Im)possibility of …``) may as well open a title: it goes on where a
    sentence visibly goes on after the bracket (a comma, stop or colon, or a word in lower
    case: ``… reason about ambiguous scenarios`` + ``(Think), and preemptively halt …``,
    ``(Stanford), England (Brighton), …``, ``(M4), designed``), or where the page's width
    says the line above was full, the next word not fitting within it (``width`` 0: not
    seen, the join as before). ``… for
    Search-Augmented Reasoning`` at 79 on a page wrapped at 100 + ``(Almost) Free Modality
    Stitching of Foundation Models``, a card without an abstract over the next title: read
    as one title (new 117 ``n_wrap`` p000194). Of the 75,874 real abstracts wrapped at 60 /
    80 / 100 columns, 10,438 / 7,407 / 5,848 lines open with an acronym so and 177 / 160 /
    114 with a bracket of one capital: a greedy wrap fills the line above those, and the
    page's width joins them."""
    m = ACRONYM.match(text)
    if m is None:
        return False
    caps = 0
    for c in m.group():
        if c.isupper():
            caps += 1
    if caps >= 2:
        return True
    after = text[m.end() : m.end() + 2]
    if after[:1] in ",;.:" or (after[:1] == " " and after[1:2].islower()):
        return True
    # (a line wider than the page's width was not wrapped there: a title set whole)
    return not width or len(prev) <= width < len(prev) + 1 + first_len(text)


_INITIALS: Final = re.compile(r"[^\W\d_]+")  # the words whose initials an acronym spells


def _repeated(prev: str, here: list[str]) -> bool:
    """Is the last word of ``prev`` one of ``here`` (any case)?"""
    above = _INITIALS.findall(prev[prev.rfind(" ") + 1 :])
    if not above:
        return False
    word = above[-1].lower()
    return any(w.lower() == word for w in here)


def acronym_spans(prev: str, text: str) -> bool:
    """Does an acronym in brackets early on ``text`` spell words that begin on the line
    above (``… limitations of Large Language`` + ``Models (LLMs)-such as …``)? Then the
    break is inside one noun phrase: a wrap, whatever the case of the words. (Asked
    only of a line above that ends no sentence; one search for a bracket per line.)"""
    at = text.find(" (", 0, 60)
    if at < 0:
        return False
    m = ACRONYM.match(text, at + 1)
    if m is None:
        return False
    letters = [c for c in m.group()[1:-1] if c.isupper()]
    if len(letters) < 2:
        return False
    here = _INITIALS.findall(text, 0, at)
    need = len(letters) - len(here)
    if need < 1:
        return False  # spelled on this line alone: says nothing of the break
    if need == 1 and prev[-1] != "-" and _repeated(prev, here):
        # ... nor where the word it would take from the line above is one this line's
        # words repeat: a name spelled out does not say a word twice (``Multimodal
        # foundation models (MMFMs)`` under the card's title ``… of Multimodal Foundation
        # Models``, ``Multimodal`` giving two letters: read as spelling ``Models`` above,
        # the title and its abstract joined as one paragraph, default 155 p002279). Of
        # the 7,909 lines of the 74,728 real arXiv abstracts wrapped at 80 whose acronym
        # lacks one word on its line, 6 repeat the word above so, each under a line
        # ending in a hyphen (``multiple-`` + ``input multiple-output (MIMO)``)
        return False
    above = _INITIALS.findall(prev)[-need:]
    if len(above) < need:
        return False
    return all(w[0].upper() == c for w, c in zip(above + here, letters, strict=True))


def _heading_rest(prev: str, text: str, width: int, mark: int = 0) -> bool:
    """Can ``text`` be the wrapped rest of the ``#`` heading line ``prev``: a width broke
    the heading there, and a Title Cased heading goes on in Title Case (not a sentence
    starting under it: "… Spoken Sarcasm Understanding" + "Sarcasm detection remains …")?
    ``mark``: the width of the heading's mark on ``prev``'s line (``_mark_width``)."""
    if not _width_broke(len(prev) + mark, text, width):
        return False
    return not (
        text[0].isupper()
        and title_cased(prev)
        and not sentence_like(prev)
        and not title_cased(text)
    )


def _mark_width(u: Unit) -> int:
    """The width of a heading's ``## `` mark on its unit's last line: its first line
    carries it. A tool that wraps a heading counts the mark in the line's width
    (``#### A Comprehensive Study on … using Deep Neural Networks`` at 85 on a page
    wrapped at 80 was one line: its abstract's first line under it is no rest)."""
    return u.atx if len(u.parts) == 1 else 0


def _width_broke(n_prev: int, text: str, width: int) -> bool:
    """Could a text browser have broken a heading line of ``n_prev`` characters before
    ``text``: at the page's width (or, none seen yet, a usual capture width) the next
    word did not fit and both lines do (a browser wraps every line at one width)? A
    heading that stops short of the width, or runs past it, was one line."""
    first, n = first_len(text), len(text)
    widths = (width,) if width else USUAL_WIDTHS
    return any(w < n_prev + 1 + first and max(n_prev, n) <= w + 2 for w in widths)


def _wrapped_at(n_prev: int, first: int, width: int) -> bool:
    """Could a line of ``n_prev`` characters have been wrapped before a word of ``first``:
    at the page's width, or (none seen yet) at a usual capture width?"""
    widths = (width,) if width else USUAL_WIDTHS
    return any(n_prev <= w < n_prev + 1 + first for w in widths)


def page_wrap(prev: str, text: str, width: int) -> bool:
    """On a page seen to wrap its text at ``width``, is the break before ``text`` a wrap?
    The line above fills the width (the next word did not fit on it), and the two lines do
    not read as a title then a sentence (or a sentence end then a title)."""
    n = len(prev)
    width = max(width, n) if n <= width + 2 else width  # widths vary by a column or two
    if not width * 3 <= n * 5 or n > width or len(text) > width:
        return False
    if n + 1 + first_len(text) <= width:
        return False
    first = text[: first_len(text)]
    if not terminal(prev) and first in OPENERS and not item_opens(prev):
        return False  # "… renal cell carcinoma" + "The histopathological …": a sentence
        # starts after a line with no sentence end, so that line was a title
    if cased_title_line(prev):
        # a title wrapped in two (not two titles: "GroupNL: …" starts one), or a Title
        # Cased first line of prose going on mid-sentence
        if terminal(prev):
            return False  # "… in Dynamic Scenes." ends its title
        cased = _fully_title_cased(text) if len(text) >= 45 else title_cased(text)
        if cased or _capitalised(text) or (text.isupper() and prev.isupper()):
            # (a title in capitals keeps them on its wrapped rest)
            # the same title keeps its case: Title Case then CAPITALS are two titles
            return TITLE_SEP.search(text, 0, 40) is None and text.isupper() == prev.isupper()
        return text[0] == "(" or (text[0].islower() and not CAMEL.match(text))
    # (a sentence end then a Title Cased line: a title, unless a sentence adverb opens it)
    return not (terminal(prev) and title_cased(text) and not sentence_adverb(text))


def _fully_title_cased(s: str) -> bool:
    """Nearly every longer word capitalised: a title's rest, not prose naming a few
    things ("Extremely degraded grassland on the Qinghai-Tibetan Plateau (QTP)")."""
    words = [w for w in _WORD.findall(s) if len(w) >= 4 and not w.isupper() and w not in _SMALL]
    return bool(words) and sum(w[0].isupper() for w in words) * 5 >= len(words) * 4


# Words a Title Cased title may keep in lower case (and halves like "Free-view").
_SMALL: Final = frozenset(
    [
        "from",
        "with",
        "into",
        "onto",
        "over",
        "upon",
        "than",
        "that",
        "through",
        "towards",
        "toward",
        "using",
        "based",
        "across",
        "under",
        "without",
        "within",
        "between",
        "among",
        "view",
        "wise",
        "aware",
        "free",
        "level",
        "scale",
    ]
)


def _capitalised(s: str) -> bool:
    """Every word capitalised (``Try-Off``: too short for ``title_cased``)."""
    words = s.split()
    return len(words) <= 3 and all(w[0].isupper() for w in words)
