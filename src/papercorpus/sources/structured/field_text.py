"""A field's value as the record's text: whitespace collapsed, cheaply where it can be.

``text_value`` reads what JSON, CSV and feeds give a field (a string, a number, a list of
paragraphs); ``index_text`` reads OpenAlex's inverted index. Split out of ``fields`` (which
decides which field is the title, the abstract, the id): this module only turns one value
into text, the per-row cost of every structured input.
"""

from __future__ import annotations

from typing import Any, Final

from ...normalize import collapse_ws, has_invisible

__all__ = ["collapsed", "index_text", "text_value"]

# The abstract's raw string is collapsed when it is picked and again when ``fields._meta`` asks
# what it was read from: the last few long strings' results are kept (by identity).
_TEXT_MEMO: Final[dict[int, tuple[str, str | None]]] = {}
_MEMO_MIN_CHARS: Final = 200


def text_value(value: Any) -> str | None:
    """``value`` as collapsed text, or ``None`` for no text (``None``, a bool, an empty
    string, an object)."""
    if isinstance(value, str) and len(value) >= _MEMO_MIN_CHARS:
        hit = _TEXT_MEMO.get(id(value))
        if hit is not None and hit[0] is value:
            return hit[1]
        if len(_TEXT_MEMO) >= 8:
            _TEXT_MEMO.clear()
        text = collapsed(value) or None
        _TEXT_MEMO[id(value)] = (value, text)
        return text
    return _text_of(value)


def _text_of(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        value = str(value)
    elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = " ".join(value)  # abstracts given as a list of paragraphs
    if not isinstance(value, str):
        return None
    return collapsed(value) or None


def collapsed(text: str) -> str:
    """``collapse_ws(text)``, without splitting the text into words when that would give it
    back unchanged: an abstract hard-wrapped with single newlines is most of them, and one
    scan per character kind is several times cheaper than ~200 word objects (a title is
    split: it has few words). Non-ASCII text has more kinds of whitespace to rule out, and
    the invisible characters ``collapse_ws`` removes."""
    if len(text) >= _MEMO_MIN_CHARS:
        flat = text.replace("\n", " ") if "\n" in text else text
        if (
            flat[:1] != " "
            and flat[-1:] != " "
            and "  " not in flat
            and _only_spaces(flat, _ASCII_WS if text.isascii() else _OTHER_WS)
            and (text.isascii() or not has_invisible(text))
        ):
            return flat
    return collapse_ws(text)


# What str.split() takes for whitespace besides " " and "\n": in ASCII text, and in any
# text (no character above U+3000 is whitespace; tests check the list against isspace()).
_ASCII_WS: Final = "\t\r\x0b\x0c\x1c\x1d\x1e\x1f"
_OTHER_WS: Final = _ASCII_WS + "".join(ch for ch in map(chr, range(0x80, 0x3001)) if ch.isspace())


def _only_spaces(text: str, others: str) -> bool:
    for ch in others:  # noqa: SIM110 - no generator object per text
        if ch in text:
            return False
    return True


def index_text(index: dict) -> str | None:
    """OpenAlex's ``abstract_inverted_index`` (word -> its positions) as the text."""
    at: dict[int, str] = {}
    for word, positions in index.items():
        if not isinstance(word, str) or not isinstance(positions, list):
            return None
        for n in positions:
            if isinstance(n, int):
                at[n] = word
    return " ".join(at[n] for n in sorted(at)) or None
