"""Round 24 (ua24): card chrome set where no arrangement set it before (the opt-in
``novel`` arrangement, ``benchmarks/pagegen_novel.py``). Pages of ten real arXiv cards
(``fixtures/pages_ua24.json``: papers of June 2025 whose abstracts hold a ``&``), each
page with one trait on every card: a rank opening the title (``#3 Title``, ``[3] Title``),
the author count closing it (``Title — 4 authors``), a label opening the abstract
(``Abstract:``, ``Abstract.``), HTML a capture left (``&amp;``, ``&nbsp;``, ``<br>``), a line
of hashtags, a card's ``…more`` expander. Every record's title and abstract is asserted,
and every line keeps one place (page lines = record lines + chrome + blanks + rejects)."""

from __future__ import annotations

import textwrap

import pytest

from papercorpus.fields import EXTRA
from papercorpus.records import Record
from papercorpus.sources.pages.card_marks import abstract_marks, title_marks
from papercorpus.sources.pages.hashtags import hashtag_line
from papercorpus.sources.pages.html_marks import unescape_html

from .page_excerpts import CARDS, accounted, card_page, parse_page

TAGS = ("#LLM", "#Vision #3D", "#Agents #RL #Reasoning", "#Speech", "#Diffusion #Robotics")


def _read(lines: list[str]) -> tuple[list[Record], dict[str, int]]:
    records, log = parse_page(lines)
    accounted(lines, log)
    assert [(r.title, r.abstract) for r in records] == [(c["title"], c["abstract"]) for c in CARDS]
    return records, dict(log.chrome)


def _wrapped(text: str, width: int = 80) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False)


@pytest.mark.parametrize("mark", ["#{n} ", "[{n}] "])
def test_a_rank_opening_each_title(mark: str) -> None:
    """``#3 Title`` / ``[3] Title``: the listing's rank, not the paper's title."""

    def card(i: int, c: dict) -> list[str]:
        return [mark.format(n=i + 1) + c["title"], "", c["abstract"], ""]

    _read(card_page(card))


@pytest.mark.parametrize("mark", ["### #{n} {link}", "[{n}] {link}", "{link} — {a} authors"])
def test_marks_around_a_markdown_title_link(mark: str) -> None:
    """``### #3 [Title](url)``, ``[3] [Title](url)``, ``[Title](url) — 4 authors``: the
    link is the title's, with its paper's id; the author count the card's."""

    def card(i: int, c: dict) -> list[str]:
        link = f"[{c['title']}](https://huggingface.co/papers/{c['id']})"
        return [mark.format(n=i + 1, link=link, a=len(c["authors"])), "", c["abstract"], ""]

    lines = card_page(card)
    records, log = parse_page(lines)
    accounted(lines, log)
    # (titles and ids: a markdown page reads its abstracts' LaTeX backslashes as escapes)
    assert [r.title for r in records] == [c["title"] for c in CARDS]
    assert [r.arxiv_id for r in records] == [c["id"] for c in CARDS]
    if "authors" in mark:
        assert [r.meta.get("n_authors") for r in records] == [len(c["authors"]) for c in CARDS]


@pytest.mark.parametrize("section", ["## Trending this week", "# Most upvoted today"])
def test_a_section_heading_over_a_group_of_cards(section: str) -> None:
    """``## Trending this week`` over every third card of a page whose titles are ``###``
    headings: a heading over a group of cards, not a title without an abstract."""

    def card(i: int, c: dict) -> list[str]:
        link = f"[{c['title']}](https://huggingface.co/papers/{c['id']})"
        head = [section, ""] if i % 3 == 1 else []
        return [*head, f"### {link}", "", c["abstract"], ""]

    lines = card_page(card)
    records, log = parse_page(lines)
    accounted(lines, log)
    assert [r.title for r in records] == [c["title"] for c in CARDS]
    assert log.chrome["section"] == 3


@pytest.mark.parametrize("tail", [" — {n} authors", " ({n} authors)", " · {n} authors"])
def test_the_author_count_on_the_title_line(tail: str) -> None:
    """``Title — 4 authors``: the count is the card's ``n_authors``, the title the paper's."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"] + tail.format(n=len(c["authors"])), "", c["abstract"], ""]

    records, _ = _read(card_page(card))
    assert [r.meta.get("n_authors") for r in records] == [len(c["authors"]) for c in CARDS]


@pytest.mark.parametrize("label", ["Abstract: ", "Abstract. ", "ABSTRACT. "])
def test_a_label_opening_each_abstract(label: str) -> None:
    """``Abstract: We study …`` on the abstract's first line (set wrapped here)."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "", *_wrapped(label + c["abstract"]), ""]

    _read(card_page(card))


def test_one_labelled_abstract_is_kept_as_scraped() -> None:
    """One card whose abstract opens with ``Abstract:`` (two of the Hugging Face scrape's
    do) on a page that labels no other: the paper's text as scraped, kept; no title."""

    def card(i: int, c: dict) -> list[str]:
        label = "Abstract: " if i == 4 else ""
        return [c["title"], "", *_wrapped(label + c["abstract"]), ""]

    records, _ = parse_page(card_page(card))
    assert [r.title for r in records] == [c["title"] for c in CARDS]
    assert records[4].abstract == "Abstract: " + CARDS[4]["abstract"]


def test_html_a_capture_left_in_the_abstracts() -> None:
    """``&amp;`` for each ``&``, ``&nbsp;`` between two words, ``<br>`` closing each wrapped
    line: the text a browser shows."""

    def card(i: int, c: dict) -> list[str]:
        lines = _wrapped(c["abstract"].replace("&", "&amp;"))
        lines[0] = lines[0].replace(" ", "&nbsp;", 1)
        broken = [s + "<br>" for s in lines[:-1]]
        return [c["title"].replace("&", "&amp;"), "", *broken, lines[-1], ""]

    _read(card_page(card))


def test_one_entity_on_a_plain_page_is_kept() -> None:
    """A page that shows HTML on one line only means it (``row23_encoding``): the text is
    kept as read."""

    def card(i: int, c: dict) -> list[str]:
        abstract = c["abstract"].replace("&", "&amp;") if i == 3 else c["abstract"]
        return [c["title"], "", abstract, ""]

    records, _ = parse_page(card_page(card))
    assert "&amp;" in records[3].abstract
    assert [r.title for r in records] == [c["title"] for c in CARDS]


@pytest.mark.parametrize("under", ["title", "abstract"])
def test_a_line_of_hashtags(under: str) -> None:
    """``#Vision #3D`` under the title or the abstract: chrome, kept in ``extra`` as
    printed; no record of its own, nothing glued."""

    def card(i: int, c: dict) -> list[str]:
        tags = TAGS[i % len(TAGS)]
        if under == "title":
            return [c["title"], tags, "", c["abstract"], ""]
        return [c["title"], "", c["abstract"], tags, ""]

    records, chrome = _read(card_page(card))
    assert chrome["tags"] == 10
    assert [r.meta[EXTRA] for r in records] == [
        {"tags": TAGS[i % len(TAGS)]} for i in range(len(CARDS))
    ]


def test_emoji_counters_under_a_line_of_hashtags_are_the_card_s() -> None:
    """title / ``#LLM`` / ``🔥 463 · 💬 19 · ⭐ 1.2k`` / abstract (novel 84 p000244): the
    counters under the title are its card's (comments, stars); read as opening the next
    card, every card had the one above's (97 values on the wrong card)."""

    def card(i: int, c: dict) -> list[str]:
        tags = TAGS[i % len(TAGS)]
        return [
            c["title"],
            "",
            tags,
            "",
            f"🔥 {400 + i} · 💬 {i} · ⭐ {i + 1}.2k",
            "",
            *_wrapped(c["abstract"], 100),
            "",
        ]

    records, _ = _read(card_page(card))
    assert [(r.meta.get("comments"), r.meta.get("stars")) for r in records] == [
        (i, (i + 1) * 1000 + 200) for i in range(len(CARDS))
    ]


def test_blockquoted_abstracts() -> None:
    """``> `` on every line of each abstract (novel 84 p000000, 107 abstracts kept their
    ``> ``): the page quotes its text; the abstract is what the quote holds."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "", *["> " + s for s in _wrapped(c["abstract"])], ""]

    _read(card_page(card))


def test_one_line_opening_with_a_quote_mark_is_kept() -> None:
    """An abstract hard-wrapped at ``> 0.4)`` (five of the listings' do) on a page that
    quotes nothing else: the mark is its text."""
    lines = card_page(lambda i, c: [c["title"], "", c["abstract"], ""])
    lines[lines.index(CARDS[2]["abstract"])] = "> 0.4) holds for " + CARDS[2]["abstract"]
    records, _ = parse_page(lines)
    assert records[2].abstract == "> 0.4) holds for " + CARDS[2]["abstract"]


@pytest.mark.parametrize("more", ["…more", "Read more →", "[PDF] [Code]"])
def test_an_expander_under_each_abstract(more: str) -> None:
    """A card's own expander or links under its abstract, the same on every card: the
    page's furniture, though ``…more`` is one word (no name opens with ``…``)."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "", c["abstract"], "", more, ""]

    _read(card_page(card))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("#12 Title of a paper", "Title of a paper"),
        ("[3] Title", "Title"),
        ("[RET] Title", "[RET] Title"),
        ("#LLM Title", "#LLM Title"),
        ("Title — 4 authors", "Title"),
        ("Title (1 author)", "Title"),
        ("4 authors", "4 authors"),
        ("Llama 3 (8B)", "Llama 3 (8B)"),
    ],
)
def test_title_marks(text: str, want: str) -> None:
    assert title_marks(text, {}) == want


def test_marks_read_and_left() -> None:
    assert abstract_marks("Abstract: We study.") == "We study."
    assert abstract_marks("Abstractions help.") == "Abstractions help."
    assert abstract_marks("TL;DR: We study.") == "TL;DR: We study."  # (a summary's text)
    assert unescape_html("A &amp; B&nbsp;C<br> D") == "A & B C D"
    assert unescape_html("6.2% &#177; 2.8%") == "6.2% &#177; 2.8%"  # (a real abstract's)
    assert [hashtag_line(s) for s in ("#LLM #Vision", "#3D", "#1", "# Title", "#LLM text")] == [
        True,
        True,
        False,
        False,
        False,
    ]
    # (an abstract's own hashtags wrapped onto a line of their own: its rest, p000640)
    assert not hashtag_line("#VGTU #DeepLearning", "or feedback #MachineLearning #JAX")
    assert hashtag_line("#VGTU #DeepLearning", "We study a problem.")
