"""Round 26 (ux26): card notes no arrangement drew (the opt-in ``fresh`` arrangement,
``benchmarks/pagegen_fresh.py``). Pages of ten real arXiv cards (``fixtures/pages_ua24.json``:
papers of June 2025, with their authors), each with one kind of note on every card, in the
blank-line (A) and compact (B) layouts: the card's date in numbers (``07/10/2024``), its
authors with affiliation marks and the marks' legend, arXiv subject codes, a venue, an AI
summary under ``TL;DR:``, ``Code:`` / ``Project page:`` links, a thumbnail whose alt text is
the title. Before ``card_notes`` each such line was read as a title (the card's own title
then a record without an abstract); the thumbnail's pages were read right before and are
tested as a guard. Every record's
title and abstract is asserted, and every line keeps one place (page lines = record lines
+ chrome + blanks + rejects)."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

import pytest

from papercorpus.fields import EXTRA
from papercorpus.sources.pages.card_notes import note_kind

from .page_excerpts import CARDS, HEAD, accounted, card_page, parse_page, read_cards

SUP = "¹²³"
ORGS = ("MIT", "Stanford University", "Tsinghua University")


def _laid(layout: str, title: list[str], notes: list[str], c: dict, post: list[str]) -> list[str]:
    """A card: notes under the title, then the abstract (wrapped at 80 in layout B), then
    the notes under it."""
    if layout == "A":
        out = [*title, *notes, "", c["abstract"], *post, ""]
        return out
    return [*title, *notes, *textwrap.wrap(c["abstract"], 80, break_on_hyphens=False), *post]


def _sentence(c: dict) -> str:
    """A one-line summary: the abstract's shortest sentence of one-liner size."""
    sizes = [s for s in re.split(r"(?<=\.) (?=[A-Z])", c["abstract"]) if 40 <= len(s) <= 250]
    return min(sizes, key=len) if sizes else "This paper presents a new method."


_DATES = ("{d:02d}/{m:02d}/2024", "{d}.{m}.2024", "2024/{m:02d}/{d:02d}")


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("form", range(3))
def test_a_date_in_numbers_under_each_title(form: int, layout: str) -> None:
    """``07/10/2024`` under the title: a date, no title (no record of its own)."""

    def card(i: int, c: dict) -> list[str]:
        date = _DATES[form].format(d=i + 3, m=i % 12 + 1)
        return _laid(layout, [c["title"]], [date], c, [])

    read_cards(card_page(card))


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("marks", ["sup", "caret"])
def test_authors_with_affiliation_marks(marks: str, layout: str) -> None:
    """``Ann Lee¹, Bo Chen²`` and ``¹MIT ²Stanford University`` under the title (the real
    authors of the ten papers): the card's authors, no record."""

    def card(i: int, c: dict) -> list[str]:
        n = len(c["authors"])
        if marks == "sup":
            people = ", ".join(f"{a}{SUP[j % 3]}" for j, a in enumerate(c["authors"]))
            legend = " ".join(f"{SUP[j]}{o}" for j, o in enumerate(ORGS[: min(3, n)]))
        else:
            people = ", ".join(f"{a}^{j % 3 + 1}" for j, a in enumerate(c["authors"]))
            legend = "; ".join(f"^{j + 1} {o}" for j, o in enumerate(ORGS[: min(3, n)]))
        return _laid(layout, [c["title"]], [people, legend], c, [])

    records = read_cards(card_page(card))
    assert [r.meta.get("authors") for r in records] == [c["authors"] for c in CARDS]


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("form", ["codes", "names"])
def test_subject_codes_under_each_title(form: str, layout: str) -> None:
    """``cs.CL; cs.AI`` or ``Computation and Language (cs.CL); Machine Learning (cs.LG)``
    (no label) under the title: the card's categories."""
    cats = [("cs.CL", "Computation and Language"), ("cs.LG", "Machine Learning")]

    def card(i: int, c: dict) -> list[str]:
        shown = cats[: i % 2 + 1]
        line = "; ".join(code if form == "codes" else f"{name} ({code})" for code, name in shown)
        return _laid(layout, [c["title"]], [line], c, [])

    records = read_cards(card_page(card))
    assert [r.meta.get("categories") for r in records] == [
        [code for code, _ in cats[: i % 2 + 1]] for i in range(len(CARDS))
    ]


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("form", ["Accepted at {} 2025", "{} 2025 (Oral)"])
def test_a_venue_under_each_title(form: str, layout: str) -> None:
    """``Accepted at NeurIPS 2025`` / ``ICLR 2025 (Oral)`` under the title: kept in
    ``extra`` (no field reads a venue), no record."""
    confs = ("NeurIPS", "ICLR", "ICML", "CVPR", "ACL")

    def card(i: int, c: dict) -> list[str]:
        return _laid(layout, [c["title"]], [form.format(confs[i % 5])], c, [])

    records = read_cards(card_page(card))
    for i, r in enumerate(records):
        extra = r.meta[EXTRA]
        assert isinstance(extra, dict)
        assert extra["venue"] == form.format(confs[i % 5])


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("label", ["TL;DR: ", "Summary: ", "**TL;DR:** "])
def test_an_ai_summary_over_each_abstract(label: str, layout: str) -> None:
    """``TL;DR: <one sentence>`` between the title and the abstract: the card's
    ``ai_summary``; the abstract stays whole."""

    def card(i: int, c: dict) -> list[str]:
        return _laid(layout, [c["title"]], [label + _sentence(c)], c, [])

    records = read_cards(card_page(card))
    assert [r.meta.get("ai_summary") for r in records] == [_sentence(c) for c in CARDS]


@pytest.mark.parametrize("layout", ["A", "B"])
def test_code_and_project_links_under_each_abstract(layout: str) -> None:
    """``Code: https://github.com/…`` and ``Project page: https://….github.io/…/`` under the
    abstract: the page's furniture (``repeats``: a labelled link is no paragraph's last
    line), the card's links, no record, nothing glued to the next card."""

    def card(i: int, c: dict) -> list[str]:
        post = [
            f"Code: https://github.com/lab{i}/repo",
            f"Project page: https://lab{i}.github.io/p/",
        ]
        return _laid(layout, [c["title"]], [], c, post)

    records = read_cards(card_page(card))
    assert [r.meta.get("urls") for r in records] == [
        [f"https://github.com/lab{i}/repo", f"https://lab{i}.github.io/p/"]
        for i in range(len(CARDS))
    ]


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("linked", [False, True])
def test_a_thumbnail_with_the_title_as_its_alt_text(linked: bool, layout: str) -> None:
    """``![Title](https://cdn-thumbnails…/ID.png)`` over the title (or the image linked to the
    paper's page): an image, its alt text no second title."""
    thumbs = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers"

    def card(i: int, c: dict) -> list[str]:
        img = f"![{c['title']}]({thumbs}/{c['id']}.png)"
        if linked:
            img = f"[{img}](https://huggingface.co/papers/{c['id']})"
        return _laid(layout, [img, c["title"]], [], c, [])

    read_cards(card_page(card))


@pytest.mark.parametrize(
    "line",
    [
        "TLDR: Extreme Summarization of Scientific Documents",  # a title (no sentence's end)
        "Attention Is All You Need",
        "Kandinsky 5.0",
        "GPT-4 Technical Report 2023",
        "Scaling Laws, Revisited²",
        "The area of the disc then grows as r²",
        "2024",
        "12.5",
        "Code generation with large language models: a survey",
    ],
)
def test_lines_no_note_kind_takes(line: str) -> None:
    """Titles and abstract lines with a mark, a year or a label's word are no notes."""
    assert note_kind(line) is None


# --------------------------------------------------------------------------- a table


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"


_TABLES: dict[str, tuple[str, str, Callable[[int, dict], list[str]]]] = {
    "linked": (
        "| Paper | Upvotes | Abstract |",
        "|---|---:|---|",
        lambda i, c: [
            f"[{c['title']}](https://huggingface.co/papers/{c['id']})",
            str(i * 7),
            c["abstract"],
        ],
    ),
    "plain": ("| Title | Abstract |", "| --- | --- |", lambda i, c: [c["title"], c["abstract"]]),
    "votes_last": (
        "| Paper | Summary | Votes |",
        "|:--|:--|--:|",
        lambda i, c: [
            f"[{c['title']}](https://huggingface.co/papers/{c['id']})",
            c["abstract"],
            str(i),
        ],
    ),
    "no_abstract": (
        "| # | Paper | Date |",
        "|---|---|---|",
        lambda i, c: [
            str(i + 1),
            f"[{c['title']}](https://huggingface.co/papers/{c['id']})",
            f"2025-06-{i + 3:02d}",
        ],
    ),
}


@pytest.mark.parametrize("form", sorted(_TABLES))
def test_a_listing_set_as_a_table(form: str) -> None:
    """One card a row under a header and its divider: the column of titles and the column
    of prose are each card's title and abstract; a table without a prose column holds
    cards of a title alone (each row one card, none glued to the next). The rows' line
    is counted once (page lines = record lines + chrome + blanks + rejects)."""
    head, rule, row = _TABLES[form]
    lines = [
        *HEAD,
        head,
        rule,
        *(_row(row(i, c)) for i, c in enumerate(CARDS)),
        "",
        "Previous",
        "Next",
    ]
    records, log = parse_page(lines)
    accounted(lines, log)
    want = [(c["title"], "" if form == "no_abstract" else c["abstract"]) for c in CARDS]
    assert [(r.title, r.abstract) for r in records] == want
    if form != "plain":
        assert [r.arxiv_id for r in records] == [c["id"] for c in CARDS]


def test_a_table_of_no_cards_is_left_as_it_is() -> None:
    """A table whose rows hold no column of titles (counts and dates only) is no listing:
    its lines are read as before (``table_columns`` finds no columns)."""
    from papercorpus.sources.pages.table_rows import table_columns

    rows = ["| Date | Papers |", "|---|---|", "| 2025-06-03 | 12 |", "| 2025-06-04 | 9 |"]
    assert table_columns(rows) is None


@pytest.mark.parametrize("form", ["votes_last", "linked"])
def test_a_row_whose_abstract_cell_is_empty(form: str) -> None:
    """``| [Title](url) |  | 152 |`` in a table of abstracts (two such rows in a row): a
    card of its title alone; the next row's title is no abstract of it."""
    head, rule, row = _TABLES[form]
    bare = {2, 3, 7}

    def cells(i: int, c: dict) -> list[str]:
        return row(i, {**c, "abstract": ""} if i in bare else c)

    lines = [*HEAD, head, rule, *(_row(cells(i, c)) for i, c in enumerate(CARDS)), "", "Next"]
    records, log = parse_page(lines)
    accounted(lines, log)
    want = [(c["title"], "" if i in bare else c["abstract"]) for i, c in enumerate(CARDS)]
    assert [(r.title, r.abstract) for r in records] == want
