"""New family, round 21 (nw21): the ``new`` family's remaining losses. Excerpts of the
working ``new`` pages (``fixtures/pages_nw21.json``, seeds 65-67), each failing on
``1d18ffb``."""

from __future__ import annotations

import pytest

from papercorpus.sources.chrome import consent_sentence

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
