"""Round 34 (ux42): a card's date and its comment link a narrow fold parted (``Apr 23,`` /
``2025[5](…#community)``, ``Jul`` / ``28[17](…#community)``; ``capture.narrow`` with
``default.comments``): the month and its day read as the abstract's last words, or as the
abstract of a card without one (mix 188 p000487: 5 glued). The two lines spell a date: the
head is a date (``folded_dates``); a month's name opening a sentence stays text."""

from __future__ import annotations

from papercorpus.sources.pages.folded_dates import date_head

from .page_excerpts import CARDS, HEAD, read_cards


def test_a_date_a_fold_parted() -> None:
    heads = ["Apr 23,", "Jul", "Dec 2,", "May"]
    # (the second card's ``(V\&L)`` a markdown page reads unescaped: left out)
    cards = [
        dict(c, abstract="" if i == 3 else c["abstract"]) for i, c in enumerate(CARDS) if i != 1
    ]
    lines = list(HEAD)
    for i, c in enumerate(cards):
        lines += [f"### {c['title']}", "", *([c["abstract"], ""] if c["abstract"] else [])]
        rest = "2025" if heads[i % 4][-1] == "," else "28"
        lines += [
            heads[i % 4],
            f"{rest}[{i + 3}](https://huggingface.co/papers/2510.0054{i}#community)",
            "",
        ]
    read_cards([*lines, "Previous", "Next"], cards)


def test_a_month_opening_text_is_no_date() -> None:
    assert date_head("Apr 23,", "2025[5](https://huggingface.co/papers/1#community)")
    assert not date_head("May", "be read as a verb")
    assert not date_head("March of the", "2025 models")
