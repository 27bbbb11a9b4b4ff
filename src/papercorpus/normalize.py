"""Pure text functions that turn titles and abstracts into dedup keys.

The same paper reaches us in three spellings of its LaTeX: raw arXiv TeX (``$512\\times512$``,
``Poincar\\'e``), Hugging Face's rendering with math backslashes stripped (``512times512``) and
Unicode (``512×512``, ``Poincaré``). ``fold`` maps all three to the same lowercase ASCII words;
``key`` removes the spaces as well, so glued or split words (``lowdimensional`` /
``low-dimensional``) also agree. See domain.md §c.1 for the pipeline and its verified pairs;
the TeX steps live in ``tex``.

This runs on every record, so each step is skipped when it cannot apply (no ``&``, no
backslash, pure ASCII...) and the final pass is a single ``str.translate`` on ASCII text.
"""

from __future__ import annotations

import contextlib
import functools
import html
import re
import unicodedata
from collections.abc import Sequence
from typing import Final

import numpy as np

from .tex import (
    detex,
    drop_braced_style,
    drop_stripped_style,
    stripped_style_matches,
)

__all__ = [
    "abstract_key",
    "collapse_ws",
    "drop_invisible",
    "fix_mojibake",
    "fold",
    "fold_bytes",
    "fold_bytes_many",
    "key",
    "title_key",
    "NORMALIZATION_VERSION",
]

# Bumped whenever ``fold``/``key`` map some text differently: keys stored by an earlier
# version (the incremental index) no longer match today's, so the index refuses the run.
NORMALIZATION_VERSION: Final = "1"

# --------------------------------------------------------------------------- whitespace

# Invisible characters that join or split words without being whitespace to str.split().
_INVISIBLE: Final = {ord(c): None for c in "\u200b\u200c\u200d\ufeff\u2060\u00ad\u180e"}


# str.translate with a dict is slow on long non-ASCII text; one precompiled class is ~20x faster.
_INVISIBLE_RE: Final = re.compile("[\u200b\u200c\u200d\ufeff\u2060\u00ad\u180e]")
_INVISIBLE_CHARS: Final = "".join(map(chr, _INVISIBLE))


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds a character ``collapse_ws`` removes: one substring test per
    character is ~10x cheaper than the class regex on non-ASCII text (which tests each
    character against a class), and almost no text has any."""
    for ch in _INVISIBLE_CHARS:  # noqa: SIM110 - no generator object per text
        if ch in text:
            return True
    return False


def drop_invisible(text: str) -> str:
    """``text`` without the invisible characters ``collapse_ws`` removes (a line of a page
    is read without them, before its words are: ``sources.pages``). A soft hyphen that is
    a byte of a character UTF-8 wrote and a capture read as cp1252 (``Ã\u00ad`` for ``í``,
    ``dÃ\u00adas``) is kept: dropped, the character could not be read back
    (``fix_mojibake``)."""
    if not text.isascii() and has_invisible(text):
        if "\u00ad" in text and _MOJIBAKE_LEAD.search(text):
            return _drop_around_mojibake(text)
        return _INVISIBLE_RE.sub("", text)
    return text


def _drop_around_mojibake(text: str) -> str:
    """``drop_invisible`` of ``text`` but inside the mojibake sequences holding a soft
    hyphen that read back (``_repair_sequence``)."""
    out: list[str] = []
    at = 0
    for m in _MOJIBAKE.finditer(text):
        seq = m.group()
        if "\u00ad" in seq and _repair_sequence(m) != seq:
            out.append(_INVISIBLE_RE.sub("", text[at : m.start()]))
            out.append(seq)
            at = m.end()
    out.append(_INVISIBLE_RE.sub("", text[at:]))
    return "".join(out)


def collapse_ws(text: str) -> str:
    """Display text: whitespace runs -> one space, invisible characters removed, stripped."""
    if not text.isascii() and has_invisible(text):
        text = _INVISIBLE_RE.sub("", text)
    # str.split() already knows NBSP, U+2028/2029, \x85 and friends as whitespace.
    return " ".join(text.split())


# --------------------------------------------------------------------------- mojibake


def _cp1252_byte_table() -> dict[str, int]:
    """Char -> byte for text that was UTF-8 decoded as cp1252 (or latin-1 where cp1252
    leaves a byte undefined, which is what most mis-decoders fall back to)."""
    table: dict[str, int] = {}
    for byte in range(0x80, 0x100):
        table[chr(byte)] = byte  # latin-1 reading
        with contextlib.suppress(UnicodeDecodeError):  # cp1252 leaves 5 bytes undefined
            table[bytes([byte]).decode("cp1252")] = byte
    return table


_CP1252_BYTE: Final = _cp1252_byte_table()
_CONT: Final = "[" + re.escape("".join(c for c, b in _CP1252_BYTE.items() if b < 0xC0)) + "]"
# A UTF-8 multi-byte sequence as it looks after being read as cp1252: a lead byte
# (Â..ß, à..ï, ð..ô) followed by the right number of continuation bytes.
_MOJIBAKE: Final = re.compile(
    f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)


# Every match of _MOJIBAKE starts with one of these; most non-ASCII text has none (a search
# for one character class is ~10x cheaper than trying the alternation everywhere).
_MOJIBAKE_LEAD: Final = re.compile("[\u00c2-\u00f4]")


def _repair_sequence(match: re.Match[str]) -> str:
    seq = match.group()
    try:
        repaired = bytes(_CP1252_BYTE[c] for c in seq).decode("utf-8")
    except UnicodeDecodeError:
        return seq  # not a clean round trip: leave it as it was
    # Legitimate pairs such as "×–" (times, en dash) also round-trip, into Hebrew or Arabic
    # letters, which paper listings in Latin script do not contain as mojibake.
    if any("\u0590" <= ch <= "\u08ff" for ch in repaired):
        return seq
    return repaired


def fix_mojibake(text: str) -> str:
    """Repair cp1252/latin-1 mojibake (``PoincarÃ©`` -> ``Poincaré``, ``donâ€™t`` -> ``don’t``).

    Each suspicious sequence is re-encoded and strictly decoded as UTF-8 on its own, so a text
    mixing correct accents and mojibake is repaired too, and any sequence that does not decode
    cleanly is left untouched. Double mojibake (``ÃƒÂ©``) takes a second pass.
    """
    if text.isascii() or not _MOJIBAKE_LEAD.search(text):
        return text
    for _ in range(3):
        repaired = _MOJIBAKE.sub(_repair_sequence, text)
        if repaired == text:
            break
        text = repaired
    return text


# --------------------------------------------------------------------------- HTML

# Only entities with their ';': html.unescape alone also expands legacy semicolon-less names,
# which would turn a plain "&parameter" into "¶meter".
_ENTITY: Final = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Inline/block tags that API dumps embed (JATS abstracts, <sup>2</sup>). A whitelist, because
# plain text has "<ability branch, knowledge>" and "n < d" that a generic stripper would eat.
_TAG: Final = re.compile(
    r"</?(?:[a-z]+:)?(?:sup|sub|i|b|u|em|strong|sc|italic|bold|span|p|br|div)"
    r"(?:\s+[a-z:-]+(?:=\"[^\"<>]*\")?)*\s*/?>",
    re.IGNORECASE,
)


def _unescape_entity(match: re.Match[str]) -> str:
    return html.unescape(match.group())


def _unescape(text: str) -> str:
    # Twice, for double-escaped dumps (&amp;amp; -> &amp; -> &).
    for _ in range(2):
        if "&" not in text:
            break
        text = _ENTITY.sub(_unescape_entity, text)
    return text


# --------------------------------------------------------------------------- Unicode

# Unicode math symbols and Greek -> the TeX command names HF leaves behind (no spaces added,
# exactly like a stripped backslash: "512×512" -> "512times512").
# fmt: off
_SYMBOL_NAMES: Final = {
    "×": "times", "÷": "div", "±": "pm", "∓": "mp", "⋅": "cdot", "∘": "circ", "°": "circ",
    "≤": "leq", "⩽": "leq", "≥": "geq", "⩾": "geq", "≠": "neq", "≈": "approx", "∼": "sim",
    "≃": "simeq", "≅": "cong", "≡": "equiv", "∝": "propto", "≪": "ll", "≫": "gg",
    "≺": "prec", "≻": "succ", "∞": "infty", "∑": "sum", "∏": "prod", "∫": "int",
    "∂": "partial", "∇": "nabla", "√": "sqrt", "∈": "in", "∉": "notin", "∋": "ni",
    "⊂": "subset", "⊆": "subseteq", "⊃": "supset", "⊇": "supseteq", "∪": "cup", "∩": "cap",
    "∖": "setminus", "∅": "emptyset", "∀": "forall", "∃": "exists", "¬": "neg", "∧": "wedge",
    "∨": "vee", "⊕": "oplus", "⊗": "otimes", "⊙": "odot", "†": "dagger", "‡": "ddagger",
    "∗": "ast", "⋆": "star", "★": "star", "•": "bullet", "⊤": "top", "⊥": "perp",
    "∥": "parallel", "⟨": "langle", "⟩": "rangle", "→": "rightarrow", "←": "leftarrow",
    "↔": "leftrightarrow", "⇒": "Rightarrow", "⇐": "Leftarrow", "⇔": "Leftrightarrow",
    "↦": "mapsto", "ℓ": "ell", "ℏ": "hbar", "\u00b5": "mu",
    # Greek (variant forms fold to the plain letter, as people type them for \epsilon etc.)
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ϵ": "epsilon",
    "ζ": "zeta", "η": "eta", "θ": "theta", "ϑ": "theta", "ι": "iota", "κ": "kappa",
    "ϰ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi", "ο": "o", "π": "pi",
    "ϖ": "pi", "ρ": "rho", "ϱ": "rho", "σ": "sigma", "ς": "sigma", "τ": "tau",
    "υ": "upsilon", "φ": "phi", "ϕ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
    "Γ": "Gamma", "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Ξ": "Xi", "Π": "Pi",
    "Σ": "Sigma", "Υ": "Upsilon", "Φ": "Phi", "Ψ": "Psi", "\u03a9": "Omega", "\u2126": "Omega",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X",
    # Latin letters NFKD does not decompose; without this "Søren" would lose its "ø".
    "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ß": "ss", "ẞ": "SS", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ı": "i", "ȷ": "j", "ħ": "h", "Ħ": "H",
}
_COMBINING_RANGES: Final = (
    (0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)
)
# fmt: on
_UNICODE_TABLE: Final[dict[int, str | None]] = {ord(c): name for c, name in _SYMBOL_NAMES.items()}
_UNICODE_TABLE.update(_INVISIBLE)
for _lo, _hi in _COMBINING_RANGES:
    _UNICODE_TABLE.update(dict.fromkeys(range(_lo, _hi + 1)))
del _lo, _hi


# The table maps only non-ASCII characters: substituting just those is ``str.translate``
# with the table, without a dict lookup for every ASCII character (~35 us per abstract).
_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]+")


def _to_ascii(text: str) -> str:
    # Run by run of non-ASCII characters: every step below changes only non-ASCII
    # characters, and NFKD cannot reach across an ASCII character (a starter: canonical
    # reordering stops there), so this is the same as running each step over the whole
    # text, without three more passes over its ASCII majority. Runs repeat (accents,
    # quotes, dashes): each distinct one is worked out once.
    return _NON_ASCII.sub(_ascii_run, text)


def _ascii_run(match: re.Match[str]) -> str:
    return _ascii_of_run(match.group())


@functools.lru_cache(maxsize=1 << 14)
def _ascii_of_run(run: str) -> str:
    # Symbols go first: NFKD would turn "ℓ" into "l" and "≠" into "=" + a combining mark.
    text = unicodedata.normalize("NFKD", run.translate(_UNICODE_TABLE))
    if not text.isascii():
        # Second pass for what NFKD produced (combining marks, math-italic 𝜃 -> θ).
        text = text.translate(_UNICODE_TABLE)
        # Any other non-ASCII character (CJK, arrows we do not name) is a separator.
        text = text.encode("ascii", "replace").decode("ascii")
    return text


# --------------------------------------------------------------------------- folding

_FOLD_KEY: Final = {i: (chr(i).lower() if chr(i).isalnum() else None) for i in range(128)}


def _prepare(text: str) -> str:
    """Everything up to the final ASCII pass; the result is ASCII."""
    text = drop_stripped_style(_before_style(text))
    if not text.isascii():
        text = _to_ascii(text)
    return text


def _before_style(text: str) -> str:
    """The steps of ``_prepare`` before the stripped-style one."""
    if "&" in text:
        text = _unescape(text)
    if not text.isascii():
        # After unescaping, so "PoincarÃ&copy;" is repaired as well.
        text = fix_mojibake(text)
    if "<" in text:
        text = _TAG.sub("", text)
    if "\\" in text:
        text = detex(text)
    return text


def fold(text: str) -> str:
    """Normalised spaced text for shingling: lowercase ASCII words separated by single spaces."""
    # A bytes table (_FOLD_BYTES) rather than str.translate with a dict: ~0.4 us less a title.
    return " ".join(_prepare(text).encode("ascii").translate(_FOLD_BYTES).decode("ascii").split())


# bytes.translate is a C table lookup: several times faster than str.translate with a dict.
_FOLD_BYTES: Final = bytes(ord(c.lower()) if c.isalnum() else 32 for c in map(chr, range(256)))


def fold_bytes(text: str) -> bytes:
    """``fold(text)`` as ASCII bytes with non-word runs left uncollapsed (every separator is a
    space, possibly several): the hot path's form, since shingling splits on any run of
    spaces anyway and collapsing costs more than the rest of the fold."""
    return _prepare(text).encode("ascii").translate(_FOLD_BYTES)


# Texts' characters per numpy pass: the pass's arrays stay in the CPU's L2 cache.
_SCAN_CHARS: Final = 1 << 18


def fold_bytes_many(texts: Sequence[str]) -> list[bytes]:
    """``[fold_bytes(t) for t in texts]``, faster.

    Once the steps before it are done (most texts need none: ASCII, without ``&``, ``<`` or
    a backslash), the stripped-style step's six substring scans (~0.5 ns a character each:
    the literals are common letters, so the search rarely skips) are most of the cost of
    folding an abstract. For the texts that are ASCII by then, numpy finds in one pass over
    many of them every place where one of the step's literals starts, and the pattern of
    that literal is tried there alone; only a text with a match goes through the step, the
    others only through its braced part. Every match of a pattern starts where its literal
    does, so the result is the same."""
    out: list[bytes] = [b""] * len(texts)
    block: list[int] = []
    ready: list[str] = []  # texts[i] for i in block, after the steps before the style step
    size = 0
    for i, text in enumerate(texts):
        if not (text.isascii() and "&" not in text and "<" not in text and "\\" not in text):
            text = _before_style(text)
            if not text.isascii():
                out[i] = _to_ascii(drop_stripped_style(text)).encode("ascii").translate(_FOLD_BYTES)
                continue
        block.append(i)
        ready.append(text)
        size += len(text) + 1
        if size >= _SCAN_CHARS:
            _fold_plain(block, ready, out)
            block, ready, size = [], [], 0
    if block:
        _fold_plain(block, ready, out)
    return out


def _fold_plain(block: list[int], texts: list[str], out: list[bytes]) -> None:
    """``out[i]``: the fold of ASCII ``text``, ready for the stripped-style step, for each
    ``i, text`` of ``block, texts``."""
    raw = [text.encode("ascii") for text in texts]
    # "\n" is no letter: no literal or match reaches from one text into the next.
    data = b"\n".join(raw) + bytes(16)
    styled: set[int] = set()
    matched = stripped_style_matches(data)
    if matched:
        starts = np.cumsum([0] + [len(r) + 1 for r in raw])
        styled = set((np.searchsorted(starts, matched, "right") - 1).tolist())
    for j, i in enumerate(block):
        if j in styled:
            text = drop_stripped_style(texts[j])
        elif b"{" in raw[j]:
            text = drop_braced_style(texts[j])
        else:
            out[i] = raw[j].translate(_FOLD_BYTES)
            continue
        out[i] = text.encode("ascii").translate(_FOLD_BYTES)


def key(text: str) -> str:
    """``fold(text)`` without spaces: immune to glued and split words."""
    return _prepare(text).translate(_FOLD_KEY)


def title_key(title: str) -> str:
    return key(title)


def abstract_key(abstract: str) -> str:
    return key(abstract)
