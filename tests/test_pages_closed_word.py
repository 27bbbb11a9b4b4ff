"""A line of one word that closes every bracket it opened (``\\href{…}{…}``, ``(https://…)``)
is whole: the line under it is no rest of a word the wrap cut but the next block
(``sentence_close.closed_word``, asked by ``parted_word``; docs/pages-passes.md, "The default
family's and the site / furniture draws' last losses (lt33)"). The excerpt
(``fixtures/pages_lt33.json``) is default 117's page p002544 (org_first, plain, layout B,
abstracts wrapped at 80): its head and first card, then lines 150-192: ``Stepwise
Decomposition and Dual-stream Focus: …`` and its abstract ending ``The codes will be available
at`` + ``\\href{https://github.com/ycyinchao/RDVP-MSD}{https://github.com/ycyinchao/RDVP-MSD}``
(84 columns, one word), then ``Microsoft`` + ``·`` + ``Published on Sep 3``: main joined the
organisation's name to the link without a space (a leak)."""

from __future__ import annotations

from papercorpus.sources.pages.sentence_close import closed_word

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt33.json")["lt33_def117_p002544_a_closed_link_is_no_cut_word"]


def test_an_organisation_under_a_closed_link_is_no_rest_of_it() -> None:
    check_excerpt(PAGE)


def test_a_word_is_closed_by_its_last_bracket_only() -> None:
    assert closed_word("\\href{https://github.com/a/b}{https://github.com/a/b}")
    assert closed_word("(https://github.com/a/b)")
    assert not closed_word("\\href{https://github.com/ScienceOne-")
    assert not closed_word("{LCLM-Ho")
    assert not closed_word("https://github.com/a/b")
    assert not closed_word("https://github.com/a/b)")  # (a bracket the line did not open)
