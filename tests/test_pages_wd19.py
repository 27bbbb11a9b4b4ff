"""Cards without an abstract over the next title on a wide page, round 19 (wd19): the page's
head shows its tool filling every line to a width wider than any at which a wrap is counted
(``shape.hard_wrapped`` stops at ``WRAP_MAX``), so the page is taken to wrap greedily there
(``intake._offer_cut``) and a title line whose next line's first word would have fitted on
it is offered a cut (``breaks.break_candidate``'s fitting test). Excerpts of the seed-45
and -46 ``n_wrap`` pages (``fixtures/pages_wd19.json``), each failing on ``15767c6``."""

from __future__ import annotations

import pytest

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_wd19.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "_lower_title_fitting_a_wide_page"))
def test_a_lower_case_title_under_one_whose_next_word_would_have_fitted(name: str) -> None:
    """``tinygiantvlm: a lightweight … under resource constraints`` (105 columns, a card
    without an abstract) + ``intelligent approval of access control flow … modeling`` + its
    abstract, on a page wrapping everything at 120: ``intelligent`` would have fitted on the
    line above, so no wrap put it under; two titles, not one (and ``physflow: …
    photoplethysmography`` at 91 + ``task-conditioned ensemble …``)."""
    check_excerpt(EXCERPTS[name])
