"""A Title Cased title inside a unit, right under an abstract's line that ends open where a
sentence may end (the real abstract lacks its period), where the text under the line
echoes it and the text above does not: the next card's title over its own abstract, not
that abstract's next line, though it lists with commas or holds two sentences.

Default 65 ``bare`` p000325:22: ``… The source code is publicly available`` (76 of 80) +
``Divide, Optimize, Merge. Fine-Grained LLM Agent Optimization at Scale`` + ``LLM-based
optimization has shown remarkable potential in enhancing agentic …``: the intake joined
them into one unit and the card was lost, its abstract glued to the one above.
``lineforms.echoed_title_line`` cuts such a unit where the Title Cased line holds no comma
and no sentence's end, and its next line shares a word with it; this title has both (a
list of three verbs, then a second sentence). Prose lists Title Cased names with commas
too (``Model, Discrete Cosine Transform, Error Level Analysis, Singular Value``), so the
echo asked here is more: two of the line's longer words in the first ``OPEN_ECHO_UNDER``
characters under it (``grained``, ``optimization``), none of them in the
``OPEN_ECHO_ABOVE`` characters or more above it, the line above ending where a sentence
may end (not on ``of``, ``the``, a comma: ``shape.joiner``), the line opening with a
capital and Title Cased (``title_cased_words``) with two commas at most, no ``;``, not
reading as a sentence (``shape.sentence_like``, ``prose_marks``), no word broken at its
end, no acronym defined in it and no list's number (``(3)``).

Measured on the generator's 75,765 real arXiv papers (abstracts of 250 characters or
more): every other abstract wrapped by ``textwrap`` at 72 / 80 / 100 columns, each line
but the first and last (677,392 / 601,186 / 465,894), against a title of 130 characters
or fewer under another paper's abstract (its final period dropped, not ending on a
joiner; 24,585 / 24,589 / 24,590) over its own abstract wrapped alike
(td23's section of docs/pages-passes.md): no abstract's line passes at 80 and 100, two at
72 before the capitalised word above was refused (``… followed by a Diverse`` + ``Head
Ensemble, …``), none after; 31.5% of the titles pass, 3,504 of them (14%) titles
``echoed_title_line`` leaves whole at 80. In any case form (a title in sentence case too),
three words in the first 300 characters or two in 600 let 0.0038% / 0.021% of the lines
at 80 pass (``English words and phrases. Notably, it adds …``): not asked.
"""

from __future__ import annotations

import re

from ..shape import joiner, prose_marks, sentence_like, terminal
from . import echoes

__all__ = [
    "OPEN_ECHO_ABOVE",
    "OPEN_ECHO_COMMAS",
    "OPEN_ECHO_MANY",
    "OPEN_ECHO_UNDER",
    "NAMED_OPEN",
    "echoed_open_title",
    "named_open_title",
    "title_cased_words",
]

OPEN_ECHO_UNDER = 600
OPEN_ECHO_MANY = 2
OPEN_ECHO_ABOVE = 450
OPEN_ECHO_COMMAS = 2

# An acronym defined in the line, or a list's number: "(QDM)", "(SIcog)", "(3)".
_DEFINES = re.compile(r"\((?:[A-Z][A-Za-z0-9-]*|\d{1,2})\)")
# A word of four letters or more, not inside a hyphenated word (``lineforms._WORD``).
_WORD = re.compile(r"(?<![-\w])[^\W\d_]{4,}")


def title_cased_words(s: str) -> bool:
    """Do four or more of ``s``'s words of four letters or more (acronyms aside) all open
    with a capital?"""
    mixed = [w for w in _WORD.findall(s) if not w.isupper()]
    return len(mixed) >= 4 and all(w[0].isupper() for w in mixed)


def echoed_open_title(parts: list[str], j: int) -> bool:
    """Is ``parts[j]``, a line of a unit under ``OPEN_ECHO_ABOVE`` characters or more of
    text whose last line ends open where a sentence may end, a Title Cased title (commas
    and a sentence's end allowed) with ``OPEN_ECHO_MANY`` or more of its longer words in
    the first ``OPEN_ECHO_UNDER`` characters of the unit's text under it and none in the
    text above it?"""
    text, prev = parts[j], parts[j - 1]
    if not text[:1].isupper() or terminal(text) or text[-1] == "-" or not prev:
        return False
    if terminal(prev) or joiner(prev) or prev[prev.rfind(" ") + 1 :][:1].isupper():
        # (nor on a capitalised word a name may run on from: ``… followed by a Diverse`` +
        # ``Head Ensemble, Validation-Guided Hierarchical Fusion, and Anatomy-Aware``)
        return False
    if ";" in text or text.count(", ") > OPEN_ECHO_COMMAS or not title_cased_words(text):
        return False
    near = ""
    for part in parts[j + 1 :]:
        near = part if not near else near + " " + part
        if len(near) >= OPEN_ECHO_UNDER:
            break
    near = near[:OPEN_ECHO_UNDER]
    echo = echoes.echo_words(text, near)
    if not echo or echoes.echoed_in(echo, near) < OPEN_ECHO_MANY:
        return False
    if sentence_like(text) or prose_marks(text) or _DEFINES.search(text) is not None:
        return False
    above = 0
    for part in parts[:j]:
        above += len(part) + 1
        if echoes.holds_any(part, echo):
            return False
    return above >= OPEN_ECHO_ABOVE


# What the unit's last line pays as its abstract's wrapped rest where it is so
# (``named_open_title``): no abstract's line of the 639,069 measured at 80 columns is, 14.7%
# of the titles are (a log-odds of 10 or more, one line in them would be 10.4); 5.0 left
# p001154's card lost (its wrap evidence is 5.0: the line above filled the width).
NAMED_OPEN = 6.0
# A title's opening name and its colon: ``VORTA: …``, ``MedM-VL: …`` (a word of two to
# thirty characters, no space).
_NAMED = re.compile(r"[^\s:]{2,30}: \S")


def named_open_title(parts: list[str], j: int) -> bool:
    """Is ``parts[j]`` a Title Cased line opening with a name and its colon, under
    ``OPEN_ECHO_ABOVE`` characters or more of text whose last line ends open where a
    sentence may end, none of its three or more longer words in that text? Asked where
    nothing under the line may echo it: a card without an abstract, its chrome under it
    (default 70 ``org`` p001154:110, ``… The source code is publicly available`` +
    ``VORTA: Efficient Video Diffusion via Routing Sparse Attention`` + ``Apple`` + ``·
    Published on Sep 28, 2023``). Measured as ``echoed_open_title`` (every line but the
    first, the last too): no abstract's line at 80 columns, 14.7% of titles
    (``NAMED_OPEN``)."""
    text, prev = parts[j], parts[j - 1]
    if _NAMED.match(text) is None or terminal(text) or not prev:
        return False
    if terminal(prev) or joiner(prev) or prev[prev.rfind(" ") + 1 :][:1].isupper():
        return False
    if not title_cased_words(text) or sentence_like(text) or prose_marks(text):
        return False
    own = echoes.long_words(text)
    if len(own) < 3:
        return False
    above = 0
    for part in parts[:j]:
        above += len(part) + 1
        if echoes.holds_any(part, own):
            return False
    return above >= OPEN_ECHO_ABOVE
