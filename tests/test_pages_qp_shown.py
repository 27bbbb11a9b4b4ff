"""Round 30 (ux31): a mail's raw source whose lines never reach 76 columns (a listing
folded narrower first) has no soft break to show its quoted-printable; its lines still
show what only the encoding writes: a line's trailing space as ``=20`` (RFC 2045 rule 3:
white space at a line's end is encoded), a character outside ASCII as its UTF-8 bytes
(``=C2=B7``, ``=E2=80=99``: a lead byte ``C2``-``F4`` and continuation bytes ``80``-``BF``).
Before, such a page (capture 114: 13 of 35 pages folded then encoded) was read raw: titles
ending in ``=20``, the ``=C2=B7`` chrome read as text. ``=10`` or ``=20`` inside a line is a
value (``k=20``), never evidence."""

from __future__ import annotations

import quopri

from papercorpus.sources.pages.mail import qp_page

from .page_excerpts import accounted, card_page, card_pairs, fold_s, parse_page, read_cards


def _qp(lines: list[str]) -> list[str]:
    text = quopri.encodestring("\n".join(lines).encode("utf-8")).decode("ascii")
    return text.split("\n")


def test_folded_lines_ending_in_an_encoded_space_are_decoded() -> None:
    """``fold -s -w 50`` kept the space it broke at; the mail's encoder wrote it ``=20``:
    no line reaches 76 columns, no soft break shows."""

    def card(i: int, c: dict) -> list[str]:
        return [*fold_s(c["title"], 50), *fold_s(c["abstract"], 50), ""]

    lines = _qp(card_page(card))
    assert sum(s.endswith("=20") for s in lines) >= 5
    assert not any(s.endswith("=") for s in lines)
    assert qp_page(lines)
    read_cards(lines)


def test_utf8_escapes_show_the_encoding() -> None:
    """Short lines, no trailing space: the ``·`` and ``’`` of the page's lines as their
    UTF-8 bytes (the lines folded at 60 columns first, the fold's spaces dropped). The
    decoded page reads as the page before the encoding (its first title, folded, is read
    as two: the ``narrow`` residue, not the encoding's), every line in one place."""

    def card(i: int, c: dict) -> list[str]:
        title = [s.rstrip() for s in fold_s(c["title"], 60)]
        abstract = [s.rstrip() for s in fold_s(c["abstract"] + " It’s fast.", 60)]
        return [*title, "· Dec 7", "", *abstract, ""]

    page = card_page(card)
    lines = _qp(page)
    assert not any(s.endswith("=") for s in lines)
    assert qp_page(lines)
    records, log = parse_page(lines)
    accounted(lines, log)
    assert card_pairs(records) == card_pairs(parse_page(page)[0])
    assert all(a.endswith(" It’s fast.") for _, a in card_pairs(records)[1:])


def test_values_are_no_escapes() -> None:
    """``k=20`` and ``n=10`` at a line's end and inside it, in one card of three: the
    text's (an encoded space ends most broken lines of a folded page, not a few)."""

    def card(i: int, c: dict) -> list[str]:
        if i % 3:
            return [c["title"], "", c["abstract"], ""]
        return [c["title"], "", c["abstract"] + " We set k=20", "and n=10 runs.", ""]

    page = card_page(card)
    assert sum(s.endswith("=20") for s in page) >= 3
    assert not qp_page(page)
    records, _ = parse_page(page)
    assert sum("We set k=20" in r.abstract for r in records) == 4
