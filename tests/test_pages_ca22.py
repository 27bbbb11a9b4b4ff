"""Round 21 (ca22): known chrome printed over its card's title given to that card
(``pages.chrome_openers``). Pages of ten real arXiv cards (``fixtures/pages_ca22.json``:
titles and abstracts of 2025-11-26's listing), each card's date, organisation or upvote
count set over its title, or under it as Hugging Face prints them: every record's fields
are asserted, and every line keeps one place (page lines = record lines + chrome + blanks
+ rejects)."""

from __future__ import annotations

import json
from collections.abc import Callable

from papercorpus.records import Record

from .page_excerpts import FIXTURES, parse_page, read_cards

CARDS: list[dict] = json.loads((FIXTURES / "pages_ca22.json").read_text(encoding="utf-8"))["cards"]
HEAD = ["Daily Papers", "by AK and the research community", ""]
ORGS = ["Meta", "Google", "NVIDIA", "Tsinghua University"]
Card = Callable[[int, dict], list[str]]


def _page(card: Card, head: list[str] | None = None, tail: list[str] | None = None) -> list[str]:
    lines = list(HEAD if head is None else head)
    for i, c in enumerate(CARDS):
        lines += card(i, c)
    return lines + (tail if tail is not None else ["Previous", "Next"])


def _read(lines: list[str]) -> list[Record]:
    return read_cards(lines, CARDS)


def _url(c: dict) -> str:
    return f"https://huggingface.co/papers/{c['id']}"


def test_a_date_over_each_title_is_that_card_s_date() -> None:
    """date / title / abstract / upvotes / link (the probe page s4): the page's first card
    has nothing over its title but the page head and its date, and nothing after the last
    card's link but the page's navigation. Each card keeps its own date (today it took the
    next card's, and the first card's date was read as the page's)."""

    def card(i: int, c: dict) -> list[str]:
        return [f"Jun {i + 1}", c["title"], c["abstract"], str(10 + i), _url(c), ""]

    records = _read(_page(card))
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {"published": f"Jun {i + 1}", "paper_url": _url(c)}
        assert r.arxiv_id == c["id"]
        assert r.source.date is None  # (the first card's date is no page date)


def test_an_organisation_over_each_title_is_that_card_s() -> None:
    """organisation / title / ``N authors`` / abstract, no blank lines (the probe page s5)."""

    def card(i: int, c: dict) -> list[str]:
        return [ORGS[i % 4], c["title"], f"{c['n_authors']} authors", c["abstract"]]

    records = _read(_page(card))
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {"org": ORGS[i % 4], "n_authors": c["n_authors"]}


def test_a_date_and_an_organisation_over_each_title() -> None:
    """organisation / date / title / abstract / link: both kinds open the cards."""

    def card(i: int, c: dict) -> list[str]:
        return [ORGS[i % 4], f"Jun {i + 1}", c["title"], c["abstract"], _url(c), ""]

    records = _read(_page(card))
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {"org": ORGS[i % 4], "published": f"Jun {i + 1}", "paper_url": _url(c)}


def test_upvotes_over_each_title_keep_today_s_fields() -> None:
    """upvotes / title / abstract / link: the count over a title is read by the ids' own
    rules (``ids``); nothing moves."""

    def card(i: int, c: dict) -> list[str]:
        return [str(10 + i), c["title"], c["abstract"], _url(c), ""]

    records = _read(_page(card))
    for r, c in zip(records, CARDS, strict=True):
        assert r.meta == {"paper_url": _url(c)}
        assert r.arxiv_id == c["id"]


def test_hugging_face_s_order_keeps_today_s_fields() -> None:
    """title / date / organisation / abstract / upvotes (the chrome under the title): each
    card keeps the values under its own title."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], f"Jun {i + 1}", ORGS[i % 4], "", c["abstract"], str(10 + i), ""]

    records = _read(_page(card))
    for i, r in enumerate(records):
        assert r.meta == {"published": f"Jun {i + 1}", "org": ORGS[i % 4]}


def test_a_date_after_each_abstract_under_a_page_date_keeps_today_s_fields() -> None:
    """page date / title / abstract / date (``row09_card_dates``): a date stands over every
    title, the first one's too, but the last card has its own under its abstract: the
    dates close their cards, and the first is the page's."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "", c["abstract"], "", f"Jun {i + 1}", ""]

    records = _read(_page(card, head=[*HEAD, "Jun 30", ""], tail=[]))
    for i, r in enumerate(records):
        assert r.meta == {"published": f"Jun {i + 1}"}
        assert r.source.date == "Jun 30"


def test_an_organisation_after_each_abstract_keeps_today_s_fields() -> None:
    """title / abstract / organisation, no blank lines: the first title has nothing over it,
    so the names close their cards."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], c["abstract"], ORGS[i % 4]]

    records = _read(_page(card))
    for i, r in enumerate(records):
        assert r.meta == {"org": ORGS[i % 4]}


def test_a_date_under_the_title_over_furniture_keeps_today_s_fields() -> None:
    """title / ``Published on Jun 1`` / ``Authors: …`` / abstract (the probe page s1): the
    furniture line under the date is no title, so the date stands under its card's title."""

    def card(i: int, c: dict) -> list[str]:
        return [
            c["title"],
            f"Published on Jun {i + 1}",
            f"Authors: Ann Lee, Bo Chen{i}",
            "",
            c["abstract"],
            f"Upvote {10 + i}",
            "",
        ]

    records = _read(_page(card))
    for i, r in enumerate(records):
        assert r.meta["published"] == f"Jun {i + 1}"
        assert r.meta["authors"] == ["Ann Lee", f"Bo Chen{i}"]


def test_a_page_date_over_the_first_card_s_own_date() -> None:
    """page date / date / title / …: of two dates over the first title, the nearer is the
    card's."""

    def card(i: int, c: dict) -> list[str]:
        return [f"Jun {i + 1}", c["title"], c["abstract"], _url(c), ""]

    records = _read(_page(card, head=[*HEAD, "Jun 30", ""]))
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {"published": f"Jun {i + 1}", "paper_url": _url(c)}


LONG = 12  # the ten cards, twelve times over: a page longer than the parser reads ahead


def _read_long(card: Card, head: list[str] | None = None) -> list[Record]:
    lines = list(HEAD if head is None else head)
    for i in range(LONG * len(CARDS)):
        lines += card(i, CARDS[i % len(CARDS)])
    lines += ["Previous", "Next"]
    records, log = parse_page(lines)
    assert len(lines) > 400
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)
    assert [r.title for r in records] == [c["title"] for c in CARDS] * LONG
    return records


def test_a_date_set_with_its_title_by_the_blank_lines_on_a_long_page() -> None:
    """date / title / abstract / upvotes / link / blank, on a page whose end the parser has
    not read when it learns its habits: the blank lines group each date with the title
    under it, so it is that card's."""

    def card(i: int, c: dict) -> list[str]:
        return [f"Jun {i % 28 + 1}", c["title"], c["abstract"], str(10 + i), _url(c), ""]

    records = _read_long(card)
    for i, r in enumerate(records):
        assert r.meta["published"] == f"Jun {i % 28 + 1}"


def test_a_date_closing_its_card_by_the_blank_lines_on_a_long_page() -> None:
    """page date / title / abstract / date / blank: the date over each title after the first
    stands with the card above it (no blank between them): today's fields."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], c["abstract"], f"Jun {i % 28 + 1}", ""]

    records = _read_long(card, head=[*HEAD, "Jun 30", ""])
    for i, r in enumerate(records):
        assert r.meta["published"] == f"Jun {i % 28 + 1}"
        assert r.source.date == "Jun 30"


def test_dates_between_blank_lines_on_a_long_page_keep_today_s_fields() -> None:
    """page date / title / abstract / date, every line between blank lines (``row09``) on a
    long page: nothing groups the dates, and the page's end is not read: today's rule."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "", c["abstract"], "", f"Jun {i % 28 + 1}", ""]

    records = _read_long(card, head=[*HEAD, "Jun 30", ""])
    for i, r in enumerate(records):
        assert r.meta["published"] == f"Jun {i % 28 + 1}"
        assert r.source.date == "Jun 30"


def test_a_user_under_submitted_by_over_each_title_is_no_organisation() -> None:
    """``Submitted by`` / user / title / abstract, no blank lines (default seed 65's
    p000159): the one-word name over each title is its submitter's, as today."""
    users = ["alexz", "hysts", "vvasilev"]

    def card(i: int, c: dict) -> list[str]:
        return ["Submitted by", users[i % 3], c["title"], c["abstract"]]

    records = _read(_page(card))
    for i, r in enumerate(records):
        assert r.meta == {"submitted_by": users[i % 3]}
