"""A unit closed by a chrome line of any kind the page has put right under a title nine in
ten of the times (``page_habits.PageHabits.before``: a card's note, ``Accepted at ECCV 2022``,
over its date) is offered a cut before its last line, as before the page's learned
furniture so placed (``furniture_rhythm.cut_before``): that line may be the next card's
title. The excerpt (``fixtures/pages_pb30.json``) is ``fresh`` 114 p000436
(``numdate+venue``, layout B), where main joined ``responsible diffusion models via
constraining text embeddings within safe regions``, a title in lower case over its venue
note, to the abstract above it, which ends in ``[link to be added after the paper is
accepted]``: the card was lost, its abstract's first line read as its title."""

from __future__ import annotations

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_pb30.json")


def test_a_title_in_lower_case_over_its_venue() -> None:
    check_excerpt(EXCERPTS["pb30_fresh_114_p000436_a_title_in_lower_case_over_its_venue"])
