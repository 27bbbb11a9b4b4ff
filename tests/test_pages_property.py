"""Property: any small page the generator (benchmarks/pagegen.py) renders parses exactly.

Hypothesis draws the arrangement of the card chrome, the layout (blank-line or compact),
the capture style (plain text, firecrawl markdown, reference-link markdown, web export),
the number of cards and a seed for everything else (title forms, abstract forms,
wrapping, page chrome, the order of chrome around each card). The page goes through
``sources.iter_records`` as ``clean`` reads it, and is scored against the generator's
truth (benchmarks/pagegen_truth.py): no card lost, no extra record, titles intact, no
abstract glued or otherwise damaged, no chrome leaked, a truncated capture flagged,
stray lines rejected.

``test_fixture_like_pages`` holds the variation still where the parser is known to be
exact (titles as written, no page furniture, the arrangements the fixtures cover).
``test_any_page`` is the whole grammar, held to issue 14's acceptance: no card lost, no
abstract glued, no chrome leaked, a truncated capture flagged, stray lines rejected.
``test_any_page_exact`` asks the same pages for no damage at all (no extra record, titles
and abstracts intact); the pages benchmark still shows a few per thousand cards there, so
it is ``xfail(strict=False)`` until they are gone.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from .conftest import DATA, ROOT

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is in the test extra")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

if str(ROOT / "benchmarks") not in sys.path:
    sys.path.append(str(ROOT / "benchmarks"))
import pagegen  # noqa: E402
import pagegen_source  # noqa: E402
from pagegen_render import ARRANGEMENTS, LAYOUTS, STYLES, md_escape, wrap_words  # noqa: E402
from pagegen_truth import PageTruth, score_page  # noqa: E402
from pages_bench import parse_in_process  # noqa: E402

CHECKED = ("lost", "extra", "title_dmg", "abs_glued", "abs_dmg", "leaked", "trunc_miss", "rej_miss")
# issue 14's acceptance: nothing lost, glued or leaked (and flags and rejects right)
ACCEPTED = ("lost", "abs_glued", "leaked", "trunc_miss", "rej_miss")
# Arrangements whose cards the current parser reads right when nothing else varies.
FIXTURE_LIKE = (
    "bare",
    "upvotes",
    "url",
    "authors",
    "card_date",
    "comments",
    "submitted_by",
    "github",
    "summary",
    "no_abstract",
    "daily_live",
)
CALM = dict(
    title_forms=(("as_is", 1.0),),
    wrap="none",
    nav=False,
    views=False,
    search=False,
    frontmatter=False,
    pagination=False,
    footer=False,
    contact=False,
    truncated=False,
    blank_noise=0.0,
)
FIXTURE_PAPERS = pagegen_source.fixture_papers()
_real: list = []


def _real_papers() -> list:
    """A few thousand real papers when ../shared/data is there (more varied text), else the
    fixtures' records."""
    if not _real:
        data = DATA / "arxiv-listings"
        _real.extend(pagegen_source.load_papers(limit=2000) if data.is_dir() else FIXTURE_PAPERS)
    return _real


def _failures(
    tmp_path: Path, text: str, truth: PageTruth, checked: tuple[str, ...] = CHECKED
) -> dict[str, list[str]]:
    (tmp_path / truth.file).write_bytes(text.encode("utf-8"))
    got, rejected, _, _ = parse_in_process(tmp_path, truth)
    score = score_page(truth, got, rejected)
    return {c: score.examples.get(c, []) for c in checked if score.counts[c]}


@settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    arrangement=st.sampled_from(FIXTURE_LIKE),
    style=st.sampled_from(("plain", "ref", "web")),
    layout=st.sampled_from(LAYOUTS),
    cards=st.integers(1, 6),
    seed=st.integers(0, 2**32 - 1),
)
def test_fixture_like_pages(
    tmp_path: Path, arrangement: str, style: str, layout: str, cards: int, seed: int
) -> None:
    text, truth = pagegen.small_page(
        FIXTURE_PAPERS, seed, arrangement, layout, style, cards, **CALM
    )
    assert _failures(tmp_path, text, truth) == {}


# 200 fixed pages (derandomized, no example database): the same pages in every run.
_ANY_PAGE_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
_ANY_PAGE = given(
    arrangement=st.sampled_from(sorted(ARRANGEMENTS)),
    style=st.sampled_from(STYLES),
    layout=st.sampled_from(LAYOUTS),
    cards=st.integers(1, 6),
    seed=st.integers(0, 2**32 - 1),
)


@settings(_ANY_PAGE_SETTINGS)
@_ANY_PAGE
def test_any_page(
    tmp_path: Path, arrangement: str, style: str, layout: str, cards: int, seed: int
) -> None:
    text, truth = pagegen.small_page(_real_papers(), seed, arrangement, layout, style, cards)
    assert _failures(tmp_path, text, truth, ACCEPTED) == {}


@pytest.mark.xfail(
    strict=False,
    reason="issue 14: a few extra records and damaged titles/abstracts per thousand cards "
    "remain (benchmarks/pages_bench.py: extra, title_dmg, abs_dmg)",
)
# No shrinking while it is expected to fail.
@settings(_ANY_PAGE_SETTINGS, phases=[Phase.explicit, Phase.generate])
@_ANY_PAGE
def test_any_page_exact(
    tmp_path: Path, arrangement: str, style: str, layout: str, cards: int, seed: int
) -> None:
    text, truth = pagegen.small_page(_real_papers(), seed, arrangement, layout, style, cards)
    assert _failures(tmp_path, text, truth) == {}


def test_generator_truth_is_consistent(tmp_path: Path) -> None:
    """The truth describes the page it came with: line counts add up, spans point at the
    title and abstract text, and the same seed gives the same bytes."""
    for k, arrangement in enumerate(sorted(ARRANGEMENTS)):
        for layout in LAYOUTS:
            text, truth = pagegen.small_page(FIXTURE_PAPERS, k, arrangement, layout, cards=5)
            again, _ = pagegen.small_page(FIXTURE_PAPERS, k, arrangement, layout, cards=5)
            assert text == again
            lines = text.replace("\r\n", "\n").removesuffix("\n").split("\n")
            assert len(lines) == truth.lines
            counted = truth.record_lines + truth.blank_lines + truth.chrome_total
            assert counted + len(truth.reject_lines) == truth.lines
            assert truth.cards
            for card in truth.cards:
                first = lines[card.title_lines[0] - 1]
                assert card.title.split(" ", 1)[0].replace("*", "").replace("_", "")[:4] in (
                    first.replace("\\", "").replace("*", "").replace("_", "")
                ), (arrangement, first)
                assert card.first <= card.title_lines[0] <= card.last
                if card.abstract_lines is not None:
                    assert card.title_lines[1] < card.abstract_lines[0] <= card.last
                    assert bool(card.abstract)


_COMMONMARK_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


@given(text=st.text(alphabet=st.sampled_from("ab 1.-_*[]\\%`#\n"), max_size=40))
@settings(max_examples=300, derandomize=True, database=None)
def test_markdown_escapes_invert_as_commonmark(text: str) -> None:
    """The truth of a markdown page is its text with CommonMark backslash escapes removed:
    the generator's escaping must give the text back exactly that way."""
    text = " ".join(text.split())
    for misc in (False, True):
        assert _COMMONMARK_ESCAPE.sub(r"\1", md_escape(text, misc)) == text


@given(
    words=st.lists(st.text(alphabet="abcdefghij:/.{}", min_size=1, max_size=30), max_size=30),
    width=st.integers(8, 40),
)
@settings(max_examples=300, derandomize=True, database=None)
def test_wrapped_lines_join_back(words: list[str], width: int) -> None:
    """Greedy wrapping at a width, cutting words longer than the line: lines are never
    longer than the width, and joining them (a cut without a space) gives the text."""
    text = " ".join(words)
    lines = wrap_words(text, width)
    assert all(len(line) <= width for line, _ in lines)
    joined = "".join(line + ("" if cut else " ") for line, cut in lines)
    assert joined.rstrip(" ") == text
