"""Round 25 (ux25): card chrome and card text set where no arrangement set them (the opt-in
``unseen`` arrangement, ``benchmarks/pagegen_unseen.py``). Pages of ten real arXiv cards
(``fixtures/pages_ua24.json``: papers of June 2025, with their authors), each with one
trait on every card: the listing's words in another language (``Eingereicht von …``,
``Veröffentlicht am 7. Okt. 2024``, ``5 Autoren``, ``提交者：…``), a line of the authors'
names under the title, the paper's link on the title's line, abstracts in two paragraphs,
several values on one line set apart by ``—`` or ``/``. Every record's title and abstract
is asserted, and every line keeps one place (page lines = record lines + chrome + blanks
+ rejects)."""

from __future__ import annotations

import json
import re
import textwrap

import pytest

from papercorpus.fields import EXTRA
from papercorpus.sources.pages.furniture_values import label_values
from papercorpus.sources.pages.opener_shapes import names_shape, opener_shape, split_names
from papercorpus.sources.pages.repeats import shape
from papercorpus.sources.pages.title_links import title_link

from .page_excerpts import CARDS, FIXTURES, card_page, parse_page, read_cards

EXCERPTS: dict[str, dict] = json.loads((FIXTURES / "pages_ux25.json").read_text(encoding="utf-8"))[
    "excerpts"
]
_DE = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.")
_FR = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.")
SUBMITTERS = ("Ann Lee", "Bo Chen", "Kai Park", "Dara Novak", "Emil Sato")


def _wrapped(text: str, width: int = 80) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False)


def _names(c: dict, joined: str) -> str:
    a = c["authors"]
    return ", ".join(a) if joined == "," else ", ".join(a[:-1]) + " and " + a[-1]


# --------------------------------------------------------------------------- a translated page

_LANGS = {
    "de": ("Eingereicht von {}", "Veröffentlicht am {d}. {m} 2025", "{n} Autoren", _DE),
    "fr": ("Soumis par {}", "Publié le {d} {m} 2025", "{n} auteurs", _FR),
    "zh": ("提交者：{}", "发布于 2025年{mn}月{d}日", "{n} 位作者", _DE),
}


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("lang", sorted(_LANGS))
def test_a_page_in_another_language(lang: str, layout: str) -> None:
    """``Eingereicht von Ann Lee`` over the title, ``Veröffentlicht am 7. Okt. 2025`` and
    ``5 Autoren`` under it: the listing's own words, translated; fixed words then a value on
    every card are the page's furniture, and their values are kept as printed."""
    by, on, count, months = _LANGS[lang]

    def card(i: int, c: dict) -> list[str]:
        date = on.format(d=i + 3, m=months[i], mn=i + 1)
        lines = [by.format(SUBMITTERS[i % 5]), c["title"], date, count.format(n=len(c["authors"]))]
        body = _wrapped(c["abstract"]) if layout == "B" else [c["abstract"]]
        if layout == "A":
            return [lines[0], "", lines[1], "", lines[2], lines[3], "", *body, ""]
        return [*lines, *body]

    records = read_cards(card_page(card))
    for i, r in enumerate(records):
        extra = r.meta[EXTRA]
        assert isinstance(extra, dict)
        assert SUBMITTERS[i % 5] in extra.values()
        assert str(len(CARDS[i]["authors"])) in extra.values()


# --------------------------------------------------------------------------- names, links


@pytest.mark.parametrize("joined", [",", "and"])
@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_line_of_names_under_each_title(joined: str, layout: str) -> None:
    """``Andrew Zhu, Evan Osgood and Chris Callison-Burch`` under the title: the card's
    authors, no record (the real authors of the ten papers, ``Huan-ang Gao``, ``Lisa C.
    Adams``, ``Vu Minh Hieu Phan`` among them)."""

    def card(i: int, c: dict) -> list[str]:
        if layout == "A":
            return [c["title"], _names(c, joined), "", c["abstract"], ""]
        return [c["title"], _names(c, joined), *_wrapped(c["abstract"])]

    records = read_cards(card_page(card))
    assert [r.meta.get("authors") for r in records] == [c["authors"] for c in CARDS]


@pytest.mark.parametrize(
    "link",
    [
        " https://huggingface.co/papers/{id}",
        " (arxiv.org/abs/{id})",
        " — https://arxiv.org/abs/{id}",
    ],
)
def test_the_papers_link_on_its_titles_line(link: str) -> None:
    """``Title https://huggingface.co/papers/2505.22809``: the title, and the card's id."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"] + link.format(id=c["id"]), "", c["abstract"], ""]

    records = read_cards(card_page(card))
    assert [r.arxiv_id for r in records] == [c["id"] for c in CARDS]


def test_a_linked_title_right_under_an_abstract() -> None:
    """No blank lines, abstracts wrapped at 80: the title line ending in its link, under
    the abstract's last sentence, opens the next card (it was the abstract's wrapped rest:
    the card lost, its title and link glued onto the abstract above)."""

    def card(i: int, c: dict) -> list[str]:
        return [f"{c['title']} https://huggingface.co/papers/{c['id']}", *_wrapped(c["abstract"])]

    records = read_cards(card_page(card))
    assert [r.arxiv_id for r in records] == [c["id"] for c in CARDS]


def test_an_abstract_ending_in_a_link_keeps_it() -> None:
    """An abstract's last sentence pointing at a paper is the abstract's (only a title's
    line is read for its link)."""
    tail = " Code at https://arxiv.org/abs/2401.00001"

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "", c["abstract"] + tail, ""]

    records, _ = parse_page(card_page(card))
    assert [r.abstract for r in records] == [c["abstract"] + tail for c in CARDS]


# --------------------------------------------------------------------------- setext titles


@pytest.mark.parametrize("mark", ["=", "-"])
def test_underlined_titles_over_a_line_of_names(mark: str) -> None:
    """``Title link`` / ``=====`` (as wide as the line) / names / abstract wrapped at 80, no
    blank lines: the underline is markup, no line of prose, so the page's cards are seen
    and the names line, on every card, learned as their furniture."""

    def card(i: int, c: dict) -> list[str]:
        title = f"{c['title']} https://huggingface.co/papers/{c['id']}"
        return [title, mark * len(title), _names(c, "and"), *_wrapped(c["abstract"])]

    records = read_cards(card_page(card))
    assert [r.meta.get("authors") for r in records] == [c["authors"] for c in CARDS]
    assert [r.arxiv_id for r in records] == [c["id"] for c in CARDS]


def test_underlined_titles_of_a_generated_page() -> None:
    """The head of a generated page (``fixtures/pages_ux25.json``, real titles and
    abstracts): ``Title https://…`` / an underline of 60-130 ``-`` as wide as that line /
    names / abstract, no blank lines. The underline was read as a wide line of prose, so
    title, underline and abstract made one run, no card showed a title of its own beside
    its names line, and the names were not learned: 25 records for 13 cards."""
    page = EXCERPTS["unseen96_p000009_names_setext_links"]
    records, log = parse_page(page["lines"])
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(
        page["lines"]
    )
    assert [[r.title, r.abstract] for r in records] == page["cards"]
    assert [r.arxiv_id for r in records] == page["ids"]
    assert [r.meta.get("authors") for r in records] == page["authors"]


# --------------------------------------------------------------------------- paragraphs


def test_abstracts_in_two_paragraphs_beside_translated_furniture() -> None:
    """Half the abstracts in two paragraphs (a blank line between): the abstract is one
    card's however many paragraphs it has, so the furniture on every card is still seen
    on (nearly) every card, and learned."""

    def card(i: int, c: dict) -> list[str]:
        head = [
            f"Soumis par {SUBMITTERS[i % 5]}",
            "",
            c["title"],
            "",
            f"{len(c['authors'])} auteurs",
        ]
        text = c["abstract"]
        cut = [m.end() for m in re.finditer(r"[a-z]\. (?=[A-Z])", text)]
        if i % 2 and cut:
            at = min(cut, key=lambda k: abs(k - len(text) / 2))
            return [*head, "", text[: at - 1], "", text[at:], ""]
        return [*head, "", text, ""]

    records, log = parse_page(card_page(card))
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(
        card_page(card)
    )
    assert [r.title for r in records] == [c["title"] for c in CARDS]
    assert [" ".join(r.abstract.split()) for r in records] == [c["abstract"] for c in CARDS]


# --------------------------------------------------------------------------- separators


@pytest.mark.parametrize("sep", [" — ", " / ", " • "])
def test_values_on_one_line_set_apart_by_a_dash_or_a_slash(sep: str) -> None:
    """``Jun 4, 2025 — 5 authors — 12 comments`` under the abstract: each value read."""

    def card(i: int, c: dict) -> list[str]:
        values = sep.join((f"Jun {i + 3}, 2025", f"{len(c['authors'])} authors", f"{i} comments"))
        return [c["title"], "", c["abstract"], "", values, ""]

    records = read_cards(card_page(card))
    for i, r in enumerate(records):
        assert (r.meta.get("published"), r.meta.get("comments")) == (f"Jun {i + 3}, 2025", i)
        assert r.meta.get("n_authors") == len(CARDS[i]["authors"])


# --------------------------------------------------------------------------- units


def test_opener_and_names_shapes() -> None:
    assert opener_shape("Enviado por Emil Voss") == "O:enviado por"
    assert opener_shape("Veröffentlicht am 7. Okt. 2024") == "O:veröffentlicht am"
    assert opener_shape("提交者：Ann Lee") == "O:提交者："
    assert shape("Publié le 7 oct. 2024") == shape("Publié le 12 mars 2023")
    # a title runs longer than a value; a sentence's words are no opener
    assert opener_shape("Learning to Rank with Partial Labels in Large Collections") is None
    assert opener_shape("We propose a method") is None
    assert names_shape("Ann Lee, Bo Chen and Kai Park") == "N:"
    assert split_names("Lisa C. Adams, Huan-ang Gao & Vu Minh Hieu Phan") == [
        "Lisa C. Adams",
        "Huan-ang Gao",
        "Vu Minh Hieu Phan",
    ]
    # titles listing capitalised terms hold words many abstracts hold
    assert split_names("Information Theory and Statistical Learning") is None
    assert split_names("Attention Is All You Need") is None
    assert split_names("Ann Lee-, Bo Chen") is None  # (a hyphen ending a word)
    assert label_values("5 Autoren · 12 Kommentare") == {
        EXTRA: {"Autoren": "5", "Kommentare": "12"}
    }
    assert label_values("Eingereicht von Ann Lee") == {EXTRA: {"Eingereicht von": "Ann Lee"}}


def test_title_link() -> None:
    assert title_link("A Title https://huggingface.co/papers/2406.12345") == (
        "A Title",
        "2406.12345",
    )
    assert title_link("A Title (arxiv.org/abs/2406.12345v2)") == ("A Title", "2406.12345")
    assert title_link("https://arxiv.org/abs/2406.12345") is None
    assert title_link("A Title (arxiv.org/abs/2406.12345") is None
    assert title_link("A Title 2406.12345") is None
