"""Round 34 (lt34): a line holding a verb's contraction is no organisation's name.

On a ``card_date`` page, a card without an abstract, ``Don't Pay Attention``, sits over
its two dates (``· Mar 11, 2024``, ``· Published on Nov 21``); a name over a ``·`` line is
an organisation's mark, and the line passed ``units.name_like`` (a few capitalised words,
no title punctuation), so the decoder read it as the card above's organisation and lost
the card (default 118 p001857). A reader sees a verb: ``Don't``, ``Can't``, ``We're``,
``You'll``, ``I've`` are a title's or a sentence's words, never a name's (a possessive
``'s`` may be: ``King's College London``)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.units import name_like

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_contractions.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "default"))
def test_a_title_with_a_contraction_over_its_dates_is_a_card(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_a_contraction_is_no_name() -> None:
    assert not name_like("Don't Pay Attention")
    assert not name_like("Why Can\u2019t Transformers Count")
    assert not name_like("You'll Never Align Alone")
    assert name_like("King's College London")
    assert name_like("Google DeepMind")
