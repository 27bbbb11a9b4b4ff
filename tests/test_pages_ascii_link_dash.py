"""Round 33 (ux40): a paper's link after its title set off by a dash (``Title — https://
arxiv.org/abs/ID``, ``unseen.url_tail``) as an ASCII terminal printed it: ``Title ?
https://arxiv.org/abs/ID`` (``capture.ascii``). The link was read off and the ``?`` left
closing every title (mix 182 p000358: 101 leaked, 103 damaged titles). One line does not
tell the dash from a question set off by a space (``Compositionality ?``, 20 of the
listings' 120,405 titles); a page that sets the mark between its titles and their links
card after card does: the mark is the page's, as ``card_marks.ascii_tail_page`` reads a
link's arrow closing its titles. A title of its own closing with `` ?`` keeps it on a page
that shows no such habit."""

from __future__ import annotations

from papercorpus.sources.pages.card_marks import ascii_tail_page

from .page_excerpts import CARDS, card_page, card_pairs, parse_page, read_cards


def _dashed(i: int, c: dict) -> list[str]:
    return [f"{c['title']} ? https://arxiv.org/abs/{c['id']}", "", "?", "", c["abstract"], ""]


def test_the_dash_before_a_link_as_an_ascii_terminal_printed_it() -> None:
    records = read_cards(card_page(_dashed))
    assert [r.arxiv_id for r in records] == [c["id"] for c in CARDS]


def test_a_question_set_off_keeps_its_mark_where_the_page_shows_no_habit() -> None:
    def card(i: int, c: dict) -> list[str]:
        title = c["title"] + (" ?" if i == 1 else "")
        return [f"{title} https://huggingface.co/papers/{c['id']}", "", c["abstract"], ""]

    records, _ = parse_page(card_page(card))
    assert card_pairs(records)[1][0] == CARDS[1]["title"] + " ?"


def test_the_habit_is_read_off_the_pages_head() -> None:
    window = [f"Title {i} ? https://arxiv.org/abs/2401.0000{i}" for i in range(3)]
    assert ascii_tail_page(window)
    assert not ascii_tail_page(window[:2])
    # (a question set off by a space, then the link without a dash: one line, no habit)
    assert not ascii_tail_page(["Is It ? https://huggingface.co/papers/2401.00001", "x", "y"])
