"""Round 28 (ux28): how a card's own parts are marked up and parted (the opt-in ``parts``
arrangement, ``benchmarks/pagegen_parts.py``). Pages of ten real arXiv cards
(``fixtures/pages_ua24.json``), in the blank-line (A) and compact (B) layouts, each with
one habit on every card: a link's mark after the title (``[PDF]``, ``(v2)``, `` ↗``), the
abstract's label in IEEE's and emphasised forms (``Abstract—``, ``**Abstract.**``), the
abstract clipped by the site's fold (``… Show more``, ``(continued)``), the title set in
``__bold__``, the card's values in one tab-joined line, the abstract folded in
``<details>``, a rule of em dashes between cards. Every record's title and abstract is
asserted, and every line keeps one place (page lines = record lines + chrome + blanks +
rejects)."""

from __future__ import annotations

import textwrap

import pytest

from papercorpus.records import Record
from papercorpus.sources.pages.card_marks import label_end, tail_end
from papercorpus.sources.pages.card_notes import CELLS, note_kind, note_values
from papercorpus.sources.pages.fold_marks import fold_end

from .page_excerpts import CARDS, HEAD, accounted, card_page, parse_page


def _read(lines: list[str], cards: list[tuple[str, str]] | None = None) -> list[Record]:
    records, log = parse_page(lines)
    accounted(lines, log)
    want = cards or [(c["title"], c["abstract"]) for c in CARDS]
    assert [(r.title, r.abstract) for r in records] == want
    return records


def _wrapped(c: dict, layout: str) -> list[str]:
    """The abstract on one line (A; W: compact, as a web capture sets it), or wrapped."""
    return (
        [c["abstract"]]
        if layout in "AW"
        else textwrap.wrap(c["abstract"], 80, break_on_hyphens=False)
    )


def _laid(layout: str, title: list[str], body: list[str], post: list[str] = ()) -> list[str]:
    if layout == "A":
        return [*title, "", *body, *post, ""]
    return [*title, *body, *post]


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("mark", [" [PDF]", " (v2)", " [arXiv]", " ↗", " [pdf] [code]"])
def test_a_links_mark_after_each_title(mark: str, layout: str) -> None:
    """``Title [PDF]``: the mark is the listing's, not the title's (before: in every title)."""

    def card(i: int, c: dict) -> list[str]:
        return _laid(layout, [c["title"] + mark], _wrapped(c, layout))

    _read(card_page(card))


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize(
    "label", ["Abstract—", "**Abstract.** ", "*Abstract:* ", "__Abstract__: ", "ABSTRACT: "]
)
def test_a_label_opening_each_abstract(label: str, layout: str) -> None:
    """``Abstract—…`` / ``**Abstract.** …``: the label is no text of the abstract, and an
    emphasised one opens no bold title (before: kept in the abstract, or a record)."""

    def card(i: int, c: dict) -> list[str]:
        body = _wrapped(c, layout)
        return _laid(layout, [c["title"]], [label + body[0], *body[1:]])

    _read(card_page(card))


@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_label_on_indented_abstracts(layout: str) -> None:
    """The page's label habit is seen on indented lines too (``    ABSTRACT: …``)."""

    def card(i: int, c: dict) -> list[str]:
        body = _wrapped(c, layout)
        return _laid(
            layout, [c["title"]], ["    " + s for s in ["ABSTRACT: " + body[0], *body[1:]]]
        )

    _read(card_page(card))


def _clipped(c: dict, keep: float) -> tuple[list[str], str]:
    """The abstract's words up to ``keep`` of them, wrapped at 80; the text shown."""
    words = c["abstract"].split()
    shown = " ".join(words[: int(len(words) * keep)])
    return textwrap.wrap(shown, 80, break_on_hyphens=False), shown


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("fold", ["… Show more", "... Read more", "…more", " (continued)", " […]"])
def test_an_abstract_clipped_by_the_sites_fold(fold: str, layout: str) -> None:
    """``… a deep-compressed (continued)``: the abstract is the text shown before the fold,
    and the fold ends it: a card of a title alone under it is no rest of it (before: the
    fold in the abstract, and such a title glued to it)."""
    want = []

    def card(i: int, c: dict) -> list[str]:
        if i % 4 == 3:  # (a card without an abstract, right under a clipped one)
            want.append((c["title"], ""))
            return [c["title"], ""] if layout == "A" else [c["title"]]
        lines, shown = _clipped(c, 0.6)
        want.append((c["title"], shown))
        lines[-1] += fold
        return _laid(layout, [c["title"]], lines)

    lines = card_page(card)
    _read(lines, want)


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("form", ["__{}__", "- __{}__", "**{}**"])
def test_a_title_set_bold_with_underscores(form: str, layout: str) -> None:
    """``__Title__`` is markdown's bold as ``**Title**`` is (before: the marks kept)."""

    def card(i: int, c: dict) -> list[str]:
        return _laid(layout, [form.format(c["title"])], _wrapped(c, layout))

    _read(card_page(card))


@pytest.mark.parametrize("layout", ["A", "B", "W"])
@pytest.mark.parametrize("order", [0, 1, 2])
def test_the_cards_values_in_one_tab_joined_line(order: int, layout: str) -> None:
    """``Jun 4, 2024<TAB>5 authors<TAB>12 comments`` under the title: chrome, its values the
    card's (before: a record of its own on compact pages, ``Jun 4, 2024<TAB>5 authors``)."""

    def card(i: int, c: dict) -> list[str]:
        cells = [f"Jun {i + 3}, 2024", f"{i + 2} authors", f"{i} comments"]
        if order == 1:
            cells = cells[1:] + cells[:1]
        elif order == 2:
            cells = cells[:2]
        return _laid(layout, [c["title"], "\t".join(cells)], _wrapped(c, layout))

    records = _read(card_page(card))
    assert [r.meta.get("n_authors") for r in records] == [i + 2 for i in range(len(CARDS))]
    if order != 2:
        assert [r.meta.get("comments") for r in records] == list(range(len(CARDS)))


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("split", [False, True])
def test_an_abstract_folded_in_details(split: bool, layout: str) -> None:
    """``<details><summary>Abstract</summary>`` … ``</details>`` around the abstract, and a
    rule of em dashes between cards: markup (before: ``</details>`` a record under a
    clipped abstract)."""

    def card(i: int, c: dict) -> list[str]:
        opening = (
            ["<details>", "<summary>Abstract</summary>"]
            if split
            else ["<details><summary>Abstract</summary>"]
        )
        lines, _ = _clipped(c, 1.0)
        return [c["title"], *opening, *lines, "</details>", "—" * 24]

    _read(card_page(card))


def test_the_marks_read_off_lines() -> None:
    s = "Attention Is All You Need [PDF]"
    assert s[: tail_end(s)] == "Attention Is All You Need"
    for s in ("Segment Anything (v2)", "Title ↗", "Title [pdf] [code]"):
        assert tail_end(s) < len(s)
    # a title's own brackets stay
    for s in ("Self-Supervised Learning [Extended Version]", "GPT-4 (2023)", "On [CLS] Tokens"):
        assert tail_end(s) == len(s)
    assert label_end("Abstract—We study") == len("Abstract—")
    assert label_end("**Abstract.** We study") == len("**Abstract.** ")
    for s in ("Abstracting away details", "Abstract syntax trees are", "Abstract: "):
        assert label_end(s) == 0
    assert fold_end("we propose… Show more") == len("we propose")
    assert fold_end("a deep-compressed (continued)") == len("a deep-compressed")
    for s in ("we show more results", "…more", "as shown (see more below)"):
        assert fold_end(s) == len(s)


def test_a_tab_joined_line_is_cells_only_when_every_cell_is_a_value() -> None:
    assert note_kind("Jun 4, 2024\t5 authors\t12 comments") == CELLS
    assert note_values(CELLS, "5 authors\tJun 4, 2024") == {
        "n_authors": 5,
        "published": "Jun 4, 2024",
    }
    for s in ("Results\t5 authors", "Table 1\t0.82\t0.91", "5 authors"):
        assert note_kind(s) != CELLS


@pytest.mark.parametrize("layout", ["A", "B", "W"])
@pytest.mark.parametrize("label", ["Abstract", "**Abstract**", "Abstract:"])
def test_a_label_on_a_line_of_its_own(label: str, layout: str) -> None:
    """``**Abstract**`` alone over each abstract: the section's name, no title (before: a
    record ``Abstract`` on compact pages)."""

    def card(i: int, c: dict) -> list[str]:
        return _laid(layout, [c["title"], label], _wrapped(c, layout))

    _read(card_page(card))


@pytest.mark.parametrize("pad", ["\t", "    "])
def test_abstracts_set_in_under_titles_at_the_margin(pad: str) -> None:
    """A page that sets every abstract in (a tab, four spaces) under titles at the margin,
    compact: a line back at the margin is the next card's title, whatever its words
    (``Query Nearby: …`` under an abstract's ``future research.``)."""
    cards = [*CARDS[1:], CARDS[0]]  # (each title under the abstract of another paper)
    lines = list(HEAD)
    for c in cards * 3:
        lines += [
            c["title"],
            *(pad + s for s in textwrap.wrap(c["abstract"], 80, break_on_hyphens=False)),
        ]
    records, log = parse_page(lines)
    assert [(r.title, r.abstract) for r in records] == [
        (c["title"], c["abstract"]) for c in cards * 3
    ]


def test_set_off_is_a_pages_habit() -> None:
    from papercorpus.sources.pages.card_marks import set_off_page

    body = ["\t" + s for s in textwrap.wrap(CARDS[0]["abstract"], 60)]
    assert set_off_page(["Title A", *body, "Title B", *body] * 3)
    # a first-line indent: one line set in a paragraph
    para = ["    First line of a paragraph", "the rest at the margin", "and more"]
    assert not set_off_page(para * 20)
