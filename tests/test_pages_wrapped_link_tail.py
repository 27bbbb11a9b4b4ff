"""A title's markdown link wrapped over lines, its author count after the link on the
closing line (``### [Title … from Sparse`` + ``Inputs](url) — 11 authors``), as a listing
page captured at a width narrower than its titles prints it (mix 118 p000409, folded
again at 60 columns: the count's word parted onto a line of its own). The closer was
read only where the line ended with the link (``units.CLOSER``): the wrapper never
closed, the title kept its brackets and address, the next card's title was cut in two.
The count goes inside the link's text, as on a title's one line
(``card_marks.link_title_marks``), and the link closes there."""

from __future__ import annotations

from papercorpus.sources.pages.card_marks import link_title_marks

from .page_excerpts import parse_page

URL1 = "https://huggingface.co/papers/2511.16673"
URL2 = "https://huggingface.co/papers/2504.11536"
ABSTRACT1 = (
    "We tackle the task of recovering an animatable 3D human avatar from a single or a "
    "sparse set of images. For this task, many prior methods use accurate camera poses."
)
ABSTRACT2 = (
    "While reasoning models (e.g., DeepSeek R1) trained with reinforcement learning (RL) "
    "excel in textual reasoning, they struggle in structured problem-solving."
)
TITLE1 = "NoPo-Avatar: Generalizable and Animatable Avatars from Sparse Inputs without Human Poses"
TITLE2 = "ReTool: Reinforcement Learning for Strategic Tool Use in LLMs"


def test_a_closing_line_with_the_count_reads_as_a_whole_links() -> None:
    assert link_title_marks(f"in LLMs]({URL2}) — 10 authors") == f"in LLMs — 10 authors]({URL2})"
    assert link_title_marks(f"in LLMs]({URL2}) (10 authors)") == f"in LLMs (10 authors)]({URL2})"
    # (a line that only holds a link inside prose is left as it is)
    prose = f"see [the code]({URL2}) — 10 authors"
    assert link_title_marks(prose) == prose


def _cards(first: list[str], second: list[str]) -> list:
    lines = ["# Daily Papers", "", *first, "", ABSTRACT1, "", *second, "", ABSTRACT2]
    records, _ = parse_page(lines)
    return [(r.title, r.abstract, r.arxiv_id, r.meta.get("n_authors")) for r in records]


def test_a_wrapped_heading_link_closes_after_its_count() -> None:
    got = _cards(
        [
            "### [NoPo-Avatar: Generalizable and Animatable Avatars from Sparse Inputs",
            f"without Human Poses]({URL1}) — 11 authors",
        ],
        [
            "### [ReTool: Reinforcement Learning for Strategic Tool Use",
            f"in LLMs]({URL2}) — 10 authors",
        ],
    )
    assert got == [
        (TITLE1, ABSTRACT1, "2511.16673", 11),
        (TITLE2, ABSTRACT2, "2504.11536", 10),
    ]


def test_a_count_the_fold_parted_from_the_link() -> None:
    got = _cards(
        [
            "### [NoPo-Avatar: Generalizable and Animatable Avatars",
            "from Sparse Inputs without Human",
            f"Poses]({URL1}) — 11",
            "authors",
        ],
        [
            "### [ReTool: Reinforcement Learning for Strategic Tool Use",
            f"in LLMs]({URL2}) — 10",
            "authors",
        ],
    )
    assert got == [
        (TITLE1, ABSTRACT1, "2511.16673", 11),
        (TITLE2, ABSTRACT2, "2504.11536", 10),
    ]


def test_a_count_the_fold_parted_anywhere() -> None:
    """The fold parts the count wherever the width falls: before its dash, after it."""
    got = _cards(
        [
            "### [NoPo-Avatar: Generalizable and Animatable Avatars",
            "from Sparse Inputs without Human",
            f"Poses]({URL1})",
            "— 11 authors",
        ],
        [
            "### [ReTool: Reinforcement Learning for Strategic Tool Use",
            f"in LLMs]({URL2}) —",
            "10 authors",
        ],
    )
    assert got == [
        (TITLE1, ABSTRACT1, "2511.16673", 11),
        (TITLE2, ABSTRACT2, "2504.11536", 10),
    ]
