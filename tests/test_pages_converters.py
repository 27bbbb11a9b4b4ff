# ruff: noqa: E501  (page lines as captured)
"""Pages as capture tools write them (``pagegen --family conv``,
benchmarks/pagegen_converters.py), reduced to small pages: one test per failure class,
written before its fix (docs/pages.md, "Pages as capture tools write them")."""

from __future__ import annotations

import pytest

from papercorpus.records import Record
from papercorpus.sources import ParseLog
from papercorpus.sources.browser_marks import unmark_lead
from papercorpus.sources.chrome import classify_chrome
from papercorpus.sources.pages import parse_pages

from .page_excerpts import SUBJECTIVE_ABSTRACT, SUBJECTIVE_TITLE, check_excerpt, load_excerpts

T1 = "Bringing Your Portrait to 3D Presence"
A1 = (
    "We present a unified framework for reconstructing animatable 3D human avatars from a "
    "single portrait across head, half-body, and full-body inputs."
)
T2 = "Infinite Mask Diffusion for Few-Step Distillation"
A2 = (
    "Masked diffusion models offer parallel decoding, yet few-step sampling degrades "
    "quality because of the factorization error between tokens."
)
T3 = SUBJECTIVE_TITLE
A3 = SUBJECTIVE_ABSTRACT
EXPECTED = [(T1, A1), (T2, A2), (T3, A3)]


def _parse(lines: list[str]) -> tuple[list[Record], ParseLog]:
    log = ParseLog()
    return list(parse_pages(list(enumerate(lines, 1)), "t", log)), log


def _pairs(records: list[Record]) -> list[tuple[str, str]]:
    return [(r.title, r.abstract) for r in records]


def _accounted(lines: list[str], log: ParseLog) -> bool:
    total = log.record_lines + log.blank_lines + sum(log.chrome.values()) + log.reject_lines
    return total == len(lines)


# Excerpts of generated conv pages (seed 3), one per failure class fixed after the second
# round (docs/pages.md, "Conv family, third round"): each parses to the cards it holds.
CONV_EXCERPTS = load_excerpts("pages_conv.json")
# Excerpts whose fix was taken back because it cost cards on a held-out set (docs/pages.md,
# "Held-out scoring of the nineteenth passes"): strict xfails, so the rule that fixes one
# without that cost removes it from here.
TAKEN_BACK = {
    "hc11_w3m_a_titles_rest_under_its_mark_in_its_block": (
        "OPENER_TITLE on pages that open every card with one chrome kind lost 3 default-24 cards"
    ),
}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=TAKEN_BACK[n]))
        if n in TAKEN_BACK
        else n
        for n in sorted(CONV_EXCERPTS)
    ],
)
def test_conv_excerpt(name: str) -> None:
    check_excerpt(CONV_EXCERPTS[name])


# --------------------------------------------------------------------------- lynx -dump


def _lynx(abstract_lines: dict[str, list[str]]) -> list[str]:
    out = [
        "   [1]Hugging Face's logo Hugging Face",
        "     * [2]Models",
        "     * [3]Datasets",
        "",
        "                                 Daily Papers",
        "",
        "   by [4]AK and the research community",
        "",
        "   [5]Daily [6]Weekly [7]Monthly",
        "",
    ]
    n = 8
    for title, abstract in EXPECTED:
        title = {T3: '"Subjective" functions', T2: "[RET] " + T2}.get(title, title)
        out += [f"   [{n}][2511.2255{n % 10}.png]", "", "   Upvote", "   35", ""]
        out += [f"[{n + 1}]{title}", "", f"   [{n + 2}]· 6 authors", ""]
        out += [f"   Submitted by [{n + 3}]alexz", ""]
        out += abstract_lines.get(title, ["   " + abstract]) + ["", f"   [{n + 4}]12", ""]
        n += 5
    out += ["References", "", "   Visible links:"]
    out += [f"{i:4d}. https://huggingface.co/papers/2511.2255{i % 10}" for i in range(1, n)]
    out += ["   Hidden links:", f"{n:4d}. https://huggingface.co/alexz"]
    return out


def test_lynx_link_marks_are_no_text():
    """``[12]Title``: a text browser numbers every link; the mark is no part of the
    title, and a chrome line keeps its kind behind it (``[16]· 6 authors``)."""
    lines = _lynx({})
    records, log = _parse(lines)
    shown = [(T1, A1), ("[RET] " + T2, A2), ('"Subjective" functions', A3)]
    assert _pairs(records) == shown
    assert log.rejects == []
    assert _accounted(lines, log)


def test_lynx_reference_list_is_chrome_and_gives_each_title_its_link():
    """The ``References`` list at the end of a dump names every link of the page: it is
    chrome; a card's id is the one its title's number is listed with (``[9]Title`` and
    ``   9. https://huggingface.co/papers/2511.22559``: ``pages.references``, cr19), and the
    list's other paper links are no card's."""
    lines = _lynx({})
    records, log = _parse(lines)
    assert [r.arxiv_id for r in records] == ["2511.22559", "2511.22554", "2511.22559"]
    assert log.chrome.get("markup", 0) >= 8


def test_browser_marks_chrome_lines():
    assert classify_chrome("[12][2511.22553.png]") == "image"
    assert classify_chrome("  12. https://huggingface.co/papers/2501.01234") == "markup"
    assert classify_chrome("References") is not None
    assert classify_chrome("   Hidden links:") is not None
    assert classify_chrome("[12]Google") is None  # a name: the decoder's business


def test_a_citation_in_an_abstract_is_kept():
    """``[12]`` followed by a space or punctuation is a citation, not a link mark; inside
    running text a number glued to a word is a citation whose space was lost."""
    abstract = (
        'Prior work [12] and [3], [4]-[6] showed [10][11] that "[1]" [26]" fails, [2]using X.'
    )
    lines = ["Daily Papers", "", T1, "", abstract]
    records, _ = _parse(lines)
    assert _pairs(records) == [(T1, abstract)]


# --------------------------------------------------------------------------- markdown tools


def test_submitted_by_with_a_long_avatar_url_is_chrome():
    """``Submitted by ![Image 10](…) user`` (Jina, markdownify) is over the plain-chrome
    length with its image: the image is no text."""
    line = (
        "Submitted by ![Image 10](https://cdn-avatars.huggingface.co/v1/production/uploads/"
        "669d2d86046d9fa7988e6d33/53f9e551.png) taesiri"
    )
    assert len(line) > 120
    assert classify_chrome(line) == "submitted_by"


def test_relative_profile_link_is_an_organisation():
    """html2text and markdownify keep a page's relative links: ``[Qwen](/Qwen)``."""
    assert classify_chrome("[ByteDance Seed](/ByteDanceSeed)") == "org"
    assert classify_chrome("[Daily](/papers)") != "org"
    lines = ["# Daily Papers", ""]
    for title, abstract in EXPECTED:
        lines += [f"### [{title}](/papers/2501.0123{len(title) % 10})", ""]
        lines += ["[ByteDance Seed](/ByteDanceSeed)", "", abstract, ""]
    records, _ = _parse(lines)
    assert _pairs(records) == EXPECTED


# --------------------------------------------------------------------------- reader mode


def test_reader_card_date_glued_to_the_title():
    """Reader-mode text puts the card's date on its title's line."""
    lines = []
    for (title, abstract), date in zip(
        EXPECTED, (" Dec 8, 2022", " · Aug 9", "Mar 3, 2025"), strict=True
    ):
        lines += [f"{title}{date}", "", abstract, ""]  # (inline elements run together)
    records, _ = _parse(lines)
    assert _pairs(records) == EXPECTED
    upper = "SYNERGYAMODAL: DEOCCLUDE ANYTHING WITH TEXT CONTROL"
    records, _ = _parse([upper + "Jul 12, 2025", "", A1])
    assert _pairs(records) == [(upper, A1)]


def test_reader_title_with_its_dotted_date_is_no_organisation():
    """``Title · Sep 19, 2022``: a name then a date is an organisation's line only when
    the part before the date can be a name; a title in lower case, of four words or more,
    or holding a title's connective is the card's title with its date glued on."""
    titles = [
        "algebraic properties of pac codes",
        "Deeper Diffusion Models Amplify Bias",
        "Toward Errorless Training ImageNet-1k",
        "Critique of Agent Model",
    ]
    cards = list(zip(titles, (A1, A2, A3, A1), strict=True))
    lines = ["Daily Papers", ""]
    for (title, abstract), date in zip(
        cards, ("Jun 3, 2020", "Sep 19, 2022", "Jan 22, 2025", "Aug 7"), strict=True
    ):
        lines += [f"{title} · {date}", "", abstract, ""]
    records, log = _parse(lines)
    assert _pairs(records) == cards
    assert "org" not in log.chrome
    assert _accounted(lines, log)
    # an organisation's name then its date stays the organisation's line
    lines = ["Daily Papers", ""]
    for title, abstract in EXPECTED:
        lines += [title, "Tencent ARC Lab · Jan 3, 2025", "", abstract, ""]
    records, log = _parse(lines)
    assert _pairs(records) == EXPECTED
    assert log.chrome["org"] == 3


# --------------------------------------------------------------------------- organisation names


def test_a_name_the_page_repeats_is_an_organisation():
    """A browser copy (or w3m, pandoc, lynx) writes a card's organisation as its bare name,
    between the title and the abstract. Titles do not repeat on a page, names do: once
    a name-like line comes back on a later card, it is that card's organisation line,
    not a title that robs the card above of its abstract. (The first time it shows, the
    page has not told yet: the card may be one without an abstract.)"""
    cards = [("Paper Zero About Something Else", A3), *EXPECTED, (T1 + " Again", A1)]
    lines = ["Daily Papers", "by AK and the research community"]
    for title, abstract in cards:
        lines += ["Upvote\t12", title, "· 6 authors", "ByteDance Seed", "", abstract, "", "3"]
    records, log = _parse(lines)
    assert _pairs(records)[-4:] == cards[1:]
    assert log.chrome["org"] >= 4
    assert _accounted(lines, log)


def test_a_short_title_shown_twice_in_a_row_stays_a_title():
    """A trending page renders a card twice (responsive copies): the same short title
    right again is the copy's title, not an organisation."""
    lines = ["Trending Papers", ""]
    for title, abstract in [
        EXPECTED[0],
        ("Impossible Videos", A2),
        ("Impossible Videos", A2),
        EXPECTED[2],
    ]:
        lines += [title, "", abstract, ""]
    records, _ = _parse(lines)
    assert [r.title for r in records] == [T1, "Impossible Videos", "Impossible Videos", T3]


def test_a_short_title_listed_twice_apart_stays_a_title():
    """A search or trending page may list one paper twice, other cards between: a short
    title that could be a name (``PageHabits.names``) shown again on a later card is still
    that card's title when nothing marks it as an organisation's (no ``·``, date or
    profile link beside it, no abstract robbed above it)."""
    twice = ("Impossible Videos", A2)
    cards = [EXPECTED[0], twice, EXPECTED[2], twice, (T1 + " Again", A1)]
    plain = ["Trending Papers", ""]
    copy = ["Daily Papers", "by AK and the research community"]
    for title, abstract in cards:
        plain += [title, "", abstract, "", "12", ""]
        copy += ["Upvote\t12", title, "· 6 authors", "", abstract, "", "3"]
    for lines in (plain, copy):
        records, log = _parse(lines)
        assert _pairs(records) == cards
        assert "org" not in log.chrome
    # a page that also shows organisation names: the repeated title still titles its card
    with_org = ["Daily Papers", "by AK and the research community"]
    for title, abstract in [("Paper Zero About Something Else", A3), *cards]:
        with_org += ["Upvote\t12", title, "· 6 authors", "ByteDance Seed", "", abstract, "", "3"]
    records, _ = _parse(with_org)
    assert _pairs(records)[-5:] == cards
    # its second listing without an abstract: a title-only card, no organisation line
    bare = cards[:3] + [("Impossible Videos", ""), cards[4]]
    lines = ["Daily Papers", "by AK and the research community"]
    for title, abstract in bare:
        lines += [
            "Upvote\t12",
            title,
            "· 6 authors",
            *(["", abstract, ""] if abstract else []),
            "3",
        ]
    records, log = _parse(lines)
    assert _pairs(records) == bare
    assert "org" not in log.chrome


# The head of a jina reader capture (``r.jina.ai``): its title, then the page as markdown.
JINA_HEAD = (
    "Title: Daily Papers - Hugging Face",
    "",
    "Markdown Content:",
    "Daily Papers",
    "============",
    "",
)


def test_a_name_in_a_reference_link_may_be_an_organisation():
    """Jina-style markdown links every name by reference (``[Qwen][18]``, its target
    defined at the page's end): a name in such a link is an organisation candidate as a
    bare name is."""
    lines = list(JINA_HEAD)
    n = 10
    for title, abstract in [("Paper Zero About Something Else", A3), *EXPECTED]:
        lines += [
            f"### [{title}][{n}]",
            "",
            f"*   [6 authors][{n + 1}]",
            "",
            f"[Qwen][{n + 2}]",
            "",
            abstract,
            "",
        ]
        n += 3
    lines += [f"[{i}]: https://huggingface.co/papers/2501.0000{i % 10}" for i in range(10, n)]
    records, log = _parse(lines)
    assert _pairs(records)[-3:] == EXPECTED
    assert _accounted(lines, log)


def test_a_name_in_a_reference_link_is_no_abstract():
    """A card without an abstract, then its organisation's name in a reference link:
    the name is no one-word abstract."""
    lines = list(JINA_HEAD)
    cards = [(T1, A1), ("Paper Zero About Something Else", ""), (T2, A2), (T3, A3)]
    for n, (title, abstract) in enumerate(cards):
        lines += [
            f"### [{title}][{3 * n + 10}]",
            "",
            f"*   [6 authors][{3 * n + 11}]",
            "",
            f"[Qwen][{3 * n + 12}]",
            "",
        ]
        lines += [abstract, ""] if abstract else []
        lines += ["Upvote", "", str(n + 3), ""]
    records, _ = _parse(lines)
    assert _pairs(records) == cards


def test_a_margin_every_line_shares_is_no_title_indent():
    """lynx sets its body text 3 spaces in: a wrapped summary whose every line carries
    that margin is a paragraph, not a title with an arXiv-style indented rest."""
    summary = [
        "   Robotic manipulation requires explicit or implicit knowledge of the robot's",
        "   joint positions.",
    ]
    lines = ["                                 Daily Papers", ""]
    lines += [f"[8]{T1}", "", "   Submitted by [9]Linzhan", "", *summary, ""]
    lines += [f"[10]{T2}", "", "   [11]· 4 authors", "", "   " + A2, ""]
    records, _ = _parse(lines)
    assert _pairs(records) == [
        (
            T1,
            "Robotic manipulation requires explicit or implicit knowledge of the robot's joint positions.",
        ),
        (T2, A2),
    ]


def test_a_title_wrapped_where_its_link_number_counted():
    """lynx wrapped ``[130]Title …`` at 79 columns with its link number: without the
    number the first line leaves room for the next word, but it is one title. (Its
    body, 3 columns in, is wrapped at the same 79 columns, as lynx wraps it.)"""
    abstract = [
        "   We present a unified framework for reconstructing animatable 3D human",
        "   avatars from a single portrait across head, half-body, and full-body inputs.",
        "   Our method builds a pose- and framing-invariant latent space that",
        "   generalizes across diverse portrait configurations, and a dual-UNet decoder",
        "   that fuses features.",
    ]
    title = "Evaluating Latent Generative Paradigms for High-Fidelity 3D Shape Completion from a Single Depth Image"
    lines = ["                                 Daily Papers", ""]
    lines += [f"[8]{T1}", "", "   [9]· 6 authors", "", *abstract, ""]
    lines += [
        "[130]Evaluating Latent Generative Paradigms for High-Fidelity 3D Shape",
        "Completion from a Single Depth Image",
        "",
    ]
    lines += ["   [131]· 3 authors", "", "   " + A2, ""]
    records, _ = _parse(lines)
    assert [r.title for r in records] == [T1, title]


def test_a_link_number_before_a_title_opening_with_a_mark():
    """lynx numbers the link of a title that opens with no letter (``[73]**Bold** …``,
    ``[130]$R^2$-dLLM! …``, ``[90]\\textsc{…}``): at the start of a line the number is
    the link's, as before a letter (a citation opening a line is followed by a space or
    punctuation)."""
    titles = [
        "**Bold** Cog3DMap: Multi-View Reasoning",
        "$R^2$-dLLM! Accelerating Diffusion Models",
    ]
    lines = ["                                 Daily Papers", ""]
    lines += [f"[8]{titles[0]}", "", "   [9]· 6 authors", "", "   " + A1, ""]
    lines += [f"[130]{titles[1]}", "", "   [131]· 3 authors", "", "   " + A2, ""]
    records, _ = _parse(lines)
    assert _pairs(records) == [(titles[0], A1), (titles[1], A2)]


def test_a_citation_opening_a_line_is_kept():
    """``[12], …`` and ``[3]. …`` at a line's start are citations: their number stays."""
    assert unmark_lead("[12], as shown") == "[12], as shown"
    assert unmark_lead("[3] showed") == "[3] showed"
    assert unmark_lead("[10][11] show") == "[10][11] show"
    assert unmark_lead("[73]**Bold** X") == "**Bold** X"


def test_a_title_at_the_margin_wraps_at_the_body_column():
    """lynx sets its body 3 spaces in and its titles at column 0, and wraps both at one
    column (79): a title line of 79 characters is as full as a body line of 76, so its
    next line is the title's rest, not a second title."""
    abstract = [
        "   3D Gaussian splatting has become a prominent technique for representing and",
        "   rendering complex 3D scenes, due to its high fidelity and speed advantages.",
        "   However, the growing demand for large-scale models calls for effective and",
        "   efficient compression, which we address here with a training-free method.",
    ]
    lines = ["                                 Daily Papers", ""]
    for i in range(3):
        lines += [f"[{8 + 2 * i}]{T1} {i}", "", f"   [{9 + 2 * i}]· 6 authors", "", *abstract, ""]
    lines += [
        "[49]FlexGaussian! Flexible and Cost-Effective Training-Free Compression for 3D",
        "Gaussian Splatting",
        "",
    ]
    lines += ["   [50]· 5 authors", "", "   Submitted by [51]vvasilev", "", "   " + A2, ""]
    records, _ = _parse(lines)
    assert (
        records[-1].title
        == "FlexGaussian! Flexible and Cost-Effective Training-Free Compression for 3D Gaussian Splatting"
    )
    assert [r.title for r in records[:3]] == [f"{T1} {i}" for i in range(3)]
    assert len(records) == 4


def test_a_name_in_the_body_column_is_no_title():
    """lynx sets its titles at column 0 and the rest of a card 3 columns in: once the
    page has shown that, a name set in with the body (``   [58]ByteDance Seed``, shown
    for the first time on the page, under a card's chrome) is no title."""
    abstract = [
        "   We present a unified framework for reconstructing animatable 3D human",
        "   avatars from a single portrait across head, half-body, and full-body inputs.",
    ]
    lines = ["                                 Daily Papers", ""]
    for i in range(3):
        lines += [f"[{8 + 2 * i}]{T1} {i}", "", f"   [{9 + 2 * i}]· 6 authors", "", *abstract, ""]
    lines += [
        "   Upvote",
        "   -",
        "",
        "[55]learning to search and searching to learn for generalization in planning",
        "",
    ]
    lines += ["   [56]3 authors", "", "   Submitted by [57]nielsr", "", "   [58]ByteDance Seed", ""]
    lines += ["   Published on Jun 13", "", "   " + A2, ""]
    records, _ = _parse(lines)
    assert [r.title for r in records] == [f"{T1} {i}" for i in range(3)] + [
        "learning to search and searching to learn for generalization in planning"
    ]
    assert records[-1].abstract == A2
