# ruff: noqa: E501  (page lines as captured)
"""Page arrangements beyond the generator's default mix (``pagegen --family new``,
benchmarks/pagegen_variants.py), reduced to small pages: one test per failure class,
written before its fix (docs/pages.md, "Arrangements beyond the generator's default mix")."""

from __future__ import annotations

from pathlib import Path

import pytest

from papercorpus.records import Record
from papercorpus.sources import InputFile, ParseLog, ReadOptions, iter_records
from papercorpus.sources.chrome import classify_chrome
from papercorpus.sources.chrome_values import github_stars
from papercorpus.sources.pages import parse_pages

from .page_excerpts import SUBJECTIVE_ABSTRACT, SUBJECTIVE_TITLE, check_excerpt, load_excerpts

T1 = "Model as a Game: On Numerical and Spatial Consistency for Generative Games"
A1 = (
    "Recent advances in generative models have significantly impacted game generation. "
    "However, despite producing high-quality graphics, current models lack numerical consistency."
)
T2 = "Pallet Detection And Localisation From Synthetic Data"
A2 = (
    "The global warehousing industry is experiencing rapid growth, with the market size "
    "projected to grow at an annual rate of several percent over the next decade."
)
T3 = SUBJECTIVE_TITLE
A3 = SUBJECTIVE_ABSTRACT
HEAD = ["Daily Papers", "", "Get trending papers in your email inbox!", "", "Subscribe", ""]
EXPECTED = [(T1, A1), (T2, A2), (T3, A3)]


def _parse(lines: list[str]) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(parse_pages(list(enumerate(lines, 1)), "t", log)), log


def _pairs(records: list[Record]) -> list[tuple[str, str]]:
    return [(r.title, r.abstract) for r in records]


def _laid(blocks: list[list[str]], layout: str) -> list[str]:
    """HEAD, then each card's lines: a blank line after each (layout A) or none (B)."""
    out = list(HEAD)
    for block in blocks:
        out += [x for line in block for x in (line, "")] if layout == "A" else block
    return out


def _page(chrome: list[list[str]], layout: str = "A") -> list[str]:
    """HEAD, then the three cards, each followed by its chrome lines."""
    cards = zip(EXPECTED, chrome, strict=True)
    return _laid([[title, abstract, *lines] for (title, abstract), lines in cards], layout)


def _read_file(tmp_path: Path, text: str, name: str = "page.txt") -> tuple[list[Record], ParseLog]:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    log = ParseLog()
    return list(iter_records(InputFile(name, path), ReadOptions(), log)), log


def test_arxiv_id_line_on_a_web_export_is_still_a_page(tmp_path: Path) -> None:
    """A web export's own ``Title:`` header (r.jina.ai style) plus an ``arXiv:ID`` chrome
    line made the whole page an arXiv listing: every card lost (n_submitted, 3,406 of
    13,801 cards on seed 1)."""
    lines = [
        "Title: Daily Papers - Hugging Face",
        "URL Source: https://huggingface.co/papers?date=2025-03-18",
        "Markdown Content:",
        "Daily Papers",
        "Get trending papers in your email inbox!",
        "Submitted by taesiri",
        "arXiv:2602.05261 [pdf, html]",
        T1,
        A1,
        "Submitted by hysts · 19 May 2018",
        T2,
        A2,
    ]
    records, log = _read_file(tmp_path, "\n".join(lines))
    assert _pairs(records) == EXPECTED[:2]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("▲ 101", "upvotes"),
        ("👍 12", "upvotes"),
        ("101 upvotes", "upvotes"),
        ("1,142 upvotes", "upvotes"),
        ("2.3K", "upvotes"),
        ("★ 1.2k", "github"),
        ("⭐ 131", "github"),
        ("1.2k stars", "github"),
        ("GitHub · 9 stars", "github"),
        ("💬 12", "comments"),
        ("12 comments", "comments"),
        ("1 comment", "comments"),
        ("2 days ago", "date"),
        ("Published 3 hours ago", "date"),
        ("yesterday", "date"),
        ("2025-01-03", "date"),
        ("3 March 2025", "date"),
        ("Submitted on 14 Feb 2024", "date"),
        ("arXiv:2602.05261", "url"),
        ("arXiv:2602.05261 [pdf, html]", "url"),
        ("https://huggingface.co/papers/2602.05261 · arXiv:2602.05261", "url"),
        ("Google · Published on Jan 3, 2025", "org"),
        ("Tsinghua University · 4 authors", "org"),
        ("12 authors · Published on Jan 3, 2025", "date"),
        ("▲ 101 · 💬 12 · 12 authors", "upvotes"),
        ("Get\xa0trending\xa0papers in your email inbox!", "header"),
        ("5\xa0authors", "authors"),
        ("Published\xa0on\xa0Oct\xa010, 2025", "date"),
    ],
)
def test_other_chrome_forms(line: str, kind: str) -> None:
    """Counts with their button's sign, relative and day-first dates, ``arXiv:`` lines, a
    name with its chrome on one line, no-break spaces: chrome, not papers (n_counts,
    n_reldate, n_org_line, n_stats, n_space: 91,728 extra records on seed 1)."""
    assert classify_chrome(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Scaling Laws for Neural Language Models",
        "a cat sat on the mat",
        "Updated results show that the method works.",
        "12 comments on the paper were answered",
        "Attention Is All You Need · Published on Jan 3, 2025: A Retrospective",
        "A Survey of Large Language Models, Their Uses · 12 authors",
    ],
)
def test_text_stays_text(line: str) -> None:
    assert classify_chrome(line) is None


def test_star_counts() -> None:
    assert [github_stars(s) for s in ("★ 1.2k", "131 stars", "GitHub 86.1k")] == [
        "1.2k",
        "131",
        "86.1k",
    ]


@pytest.mark.parametrize("layout", ["A", "B"])
def test_other_chrome_forms_between_cards(layout: str) -> None:
    chrome = [
        ["▲ 101", "12 authors · Published on Jan 3, 2025"],
        ["Google · Published on Jan 3, 2025", "💬 12"],
        ["2 days ago", "★ 1.2k"],
    ]
    records, log = _parse(_page(chrome, layout))
    assert _pairs(records) == EXPECTED
    assert records[1].meta.get("org") == "Google"


def _titled(titles: list[str], layout: str = "A", rest: str = "") -> list[str]:
    """HEAD, then the three cards with their titles as given (``rest`` before each of a
    card's other lines: a list item's indent)."""
    cards = zip(titles, EXPECTED, strict=True)
    return _laid(
        [[title, rest + abstract, rest + "3 authors"] for title, (_, abstract) in cards], layout
    )


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize(
    "marks",
    [
        ("1. ", "2. ", "3. "),
        ("1) ", "2) ", "3) "),
        ("- ", "- ", "- "),
        ("* ", "* ", "* "),
        ("• ", "• ", "• "),
    ],
)
def test_numbered_and_bulleted_titles(marks: tuple[str, ...], layout: str) -> None:
    """A numbered or bulleted listing (``1. Title``, ``- Title``): the mark is the list's,
    not the title's (n_numbered, n_bulleted: every title damaged on seed 1)."""
    titles = [m + t for m, (t, _) in zip(marks, EXPECTED, strict=True)]
    records, _ = _parse(_titled(titles, layout, "  " if marks[0] == "- " else ""))
    assert _pairs(records) == EXPECTED


@pytest.mark.parametrize("layout", ["A", "B"])
def test_bold_titles(layout: str) -> None:
    records, _ = _parse(_titled([f"**{t}**" for t, _ in EXPECTED], layout))
    assert _pairs(records) == EXPECTED


@pytest.mark.parametrize(
    "form",
    ["{t} (101 upvotes)", "{t} · ▲ 101", "▲ 101 {t}", "{t} (1.2k upvotes)", "👍 12 {t}"],
)
def test_title_sharing_its_line_with_its_upvotes(form: str) -> None:
    """``Title (101 upvotes)``: the count is chrome on the title's line (n_title_votes:
    the count leaked into 13,871 titles on seed 1)."""
    records, _ = _parse(_titled([form.format(t=t) for t, _ in EXPECTED]))
    assert _pairs(records) == EXPECTED


@pytest.mark.parametrize(
    "title",
    [
        "1.58-bit FLUX",
        "2D Matryoshka Sentence Embeddings",
        "**Bold** claims about language models",
        "Upvotes (and Downvotes) as Signals of Quality",
        "3D Gaussian Splatting for Real-Time Radiance Field Rendering",
    ],
)
def test_marks_that_are_the_title(title: str) -> None:
    records, _ = _parse(_titled([title, T2, T3]))
    assert _pairs(records)[0] == (title, A1)


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize(
    "form",
    [
        "{k}. [{t}]({u})",
        "- [{t}]({u})",
        "**[{t}]({u})**",
        "{k}. **[{t}]({u})**",
        "▲ 101 [{t}]({u})",
        "[{t}]({u}) (101 upvotes)",
        "[{t}]({u}) · ▲ 101",
    ],
)
def test_marked_title_links(form: str, layout: str) -> None:
    """A markdown listing's title link behind a list's mark, in bold or beside its upvote
    count: the link is unwrapped and its id kept (n_numbered, n_bulleted, n_emphasis,
    n_title_votes in md: 1,500-2,400 titles damaged each on seed 1)."""
    ids = ["2503.11731", "2503.11742", "2503.11743"]
    titles = [
        form.format(k=k, t=t, u=f"https://huggingface.co/papers/{i}")
        for k, ((t, _), i) in enumerate(zip(EXPECTED, ids, strict=True), 1)
    ]
    records, _ = _parse(_titled(titles, layout))
    assert _pairs(records) == EXPECTED
    assert [r.arxiv_id for r in records] == ids


DUALITY = "The Diffusion Duality, Chapter II: Ψ-Samplers and Efficient Curriculum"
DUALITY_LINES = [
    "Introduces Predictor-Corrector samplers for discrete diffusion that beat ancestral sampling and",
    "enable efficient, improving sampling with more steps, plus a memory-efficient Gaussian-relaxation",
    "curriculum.",
]
EGO_LINES = [
    "experiments show EgoForge achieves consistent gains in semantic alignment, geometric stability, and",
    "motion fidelity over strong baselines, and robust performance in real-world smart-glasses",
    "experiments.",
]


@pytest.mark.parametrize("mark", ["- ", "* ", "• ", "1. "])
def test_list_items_hanging_indent(mark: str) -> None:
    """``- Title`` then the item's lines indented under it: the indent is the list's, not
    arXiv's indented title rest; the summary under the title was read as the title's
    wrapped rest (n_bulleted, seed 1: 1,632 titles damaged, 45 lost)."""
    pad = " " * len(mark)
    lines = list(HEAD[::2])
    lines += [mark + "EgoForge: Goal-Directed Egocentric World Simulator"]
    lines += [pad + x for x in ["We present EgoForge, a simulator. Our", *EGO_LINES]]
    lines += [mark + DUALITY, *(pad + x for x in DUALITY_LINES)]
    lines += [mark + T3, pad + A3]
    records, _ = _parse(lines)
    assert [r.title for r in records] == [
        "EgoForge: Goal-Directed Egocentric World Simulator",
        DUALITY,
        T3,
    ]
    assert records[1].abstract == " ".join(DUALITY_LINES)


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize(
    "block",
    [
        ["We use cookies to give you the best experience on our website.", "Accept"],
        ["This site uses cookies. By continuing to browse you agree to our use of cookies."],
        ["Show 20 more papers"],
        ["Back to top"],
    ],
)
def test_site_chrome_between_cards(block: list[str], layout: str) -> None:
    """A cookie banner, "Show 20 more papers", "Back to top" between two cards: site
    chrome, not the abstract's last paragraph nor a card (n_midchrome, seed 1: 174 leaked,
    493 extra records)."""
    lines = _titled([t for t, _ in EXPECTED], layout)
    at = lines.index(T2)
    sep = [""] if layout == "A" else []
    lines[at:at] = [x for line in block for x in [line, *sep]]
    records, log = _parse(lines)
    assert _pairs(records) == EXPECTED
    assert not log.rejects


def test_web_export_preamble_with_no_break_spaces(tmp_path: Path) -> None:
    """A web export whose chrome is spaced with NBSPs and indented: its ``Title:`` /
    ``URL Source:`` preamble is still found before the page header (n_space: the preamble
    lines became a paper)."""
    nb = "\xa0"
    lines = [
        f"\ufeffTitle:{nb}Daily{nb}Papers{nb}-{nb}Hugging{nb}Face",
        f"    URL{nb}Source:{nb}https://huggingface.co/papers?date=2025-03-18",
        f"    Markdown{nb}Content:",
        f"Daily{nb}Papers  ",
        f"\tGet{nb}trending{nb}papers{nb}in{nb}your{nb}email{nb}inbox!",
        T1,
        A1,
        f"  3{nb}authors",
        T2,
        A2,
    ]
    records, log = _read_file(tmp_path, "\r\n".join(lines))
    assert _pairs(records) == EXPECTED[:2]


def test_arxiv_id_line_gives_its_card_the_id() -> None:
    """``arXiv:ID`` above each card's title (an arXiv-like listing's id line): the id is
    read like a paper link's, and settled by the page's habit (n_submitted: 3,182 cards
    without the id their card showed on seed 1)."""
    ids = ["2602.05261", "2602.21619", "2602.04300"]
    lines = list(HEAD)
    for (t, a), i in zip(EXPECTED, ids, strict=True):
        lines += ["Submitted by taesiri", "", f"arXiv:{i} [pdf, html]", "", t, "", a, ""]
    records, _ = _parse(lines)
    assert _pairs(records) == EXPECTED
    assert [r.arxiv_id for r in records] == ids


@pytest.mark.parametrize("layout", ["A", "B"])
@pytest.mark.parametrize("form", ["**[{t}]({u})**", "**{t}**"])
def test_bold_titles_without_abstracts(form: str, layout: str) -> None:
    """Bold title lines are headings: two cards without an abstract in a row stay two
    cards (the second bold title was read as the first one's abstract; n_emphasis, seed 2:
    lost 36 -> 117 once the bold link was unwrapped as a plain link)."""
    u = "https://huggingface.co/papers/2602.02016"
    lines = list(HEAD)
    block = [
        form.format(t=T1, u=u),
        "7 authors · Published on May 13",
        form.format(t=T2, u=u.replace("16", "17")),
        "Published on Sep 3, 2022 · 17 authors",
        form.format(t=T3, u=u.replace("16", "18")),
        A3,
    ]
    for line in block:
        lines += [line, ""] if layout == "A" else [line]
    records, _ = _parse(lines)
    assert _pairs(records) == [(T1, ""), (T2, ""), (T3, A3)]


def test_bold_title_over_a_wrapped_abstract() -> None:
    """``**Title**`` right above its wrapped abstract (compact layout): the bold closed on
    its line, so the abstract's first line is no wrapped rest of a heading (n_emphasis,
    seed 1: +70 titles damaged once a bold line was read as a heading)."""
    lines = [*HEAD[::2], "**Provably Efficient and Agile Randomized Q-Learning**"]
    lines += [
        "While Bayesian-based exploration often demonstrates superior empirical",
        "performance compared to bonus-based methods in model-based reinforcement",
        "learning, its theoretical understanding remains limited for model-free settings.",
        f"**{T2}**",
        A2,
    ]
    records, _ = _parse(lines)
    assert [r.title for r in records] == [
        "Provably Efficient and Agile Randomized Q-Learning",
        T2,
    ]


@pytest.mark.parametrize("form", ["1. [{a}\\  {b}]({u})", "[{a}\\  {b}]({u}) (101 upvotes)"])
def test_line_break_inside_a_title_link_off_a_heading(form: str) -> None:
    """Firecrawl's ``\\  `` line break inside a title's link is a break wherever the link
    sits, not only under ``###`` (n_numbered, n_title_votes in md: most of the titles
    still damaged on seed 1 kept ``\\ ``)."""
    u = "https://huggingface.co/papers/2503.11731"
    head, tail = T1.split(" Consistency ")
    tail = "Consistency " + tail
    titles = [form.format(a=head, b=tail, u=u), T2, T3]
    records, _ = _parse(_titled(titles))
    assert _pairs(records) == EXPECTED


@pytest.mark.parametrize("mark", ["##", "####"])
def test_heading_over_a_wrapped_abstract(mark: str) -> None:
    """``## Title`` right above its abstract wrapped at the page's width (compact layout):
    a heading is one line in the source and only a text browser's width wraps it, so a
    heading that stops short of that width (the abstract's first word would have fitted
    on its line) or runs past it takes no wrapped rest (n_emphasis, seed 1: ~4.3k titles
    had swallowed the abstract's first line)."""
    short = "Position: Interactive Generative Video as Next-Generation Game Engine"
    long = (
        "SPRInG: Continual LLM Personalization via Selective Parametric Adaptation "
        "and Retrieval-Interpolated Generation"
    )
    a1 = [
        "Modern game development faces significant challenges in creativity and cost due",
        "to predetermined content in traditional game engines. Recent advances in video",
        "generation models, capable of synthesizing realistic and interactive virtual",
        "environments, present an opportunity to revolutionize game creation.",
    ]
    a2 = [
        "Personalizing Large Language Models typically relies on static retrieval or one-",
        "time adaptation, assuming user preferences remain invariant over time, and so on.",
    ]
    lines = [*HEAD[::2], "👍 183", f"{mark} {short}", *a1, "8 authors · Nov 7, 2024"]
    lines += ["👍 3,706", f"{mark} {long}", *a2, "5 authors · Published on Feb 11"]
    records, _ = _parse(lines)
    assert [r.title for r in records] == [short, long]


# Excerpts of fresh generated pages (``pages_bench.py``, never tuned on before) where a card
# was lost, with the cards they hold.
FRESH = load_excerpts("pages_fresh.json")


@pytest.mark.parametrize("name", [n for n in FRESH if n.startswith("n7_p000314_") or "list" in n])
def test_the_lists_next_number_starts_the_next_card(name: str) -> None:
    """A numbered listing's next number (``22)`` under ``21) …``) opens the next card's
    title: a card without an abstract, then the next item, is two cards, not a title and
    a one-line abstract or a title glued onto the abstract under it (n_numbered, new
    family seed 7: 18 lost, 18 glued). An abstract's own enumeration (``1) lack of …``
    under ``15) …``) does not count on from the titles: it stays in the abstract."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_votes_on_a_title_link" in n])
def test_votes_on_a_link_line_mark_a_title(name: str) -> None:
    """An upvote count on a markdown link's line (``▲ 136 [Title](url)``, ``[Title](url)
    (261 upvotes)``, ``[Title](url) · ▲ 190``) marks a title's line, complete on it: a
    card without an abstract, then the next voted title, is two cards, not a title and
    its one-line linked abstract (n_title_votes, new family seed 7: 11 lost)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_indented_title_rest_ends" in n])
def test_an_indented_title_rest_ends_at_the_margin(name: str) -> None:
    """A title's rest set in by two spaces (as arXiv indents it) ends where the indent
    does: the line back at the margin opens the next block, the abstract
    (``hologest: … priors for`` + ``  generating holisticly …`` + ``Animating virtual
    characters …``), not the title's next line, nor the abstract above's (n_wrap)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_list_sibling" in n])
def test_the_next_item_of_a_titles_list_is_the_next_card(name: str) -> None:
    """A line opening with the next item of the list the card's title opened (``72)``
    under ``71) …``, ``87. [ConstStyle …](url)`` under ``86. [PhyCo …](url)``, the same
    bullet at the same margin) is the next card's title, whether or not the page has
    counted its numbers yet and though the intake strips a link line's mark
    (``Unit.item``, ``charges.LIST_SIBLING``): a card without an abstract, then the next
    item, is two cards; an item line joined to the abstract above is cut there
    (n_numbered, n_bulleted, new family seed 7: 16 lost, 16 glued on main)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if n.startswith("h14_") and "_wrap" in n])
def test_a_page_wrapped_at_any_width_is_read_at_it(name: str) -> None:
    """A page whose text is filled to 60 or 120 columns (titles too) is read at that
    width, measured on the breaks of its head's prose lines (``widths.head_width``): the
    lines of a wrapped abstract are one abstract, not records of their own
    (``trajectories shows why: …`` at 120, ``Furthermore, we introduce …`` at 60), and a
    title wrapped over two lines is cut from the abstract under it though its last line
    filled the width by chance (n_wrap, new family seed 7: 1,468 extra records, 22 lost
    on main)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_bold_link_title_wrapped" in n])
def test_a_bold_link_title_wrapped_over_two_lines_is_one_title(name: str) -> None:
    """A bold link title wrapped over two lines (``**[DUALVISION: … Models`` /
    ``for Robust Visual Reasoning](url)**``) is one link wrapper: its closer ends in the
    bold's ``**`` (``links.wrapper_closes``), so its ``[`` is no bracket of the text
    (n_emphasis md, new family seed 7: 180 damaged titles on main)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_whole_bold_" in n])
def test_a_bold_title_line_is_one_span_whatever_it_opens_with(name: str) -> None:
    """A title line set in bold (``**…**``) is one bold span and loses both marks,
    though the title opens with a bracket (``**[RET] Individual Gain, …**``: no link's
    head, its abstract's first line no rest of it) or with bold of its own
    (``****Bold** Investigating …**``, paired inside) (n_emphasis, new family seed 7:
    103 damaged titles on main)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_over_three_lines" in n])
def test_a_title_wrapped_over_three_lines_keeps_its_middle_line(name: str) -> None:
    """On a page that wraps its titles at its width, a title's middle line may end open
    (``FedGIN: … Global Intensity`` / ``Non-linear Augmentation … using`` /
    ``Multi-modal Images``): the unit goes on under it, so its open end is no mark of
    prose (``lineforms.rest_shaped``), and the title is one (n_wrap, new family seed 7)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_votes_" in n and "_marks_a_title" in n])
def test_a_plain_line_its_upvotes_mark_is_a_title(name: str) -> None:
    """A plain line carrying the card's upvote count (``▲ 40 MMDT: …``, ``MMONE: … (214
    upvotes)``) is a title's line, complete on it, as a link line with votes is
    (abstracts carry no votes): not the abstract's last sentence, and its count no part
    of the title (n_title_votes, new family seed 7: 4 lost, 4 glued, 2 leaked on main)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_sibling_of_a_decided_title" in n])
def test_the_next_item_is_the_next_card_after_its_title_is_decided(name: str) -> None:
    """The next item of the list a card's title opened is the next card's title also when
    that title and the chrome under it were decided before the item came (``•
    eLawThinker: …`` + ``Published on …`` + ``• expstar: …``, a card without an
    abstract): the decoder's walk back to the card's title then ends at the decided
    root, and the decided title's mark stands for it (n_bulleted, n_numbered, new family
    seed 7)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_long_joined_title" in n])
def test_a_title_does_not_run_on_into_the_next_by_its_width_alone(name: str) -> None:
    """On a page that wraps its titles, a whole title that happens to fill the width
    (``[RET] MPTF-Net: … for LiDAR-based Place Recognition``, 95 of 100 columns), then
    the next card's whole title (87 columns), is a card without an abstract and the
    next card: read as one title they would run to 183 characters, and a title's length
    pays more the further it runs past 150 (``charges.LONG_TITLE_SLOPE``: titles that
    long grow rarer e-fold every 17 characters) (n_wrap, new family seed 7)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_first_item_under_the_head" in n])
def test_a_lists_first_item_is_no_abstract_of_a_line_above_it(name: str) -> None:
    """A list's first item (``1) [DreamDance: …](url)``), a card without an abstract,
    under a line of the page's head that could be a title (the search echo ``Long-context
    ASR`` above the view switcher and the date) is the first card's title: an abstract
    opening a list item under a title that opens none pays (``charges.ITEM_ABSTRACT``)
    (n_numbered, n_bulleted, new family seed 7)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_joined_item_keeps_its_mark" in n])
def test_an_item_line_joined_to_the_text_above_keeps_its_mark(name: str) -> None:
    """An item line the intake joined to the abstract above (``- [Citation needed]
    Detail-aware …`` under the hanging abstract of ``- GTA-Net: …``) is cut there with
    its list mark, though the intake strips the mark from the text (a ``[`` after it):
    the cut's token is the next sibling of the card's title, the next card, not the
    abstract's next line (``Unit.items``; n_bulleted, new family seed 7)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_item_goes_on_no_cut_word" in n])
def test_a_list_item_line_goes_on_no_word_the_width_cut(name: str) -> None:
    """A line opening a list item (``- IContextual inference …``) under a one-word line
    as wide as the paragraph's widest (``\\href{https://github.com/…}{…}.``) is no rest of
    a word the capture's width cut: a cut word goes on at once, not after a mark and a
    space. It is the next card's title, not glued to the abstract above without a space
    (n_bulleted, new family seed 1)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_joined_under_chrome" in n])
def test_a_title_joined_to_its_abstract_under_chrome_is_cut_out(name: str) -> None:
    """A title wrapped at the page's width and joined by the intake to its abstract,
    right under the card chrome above (``Jan 4`` + ``· 7 authors`` + ``Show me the
    evidence: … and`` / ``natural language explanations in AI-supported fact-checking``
    / ``TL;DR: In an AI-supported …``), is cut after the lines that read as a whole
    title: after an abstract and its chrome nothing else takes the unit, and uncut it
    was rejected whole (``closing._title_breaks``; n_wrap, new family seed 7)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_wrapped_title_ends_the_unit" in n])
def test_a_wrapped_title_at_the_end_of_an_abstract_is_a_card(name: str) -> None:
    """A card without an abstract whose title the page wrapped over two lines, right
    under the previous card's abstract and above its own chrome (``… to other
    scientific fields.`` / ``Perception Activator: An intuitive and portable framework``
    / ``for brain cognitive exploration`` / ``- 6 authors``), is a card: the two lines
    after a sentence's end, read as one title without an end, weigh as a single last
    line does (``closing._wrapped_title``; n_wrap, new family seed 7)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_subtitle_on_each_title" in n])
def test_a_subtitle_on_each_of_two_lines_makes_two_titles(name: str) -> None:
    """A title line filling the page's width with a subtitle's separator (``DiffAttn: …
    Semantic Reasoning`` at 99 of 100, a card without an abstract) and a line under it
    with one too (``Fundamental Tradeoff … Systems: How Long to Move Before
    Transmission?``) are two titles, not one title wrapped (0.08% of real titles wrapped
    at 80 or 100 columns hold a separator on both lines; new family seed 7, ``n_wrap``
    layout B: a card lost, an abstract glued)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_section_label_line_is_no_title" in n])
def test_a_structured_abstracts_part_is_no_open_end(name: str) -> None:
    """The open-end charge (``charges.OPEN_END_COST``: an abstract rarely ends on a line
    ending no sentence) spares a structured abstract's part opening with one plain word
    and a colon (``Methods: The proposed approach was tested on five diverse and
    publicly``, under ``… public datasets.``): charged, it was read as a title without an
    abstract (new family seed 7, ``n_title_votes`` layout A: an extra record). Only that
    line is checked: the line under it is an extra record on the base as well."""
    records, _ = _parse(FRESH[name]["lines"])
    assert not [r for r in records if r.title.startswith("Methods: The proposed approach")]


def test_a_rest_opening_with_a_small_word_keeps_its_subtitle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The two-subtitle charge (``title_rest.TWO_SUBTITLES``) weighs a rest opening in
    capitals or a digit only: ``Focus Session: … in the era`` + ``of AI: Design
    Challenges …`` is one real title wrapped (new family seed 1, ``n_wrap`` layout A: the
    charge's first version split it, an extra record and a damaged title)."""
    from papercorpus.sources.pages import evidence, title_rest

    def tcont(prev: str, text: str) -> float:
        return evidence.cont_evidence(prev, text, True, False, 60, wraps_titles=True)[1]

    small = (
        "Focus Session: Autonomous Systems Dependability in the era",
        "of AI: Design Challenges",
    )
    capital = (
        "DiffAttn: Diffusion-Based Drivers' Visual Attention",
        "Fundamental Tradeoff: How Long",
    )
    charged = tcont(*small), tcont(*capital)
    monkeypatch.setattr(title_rest, "TWO_SUBTITLES", 0.0)
    assert tcont(*small) == charged[0]
    assert tcont(*capital) == charged[1] + 4.5


@pytest.mark.parametrize("name", [n for n in FRESH if "_abstract_ends_on_a_joiner" in n])
def test_an_abstract_may_end_on_a_line_cut_after_a_joiner(name: str) -> None:
    """The open-end charge (``charges.OPEN_END_COST``) spares a last line ending in a
    word no title ends with (``… for processing both SITS and RSI.`` + ``Code avaliable
    on``, then the next title): the abstract's own cut sentence, not a title without an
    abstract (new family seed 7, ``n_wrap`` layout B: an extra record with the charge's
    first version)."""
    check_excerpt(FRESH[name])


def test_a_dash_beside_a_colon_is_no_second_subtitle(monkeypatch: pytest.MonkeyPatch) -> None:
    """The two-subtitle charge counts colons only: converters write a title's dash as
    `` -- `` (``Spoken in Jest, Detected in Earnest: … of Sarcasm`` + ``Recognition --
    Multimodal Fusion, …``, conv seed 3 ``c_pandoc``: the charge's first version split it,
    an extra record and a damaged title)."""
    from papercorpus.sources.pages import evidence, title_rest

    def tcont(prev: str, text: str) -> float:
        return evidence.cont_evidence(prev, text, True, False, 70, wraps_titles=True)[1]

    pair = (
        "Spoken in Jest, Detected in Earnest: A Systematic Review of Sarcasm",
        "Recognition -- Multimodal Fusion, Challenges, and Future Prospects",
    )
    charged = tcont(*pair)
    monkeypatch.setattr(title_rest, "TWO_SUBTITLES", 0.0)
    assert tcont(*pair) == charged


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_under_chrome_over_a_sentence" in n])
def test_a_title_under_chrome_over_a_sentence_opening_is_a_card(name: str) -> None:
    """A line under a card's chrome that ends no sentence (not Title Cased: ``general-purpose
    ai models can generate … crop protection``), over a line of its paragraph that opens
    one (``Generative artificial intelligence (AI) offers …``), is the next card's title,
    the card above one without an abstract (``SAGE: …`` + ``Apple · 4 authors``): a
    sentence rarely goes on in a capitalised word of the language then a lower-case one
    (``charges.SENTENCE_UNDER``; n_org_line, new family seed 7)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_last_line_under_a_hard_break" in n])
def test_a_paragraphs_last_line_under_a_hard_break_is_its_own(name: str) -> None:
    """On a page that marks its wrapped lines with markdown ``\\`` hard breaks, the line
    under one is the paragraph's, though it reads as a title and has no break of its own
    (the paragraph's last line has none): ``… methods fail.\\`` + ``Validation
    demonstrates 90.38% accuracy (26.4`` + ``[Content truncated]`` is the abstract's cut
    end, flagged truncated, not a card of its own (n_stats md, new family seed 1)."""
    check_excerpt(FRESH[name])
    records, _ = _parse(FRESH[name]["lines"])
    assert records[-1].flags == ("truncated",)


@pytest.mark.parametrize("name", [n for n in FRESH if "_open_end_over_a_cards_chrome" in n])
def test_an_open_last_line_over_a_cards_chrome_is_a_title(name: str) -> None:
    """An abstract's last line of its own that ends no sentence, under one that ended,
    then the card's chrome, then the next title, is a title whose card has no abstract
    (``… prediction models.`` + ``OlmoEarth v1.1: A more efficient family of OlmoEarth
    models`` + ``10 authors`` + ``LDP: …``): ``charges.OPEN_END_COST`` across the chrome
    (n_midchrome, new family seed 1)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name",
    [n for n in FRESH if "_margin_line_over_an_indented_rest" in n or "_margin_rest_then" in n],
)
def test_a_margin_line_over_an_indented_rest_starts_a_title(name: str) -> None:
    """arXiv indents every line of a title's rest, so a line at the margin right over an
    indented line starts the title that line ends: ``VideoMathQA: … via`` + ``Multimodal
    Understanding in Videos`` + ``orientability of causal relations … using`` + ``  summary
    causal graphs and faithful distributions.`` is a card without an abstract, then the
    next card's title (the intake offers the cut, ``closing._indent_breaks``), and
    ``ETA: … Depth Completion`` + ``Unfolding … Iterative Gaussian`` + ``  Synopsis.`` two
    titles, not one with a rest at the margin then one set in (``closing.MARGIN_REST``;
    n_wrap, new family seed 1)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_small_word_then_lower_case_rest" in n])
def test_a_small_word_then_a_lower_case_rest_under_title_case_is_a_title(name: str) -> None:
    """A line opening with a small word (``from``, ``with``) under a Title Cased title is
    judged by its words after it: ``AcuityBench: … and Uncertainty Alignment`` + ``from
    problem-solving to teaching problem-solving: aligning llms with pedagogy …`` is two
    titles, the first a card without an abstract, as a title keeps its case form on its
    rest (``lineforms.case_break``; n_stats, new family seed 1)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_title_cased_piece_over_a_lower_case_line" in n]
)
def test_a_title_cased_piece_over_a_lower_case_line_ends_a_title(name: str) -> None:
    """A title's wrapped rest with every longer word capitalised (a compound's later part
    aside: ``Far-Distance Video Person Re-identification``), then a line in lower case
    (``modality-independent explainable detection of inaccurate``): the rest ended the
    title, and the lower-case line opens the next card's title, the card above one without
    an abstract (``breaks.break_candidate``, ``lineforms.case_form``; n_wrap, new family seed 7)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_heading_over_two_lines_took_a_paragraph" in n]
)
def test_a_heading_unit_of_three_lines_may_end_after_the_heading(name: str) -> None:
    """A ``## `` heading one column wider than the page's width took the abstract's first
    line as its wrapped rest, and the lines under it as that paragraph's (``## Fourier
    Transform … Classification`` + ``Whole Slide Image (WSI) classification relies on
    Multiple Instance Learning`` + ``(MIL) with spatial patch features, …``): the decoder
    may cut after the heading (``closing``), and reads the card whole (n_emphasis, new
    family seed 1)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_two_dates_under_one_title" in n])
def test_two_dates_under_a_title_are_two_cards_chrome(name: str) -> None:
    """A card shows one date: ``EVALUATING LLMS … COURSES`` + ``3 authors · Sep 14, 2020`` +
    ``· 3 authors · Aug 8`` + ``multiplicity is an inevitable … learning.`` + ``Multimodal
    learning has seen …`` is a card without an abstract, then the next card with its chrome
    over its title (in lower case, ending in a period), not one card with the lower-case
    title as its abstract's first sentence (``charges.TWO_IDS``; n_combined, new family
    seed 1)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_linked_heading_over_three_lines" in n])
def test_a_linked_heading_over_three_lines_is_one_title(name: str) -> None:
    """html2text wraps a ``### [Title](url)`` heading's link over three lines (``### [AN
    EXPLAINABLE TWO STAGE …`` + ``ASSESSMENT IN …`` + ``RESNET-50](/papers/…)``): no cut
    after its first line, as under a heading longer than any title (conv family seed 3,
    ``c_html2text``: the cut's first version made 312 extra records there)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_open_last_line_in_its_abstracts_words" in n]
)
def test_an_open_last_line_in_its_abstracts_words_stays_in_it(name: str) -> None:
    """An abstract's last line that ends no sentence, over the card's chrome, stays the
    abstract's where it goes on in the abstract's words (``… reported in cross-fold
    validation …`` + ``Leave-one-dataset-out cross-validation yields more stable and
    interpretable findings`` + ``- 5 authors``): ``OPEN_END_COST`` across chrome first made
    it a card of its own (n_wrap, new family seed 1)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_width_filling_title_over_a_whole_title" in n]
)
def test_a_width_filling_title_over_a_whole_title_is_two_titles(name: str) -> None:
    """A title filling the page's width (a card without an abstract), then the next
    card's whole title over its abstract, is no wrapped title where the abstract echoes
    the second line and not the first (``CO-EVO: … for Federated DG-ReID`` + ``Multi-
    Condition Conformal Selection`` + ``Selecting … the Multi-Condition Conformal
    Selection (MCCS) algorithm …``; new family seeds 7 and 1, ``n_wrap``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_title_short_of_the_width_over_a_title" in n]
)
def test_a_title_short_of_the_width_over_a_title_in_its_case_is_two_titles(name: str) -> None:
    """A one-line title whose next line's first word would have fitted on it by a margin,
    on a page seen to wrap at its width, was not wrapped there: the intake offers a cut
    also where both lines are in one case form (``ica lens: … another dictionary`` at 74
    + ``transferable dual-domain … detector`` on a page wrapped at 120, a card without an
    abstract then the next card; new family seed 7, ``n_wrap``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_echoing_below_not_above" in n])
def test_a_line_echoing_the_text_under_it_and_not_the_abstract_above_is_a_title(
    name: str,
) -> None:
    """A title-sized line under an abstract's sentence end, whose longer words echo in
    the text under it and none in that abstract, is the next card's title, not the
    abstract's last sentence (``Cameo: collection of multilingual emotional speech
    corpora.`` under an abstract on anime sketches, over ``This paper presents CAMEO -- a
    curated collection of``; new family seeds 11 and 12, ``charges.ECHO_BELOW``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_title_unshared_with_the_abstract" in n])
def test_a_line_whose_card_title_echoes_nowhere_under_it_is_the_next_title(name: str) -> None:
    """A title-sized line right under a card's title (or its chrome), over text, where that
    title shares none of its longer words with the line and the text under it, is the next
    card's title, the card above one without an abstract, not that card's abstract's
    first line (``RED.AI Id-Pattern: … with Multi-Agent Systems`` + ``MONET: A Massive, …
    Text-to-image dataset`` + ``Training large text-to-image models …``; new family
    seeds 12 and 13, ``charges.UNSHARED_TITLE``)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_arxiv_id_line_over_a_title" in n])
def test_an_arxiv_id_line_is_chrome_under_an_abstract_ending_open(name: str) -> None:
    """``arXiv:2601.03456`` on a line of its own under an abstract that ends open (``…
    available at https://github.com/…``) is the next card's id line, as arXiv's own lists
    set it over a title: not a URL ending the abstract's sentence (a leak of another
    card's id into this abstract), nor a card of its own."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_latex_backslashes_under_headings" in n])
def test_latex_backslashes_under_headings_stay(name: str) -> None:
    """A page with ``####`` headings whose text shows ``97.17\\%`` and ``Moir\\'e`` with one
    backslash was written by no markdown writer (one doubles a text's backslash: ``\\\\%``,
    and escapes neither ``%`` nor ``'``): its text is shown as it is, the backslashes stay
    (new family seed 7, ``n_emphasis``: 212 damaged abstracts)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_html2text_lone_backslash_is_an_escape" in n]
)
def test_a_lone_backslash_on_a_linked_markdown_page_is_an_escape(name: str) -> None:
    """html2text doubles a backslash only before a markdown character: its capture of
    ``15\\%`` shows ``15\\%`` with one, which CommonMark reads as ``15%``. A page showing
    markdown links is a converter's, whatever its backslashes (``c_html2text``, conv family
    seed 3: taking its text as it is damaged 1391 abstracts)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if "_two_dates_on_every_card" in n])
def test_two_dates_on_a_page_whose_cards_show_two(name: str) -> None:
    """Two card dates that differ between a title and its abstract are two cards' chrome
    (``TWO_IDS``), except on a page whose cards have shown two dates there already (a
    date, the card's organisation, ``· May 24, 2025``): the abstract stays its card's
    (default family ``mid_org``, seeds 21 and 22; the charge's first version made 20 extra
    records on a held-out set)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if n.endswith("_is_no_search_echo")])
def test_a_title_over_repeated_header_lines_is_no_search_echo(name: str) -> None:
    """``Daily Papers`` / ``Sep 26`` repeated between cards (``n_midchrome``): a card
    without an abstract right above them, under the page's date or under the card chrome
    above it, is a card, not the page's search echo. An echo is the query in the page's
    head (after its header lines, over its view switcher): text above a header line is
    one only where it sits inside the head, under header or view lines or at the page's
    start (new 12 p002295, new 14 p001091: a card lost each)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if n.startswith("hn11_") and "_first_line_" in n]
)
def test_a_first_line_whose_own_words_echo_nowhere_is_a_title_of_its_own(name: str) -> None:
    """A title line that filled the page's width (a card without an abstract), then the
    next card's whole title, of one line or two, over its abstract: the abstract echoes
    that title's words and few or none of the first line's own, so the first line is no
    title wrapped over the next (``charges.UNSHARED_FIRST``, by how many own words the
    first line has: ten sharing one is as sure as six sharing none; a title of two lines
    is weighed at its second)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if n.endswith("_echoing_below_not_above")])
def test_a_title_of_two_lines_under_an_abstract_echoes_below_it(name: str) -> None:
    """A title of two lines ending no sentence, right under an abstract's last line that
    ended one, on a page wrapped at 60: its longer words echo in the text under it and
    nowhere in the abstract above, so it is the next card's title, not that abstract's
    next sentence (``charges.ECHO_BELOW``, weighed at the second line:
    ``walks.CardWalks._echo_below_two``; new 13 p000752, a card lost)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize("name", [n for n in FRESH if n.endswith("_ending_inside_display_math")])
def test_a_sentence_ending_inside_display_math_ends_there(name: str) -> None:
    """``… O\\left(n^{…}\\right). \\]``: the abstract's sentence ends with the formula, so
    the title-sized lines under it (a card without an abstract) are no rest of it
    (``shape.terminal``; new 11 p000038, a card lost)."""
    check_excerpt(FRESH[name])


def test_terminal_inside_display_math() -> None:
    from papercorpus.sources.shape import terminal

    assert terminal("Γ_2(\\mathcal{C})\\le O\\left(n^{1+\\frac{1}{r-1}}\\right). \\]")
    assert terminal("satisfies \\[ x \\ge 1. \\]")
    assert not terminal("class of real linear $[n,n-r]$ codes such that \\[")
    assert not terminal("O\\left(n\\right) \\]")
    assert not terminal("\\]")


@pytest.mark.parametrize(
    "name", [n for n in FRESH if n.endswith("_title_under_a_paragraph_on_one_line")]
)
def test_a_title_under_a_paragraph_left_on_one_line_is_a_card(name: str) -> None:
    """A title-shaped line ending no sentence right under an abstract left on one line
    (more than a title's length) that ended one, on a page that wraps nothing: an
    abstract's next paragraph is rarely so shaped, so the line is a card's title, its
    card one without an abstract (``evidence.UNWRAPPED_TITLE``; n_tight, new 7 p000418
    and new 15 p000418, a card lost and an abstract glued each)."""
    check_excerpt(FRESH[name])


def test_unwrapped_title_charges_title_shaped_open_lines_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``UNWRAPPED_TITLE`` weighs a one-line unit under a paragraph longer than a title
    that ended a sentence, where the unit reads as a whole title ending none; not a
    keyword list, a line ending in a web address or a sentence, nor a line under a
    wrapped paragraph's last line."""
    from papercorpus.sources.pages import evidence

    long = ("We study a problem. " * 20).strip()  # (a paragraph of 399 characters, one line)

    def cont(prev: str, text: str) -> float:
        return evidence.cont_evidence(prev, text, False, False, 0, title_rest=False)[0]

    lines = (
        (long, "Energy-Based Transformers are Scalable Learners and Thinkers", True),
        (long, "Keywords: language models, reasoning, benchmarks", False),
        (long, "Code is available at github.com/x/y", False),
        (long, "Energy-Based Transformers are Scalable Learners.", False),
        (long.rstrip(". ") + " and", "Energy-Based Transformers Scale", False),
        ("We study a problem at some length here.", "Energy-Based Transformers", False),
    )
    charged = [cont(p, t) for p, t, _ in lines]
    monkeypatch.setattr(evidence, "UNWRAPPED_TITLE", 0.0)
    for (prev, text, expected), before in zip(lines, charged, strict=True):
        assert (cont(prev, text) - before == 4.0) is expected, text


@pytest.mark.parametrize("name", [n for n in FRESH if n.endswith("_title_under_a_sentence_end")])
def test_a_sentence_case_title_under_a_sentence_end_is_a_card(name: str) -> None:
    """A title of two lines in sentence case (``x*y AlphaEarth Foundations: An embedding
    field model for`` + ``accurate and efficient global mapping from sparse label data``)
    right under an abstract's last line that ended a sentence, over its own abstract
    opening a sentence: the intake offers a cut after it (``breaks.sentence_piece``), and
    the title is no longer read as the abstract's next sentence (new 13 p000374, a card
    lost and an abstract glued)."""
    check_excerpt(FRESH[name])


def test_a_sentence_case_title_of_two_lines_may_end_over_a_sentence() -> None:
    """The intake offers a cut after a whole title of two lines in sentence case (its
    first word capitalised, its later longer words in lower case but a name or two), under
    which a line opens a sentence (``breaks.sentence_piece``), only where the text line
    right above it ended a sentence (``after_end``: where it was measured); not inside
    prose: a piece holding a comma, reading as a sentence, or ending one on a line. Under
    chrome, a unit's first lines, no cut is offered: there it parted a card's title from
    its abstract (new 13 p002547, ``NSD-Imagery: …`` + ``qwen vs. gemma …``)."""
    from papercorpus.sources.pages.breaks import break_candidate, title_piece

    piece = [
        "Realistic pedestrian-driver interaction modelling using",
        "multi-agent RL with human perceptual-motor constraints",
    ]
    opening = "Modelling pedestrian-driver interactions is critical for"
    assert title_piece(piece, opening, True)
    assert not title_piece(piece, opening)  # (not under a sentence end)
    alpha = [
        "x*y AlphaEarth Foundations: An embedding field model for",
        "accurate and efficient global mapping from sparse label data",
    ]
    assert title_piece(alpha, "Unprecedented volumes of Earth observation data are", True)
    # one line is no wrapped title: other tests weigh it
    assert not title_piece(piece[:1], opening, True)
    # prose: a comma, a sentence's words, a line ending a sentence
    comma = ["Realistic pedestrian-driver interaction modelling, using", piece[1]]
    assert not title_piece(comma, opening, True)
    we = ["We model pedestrian-driver interactions using", piece[1]]
    assert not title_piece(we, opening, True)
    assert not title_piece([piece[0] + ".", piece[1]], opening, True)
    # the line under it must open a sentence
    assert not title_piece(piece, "Waymo Open Dataset", True)
    # the piece after a sentence end inside its unit, or at the unit's start under one
    ended = ["… as a useful inductive bias for spectral token operators."]
    assert break_candidate(ended + piece, 2, False, opening, 60)
    assert break_candidate(piece, 2, False, opening, 60, after_end=True)
    assert not break_candidate(piece, 2, False, opening, 60)


@pytest.mark.parametrize("name", [n for n in FRESH if n.endswith("_title_echoing_past_its_chrome")])
def test_a_title_ending_in_a_period_echoes_past_its_chrome(name: str) -> None:
    """A title ending in "." right under an abstract's last sentence, over one line of
    its card's chrome (``Coupling-aware rhs beamforming … sum rate maximization.`` + ``·
    2 authors · Apr 1, 2023`` + ``Wideband multi-user transmission …``): its longer words
    echo in the text past that chrome and nowhere in the abstract above, so it is the
    next card's title, not that abstract's last sentence (``charges.ECHO_BELOW``, read
    past the chrome: ``Token.past``; new 13 p001078, a card lost and an abstract glued)."""
    check_excerpt(FRESH[name])


@pytest.mark.parametrize(
    "name", [n for n in FRESH if "_bare_card_over_a_title_opening_with_a_long_word" in n]
)
def test_a_long_first_word_says_less_of_a_wrap(name: str) -> None:
    """A one-line title under a card without an abstract, over the next card's one-line
    title opening with a long word (``CO-EVO: … Federated DG-ReID`` at 86 of 100 +
    ``Multi-Condition Conformal Selection`` + its abstract): the line above "fills" the
    width for a word of 15 characters at a third of a whole title's lengths, so the fill
    is weaker evidence of a wrap (``title_rest.LONG_WORD_FILL``) and the two are two cards
    (n_wrap, new family seed 7 p000640)."""
    check_excerpt(FRESH[name])


def test_long_word_fill_grows_with_the_word_and_the_width() -> None:
    from papercorpus.sources.pages.title_rest import long_word_fill

    assert long_word_fill(100, 8) == 0.0  # (a usual word: the fill as measured)
    assert 0.0 < long_word_fill(60, 15) < long_word_fill(100, 15)
    assert long_word_fill(80, 12) < long_word_fill(80, 15) <= long_word_fill(80, 40)
