"""``new`` family, part 2 (nm18): excerpts of working-seed pages (``fixtures/pages_nm18.json``,
``new`` 40 and 42 sets of the ``n_counts`` … ``n_emphasis`` arrangements).

- a title in lower case ending in "." right under a line holding a bare web address alone,
  the abstract's last (``lineforms.bare_address``: the intake offers the cut there);
- a line opening as prose does (``This paper introduces …``) under a title: its
  abstract's first line, not the title's rest (``prose_rest.PROSE_REST``);
- a ``## `` heading over its abstract's first line, whose acronym the next line spells
  across the break (``heading_rest.runs_on``, ``wraps.acronym_spans``);
- a title reading as a sentence under a card's date, over its abstract's first sentence
  repeating three of its longer words (``echo_opening.ECHO_OPENING``).
"""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.echo_opening import ECHO_OPENING, echo_opening
from papercorpus.sources.pages.heading_rest import runs_on
from papercorpus.sources.pages.lineforms import bare_address
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_nm18.json")
PROSE = sorted(n for n in EXCERPTS if "_as_prose_" in n)
HEADINGS = sorted(n for n in EXCERPTS if "_heading_" in n)


def test_a_lower_case_title_under_a_bare_address() -> None:
    """``… The data are available at`` + ``https://github.com/…/Infinite-Instruct-dataset``
    + ``entropy alone is insufficient for safe selective prediction in llms.`` + its
    abstract on one line: the title opens a card (it was the abstract's last sentence,
    the card lost)."""
    check_excerpt(EXCERPTS["nm18_n42_p001394_a_lower_case_title_under_a_bare_address"])


@pytest.mark.parametrize("name", PROSE)
def test_a_line_opening_as_prose_is_no_titles_rest(name: str) -> None:
    """``Pcie_interaction solution for ego4d social interaction challenge.`` + ``This
    report presents our team's …``; ``• F_1 MAVEN: … Emotion Network`` + ``This paper
    introduces MAVEN (…``: the line under the title opens its abstract."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", HEADINGS)
def test_a_heading_over_a_line_an_acronym_spans(name: str) -> None:
    """``## Charting a Decade of Computational Linguistics in Italy: The CLiC-it Corpus`` +
    ``Over the past decade, … and Natural Language`` + ``Processing (NLP) have …``; ``##
    x*y ASRJam: … Phone Scams`` + ``… and Automatic`` + ``Speech Recognition (ASR), …``:
    each heading is its card's whole title."""
    check_excerpt(EXCERPTS[name])


def test_a_title_whose_words_its_abstracts_first_sentence_repeats() -> None:
    """``Sentient Agent as a Judge: …`` (a card without an abstract) + ``20 days ago`` +
    ``F_1 Pretrained self-supervised speech models can recognize unseen consonants`` +
    ``Modern pretrained self-supervised automatic speech recognition models are``: the
    line is the next card's title (it was read as the first card's abstract, its card
    lost)."""
    check_excerpt(EXCERPTS["nm18_n40_p001443_a_title_whose_words_its_abstract_repeats"])


def test_echo_opening() -> None:
    """Three longer words of the line in the line under it, or nothing."""
    tok = Token(1, "F_1 Pretrained self-supervised speech models can recognize unseen consonants")
    tok.under = "Modern pretrained self-supervised automatic speech recognition models are"
    assert echo_opening(tok) == ECHO_OPENING
    tok.under = "Modern pretrained encoders are trained on large-scale audio data to encode"
    assert echo_opening(tok) == 0.0


def test_bare_address() -> None:
    """A line holding a web address alone, not one ending a sentence's words."""
    assert bare_address("https://github.com/xingwenjing417/Infinite-Instruct-dataset")
    assert bare_address("alignmentpretraining.ai")
    assert not bare_address("The data are available at https://github.com/x/y")
    assert not bare_address("(https://github.com/x/y)")
    assert not bare_address("entropy alone is insufficient.")


def test_runs_on_an_acronym_across_the_break() -> None:
    """The line under a heading runs on where the next line's acronym spells words the
    line ended with; not where the acronym is spelled on the next line alone."""
    first = "Charting a Decade of Computational Linguistics in Italy: The CLiC-it Corpus"
    rest = "Over the past decade, Computational Linguistics (CL) and Natural Language"
    assert runs_on(first, rest, "Processing (NLP) have evolved rapidly, especially with the")
    assert not runs_on(first, rest, "Natural Language Processing (NLP) has evolved rapidly")
