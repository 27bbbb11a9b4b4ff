"""Round 30 (ux30): a markdown capture cut below its header (the opt-in ``capture``
arrangement's ``cut`` trait, ``benchmarks/pagegen_capture.py``): no ``# Daily Papers``
heading is left to say markdown, so a title's converter escapes stayed in it
(``\\[RET\\] MultimodalStudio: …``; capture 152: 14 of 2,947 titles). Links and an
escape only a markdown writer sets say markdown as well; a page with neither, or with a
lone backslash no writer doubled, reads as it is."""

from __future__ import annotations

from papercorpus.sources.pages.preamble import markdown_page

from .page_excerpts import card_pairs, parse_page

ABSTRACT = (
    "Recent advancements in ophthalmology foundation models such as RetFound have shown "
    "remarkable diagnostic capability across many tasks and many datasets."
)


def test_a_headless_markdown_page_undoes_its_escapes() -> None:
    lines = [
        "\\[RET\\] MultimodalStudio: A Heterogeneous Sensor Dataset",
        f"[{ABSTRACT}](https://huggingface.co/papers/2503.07711)",
        "F\\_1 TensoFlow: Tensorial Flow-based Sampler for Inverse Rendering",
        f"[{ABSTRACT}](https://huggingface.co/papers/2503.07712)",
    ]
    records, _ = parse_page(lines)
    assert card_pairs(records) == [
        ("[RET] MultimodalStudio: A Heterogeneous Sensor Dataset", ABSTRACT),
        ("F_1 TensoFlow: Tensorial Flow-based Sampler for Inverse Rendering", ABSTRACT),
    ]


def test_what_says_markdown() -> None:
    linked = "[An abstract](https://huggingface.co/papers/2503.07711)"
    assert markdown_page([linked, "\\[RET\\] A title"]) == (True, True)
    assert markdown_page([linked, "A title"]) == (False, True)  # (no escape, no heading)
    assert markdown_page(["\\[RET\\] A title"]) == (False, False)  # (no link)
