"""Pure text functions that turn titles and abstracts into dedup keys.

The same paper reaches us in three spellings of its LaTeX: raw arXiv TeX (``$512\\times512$``,
``Poincar\\'e``), Hugging Face's rendering with math backslashes stripped (``512times512``) and
Unicode (``512×512``, ``Poincaré``). ``fold`` maps all three to the same lowercase ASCII words;
``key`` removes the spaces as well, so glued or split words (``lowdimensional`` /
``low-dimensional``) also agree. See domain.md §c.1 for the pipeline and its verified pairs.

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

import numpy as np

__all__ = [
    "abstract_key",
    "collapse_ws",
    "fix_mojibake",
    "fold",
    "fold_bytes",
    "fold_bytes_many",
    "key",
    "title_key",
    "STRIPPED_STYLE_LITERALS",
    "NORMALIZATION_VERSION",
]

# Bumped whenever ``fold``/``key`` map some text differently: keys stored by an earlier
# version (the incremental index) no longer match today's, so the index refuses the run.
NORMALIZATION_VERSION = "1"

# --------------------------------------------------------------------------- whitespace

# Invisible characters that join or split words without being whitespace to str.split().
_INVISIBLE = {ord(c): None for c in "\u200b\u200c\u200d\ufeff\u2060\u00ad\u180e"}


# str.translate with a dict is slow on long non-ASCII text; one precompiled class is ~20x faster.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\ufeff\u2060\u00ad\u180e]")
_INVISIBLE_CHARS = "".join(map(chr, _INVISIBLE))


def has_invisible(text: str) -> bool:
    """Whether ``text`` holds a character ``collapse_ws`` removes: one substring test per
    character is ~10x cheaper than the class regex on non-ASCII text (which tests each
    character against a class), and almost no text has any."""
    for ch in _INVISIBLE_CHARS:  # noqa: SIM110 - no generator object per text
        if ch in text:
            return True
    return False


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


_CP1252_BYTE = _cp1252_byte_table()
_CONT = "[" + re.escape("".join(c for c, b in _CP1252_BYTE.items() if b < 0xC0)) + "]"
# A UTF-8 multi-byte sequence as it looks after being read as cp1252: a lead byte
# (Â..ß, à..ï, ð..ô) followed by the right number of continuation bytes.
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)


# Every match of _MOJIBAKE starts with one of these; most non-ASCII text has none (a search
# for one character class is ~10x cheaper than trying the alternation everywhere).
_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4]")


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
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# Inline/block tags that API dumps embed (JATS abstracts, <sup>2</sup>). A whitelist, because
# plain text has "<ability branch, knowledge>" and "n < d" that a generic stripper would eat.
_TAG = re.compile(
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


# --------------------------------------------------------------------------- TeX

# Accent macros -> base letter. The letter accents (\u \v \H \t \c \d \b \k \r) must be followed
# by '{' or whitespace, otherwise "\times" would be read as "\t" + "imes".
_TEX_ACCENT = re.compile(r"\\(?:[`'^\"~=.]|[uvHtcdbkr](?=[\s{]))\s*\{?\s*\\?([A-Za-z])\s*\}?")
_TEX_COMMAND = re.compile(r"\\([A-Za-z]+)")
# Commands that only change appearance: dropped with their backslash. \left/\right are sizing.
_STYLE_COMMANDS = frozenset(
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
_PUNCTUATION_COMMANDS = frozenset(
    [
        *("textasciicircum", "textasciitilde", "textbackslash", "textunderscore", "textbar"),
        *("textless", "textgreater", "textendash", "textemdash", "textbullet", "textellipsis"),
        *("textquotedblleft", "textquotedblright", "textquoteleft", "textquoteright"),
        *("textperiodcentered", "textquotesingle", "textquotedbl"),
    ]
)
# Letter commands whose name is not their base letter(s) (\aa is å; \o, \ss, \ae work as names).
_LETTER_COMMANDS = {"aa": "a", "AA": "A"}


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
_STYLE_WORDS = (  # literal prefix, the alternatives after it
    ("math", ("rm", "bf", "it", "sf", "tt", "cal", "bb", "frak", "scr", "normal")),
    ("text", ("bf", "it", "rm", "sf", "tt", "sc", "up", "sl", "md", "normal", "style",
              "superscript", "subscript")),
    ("script", ("size", "style")),
    ("footnotesize", ()),
    ("displaystyle", ()),
)  # fmt: skip
_STRIPPED_STYLE = tuple(
    (literal, re.compile(literal + (f"(?:{'|'.join(rest)})" if rest else "")))
    for literal, rest in _STYLE_WORDS
)
# What a text must hold for the stripped-style step to change it (title_markers tests for them).
STRIPPED_STYLE_LITERALS = tuple(literal for literal, _ in _STRIPPED_STYLE)
# These take a braced argument; "underline" is also an English word, hence the brace lookahead.
_STRIPPED_STYLE_BRACED = re.compile(r"(?:boldsymbol|operatorname|underline)(?=\s*\{)")
# Stripped "{\bf 1}" -> "{bf 1}": the short switches only count right after a brace.
_STRIPPED_SWITCH = re.compile(r"\{(?:bf|it|em|rm|sf|tt|sc|sl)(?=\s)")


def _first_group(match: re.Match[str]) -> str:
    # A function, not the template r"\1": re parses a template on every sub() call
    # (~0.7 us), a function is only called on a match.
    return match.group(1)


def _detex(text: str) -> str:
    text = _TEX_ACCENT.sub(_first_group, text)
    return _TEX_COMMAND.sub(_tex_command, text)


# \varepsilon and friends are the same letters as ε, θ, φ...: fold to the plain name. The
# "not after a letter" test comes after the literal "var" (a lookbehind over it), so the
# pattern keeps a literal prefix and is scanned at memchr speed: a third of abstracts say
# "various" or "variance", and a leading lookbehind made this one pattern cost ~18 us each.
_VAR_NAMES = ("epsilon", "theta", "phi", "rho", "sigma", "pi", "kappa")
_VAR_GREEK = re.compile(rf"var(?<![A-Za-z]var)({'|'.join(_VAR_NAMES)})")
_BRACED_NAMES = ("boldsymbol", "operatorname", "underline")


def _drop_stripped_style(text: str) -> str:
    text = _VAR_GREEK.sub(_first_group, text)
    for literal, pattern in _STRIPPED_STYLE:
        if literal in text:
            text = pattern.sub("", text)
    return _drop_braced_style(text)


def _drop_braced_style(text: str) -> str:
    if "{" in text:
        # The braced names share no literal prefix: test for them before running the
        # alternation, which re would otherwise try at every position.
        if any(name in text for name in _BRACED_NAMES):
            text = _STRIPPED_STYLE_BRACED.sub("", text)
        text = _STRIPPED_SWITCH.sub("{", text)
    return text


# The same patterns over bytes, by the first four bytes of their literal ("var" by its three),
# for ``fold_bytes_many``: every match of a pattern starts where its literal does.
_STYLE_AT = {literal[:4].encode(): re.compile(p.pattern.encode()) for literal, p in _STRIPPED_STYLE}
_VAR_GREEK_BYTES = re.compile(_VAR_GREEK.pattern.encode())
_STYLE_CODES = np.array([int.from_bytes(b, "little") for b in _STYLE_AT], dtype=np.uint32)
_VAR_CODE = np.uint32(int.from_bytes(b"var", "little"))
_LOW3 = np.uint32(0xFFFFFF)

# What a match of the step starts with: six bytes of a style word, five of "var" and a Greek
# name (no word is shorter). Only literal starts that agree are tried by regex: the literals
# occur in English ("context", "various": ~1.5 places a page abstract), matches rarely, and a
# try costs ~0.3 us of Python.
_STYLE_HEADS = [f"{lit}{alt}"[:6] for lit, rest in _STYLE_WORDS for alt in rest or ("",)]
_VAR_HEADS = [f"var{name}"[:5] for name in _VAR_NAMES]
assert {len(h) for h in _STYLE_HEADS} == {6} and {len(h) for h in _VAR_HEADS} == {5}
_STYLE_HEAD_CODES, _VAR_HEAD_CODES = (
    np.array([int.from_bytes(h.encode(), "little") for h in heads], dtype=np.uint64)
    for heads in (_STYLE_HEADS, _VAR_HEADS)
)
_LOW6 = np.uint64((1 << 48) - 1)
_LOW5 = np.uint64((1 << 40) - 1)
# Texts' characters per numpy pass: the pass's arrays stay in the CPU's L2 cache.
_SCAN_CHARS = 1 << 18


# --------------------------------------------------------------------------- Unicode

# Unicode math symbols and Greek -> the TeX command names HF leaves behind (no spaces added,
# exactly like a stripped backslash: "512×512" -> "512times512").
# fmt: off
_SYMBOL_NAMES = {
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
_COMBINING_RANGES = (
    (0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)
)
# fmt: on
_UNICODE_TABLE: dict[int, str | None] = {ord(c): name for c, name in _SYMBOL_NAMES.items()}
_UNICODE_TABLE.update(_INVISIBLE)
for _lo, _hi in _COMBINING_RANGES:
    _UNICODE_TABLE.update(dict.fromkeys(range(_lo, _hi + 1)))
del _lo, _hi


# The table maps only non-ASCII characters: substituting just those is ``str.translate``
# with the table, without a dict lookup for every ASCII character (~35 us per abstract).
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


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

_FOLD_KEY = {i: (chr(i).lower() if chr(i).isalnum() else None) for i in range(128)}


def _prepare(text: str) -> str:
    """Everything up to the final ASCII pass; the result is ASCII."""
    text = _drop_stripped_style(_before_style(text))
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
        text = _detex(text)
    return text


def fold(text: str) -> str:
    """Normalised spaced text for shingling: lowercase ASCII words separated by single spaces."""
    # A bytes table (_FOLD_BYTES) rather than str.translate with a dict: ~0.4 us less a title.
    return " ".join(_prepare(text).encode("ascii").translate(_FOLD_BYTES).decode("ascii").split())


# bytes.translate is a C table lookup: several times faster than str.translate with a dict.
_FOLD_BYTES = bytes(ord(c.lower()) if c.isalnum() else 32 for c in map(chr, range(256)))


def fold_bytes(text: str) -> bytes:
    """``fold(text)`` as ASCII bytes with non-word runs left uncollapsed (every separator is a
    space, possibly several): the hot path's form, since shingling splits on any run of
    spaces anyway and collapsing costs more than the rest of the fold."""
    return _prepare(text).encode("ascii").translate(_FOLD_BYTES)


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
                out[i] = (
                    _to_ascii(_drop_stripped_style(text)).encode("ascii").translate(_FOLD_BYTES)
                )
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
    positions = _could_match(data, _literal_starts(data))
    if len(positions):
        matched = []
        for p in positions.tolist():
            pattern = _STYLE_AT.get(data[p : p + 4], _VAR_GREEK_BYTES)
            if pattern.match(data, p):
                matched.append(p)
        if matched:
            starts = np.cumsum([0] + [len(r) + 1 for r in raw])
            styled = set((np.searchsorted(starts, matched, "right") - 1).tolist())
    for j, i in enumerate(block):
        if j in styled:
            text = _drop_stripped_style(texts[j])
        elif b"{" in raw[j]:
            text = _drop_braced_style(texts[j])
        else:
            out[i] = raw[j].translate(_FOLD_BYTES)
            continue
        out[i] = text.encode("ascii").translate(_FOLD_BYTES)


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
    literal starts: four uint32 views, one per offset modulo 4, each copied aligned first
    (the comparisons then run ~1.5x faster)."""
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


def key(text: str) -> str:
    """``fold(text)`` without spaces: immune to glued and split words."""
    return _prepare(text).translate(_FOLD_KEY)


def title_key(title: str) -> str:
    return key(title)


def abstract_key(abstract: str) -> str:
    return key(abstract)
