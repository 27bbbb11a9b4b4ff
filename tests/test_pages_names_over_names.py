"""A line of the shape of the names a page prints under its titles (``repeats``: ``Ann Lee
and Bo Chen``, learned as the page's furniture), right over another line of names, is no
names line: a card prints one. It is the card's title shaped as names (``parser``). The
excerpt (``fixtures/pages_pb30.json``) is ``unseen`` 114 p000218 (``names+paragraphs``,
markdown, layout A), where main read ``Simultaneous Ordinal Maximin Share and Envy-Based
Guarantees`` (two runs of capitalised words joined by ``and``) as a line of names: the card
was lost, and the summary of the card above, wrapped in its link, read as a title."""

from __future__ import annotations

from papercorpus.sources.pages.opener_shapes import names_shape

from .page_excerpts import check_excerpt, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_pb30.json")


def test_a_title_shaped_as_names_over_the_names_line() -> None:
    check_excerpt(EXCERPTS["pb30_unseen_114_p000218_a_title_shaped_as_names_over_the_names_line"])


def test_names_under_their_titles_stay_furniture() -> None:
    # (the shape the test leans on: the title reads as names)
    assert names_shape("Simultaneous Ordinal Maximin Share and Envy-Based Guarantees")
    names = [
        "Ann Lee, Bo Chen and Kai Park",
        "Dara Umar and Emil Okafor",
        "Ivo Quist and Hana Sato",
    ]
    abstract = (
        "We study a problem of allocation among agents with additive valuations, and we show "
        "that our method reaches the bound on every instance we tried, which settles it. We "
        "then extend the analysis to agents whose valuations change over time, and report "
        "experiments on real data."
    )
    lines = ["Daily Papers", ""]
    for i in range(6):
        lines += [f"Paper Number {i}: A Study of Things", "", names[i % 3], ""]
        lines += [abstract, ""]
    records, log = parse_page(lines)
    assert [r.title for r in records] == [f"Paper Number {i}: A Study of Things" for i in range(6)]
    assert all(r.abstract == abstract for r in records)
