"""On a page that sets its abstracts off by an indent under titles at the margin
(``card_marks.set_off_page``), a line set in right under a line of its own at the margin
opens a block of its own (``parser``): no text goes on from the margin into it, as none
goes on from text set in back to the margin (``test_pages_set_off``). The excerpts
(``fixtures/pages_pb30.json``) are ``parts`` 114 pages, where main read a title at the
margin over its abstract set in as the abstract above's next line (``clip+indent``,
p000495: ``Improving Joint Embedding Predictive Architecture with Diffusion Noise``, under
a one-sentence summary, joined to it with its abstract by the intake; ``indent+rule``,
p000073: ``The role of synthetic data in Multilingual, …``, read as the abstract of the card
above, which has none: a page that parts its cards with blank lines and rules shows its
titles only over their abstracts set in, never back at the margin right under one, and
``set_off_page`` now counts a title over a block set in as it counts one under it)."""

from __future__ import annotations

import pytest

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_pb30.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "set_in"))
def test_a_title_at_the_margin_over_its_abstract_set_in(name: str) -> None:
    check_excerpt(EXCERPTS[name])
