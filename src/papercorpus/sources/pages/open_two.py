"""An abstract's last two lines that read as a whole title of two lines ending open: the
two-line form of ``path_reads.open_last`` (``OPEN_END_COST``)."""

from __future__ import annotations

import re
from typing import Final, Protocol

from ..shape import TITLE_MAX, terminal
from . import lineforms, title_rest
from .scores import ABSTRACT, CONT
from .tokens import Token


class Node(Protocol):
    """What is read here of a path's step, ``nodes.Node`` (``path_reads`` asks this module:
    typed by its shape, not imported, so the two do not import each other)."""

    @property
    def prev(self) -> Node | None: ...

    @property
    def role(self) -> int: ...

    @property
    def tok(self) -> Token: ...


def open_pair(node: Node) -> bool:
    """Are ``node`` (an abstract's continuation of one line ending open, as ``open_last``
    asks) and the line above it that abstract's last sentence, opening at a line under a
    sentence end and ending open, and do they fit a title? Asked where the card's chrome
    comes under them (``path_reads.open_end_chrome``, which also asks that the two read as a
    whole title and share no two longer words with the abstract above), not right over
    the next title: there it split an abstract's last sentence ending open (``These
    findings highlight the need for further research on balancing`` + ``model
    compactness with robust multilingual performance``, reader 41 p000258), as rare as
    such a title (a card without an abstract and any chrome).

    An abstract ending without a sentence end is rare (565 of 74,728 real abstracts that
    do not end at a web address, ``OPEN_END_COST``), however many lines its last sentence
    runs over: of the arXiv listings' 36,516 abstracts of three wrapped lines or more, 9
    end open on one line under a sentence end (``open_last``'s case) and 7 on two lines
    that could head a title (this one). A card without an abstract whose title wraps over
    two lines ends so under the card above's abstract (``Globally adaptive and locally
    regular point discretization of curved`` + ``surfaces`` + its link, under an abstract
    ending ``… inclusive multilingual systems.``, reader 41 p000298: read as that
    abstract's last sentence, its card lost)."""
    if node.role != CONT or node.tok.kind == "A" or not open_line_end(node.tok.text):
        return False
    above = node.prev
    if above is None or above.role != CONT or above.tok.lines != 1:
        return False
    text = above.tok.text
    if terminal(text) or lineforms.web_end(text) or len(text) + len(node.tok.text) >= TITLE_MAX:
        return False
    top = above.prev
    if top is None or top.role not in (ABSTRACT, CONT) or not terminal(top.tok.text):
        return False
    # (... and they must not read as a sentence: ``These findings highlight the need for
    # further research on balancing`` + ``model compactness with robust multilingual
    # performance``, an abstract's last sentence, its card's votes under it)
    return not reads_as_sentence(text + " " + node.tok.text)


def open_line_end(text: str) -> bool:
    """Does ``text``, one line, end open as ``path_reads.open_last`` asks of an abstract's last
    line (no sentence end, no web address, no structured abstract's part, no word no title
    ends with)?"""
    if terminal(text) or lineforms.web_end(text):
        return False
    return title_rest.PLAIN_NAME.match(text) is None and not lineforms.open_end(text)


# Lower-cased words an abstract's sentences use and titles in sentence case do not: of the
# arXiv listings' words in 0.3% of their 575,265 abstract sentences or more, those at least
# e^3 (20) times likelier in a sentence than in one of the 2,948 titles whose longer words
# are mostly lower-cased (``which`` 35,893 sentences, no title; ``these`` 29,966, none;
# ``this`` 67,107, 3 titles; ``that`` 14). A sentence's verbs (``provides``, ``remains``),
# determiners (``such``, ``each``) and a report's words (``findings``, ``significantly``).
_PROSE_WORDS: Final = frozenset(
    ["achieve", "achieved", "achieves", "additional", "address", "also", "available", "average"]
    + ["baselines", "been", "both", "consistently", "crucial", "demonstrate", "demonstrating"]
    + ["designed", "due", "each", "effectively", "enabling", "essential", "existing"]
    + ["explicitly", "extensive", "findings", "fundamental", "further", "gains", "has", "have"]
    + ["improvements", "increasingly", "integrates", "introduce", "lack", "leading", "leverages"]
    + ["maintaining", "offers", "often", "our", "paper", "particularly", "per", "present"]
    + ["presents", "promising", "propose", "proposed", "provides", "providing", "publicly"]
    + ["rather", "rely", "remain", "remains", "resulting", "show", "significant", "significantly"]
    + ["strong", "substantial", "substantially", "such", "superior", "that", "then", "thereby"]
    + ["these", "this", "typically", "which", "while"]
)
_LETTERS: Final = re.compile(r"[^\W\d_]+")


def reads_as_sentence(text: str) -> bool:
    """Does ``text``, two lines read as a whole title, read as a sentence instead: in
    sentence case (fewer than three in ten of its longer words after the first opening
    in a capital and going on lower-cased: ``Huawei``, not ``GPT``) and holding a word
    of ``_PROSE_WORDS`` (its first word lower-cased)?

    Measured on the arXiv listings (74,728 papers, wrapped at 72, 80 and 100): of the
    abstracts' sentences over two lines opening a line under a sentence end, their final
    mark dropped, that pass ``open_pair``'s other tests and ``path_reads.open_end_chrome``'s
    (819), 657 (80%) read so; of the titles over two lines that pass them (80,029),
    22 (0.03%, 12 titles, ``Metrics that matter: Evaluating image quality metrics for
    medical image generation``): log-odds 8.0 that a pair reading so is a sentence, not a
    title. Not asked: a comma in place of the word (sentence case and either: 772
    sentences, but 270 titles, ``A large-scale, physically-based synthetic dataset …``)."""
    words = _LETTERS.findall(text)
    if len(words) < 2:
        return False
    longer = [w for w in words[1:] if len(w) >= 4]
    capitals = sum(1 for w in longer if w[0].isupper() and not w.isupper())
    if capitals * 10 >= 3 * len(longer):
        return False
    return words[0].lower() in _PROSE_WORDS or not _PROSE_WORDS.isdisjoint(words[1:])
