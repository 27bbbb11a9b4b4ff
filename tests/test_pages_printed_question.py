"""Round 34 (lt34): a " ? " after a question's word is the question's mark, not a dot an
ASCII capture printed.

``card_notes.printed_chrome`` reads a line's `` ? `` as the `` · `` a capture could not
print (``[Meta AI](…) ? Published on Jan 5``: an organisation, its dot, a date). On a
``c_reader`` page a title ends in a question set apart from its mark, then its date
(``Are Bias Evaluation Methods Biased ? Dec 22, 2017``): read back, it became a name, a
dot and a date, an organisation's chrome line, and the card was lost, its abstract
rejected (conv 118 p000235). A line opening with a question's word (``Are``, ``How``,
``What`` ... ``wraps.ASKING``) asks: no organisation's name does."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_notes import card_chrome

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_printed_question.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "c_reader"))
def test_a_question_set_apart_then_its_date_is_a_title(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_a_question_is_no_printed_dot() -> None:
    assert card_chrome("Are Bias Evaluation Methods Biased ? Dec 22, 2017") is None
    assert card_chrome("How Far Are We ? Published on Jan 5") is None
    assert card_chrome("Google DeepMind ? Published on Jan 5") == "org"
