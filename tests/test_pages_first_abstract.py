"""Furniture under the page's first abstract opens no cards (``furniture_parts.first_abstract``):
a first card whose title the first-title test refuses (one word, ``APRIEL-1.5-15B-THINKER``)
made the ``N authors · Org`` line under its abstract stand over the next title, and every
card got the card above's values (held-out ``furniture_bare`` 81, p000669). Ten real cards
(``fixtures/pages_uf23.json``); every line keeps one place."""

from __future__ import annotations

import json

from .page_excerpts import FIXTURES, parse_page

CARDS: list[dict] = json.loads((FIXTURES / "pages_uf23.json").read_text(encoding="utf-8"))["cards"]
ORGS = ("Google", "NVIDIA", "Tsinghua University", "Meta", "Shanghai AI Laboratory")


def _page(first_title: str, label: str) -> tuple[list[str], list[dict]]:
    cards = [{**CARDS[0], "title": first_title}, *CARDS[1:]]
    lines = ["Daily Papers", "Jun 14"]
    for i, c in enumerate(cards):
        lines += [c["title"], f"{i + 4} · Poster", c["abstract"]]
        lines += [f"{label}{len(c['authors'])} authors · {ORGS[i % 5]}"]
    return lines, cards


def test_a_one_word_first_title_keeps_its_own_values() -> None:
    for label in ("", "Team: "):  # (an unlabelled line, and a labelled one)
        lines, cards = _page("APRIEL-1.5-15B-THINKER", label)
        records, log = parse_page(lines)
        assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(
            lines
        )
        assert [r.title for r in records] == [c["title"] for c in cards]
        if label:
            got = [r.meta.get("extra") for r in records]
            want = [
                {"Team": f"{len(c['authors'])} authors · {ORGS[i % 5]}"}
                for i, c in enumerate(cards)
            ]
        else:
            got = [(r.meta.get("n_authors"), r.meta.get("org")) for r in records]
            want = [(len(c["authors"]), ORGS[i % 5]) for i, c in enumerate(cards)]
        assert got == want


def _excerpt(name: str) -> list[str]:
    path = FIXTURES / "pages_wrong_card.json"
    return json.loads(path.read_text(encoding="utf-8"))[name]["lines"]


def test_labelled_furniture_over_the_first_title_in_a_run_of_wide_lines() -> None:
    """Layout B (no blank lines), ``Authors:`` over each title, abstracts wrapped at 80: the
    run of wide lines the first abstract is read from began with the page's first
    ``Authors:`` line (61 characters) over an UPPER CASE title of 83, which made the line
    "under the first abstract" and so no opener; every card then took the next card's
    authors (held-out ``furniture`` 88, p001179: 93 values on the wrong card). A line of the
    page's furniture is no abstract's."""
    lines = _excerpt("furniture 88 p001179")
    records, log = parse_page(lines)
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)
    above = [i for i, s in enumerate(lines) if s.startswith("Authors: ")]
    want = [lines[i].removeprefix("Authors: ").split("; ") for i in above]
    assert [r.title for r in records] == [lines[i + 1] for i in above]
    assert [r.meta.get("authors") for r in records] == want


def test_a_first_title_opening_as_an_organisation_does_is_still_a_title() -> None:
    """``School of Reward Hacks: Hacking harmless tasks …`` opens as ``School of …`` names do,
    so the first-title test refused it, and the ``5 authors | ByteDance Seed | Dec 21, 2025``
    line under it was taken to stand over the next title: every card got the card above's
    author count, organisation and date (held-out ``furniture_bare`` 92, p000390: 320 values
    on the wrong card). An organisation's name has no subtitle."""
    lines = _excerpt("furniture_bare 92 p000390")
    records, log = parse_page(lines)
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)
    under = [i for i, s in enumerate(lines) if " authors | " in s]
    assert [r.title for r in records] == [lines[i - 1] for i in under]
    assert [r.meta.get("org") for r in records] == [lines[i].split(" | ")[1] for i in under]


def test_a_first_title_naming_an_organisation_word_is_still_a_title() -> None:
    """``Back to the Features! DINO as a Foundation for Video World Models`` names
    ``Foundation for`` as an organisation does; refused as a title, it left the page's
    ``Authors:`` lines (over each title) no opener, and every card took the next card's
    authors (held-out ``furniture`` 91, p000097: 29 values on the wrong card). An
    organisation's line capitalises its words and asks or exclaims nothing."""
    lines = _excerpt("furniture 91 p000097")
    records, log = parse_page(lines)
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)
    above = [i for i, s in enumerate(lines) if s.startswith("Authors: ")]
    want = [lines[i].removeprefix("Authors: ").split("; ") for i in above]
    assert [r.meta.get("authors") for r in records] == want
