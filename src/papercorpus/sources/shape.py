"""Text shape: what a title or an abstract paragraph looks like on its own.

Predicates on one string - title-sized, ends a sentence, hard-wrapped at a fixed width,
ends in a word after which a line cannot end, ends inside a word - for the page parser
(``pages``) and the arXiv listing parser (``arxiv_text``). They know nothing of a
parser's state; the parser weighs them against what surrounds the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Final

from ..native import KERNELS

__all__ = [
    "SLOT_TITLE_BREAKS",
    "SUMMARY_MAX",
    "TITLE_MAX",
    "WRAP_MAX",
    "WRAP_MIN",
    "WRAP_WIDTH",
    "clip",
    "ends_mid_word",
    "ends_sentence",
    "first_person",
    "hard_wrapped",
    "is_summary",
    "join_doubt",
    "joiner",
    "prose_marks",
    "sentence_adverb",
    "sentence_breaks",
    "sentence_like",
    "terminal",
    "title_cased",
    "title_like",
    "title_shaped",
    "title_sized",
    "unit_kind",
]

# Longest title-like unit; longer text is an abstract (seed titles are 17-172 chars,
# seed abstracts 467-1922).
TITLE_MAX: Final = 300
# Longest one-sentence abstract flagged "summary" (AI one-liners run ~100-250 chars).
SUMMARY_MAX: Final = 250
# Most sentence breaks a unit may have and still be a title by its position: arXiv titles
# with a break (``Hogwild! Inference: …``) are 0.2% of titles, ``Clink! Chop! Thud! -- …``
# has two.
SLOT_TITLE_BREAKS: Final = 3
# Hard-wrapped prose: lines of WRAP_MIN..WRAP_MAX chars, wrapped at WRAP_WIDTH at least.
# (A floor of 60 or a ceiling of 120 was tried and not kept, docs/pages-passes.md, eighth pass:
# one break fakes them; the page parser measures such widths on many lines instead,
# ``pages.widths``.)
WRAP_MIN: Final = 55
WRAP_WIDTH: Final = 72
WRAP_MAX: Final = 100

# A sentence end inside the text: a word of 3+ letters (not "vs."/"e.g."/"al."/initials)
# or a closing bracket/number, then ". " or "! " and a capital.
_BOUNDARY: Final = re.compile(r"(?:[^\W\d_]{3}|[)\]%\d])[.!]\s+[A-Z(\"']")
# Means r"\b(?:we|our|is|are|was|were|has|have|this|these|can|which)\b", spelt so that
# the match starts with a character class (which the regex engine scans for quickly)
# instead of a \b tried at every position; (?<!\w\w) after the first letter is the \b
# before it. Only whether it matches is used.
_SENTENCE_HINT: Final = re.compile(
    r"[woiahtc](?<!\w\w)(?:(?<=w)(?:e|ere|as|hich)|(?<=o)ur|(?<=i)s|(?<=a)re"
    r"|(?<=h)(?:as|ave)|(?<=t)(?:his|hese)|(?<=c)an)\b"
)
_SENTENCE_START: Final = ("We ", "This ", "In this ", "Our ", "Here ")
_HINT_WORDS: Final = frozenset(b"we were was which our is are has have this these can".split())
# ASCII \w characters stay, every other byte becomes a space.
_WORDS_ONLY: Final = (
    bytes(c if chr(c).isalnum() or c == 0x5F else 0x20 for c in range(128)) + b" " * 128
)
_FIRST_PERSON: Final = re.compile(r"\b(?:we|our)\b")
_FIRST_PERSON_WORDS: Final = frozenset((b"we", b"our"))
_WORD: Final = re.compile(r"[^\W\d_]+")
# Words after which a line break cannot end a title or a sentence.
_JOINERS: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "nor",
        "but",
        "of",
        "for",
        "with",
        "without",
        "to",
        "in",
        "on",
        "at",
        "by",
        "from",
        "via",
        "as",
        "into",
        "onto",
        "over",
        "under",
        "between",
        "among",
        "through",
        "towards",
        "toward",
        "than",
        "that",
        "which",
        "who",
        "whose",
        "its",
        "their",
        "our",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "using",
        "based",
        "versus",
        "vs",
    ]
)
_JOINER_MAX: Final = max(map(len, _JOINERS))


def unit_kind(text: str, heading: bool) -> str:
    """``"H"`` heading, ``"T"`` title-like, ``"WA"`` one sentence ending in ``.``, ``"A"``
    abstract (long, or several sentences)."""
    if heading:
        return "H"
    if len(text) > TITLE_MAX:
        return "A"
    if ". " not in text and "! " not in text:
        return "WA" if text.endswith(".") else "T"
    boundaries = len(_BOUNDARY.findall(text))
    if boundaries >= 2:
        return "A"
    if boundaries == 1 or text.endswith("."):
        return "WA"
    return "T"


def terminal(s: str) -> bool:
    """Ends a sentence: ``.``, ``!``, ``?``, possibly inside a closing quote/bracket, or
    inside display math closed on the line (``… \\right). \\]``: the sentence ends with
    the formula; an abstract's title-sized line under it is no rest of its sentence)."""
    last = s[-1]
    if last in ".!?":
        return True
    if last == "]" and s.endswith("\\]"):
        return s[:-2].rstrip()[-1:] in (".", "!", "?")
    return last in "\"')]}”’" and len(s) > 1 and s[-2] in ".!?"


def ends_sentence(s: str) -> bool:
    return s.endswith(".") or _BOUNDARY.search(s) is not None


def title_like(s: str) -> bool:
    return len(s) <= TITLE_MAX and not ends_sentence(s)


# The width a unit wraps at is judged on its last lines only: scanning every line of the
# unit at each new line is quadratic, and a hostile input (a decompressed bomb of wrapped
# lines) then takes hours. Real titles and abstracts are far shorter than this.
WIDTH_WINDOW: Final = 64


def hard_wrapped(parts: list[str], text: str) -> bool:
    """Is the break before ``text`` a soft wrap of prose at a fixed width (arXiv and
    reader-mode captures wrap abstracts at ~80 columns)?

    The next word must not have fitted on the previous line at the widest width seen, so
    the previous line is full, whatever punctuation it ends with (a sentence may end just
    before the margin). A title line right above its wrapped abstract, or an abstract's
    last sentence above the next title, stays apart: neither may read as a title (title
    case) there.
    """
    prev = parts[-1]
    n_prev = len(prev)
    if not WRAP_MIN <= n_prev <= WRAP_MAX or len(text) > WRAP_MAX:
        return False
    width = max(max(map(len, parts[-WIDTH_WINDOW:])), len(text), WRAP_WIDTH)
    if width > WRAP_MAX or n_prev + 1 + _first_len(text) <= width:
        return False
    if len(parts) == 1:
        # the first break needs prose evidence too: two titles in a row (a card without
        # its abstract) must not merge
        if title_cased(prev) or title_cased(text):
            return False
        return _prose(prev)
    return not (terminal(prev) and title_cased(text))


def _prose(s: str) -> bool:
    return sentence_like(s) or prose_marks(s) or _BOUNDARY.search(s) is not None


def title_cased(s: str) -> bool:
    """Most longer words capitalised, as in a title (``Learning Dual-Domain …``); words
    in capitals (acronyms: ``LUAD-HistoSeg, BCSS-WSSS``) count only in a line of them."""
    words = [w for w in _WORD.findall(s) if len(w) >= 4]
    if not words:
        return False
    mixed = [w for w in words if not w.isupper()]
    if not mixed:
        return True  # A TITLE IN CAPITALS
    return sum(w[0].isupper() for w in mixed) * 5 >= len(mixed) * 3


def joiner(s: str) -> bool:
    """Ends in a word or mark after which the line cannot end (``with``, ``,``, ``-``)."""
    last = s[s.rfind(" ") + 1 :]
    if s[-1] in ",;:-(/–—&+":
        return "://" not in last  # a URL ending in "/" or "-" ends the text
    # A joiner is no URL; lower() never shortens a word, so a longer one is no joiner.
    return len(last) <= _JOINER_MAX and last.lower() in _JOINERS


def sentence_breaks(s: str) -> int:
    """Sentence ends inside ``s`` (``… video. A diffusion …``), not counting a final one."""
    return len(_BOUNDARY.findall(s))


def sentence_like(s: str) -> bool:
    if len(s) < 40:
        return False
    if s.startswith(_SENTENCE_START):
        return True
    if s.isascii():
        # _SENTENCE_HINT's words are whole ASCII words: a set test on the words (runs of
        # \w, as bytes) is ~1.5x cheaper than the regex, which stops at most letters.
        return _holds_word(s, _HINT_WORDS, _HINT_LISTED)
    return _SENTENCE_HINT.search(s) is not None


def _holds_word(s: str, words: frozenset[bytes], listed: tuple[bytes, ...]) -> bool:
    """Is a run of ``\\w`` of ASCII ``s`` one of ``words`` (``listed``: the same, as a
    tuple)? One pass of C where it runs, no word made."""
    if _C_HOLDS_WORD is not None:
        found = _C_HOLDS_WORD(s, listed)
        if found is not None:
            return found
    return not words.isdisjoint(_ascii_words(s))


# The words of the last text asked for: the page parser asks prose_marks and then
# sentence_like about the same text. Holding the text keeps its identity unique.
_last_words: list = [None, []]


def _ascii_words(s: str) -> list[bytes]:
    """The maximal runs of ``\\w`` characters of ASCII ``s``, as bytes."""
    if _last_words[0] is not s:
        _last_words[0], _last_words[1] = s, py_word_runs(s)
    return _last_words[1]


def py_word_runs(s: str) -> list[bytes]:
    """The runs of ``\\w`` of ASCII ``s`` as bytes (``holds_word``'s specification)."""
    return s.encode().translate(_WORDS_ONLY).split()


# The C test where it runs (``papercorpus.native``): None for a text that is not ASCII.
_C_HOLDS_WORD: Final[Callable[[str, tuple[bytes, ...]], bool | None] | None] = (
    None if KERNELS is None else KERNELS.holds_word
)
_HINT_LISTED: Final = tuple(sorted(_HINT_WORDS))
_FIRST_PERSON_LISTED: Final = tuple(sorted(_FIRST_PERSON_WORDS))


def title_shaped(s: str) -> bool:
    """Could be a title whatever its punctuation: short, a few sentence breaks at most
    (``Hogwild! Inference: …``), no final period (no arXiv title with a break has one)."""
    if len(s) > TITLE_MAX or s.endswith("."):
        return False
    return ("! " not in s and ". " not in s) or len(_BOUNDARY.findall(s)) <= SLOT_TITLE_BREAKS


def prose_marks(s: str) -> bool:
    """Marks of an abstract paragraph that no arXiv title with a sentence break has: a
    lower-case ``we``/``our``, an open end (``:``, ``,``, ``the``). Not a ``We`` opening:
    ``We Keep It Real! …`` is a title."""
    if s[-1] in ",;:":
        return True
    last = s[s.rfind(" ") + 1 :]
    if len(last) <= _JOINER_MAX and last.lower() in _JOINERS:
        return True
    return first_person(s)


# Words that open a sentence as its link to the one before, then a comma ("Moreover, we
# …", "Second, a …"); with any other word ending in "ly" ("Specifically,", "Notably,").
_LINKS: Final = frozenset(
    ["However", "Moreover", "Furthermore", "Additionally", "Further", "Besides", "Also"]
    + ["First", "Second", "Third", "Fourth", "Finally", "Lastly", "Next", "Then", "Thus"]
    + ["Hence", "Therefore", "Consequently", "Meanwhile", "Nevertheless", "Nonetheless"]
    + ["Instead", "Overall", "Similarly", "Conversely", "Yet", "Still"]
)


def sentence_adverb(s: str) -> bool:
    """Does ``s`` open with a sentence adverb and its comma ("Furthermore, a
    Counterfactual-Enhanced Language-image Emotional", an abstract's line that a tool
    wrapped at a sentence's start)? A paper's title does not link itself to a sentence
    before it; a title opening "Look, Listen, …" names no link."""
    comma = s.find(", ", 3, 16)
    if comma < 0 or not s[0].isupper():
        return False
    word = s[:comma]
    return word.isalpha() and (word in _LINKS or word.endswith("ly"))


def first_person(s: str) -> bool:
    """A lower-case ``we`` or ``our`` (``prose_marks`` without the open end)."""
    # Substring tests first: most titles have neither, and they are far cheaper than
    # the word test.
    if "we" not in s and "our" not in s:
        return False
    if s.isascii():
        return _holds_word(s, _FIRST_PERSON_WORDS, _FIRST_PERSON_LISTED)
    return _FIRST_PERSON.search(s) is not None


def join_doubt(prev: str, s: str) -> str | None:
    """Why gluing ``s`` onto the abstract paragraph ``prev`` may have lost a title, if it
    may have: only a further prose paragraph of a several-sentence abstract is not suspect
    (a one-sentence summary then more text is two summaries without a title between)."""
    if title_shaped(s) or title_sized(s):
        return f"a title-like line was joined to the abstract before it: {clip(s)}"
    if len(s) > TITLE_MAX and len(prev) > TITLE_MAX:
        return "two abstract-length paragraphs in a row were joined; a title may be missing"
    if is_summary(prev):
        return "a paragraph was joined to a one-sentence summary; a title may be missing"
    return None


def title_sized(s: str) -> bool:
    """A title that happens to end in ``.``: short, one clause, not starting like prose."""
    return (
        len(s) <= 250
        and not s[0].islower()  # "(Almost) Free …", "$\\textrm{ODE}_t$: …" too
        and not s.startswith(_SENTENCE_START)
        and _BOUNDARY.search(s) is None
    )


def is_summary(abstract: str) -> bool:
    """A one-sentence AI summary (trending pages) rather than the paper's abstract."""
    return len(abstract) <= SUMMARY_MAX and _BOUNDARY.search(abstract) is None


def ends_mid_word(text: str, recent: Iterable[str]) -> bool:
    """Does the file end inside a word (``… rely on autore``)?

    Missing final punctuation alone proves nothing (15 complete seed abstracts lack it),
    so the last word must also be unknown: absent, as a whole word, from the rest of this
    text and from the last cards of the file.
    """
    t = text.rstrip()
    if not t or not t[-1].isalpha():
        return False
    space = t.rfind(" ")
    token = t[space + 1 :]
    if "://" in token or token.startswith("www."):
        return False
    words = _WORD.findall(token)
    if not words:
        return False
    last = words[-1].lower()
    vocab = set(_WORD.findall(t[: space + 1].lower()))
    for other in recent:
        vocab.update(_WORD.findall(other.lower()))
    return last not in vocab


def clip(s: str, n: int = 80) -> str:
    """``s`` cut to ``n`` characters for a message."""
    return s if len(s) <= n else s[: n - 1] + "…"


def _first_len(text: str) -> int:
    """Length of the first word (``str.split`` would copy the whole rest of the line)."""
    space = text.find(" ")
    return len(text) if space < 0 else space
