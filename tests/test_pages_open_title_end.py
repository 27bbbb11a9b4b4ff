"""A line ending on a word a clause goes on after (``like``, ``across``, ``which``), which
no real title ends with, is no title over the card's abstract (``cased_open.open_title_end``,
charged in ``text_moves`` on the abstract's move; docs/pages-passes.md, nw34). The excerpt
(``fixtures/pages_nw34.json``) is new 118's page p000024 at 200k (``n_wrap``, plain,
layout B, wrapped at 60), from line 400: an abstract whose second paragraph opens
``TranslationCorrect combines MT generation using models like`` + ``NLLB, automated error
prediction …``. Main read the paragraph's first line as a title and its rest as that
title's abstract: an extra record, the card's abstract cut."""

from __future__ import annotations

from papercorpus.sources.pages.cased_open import OPEN_TITLE_END, open_title_end
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw34.json")[
    "nw34_new118_p000024_a_line_ending_on_a_clauses_word_is_no_title"
]


def test_an_abstracts_paragraph_ending_open_goes_on() -> None:
    check_excerpt(PAGE)


def test_a_title_ending_on_a_clauses_word_pays() -> None:
    line = Token(1, "TranslationCorrect combines MT generation using models like")
    assert open_title_end(line) == OPEN_TITLE_END
    assert open_title_end(Token(1, "Generalization Across Domains Like Never Before")) == 0.0
    assert open_title_end(Token(1, "Learning What Is Alike")) == 0.0
    assert open_title_end(Token(1, "12 comments which", chrome="comments")) == 0.0
