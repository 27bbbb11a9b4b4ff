"""The sped-up page helpers (shape predicates, chrome._plain) answer exactly as before."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papercorpus.normalize import collapse_ws
from papercorpus.sources import chrome, shape
from papercorpus.sources.shape import _JOINERS, prose_marks, sentence_like

# The implementations before the speed-up, kept verbatim as the reference.
_REF_HINT = re.compile(r"\b(?:we|our|is|are|was|were|has|have|this|these|can|which)\b")
_REF_FIRST_PERSON = re.compile(r"\b(?:we|our)\b")


def ref_sentence_like(s: str) -> bool:
    return len(s) >= 40 and (s.startswith(shape._SENTENCE_START) or _REF_HINT.search(s) is not None)


def ref_prose_marks(s: str) -> bool:
    space = s.rfind(" ")
    return s[-1] in ",;:" or s[space + 1 :].lower() in _JOINERS or bool(_REF_FIRST_PERSON.search(s))


_HINTS = ["we", "our", "is", "are", "was", "were", "has", "have", "this", "these", "can", "which"]
# Pieces that sit right at the edge of a word boundary: the hint words and near misses,
# letters, digits, "_" and non-ASCII word and non-word characters.
_PIECES = st.sampled_from(
    _HINTS
    + ["w", "o", "e", "ur", "hich", "We", "OUR", "wes", "owe", "ours", "_", "1", "é", "ß", "ı"]
    + [" ", ",", ";", ":", ".", "-", "(", "\n", "\u00a0", "–", "ﬁ", "中", "٣", "The", "the", "of"]
)
_TEXTS = st.one_of(
    st.lists(_PIECES, max_size=30).map("".join),
    st.text(max_size=80),
    st.text(alphabet="weourisahvtncW _1é,:", max_size=60),
)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS)
def test_sentence_like_matches_reference(s: str) -> None:
    assert sentence_like(s) == ref_sentence_like(s)
    assert (shape._SENTENCE_HINT.search(s) is None) == (_REF_HINT.search(s) is None)
    padded = "x" * 40 + " " + s  # long enough to reach the regex
    assert sentence_like(padded) == ref_sentence_like(padded)


@settings(max_examples=3000, deadline=None)
@given(_TEXTS.filter(bool))
def test_prose_marks_matches_reference(s: str) -> None:
    assert prose_marks(s) is ref_prose_marks(s)


@pytest.mark.parametrize(
    "s",
    [
        "we",
        "our",
        "We",
        "x we",
        "we.",
        "_we",
        "we_",
        "1we",
        "éwe",
        "weé",
        "owe",
        "ours",
        "A Study of Learning",
        "Learning for",
        "This is it",
        "which",
        "whic",
        "chave",
        "Ha:",
        "is",
        "a is",
        "ais",
        "isn't",
        "can-do",
        "this\u00a0is",
        "ıs",
        "wé",
    ],
)
def test_edge_cases_match_reference(s: str) -> None:
    assert prose_marks(s) is ref_prose_marks(s)
    for t in (s, "y" * 40 + s, "y" * 39 + " " + s, s + " " + "y" * 40):
        assert sentence_like(t) == ref_sentence_like(t)


def test_empty_string_fails_alike() -> None:
    with pytest.raises(IndexError):
        ref_prose_marks("")
    with pytest.raises(IndexError):
        prose_marks("")
    assert sentence_like("") is ref_sentence_like("") is False


def ref_plain(s: str) -> str | None:
    kind = chrome._EXACT.get(s)
    if kind is not None:
        return kind
    m = chrome._PLAIN_RE.match(s)
    return chrome._GROUP_KIND.get(m.lastgroup, m.lastgroup) if m else None


# One line (at least) for each way a _PLAIN_RE alternative can start; written out here,
# not taken from chrome._PLAIN_STARTS, so that a start missing there shows.
_CHROME_LINES = [
    "· Mar 3",
    "·Jan 12, 2024",
    "Published on Feb 2",
    "Apr 4",
    "May 29[6](x#c)",
    "Jun 1",
    "July 4",
    "Aug. 8",
    "Sep 9",
    "Sept 10",
    "September 11",
    "Oct 1 12",
    "Nov 3",
    "Dec 25",
    "Get trending papers in your email inbox!",
    "by AK and the research community",
    "byAK and the research community",
    "AK and the research community",
    "and the research community",
    "Daily Papers - Hugging Face",
    "Trending Papers",
    "3 authors",
    "12 authors",
    "٣ authors",
    "[ - ] 12",
    "[] Upvote 3",
    "Upvote 5",
    "-",
    "–",
    "—",
    "1.5k",
    "LINK: GitHub 12",
    "GitHub 3.2k arXiv Page",
    "Submitted by someone",
    "<https://x.org/a>",
    "https://x.org",
    "http://x.org",
    "www.x.org",
    "huggingface.co/papers",
    "[3]: https://x.org",
    "Page 2 of 3",
    "2 / 10",
    "Previous page",
    "Next page",
    "Content truncated",
    "[Output truncated here",
    "Text truncated",
    " Content truncated",
    "\u2003Text truncated",
    "\t[",
    "[ Text truncated",
    "▲ 101",
    "△ 3",
    "⬆ 1.2k",
    "↑ 7",
    "👍 12",
    "101 upvotes",
    "★ 1.2k",
    "⭐ 131",
    "131 stars",
    "💬 12",
    "12 comments",
    "2 days ago",
    "a day ago",
    "an hour ago",
    "yesterday",
    "Yesterday",
    "Published 3 hours ago",
    "Submitted on 3 Jan 2025",
    "Updated 2 days ago",
    "Posted on 2025-01-03",
    "2025-01-03",
    "3 March 2025",
    "arXiv:2602.05261 [pdf, html]",
    "Show 20 more papers",
    "Load more",
    "View 5 more",
    "See more papers",
    "We use cookies on this site.",
    "This site uses cookies.",
    "This website uses cookies.",
    "Our site uses cookies.",
    "Our website uses cookies.",
    "By continuing you accept cookies.",
    "By using this site you accept cookies.",
    "Accept all cookies",
    "Reject all",
    "Decline",
]


_CHROME_PIECES = st.sampled_from(
    list(_CHROME_LINES)
    + ["Ma", "Pag", "Page", "Publ", "Get", "AK ", "and the research community", "by ", "Papers"]
    + ["January", "Sept", "Mar 3", ", 2024", " Papers", " truncated", " authors", "k", "2.5k"]
    + ["1", "٣", "12", " ", "\u2003", "\t", ".", ":", "]", "(", ")", "/", "x", "é", "Title"]
    + ["://", "s://", "huggingface.co", "arXiv Page", " page", " of 3", "[ - ]", "[3]: ", "e"]
    + sorted(chrome._EXACT)
)
_CHROME_TEXTS = st.one_of(
    st.lists(_CHROME_PIECES, max_size=4).map("".join),
    st.text(max_size=40),
    st.sampled_from(sorted(chrome._EXACT)),
)


@settings(max_examples=5000, deadline=None)
@given(_CHROME_TEXTS)
def test_plain_matches_reference(s: str) -> None:
    assert chrome._plain(s) == ref_plain(s)


@pytest.mark.parametrize("s", _CHROME_LINES)
def test_plain_chrome_lines_match_reference(s: str) -> None:
    for t in (s, " " + s, "x" + s, s + " x"):
        assert chrome._plain(t) == ref_plain(t)


def test_chrome_lines_are_chrome() -> None:
    assert [s for s in _CHROME_LINES if ref_plain(s) is None] == ["\t["]


def test_plain_matches_reference_on_sample_pages() -> None:
    """Every stripped line of the fixture and seed pages: classified as before."""
    roots = [Path(__file__).parent / "fixtures", Path(__file__).parents[1] / "../shared/seeds"]
    lines = {
        line.strip()
        for root in roots
        if root.is_dir()
        for path in sorted(root.rglob("*.txt"))
        for line in path.read_text("utf-8", errors="replace").splitlines()
    }
    assert len(lines) > 100
    assert [chrome._plain(s) for s in sorted(lines)] == [ref_plain(s) for s in sorted(lines)]


# ``units.dirty_lines``: one numpy pass over many lines answers what two scans of each did.
_LINE_PIECES = st.sampled_from(
    ["a", "Word", " ", "  ", "\t", "\x7f", "\x00", "\x1f", "~", "é", "中", "\u00a0", "\r", "x y"]
)
_LINES = st.one_of(
    st.lists(_LINE_PIECES, max_size=12).map("".join),
    st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=40),
)


def ref_plain_line(s: str) -> bool:
    return s.isascii() and "  " not in s and all(" " <= c <= "~" for c in s)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_LINES, max_size=40))
def test_dirty_lines_matches_reference(texts: list[str]) -> None:
    from papercorpus.sources.pages.units import collapse, dirty_lines, mark_plain

    dirty = dirty_lines(texts)
    assert dirty == {i for i, s in enumerate(texts) if not ref_plain_line(s)}
    for i, s in enumerate(texts):
        if i not in dirty:
            stripped = s.strip()
            mark_plain(stripped)  # what the intake does for a plain line
            assert collapse(stripped) == collapse_ws(stripped)
