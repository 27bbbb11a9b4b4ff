"""Round 32 (ux37): a justified column's paragraph ends where a line is left ragged
(``justified.ragged_end``). A typesetter pads every line of a justified paragraph to the
column's width with doubled spaces, all but the last; in a listing without blank lines
between cards (layout B), a title under an abstract whose last line fills nearly the
width read as that abstract's wrapped rest (the line above looked full), and the title's
own abstract as its next lines: on ``capture`` 116 (50k) p000066 and p000132, a card lost
and its neighbour's abstract glued each time."""

from __future__ import annotations

from papercorpus.sources.pages.justified import padded, ragged_end

from .page_excerpts import card_pairs, parse_page

HEAD = ["Daily Papers", "Get trending papers in your email inbox!", "Subscribe", ""]


def justify(lines: list[str], width: int = 72) -> list[str]:
    """Every line but the last padded to ``width``, spaces doubled from the left (nroff)."""
    out = []
    for line in lines[:-1]:
        words = line.split(" ")
        extra, gaps = width - len(line), len(words) - 1
        pads = [1 + extra // gaps + (g < extra % gaps) for g in range(gaps)] + [0]
        out.append("".join(w + " " * p for w, p in zip(words, pads, strict=True)))
    return [*out, lines[-1]]


# capture 116 p000066 (``cr+glyphs+justify``), the glyphs read as letters
TITLE = "A prior information informed learning architecture for flying trajectory prediction"
ABSTRACT = justify(
    [
        "Trajectory prediction for flying objects is critical in domains ranging",
        "from sports analytics to aerospace. However, traditional methods",
        "struggle with complex physical modeling, computational inefficiencies,",
        "form a comprehensive dataset fed into our proposed DTC model. A",
        "integrating environmental priors within the DTC architecture",
        "significantly outperforms existing trajectory prediction frameworks in",
    ]
)
SECOND = [
    "Introspection of Thought Helps AI Agents.",
    *justify(
        [
            "AI Agents rely on Large Language Models (LLMs) and Multimodal-LLMs to",
            "perform interpretation and inference in text and image tasks; we",
            "show it.",
        ]
    ),
]


def test_a_title_under_a_justified_abstracts_ragged_last_line() -> None:
    records, _ = parse_page([*HEAD, TITLE, *ABSTRACT, *SECOND])
    pairs = card_pairs(records)
    assert [t for t, _ in pairs] == [TITLE, SECOND[0]]
    assert pairs[0][1].endswith("trajectory prediction frameworks in")
    assert pairs[1][1].endswith("image tasks; we show it.")


def test_the_ragged_line() -> None:
    assert ragged_end(ABSTRACT)  # short of the column two padded lines share
    assert not ragged_end(ABSTRACT[:-1])  # a padded line
    full = "with a Dual-Transformer-Cascaded (DTC) architecture. We demonstrate ours"
    assert len(full) == len(ABSTRACT[-2]) == 72
    assert not ragged_end([*ABSTRACT[:-1], full])  # filled with single spaces: says nothing
    assert not ragged_end([*ABSTRACT[:-1], "\\href{https://github.com/x/y}"])  # one word
    # lines of several widths make no column
    assert not ragged_end(["a  b c", "a  b c d e f g h", "short line"])
    # a ligature is as wide as its letters
    assert ragged_end(["ﬁnd  it  here", "and   we  look", "ﬁrst it bcde"])
    assert not ragged_end(["ﬁnd  it  here", "and   we  look", "ﬁrst it bcdef"])


def test_padding_is_not_a_typists_two_spaces() -> None:
    assert padded("from  sports  analytics")
    assert not padded("the results.  We show that")
    assert not padded("one space each")


MD_HEAD = [
    "- [Models](https://huggingface.co/models)",
    "- [Datasets](https://huggingface.co/datasets)",
    "[Subscribe](https://huggingface.co/login?next=%2Fpapers)",
    "# Daily Papers",
]


# capture 168 p000026 (``glyphs+justify+qp``, markdown, qp decoded): the column filled
# ``45% speedup … 32%`` with single spaces, its escapes (``\\(``) counted in its width;
# read shorter than the column once they came off, it ended a paragraph, and the line
# under it (``speedup  and  23% …``) became a card's title: an extra record
ROTATION = [
    "Rotation  invariance  can be achieved by expanding the ﬁlter bank across",
    "multiple   orientations;   however,   this  will  signiﬁcantly  increase",
    "computational  cost  and  memory  traﬃc.  In this paper, we introduce a",
    "GPU-optimized  rotation-invariant  convolution  framework that eliminates",
    "the    traditional    data-lowering    (im2col)    step    required   for",
    "matrix-multiplication-based  convolution.  By  exploiting structured data",
    "sharing   among   symmetrically  rotated  ﬁlters,  our  method  achieves",
    "Across  extensive  benchmarks,  the proposed convolution achieves 20--55%",
    "faster  training  and  15--45% lower energy consumption than CUDNN, while",
    "maintaining  accuracy  comparable  to state-of-the-art rotation-invariant",
    "methods.  In  the  eight-orientation setting, our approach achieves up to",
    "45% speedup and 41% energy savings on 256\\\\(\\\\times\\\\)256 inputs, and 32%",
    "speedup  and  23%  lower  energy  usage  on 1024\\\\(\\\\times\\\\)1024 inputs.",
    "Integrated  into  a  U-Net segmentation model, the framework yields up to",
    "6%  improvement  in  accuracy over the non-rotation-aware baseline. These",
    "results  demonstrate  that  the proposed method provides an eﬀective and",
    "highly   eﬃcient   alternative   to   existing  rotation-invariant  CNN",
    "frameworks.",
]


def test_a_line_whose_escapes_came_off_is_not_ragged() -> None:
    title = "Accelerated Rotation-Invariant Convolution for UAV Image Segmentation"
    nxt = "Diversifying Counterattacks: Orthogonal Exploration for Robust CLIP Inference"
    records, _ = parse_page([*MD_HEAD, "### " + title, *ROTATION, "### " + nxt])
    pairs = card_pairs(records)
    assert [t for t, _ in pairs] == [title, nxt]
    assert "inputs, and 32% speedup and 23% lower" in pairs[0][1]
