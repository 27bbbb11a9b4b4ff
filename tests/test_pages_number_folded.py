"""A two-line title's rest echoes in its abstract in either number (``Transformers`` as
``Transformer``): where the rest so echoes and the first line shares none of its own
words, the first line is a card's title without an abstract over the next card's title
(``echoes.number_folded`` in ``first_line_echo``, ``UNSHARED_FIRST``; docs/pages-passes.md,
"The families' and two opt-in draws' last losses (lt31)"). The excerpt
(``fixtures/pages_lt31.json``) is new 115's ``n_reldate`` page p000857, lines 7-39 (plain,
layout B, wrapped at 100): ``x*y Enhancing the Outcome Reward-based RL Training of MLLMs
with Self-Consistency Sampling`` (89 characters, no abstract) + ``Differential Multimodal
Transformers`` + ``Published 22 days ago`` + an abstract holding ``Differential`` and
``Transformer``. Main read one title of two lines (the rest shared one word as written):
the second card was lost and its abstract given to the first."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.echoes import number_folded

from .page_excerpts import load_excerpts, parse_page

PAGE = load_excerpts("pages_lt31.json")[
    "lt31_new115_p000857_a_title_over_a_title_in_the_other_number"
]


def test_a_title_over_a_title_echoed_in_the_other_number() -> None:
    records, _ = parse_page(PAGE["lines"])
    by_title = {r.title: r for r in records}
    assert by_title["Differential Multimodal Transformers"].abstract.startswith(
        "Small language models have gained significant popularity"
    )
    first = [r for r in records if r.title.endswith("with Self-Consistency Sampling")]
    assert first and first[0].abstract == ""


@pytest.mark.parametrize(
    ("words", "folded"),
    [
        ({"transformers", "models"}, {"transformer", "model"}),
        ({"analysis", "focus", "progress", "bayes"}, {"analysis", "focus", "progress", "baye"}),
    ],
)
def test_number_folded(words: set[str], folded: set[str]) -> None:
    assert number_folded(words) == folded
