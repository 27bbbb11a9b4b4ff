"""Marks that close a card's text tell which text it is (``card_marks``), on pages that set
them on their cards: a site's fold (``… See more``) clips an abstract, so the piece it
closes is no title and no title's rest (``scores.FOLD_CLOSES``); a link's mark after a
title (``[PDF]``, ``(v1)``) closes a title, so the piece it closes is no abstract and no
abstract's rest (``scores.TAIL_CLOSES``); and no text under either goes on the text it
closed (``intake``: no continuation is weighed for it). The excerpts
(``fixtures/pages_pb29.json``), all ``parts`` 112 in layout B: p000409 (``clip+indent``),
where main read ``Audio-Driven Talking Face …`` and its two-line abstract under a fold as
the clipped abstract's next paragraph; p000302 (``clip+indent+mark``), where ``GARF: … (v1)``
went on the abstract above; p000236 (``details+mark``), where the first card's title,
closed by ``[PDF]``, took the next title as its rest. A card's author count closing its
title (``Title — 8 authors``, ``card_marks.author_tail_page``) closes it as such a mark
does (kept in the text: the card reads it as ``n_authors``): ``novel`` 156 p000299, where
``#36 inferring latent intentions: … — 8 authors`` and the next card's title, two cards
in a row under a card without an abstract, were read as that card's abstract."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.scores import FOLD_CLOSES, NEG, TAIL_CLOSES, text_scores
from papercorpus.sources.pages.tokens import Token

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_pb29.json")


@pytest.mark.parametrize(
    "name",
    excerpt_names(EXCERPTS, "under_a_fold")
    + excerpt_names(EXCERPTS, "closed_by_its_mark")
    + excerpt_names(EXCERPTS, "closed_by_their_author_count"),
)
def test_cards_read_by_the_marks_closing_their_text(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_a_folded_piece_is_charged_as_a_title() -> None:
    text = "Using a combination of Flesch-Kincaid readability"
    plain = Token(5, text, kind="T", cont=-1.0, tcont=-1.0)
    folded = Token(5, text, kind="T", cont=-1.0, tcont=-1.0, folded=True)
    t0, a0, c0, r0, _, _ = text_scores(plain)
    t1, a1, c1, r1, _, _ = text_scores(folded)
    assert (a1, c1) == (a0, c0) and r1 == r0 - FOLD_CLOSES
    assert t1 == (t0 - FOLD_CLOSES if t0 > NEG else NEG)


def test_a_piece_closed_by_a_title_mark_is_charged_as_an_abstract() -> None:
    text = "GARF: Learning Generalizable 3D Reassembly for Real-World Fractures"
    plain = Token(5, text, kind="T", cont=-1.0, tcont=-1.0)
    tailed = Token(5, text, kind="T", cont=-1.0, tcont=-1.0, tailed=True)
    t0, a0, c0, r0, _, _ = text_scores(plain)
    t1, a1, c1, r1, _, _ = text_scores(tailed)
    assert (t1, r1) == (t0, r0)
    assert a1 == a0 - TAIL_CLOSES and c1 == c0 - TAIL_CLOSES


def test_a_title_closed_by_its_author_count() -> None:
    from papercorpus.sources.pages.card_marks import author_tail

    assert author_tail("#36 inferring latent intentions in llm agents — 8 authors")
    assert author_tail("Title (4 authors)")
    assert author_tail("Title | 1 author")
    assert not author_tail("a survey written by 4 authors")
    assert not author_tail("authors")
