"""arXiv's own pages as capture tools write them (ux29; ``benchmarks/pagegen_arxiv.py``).

Each case is a minimal excerpt of a listing, search or digest page as a converter, a text
browser or a copy writes it, with the grammar that reads it: a linked listing number is the
listing's number; a page that labels or links its authors has no unlabelled line between
a title and its authors but the title's; indentation says a line goes on only past its
label's; a field's wrapped piece is told by the page's wrap width, the subjects' open item,
an open link, the authors' links; a reader service's ``Title:`` above ``URL Source:`` names
the page; a search page cut above an entry's title keeps the title right above
``Authors:``; html2text leaves backslashes single.
"""

from __future__ import annotations

import textwrap

from papercorpus.records import Record
from papercorpus.sources.arxiv_text import looks_like_arxiv_text, parse_arxiv_text
from papercorpus.sources.base import ParseLog
from papercorpus.sources.detect import detect_format

A = "https://arxiv.org"
ABSTRACT = (
    "We study how a second model helps verify the answers of a first one. Across four "
    "benchmarks the reviewer catches most errors, and we show when it does not: the two "
    "models share their blind spots when they were trained on the same data, which we "
    "measure directly."
)


def _parse(lines: list[str]) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    records = list(parse_arxiv_text(list(enumerate(lines, 1)), "t", log))
    total = log.record_lines + log.blank_lines + sum(log.chrome.values()) + log.reject_lines
    assert total == len(lines)  # every line has one place
    return records, log


def _detected(lines: list[str]) -> str:
    return detect_format(list(enumerate(lines, 1)), "page.txt")


# --------------------------------------------------------------------------- id lines


def test_a_converters_linked_listing_number_opens_an_entry() -> None:
    """firecrawl/Jina: ``[\\[1\\]](…#item1) [arXiv:ID](…) \\[[pdf](…)\\]``, cut below the
    page's heading: its links say markdown, so its escapes go too."""
    lines = [
        f"[\\[1\\]]({A}/list/cs.CL/new#item1) [arXiv:2411.05780]({A}/abs/2411.05780) "
        f"\\[[pdf]({A}/pdf/2411.05780), [other]({A}/format/2411.05780)\\]",
        "Title: F\\_1 Scores for \\[RET\\] Tokens",
        f"[Ada Lovelace]({A}/a/lovelace_a_1), [Alan Turing]({A}/a/turing_a_1)",
        "Subjects: Computation and Language (cs.CL)",
        ABSTRACT,
    ]
    assert _detected(lines) == "arxiv_text"
    [record], log = _parse(lines)
    assert (record.arxiv_id, record.title) == ("2411.05780", "F_1 Scores for [RET] Tokens")
    assert record.abstract == ABSTRACT
    assert record.meta["authors"] == "Ada Lovelace, Alan Turing"


def test_html2texts_linked_number() -> None:
    lines = [
        "[[1]](#item1) [arXiv:2411.05780](/abs/2411.05780) [[pdf](/pdf/2411.05780)]",
        "",
        "Title: GazeSearch: Radiology Findings Search Benchmark",
        "",
        "[Ada Lovelace](/a/lovelace_a_1)",
        "",
        "Subjects: Computation and Language (cs.CL)",
        "",
        ABSTRACT,
    ]
    [record], _ = _parse(lines)
    assert record.arxiv_id == "2411.05780" and record.abstract == ABSTRACT


def test_a_text_browsers_link_numbers_before_the_id_are_no_other_page() -> None:
    """``lynx -dump``: ``[1] [24]arXiv:…``; without the page's header the id line alone
    tells an arXiv page."""
    lines = [
        "   [1] [24]arXiv:2504.05265 [[25]pdf, [26]other]",
        "   Title: From Sparse Signal to Smooth Motion",
        "   Authors: [41]Wei Liu, [42]Ingrid Pham",
        "   Subjects: Robotics (cs.RO)",
    ]
    assert looks_like_arxiv_text(lines)
    assert _detected(lines) == "arxiv_text"
    [record], _ = _parse(lines)
    assert (record.arxiv_id, record.title) == ("2504.05265", "From Sparse Signal to Smooth Motion")


# --------------------------------------------------------------------------- titles


def _lynx_entry(n: int, title: list[str], authors: list[str], ind: str = "   ") -> list[str]:
    head = [f"{ind}[{n}] [{20 + n}]arXiv:2504.0{n:04d} [[{30 + n}]pdf]", f"{ind}Title: {title[0]}"]
    return head + [ind + t for t in title[1:]] + [ind + a for a in authors]


def test_a_text_browsers_uniform_indent_is_no_wrap_and_linked_names_are_the_authors() -> None:
    """lynx indents the whole body: the indent says nothing; the names' link numbers say
    authors, and on a page whose authors are linked the line above them is the title's."""
    lines = _lynx_entry(
        1,
        ["Training-free Guidance in Text-to-Video Generation via Multimodal", "Planning"],
        ["[54]A. K. García, [55]Wei Haddad, [56]David Okafor, [57]Xiaoyu Li,", "[58]Maria Li"],
    )
    lines += ["   Subjects: Robotics (cs.RO)"] + ["   " + t for t in textwrap.wrap(ABSTRACT, 75)]
    [record], _ = _parse(lines)
    assert record.title == (
        "Training-free Guidance in Text-to-Video Generation via Multimodal Planning"
    )
    assert record.meta["authors"].startswith("A. K. García, Wei Haddad")
    assert record.abstract == ABSTRACT


def test_html2text_wraps_a_title_under_its_indented_label() -> None:
    lines = [
        "[[3]](#item3) [arXiv:2503.19100](/abs/2503.19100) [[pdf](/pdf/2503.19100)]",
        "",
        "    Title: Anomaly Detection Using Computer Vision: A Comparative Analysis",
        "Class Distinction and Performance Metrics",
        "",
        "[J. Nguyen](/a/j_nguyen_1), [Wei Gupta](/a/wei_gupta_1), [Jun",
        "Okafor](/a/jun_okafor_1)",
        "",
        "Subjects: Robotics (cs.RO)",
    ]
    [record], _ = _parse(lines)
    assert record.title == (
        "Anomaly Detection Using Computer Vision: A Comparative Analysis Class Distinction "
        "and Performance Metrics"
    )
    assert record.meta["authors"] == "J. Nguyen, Wei Gupta, Jun Okafor"  # the link's wrap
    assert record.abstract == ""


def test_a_search_title_wraps_unindented_above_authors() -> None:
    """A search entry's title (w3m, 80 columns) runs to its ``Authors:``."""
    lines = [
        "arXiv:2504.12140  [pdf, other]",
        "cs.CL cs.AI",
        "Multilingual Contextualization of Large Language Models for Document-Level",
        "Machine Translation",
        "Authors: Elena Johansson, Maria Kowalski",
        f"Abstract: {ABSTRACT}",
        "Submitted 19 May, 2025; originally announced May 2025.",
    ]
    [record], _ = _parse(lines)
    assert record.title == (
        "Multilingual Contextualization of Large Language Models for Document-Level "
        "Machine Translation"
    )


def test_a_page_labelling_one_entrys_authors_has_no_habit() -> None:
    """The others' bare names stay the authors (a title's wrap is then read as before)."""
    lines = [
        "[1] arXiv:2503.12102 [pdf]",
        "Title: A Speech-to-Video Synthesis Approach",
        "Paula Andrea Pérez-Toro, Tomás Arias-Vergara, Fangxu Xing",
        "Subjects: Computation and Language (cs.CL)",
        "",
        ABSTRACT,
        "[2] arXiv:2503.12124 [pdf]",
        "Title: Z-Magic: Zero-shot Multiple Attributes Guided Image Creator",
        "Authors: Yingying Deng, Xiangyu He",
        "Subjects: Computation and Language (cs.CL)",
        "[3] arXiv:2503.12125 [pdf]",
        "Title: DiffGAP: A Lightweight Diffusion Module",
        "Yingying Deng, Xiangyu He, Fan Tang",
        "Subjects: Computation and Language (cs.CL)",
    ]
    records, _ = _parse(lines)
    assert [r.title for r in records] == [
        "A Speech-to-Video Synthesis Approach",
        "Z-Magic: Zero-shot Multiple Attributes Guided Image Creator",
        "DiffGAP: A Lightweight Diffusion Module",
    ]


# --------------------------------------------------------------------------- fields


def test_subjects_wrapped_inside_an_item_or_after_its_semicolon() -> None:
    lines = [
        "[1] arXiv:2503.13555 [pdf]",
        "Title: Unified Multimodal Discrete Diffusion",
        "Authors: Jun Gupta",
        "Subjects: Optimization and Control (math.OC); Machine Learning (stat.ML);",
        "Statistical Mechanics (cond-mat.stat-mech); High Energy Physics - Theory",
        "(hep-th)",
        ABSTRACT,
    ]
    [record], _ = _parse(lines)
    assert record.abstract == ABSTRACT
    assert record.meta["subjects"].endswith("(hep-th)")


def test_subject_codes_alone_are_no_open_item() -> None:
    lines = [
        "[1] arXiv:2503.11731 [pdf]",
        "Title: Industrial-Grade Sensor Simulation",
        "Authors: Xianming Zeng",
        "Subjects: cs.CV; cs.RO",
        ABSTRACT,
    ]
    [record], _ = _parse(lines)
    assert record.abstract == ABSTRACT


def _lynx_page(comment: list[str], last_names: list[str]) -> list[str]:
    """Three entries of a lynx dump wrapped at 78: the page's width is measured."""
    body = textwrap.wrap(f"{ABSTRACT} {ABSTRACT}", 75)
    lines = []
    for n in (1, 2, 3):
        lines += _lynx_entry(n, [f"A Title of Entry {n}"], last_names if n == 2 else ["[9]Ada Li"])
        if n == 2:
            lines += ["   " + c for c in comment]
        lines += ["   Subjects: Robotics (cs.RO)", ""] + ["   " + b for b in body] + [""]
    return lines


def test_a_comment_wrapped_at_the_pages_width_goes_on() -> None:
    comment = textwrap.wrap(
        "Comments: To appear in Proceedings of the 42nd International Conference on Machine "
        "Learning (ICML 2025), Vancouver, Canada. 14 pages",
        75,
    )
    assert len(comment) == 2 and not comment[1][0].islower()
    records, _ = _parse(_lynx_page(comment, ["[9]Ada Li"]))
    assert records[1].meta["extra"]["comment"].endswith("Canada. 14 pages")
    assert [r.abstract for r in records] == [f"{ABSTRACT} {ABSTRACT}"] * 3


def test_a_name_the_width_cut_stays_with_the_authors() -> None:
    names = textwrap.wrap(
        "Authors: [163]Kwame Zhang, [164]Jun Rossi, [165]Hiroshi Kim, [166]Tomás O'Neill", 75
    )
    assert names[1] == "O'Neill"
    records, _ = _parse(_lynx_page([], names))
    assert records[1].meta["authors"] == "Kwame Zhang, Jun Rossi, Hiroshi Kim, Tomás O'Neill"
    assert [r.abstract for r in records] == [f"{ABSTRACT} {ABSTRACT}"] * 3


def test_a_search_pages_hidden_authors_count_at_the_same_indent() -> None:
    lines = [
        "     arXiv:2503.12964 [pdf]",
        "     cs.CV",
        "     Training Video Foundation Models with NVIDIA NeMo",
        "     Authors: [Rong Ou](https://arxiv.org/search/?searchtype=author&query=Ou), et al.",
        "     (4 additional authors not shown)",
        f"     Abstract: {ABSTRACT}",
    ]
    [record], _ = _parse(lines)
    assert record.meta["n_authors"] == 5 and record.abstract == ABSTRACT


# --------------------------------------------------------------------------- page edges


def test_a_reader_services_preamble_names_the_page_not_an_entry() -> None:
    lines = [
        "Title: Computation and Language",
        "",
        f"URL Source: {A}/list/cs.CL/new",
        "",
        "Markdown Content:",
        "[\\[1\\]](#item1) [arXiv:2411.05780](/abs/2411.05780)",
        "Title: GazeSearch",
        "Authors: Ada Lovelace",
        "Subjects: Computation and Language (cs.CL)",
        ABSTRACT,
    ]
    records, log = _parse(lines)
    assert [r.title for r in records] == ["GazeSearch"]
    assert not log.warnings and log.chrome["preamble"] == 3


def test_a_search_capture_cut_above_a_title_keeps_it() -> None:
    lines = [
        "      RefChartQA: Grounding Visual Answer on Chart Images through",
        "      Instruction Tuning",
        "      Authors: [32]Kwame De Santis, [33]Lukas Chen",
        f"      Abstract: {ABSTRACT}",
        "      Submitted 4 January, 2025; originally announced January 2025.",
        "",
        "   2. [5]arXiv:2503.12793 [pdf]",
        "      cs.CL",
        "      Improving Generalization of Universal Adversarial Perturbation",
        "      Authors: [40]Ingrid Ivanova",
    ]
    records, log = _parse(lines)
    assert [(r.arxiv_id, r.title) for r in records] == [
        (None, "RefChartQA: Grounding Visual Answer on Chart Images through Instruction Tuning"),
        ("2503.12793", "Improving Generalization of Universal Adversarial Perturbation"),
    ]
    assert records[0].abstract == ABSTRACT and not log.rejects


# --------------------------------------------------------------------------- escapes


def test_html2text_leaves_a_backslash_single() -> None:
    """html2text escapes a backslash only before its own marks: ``80\\%`` is as the page
    shows it; a turndown writer doubles it (``80\\\\%``)."""
    h2t = [
        "[[1]](#item1) [arXiv:2411.05780](/abs/2411.05780)",
        "Title: Sparse $\\ell_1$ Keypoints",
        "[Ada Lovelace](/a/lovelace_a_1)",
        "Subjects: Computation and Language (cs.CL)",
        "It improves by $5.1\\%$ and 80\\% over \\\\_ the baseline.",
    ]
    [record], _ = _parse(h2t)
    assert record.title == "Sparse $\\ell_1$ Keypoints"
    assert record.abstract == "It improves by $5.1\\%$ and 80\\% over \\_ the baseline."
    turndown = [line.replace("\\", "\\\\") for line in h2t]
    turndown[0] = "[\\[1\\]](#item1) [arXiv:2411.05780](/abs/2411.05780)"
    [record], _ = _parse(turndown)
    assert record.title == "Sparse $\\ell_1$ Keypoints"
    assert record.abstract == "It improves by $5.1\\%$ and 80\\% over \\\\_ the baseline."


# --------------------------------------------------------------------------- unmarked wraps


def test_w3m_a_title_filling_the_width_then_bare_names() -> None:
    """``w3m -dump`` (80 columns, no link marks, no indent): the line under a title that
    filled the width is its rest when more bare lines follow (the names), the names when a
    label follows."""
    lines = [
        "[1] arXiv:2504.00001 [pdf]",
        "Title: Towards Cross-modal Retrieval in Chinese Cultural Heritage Documents:",
        "Dataset and Solution",
        "Maria Smith, Kwame Poincar\\'e, Kwame Kowalski, Anna Poincar\\'e, Chen van der",
        "Berg, David van der Berg",
        "Subjects: Computation and Language (cs.CL)",
        "",
        ABSTRACT,
        "",
        "[2] arXiv:2504.00002 [pdf]",
        "Title: Proactive User Information Acquisition via Chats on User-Favored Topics",
        "Ahmed O'Neill",
        "Subjects: Computation and Language (cs.CL)",
        "",
        ABSTRACT,
        "",
        "[3] arXiv:2504.00003 [pdf]",
        "Title: ELAB: Extensive LLM Alignment Benchmark in Persian Language",
        'Sofia De Santis, Chen Müller, Yuki Zhang, Tomás Gupta, Yuki Schr\\"odinger, A. K.',
        "Okafor, Wei O'Neill, Xiaoyu Wang",
        "Subjects: Computation and Language (cs.CL)",
        "",
        ABSTRACT,
    ]
    lines += [""] + [t for t in textwrap.wrap(ABSTRACT * 3, 80)]  # the page's width, seen
    records, _ = _parse(lines)
    assert [r.title for r in records] == [
        "Towards Cross-modal Retrieval in Chinese Cultural Heritage Documents: Dataset and "
        "Solution",
        "Proactive User Information Acquisition via Chats on User-Favored Topics",
        "ELAB: Extensive LLM Alignment Benchmark in Persian Language",
    ]
    assert [r.meta["authors"] for r in records] == [
        "Maria Smith, Kwame Poincar\\'e, Kwame Kowalski, Anna Poincar\\'e, Chen van der Berg, "
        "David van der Berg",
        "Ahmed O'Neill",
        'Sofia De Santis, Chen Müller, Yuki Zhang, Tomás Gupta, Yuki Schr\\"odinger, A. K. '
        "Okafor, Wei O'Neill, Xiaoyu Wang",
    ]
    assert records[0].abstract == ABSTRACT and records[2].abstract.startswith(ABSTRACT)


def test_a_search_entrys_fields_wrap_when_it_shows_no_abstract() -> None:
    """Abstracts hidden: the dates sentence and the comment wrap; nothing is an abstract,
    and such a page is still arXiv's (``Authors:`` under an id line, dated as arXiv dates)."""
    lines = [
        "  1. [arXiv:2505.14442](https://arxiv.org/abs/2505.14442) [[pdf](/pdf/2505.14442)]",
        "",
        "     cs.CV",
        "",
        "     Creative Preference Optimization",
        "",
        "Authors: [Zhi-Hua Erd\\H{o}s](/a/zhi_hua_erd_h_o_s_1)",
        "",
        "Submitted 5 March, 2024; v1 submitted 2 March, 2024; originally announced",
        "March 2024.",
        "Comments: 27 pages. Extended version of the paper presented at ACL 2024",
        "(Findings)",
    ]
    assert _detected(lines) == "arxiv_text"
    [record], log = _parse(lines)
    assert (record.title, record.abstract) == ("Creative Preference Optimization", "")
    assert record.meta["extra"]["comment"].endswith("ACL 2024 (Findings)")
    assert not log.rejects


def test_the_sites_footer_ends_an_entry_without_an_abstract() -> None:
    lines = [
        "[4] arXiv:2403.01774 (replaced) [pdf]",
        "Title: WebCiteS: Attributed Query-Focused Summarization",
        "Haolin Deng, Chang Wang, Xin Li",
        "Subjects: Computation and Language (cs.CL)",
        "About",
        "Help",
        "contact arXivClick here to contact arXiv Contact",
        "Web Accessibility Assistance",
    ]
    [record], log = _parse(lines)
    assert record.abstract == "" and len(log.rejects) == 4


def test_the_digests_closing_link_names_an_entry_cut_above_its_title() -> None:
    lines = [
        "Title: Hacia la interpretabilidad de la detección anticipada de riesgos",
        "  de depresión utilizando grandes modelos de lenguaje",
        "Authors: Lukas Nguyen, Olga Kim",
        "Categories: cs.CL",
        "\\\\",
        "  " + ABSTRACT,
        "\\\\ ( https://arxiv.org/abs/2503.20939 ,  523kb)",
    ]
    [record], _ = _parse(lines)
    assert record.arxiv_id == "2503.20939" and record.abstract == ABSTRACT


def test_an_abstracts_warning_line_is_no_reader_preamble() -> None:
    lines = [
        "[1] arXiv:2504.00001 [pdf]",
        "Title: Harmful Memes",
        "Authors: Ada Lovelace",
        "Subjects: Computation and Language (cs.CL)",
        "Warning: This paper contains examples of harmful language and images. Reader",
        "discretion is advised. We study memes.",
    ]
    [record], _ = _parse(lines)
    assert record.abstract.startswith("Warning: This paper contains")


def test_a_citation_mark_stays_where_no_text_browser_numbered_links() -> None:
    """``[5].`` in a search page's abstract is a citation: only a page whose links carry a
    text browser's numbers (``[24]arXiv:``) loses them."""
    lines = [
        "    arXiv:2503.12793  [pdf] ",
        "    cs.CL",
        "Improving Generalization of Universal Adversarial Perturbation",
        "Authors: Ingrid Ivanova",
        "Abstract: Disease control and import substitution [5]. Purpose of research: to"
        " consider various machine learning methods.",
    ]
    [record], _ = _parse(lines)
    assert "substitution [5]. Purpose" in record.abstract


def test_a_title_wrapped_before_a_word_the_page_prints_as_chrome() -> None:
    """``References`` (a text browser's link list) or ``Help`` under a title, on a page
    that links its authors, is the title's last word."""
    lines = _lynx_entry(
        4,
        ["FreeViS: Training-free Video Stylization with Inconsistent", "References"],
        ["[70]Hiroshi Johansson, [71]Hiroshi Smith"],
    )
    lines += ["   Subjects: Robotics (cs.RO)"]
    [record], _ = _parse(lines)
    assert record.title == "FreeViS: Training-free Video Stylization with Inconsistent References"


def test_a_number_is_no_name() -> None:
    """``10 GB Corpora, 16 GB RAM, …`` under a full title is the title's rest."""
    lines = [
        "[12] arXiv:2602.03731 [pdf]",
        "Title: CUBO: Self-Contained Retrieval-Augmented Generation on Consumer Laptops",
        "10 GB Corpora, 16 GB RAM, Single-Device Deployment",
        "Priya Ben-David",
        "Subjects: Robotics (cs.RO)",
        "",
    ] + textwrap.wrap(ABSTRACT * 3, 80)
    [record], _ = _parse(lines)
    assert record.title.endswith(
        "Consumer Laptops 10 GB Corpora, 16 GB RAM, Single-Device Deployment"
    )
    assert record.meta["authors"] == "Priya Ben-David"


def test_an_abstracts_line_ending_in_a_parenthesis_is_no_subject() -> None:
    lines = _lynx_entry(27, ["PASS: Probabilistic Agentic Supernet Sampling"], ["[762]Kwame Gupta"])
    lines += [
        "   Subjects: Quantum Physics (quant-ph); Machine Learning (cs.LG)",
        "   Existing tool-augmented agentic systems are limited in the real world by (i)",
        "   black-box reasoning steps that undermine trust.",
    ]
    [record], _ = _parse(lines)
    assert record.abstract.startswith("Existing tool-augmented")


def test_a_copy_shows_an_abstracts_markdown_as_written() -> None:
    """No converter wrote this page: ``[GitHub](https://…)`` in an abstract is its text."""
    lines = [
        "[1] arXiv:2508.00001 [pdf]",
        "Title: Hair Strands",
        "Authors: Ada Lovelace",
        "Subjects: Robotics (cs.RO)",
        "We model hair. Code will be released at [GitHub](https://github.com/x/hair).",
    ]
    [record], _ = _parse(lines)
    assert record.abstract.endswith("[GitHub](https://github.com/x/hair).")


def _w3m_page(entry: list[str]) -> list[str]:
    """An entry on a w3m page (80 columns; one line a column longer, as a long address
    runs past the width), its abstracts wrapped at 80."""
    body = textwrap.wrap(f"{ABSTRACT} {ABSTRACT} {ABSTRACT}", 80)
    return entry + ["Subjects: Robotics (cs.RO)", *body, "", "x" * 81]


def test_a_title_line_short_of_the_width_ends_the_title_whatever_its_last_word() -> None:
    lines = _w3m_page(
        [
            "[87] arXiv:2508.02073 [pdf]",
            "Title: Risk identification based on similar case retrieval enhancement,",
            "Sofia Kim, A. K. Erd\\H{o}s, David Nguyen, Mei Dubois, Chen García, Ahmed García",
        ]
    )
    [record], _ = _parse(lines)
    assert record.title == "Risk identification based on similar case retrieval enhancement,"


def test_a_title_rest_with_a_comma_is_no_line_of_names_when_it_ends_short() -> None:
    """``Privacy-Preserving, LLM-Based Optimization Agent`` reads as two names; it did not
    fill the width, and bare names follow it: the title's rest."""
    lines = _w3m_page(
        [
            "[1] arXiv:2508.00128 [pdf]",
            "Title: Autonomous Radiotherapy Treatment Planning Using DOLA: A $k$-NN",
            "Privacy-Preserving, LLM-Based Optimization Agent",
            "Ingrid Sato, Jun Moreno D'Incà, Priya Chen, Hiroshi Poincar\\'e, Lukas Sato,",
            "Rafael O'Neill, Jun Sato, Lukas Li",
        ]
    )
    [record], _ = _parse(lines)
    assert record.title.endswith("A $k$-NN Privacy-Preserving, LLM-Based Optimization Agent")
    assert record.meta["authors"].endswith("Jun Sato, Lukas Li")


def test_a_copy_wraps_no_title() -> None:
    """A browser's copy wraps nothing: a title ending in `` -`` is whole on its line."""
    lines = [
        "[53] arXiv:2504.12137 [pdf]",
        "Title: Efficient Contrastive Decoding - Mitigating Hallucinations in Large Models -",
        "Jun Erd\\H{o}s, Anna Kim",
        "Subjects: Robotics (cs.RO)",
        f"{ABSTRACT} {ABSTRACT}",
        "[54] arXiv:2504.12138 [pdf]",
        "Title: A Second Paper",
        "Anna Kim",
        "Subjects: Robotics (cs.RO)",
        f"{ABSTRACT} {ABSTRACT}",
        "[55] arXiv:2504.12139 [pdf]",
        "Title: A Third Paper",
        "Anna Kim",
        "Subjects: Robotics (cs.RO)",
        f"{ABSTRACT} {ABSTRACT}",
    ]
    records, _ = _parse(lines)
    assert records[0].title.endswith("Large Models -")
    assert records[0].meta["authors"] == "Jun Erd\\H{o}s, Anna Kim"


# --------------------------------------------------------------------------- Crawl4AI


def test_crawl4ais_citation_marks_on_arxivs_listing() -> None:
    """Crawl4AI writes each link as ``text⟨n⟩`` and lists the targets under ``## References``
    (pages.citations reads them as reference links); a link whose text holds an escaped
    bracket (the listing number) it leaves as it is."""
    lines = [
        f"[\\[1\\]]({A}/list/cs.CL/new#item1) arXiv:2411.05780⟨1⟩ \\[pdf⟨2⟩, other⟨3⟩\\]",
        "Title: GazeSearch: Radiology Findings Search Benchmark",
        "Ada Lovelace⟨4⟩, Alan Turing⟨5⟩",
        "Subjects: Computation and Language (cs.CL)",
        ABSTRACT,
        "- About⟨6⟩",
        "",
        "## References",
        "",
        f"⟨1⟩ {A}/abs/2411.05780: arXiv:2411.05780",
        f"⟨2⟩ {A}/pdf/2411.05780: pdf",
        f"⟨3⟩ {A}/format/2411.05780: other",
        f"⟨4⟩ {A}/a/lovelace_a_1: Ada Lovelace",
        f"⟨5⟩ {A}/a/turing_a_1: Alan Turing",
        f"⟨6⟩ {A}/help: About",
    ]
    assert _detected(lines) == "arxiv_text"
    [record], log = _parse(lines)
    assert (record.arxiv_id, record.abstract) == ("2411.05780", ABSTRACT)
    assert record.meta["authors"] == "Ada Lovelace, Alan Turing"
    assert [d.line for d in log.rejects] == [6]  # the site's footer, reported


def test_a_link_definitions_shape_inside_an_abstract_is_text() -> None:
    lines = [
        "[1] arXiv:2504.00001 [pdf]",
        "Title: A Title",
        "Authors: Ada Lovelace",
        "Subjects: Robotics (cs.RO)",
        "We evaluate these models in alignment with",
        "[28]: across multiple training datasets, it holds.",
    ]
    [record], _ = _parse(lines)
    assert record.abstract.endswith("with [28]: across multiple training datasets, it holds.")


def test_a_converters_escaped_brackets_are_the_pages_text() -> None:
    """turndown escapes an abstract's own ``[GitHub](…)``: the page shows it so, no link."""
    lines = [
        f"[\\[1\\]]({A}/list/cs.CV/new#item1) [arXiv:2508.00001]({A}/abs/2508.00001)",
        "Title: Hair Strands",
        "Authors: [Ada Lovelace](https://arxiv.org/a/lovelace_a_1)",
        "Subjects: Robotics (cs.RO)",
        "Code will be released at \\[GitHub\\](https://github.com/x/hair) and \\[CLS\\].",
    ]
    [record], _ = _parse(lines)
    assert (
        record.abstract == "Code will be released at [GitHub](https://github.com/x/hair) and [CLS]."
    )


def test_a_w3m_title_wrapped_before_a_word_the_page_prints_as_chrome() -> None:
    lines = _w3m_page(
        [
            "[72] arXiv:2510.08741 [pdf]",
            "Title: Coordinates from Context: Using LLMs to Ground Complex Location",
            "References",
            "Kwame Okafor, Wei Wang, Ngan Moreno D'Incà",
        ]
    )
    [record], _ = _parse(lines)
    assert record.title.endswith("Complex Location References")


def test_html2texts_escaped_list_mark_at_a_lines_start() -> None:
    lines = [
        "[[1]](#item1) [arXiv:2411.05780](/abs/2411.05780)",
        "Title: Sparse $\\ell_1$ Keypoints",
        "[Ada Lovelace](/a/lovelace_a_1)",
        "Subjects: Computation and Language (cs.CL)",
        "\\- The field of natural language processing moved.",
    ]
    [record], _ = _parse(lines)
    assert record.abstract == "- The field of natural language processing moved."


def test_one_odd_backslash_on_a_page_that_escapes_its_brackets_is_that_lines() -> None:
    """Crawl4AI's regex takes ``\\[https://x\\](https://x)`` for a link and leaves
    ``\\https://x⟨3⟩``; the page's other lines keep their escapes undone."""
    lines = [
        "1. arXiv:2506.01531⟨1⟩ \\[pdf⟨2⟩\\]",
        "cs.CL",
        "Sparse $\\\\ell\\_1$ Keypoints",
        "Authors: Ada Lovelace",
        "Abstract: Our data is at \\https://x.github.io/a\\⟨3⟩. △ Less",
        "",
        "## References",
        "",
        "⟨1⟩ https://arxiv.org/abs/2506.01531: arXiv:2506.01531",
        "⟨2⟩ https://arxiv.org/pdf/2506.01531: pdf",
        "⟨3⟩ https://x.github.io/a: https://x.github.io/a",
    ]
    [record], _ = _parse(lines)
    assert (record.arxiv_id, record.title) == ("2506.01531", "Sparse $\\ell_1$ Keypoints")


def test_a_title_wrapped_before_categories_colon() -> None:
    lines = [
        "   10. [50]arXiv:2606.02004 [pdf]",
        "   stat.ML eess.AS cs.CL",
        "   Machine Learning for Coding Retail Product Names to Consumer-Price",
        "   Categories: A Rule-plus-Bag-of-Words Pipeline with",
        "   Reliability-Weighted Human-in-the-Loop Labeling",
        "   Authors: [370]Ngan Zhang",
    ]
    [record], _ = _parse(lines)
    assert record.title.endswith(
        "Consumer-Price Categories: A Rule-plus-Bag-of-Words Pipeline with "
        "Reliability-Weighted Human-in-the-Loop Labeling"
    )


def test_a_line_whose_text_is_only_an_empty_link() -> None:
    """``[](https://…)`` shows nothing: no test of its first character may fail."""
    lines = [
        f"[1] [arXiv:2504.00001]({A}/abs/2504.00001)",
        "Title: A Title",
        "Authors: Ada Lovelace",
        "Subjects: Robotics (cs.RO)",
        ABSTRACT,
        f"[]({A}/help)",
    ]
    [record], _ = _parse(lines)
    assert record.title == "A Title"
