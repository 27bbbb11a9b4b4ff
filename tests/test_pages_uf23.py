"""Round 23 (uf23): the values on a page's *unlabelled* furniture kept in the record's
fields (``pages.furniture_parts``). Pages of ten real arXiv cards
(``fixtures/pages_uf23.json``: titles, abstracts and authors of 2025-05-12's listing), each
with furniture no chrome rule names and no label opens (``88 ▲``, ``4 authors · Meta``,
``#3 Paper of the day``), so ``repeats`` learns it: every record's fields are asserted,
and every line keeps one place (page lines = record lines + chrome + blanks + rejects)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from papercorpus.fields import copy_fields
from papercorpus.records import Record
from papercorpus.sources.pages.furniture_parts import part_values, vote_count
from papercorpus.sources.pages.repeats import KIND

from .page_excerpts import FIXTURES, parse_page

CARDS: list[dict] = json.loads((FIXTURES / "pages_uf23.json").read_text(encoding="utf-8"))["cards"]
HEAD = ["Daily Papers", "by AK and the research community", ""]
ORGS = ("Meta", "Tsinghua University", "Google", "NVIDIA", "Shanghai AI Laboratory")
Card = Callable[[int, dict], list[str]]


def _page(card: Card, cards: list[dict] = CARDS) -> list[str]:
    lines = list(HEAD)
    for i, c in enumerate(cards):
        lines += card(i, c)
    return [*lines, "Previous", "Next"]


def _read(lines: list[str], cards: list[dict] = CARDS) -> tuple[list[Record], int]:
    records, log = parse_page(lines)
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)
    assert [(r.title, r.abstract) for r in records] == [(c["title"], c["abstract"]) for c in cards]
    return records, log.chrome[KIND]


def _n(c: dict) -> int:
    return len(c["authors"]) + 2


def test_an_arrow_count_over_the_title_and_authors_with_org_under_the_abstract() -> None:
    """``88 ▲`` / title / abstract / ``4 authors · Meta`` (the coordinator's probe style 2):
    the count is the upvotes of the title under it (the page's first card shows the line
    over its title), the author count and the organisation the card's they follow."""

    def card(i: int, c: dict) -> list[str]:
        org = ORGS[i % 5]
        return [f"{90 - i} ▲", c["title"], "", c["abstract"], "", f"{_n(c)} authors · {org}", ""]

    records, repeated = _read(_page(card))
    # (the count lines the page's furniture; ``4 authors · Meta`` the rules' since round 34,
    # ``card_notes.counted_name``)
    assert repeated == 10
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {"upvotes": 90 - i, "n_authors": _n(c), "org": ORGS[i % 5]}
        fields = copy_fields(r.meta)
        assert [fields[k] for k in ("upvotes", "n_authors", "org")] == [90 - i, _n(c), ORGS[i % 5]]


def test_a_rank_line_gives_nothing_and_glyph_counts_under_the_title() -> None:
    """``#3 Paper of the day`` / title / ``88 ▲ · 💬 12 · ★ 1.2k`` / abstract: the rank is counted
    chrome with no field; the counts by their glyphs (upvotes, comments,
    stars) are the card's."""

    def card(i: int, c: dict) -> list[str]:
        return [
            f"#{i + 1} Paper of the day",
            c["title"],
            f"{40 + i} ▲ · 💬 {i} · ★ {i + 1}.2k",
            c["abstract"],
            "",
        ]

    lines = _page(card)
    records, repeated = _read(lines)
    # (the rank is a listing site's chrome, ``site_chrome``, since ux27: before, the page's
    # repetition read it as furniture; either way a line with no field)
    assert repeated == 10
    assert parse_page(lines)[1].chrome["site"] == 10
    for i, r in enumerate(records):
        assert r.meta == {"upvotes": 40 + i, "comments": i, "stars": (i + 1) * 1000 + 200}


def test_parts_set_apart_by_pipes_under_the_title() -> None:
    """title / ``5 authors | Google | May 12, 2025`` / abstract: the date as card dates are
    read (ISO in the output), the name beside the author count the organisation."""

    def card(i: int, c: dict) -> list[str]:
        parts = f"{_n(c)} authors | {ORGS[i % 5]} | May {i + 1}, 2025"
        return [c["title"], parts, "", c["abstract"], ""]

    records, repeated = _read(_page(card))
    assert repeated == 10
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {"n_authors": _n(c), "org": ORGS[i % 5], "published": f"May {i + 1}, 2025"}
        assert copy_fields(r.meta)["published"] == f"2025-05-{i + 1:02d}"


def test_parts_set_apart_by_runs_of_spaces_under_the_abstract() -> None:
    """title / abstract / ``Meta   4 authors   12 comments`` (a lab's page: one name on every
    card, so the line's shape recurs whole): runs of spaces part the fields as ``·`` does."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], c["abstract"], f"Meta   {_n(c)} authors   {i + 2} comments", ""]

    records, repeated = _read(_page(card))
    assert repeated == 10
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {"org": "Meta", "n_authors": _n(c), "comments": i + 2}


def test_a_bare_number_and_a_name_alone_give_nothing() -> None:
    """title / ``12 · Oral`` / abstract: a bare number says nothing of what it counts, and a
    name beside no author count or date is no organisation: counted chrome, no field."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], f"{i + 12} · {('Oral', 'Poster')[i % 2]}", c["abstract"], ""]

    records, repeated = _read(_page(card))
    assert repeated == 10
    assert [r.meta for r in records] == [{}] * 10


def test_the_parser_s_own_values_win() -> None:
    """title / ``12 authors`` (known chrome: ``n_authors``) / abstract / ``4 authors · Meta``
    (the page's furniture): the rules' count stays; the furniture's organisation is added."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "12 authors", c["abstract"], f"{_n(c)} authors · Meta", ""]

    records, repeated = _read(_page(card))
    # (``4 authors · Meta`` the rules' chrome since round 34, ``card_notes.counted_name``,
    # no furniture learned: the values the same)
    assert repeated == 0
    for r in records:
        assert r.meta == {"n_authors": 12, "org": "Meta"}


def test_an_arrow_count_under_the_abstract_is_the_card_s_above() -> None:
    """title / abstract / ``88 ▲``: the count follows its card (the page's first title has
    none over it)."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "", c["abstract"], "", f"{_n(c)} authors · {i + 7} ▲", ""]

    records, repeated = _read(_page(card))
    assert repeated == 10
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {"upvotes": i + 7, "n_authors": _n(c)}


def test_a_first_card_without_an_abstract_keeps_the_line_under_it() -> None:
    """title (no abstract) / ``Meta   4 authors   2 comments`` / title / abstract / the same
    line: past the first card the line stands between two titles as an opener's would; the
    page's first title, over the page's furniture, says it follows its card (furniture_bare
    70 p000028 gave each card its neighbour's values before)."""

    def card(i: int, c: dict) -> list[str]:
        text = ["", c["abstract"]] if i else []
        return [c["title"], *text, "", f"Meta   {_n(c)} authors   {i + 2} comments", ""]

    records, log = parse_page(_page(card))
    lines = len(_page(card))
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == lines
    assert [r.title for r in records] == [c["title"] for c in CARDS]
    assert log.chrome[KIND] == 10
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {"org": "Meta", "n_authors": _n(c), "comments": i + 2}


def test_a_search_echo_and_the_page_s_menu_over_the_first_count() -> None:
    """A head ending in a search echo, the page's menu and date, then ``88 ▲`` / ``#3 Paper
    of the day`` (in either order) / title / abstract: the echo over the menu is no title,
    so the count still opens its cards (furniture_bare 70 p000045)."""

    def card(i: int, c: dict) -> list[str]:
        chrome = [f"{90 - i} ▲", f"#{i + 1} Paper of the day"]
        return [*(chrome if i % 2 else chrome[::-1]), f"### {c['title']}", c["abstract"]]

    head = ["Long-context ASR", "- Daily", "- Weekly", "- Monthly", "May 12"]
    lines = HEAD + head + _page(card)[len(HEAD) :]
    records, log = parse_page(lines)
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)
    assert [(r.title, r.abstract) for r in records] == [(c["title"], c["abstract"]) for c in CARDS]
    assert log.chrome[KIND] + log.chrome["site"] == 20  # (the rank: ``site_chrome``)
    assert [r.meta.get("upvotes") for r in records] == [90 - i for i in range(10)]


@pytest.mark.parametrize(
    ("count", "votes"),
    [("▲ {}", True), ("👍 {}", True), ("{} upvotes", True), ("{}", False)],
)
def test_a_known_upvote_count_over_the_title(count: str, votes: bool) -> None:
    """blank / ``▲ 88`` / title / abstract (known chrome: ``upvotes``, no paper link): the
    blank lines set the count with the title under it, so it is that card's upvotes
    (``chrome_openers``); a bare number there says no upvote count (a rank, a comment
    count) and gives no field, as before."""

    def card(i: int, c: dict) -> list[str]:
        return ["", count.format(90 - i), c["title"], c["abstract"]]

    records, log = parse_page(_page(card))
    lines = len(_page(card))
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == lines
    assert [(r.title, r.abstract) for r in records] == [(c["title"], c["abstract"]) for c in CARDS]
    assert log.chrome["upvotes"] == 10
    want = [{"upvotes": 90 - i} if votes else {} for i in range(10)]
    assert [r.meta for r in records] == want


@pytest.mark.parametrize(
    "over",
    [
        lambda n: [str(n), "▲"],
        lambda n: ["▲", str(n)],
        lambda n: ["", "▲", str(n)],
        lambda n: ["", str(n), "", "▲"],
    ],
)
def test_a_count_and_a_vote_button_s_arrow_over_the_title(over: Callable) -> None:
    """``88`` / ``▲`` / title / abstract: the arrow alone is the vote button (chrome, as
    ``Upvote`` is: before, each was a title-only record of its own), and the bare count
    beside it is the upvotes of the card under them (the page's habit, ``chrome_openers``)."""

    def card(i: int, c: dict) -> list[str]:
        return [*over(90 - i), c["title"], c["abstract"]]

    records, log = parse_page(_page(card))
    lines = len(_page(card))
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == lines
    assert [(r.title, r.abstract) for r in records] == [(c["title"], c["abstract"]) for c in CARDS]
    assert log.chrome["upvotes"] == 20
    assert [r.meta for r in records] == [{"upvotes": 90 - i} for i in range(10)]


def test_two_cards_teach_nothing() -> None:
    """Two cards show no repetition: ``88 ▲`` is read as today (no furniture, no field)."""

    def card(i: int, c: dict) -> list[str]:
        return [f"{90 - i} ▲", c["title"], "", c["abstract"], "", f"{_n(c)} authors · Meta", ""]

    records, log = parse_page(_page(card, CARDS[:2]))
    assert log.chrome[KIND] == 0
    assert all("upvotes" not in r.meta for r in records)


@pytest.mark.parametrize(
    ("line", "values"),
    [
        ("4 authors · Meta", {"n_authors": 4, "org": "Meta"}),
        ("88 ▲", {"upvotes": 88}),
        ("▲ 1.2k", {"upvotes": 1200}),
        ("12 upvotes • 3 authors", {"upvotes": 12, "n_authors": 3}),
        ("12 comments · May 296", {"comments": 12, "published": "May 29"}),
        ("★ 531 | 💬 4", {"stars": 531, "comments": 4}),
        ("Jun 4 · Meta · Google", {"published": "Jun 4"}),  # (two names: neither)
        ("#3 Paper of the day", {}),
        ("View PDF | Code | Project page", {}),
        ("12 · Meta", {}),
        ("Track: Oral", {}),  # (a label's line: ``furniture_values``)
    ],
)
def test_part_values(line: str, values: dict[str, object]) -> None:
    assert part_values(line) == values


@pytest.mark.parametrize(
    ("line", "votes"),
    [("▲ 88", 88), ("88 ▲", 88), ("👍 1.2k", 1200), ("Upvote 17", 17), ("12 upvotes", 12)]
    + [("88", None), ("-", None), ("[-] 1", None), ("[173](https://huggingface.co/login)", None)],
)
def test_vote_count(line: str, votes: int | None) -> None:
    assert vote_count(line) == votes
