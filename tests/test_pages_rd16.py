"""Reader-mode captures (the ``reader`` arrangement), sixth pass: a card without an abstract
(nor its date or link) right over the next card's one-line title, its date and abstract,
read as one title of two lines (a false merge: the first card lost, its record given the
second's id). Excerpts (``fixtures/pages_rd16.json``) of the seed-26 ``reader`` set's pages
p001188 and p001003 (failing without the rule) and, as guards, p000385 (a title wrapped
after ``Leveraging Vision``, whose abstract names ``Vision Transformers``) and the seed-30
set's p001496 (``… vs. Artificial`` + ``Intelligence Based …`` over ``AI-generated``) and
the seed-21 set's p001690 (``… Study of Aggregation`` + ``Strategies for …`` over
"aggregation")."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages import echoes, token_charges
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, load_excerpts
from .page_excerpts import parse_page as _parse

EXCERPTS = load_excerpts("pages_rd16.json")


@pytest.mark.parametrize("name", sorted(EXCERPTS))
def test_excerpt(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def _titles(name: str) -> list[str]:
    records, _ = _parse(EXCERPTS[name]["lines"])
    return [" ".join(r.title.split()) for r in records]


def test_a_bare_title_sharing_a_common_word_stays_its_own_card() -> None:
    """``Featurising Pixels … with Linear In-Context Learners`` (no abstract, date or link)
    + ``Syntactically-guided Information Maintenance in Sentence Comprehension`` + ``·
    Published on Dec 28`` + its abstract: the first line shares one word with that
    abstract, ``context``, which more than 2% of abstracts hold; two cards (p001188)."""
    titles = _titles("rd16_r26_p001188_a_bare_title_over_the_next_title")
    assert "Featurising Pixels from Dynamic 3D Scenes with Linear In-Context Learners" in titles
    assert "Syntactically-guided Information Maintenance in Sentence Comprehension" in titles


def test_a_wrapped_title_whose_break_its_abstract_names_stays_whole() -> None:
    """``… Fighting Fires from Space: Leveraging Vision`` + ``Transformers for Enhanced
    Wildfire Detection and Characterization`` + its date: the first line shares only
    ``vision`` (a common word) with the abstract, but the abstract holds the phrase across
    the break, ``Vision Transformers``: one title (p000385)."""
    titles = _titles("rd16_r26_p000385_a_wrapped_title_whose_break_its_abstract_names")
    assert titles[-1].endswith(
        "Leveraging Vision Transformers for Enhanced Wildfire Detection and Characterization"
    )

    # ... or by its initials (p001496, split by the rule's first version)
    titles = _titles("rd16_r30_p001496_a_wrapped_title_whose_break_its_abstract_names_by_initials")
    assert titles[-1] == (
        "Divergent Realities: A Comparative Analysis of Human Expert vs. Artificial"
        " Intelligence Based Generation and Evaluation of Treatment Plans in Dermatology"
    )
    assert echoes.phrase_across("Human Expert vs. Artificial", "Intelligence Based", "AI-made")
    assert not echoes.phrase_across("Human Expert vs. Artificial", "Intelligence", "AIM, AIs")


def test_a_wrapped_title_sharing_the_word_at_its_break_stays_whole() -> None:
    """The one word shared is the first line's last, the head of a phrase running onto the
    rest (p001690): no charge, the title stays whole."""
    name = "rd16_r21_p001690_a_wrapped_title_sharing_the_word_at_its_break"
    assert _titles(name)[-1] == (
        "A Picture is Worth a Thousand Words? An Empirical Study of Aggregation"
        " Strategies for Visual Financial Document Retrieval"
    )
    first = "A Picture is Worth a Thousand Words? An Empirical Study of Aggregation"
    rest = "Strategies for Visual Financial Document Retrieval"
    assert echoes.first_line_rare(first, rest, "single-vector aggregation loses")


ABSTRACT = (
    "Maintaining information in context is essential in successful real-time language "
    "comprehension, but maintenance is cognitively costly and can fail. Syntactic "
    "structure guides which information is maintained: sentence comprehension keeps the "
    "syntactically relevant words, and maintenance in comprehension predicts reading "
    "times. " * 3
)
FIRST = "Featurising Pixels from Dynamic 3D Scenes with Linear In-Context Learners"
REST = "Syntactically-guided Information Maintenance in Sentence Comprehension"


def _pair(first: str, rest: str, past: str) -> tuple[Token, Token]:
    title = Token(1, first, tag="text")
    tok = Token(2, rest, tag="text")
    tok.past = past
    return title, tok


def test_unshared_past_weighs_one_common_word_as_none() -> None:
    """One shared word most abstracts may hold (``context``) charges as ``UNSHARED_FIRST``'s
    column for one; a rare one, a line ending open, or the phrase across the break
    standing in the abstract charges nothing."""
    assert len(ABSTRACT) >= 600
    title, tok = _pair(FIRST, REST, ABSTRACT)
    assert token_charges.unshared_past(title, tok) > 0
    # a rare word shared: the first line is this abstract's title's
    rare = ABSTRACT.replace("Syntactic structure", "Featurising structure")
    assert echoes.first_line_rare(FIRST, REST, rare)
    assert token_charges.unshared_past(*_pair(FIRST, REST, rare)) == 0
    # a first line ending open is no whole title
    open_first = "Featurising Pixels from Dynamic 3D Scenes with Linear In-Context Learners for"
    assert token_charges.unshared_past(*_pair(open_first, REST, ABSTRACT)) == 0
    # the abstract names the phrase across the break
    named = ABSTRACT.replace("real-time language", "learners syntactically-guided language")
    assert echoes.phrase_across(FIRST, REST, named)
    assert token_charges.unshared_past(*_pair(FIRST, REST, named)) == 0
