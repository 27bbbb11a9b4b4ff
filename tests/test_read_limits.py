"""The line reader's bounds (issue 15): an oversized line is skipped as it streams, whatever
its terminator and wherever the chunks cut it, and the lines around it keep their numbers."""

from __future__ import annotations

import gzip
import io

import pytest

from papercorpus.sources import compressed, inputs
from papercorpus.sources.base import InputError
from papercorpus.sources.inputs import (
    InputFile,
    Oversized,
    ReadLimits,
    read_lines,
)


def _lines(monkeypatch, data: bytes, limit: int, chunk: int) -> list[tuple[int, str, int]]:
    """``(lineno, text, size of a skipped line or 0)`` as the reader streams ``data`` in
    chunks of ``chunk`` bytes."""
    monkeypatch.setattr(inputs, "CHUNK_SIZE", chunk)
    monkeypatch.setattr(compressed, "BINARY_SNIFF_SIZE", chunk)
    seen: dict[int, int] = {}
    limits = ReadLimits(limit, None, lambda n, size: seen.__setitem__(n, size))
    lines = read_lines(InputFile("in", None), io.BytesIO(data), limits)
    return [(n, t, seen.get(n, 0)) for n, t in lines]


@pytest.mark.parametrize("chunk", [1, 2, 3, 5, 7, 64])
@pytest.mark.parametrize("end", [b"\n", b"\r\n", b"\r"])
def test_an_oversized_line_is_skipped_wherever_the_chunks_cut(monkeypatch, chunk, end):
    data = b"short" + end + b"x" * 20 + end + b"after" + end + b"y" * 12
    got = _lines(monkeypatch, data, limit=10, chunk=chunk)
    assert [(n, t) for n, t, _ in got] == [(1, "short"), (2, ""), (3, "after"), (4, "")]
    assert [s for _, _, s in got] == [0, 20, 0, 12]


def test_oversized_lines_are_reported_and_numbered(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"a": 1}\n' + b"z" * 5000 + b'\n{"b": 2}\n')
    seen: list[tuple[int, int]] = []
    limits = ReadLimits(1000, None, lambda n, size: seen.append((n, size)))
    lines = list(read_lines(InputFile("in.jsonl", path), limits=limits))
    assert [n for n, _ in lines] == [1, 2, 3]
    assert isinstance(lines[1][1], Oversized) and lines[1][1] == ""
    assert lines[1][1].prefix.startswith("zzz")
    assert seen == [(2, 5000)]


def test_a_decompression_bomb_stops_with_an_error_naming_the_file():
    bomb = gzip.compress(b"a" * (8 << 20), mtime=0)
    with pytest.raises(InputError, match="bomb.gz: decompresses to over 10 times"):
        list(read_lines(InputFile("bomb.gz", None), io.BytesIO(bomb), ReadLimits(1 << 10, 10.0)))


def test_ordinary_compressed_text_is_read():
    text = b"".join(b"line %d with some words in it\n" % i for i in range(20000))
    stream = io.BytesIO(gzip.compress(text))
    lines = list(read_lines(InputFile("t.gz", None), stream, ReadLimits(None, 10.0)))
    assert len(lines) == 20000


def test_a_page_of_many_wrapped_lines_is_one_reject(tmp_path):
    """benchmarks/memory.py's bombs of 100-byte lines decompress to ~500,000 lines of one
    unit before the ratio cap stops them; the page parser took minutes on 30,000 (two scans
    of the whole unit per line, and a quadratic cut-word join). 20,000 lines here: about
    0.3 s now, ~15 s before (no timing assert; the suite's total would show a relapse)."""
    from papercorpus.sources import ParseLog, ReadOptions, iter_records

    path = tmp_path / "lines.txt"
    path.write_text(("a" * 99 + "\n") * 20_000)
    log = ParseLog()
    assert list(iter_records(InputFile("lines.txt", path), ReadOptions(), log)) == []
    assert [(d.code, d.line) for d in log.rejects] == [("R_ORPHAN_TEXT", 1)]
