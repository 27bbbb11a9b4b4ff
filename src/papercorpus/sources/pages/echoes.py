"""Longer words shared between lines: a title echoes in its abstract's opening, a
title's lines echo in its abstract alike, and prose goes on in its own words. The tests
the continuation evidence (``evidence``) and the decoder's charges (``charges``,
``walks``) ask of two pieces of text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ...native import KERNELS
from .commonwords import COMMON, FREQUENT

__all__ = [
    "NOT_RARE",
    "acronym_defines",
    "ascii_words",
    "coined_echo",
    "echo_words",
    "echoed_in",
    "first_line_echo",
    "first_line_rare",
    "holds_any",
    "long_words",
    "phrase_across",
    "py_ascii_words",
    "py_long_words",
    "rare_echo",
    "shares_uncommon",
    "shares_word",
    "shares_words",
    "title_echo",
    "uncommon",
]

_LONG_WORD: Final = re.compile(r"[^\W\d_]{5,}")
# The longer words held by more than 2% of abstracts (``first_line_rare``).
NOT_RARE = COMMON | FREQUENT


# The C cuts where they run (``papercorpus.native``): each gives None for a text that is
# not ASCII, which the Python below reads.
_C_ASCII_WORDS: Final[Callable[[str], list[str] | None] | None] = (
    None if KERNELS is None else KERNELS.ascii_words
)
_C_LONG_WORDS: Final[Callable[[str], set[str] | None] | None] = (
    None if KERNELS is None else KERNELS.long_words
)


def long_words(s: str) -> set[str]:
    """``s``'s words of five letters or more, in lower case."""
    if _C_LONG_WORDS is not None:
        words = _C_LONG_WORDS(s)
        if words is not None:
            return words
    return py_long_words(s)


def py_long_words(s: str) -> set[str]:
    """``long_words`` in Python (its specification, and its reading of non-ASCII text)."""
    if s.isascii():  # (nearly every line: cut at C speed, not by the pattern)
        return {w for w in py_ascii_words(s.lower()) if len(w) >= 5}
    return {w.lower() for w in _LONG_WORD.findall(s)}


# Every byte but an ASCII letter, as a space (``ascii_words``' cut).
_LETTERS_ONLY: Final = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


def ascii_words(s: str) -> list[str]:
    """The runs of letters of ``s``, an ASCII string: the matches of ``[A-Za-z]+`` (and
    of ``[^\\W\\d_]+``, in ASCII), found by a byte table instead of the pattern (a tenth of
    its time on an abstract's line); one pass in C where it runs."""
    if _C_ASCII_WORDS is not None:
        words = _C_ASCII_WORDS(s)
        if words is not None:
            return words
    return py_ascii_words(s)


def py_ascii_words(s: str) -> list[str]:
    """``ascii_words`` in Python (its specification)."""
    return s.encode("ascii").translate(_LETTERS_ONLY).decode("ascii").split()


def shares_words(prev: str, text: str) -> bool:
    """Do two lines share two words of five letters or more (any case)?"""
    return len(long_words(prev) & long_words(text)) >= 2


def shares_uncommon(prev: str, text: str) -> bool:
    """Do two lines share two words of five letters or more, one at least not one most
    abstracts hold (``COMMON``: ``large``, ``language``, ``models``)? Shared so, a title
    and the text under it are one paper's (``charges.TITLE_SHARED``)."""
    shared = long_words(prev) & long_words(text)
    return len(shared) >= 2 and not shared <= COMMON


def shares_word(prev: str, text: str) -> bool:
    """Do two lines share a word of five letters or more (any case)?"""
    return not long_words(prev).isdisjoint(long_words(text))


# A coined name: five characters or more holding letters and digits ("STEP3-VL-10B",
# "Qwen2.5-VL"), as papers name their models and benchmarks.
_COINED: Final = re.compile(r"(?=\S*[^\W\d_])(?=\S*\d)[\w.+-]{5,}")


def coined_echo(name: str, text: str) -> bool:
    """Does a coined name of the line ``name`` (letters and digits in one word) stand
    whole in ``text``? A paper's abstract names its model so; ``shares_words`` counts
    words of letters only, and misses it."""
    for m in _COINED.finditer(name):
        word = m.group().strip(".-+")
        if len(word) >= 5 and re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
            return True
    return False


def first_line_echo(first: str, rest: str, abstract: str) -> tuple[int, int]:
    """How many longer words a two-line title's ``first`` line shares with the card's
    ``abstract`` (0, 1, or 2 for two or more), where its ``rest`` shares two or more and
    it has five or more (else 2), and how many it has (its own, at most 8). A title's
    lines are one paper's and echo in its abstract alike; a whole title over the card's
    is another paper's (``charges.UNSHARED_FIRST``). Only the first line's own words
    count, five or more: a word both lines hold ("Large Language Models" over a title on
    them) echoes either."""
    own = long_words(first)
    if len(own) < 5:
        return 2, 0  # (a line of few longer words shares none by chance: "Does Your Optimizer …")
    # (a word in either number: an abstract echoes its title's "Transformers" as
    # "Transformer"; ``number_folded``)
    own = number_folded(own)
    words = number_folded(long_words(abstract))
    theirs = number_folded(long_words(rest))
    if len(words.intersection(theirs)) < 2:
        return 2, 0
    own.difference_update(theirs)
    if len(own) < 5:
        # (its own words few: "mWhen Instructions Multiply: … LLM" + "… Instructions …")
        return 2, 0
    return min(2, len(words.intersection(own))), min(8, len(own))


def number_folded(words: set[str]) -> set[str]:
    """``words`` (``long_words``) with a plural's ``s`` taken off (not ``ss``, ``us``,
    ``is``): ``transformers`` and ``transformer`` are one word. For ``first_line_echo``: a
    two-line title's rest echoing in its abstract in the other number (``x*y Enhancing the
    Outcome Reward-based RL Training of MLLMs with Self-Consistency Sampling`` + ``Differential
    Multimodal Transformers``, an abstract holding ``Differential`` and ``Transformer``: a card
    without an abstract over the next card's title, new 115 ``n_reldate`` p000857, read as one
    title of two lines: the rest shared one word only)."""
    out = set()
    for w in words:
        if w[-1] == "s" and w[-2] not in "sui":
            w = w[:-1]
        out.add(w)
    return out


def first_line_common(first: str, rest: str, abstract: str) -> bool:
    """Are the words a two-line title's ``first`` line shares with ``abstract``, of its
    own (``first_line_echo``'s), all ones most abstracts hold (``COMMON``), one at least?
    Shared so, they echo by chance (``charges.UNSHARED_COMMON``)."""
    shared = _own_shared(first, rest, abstract)
    return bool(shared) and shared <= COMMON


def _own_shared(first: str, rest: str, abstract: str) -> set[str]:
    """The longer words of a two-line title's ``first`` line, not in its ``rest``, that
    ``abstract`` holds."""
    return (long_words(first) - long_words(rest)) & long_words(abstract)


def title_echo(title: str, text: str, least: int = 5) -> int:
    """How many longer words a card's ``title`` shares with ``text``, read as its abstract
    (0, 1, or 2 for two or more), where it has ``least`` or more (else 2): a paper's
    abstract repeats its title's words, another paper's rarely (``charges.UNSHARED_TITLE``;
    four: ``UNSHARED_TITLE_FOUR``)."""
    own = long_words(title)
    if len(own) < least:
        return 2
    found = ""
    for m in _LONG_WORD.finditer(text):
        w = m.group().lower()
        if w in own and w != found:
            if found:
                return 2  # (read no further: a true abstract echoes its title early)
            found = w
    return 1 if found else 0


# An acronym defined in parentheses: "(SOR)", "(LLMs)", "(MoE)".
_ACRONYM: Final = re.compile(r"\(([A-Z][A-Za-z0-9-]{1,9})\)")
# Small words a defined name may hold ("Mixture of Experts (MoE)").
_NAME_SMALL: Final = frozenset(["of", "for", "and", "in", "on", "with", "the", "to", "via", "a"])


def acronym_defines(line: str, text: str) -> str:
    """Does ``text`` define, with an acronym in parentheses, a name of two capitalised
    words or more that ``line`` holds ("we propose Structured Output Regularization
    (SOR)" under ``Structured Output Regularization: a framework for …``)? An abstract
    defines its title's name so; a name its own first line held is rarely defined later
    on (``charges.ACRONYM_BELOW``). Not under a line that defines a name itself. The name
    (lower case), or ""."""
    if _ACRONYM.search(line) is not None:
        return ""  # (a line defining a name itself reads as prose: "The Electric Vehicle
        # Routing Problem (EVRP) extends the classical" over "Vehicle Routing Problem (VRP)")
    low = ""
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        words = text[max(0, m.start() - 120) : m.start()].split()
        name = 0  # capitalised words of the name, read back from the acronym
        start = len(words)
        for i in range(len(words) - 1, -1, -1):
            w = words[i]
            if w[0].isupper() and w[-1].isalnum():
                name += 1
                start = i
            elif w not in _NAME_SMALL:
                break
        if name < 2 or words[start][0] != acr[0].upper():
            continue
        if not low:
            low = line.lower()
        name_text = " ".join(words[start:]).lower()
        if name_text in low:
            return name_text
    return ""


def echo_words(line: str, under: str) -> set[str]:
    """The longer words of ``line`` where it has five or more and shares two or more with
    the text ``under`` it (else none): a title echoes in its abstract's opening; the
    abstract above it, another paper's, holds none of them (``charges.ECHO_BELOW``)."""
    own = long_words(line)
    if len(own) < 5 or len(own & long_words(under)) < 2:
        return set()
    return own


def echoed_in(words: set[str], under: str) -> int:
    """How many of ``words`` (an ``echo_words`` set) the text ``under`` holds."""
    return len(words & long_words(under))


def holds_any(text: str, words: set[str]) -> bool:
    """Does ``text`` hold one of ``words`` (longer words, lower case)?"""
    return any(w.lower() in words for w in _LONG_WORD.findall(text))


def uncommon(words: set[str]) -> set[str]:
    """``words`` (longer words, lower case) but those most abstracts hold
    (``commonwords.COMMON``, in more than 15% of them: ``which``, ``information``): the
    abstract above a title holds them by chance (``charges.ECHO_BELOW_RARE``)."""
    return words - COMMON


def rare_echo(line: str, under: str) -> set[str]:
    """The longer words of ``line`` where it has five or more and shares exactly one with
    the text ``under`` it, a rare one (held by 2% of abstracts or fewer: in neither
    ``commonwords`` set), else none: a title's coined or technical word in its
    abstract's first line (``cache`` under ``lagkv: … kv cache tells which tokens are
    important.``), where ``echo_words`` asks two (``charges.ECHO_BELOW_RARE``)."""
    own = long_words(line)
    if len(own) < 5:
        return set()
    shared = own & long_words(under)
    if len(shared) != 1 or not shared.isdisjoint(COMMON) or not shared.isdisjoint(FREQUENT):
        return set()
    return own


def first_line_rare(first: str, rest: str, abstract: str) -> bool:
    """Does a two-line title's ``first`` line share a rare word (held by 2% of abstracts
    or fewer: in neither ``commonwords`` set) with the card's ``abstract``, one its
    ``rest`` does not hold? A paper's abstract repeats its title's coined and technical
    words; a word many abstracts hold (``context``, ``detection``) is shared by chance as
    often (``charges.unshared_past``). The word at the break counts as rare."""
    shared = _own_shared(first, rest, abstract)
    if not shared.isdisjoint(long_words(first[first.rfind(" ") + 1 :])):
        # (the word at the break, the head of a phrase running onto the rest: ``… Study of
        # Aggregation`` + ``Strategies for …`` over "aggregation"; of the listings' wrapped
        # titles sharing one word, a third share that one, of the pairs of titles a sixth)
        return True
    return not shared <= NOT_RARE


_EDGE_WORD: Final = re.compile(r"[^\W\d_][\w-]*[^\W_]|[^\W\d_]")


def phrase_across(first: str, rest: str, text: str) -> bool:
    """Does ``text`` hold the phrase across a title's line break: the last word of its
    ``first`` line and the first of its ``rest`` (``Leveraging Vision`` + ``Transformers
    for …`` over an abstract on ``Vision Transformers (ViTs)``)? An abstract names its
    title's terms whole (or by their initials); two titles' words meet so by chance only
    (``charges.unshared_past``)."""
    a = _EDGE_WORD.findall(first)
    b = _EDGE_WORD.findall(rest)
    if not a or not b:
        return False
    phrase = (a[-1] + " " + b[0]).lower()
    if phrase in " ".join(text.split()).lower():
        return True
    # ... or by its initials, as an abstract names a title's term (``… Human Expert vs.
    # Artificial`` + ``Intelligence Based Generation …`` over ``AI-generated treatment
    # plans``)
    initials = (a[-1][0] + b[0][0]).upper()
    return initials.isalpha() and re.search(rf"(?<!\w){initials}(?![A-Za-z])", text) is not None
