"""The first piece of a unit the intake cut is weighed as the title's rest with the page's
habit of wrapping its titles, as a line of its own is (``closing._close_unit``: the first
piece's ``cont_evidence`` is told ``wraps_titles``; docs/pages-passes.md, "The `new`
family's wrapped pages (nw33)"). The excerpt (``fixtures/pages_nw33.json``) is new 117's
``n_wrap`` page p000332 at 200k (the family's set), lines 380-549 (plain, layout B,
wrapped at 60, every title longer than 60 wrapped): ``Validation of Various Normalization
Methods for Brain Tumor`` + ``Segmentation: Can Federated Learning Overcome This`` +
``Heterogeneity?.`` + its abstract. Main weighed the rest's first line as on a page that
wraps no titles (the width it filled worth nothing, -3), cut the title after its first
line and made its rest a record of its own."""

from __future__ import annotations

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw33.json")[
    "nw33_new117_p000332_a_first_piece_under_a_page_that_wraps_titles"
]


def test_a_title_wrapped_before_its_subtitle_stays_whole() -> None:
    check_excerpt(PAGE)
