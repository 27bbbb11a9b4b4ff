"""New family, round 21 (nw21): the ``new`` family's remaining losses. Excerpts of the
working ``new`` pages (``fixtures/pages_nw21.json``, seeds 65-67), each failing on
``1d18ffb``."""

from __future__ import annotations

import pytest

from papercorpus.sources.chrome import consent_sentence
from papercorpus.sources.pages.cased_open import CASED_SENTENCE, cased_open
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_nw21.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_consent_banner"))
def test_a_consent_banner_under_a_title_only_card(name: str) -> None:
    """``ARI3D: A Software for … X-Ray CT 3D Images`` (a card without an abstract, its
    title filling the page's width) + ``This site uses cookies. By continuing to browse
    you agree to our use of cookies.`` + ``Accept``: the banner is chrome, not the title's
    rest nor the card's abstract."""
    check_excerpt(EXCERPTS[name])


def test_consent_sentence() -> None:
    assert consent_sentence("We use cookies to give you the best experience on our website.")
    assert consent_sentence("This site uses cookies. By continuing to browse you agree.")
    assert not consent_sentence("Accept")  # (a button: a menu word, as chrome reads it)
    assert not consent_sentence("We track third-party trackers across websites and apps")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_title_cased_sentence"))
def test_a_title_cased_sentence_under_a_title_only_card(name: str) -> None:
    """``A Systematic Survey on … Segmentation`` + ``yesterday`` + ``Multi-Objective
    Reinforcement Learning for Adaptive Personalized Autonomous Driving.`` + ``Human
    drivers exhibit individual preferences regarding driving style.`` + the rest of its
    abstract: a card without an abstract, then a title ending in ".", not one card whose
    abstract is a Title Cased sentence and another titled with the next abstract's first
    sentence."""
    check_excerpt(EXCERPTS[name])


def test_cased_open_asks_a_whole_sentence() -> None:
    title = "Multi-Objective Reinforcement Learning for Adaptive Personalized Driving."
    assert cased_open(Token(1, title, kind="WA")) == CASED_SENTENCE
    opening = "Human drivers exhibit individual preferences regarding driving style."
    assert cased_open(Token(1, opening, kind="WA")) == 0.0
    # (a sentence cut from the text under it is weighed with that text)
    assert cased_open(Token(1, title, kind="WA", rest_kind="A")) == 0.0
    # (an abstract's opening defining its terms' acronyms: new 67 p001197)
    opening = "Simulating Professions (SP) enables Large Language Models (LLMs) to emulate roles."
    assert cased_open(Token(1, opening, kind="WA")) == 0.0


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_a_menu_line_under_an_address"))
def test_a_menu_line_under_an_address(name: str) -> None:
    """``… Code and data will be made available at: ai.stanford.edu/~juze/ViBES/`` + ``Show
    20 more papers`` + ``-`` + the next title: the address (no scheme, its last ``/`` no
    word going on) ends the abstract, and the pagination line is chrome, not its rest."""
    check_excerpt(EXCERPTS[name])
