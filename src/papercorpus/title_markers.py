"""Number and version markers of a title (``Llama 2``, ``Part II``, ``... III: subtitle``), for
the merge guard: two titles that differ only in such a marker name different papers."""

from __future__ import annotations

import re
from typing import Final

from .normalize import fold
from .tex import STRIPPED_STYLE_LITERALS

__all__ = ["title_markers"]

_DIGITS: Final = re.compile(r"[0-9]+")
_ROMAN_TOKEN: Final = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")
# Words after which a roman numeral or a number word is a part/version number.
_NUMBER_CONTEXT: Final = frozenset(
    [
        *("part", "parts", "chapter", "vol", "volume", "book", "section", "phase", "stage"),
        *("episode", "series", "edition", "round", "level", "type", "tier"),
    ]
)
_NUMBER_WORDS: Final = {
    word: str(value)
    for value, word in enumerate(
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    )
}
# Subtitle and parenthesis boundaries: "Rocky II: The Return" has II in trailing position.
_TITLE_SEGMENTS: Final = re.compile(r"[:;?!|()\[\]]|\s[-\u2013\u2014]+\s|\s-{2,3}\s")


def _roman_value(token: str) -> int:
    values = {"i": 1, "v": 5, "x": 10}
    total = 0
    for i, ch in enumerate(token):
        value = values[ch]
        nxt = values[token[i + 1]] if i + 1 < len(token) else 0
        total += -value if value < nxt else value
    return total


def _ends_in_numeral(words: list[str]) -> bool:
    """The last of several words is a roman numeral of two or more letters (single trailing
    letters are left out: "Am I", "Grok on X" are not numerals)."""
    return len(words) > 1 and len(words[-1]) >= 2 and _ROMAN_TOKEN.fullmatch(words[-1]) is not None


def _segment_markers(folded: str) -> list[str]:
    words = folded.split()
    # Most segments have no digit, no context word and no numeral last word: then there is
    # nothing to find, and the word-by-word look is skipped.
    if (
        _DIGITS.search(folded) is None
        and _NUMBER_CONTEXT.isdisjoint(words)
        and not _ends_in_numeral(words)
    ):
        return []
    markers: list[str] = []
    last = len(words) - 1
    for i, word in enumerate(words):
        digits = _DIGITS.findall(word)
        if digits:
            markers.extend(digits)
            continue
        after_context = i > 0 and words[i - 1] in _NUMBER_CONTEXT
        if after_context and word in _NUMBER_WORDS:
            markers.append(_NUMBER_WORDS[word])
        elif (after_context and word and _ROMAN_TOKEN.fullmatch(word)) or (
            i == last and _ends_in_numeral(words)
        ):
            markers.append(str(_roman_value(word)))
    return markers


# A title that folds character by character (ASCII, no entity, tag, TeX, brace, or stripped
# style literal) and has no digit: its segments' words are words of the whole title, so
# without a context word or a roman numeral among them it has no marker at all.
_PLAIN_TITLE_BLOCKERS: Final = ("&", "<", "\\", "{", "var", *STRIPPED_STYLE_LITERALS)
_ALNUM_RUNS: Final = re.compile(r"[a-z0-9]+")


def _no_markers(title: str) -> bool:
    if not title.isascii() or _DIGITS.search(title):
        return False
    if any(blocker in title for blocker in _PLAIN_TITLE_BLOCKERS):
        return False
    for word in _ALNUM_RUNS.findall(title.lower()):
        if word in _NUMBER_CONTEXT or (len(word) >= 2 and _ROMAN_TOKEN.fullmatch(word)):
            return False
    return True


def title_markers(title: str) -> tuple[str, ...]:
    """Number/version tokens of a title, in order, for the merge guard.

    Digit runs of the folded title (so ``Llama 2`` / ``Llama-2`` / ``LLaMA2`` all give
    ``("2",)``; decimals split: ``Kandinsky 5.0`` -> ``("5", "0")``, ``v2`` -> ``("2",)``),
    plus roman numerals and number words after "Part"/"Chapter"/... and roman numerals of two
    or more letters ending the title or a segment of it (``... II: subtitle``).
    """
    if _no_markers(title):
        return ()
    markers: list[str] = []
    for segment in _TITLE_SEGMENTS.split(title):
        markers.extend(_segment_markers(fold(segment)))
    return tuple(markers)
