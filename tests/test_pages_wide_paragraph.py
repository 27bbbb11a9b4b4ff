"""A paragraph of one line after a blank, wider than the width the page wraps at (any
margin, a space inside the width), is no next paragraph of an abstract the page wrapped
within that width (``wide_lines.wide_paragraph``, charged as ``evidence.WRAPPED_ABOVE``):
the page would have wrapped it as it wrapped the paragraph above. The excerpt
(``fixtures/pages_pb30.json``) is ``unseen`` 114 p000099 (``setext+url_tail``, layout A,
wrapped as arXiv wraps), from its second card, where main read ``A Qualitative Model to
Reason about Object Rotations (QOR) applied! To solve the Cube Comparison Test (CCT)`` (107
columns, a card without an abstract, its title neither underlined nor linked) as the second
paragraph of the summary above it, wrapped at 79."""

from __future__ import annotations

from papercorpus.sources.pages.wide_lines import wide_paragraph

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_pb30.json")


def test_a_title_wider_than_the_wrap_under_a_summary() -> None:
    check_excerpt(EXCERPTS["pb30_unseen_114_p000099_a_title_wider_than_the_wrap_under_a_summary"])


def test_wide_paragraph() -> None:
    line = "A Qualitative Model to Reason about Object Rotations (QOR) applied! To solve the Cube"
    assert wide_paragraph(line, 79)
    assert not wide_paragraph(line, 84)  # (within a margin of the width: the same paragraph)
    assert not wide_paragraph(line, 40)  # (no width a capture wraps prose at)
    assert not wide_paragraph("x" * 90, 79)  # (no space to break it at)
