"""A line opening with the label a page sets over its abstracts (``Abstract: ``, IEEE's
``Abstract—``; ``card_marks.label_page``) opens an abstract (``scores.LABEL_OPENS``): it is
no title and no line of the text above, and the line right above it may be its card's
title however full the line over that (``last_breaks.break_before_label``). The excerpts
(``fixtures/pages_pb29.json``): ``parts`` 112 p000089 (layout B, ``[arXiv]`` after each
title), where main joined ``When can isotropy help adapt LLMs' next word prediction to
numerical domains?`` to the abstract above (ending ``… into production``, no stop) and read
the labelled line under it as a title; ``novel`` 113 p000220 (one line a paragraph), where
``Smelly, dense, and spreaded: The Object Detection …`` went on the abstract above."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.scores import LABEL_OPENS, NEG, text_scores
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_pb29.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "labelled_abstract"))
def test_a_title_over_its_labelled_abstract(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_a_labelled_line_is_charged_as_anything_but_an_abstract() -> None:
    text = "Recent studies have shown that vector representations of contextual"
    plain = Token(5, text, kind="T", cont=-1.0, tcont=-1.0)
    labelled = Token(5, text, kind="T", cont=-1.0, tcont=-1.0, labelled=True)
    t0, a0, c0, r0, _, _ = text_scores(plain)
    t1, a1, c1, r1, _, _ = text_scores(labelled)
    assert a1 == a0
    assert c1 == c0 - LABEL_OPENS and r1 == r0 - LABEL_OPENS
    assert t1 == (t0 - LABEL_OPENS if t0 > NEG else NEG)


def test_an_unlabelled_line_on_a_page_that_labels_its_abstracts() -> None:
    # ``novel`` 145 p000679 (``heading+label``, layout A), lines 1-69: the page has set
    # ``Abstract: `` over every abstract it showed (one AI summary aside); ``Escaping the
    # SpuriVerse! Can Large Vision-Language Models Generalize …?`` under a card without an
    # abstract was read as that card's abstract (``scores.LABEL_HABIT``)
    check_excerpt(EXCERPTS["pb29_novel_145_p000679_an_unlabelled_title_on_a_labelling_page"])


def test_the_label_habit_charges_an_unlabelled_abstract() -> None:
    from papercorpus.sources.pages.page_habits import PageHabits
    from papercorpus.sources.pages.scores import LABEL_HABIT

    text = "Escaping the SpuriVerse! Can Large Vision-Language Models Generalize Beyond?"
    habits = PageHabits()
    _, a0, *_ = text_scores(Token(5, text, kind="T"), habits)
    habits.label_habit = True
    _, a1, *_ = text_scores(Token(5, text, kind="T"), habits)
    _, a2, *_ = text_scores(Token(5, text, kind="T", labelled=True), habits)
    assert a1 == a0 - LABEL_HABIT and a2 == a0
