"""Round 32 (ux38): a paper's link closing its title (``unseen.url_tail``) set on a line of
its own by a narrow fold or a wrap (``abacus-sql: … cross-domain`` / ``and open-domain
database retrieval.`` / ``(arxiv.org/abs/2504.09824)``): the line went on the title as its
wrapped rest, the link kept in it (mix 175 p000265, 16 leaked). The link is read off a
title's line only where the title's text comes before it on the line (``title_links``);
a rest that is the link alone is the card's link as well, and no word of the title
(``title_links.alone_link``, asked for a title's rest in ``cards``)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.title_links import alone_link

from .page_excerpts import CARDS, card_page, load_excerpts, parse_page, wrap

EXCERPTS = load_excerpts("pages_ux38.json")


@pytest.mark.parametrize("form", ["(arxiv.org/abs/{id})", "https://arxiv.org/abs/{id}"])
@pytest.mark.parametrize("width", [56, 60])
def test_a_titles_link_on_a_line_of_its_own(form: str, width: int) -> None:
    def card(i: int, c: dict) -> list[str]:
        return [*wrap(c["title"], width), form.format(id=c["id"]), *wrap(c["abstract"], width)]

    records, _ = parse_page(card_page(card))
    assert not [r.title for r in records if "arxiv.org" in r.title]
    assert {c["id"] for c in CARDS} <= {r.arxiv_id for r in records}


def test_the_excerpt_keeps_no_link_in_a_title() -> None:
    page = EXCERPTS["ux38_mix_175_p000265_a_titles_link_folded_onto_a_line"]
    records, _ = parse_page(page["lines"])
    assert not [r.title for r in records if "arxiv.org" in r.title]


def test_a_link_alone() -> None:
    assert alone_link("(arxiv.org/abs/2504.09824)") == "2504.09824"
    assert alone_link("https://huggingface.co/papers/2504.09824") == "2504.09824"
    assert alone_link("see arxiv.org/abs/2504.09824") is None
    assert alone_link("Networks") is None
