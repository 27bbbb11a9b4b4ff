"""Excerpts of generated pages of one arrangement each (seed 22), where a rare arrangement
shows a page's grammar the mixed sets seldom do: cards laid out line after line with no
chrome between them (``bare``, layout B), a card's organisation put before its title
(``org_first``), a card's organisation on a line of its own (``n_org_line``)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.breaks import break_candidate

from .page_excerpts import check_excerpt, load_excerpts

ARRANGED = load_excerpts("pages_arrangements.json")


@pytest.mark.parametrize("name", [n for n in ARRANGED if "_greedy_width_" in n])
def test_a_title_short_of_a_greedy_pages_width_ends_there(name: str) -> None:
    """A page that fills every line it wraps to its width (the next word never fitted on
    a wrapped line) wrapped no line whose next word would have fitted: a title in lower
    case there (``procrop: … from professional compositions`` at 74 of 98) is a whole
    title, a card without an abstract, and the line under it (``adaptive low light
    enhancement via …``) the next card's title (``bare`` layout B, seed 22)."""
    check_excerpt(ARRANGED[name])


def test_the_greedy_cut_needs_a_greedy_page() -> None:
    """The cut is offered by the greedy width only: an author-wrapped page (arXiv's
    abstracts end their lines a few columns short of their width) keeps the join."""
    parts = ["procrop: learning aesthetic image cropping from professional compositions"]
    text = "adaptive low light enhancement via joint global-local illumination adjustment"
    assert break_candidate(parts, 1, False, text, 98, True, greedy=True)
    assert not break_candidate(parts, 1, False, text, 98, True, greedy=False)


@pytest.mark.parametrize("name", [n for n in ARRANGED if "_in_capitals_" in n])
def test_a_title_in_capitals_under_a_full_line_is_weighed(name: str) -> None:
    """A line in capitals under one that is not is weighed as a title however full the
    line above it (``… limitations of LLMs in this particular domain`` at 99 of 100 +
    ``ADVANCING TOOL-AUGMENTED LARGE LANGUAGE MODELS …``, a card without an abstract
    before the next card's organisation; ``org_first`` layout B, seed 22)."""
    check_excerpt(ARRANGED[name])


@pytest.mark.parametrize("name", [n for n in ARRANGED if "_echo_under_one_word_above_" in n])
def test_a_title_echoed_under_it_is_no_sentence_for_one_word_above(name: str) -> None:
    """A title-sized line ending in "." under an abstract's sentence end, three or more of whose
    longer words echo in the text under it, is the next card's title though the abstract above
    holds one of its words by chance (``Distilling 3D distinctive local descriptors for
    6D pose estimation.`` under ``… estimation of the minerals distributions …``, over
    ``Three-dimensional local descriptors are crucial …``: ``charges.ECHO_BELOW_ONE``;
    ``bare`` layout B, seed 22)."""
    check_excerpt(ARRANGED[name])
