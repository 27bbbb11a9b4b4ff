"""On a page that ends its titles in their paper's link (``title_links.linked_page``: three
lines or more of its head so), a line ending in a paper's link opens a unit of its own
whatever the line above ended (``parser``); elsewhere only under a sentence's end. The
excerpt (``fixtures/pages_pb30.json``) is ``unseen`` 114 p000270 (``dots+url_tail``, layout
B), where main joined ``learning to remove lens flare in event camera
(arxiv.org/abs/2512.09016)``, a title in lower case, to the abstract above it, which ends
without a stop (``… multi-agent systems in the future``): the card was lost, its link leaked
into that abstract and its own abstract was rejected."""

from __future__ import annotations

from papercorpus.sources.pages.title_links import linked_page

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_pb30.json")


def test_a_title_ending_in_its_link_under_an_abstract_ending_open() -> None:
    check_excerpt(
        EXCERPTS["pb30_unseen_114_p000270_a_title_ending_in_its_link_under_an_open_abstract"]
    )


def test_the_habit_needs_three_linked_lines() -> None:
    line = "A Title (arxiv.org/abs/2512.09016)"
    assert not linked_page([line, "text", line.replace("A Title", "Another")])
    assert linked_page([line, "Text https://huggingface.co/papers/2401.00001", line, ""])
