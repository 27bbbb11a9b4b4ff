"""arXiv's subject codes are a furniture line's values (``repeats.values_only``): a label then
codes alone (``Subjects: cs.IR; cs.AI``) holds no title's words, so such a line recurring on
a page's cards is its furniture even where the page sets its titles right against their
abstracts, which hides the title lines the furniture is otherwise learned beside
(docs/pages-passes.md, "The families' and the site / furniture draws' last losses (lt32)").
The excerpt (``fixtures/pages_lt32.json``) is furniture 116's page p000490, lines 1-99
(plain, layout B, wrapped at 80): each abstract then ``Subjects: …``. Main read each
``Subjects:`` line as a card of its own, 87 extra records on the page."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.repeats import values_only

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt32.json")["lt32_furn116_p000490_subject_codes_are_values"]


def test_a_subjects_line_under_each_abstract_is_furniture() -> None:
    check_excerpt(PAGE)


@pytest.mark.parametrize(
    "line", ["Subjects: cs.IR; cs.AI", "Categories: cs.CV, cs.LG", "Subjects: eess.IV | q-bio.NC"]
)
def test_codes_are_values(line: str) -> None:
    assert values_only(line)


@pytest.mark.parametrize(
    "line", ["Subjects: Computer Vision", "Track: Oral", "Physics: cs and math", "Note: see cs.CV"]
)
def test_words_are_no_values(line: str) -> None:
    assert not values_only(line)
