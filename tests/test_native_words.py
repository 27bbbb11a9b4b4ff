"""The C word cuts (``native/words.c``) give their Python specifications' results: the runs
of letters (``echoes.py_ascii_words``), the longer words lower-cased
(``echoes.py_long_words``), and ``holds_word`` against ``shape.py_word_runs``'s set test, on
every line of the examples and on strings built of every ASCII byte; and None for a text
that is not ASCII, which the Python reads (``long_words`` then as before)."""

from __future__ import annotations

import random

import pytest

from papercorpus.sources import shape
from papercorpus.sources.pages import echoes

from .conftest import EXAMPLES

kernels = pytest.importorskip(
    "papercorpus.native._kernels", reason="the C kernels are not built (no C compiler, or pure)"
)

ODD = ["", " ", "a", "ab", "abcd", "abcde", "ABCDE", "AbCdEfG", "x_y", "_", "9", "a9b",
       "Z@[`{", "end.", "  two  spaces  ", "tab\there", "new\nline", "\x00\x7f",
       "ÄBCDE fgh", "naïve café"]  # fmt: skip


def _texts() -> list[str]:
    rnd = random.Random(7)
    alphabet = [chr(c) for c in range(128)]
    built = [
        "".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 80))) for _ in range(3000)
    ]
    words = [
        "".join(rnd.choice("aZ_9 -.") for _ in range(rnd.randrange(0, 30))) for _ in range(3000)
    ]
    lines = [line for p in sorted(EXAMPLES.glob("*.txt")) for line in p.read_text().splitlines()]
    return ODD + built + words + lines


@pytest.mark.parametrize("name", ["ascii_words", "long_words"])
def test_each_cut_is_its_python(name: str) -> None:
    spec = {"ascii_words": echoes.py_ascii_words, "long_words": echoes.py_long_words}[name]
    cut = getattr(kernels, name)
    checked = 0
    for text in _texts():
        got = cut(text)
        if not text.isascii():
            assert got is None, text
            continue
        want = spec(text)
        assert type(got) is type(want) and got == want, text
        checked += 1
    assert checked > 6000


def test_the_parser_asks_the_cuts_and_reads_other_text_in_python() -> None:
    assert echoes.long_words("Naïve Bayesian models") == {"naïve", "bayesian", "models"}
    assert echoes.long_words("Bayesian MODELS, again") == {"bayesian", "models", "again"}
    assert echoes.ascii_words("Two-stage LLMs") == ["Two", "stage", "LLMs"]
    assert shape.sentence_like("We show that this works in the case where it is wanted")


def test_rare_in_is_its_python() -> None:
    from papercorpus.sources.pages import title_under

    lines = [t for t in _texts() if t.strip()]
    rnd = random.Random(11)
    pairs = [(rnd.choice(lines), rnd.choice(lines)) for _ in range(4000)]
    # a title's words under it, in other cases and cut at the limit's edge
    for text in lines[:3000]:
        under = rnd.choice(lines) + " " + text.upper() + " " + rnd.choice(lines)
        pairs.append((text, under))
        pairs.append((text, "x" * (title_under.TITLE_UNDER_CHARS - 3) + text.swapcase()))
    pairs += [("Quantum Entanglement", "QUANTUM"), ("", "under"), ("Title", ""),
              ("Naïve Entanglement", "entanglement"),
              ("Entanglement", "naïve entanglement")]  # fmt: skip
    hits = 0
    for title, under in pairs:
        got = kernels.rare_in(title, under, title_under.TITLE_UNDER_CHARS, echoes.NOT_RARE)
        if not (title.isascii() and under.isascii()):
            assert got is None
            continue
        want = title_under.py_rare_in(title, under)
        assert got is want, (title, under[:80])
        hits += want
    assert hits > 300


def test_folded_unsure_says_false_only_where_the_python_does() -> None:
    from papercorpus.sources.pages import casefold

    lines = [t for t in _texts() if t.strip()]
    rnd = random.Random(13)
    pairs = [(rnd.choice(lines), rnd.choice(lines)) for _ in range(4000)]
    for text in lines[:2000]:  # the line's words in capitals under it, plural or not
        words = text.split()
        shout = " ".join(w.upper() + rnd.choice(["", "s", "S"]) for w in words[:3])
        pairs.append((text.lower(), rnd.choice(lines) + " " + shout + " and more text."))
    pairs += [("mind the llms", "Large Language Models (LLMs) are"), ("the ai", "An AI model"),
              ("see www.x.org", "X"), ("a/b llm", "LLM"), ("llm", "https://x.org/LLM")]  # fmt: skip
    settled = unsure_true = 0
    for line, under in pairs:
        got = kernels.folded_unsure(line, under, casefold.FOLDED_UNDER, casefold._SMALL)
        want = casefold.py_folded_name(line, under)
        assert got is None or (got is False and not want), (line, under[:80])
        settled += got is False
        unsure_true += got is None and want
    assert settled > 3000 and unsure_true > 50


@pytest.mark.parametrize("words", [shape._HINT_LISTED, shape._FIRST_PERSON_LISTED, (b"x_y",)])
def test_holds_word_is_the_set_test(words: tuple[bytes, ...]) -> None:
    texts = _texts() + ["we", "We", "our_", "our", "is-it", "these9", "this is", "x_y"]
    held = 0
    for text in texts:
        got = kernels.holds_word(text, words)
        if not text.isascii():
            assert got is None
            continue
        want = not frozenset(words).isdisjoint(shape.py_word_runs(text))
        assert got is want, text
        held += want
    assert held > 0
