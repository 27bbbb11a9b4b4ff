"""The C kernels (``native/*.c``) give their numpy paths' results bit for bit.

``signatures`` against ``sketch.signing.numpy_oph``: on real folded abstracts and titles, and
on byte strings built to reach every branch of its word reader (words of 1-20 bytes, at the
end of the text or not, bytes under 33 other than the space, bytes of 128 and over).
``literal_starts`` against ``tex.numpy_literal_starts``: on the same texts, and on texts
full of the literals, overlapping, at the ends.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from papercorpus import tex
from papercorpus.native import KERNELS
from papercorpus.normalize import fold_bytes_many
from papercorpus.sketch import signing

from .conftest import EXAMPLES, read_capture

kernels = pytest.importorskip(
    "papercorpus.native._kernels", reason="the C kernels are not built (no C compiler, or pure)"
)

REAL = [
    "Large language models (LLMs) have shown remarkable capabilities in few-shot learning.",
    "We propose $\\mathcal{O}(n \\log n)$ attention; code: https://github.com/x/y.",
    "Ünïcödé and naïve café résumé — with ligatures ﬁ and a ½.",
    "one",
    "one two",
    "one two three",
    "",
    "   ",
]


def _odd_texts(seed: int, n: int) -> list[bytes]:
    rnd = random.Random(seed)
    pieces = [b" ", b"  ", b"\t", b"\n", b"\x00", b"\x01", b"\x20", b"\x21", b"\x7f", b"\x80",
              b"\xff", b"a", b"ab", b"abcdefg", b"abcdefgh", b"abcdefghi", b"x" * 15, b"y" * 16,
              b"z" * 17, b"0123456789abcdefghij"]  # fmt: skip
    texts = []
    for _ in range(n):
        text = b"".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 60)))
        texts.append(text[: rnd.randrange(0, len(text) + 1)] if rnd.random() < 0.3 else text)
    texts += [bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 200))) for _ in range(n)]
    return texts


def _same(texts: list[bytes], k: int) -> None:
    native_counts, native_sig = signing.native_oph(texts, k)
    numpy_counts, numpy_sig = signing.numpy_oph(texts, k)
    assert native_counts.dtype == numpy_counts.dtype and native_sig.dtype == numpy_sig.dtype
    assert native_sig.shape == numpy_sig.shape == (len(texts), k)
    assert native_counts.tolist() == numpy_counts.tolist()
    differ = np.flatnonzero((native_sig != numpy_sig).any(axis=1)).tolist()
    assert differ == [], [texts[i] for i in differ[:3]]


@pytest.mark.skipif(KERNELS is None, reason="the C kernels do not run (pure, or stale)")
def test_signing_runs_the_c_kernel() -> None:
    text = [b"a b c"]
    assert signing.oph_of_texts(text)[1].tolist() == signing.native_oph(text)[1].tolist()


@pytest.mark.parametrize("k", [128, 64, 100, 7, 1])
def test_signatures_matches_numpy_on_odd_bytes(k: int) -> None:
    _same(_odd_texts(k, 400), k)


def test_signatures_matches_numpy_on_folded_text() -> None:
    records = [r for path in sorted(EXAMPLES.glob("*.txt")) for r in read_capture(path)[0]]
    assert len(records) > 400
    texts = [r.abstract for r in records] + [r.title for r in records] + REAL
    folded = fold_bytes_many(texts)
    _same(folded, 128)
    counts, sig = signing.native_oph(folded)
    assert sig.flags.writeable  # (``key_batch`` blanks weak rows in place)


def test_signatures_edges() -> None:
    counts, sig = signing.native_oph([])
    assert counts.shape == (0,) and sig.shape == (0, 128)
    with pytest.raises(TypeError):
        kernels.signatures(["text"], 128)
    with pytest.raises(ValueError):
        kernels.signatures([b"text"], 0)


def _same_starts(data: bytes) -> None:
    data += bytes(16)  # (as ``normalize._fold_plain`` gives it)
    native = np.frombuffer(kernels.literal_starts(data, tex._LITERALS), np.int64)
    assert native.tolist() == tex.numpy_literal_starts(data).tolist()


def test_literal_starts_matches_numpy() -> None:
    records = [r for path in sorted(EXAMPLES.glob("*.txt")) for r in read_capture(path)[0]]
    texts = [r.abstract for r in records] + [r.title for r in records] + REAL
    _same_starts(b"\n".join(t.encode() for t in texts))
    rnd = random.Random(3)
    pieces = [*tex._LITERALS, b"va", b"mat", b"x", b" ", b"\\", b"\xff", b"\n"]
    for _ in range(300):
        _same_starts(b"".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 80))))
    _same_starts(b"var" * 1000)  # (more starts than the kernel's buffer holds)
    _same_starts(b"")


def test_literal_starts_edges() -> None:
    assert kernels.literal_starts(b"abc", ()) == bytearray()
    assert np.frombuffer(kernels.literal_starts(b"xvar", (b"var", b"va")), np.int64).tolist() == [1]
    with pytest.raises(ValueError):
        kernels.literal_starts(b"abc", (b"a",))
    with pytest.raises(ValueError):
        kernels.literal_starts(b"abc", (b"ab",) * 9)


def test_dirty_lines_matches_numpy() -> None:
    from papercorpus.sources.pages.units import numpy_dirty_lines

    rnd = random.Random(4)
    pieces = ["a", "b c", " ", "  ", "\t", "\x7f", "\x00", "\x1f", "é", "—", "\u2028", "x" * 9]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randrange(0, 12))) for _ in range(3000)]
    texts += [" ", "  ", "a ", " a", "", "plain text, printable.", "ends in two  "]
    assert set(kernels.dirty_lines(texts)) == numpy_dirty_lines(texts)
    assert kernels.dirty_lines(texts) == sorted(kernels.dirty_lines(texts))
    with pytest.raises(TypeError):
        kernels.dirty_lines([b"bytes"])


def test_without_spaces_matches_translate() -> None:
    texts = [t.encode("latin-1") for t in ("", " ", "  a  b ", "abc", "a b c d e f g h i j")]
    texts += _odd_texts(9, 200)
    assert kernels.without_spaces(texts) == [t.translate(None, b" ") for t in texts]
    with pytest.raises(TypeError):
        kernels.without_spaces(["str"])


def test_a_changed_source_changes_the_digest(tmp_path) -> None:
    from papercorpus.native import sources_digest

    for name in ("kernels.c", "kernels.h", "scans.c"):
        (tmp_path / name).write_text(f"/* {name} */\n")
    before = sources_digest(tmp_path)
    (tmp_path / "scans.c").write_text("/* scans.c, edited */\n")
    assert sources_digest(tmp_path) != before
    (tmp_path / "other.py").write_text("")  # (not a C source)
    assert sources_digest(tmp_path) == sources_digest(tmp_path)
