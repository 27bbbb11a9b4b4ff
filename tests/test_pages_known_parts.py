"""A known chrome line that carries other fields beside its own, parted by ``·``: the line's
kind reads one part (an organisation, a date, an author count) and the other parts are the
card's too, read as an unlabelled furniture line's parts are (``furniture_parts``). Pages
of ten real arXiv cards (``fixtures/pages_uf23.json``); every line keeps one place."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from papercorpus.records import Record

from .page_excerpts import FIXTURES, parse_page

CARDS: list[dict] = json.loads((FIXTURES / "pages_uf23.json").read_text(encoding="utf-8"))["cards"]


def _read(line: Callable[[int, dict], str]) -> list[Record]:
    lines = ["Daily Papers", ""]
    for i, c in enumerate(CARDS):
        lines += [c["title"], line(i, c), c["abstract"], ""]
    records, log = parse_page(lines)
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)
    assert [(r.title, r.abstract) for r in records] == [(c["title"], c["abstract"]) for c in CARDS]
    return records


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (lambda i, c: f"Meta · {len(c['authors'])} authors",
         lambda i, c: {"org": "Meta", "n_authors": len(c["authors"])}),
        (lambda i, c: f"{len(c['authors'])} authors · Google",
         lambda i, c: {"n_authors": len(c["authors"]), "org": "Google"}),
        (lambda i, c: f"{i + 3} comments · Jun {i + 4}",
         lambda i, c: {"published": f"Jun {i + 4}", "comments": i + 3}),
    ],
    ids=["org-then-count", "count-then-org", "comments-then-date"],
)  # fmt: skip
def test_every_part_of_a_known_chrome_line_is_kept(line, want) -> None:  # type: ignore[no-untyped-def]
    records = _read(line)
    for i, (r, c) in enumerate(zip(records, CARDS, strict=True)):
        assert {k: r.meta[k] for k in want(i, c)} == want(i, c)


def test_a_real_capture_s_organisation_beside_its_date() -> None:
    """``[Kandinsky Lab](https://huggingface.co/kandinskylab) · Published on Oct 4, 2026``
    (a firecrawl capture): the date was read and the organisation dropped."""
    lines = (FIXTURES / "pages" / "row14_twice.txt").read_text(encoding="utf-8").splitlines()
    records, _ = parse_page(lines)
    kandinsky = [r for r in records if r.title.startswith("Kandinsky 6.0 Video")]
    assert kandinsky and all(r.meta.get("org") == "Kandinsky Lab" for r in kandinsky)
