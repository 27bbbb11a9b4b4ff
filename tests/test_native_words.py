"""The C word cuts (``native/words.c``) give their Python specifications' results: the runs
of letters (``echoes.py_ascii_words``), the longer words lower-cased
(``echoes.py_long_words``) and the runs of ``\\w`` as bytes (``shape.py_word_runs``), on
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


@pytest.mark.parametrize("name", ["ascii_words", "long_words", "word_runs"])
def test_each_cut_is_its_python(name: str) -> None:
    spec = {"ascii_words": echoes.py_ascii_words, "long_words": echoes.py_long_words,
            "word_runs": shape.py_word_runs}[name]  # fmt: skip
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
