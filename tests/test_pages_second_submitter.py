"""A name read as an organisation over a ``Submitted by`` line naming another user than the
card's own ``Submitted by`` above it is the next card's title: a paper is submitted once
(``walks.CardWalks._second_submitter``, ``TWO_IDS``; docs/pages-passes.md, "The families'
and two opt-in draws' last losses (lt31)"). The excerpt (``fixtures/pages_lt31.json``) is
new 115's ``n_submitted`` page p001727, lines 30-45 (web export, layout B, each card's
``Submitted by`` after its abstract): ``Zero-shot Skeleton-based …`` + its abstract +
``Submitted by nielsr · 2 hours ago`` + ``Active Data`` (a card without an abstract) +
``Submitted by alexz`` + its link. Main read ``Active Data`` as an organisation's line:
the card was lost."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.walks import submitter

from .page_excerpts import load_excerpts, parse_page

PAGE = load_excerpts("pages_lt31.json")["lt31_new115_p001727_a_name_over_a_second_submitter"]


def test_a_name_over_a_second_submitter_is_a_title() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert "Active Data" in by_title
    assert by_title["Active Data"].abstract == ""
    seen = [r for r in records if r.title.startswith("seen2scene")]
    assert seen and seen[0].abstract.startswith("We present Seen2Scene")


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("Submitted by nielsr · 2 hours ago", "nielsr"),
        ("Submitted by alexz", "alexz"),
        ("Submitted by", ""),
        ("Submitted by alexz · Submitted on 10 Mar 2018", "alexz"),
    ],
)
def test_submitter(text: str, user: str) -> None:
    assert submitter(text) == user
