"""The decoder's per-line tests, made cheap, answer as first written.

A per-line test on the hot path asks a cheap question first (a first character, a
substring) and cuts words by a byte table rather than a pattern where a line is ASCII;
these check each answers as the test first written did, on the bundled examples' lines
and on the non-ASCII cases a case fold can change."""

from __future__ import annotations

import re

import pytest

from papercorpus.sources.pages import casefold, keywords, title_under
from papercorpus.sources.pages.echoes import NOT_RARE, ascii_words, long_words

from .conftest import EXAMPLES

# Lines a case fold treats unusually: a dotted capital I, a final capital sigma, the
# Kelvin sign, an acronym with a plural ``s``, a link.
_ODD = [
    "İstanbul Traffic Forecasting with Graph Networks",
    "ΟΔΟΣ: Greek Road Scenes for Segmentation",
    "\u212aeywords: causality, graphs",
    "ıNDEX TERMS— vision, language",
    "mind the prompt: evaluating llms via explanations.",
    "Large Language Models (LLMs) are evaluated on GRASP and MATH benchmarks.",
    "Project page: https://osu-nlp-group.github.io/llm/ LLM",
    "A study of the ΣΤΑΣΙΣ corpus: στάσις in Greek texts",
]


def _lines() -> list[str]:
    lines = list(_ODD)
    for path in sorted(EXAMPLES.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines.extend(s.strip() for s in text.splitlines() if s.strip())
    return lines


def _pairs() -> list[tuple[str, str]]:
    lines = _lines()
    unders = [" ".join(lines[i + 1 : i + 6]) for i in range(len(lines))]
    return list(zip(lines, unders, strict=True)) + [(a, b) for a in _ODD for b in _ODD]


def test_keywords_openers_hold_every_first_character_the_pattern_takes() -> None:
    first = re.compile("[ki]", re.I)
    takes = {chr(c) for c in range(0x110000) if first.match(chr(c))}
    assert takes <= set(keywords._OPENERS)


@pytest.mark.parametrize("text", ["Keywords: a, b", "Key words -- a", "Index Terms— a", *_ODD])
def test_keywords_line_as_the_pattern(text: str) -> None:
    assert keywords.keywords_line(text) is (keywords._KEYWORDS.match(text) is not None)


def _folded_reference(line: str, under: str) -> bool:
    # (``folded_name`` as first written: every word by the pattern, both cheap tests)
    line = casefold._no_links(line)
    lowered = [w for w in re.findall("[A-Za-z]+", line) if w.islower() and len(w) > 1]
    lowered = [w for w in lowered if w not in casefold._SMALL]
    text = casefold._no_links(under[: casefold.FOLDED_UNDER])
    if not any(w.upper() in text or w[:-1].upper() in text for w in lowered):
        return False
    letters = sum(c.isalpha() for c in text)
    if sum(c.isupper() for c in text if c.isalpha()) * 5 > letters * 2:
        return False
    names = set()
    for w in casefold._NAME.findall(text):
        core = w[:-1] if len(w) > 2 and w[-1] == "s" else w
        if len(core) > 1 and core.isupper():
            names.add(w.lower())
    return any(w in names for w in lowered)


def test_folded_name_as_first_written() -> None:
    pairs = _pairs()
    got = [casefold.folded_name(a, b) for a, b in pairs]
    assert got == [_folded_reference(a, b) for a, b in pairs]
    assert any(got)  # (the odd lines hold a name folded)


def test_words_cut_by_the_byte_table_as_by_the_patterns() -> None:
    for line in _lines():
        assert long_words(line) == {w.lower() for w in re.findall(r"[^\W\d_]{5,}", line)}
        if line.isascii():
            assert ascii_words(line) == re.findall("[A-Za-z]+", line)


def _rare_in_reference(title: str, under: str) -> bool:
    text = under[: title_under.TITLE_UNDER_CHARS].lower().replace("ς", "σ")
    rare = [w for w in long_words(title) if w not in NOT_RARE]
    return any(w.replace("ς", "σ") in text for w in rare)


def test_rare_in_as_the_word_sets_say() -> None:
    pairs = _pairs()
    got = [title_under._rare_in(a, b) for a, b in pairs]
    assert got == [_rare_in_reference(a, b) for a, b in pairs]
    assert any(got)


def test_named_lower_asks_the_pattern_only_where_it_could_match() -> None:
    from papercorpus.sources.pages.sentence_titles import NAMED_LOWER, named_lower

    shaped = ["Meteor: mamba-based traversal", "X: ab c", "AB: no", "Ab:cd ef", ":Ab: cd e",
              "A" * 31 + ": ab c", "A" * 32 + ": ab c", "Ab: cd", "Ab, c: de f"]  # fmt: skip
    lines = _lines() + shaped
    assert sum(named_lower(t) for t in lines) >= 2
    for text in lines:
        assert named_lower(text) == (NAMED_LOWER.match(text) is not None), text


def test_date_head_is_asked_only_where_it_could_match() -> None:
    """``parser.feed`` reads the line under a text line ahead only for a line of
    ``folded_dates.HEAD_MAX`` characters or fewer: ``date_head`` is False past it, whatever
    the line under it (it read ahead on every text line opening with a month's letter)."""
    from papercorpus.sources.pages.folded_dates import HEAD_MAX, date_head

    assert date_head("Apr 23,", "2025[5](https://x/#community)")
    assert date_head("Sept. 23,", "2025")
    for s in ("September 23,", "March 2025 we", "Apr 23, 2025 and", "June is a month"):
        assert len(s) > HEAD_MAX and not date_head(s, "2025")
