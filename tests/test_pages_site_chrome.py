"""Round 27 (ux27): the card chrome of other paper sites' listings (the opt-in ``sites``
arrangement, ``benchmarks/pagegen_sites.py``): Google Scholar's byline and action row,
OpenReview's decision badge and dates, Papers with Code's task chips and leaderboard line,
Semantic Scholar's fields of study, venue line and counts, a rank or badge over the title,
a row of actions, a relative date in the reader's language. Pages of ten real arXiv cards
(``fixtures/pages_ua24.json``), each form on every card, in the blank-line (A) and compact
(B) layouts. Before ``site_chrome`` each such line was read as a title (the card's own
title then a record without an abstract) or joined to the title or the abstract. Every
record's title and abstract is asserted, and every line keeps one place."""

from __future__ import annotations

import textwrap

import pytest

from papercorpus.sources.pages.site_chrome import site_kind

from .page_excerpts import card_page, read_cards


def _laid(layout: str, pre: list[str], mid: list[str], c: dict, post: list[str]) -> list[str]:
    """A card: ``pre`` over the title, ``mid`` under it, then the abstract (wrapped at 80 in
    layout B), then ``post``."""
    if layout == "A":
        return [*pre, c["title"], *mid, "", c["abstract"], *post, ""]
    return [
        *pre,
        c["title"],
        *mid,
        *textwrap.wrap(c["abstract"], 80, break_on_hyphens=False),
        *post,
    ]


def _initials(c: dict) -> str:
    """The card's authors as Google Scholar prints them (``A Vaswani, N Shazeer…``)."""
    names = []
    for a in c["authors"][:3]:
        *given, last = a.split()
        names.append("".join(g[0] for g in given if g[0].isupper()) + " " + last)
    return ", ".join(names) + ("…" if len(c["authors"]) > 3 else "")


ROWS = (
    "Save Cite Cited by {n} Related articles All {v} versions",
    "☆ Save 99 Cite Cited by {n} Related articles All {v} versions",
    "Zitiert von: {n} Ähnliche Artikel Alle {v} Versionen",
    "Cité {n} fois Autres articles Les {v} versions",
    "被引用次数：{n} 相关文章 所有 {v} 个版本",
    "{n} Citations · {v} Highly Influential",
    "Cited by {n} · {v} References",
)


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("row", range(len(ROWS)))
def test_scholar_byline_and_its_row(row: int, layout: str) -> None:
    """Google Scholar's byline under the title and its action row (in four languages, or
    Semantic Scholar's counts) under the abstract: chrome, no record, no join."""

    def card(i: int, c: dict) -> list[str]:
        by = f"{_initials(c)} - arXiv preprint arXiv …, 2025 - arxiv.org"
        counts = ROWS[row].format(n=f"{(i + 1) * 317:,}", v=i + 2)
        return _laid(layout, [], [by], c, [counts])

    read_cards(card_page(card))


BADGES = ("Accept (oral)", "Decision: Accept (poster)", "ICLR 2025 spotlight", "Reject")


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("badge", BADGES)
def test_openreview_decision_area_and_dates(badge: str, layout: str) -> None:
    """OpenReview's decision badge, ``Primary Area:`` and ``Published: …, Last Modified:
    …`` under the title."""

    def card(i: int, c: dict) -> list[str]:
        area = "Primary Area: foundation or frontier models, including LLMs"
        dates = f"Published: {i + 3} Jan 2025, Last Modified: {i + 4} Mar 2025"
        return _laid(layout, [], [badge, area, dates], c, [])

    read_cards(card_page(card))


CHIPS = (
    "Tasks: Image Classification, Object Detection",
    "Image Classification · Object Detection · +2",
    "Retrieval  Question Answering  +3 more",
    "`Image Classification` `Object Detection`",
)


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("chips", CHIPS)
def test_task_chips_and_leaderboard(chips: str, layout: str) -> None:
    """Papers with Code's ``Ranked #3 on … on …`` and task chips under the abstract."""

    def card(i: int, c: dict) -> list[str]:
        return _laid(
            layout, [], [], c, [f"Ranked #{i + 1} on Question Answering on SQuAD1.1", chips]
        )

    read_cards(card_page(card))


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize(
    "venue",
    ["ArXiv · 2025", "2025 · arXiv.org", "Published in Neural Information Processing Systems 2025"],
)
def test_fields_of_study_and_venue(venue: str, layout: str) -> None:
    """Semantic Scholar's fields of study and venue line under the title."""

    def card(i: int, c: dict) -> list[str]:
        return _laid(layout, [], ["Computer Science, Mathematics", venue], c, [])

    read_cards(card_page(card))


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize(
    "rank", ["#{}", "#{} Paper of the day", "Trending #{}", "🔥 Trending", "No. {}"]
)
def test_a_rank_over_each_title(rank: str, layout: str) -> None:
    """A rank or badge over the title: no title, no record."""

    def card(i: int, c: dict) -> list[str]:
        return _laid(layout, [rank.format(i + 1)], [], c, [])

    read_cards(card_page(card))


ACTIONS = (
    "PDF · Code · Cite · Save",
    "📄 PDF  💻 Code  📋 Cite  🔖 Save",
    "Download PDF | View code | Cite",
    "Save to Library  Create Alert  Cite",
)


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("actions", ACTIONS)
def test_a_row_of_actions_under_each_abstract(actions: str, layout: str) -> None:
    def card(i: int, c: dict) -> list[str]:
        return _laid(layout, [], [], c, [actions])

    read_cards(card_page(card))


AGO = (
    ("vor {} Tagen", "gestern"),
    ("il y a {} jours", "hier"),
    ("hace {} días", "ayer"),
    ("{} 天前", "昨天"),
    ("{}日前", "昨日"),
    ("{}d ago", "{} mo ago"),
)


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("where", ["title", "abstract"])
@pytest.mark.parametrize("forms", range(len(AGO)))
def test_a_relative_date_in_the_readers_language(forms: int, where: str, layout: str) -> None:
    """``vor 3 Tagen`` / ``gestern`` under the title or the abstract: a date (never joined to
    a title, as ``gestern`` was on ``web`` pages)."""

    def card(i: int, c: dict) -> list[str]:
        date = AGO[forms][i % 2].format(i + 2)
        return _laid(
            layout, [], [date] if where == "title" else [], c, [date] if where == "abstract" else []
        )

    read_cards(card_page(card))


@pytest.mark.parametrize(
    "line",
    [
        "Download PDF",  # (a paper's title)
        "Mathematics",  # (a wrapped title's last word)
        "Computer Science",
        "Tasks: An Empirical Study",  # (a wrapped title's rest)
        "Tasks: Comparative Experiments with GPT-2 and LLaMA-2 AI",
        "Ranked #1 on Image Classification on ImageNet. We then show",
        "Reject Option Classification",
        "Save the Date: A Study",
        "Trending Topics in Machine Learning",
        "2024 was a year of large models",
        "In 2024 · we",
    ],
)
def test_lines_no_site_form_takes(line: str) -> None:
    assert site_kind(line) is None


@pytest.mark.parametrize("layout", ["A", "B"])
def test_one_field_of_study_on_every_card(layout: str) -> None:
    """``Mathematics`` alone under each title (another field on each card): the page
    repeats the line's shape, so it is chrome; alone it is no chrome (a wrapped title's
    last word)."""
    # (the first and the last card's two fields, which ``site_kind`` knows on sight)
    one = ("Computer Science", "Medicine", "Physics", "Linguistics")
    fields = ["Mathematics, Physics", *one, *one, "Medicine, Biology"]

    def card(i: int, c: dict) -> list[str]:
        return _laid(layout, [], [fields[i], "ArXiv · 2025"], c, [])

    read_cards(card_page(card))
    assert site_kind("Mathematics") is None


@pytest.mark.parametrize("layout", ["A", "B"])
def test_chips_set_apart_by_dots_under_every_abstract(layout: str) -> None:
    """``Object Detection · Retrieval`` (other chips on each card, on some no ``+N`` tail)
    under every abstract: the page repeats the line's shape, so it is chrome."""
    tasks = ("Object Detection", "Retrieval", "Code Generation", "Math Word Problem Solving")

    def card(i: int, c: dict) -> list[str]:
        chips = " · ".join(tasks[(i + j) % 4] for j in range(i % 3 + 2))
        if i not in (2, 4, 7):  # (the others' tails, "+2", known on sight: the first and last's)
            chips += f" · +{i + 1}"
        return _laid(layout, [], [], c, [chips])

    read_cards(card_page(card))
