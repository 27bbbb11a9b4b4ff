"""Round 33 (ux40): a page's furniture (``Votes: 129 | Code: https://github.com/…``,
``Tsinghua University   8 authors   39 comments``: ``furniture.f_votes``,
``furniture_bare.b_lab``) on a comb: a page wrapped at 80 and folded again at 54
(``capture.narrow``), each line of the first wrap a line filling the fold and its short
rest. ``repeats.learn`` sees an abstract as a run of wide lines; a comb shows none, so it
counted no card, learned no furniture, and each furniture line stood as a card (mix 117
p000201: 171 extra records and a card lost, p000575: 164). The lines the fold broke are
read joined, as the first wrap set them (``repeats._comb_prose``)."""

from __future__ import annotations

from papercorpus.sources.pages.repeats import learn, prose_line, shape
from papercorpus.sources.pages.widths import fold_width, head_width

from .page_excerpts import CARDS, card_page, parse_page, wrap


def _comb(text: str) -> list[str]:
    return [piece for line in wrap(text, 80) for piece in wrap(line, 54)]


def _card(i: int, c: dict) -> list[str]:
    votes = f"Votes: {100 + i} | Code: https://github.com/lab{i}/{c['id']}"
    return [*_comb(c["title"]), "", votes, "", *_comb(c["abstract"]), ""]


def test_a_combs_furniture_is_learned() -> None:
    lines = card_page(_card)
    width = head_width(lines)
    assert width <= 56
    wrapped = fold_width(lines, width)
    assert wrapped >= 76
    votes = "Votes: 1 | Code: https://github.com/lab1/x"
    assert shape(votes) in learn(lines, prose_line(wrapped), width)


def test_a_combs_furniture_is_no_card() -> None:
    records, log = parse_page(card_page(_card))
    assert not any(r.title.startswith("Votes:") for r in records)
    # (each card keeps its votes; how the fold's titles and abstracts read is the fold's
    # reading, ``widths``, not tested here)
    assert sorted(r.meta["upvotes"] for r in records if "upvotes" in r.meta) == [
        100 + i for i in range(len(CARDS))
    ]
