"""On a page that sets its abstracts off by an indent under titles at the margin
(``card_marks.set_off_page``), a line back at the margin under text set in opens the next
block (``parser``) and goes on no text set in: no continuation is weighed for it (a title;
the page sets its abstracts in). The excerpt (``fixtures/pages_pb29.json``) is ``parts`` 156
p000251 (``indent+mark``, layout B), lines 1-283, where main read ``[RET] Vessel-Aware Deep
Learning for OCTA-Based Detection of AMD``, a card without an abstract at the margin under
an abstract set in, as that abstract's next paragraph."""

from __future__ import annotations

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_pb29.json")


def test_a_title_back_at_the_margin_under_an_abstract_set_in() -> None:
    check_excerpt(EXCERPTS["pb29_parts_156_p000251_a_title_back_at_the_margin"])
