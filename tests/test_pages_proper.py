"""A name under a title line that filled the width, told by the page's own prose
(``pages.proper``): a line none of whose words the page's abstracts write in lower case is
a proper name, not the title's wrapped rest (docs/pages.md, "Conv family, fifteenth
round"). The generated excerpts are in ``fixtures/pages_conv.json`` (prefix ``hc13_``)."""

from __future__ import annotations

from papercorpus.sources.pages.page_habits import PROSE_KEEP, PageHabits
from papercorpus.sources.pages.proper import PROSE_MIN, proper_rest

from .page_excerpts import card_pairs, load_excerpts, parse_page

PROSE = (
    "We study how vision language models adapt to thermal imagery captured by drones, "
    "and show that a lightweight projector aligns the two modalities at a small cost. "
)


def _habits(prose: str) -> PageHabits:
    habits = PageHabits()
    habits.learn_prose(prose)
    return habits


def test_a_name_the_prose_never_writes_in_lower_case() -> None:
    habits = _habits(PROSE * (PROSE_MIN // len(PROSE) + 1))
    assert proper_rest("Apple", habits) > 0
    assert proper_rest("Tsinghua University", habits) > 0
    assert proper_rest("Meta AI", habits) > 0  # (``AI``: too short to test)


def test_a_name_in_capitals_is_not_tested() -> None:
    # (prose writes ``NVIDIA``, ``LLMs``, ``ByteDance`` so too: nothing told)
    habits = _habits(PROSE * (PROSE_MIN // len(PROSE) + 1))
    assert proper_rest("NVIDIA", habits) == 0
    assert proper_rest("Vision LLMs", habits) == 0  # ("vision": written)
    assert proper_rest("GPT-4V", habits) == 0


def test_a_title_rest_the_prose_writes_in_lower_case() -> None:
    habits = _habits(PROSE * (PROSE_MIN // len(PROSE) + 1))
    assert proper_rest("Drone Thermal Imagery", habits) == 0  # (``drones``: not ``drone``,
    # but ``thermal`` and ``imagery`` are the language's)
    assert proper_rest("Language Models", habits) == 0
    assert proper_rest("Small Projector", habits) == 0
    assert proper_rest("Thermal Companies", habits) == 0  # (one word of the language is enough)
    assert proper_rest("for Species Recognition", habits) == 0  # (a word in lower case)


def test_too_little_prose_says_nothing() -> None:
    assert proper_rest("Apple", _habits(PROSE)) == 0


EXCERPT = load_excerpts("pages_conv.json")["hc13_w3m_a_name_shown_once_under_a_full_title"]


def _last_title(lines: list[str]) -> str:
    return " ".join(card_pairs(parse_page(lines)[0])[-1][0].split())


def test_a_line_its_own_abstract_writes_in_lower_case_is_no_name() -> None:
    # the excerpt (``… in Drone Thermal Imagery`` + ``Apple``, read as a name) with the
    # word written in lower case in the card's own abstract only, after the line: read
    # as the title's rest again, as the decoder reads it (its own abstract is in the
    # prose before the card is settled)
    lines = list(EXCERPT["lines"])
    assert lines[123] == "    Apple"
    assert _last_title(lines).endswith("Drone Thermal Imagery")
    written = [line.replace("ecological monitoring", "apple monitoring") for line in lines]
    assert written != lines
    assert "apple" not in "\n".join(written[:123])
    assert _last_title(written).endswith("Drone Thermal Imagery Apple")


def test_the_page_keeps_only_its_last_prose() -> None:
    """A listing page of thousands of cards keeps the last ``PROSE_KEEP`` characters of its
    prose, not all its text: memory grows with the page's cards, not with its text."""
    habits = PageHabits()
    for i in range(3 * PROSE_KEEP // len(PROSE)):
        habits.learn_prose(f"{i} {PROSE}")
    assert habits.prose_chars == sum(len(t) for t in habits.prose_texts)
    assert PROSE_KEEP - len(PROSE) - 10 < habits.prose_chars <= PROSE_KEEP
    assert habits.prose_texts[-1].startswith(f"{3 * PROSE_KEEP // len(PROSE) - 1} ")
