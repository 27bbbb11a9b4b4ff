"""New family, twenty-fifth pass (hn17): a card without an abstract over the next title,
the title read as that card's abstract or organisation. Excerpts of the seed-15 ``new``
pages (``fixtures/pages_hn17.json``), each failing without its rule:
``OrgWalks._named_late_on_path`` (``n_org_line`` p001023), ``wide_lines.WIDE_ABSTRACT``
(``n_org_line`` p001968), ``text_moves.TIGHT_TITLES`` (``n_tight`` p002492) and
``lineforms.ends_past_pictographs`` (``n_midchrome`` p000271), ``scores.KEYWORDS_TITLE``
(``n_midchrome`` p002007)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.keywords import keywords_line
from papercorpus.sources.pages.lineforms import ends_past_pictographs
from papercorpus.sources.pages.tokens import Token
from papercorpus.sources.pages.wide_lines import wraps_abstracts

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_hn17.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_naming_organisations_late"))
def test_a_name_under_a_bare_card_on_a_page_naming_organisations_after_abstracts(
    name: str,
) -> None:
    """``Arena as Offline Reward: …`` + ``iInterpretation as Linear Transformation: …`` +
    ``Google · Sep 3, 2020`` + ``NVIDIA · Aug 18``: two cards without an abstract, the
    second naming two organisations. The page's first card named one between its title
    and abstract, and the card above (undecided yet) one after its abstract: a second
    name under the first's date says nothing against the first as the card's own."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_wider_than_the_wrap_width"))
def test_a_line_wider_than_the_page_wraps_its_abstracts_is_no_abstract(name: str) -> None:
    """``Transformers converge to invariant algorithmic cores`` + ``Clusters are All You
    Need: … for Interpretability.`` (122 characters, one line) on a page wrapping its
    abstracts at 80 and leaving its titles on one line: two cards' titles, not a card and
    its one-sentence summary."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_running_cards_tight"))
def test_a_title_under_a_title_on_a_page_running_cards_tight(name: str) -> None:
    """``SurfaceLogicKV: …`` + ``· Sep 20, 2021``, then ``Do All Autoregressive
    Transformers …`` and ``A Question Bank …`` with no blank line between, on a page
    that has shown a title right under an abstract without one: three titles, the first
    two of cards without an abstract."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_ending_in_a_pictograph"))
def test_a_one_sentence_abstract_ending_in_a_pictograph_ends_its_sentence(name: str) -> None:
    """``HealthFlow: …`` (a card without an abstract) + ``TraPO: … for Boosting LLM
    Reasoning.`` + ``We’ve come up with … all feedback is welcome! 🤗``: the last line
    is TraPO's one-sentence abstract, complete; read as a sentence left open (the
    pictograph its last word), it could be no abstract, and TraPO's title became
    HealthFlow's abstract with it as the next paragraph."""
    check_excerpt(EXCERPTS[name])


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_keywords_line_over_the_next_title"))
def test_an_abstracts_keywords_line_is_neither_title_nor_abstract_opening(name: str) -> None:
    """``on the relationship between bayesian networks …`` + its abstract + ``Keywords:
    Causality, probabilistic structural causal models, …`` + ``Multiplicity is an
    Inevitable …`` + its abstract: the keywords close the first abstract (no title
    opens so: the keywords line read as a title took the next title as its abstract)."""
    check_excerpt(EXCERPTS[name])


def test_keywords_opening() -> None:
    assert keywords_line("Keywords: Causality, probabilistic models.")
    assert keywords_line("Index Terms—Deep learning, remote sensing")
    assert keywords_line("Key words -- dialect, speech")
    assert not keywords_line("Keywords Matter: Measuring Salience in Search")


def test_ends_past_pictographs() -> None:
    """A sentence end, then pictographs (and spaces) only."""
    assert ends_past_pictographs("all feedback is welcome! 🤗")
    assert ends_past_pictographs("Code is out. 🔥🔥 ")
    assert not ends_past_pictographs("all feedback is welcome 🤗")
    assert not ends_past_pictographs("all feedback is welcome.")  # (no pictograph: ``terminal``)
    assert not ends_past_pictographs("🤗")


def test_wraps_abstracts() -> None:
    """A piece of three lines or more within the width (a margin's columns aside)."""
    wrapped = Token(1, "x" * 230, lines=3)
    assert wraps_abstracts([wrapped], 80)
    assert not wraps_abstracts([wrapped], 60)
    assert not wraps_abstracts([Token(1, "x" * 150, lines=2)], 80)
    assert not wraps_abstracts([], 80)
