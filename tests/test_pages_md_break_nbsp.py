"""A title's markdown line break written inline (``Engage\\  with``, firecrawl's) is taken
out also where one of its spaces is a no-break space (``units._MD_BREAK``; docs/pages-
passes.md, "The families' and two opt-in draws' last losses (lt31)"): new 115's ``n_space``
pages (md, A and B) kept the backslash in two titles (``… X-rays Can\\ Predict Health
Insurance Types``, p001481; ``… Sound with Meaning? A\\ Multimodal Study …``, p001957)."""

from __future__ import annotations

import pytest

from .page_excerpts import HEAD, parse_page

TITLE = "The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research"
ABSTRACT = (
    "Academic citations are widely used for evaluating research and tracing knowledge flows. "
    "Such uses typically rely on raw citation counts and neglect the type of citation."
)


@pytest.mark.parametrize("space", ["  ", "\u00a0 ", " \u00a0", "\u00a0\u00a0"])
def test_an_inline_break_in_a_title_is_a_space(space: str) -> None:
    head, tail = TITLE.split(" with ")
    line = f"### [{head}\\{space}with {tail}](https://huggingface.co/papers/2501.00001)"
    records, _ = parse_page([*HEAD, line, "", ABSTRACT, ""])
    assert [r.title for r in records] == [TITLE]
