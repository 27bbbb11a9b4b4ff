"""Round 23 (fb23): furniture on pages with no blank lines, a long title set right against
its abstract (``pages.paragraphs``). ``repeats`` takes a run of wide lines as an abstract;
a title of 60+ characters over or under one joined its run, no card showed a title beside
its furniture, and nothing was learned: each furniture line became a record. The page's
own wrap parts them: a line with room left for the next word ends its paragraph, a line
wider than the page wraps is none of a wrapped paragraph's, and an abstract set on one
line is a paragraph of its own. Pages of twelve real arXiv cards
(``fixtures/pages_fv21.json``); every line keeps one place."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable

from papercorpus.records import Record
from papercorpus.sources.pages.paragraphs import paragraphs, wrap_width
from papercorpus.sources.pages.repeats import KIND, learn, shape

from .page_excerpts import FIXTURES, parse_page

CARDS: list[dict] = json.loads((FIXTURES / "pages_fv21.json").read_text(encoding="utf-8"))["cards"]
HEAD = ["Daily Papers", "by AK and the research community"]
Card = Callable[[int, dict], list[str]]
WIDTH = 79


def _wrap(text: str, width: int = WIDTH) -> list[str]:
    """As a converter wraps: greedy, at spaces only."""
    return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)


def _page(card: Card) -> list[str]:
    lines = list(HEAD)
    for i, c in enumerate(CARDS):
        lines += card(i, c)
    return lines


def _read(lines: list[str]) -> tuple[list[Record], int]:
    records, log = parse_page(lines)
    assert log.record_lines + log.chrome.total() + log.blank_lines + log.reject_lines == len(lines)
    assert [(r.title, r.abstract) for r in records] == [(c["title"], c["abstract"]) for c in CARDS]
    return records, log.chrome[KIND]


def test_a_track_line_between_long_titles_and_one_line_abstracts_is_furniture() -> None:
    """title / ``Track: Oral`` / abstract on one line, no blank line: each title of 60+
    stood right under the card above's abstract and joined its run."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], f"Track: {('Oral', 'Poster')[i % 2]}", c["abstract"]]

    lines = _page(card)
    assert learn(lines) == frozenset({"L:track"})
    _, repeated = _read(lines)
    assert repeated == 12


def test_a_long_authors_line_between_title_and_one_line_abstract_is_read() -> None:
    """title / ``Authors: A, B, C, D`` (60+ characters) / abstract on one line: title and
    authors no longer join the abstract's run, and the names go to the card."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], "Authors: " + ", ".join(c["authors"][:4]), c["abstract"]]

    lines = _page(card)
    assert learn(lines) == frozenset({"L:authors"})
    records, repeated = _read(lines)
    assert repeated == 12
    for r, c in zip(records, CARDS, strict=True):
        assert r.meta["authors"] == c["authors"][:4]


def test_subjects_under_a_wrapped_abstract_over_the_next_long_title() -> None:
    """title / abstract wrapped at 72 / ``Subjects: cs.CL; cs.AI``: the titles longer than
    the page wraps (76 to 126) stand out of the abstract's run; the other two end short of
    the width, with room for the abstract's first word."""

    def card(i: int, c: dict) -> list[str]:
        text = _wrap(c["abstract"], 72)
        return [c["title"], *text, "Subjects: " + "; ".join(c["categories"])]

    lines = _page(card)
    assert learn(lines) == frozenset({"L:subjects"})
    records, repeated = _read(lines)
    assert repeated == 12
    for r, c in zip(records, CARDS, strict=True):
        assert r.meta["categories"] == "; ".join(c["categories"]).split("; ")


def test_published_between_title_and_wrapped_abstract() -> None:
    """title / ``Published: Apr N, 2025`` / abstract wrapped at 79: a title of 80+ under
    the card above's full last line is no line of it (the page wraps at 79)."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], f"Published: Apr {i + 1}, 2025", *_wrap(c["abstract"])]

    lines = _page(card)
    assert learn(lines) == frozenset({"L:published"})
    records, repeated = _read(lines)
    assert repeated == 12
    for i, r in enumerate(records):
        assert r.meta["published"] == f"Apr {i + 1}, 2025"


def _linked(c: dict) -> list[str]:
    """The abstract as a markdown page sets it: in a link to the paper, its lines broken
    by ``\\``."""
    text = _wrap("[" + c["abstract"])
    return [s + "\\" for s in text[:-1]] + [f"{text[-1]}](https://huggingface.co/papers/{c['id']})"]


def test_votes_under_an_abstract_set_in_a_link_with_hard_breaks() -> None:
    """title / ``[abstract …\\`` … ``…](link)`` / ``Votes: N | Code: <link>``: a title
    with no ``\\`` over lines that have one is none of theirs, whatever its width, and the
    link's target closes the paragraph over the next title."""

    def card(i: int, c: dict) -> list[str]:
        return [c["title"], *_linked(c), f"Votes: {i + 1} | Code: https://github.com/lab/{i}"]

    lines = _page(card)
    assert learn(lines) == frozenset({"L:votes"})
    records, repeated = _read(lines)
    assert repeated == 12
    for i, r in enumerate(records):
        assert r.meta["upvotes"] == i + 1


ABSTRACT = (
    "We study how large language models plan over long horizons. Our method learns a compact "
    "world model and uses it to search, improving success rates on three benchmarks by wide "
    "margins while using fewer calls to the model than the baselines we compare against."
)


def test_titles_opening_with_one_shared_label_over_wrapped_abstracts_stay_titles() -> None:
    """rc20's ``Position: …`` guard with the abstracts wrapped and no blank line: an
    abstract's first line is full (the next word did not fit), so it is no title of its own
    beside the ``Position:`` line, and nothing is learned."""
    lines = ["Daily Papers"]
    for w in "ABCDEF":
        lines += [f"Position: Agents Should Plan Over Horizon {w}", *_wrap(f"Card {w}: {ABSTRACT}")]
    assert learn(lines) == frozenset()


def test_a_track_line_beside_titles_sharing_a_label_is_furniture() -> None:
    """``Position: …`` titles (short, or long and set apart from their abstracts) are each
    card's only title line, so rc20 refuses their shape; beside them ``Track: Oral`` is
    furniture: the ``Position:`` lines read as titles (another value of three words or
    more on each card), and no other refused shape does."""
    titles = [f"Position: Agents Should Plan Over Horizon {w}" for w in "ABCDEF"]
    lines = ["Daily Papers"]
    for i, t in enumerate(titles):
        lines += [t, f"Track: {('Oral', 'Poster')[i % 2]}", f"Card {i}: {ABSTRACT}"]
    assert learn(lines) == frozenset({"L:track"})
    records, log = parse_page(lines)
    assert [r.title for r in records] == titles
    assert log.chrome[KIND] == 6


def test_two_label_shapes_either_of_which_could_be_titles_teach_nothing() -> None:
    """``Position: …`` and ``Authors: A, B, C`` on every card, no other title line: both
    read as titles could, so neither is taken for the title, and nothing is learned."""
    lines = ["Daily Papers"]
    for i, w in enumerate("ABCDEF"):
        names = ", ".join(CARDS[i]["authors"][:3])
        lines += [f"Position: Agents Should Plan Over Horizon {w}", f"Authors: {names}"]
        lines.append(f"Card {i}: {ABSTRACT}")
    assert learn(lines) == frozenset()


def test_a_label_word_opening_an_abstract_s_line_lower_case_is_no_furniture() -> None:
    """``Subjects:`` learned, and one abstract with a line opening ``subjects: GPT-4o, …``
    mid-sentence (72 at 200k, ``p001800``:886): that line is the abstract's, not the
    furniture (a page prints its labels capitalised), and its names go to no field."""
    inner = "subjects: GPT-4o, Gemini 2.5, DeepSeek 3.1, and Qwen3-Max. An evaluation"
    assert shape(inner) != "L:subjects"
    lines = list(HEAD)
    want = []
    for i, c in enumerate(CARDS):
        text = _wrap(c["abstract"], 72)
        if i == 4:
            text = [*text[:3], inner, *text[3:]]
        want.append((c["title"], " ".join(text)))
        lines += [c["title"], *text, "Subjects: " + "; ".join(c["categories"])]
    assert learn(lines) == frozenset({"L:subjects"})
    records, log = parse_page(lines)
    assert [(r.title, r.abstract) for r in records] == want
    assert records[4].meta["categories"] == "; ".join(CARDS[4]["categories"]).split("; ")
    assert log.chrome[KIND] == 12


def test_the_page_s_wrap_width_is_read_from_its_paragraphs_inner_lines() -> None:
    """A title of 97 over each paragraph does not widen the width measured."""
    lines: list[str] = []
    for c in CARDS[:4]:
        lines += [c["title"], *_wrap(c["abstract"]), "Comments: 3"]
    assert wrap_width(lines, 60, 250) in range(WIDTH - 3, WIDTH + 1)
    assert wrap_width(_wrap(CARDS[0]["abstract"]), 60, 250) == 0  # (one paragraph: no width)


def _parts(lines: list[str]) -> list[tuple[int, int]]:
    return list(paragraphs(lines, 60, 250))


def test_where_a_run_of_wide_lines_parts() -> None:
    body = _wrap(CARDS[5]["abstract"])
    n = len(body)
    assert _parts(body) == [(0, n)]  # (a wrapped paragraph is one)
    short = CARDS[0]["title"]  # (62: room for the next word)
    assert _parts([short, *body]) == [(0, 1), (1, n + 1)]
    long = CARDS[1]["title"]  # (87: no room, but wider than the paragraph wraps)
    assert _parts([*body, long]) == [(0, n), (n, n + 1)]
    near = CARDS[5]["title"]  # (76 over a full line: the word had no room; cannot tell)
    assert _parts([near, *body]) == [(0, n + 1)]
    # an abstract on one line: the title over it and under it are not its
    one = CARDS[0]["abstract"]
    assert _parts([CARDS[0]["title"], one, CARDS[1]["title"]]) == [(0, 1), (1, 2), (2, 3)]
    # ... but its sentence's rest, opening lower-case, is
    assert _parts([one[:-1] + ",", body[1]]) == [(0, 2)]
    # a markdown wrapper's target is not counted in the width of its last line, and
    # closes its paragraph
    tail = body[-1] + "](https://huggingface.co/papers/2504.01234)"
    assert _parts([*body[:-1], tail, CARDS[6]["title"]]) == [(0, n), (n, n + 1)]
    # a line without markdown's hard break over lines with one is none of theirs
    broken = [s + "\\" for s in body[:-1]] + body[-1:]
    assert _parts([near, *broken]) == [(0, 1), (1, n + 1)]
