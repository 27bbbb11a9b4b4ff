"""Round 34 (lt34): a mark that says a sentence goes on (a colon, a comma) does not carry
it into a line of words wider than the page has firmly wrapped at.

On a ``comments`` page wrapped at 100 with no blank lines (layout B), an abstract whose
link the capture dropped ends ``… The code is available at:``; the next card's title,
``Seeing is Believing, but How Much? A Comprehensive Analysis of Verbalized Calibration
in Vision-Language Models.``, sits right under it at 112 columns. The colon's +3 outweighed
the width's -3, so the title read as the abstract going on, and the next abstract's first
line as the title (default 118 p001383: a card lost, a title damaged). A wrap breaks any
line of words at its width: a wider one is no wrapped line of the paragraph above,
whatever the mark closing it (a link alone on a line, one word no wrap could break, keeps
the mark's evidence)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.evidence import cont_evidence

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_wider_glue.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "default"))
def test_a_title_wider_than_the_firm_width_under_a_colon_opens_a_card(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_the_colon_goes_on_into_a_link_alone() -> None:
    """A link wider than the width, alone on its line, keeps the colon's evidence; the
    title's words lose it (they weighed 1 more than the link before)."""
    above = (
        "privileged-guided visual representation learning for navigation. The code is available at:"
    )
    title = (
        "Seeing is Believing, but How Much? A Comprehensive Analysis of Verbalized"
        " Calibration in Vision-Language Models."
    )
    link = (
        "https://github.com/some-organisation/a-rather-long-repository-name/tree/main/" + "x" * 30
    )
    as_title, _ = cont_evidence(above, title, False, False, 100, firm=True)
    as_link, _ = cont_evidence(above, link, False, False, 100, firm=True)
    assert as_title + 1.5 < as_link
