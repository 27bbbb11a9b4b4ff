"""A page that has left a title of some width on one line wraps no title narrower: a title
line whose next line's first word fits within that width, with the line, is a whole title,
and the line under it the next card's (``Decoder.one_width``, ``charges.ONE_WIDTH`` in
``text_moves``; docs/pages-passes.md, "The families' and two opt-in draws' last losses
(lt31)"). The excerpt (``fixtures/pages_lt31.json``) is default 165's ``no_abstract`` page
p000937, lines 22-40 (plain, layout B, abstracts wrapped at 80): ``An Evolutionary
Approach … mRNA Sequences`` (114 characters, on one line) over its abstract, then
``dSODiff: … JPEG Compression Artifacts Removal`` (81, no abstract) + ``mTowards
Physically Plausible Video Generation via VLM Planning`` + its chrome. Main read one title
of two lines: the second card was lost."""

from __future__ import annotations

from .page_excerpts import load_excerpts, parse_page

PAGE = load_excerpts("pages_lt31.json")[
    "lt31_def165_p000937_a_title_line_under_a_wider_whole_title"
]
DSODIFF = "dSODiff: Semantic-Oriented Diffusion Model for JPEG Compression Artifacts Removal"
TOWARDS = "mTowards Physically Plausible Video Generation via VLM Planning"


def test_a_title_line_under_a_wider_whole_title_is_whole() -> None:
    records, _ = parse_page(PAGE["lines"])
    titles = [r.title for r in records]
    assert DSODIFF in titles
    assert TOWARDS in titles
