"""Reader-mode captures (the ``reader`` arrangement), ninth pass. Excerpts
(``fixtures/pages_rd19.json``) of the seed-45 and seed-46 ``reader`` sets, each failing
before its rule:

- r45 p000799: a display formula (``$$`` on a line of its own) closing at the end of its
  last line (``… \\right], $$``), left open: the card link under it and the next card's
  title and chrome taken as the formula's lines, that card glued, its link given to the
  card above (a false merge) (``display.closes_at_end``);
- r46 p000174: an abstract's last sentence ending open over two lines, the card's link
  under it (``These findings highlight the need for further research on balancing`` +
  ``model compactness with robust multilingual performance``), read as a title of two
  lines: an extra record, the abstract cut (``open_two.reads_as_sentence``; the sentence a
  held-out ``conv`` ``c_pandoc`` page split too).

And rd18's two-line open end (``open_two.open_pair``) asked whether its two lines read as a
sentence (``open_two.reads_as_sentence``): an abstract's last sentence ending open over two
lines, its card's votes under it, was read as a title of two lines (a held-out ``conv``
``c_pandoc`` page, +2 extra records; only its sentence is used here)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.display import DisplayMath, closes_at_end
from papercorpus.sources.pages.open_two import open_pair, reads_as_sentence
from papercorpus.sources.pages.path_reads import open_end_chrome

from .page_excerpts import abstract_path, check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_rd19.json")


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_excerpt(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_a_display_closes_at_its_last_lines_end() -> None:
    display = DisplayMath()
    assert display.joins("$$")
    assert display.joins("p_C = \\frac{1}{N}\\sum_{i=1}^{N}")
    assert display.joins("\\left[\\frac{1}{1+e^{x}}+\\mu_{i0}\\right], $$")
    assert display.closer == ""  # (closed: the line under it is the page's again)
    assert display.joins("with no asymptotic approximation.")  # (going on in lower case)
    assert not display.joins("How Rules Represent Causal Knowledge")
    assert closes_at_end("x = y. \\]", "\\]")
    assert not closes_at_end("$$", "$$")  # (the closer alone: ``startswith`` reads it)
    assert not closes_at_end("where $x$", "$")  # (an inline formula's end)


def test_an_abstracts_last_sentence_ending_open_over_two_lines_is_no_title() -> None:
    head = abstract_path(
        "Our experiments show that compact models keep most of their accuracy on",
        "high-resource languages but lose more on low-resource ones.",
        "These findings highlight the need for further research on balancing",
        "model compactness with robust multilingual performance",
    )
    assert not open_pair(head)
    assert not open_end_chrome(head, closes=True)


def test_a_two_line_title_under_a_sentence_end_still_pays() -> None:
    # (rd18's find, reader 41 p000298: a title in sentence case, no word of a sentence)
    head = abstract_path(
        "speech technology and enable more inclusive multilingual systems.",
        "Globally adaptive and locally regular point discretization of curved",
        "surfaces",
    )
    assert open_pair(head)
    assert open_end_chrome(head, closes=True)


@pytest.mark.parametrize(
    "text",
    [
        "These findings highlight the need for further research on balancing model"
        " compactness with robust multilingual performance",
        # (arXiv listings' abstracts: last sentences over two lines, final mark dropped)
        "Extensive experiments demonstrate that CRPO outperforms existing methods in"
        " consistency, emotion and others",
        "Medalyze provides a practical, privacy-preserving, and lightweight solution for"
        " improving information accessibility in healthcare",
        "The framework provides a customisable interface for psychometrically motivated extensions",
        "Benchmark evaluations demonstrate superior performance across Thai language"
        " tasks, achieving competitive results against larger-scale open-source Thai LLMs",
    ],
)
def test_sentences_read_as_sentences(text: str) -> None:
    assert reads_as_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "Globally adaptive and locally regular point discretization of curved surfaces",
        # (arXiv listings' titles over two lines)
        "Causal integration of chemical structures improves representations of"
        " microscopy images for morphological profiling",
        "Digital twins enable full-reference quality assessment of photoacoustic image"
        " reconstructions",
        # (Title Case: a prose word in a title's case is a title's)
        "These Findings Highlight the Need for Further Research on Balancing Model Compactness",
        "Leveraging Multilingual Data Which Provides Strong Gains for Low-Resource"
        " Speech Recognition",
    ],
)
def test_titles_do_not_read_as_sentences(text: str) -> None:
    assert not reads_as_sentence(text)
