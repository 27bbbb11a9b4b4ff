"""Round 30 (ux30): what a mail does to a listing page it carries (the opt-in ``capture``
arrangement, ``benchmarks/pagegen_capture.py``, traits ``quoted`` and ``qp``). A page
forwarded or replied to in a plain-text mail quotes every line (``> ``, ``>> ``, ``> > ``,
a quoted blank ``>``) under the client's attribution or a forward's headers; a mail's raw
source leaves its quoted-printable undecoded (``=`` soft breaks at 76 columns, ``=C2=B7``).
Before ``mail`` the quoted page's header went unseen (the attribution and headers became
papers, titles kept their marks) and the raw source's soft breaks cut titles and words
in two (capture 152: 47 lost / 37 glued of 3,000 cards quoted, 216 lost / 18 glued
in quoted-printable). Every record's title and abstract is asserted, and every line keeps
one place (page lines = record lines + chrome + blanks + rejects)."""

from __future__ import annotations

import quopri

import pytest

from papercorpus.sources.pages.mail import flowed_page, qp_page, quote_depth

from .page_excerpts import CARDS, accounted, card_page, card_pairs, fold_s, parse_page, read_cards


def _plain(i: int, c: dict) -> list[str]:
    return [c["title"], "", c["abstract"], ""]


def _cards() -> list[tuple[str, str]]:
    return [(c["title"], c["abstract"]) for c in CARDS]


FORWARD = [
    "---------- Forwarded message ---------",
    "From: Daily Papers <digest@example.org>",
    "Date: Mon, Dec 7, 2026 at 6:00 AM",
    "Subject: Fwd: Daily Papers",
    "",
]


@pytest.mark.parametrize("mark", ["> ", ">> ", "> > "])
@pytest.mark.parametrize("over", ["forward", "attribution"])
def test_a_quoted_mail_reads_as_its_page(mark: str, over: str) -> None:
    """Every line quoted, blank lines as a bare ``>``: the page inside the quote."""
    page = [(mark + s) if s else mark.rstrip() for s in card_page(_plain)]
    head = FORWARD if over == "forward" else ["On Mon, Dec 7, 2026 at 9:12 AM Ann Lee wrote:"]
    lines = head + page
    records, log = parse_page(lines)
    accounted(lines, log)
    assert card_pairs(records) == _cards()


def test_a_blockquote_inside_the_quote_keeps_its_mark() -> None:
    """The depth every quoted line shares goes; an abstract's own blockquote one deeper
    stays for the page's own habit (``card_marks.quote_page``) to read."""
    page = []
    for s in card_page(_plain):
        inner = "> " + s if s in {c["abstract"] for c in CARDS} else s
        page.append("> " + inner if inner else ">")
    assert quote_depth(page) == 1


def test_a_page_blockquoting_its_abstracts_is_no_mail() -> None:
    """Titles and chrome unquoted: the quote is the page's own (no depth taken off)."""
    page = card_page(lambda i, c: [c["title"], "", "> " + c["abstract"], ""])
    assert quote_depth(page) == 0


def _qp(lines: list[str]) -> list[str]:
    text = quopri.encodestring("\n".join(lines).encode("utf-8")).decode("ascii")
    return text.split("\n")


@pytest.mark.parametrize("declared", [True, False])
def test_a_raw_mail_source_is_decoded(declared: bool) -> None:
    """Soft breaks at 76 columns join their lines, ``=XX`` are the text's UTF-8 bytes."""
    page = card_page(lambda i, c: [c["title"] + " · ünïcode", "", c["abstract"], ""])
    cards = [{**c, "title": c["title"] + " · ünïcode"} for c in CARDS]
    lines = _qp(page)
    if declared:
        lines = ["Content-Transfer-Encoding: quoted-printable", "", *lines]
    assert any(s.endswith("=") for s in lines)
    read_cards(lines, cards)


def test_a_lone_equals_sign_is_no_encoding() -> None:
    """A page whose lines end in ``=`` now and then (an equation) is read as written."""
    page = card_page(lambda i, c: [c["title"], "", c["abstract"] + " We set x =", ""])
    cards = [{**c, "abstract": c["abstract"] + " We set x ="} for c in CARDS]
    read_cards(page, cards)


@pytest.mark.parametrize("width", [73, 76])
def test_setext_underlines_are_no_soft_breaks(width: int) -> None:
    """A setext title's ``====`` underline as wide as a soft-broken line ends in ``=`` too,
    but quoted-printable never ends a line in ``==`` (a literal ``=`` is ``=3D``): the
    page is read as written (unseen 114's setext pages: their underlines joined the
    cards' date lines into titles)."""
    page = card_page(lambda i, c: [c["title"], "=" * width, c["abstract"], ""])
    assert not qp_page(page)
    read_cards(page)


@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_page_folded_with_its_soft_breaks_marked(layout: str) -> None:
    """``fold -s -w 50`` (or a ``format=flowed`` mail): titles and abstracts broken at 50
    columns, each broken line ending in the space it was broken at; before, the short
    line a title or a wrapped line left was read as a title (narrow 153: 21 lost, 16
    glued of 6,000 cards; the pages so folded 6 lost / 5 glued of 2,606 -> 2 / 1). Layout
    B failed before; layout A, its blank lines parting the cards, is a guard."""

    def card(i: int, c: dict) -> list[str]:
        gap = [""] if layout == "A" else []
        return [*fold_s(c["title"], 50), *gap, *fold_s(c["abstract"], 50), *gap]

    read_cards(card_page(card))


def test_stray_trailing_spaces_are_no_soft_breaks() -> None:
    """An editor's trailing space on some lines, titles among them: no line is joined."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"] + " ", c["abstract"] + (" " if i % 2 else "")]

    lines = card_page(card)
    assert not flowed_page(lines)
    read_cards(lines)
