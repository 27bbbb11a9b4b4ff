"""TeX in titles and abstracts: commands, accents, and the style words a renderer left behind.

``normalize`` folds text to dedup keys; these are its TeX steps. Raw arXiv TeX keeps its
backslashes (``\\mathcal{O}``, ``Poincar\\'e``); Hugging Face's renderer strips them in math
mode (``mathcal{O}``, ``scriptsizeFLaws``). ``detex`` handles the first; ``drop_stripped_style``
the second, and ``stripped_style_matches`` finds where it can apply in many texts at once.
"""

from __future__ import annotations

import re
from typing import Final

import numpy as np

from .native import KERNELS

__all__ = [
    "STRIPPED_STYLE_LITERALS",
    "detex",
    "drop_braced_style",
    "drop_stripped_style",
    "stripped_style_matches",
]

# Accent macros -> base letter. The letter accents (\u \v \H \t \c \d \b \k \r) must be followed
# by '{' or whitespace, otherwise "\times" would be read as "\t" + "imes".
_TEX_ACCENT: Final = re.compile(
    r"\\(?:[`'^\"~=.]|[uvHtcdbkr](?=[\s{]))\s*\{?\s*\\?([A-Za-z])\s*\}?"
)
_TEX_COMMAND: Final = re.compile(r"\\([A-Za-z]+)")
# Commands that only change appearance: dropped with their backslash. \left/\right are sizing.
_STYLE_COMMANDS: Final = frozenset(
    [
        *("textbf", "textit", "textrm", "textsf", "texttt", "textsc", "textup", "textsl"),
        *("textmd", "textnormal", "text", "emph", "mbox", "hbox", "operatorname"),
        *("textsuperscript", "textsubscript", "underline", "url", "href"),
        *("mathrm", "mathit", "mathbf", "mathsf", "mathtt", "mathcal", "mathbb", "mathfrak"),
        *("mathscr", "mathnormal", "boldsymbol", "bm"),
        *("bf", "it", "em", "rm", "sf", "tt", "sc", "sl", "up", "md"),
        *("tiny", "scriptsize", "footnotesize", "small", "normalsize"),
        *("large", "Large", "LARGE", "huge", "Huge"),
        *("displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle"),
        *("left", "right", "middle", "big", "Big", "bigg", "Bigg"),
        *("bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr", "Biggl", "Biggr"),
    ]
)
# Text-mode symbol commands: punctuation, so "GS\textasciicircum2" agrees with "GS^2".
_PUNCTUATION_COMMANDS: Final = frozenset(
    [
        *("textasciicircum", "textasciitilde", "textbackslash", "textunderscore", "textbar"),
        *("textless", "textgreater", "textendash", "textemdash", "textbullet", "textellipsis"),
        *("textquotedblleft", "textquotedblright", "textquoteleft", "textquoteright"),
        *("textperiodcentered", "textquotesingle", "textquotedbl"),
    ]
)
# Letter commands whose name is not their base letter(s) (\aa is å; \o, \ss, \ae work as names).
_LETTER_COMMANDS: Final = {"aa": "a", "AA": "A"}


def _tex_command(match: re.Match[str]) -> str:
    name = match.group(1)
    if name in _STYLE_COMMANDS:
        return ""
    if name in _PUNCTUATION_COMMANDS:
        return " "
    # Anything else keeps its name, as HF's renderer does: \times -> times, \theta -> theta.
    return _LETTER_COMMANDS.get(name, name)


# Style commands whose backslash the HF renderer already stripped (math mode): they are not
# English words, so dropping them wherever they appear is safe and makes "mathcal{O}" agree
# with "\mathcal{O}" and "𝒪", and "scriptsizeFLaws" with "$\scriptsize\mathtt{F}$Laws".
# One regex per literal prefix, each run only when its literal occurs: a substring test is
# one fast scan (~0.6 us per abstract) and most abstracts have none of them, while even a
# regex with a literal prefix costs ~1.4 us to find nothing (a single alternation without one
# is tried at every position: ~20 us). Applied in this order.
_STYLE_WORDS: Final = (  # literal prefix, the alternatives after it
    ("math", ("rm", "bf", "it", "sf", "tt", "cal", "bb", "frak", "scr", "normal")),
    ("text", ("bf", "it", "rm", "sf", "tt", "sc", "up", "sl", "md", "normal", "style",
              "superscript", "subscript")),
    ("script", ("size", "style")),
    ("footnotesize", ()),
    ("displaystyle", ()),
)  # fmt: skip
_STRIPPED_STYLE: Final = tuple(
    (literal, re.compile(literal + (f"(?:{'|'.join(rest)})" if rest else "")))
    for literal, rest in _STYLE_WORDS
)
# What a text must hold for the stripped-style step to change it (title_markers tests for them).
STRIPPED_STYLE_LITERALS: Final = tuple(literal for literal, _ in _STRIPPED_STYLE)
# These take a braced argument; "underline" is also an English word, hence the brace lookahead.
_STRIPPED_STYLE_BRACED: Final = re.compile(r"(?:boldsymbol|operatorname|underline)(?=\s*\{)")
# Stripped "{\bf 1}" -> "{bf 1}": the short switches only count right after a brace.
_STRIPPED_SWITCH: Final = re.compile(r"\{(?:bf|it|em|rm|sf|tt|sc|sl)(?=\s)")


def _first_group(match: re.Match[str]) -> str:
    # A function, not the template r"\1": re parses a template on every sub() call
    # (~0.7 us), a function is only called on a match.
    return match.group(1)


def detex(text: str) -> str:
    text = _TEX_ACCENT.sub(_first_group, text)
    return _TEX_COMMAND.sub(_tex_command, text)


# \varepsilon and friends are the same letters as ε, θ, φ...: fold to the plain name. The
# "not after a letter" test comes after the literal "var" (a lookbehind over it), so the
# pattern keeps a literal prefix and is scanned at memchr speed: a third of abstracts say
# "various" or "variance", and a leading lookbehind made this one pattern cost ~18 us each.
_VAR_NAMES: Final = ("epsilon", "theta", "phi", "rho", "sigma", "pi", "kappa")
_VAR_GREEK: Final = re.compile(rf"var(?<![A-Za-z]var)({'|'.join(_VAR_NAMES)})")
_BRACED_NAMES: Final = ("boldsymbol", "operatorname", "underline")


def drop_stripped_style(text: str) -> str:
    text = _VAR_GREEK.sub(_first_group, text)
    for literal, pattern in _STRIPPED_STYLE:
        if literal in text:
            text = pattern.sub("", text)
    return drop_braced_style(text)


def drop_braced_style(text: str) -> str:
    if "{" in text:
        # The braced names share no literal prefix: test for them before running the
        # alternation, which re would otherwise try at every position.
        if any(name in text for name in _BRACED_NAMES):
            text = _STRIPPED_STYLE_BRACED.sub("", text)
        text = _STRIPPED_SWITCH.sub("{", text)
    return text


# The same patterns over bytes, by the first four bytes of their literal ("var" by its three),
# for ``fold_bytes_many``: every match of a pattern starts where its literal does.
_STYLE_AT: Final = {
    literal[:4].encode(): re.compile(p.pattern.encode()) for literal, p in _STRIPPED_STYLE
}
_VAR_GREEK_BYTES: Final = re.compile(_VAR_GREEK.pattern.encode())
_STYLE_CODES: Final = np.array([int.from_bytes(b, "little") for b in _STYLE_AT], dtype=np.uint32)
_VAR_CODE: Final = np.uint32(int.from_bytes(b"var", "little"))
_LOW3: Final = np.uint32(0xFFFFFF)
# (the same literals for the C kernel: ``_STYLE_AT``'s four bytes, then "var")
_LITERALS: Final = (*_STYLE_AT, b"var")

# What a match of the step starts with: six bytes of a style word, five of "var" and a Greek
# name (no word is shorter). Only literal starts that agree are tried by regex: the literals
# occur in English ("context", "various": ~1.5 places a page abstract), matches rarely, and a
# try costs ~0.3 us of Python.
_STYLE_HEADS: Final = [f"{lit}{alt}"[:6] for lit, rest in _STYLE_WORDS for alt in rest or ("",)]
_VAR_HEADS: Final = [f"var{name}"[:5] for name in _VAR_NAMES]
assert {len(h) for h in _STYLE_HEADS} == {6} and {len(h) for h in _VAR_HEADS} == {5}
_STYLE_HEAD_CODES, _VAR_HEAD_CODES = (
    np.array([int.from_bytes(h.encode(), "little") for h in heads], dtype=np.uint64)
    for heads in (_STYLE_HEADS, _VAR_HEADS)
)
_LOW6: Final = np.uint64((1 << 48) - 1)
_LOW5: Final = np.uint64((1 << 40) - 1)


def stripped_style_matches(data: bytes) -> list[int]:
    """The offsets in ``data`` (ASCII texts joined by a byte that is no letter, then 16
    zero bytes) where a pattern of ``drop_stripped_style`` matches."""
    matched = []
    for p in _could_match(data, _literal_starts(data)).tolist():
        pattern = _STYLE_AT.get(data[p : p + 4], _VAR_GREEK_BYTES)
        if pattern.match(data, p):
            matched.append(p)
    return matched


def _could_match(data: bytes, positions: np.ndarray) -> np.ndarray:
    """The ``positions`` in ``data`` (16 zero bytes at its end) where the head of a
    stripped-style word starts: the only places a pattern can match."""
    if len(positions) == 0:
        return positions
    # Element i is the little-endian uint64 of bytes i..i+7 (an unaligned gather).
    loads = np.ndarray((len(data) - 7,), dtype="<u8", buffer=data, strides=(1,))[positions]
    keep = ((loads & _LOW6)[:, None] == _STYLE_HEAD_CODES).any(axis=1)
    keep |= ((loads & _LOW5)[:, None] == _VAR_HEAD_CODES).any(axis=1)
    return positions[keep]


def _literal_starts(data: bytes) -> np.ndarray:
    """Sorted offsets in ``data`` (at least eight zero bytes at its end) where a stripped-style
    literal starts: one pass of the C kernel where it runs (``papercorpus.native``), else
    four uint32 views, one per offset modulo 4, each copied aligned first (the comparisons
    then run ~1.5x faster)."""
    if KERNELS is not None:
        return np.frombuffer(KERNELS.literal_starts(data, _LITERALS), np.int64)
    return numpy_literal_starts(data)


def numpy_literal_starts(data: bytes) -> np.ndarray:
    """``_literal_starts`` by numpy (the specification of the C kernel's)."""
    count = (len(data) - 8 + 3) // 4
    hit = np.empty(count, bool)
    eq = np.empty(count, bool)
    view = np.empty(count, np.uint32)
    low = np.empty(count, np.uint32)
    found = []
    for k in range(4):
        view[:] = np.frombuffer(data, "<u4", count=count, offset=k)
        np.bitwise_and(view, _LOW3, out=low)
        np.equal(low, _VAR_CODE, out=hit)
        for code in _STYLE_CODES:
            np.equal(view, code, out=eq)
            hit |= eq
        found.append(np.flatnonzero(hit) * 4 + k)
    return np.sort(np.concatenate(found))
