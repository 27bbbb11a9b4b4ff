"""Conv family, round 19 (cr19): a card's paper link written as a reference, resolved where
the page defines it (``pages.references``). Excerpts of seed-47 ``c_jina`` and ``c_lynx``
pages (``fixtures/pages_cr19.json``: a page's head and first three cards, then its
definitions up to the highest label the excerpt uses) and hand-made pages in the same
shapes: a list cut by the capture, a label defined twice, a reference to a page that is
no paper, CommonMark's label matching, two captures glued without a page header."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.references import (
    definition,
    lynx_entry,
    normalize_label,
    paper_of,
    title_label,
)

from .page_excerpts import excerpt_names, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_cr19.json")
HF = "https://huggingface.co"


def cards_with_ids(lines: list[str]) -> list[tuple[str, str, str | None]]:
    records, log = parse_page(lines)
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)
    return [(" ".join(r.title.split()), " ".join(r.abstract.split()), r.arxiv_id) for r in records]


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "cr19_"))
def test_a_title_linked_by_reference_takes_the_id_the_page_defines(name: str) -> None:
    """``### [Growing a Twig …][3]`` … ``[3]: https://huggingface.co/papers/2503.14075``
    (jina); ``[6]Specifying What You Know …`` … ``References`` … ``   6.
    https://huggingface.co/papers/2503.17017`` (lynx): each card's record has its id."""
    page = EXCERPTS[name]
    got = cards_with_ids(page["lines"])
    want = [(" ".join(t.split()), " ".join(a.split()), i) for t, a, i in page["cards"]]
    assert got == want


ABSTRACTS = [
    "We study how large language models plan over long horizons. Our method learns a "
    "compact world model and uses it to search, improving success rates on three benchmarks.",
    "Diffusion models produce images of high quality but sample slowly. We distil a teacher "
    "into a student that needs four steps, keeping most of the teacher's quality.",
    "Retrieval helps models answer questions about recent events. We show that a small "
    "reranker trained on synthetic queries closes most of the gap to a large one.",
]
TITLES = [
    "Planning with Learned World Models for Language Agents",
    "Four-Step Diffusion by Distillation",
    "Small Rerankers Are Enough",
]


def jina_page(labels: list[str], defs: list[str], head: bool = True) -> list[str]:
    lines = []
    if head:
        lines += [
            "Title: Daily Papers - Hugging Face",
            "",
            f"URL Source: {HF}/papers",
            "",
            "Markdown Content:",
            "Daily Papers",
            "============",
            "",
        ]
    for title, label, abstract in zip(TITLES, labels, ABSTRACTS, strict=True):
        lines += ["Upvote", "", "38", "", f"### [{title}][{label}]", "", abstract, ""]
    return lines + defs


def test_jina_page_with_every_reference_defined() -> None:
    defs = [f"[{n}]: {HF}/papers/2501.0000{n}" for n in (1, 2, 3)]
    got = cards_with_ids(jina_page(["1", "2", "3"], defs))
    assert [i for _, _, i in got] == ["2501.00001", "2501.00002", "2501.00003"]
    assert [t for t, _, _ in got] == TITLES


def test_a_reference_list_cut_by_the_capture() -> None:
    """``[Content truncated]`` inside the definitions: the cards whose label came after
    the cut have no id (and no other card's)."""
    defs = [f"[1]: {HF}/papers/2501.00001", f"[2]: {HF}/pap", "[Content truncated]"]
    got = cards_with_ids(jina_page(["1", "2", "3"], defs))
    assert [i for _, _, i in got] == ["2501.00001", None, None]


def test_a_label_defined_twice() -> None:
    """Two targets for one label: no id (CommonMark lets the first win; a wrong id merges
    two papers). The same target twice is one."""
    defs = [
        f"[1]: {HF}/papers/2501.00001",
        f"[2]: {HF}/papers/2501.00002",
        f"[2]: {HF}/papers/2501.00009",
        f"[3]: {HF}/papers/2501.00003",
        f"[3]: {HF}/papers/2501.00003#community",
    ]
    got = cards_with_ids(jina_page(["1", "2", "3"], defs))
    assert [i for _, _, i in got] == ["2501.00001", None, "2501.00003"]


def test_a_reference_to_a_page_that_is_no_paper() -> None:
    defs = [
        f"[1]: {HF}/papers/2501.00001",
        "[2]: https://github.com/acme/four-step-2501.00002",
        f"[3]: {HF}/Qwen",
    ]
    got = cards_with_ids(jina_page(["1", "2", "3"], defs))
    assert [i for _, _, i in got] == ["2501.00001", None, None]


def test_labels_match_as_commonmark_matches_them() -> None:
    """CommonMark: labels are case-insensitive, whitespace collapsed; a collapsed
    reference (``[Foo][]``) names its own text; a destination may sit in angle brackets
    and carry a title."""
    defs = [
        f"[planning with learned world models for language agents]: {HF}/papers/2501.00001",
        f'[ABC  def]: <{HF}/papers/2501.00002> "Four steps"',
        f"[z]: {HF}/papers/2501.00003 (a title)",
    ]
    got = cards_with_ids(jina_page(["", "abc def", "Z"], defs))
    assert [i for _, _, i in got] == ["2501.00001", "2501.00002", "2501.00003"]
    assert [t for t, _, _ in got] == TITLES


def test_a_definition_no_card_names_gives_no_id() -> None:
    defs = [f"[{n}]: {HF}/papers/2501.0000{n}" for n in (4, 5, 6)]
    got = cards_with_ids(jina_page(["1", "2", "3"], defs))
    assert [i for _, _, i in got] == [None, None, None]


def test_two_captures_glued_without_a_page_header() -> None:
    """Each capture numbers its links from 1: the second's cards take the definitions
    after them, not the first's."""
    first = jina_page(["1", "2", "3"], [f"[{n}]: {HF}/papers/2501.0000{n}" for n in (1, 2, 3)])
    second = jina_page(
        ["1", "2", "3"], [f"[{n}]: {HF}/papers/2502.0000{n}" for n in (1, 2, 3)], head=False
    )
    got = cards_with_ids([*first, "", *second])
    assert [i for _, _, i in got] == [
        "2501.00001",
        "2501.00002",
        "2501.00003",
        "2502.00001",
        "2502.00002",
        "2502.00003",
    ]


def lynx_page(refs: list[str]) -> list[str]:
    lines = ["                                Daily Papers", ""]
    for n, (title, abstract) in enumerate(zip(TITLES, ABSTRACTS, strict=True), 1):
        lines += [f"[{n}]{title}", "", f"   Submitted by [{n + 10}]akhaliq", ""]
        lines += [f"   {abstract}", "", "   Upvote", "   38", ""]
    return lines + ["References", "", "   Visible links:", *refs]


def test_lynx_numbered_references() -> None:
    refs = [f"{n:4d}. {HF}/papers/2501.0000{n}" for n in (1, 2)] + [f"   3. {HF}/akhaliq"]
    got = cards_with_ids(lynx_page(refs))
    assert [i for _, _, i in got] == ["2501.00001", "2501.00002", None]
    assert [t for t, _, _ in got] == TITLES


def test_lynx_numbers_without_a_references_heading_define_nothing() -> None:
    """A numbered list of addresses is a definition list only under lynx's heading."""
    lines = lynx_page([])
    lines = lines[: lines.index("References")] + [
        f"{n:4d}. {HF}/papers/2501.0000{n}" for n in (1, 2, 3)
    ]
    got = cards_with_ids(lines)
    assert [i for _, _, i in got] == [None, None, None]


def test_definition() -> None:
    assert definition(f"[12]: {HF}/papers/2401.01234") == ("12", f"{HF}/papers/2401.01234")
    assert definition('[Foo  Bar]: <https://x.org/a b> "t"') == ("foo bar", "https://x.org/a b")
    assert definition("[foo]: /url 'title'") == ("foo", "/url")
    assert definition("[foo]: /url (title)") == ("foo", "/url")
    assert definition("[foo]: /url title") is None  # (a title must be quoted)
    assert definition("[]: /url") is None
    assert definition("[1] Smith, J.: a reference") is None


def test_lynx_entry() -> None:
    assert lynx_entry(f"  11. {HF}/papers/2401.01234") == ("11", f"{HF}/papers/2401.01234")
    assert lynx_entry(" 239. https://huggingface.co/taesiri") == ("239", f"{HF}/taesiri")
    assert lynx_entry("11. See the appendix") is None


def test_labels_and_targets() -> None:
    assert normalize_label("  ẞ  Foo\tBAR ") == normalize_label("ss foo bar")
    assert title_label("[Title][12]", "Title") == "12"
    assert title_label("[Some Title][]", "Some Title") == "some title"
    assert title_label("rest of a title](url)", "x") == ""
    assert paper_of(f"{HF}/papers/2401.01234#community") == "2401.01234"
    assert paper_of("https://arxiv.org/abs/2401.01234v2") == "2401.01234"
    assert paper_of("https://github.com/a/2401.01234") == ""


def test_html2text_reference_links() -> None:
    """html2text's ``--reference-links``: the definitions after the text, indented three
    spaces (CommonMark allows up to three)."""
    defs = [f"   [{n}]: {HF}/papers/2501.0000{n}" for n in (1, 2, 3)]
    got = cards_with_ids(jina_page(["1", "2", "3"], defs))
    assert [i for _, _, i in got] == ["2501.00001", "2501.00002", "2501.00003"]
