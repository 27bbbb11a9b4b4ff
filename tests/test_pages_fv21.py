"""Round 21 (fv21): the values on a page's learned furniture kept in the record's fields
(``pages.furniture_values``). Pages of twelve real arXiv cards (``fixtures/pages_fv21.json``:
titles, abstracts, authors and categories of 2025-04-07's listing), each with one furniture
form no chrome rule names, so ``repeats`` learns it: every record's fields are asserted, and
every line keeps one place (page lines = record lines + chrome + blanks + rejects)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from papercorpus.fields import copy_fields
from papercorpus.records import Record
from papercorpus.sources.pages.furniture_values import label_values
from papercorpus.sources.pages.repeats import KIND

from .page_excerpts import FIXTURES, parse_page

CARDS: list[dict] = json.loads((FIXTURES / "pages_fv21.json").read_text(encoding="utf-8"))["cards"]
HEAD = ["Daily Papers", "by AK and the research community", ""]
Card = Callable[[int, dict], list[str]]


def _page(card: Card, tail: list[str] | None = None) -> list[str]:
    lines = list(HEAD)
    for i, c in enumerate(CARDS):
        lines += card(i, c)
    return lines + (tail if tail is not None else ["Previous", "Next"])


def _read(lines: list[str]) -> tuple[list[Record], int]:
    records, log = parse_page(lines)
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)
    assert [(r.title, r.abstract) for r in records] == [(c["title"], c["abstract"]) for c in CARDS]
    return records, log.chrome[KIND]


def _three(c: dict) -> list[str]:
    return c["authors"][:3]


def test_an_authors_line_under_the_title_fills_the_card_s_authors() -> None:
    """title / ``Published: Apr 7, 2025`` / ``Authors: A, B, C`` / abstract: the names, split
    on ``,``, and the date, as written (the output reads it as ISO)."""

    def card(i: int, c: dict) -> list[str]:
        names = ", ".join(_three(c))
        return [
            c["title"],
            f"Published: Apr {i + 1}, 2025",
            f"Authors: {names}",
            "",
            c["abstract"],
            "",
        ]

    records, repeated = _read(_page(card))
    assert repeated == 24
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {"published": f"Apr {i + 1}, 2025", "authors": _three(c)}
        fields = copy_fields(r.meta)
        assert fields["published"] == f"2025-04-{i + 1:02d}"
        assert fields["authors"] == _three(c)


def test_two_counts_on_one_line_under_the_abstract() -> None:
    """title / abstract / ``Comments: 7  Stars: 1.2k``: both counts, read as counts are."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], c["abstract"], f"Comments: {i}  Stars: {i + 1}.2k", ""]

    records, repeated = _read(_page(card))
    assert repeated == 12
    for i, r in enumerate(records):
        assert r.meta == {"comments": i, "stars": (i + 1) * 1000 + 200}


def test_a_label_above_the_title_belongs_to_the_title_under_it() -> None:
    """``Authors: A; B; C`` / title / abstract: the page's first furniture line stands above
    its first title, so the shape opens its cards; names split on ``;`` (a name may hold
    ``and``: ``Smith and Sons`` is one)."""

    def card(i: int, c: dict) -> list[str]:
        return [f"Authors: {'; '.join(_three(c))}", c["title"], c["abstract"], ""]

    records, repeated = _read(_page(card))
    assert repeated == 12
    for r, c in zip(records, CARDS, strict=True):
        assert r.meta == {"authors": _three(c)}


def test_links_counts_subjects_and_doi() -> None:
    """title / ``Votes: 12 | Code: https://github.com/…`` / abstract / ``Subjects: cs.CL;
    cs.AI`` / ``DOI: 10.48550/arXiv.…``: votes are upvotes, links are urls, subjects are
    categories."""

    def card(i: int, c: dict) -> list[str]:
        return [
            c["title"],
            f"Votes: {i + 3} | Code: https://github.com/lab/repo{i}",
            c["abstract"],
            f"Subjects: {'; '.join(c['categories'][:2])}",
            f"DOI: 10.48550/arXiv.{c['id']}",
            "",
        ]

    records, repeated = _read(_page(card))
    assert repeated == 36
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta == {
            "upvotes": i + 3,
            "urls": [f"https://github.com/lab/repo{i}"],
            "categories": c["categories"][:2],
            "doi": f"10.48550/arXiv.{c['id']}",
        }
        fields = copy_fields(r.meta)
        assert fields["urls"] == [f"https://github.com/lab/repo{i}"]
        assert fields["categories"] == c["categories"][:2]


def test_unknown_labels_and_values_of_another_kind_are_kept_in_extra() -> None:
    """``Track: Oral`` names no field; ``Comments: 12 pages, 5 figures`` is arXiv's note, no
    count. Both stay counted chrome, and each record keeps their values in ``extra``, under
    the labels as printed (every field a user scraped is kept)."""

    def card(i: int, c: dict) -> list[str]:
        return [
            c["title"],
            f"Track: Oral {i}",
            c["abstract"],
            f"Comments: {i + 9} pages, 5 figures",
            "",
        ]

    records, repeated = _read(_page(card))
    assert repeated == 24
    assert [r.meta for r in records] == [
        {"extra": {"Track": f"Oral {i}", "Comments": f"{i + 9} pages, 5 figures"}}
        for i in range(len(records))
    ]
    assert copy_fields(records[0].meta) == {
        "extra": {"Track": "Oral 0", "Comments": "9 pages, 5 figures"}
    }


def test_the_parser_s_own_values_win() -> None:
    """``N authors`` is a count (``n_authors``), an ``Authors:`` list the names: both kept.
    A card date the rules read (``Apr 7``) wins over a ``Date:`` label's."""

    def card(i: int, c: dict) -> list[str]:
        names = ", ".join(c["authors"][:2]) + " and " + c["authors"][2]
        return [
            c["title"],
            f"{len(c['authors'])} authors",
            f"Apr {i + 1}",
            f"Authors: {names}",
            f"Date: Mar {i + 1}, 2025",
            c["abstract"],
            "",
        ]

    records, repeated = _read(_page(card))
    assert repeated >= 12
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert r.meta["n_authors"] == len(c["authors"])
        assert r.meta["authors"] == _three(c)
        assert r.meta["published"] == f"Apr {i + 1}"


def test_a_following_label_before_the_first_title_belongs_to_no_card() -> None:
    """A page opening with a stray ``Stars: 5`` over its header, its cards then showing
    ``Stars:`` under their abstracts: the stray line is counted chrome and goes to no card
    (the header stands between it and the first title); every card keeps its own count."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], c["abstract"], f"Stars: {i + 40}", ""]

    lines = ["Stars: 5", "", *_page(card)]
    records, _ = _read(lines)
    assert [r.meta.get("stars") for r in records] == [i + 40 for i in range(len(CARDS))]


def test_a_label_over_the_title_with_blank_lines_between_cards() -> None:
    """``Authors: A; B`` / blank / title / blank / abstract / blank: the label opens its
    cards (it stands over the page's first title, blank lines aside), so the names go to
    the title under it, not to the card above."""

    def card(i: int, c: dict) -> list[str]:
        return [f"Authors: {', '.join(_three(c))}", "", c["title"], "", c["abstract"], ""]

    records, _ = _read(_page(card))
    for r, c in zip(records, CARDS, strict=True):
        assert r.meta == {"authors": _three(c)}


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Authors: Ann Lee, Bo Chen and Cy Dee", {"authors": ["Ann Lee", "Bo Chen", "Cy Dee"]}),
        ("Authors: Ann Lee, Bo Chen, et al.", {"authors": ["Ann Lee", "Bo Chen"]}),
        ("Comments: 7  Stars: 531", {"comments": 7, "stars": 531}),
        ("GitHub stars: 1,204 · Upvotes: 88", {"stars": 1204, "upvotes": 88}),
        ("Published: Jun 4, 2025", {"published": "Jun 4, 2025"}),
        ("Comments: 12 pages, 5 figures", {"extra": {"Comments": "12 pages, 5 figures"}}),
        ("Track: Oral", {"extra": {"Track": "Oral"}}),
        ("Stars: 531  Track: Oral", {"stars": 531, "extra": {"Track": "Oral"}}),
        ("Track: Oral · Stars: 531", {"stars": 531, "extra": {"Track": "Oral"}}),
        (
            "Note: see https://x.org  Venue: ICLR",
            {"extra": {"Note": "see https://x.org", "Venue": "ICLR"}},
        ),
        ("Organization: Meta", {"org": "Meta"}),
        ("PDF: https://arxiv.org/pdf/2504.02894", {"urls": ["https://arxiv.org/pdf/2504.02894"]}),
        ("GitHub: https://github.com/a/b", {"urls": ["https://github.com/a/b"]}),
        ("DOI: https://doi.org/10.1145/3600", {"doi": "10.1145/3600"}),
        ("Abstract:", {}),
    ],
)
def test_label_values(line: str, want: dict) -> None:
    assert label_values(line) == want


def test_long_titles_sharing_a_label_over_their_abstracts_stay_titles() -> None:
    """``repeats`` now sees a title set right over its abstract's one long line (the
    first line of that prose run): ICML's ``Position: …`` titles, long enough to join
    the run, on every card are still each card's only title line, and nothing is learned."""
    lines = list(HEAD)
    for c in CARDS:
        lines += [f"Position: {c['title']}", c["abstract"], f"Stars: {len(c['title'])}", ""]
    records, log = parse_page(lines)
    assert [r.title for r in records] == [f"Position: {c['title']}" for c in CARDS]
    assert log.chrome[KIND] == 12
    assert [r.meta.get("stars") for r in records] == [len(c["title"]) for c in CARDS]
