"""Round 30 (ux32): a page habit's marks as a capture that could not print their
non-ASCII character shows them. A site's fold (``… Show more``): an ASCII terminal prints
``?`` for ``…`` (``computation? See more``), UTF-8 read as Windows-1252 prints ``â€¦``
(``computation â€¦ Show more``); IEEE's label ``Abstract—`` becomes ``Abstract?`` or
``Abstractâ€”``. Each habit was read alone (the marks, ``card_marks``; the capture's
damage, kept as read); on one page the mark was no mark: it stayed in every abstract (mix
162: 62 abstracts under ``capture.ascii``, 47 under ``capture.charset``, ``parts.clip`` on
both; mix 163: 179 labels). The mark as shown still ends or opens the abstract; a
question mark in a sentence does not."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.fold_marks import fold_end

from .page_excerpts import card_page
from .test_pages_card_parts import _clipped, _laid, _read


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("fold", ["? See more", "?more", " [?]", "â€¦ Show more", " [â€¦]"])
def test_a_fold_whose_ellipsis_the_capture_could_not_print(fold: str, layout: str) -> None:
    want = []

    def card(i: int, c: dict) -> list[str]:
        lines, shown = _clipped(c, 0.6)
        want.append((c["title"], shown))
        lines[-1] += fold
        return _laid(layout, [c["title"]], lines)

    _read(card_page(card), want)


def test_a_question_is_no_fold() -> None:
    for s in ("Is it more? more", "Does it scale? It does more", "Why? See"):
        assert fold_end(s) == len(s)
    assert fold_end("computation? See more") == len("computation")


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("label", ["Abstract?", "Abstractâ€”", "ABSTRACTâ€“ "])
def test_ieees_label_whose_dash_the_capture_could_not_print(label: str, layout: str) -> None:
    """``Abstract—`` as ``Abstract?`` (ASCII) or ``Abstractâ€”`` (Windows-1252): the label
    still opens the abstract (mix 163: 179 abstracts kept it, ``parts.label`` under
    ``capture.ascii`` / ``capture.charset``)."""
    _read(card_page(lambda i, c: _laid(layout, [c["title"]], [label + c["abstract"]])))


IDS = [f"25{m:02d}.{20000 + 41 * m}" for m in range(1, 11)]


@pytest.mark.parametrize(
    "tail",
    [
        lambda i: f" https://huggingface.co/papers/{IDS[i]} â€” {i + 2} authors",
        lambda i: f" â€” {i + 2} authors",
        lambda i: f" ? {i + 2} authors",
        lambda i: " â†—",
        lambda i: f" â†— (arxiv.org/abs/{IDS[i]})",
    ],
    ids=["link-count", "count", "ascii-count", "arrow", "arrow-link"],
)
def test_a_titles_tails_whose_dash_or_arrow_the_capture_could_not_print(tail) -> None:
    """``Title https://…/ID â€” 10 authors``, ``Title â†—``: the author count's dash and the
    link's arrow as Windows-1252 read their UTF-8 (mix 164: 108 titles kept their link and
    count, 51 their arrow, ``capture.charset`` with ``novel.title_tail`` / ``parts.mark``)."""
    records = _read(card_page(lambda i, c: [c["title"] + tail(i), "", c["abstract"], ""]))
    if "authors" in tail(0):
        assert [r.meta.get("n_authors") for r in records] == [i + 2 for i in range(10)]
    if "/" in tail(0):
        assert [r.arxiv_id for r in records] == IDS
