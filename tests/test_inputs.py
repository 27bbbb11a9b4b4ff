"""Tests for opening inputs (expand_inputs, read_lines, peek_head) and format detection."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
from pathlib import Path

import pytest
import zstandard

from papercorpus.sources import compressed, inputs
from papercorpus.sources.base import InputError
from papercorpus.sources.detect import detect_format
from papercorpus.sources.inputs import InputFile, expand_inputs, peek_head, read_lines

# --------------------------------------------------------------------------- helpers


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def _lines(data: bytes) -> list[tuple[int, str]]:
    return list(read_lines(InputFile("-", None), io.BytesIO(data)))


def _texts(data: bytes) -> list[str]:
    return [t for _, t in _lines(data)]


def _head(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.split("\n"), 1))


# --------------------------------------------------------------------------- expand_inputs


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for rel in (
        "dumps/b.txt",
        "dumps/a.json",
        "dumps/sub/c.txt",
        "dumps/sub/z.jsonl.gz",
        "dumps/.hidden.txt",
        "dumps/.git/config",
        "dumps/sub/.cache/x.txt",
        "one.txt",
    ):
        _write(tmp_path / rel, "x\n")
    return tmp_path


def test_expand_directory_sorted_recursive_skipping_hidden(tree: Path) -> None:
    got = expand_inputs(["dumps"])
    assert [f.display for f in got] == [
        "dumps/a.json",
        "dumps/b.txt",
        "dumps/sub/c.txt",
        "dumps/sub/z.jsonl.gz",
    ]
    assert got[2].path == Path("dumps") / "sub" / "c.txt"


def test_expand_keeps_argument_order_and_stdin(tree: Path) -> None:
    got = expand_inputs(["one.txt", "-", "dumps/sub"])
    assert [f.display for f in got] == ["one.txt", "-", "dumps/sub/c.txt", "dumps/sub/z.jsonl.gz"]
    assert got[1] == InputFile("-", None)
    assert got[0].path == Path("one.txt")


def test_expand_trailing_slash_display(tree: Path) -> None:
    assert expand_inputs(["dumps/sub/"])[0].display == "dumps/sub/c.txt"


def test_include_exclude_match_base_name_or_relative_path(tree: Path) -> None:
    names = lambda fs: [f.display for f in fs]  # noqa: E731
    assert names(expand_inputs(["dumps"], include=["*.txt"])) == ["dumps/b.txt", "dumps/sub/c.txt"]
    assert names(expand_inputs(["dumps"], include=["sub/*"])) == [
        "dumps/sub/c.txt",
        "dumps/sub/z.jsonl.gz",
    ]
    assert names(expand_inputs(["dumps"], exclude=["*.gz", "a.*"])) == [
        "dumps/b.txt",
        "dumps/sub/c.txt",
    ]
    # files named explicitly are not filtered
    assert names(expand_inputs(["one.txt"], include=["*.json"])) == ["one.txt"]


def test_missing_path(tree: Path) -> None:
    with pytest.raises(InputError) as err:
        expand_inputs(["one.txt", "nope.txt"])
    assert err.value.file == "nope.txt"
    assert err.value.message == "no such file or directory"
    assert str(err.value) == "nope.txt: no such file or directory"


def test_empty_directory(tree: Path) -> None:
    (tree / "empty").mkdir()
    with pytest.raises(InputError, match="no input files found in directory"):
        expand_inputs(["empty"])
    with pytest.raises(InputError, match="no input files found in directory") as err:
        expand_inputs(["dumps"], include=["*.csv"])  # everything filtered out
    assert err.value.file == "dumps"


def test_directory_with_only_hidden_files(tmp_path: Path) -> None:
    _write(tmp_path / "d" / ".only", "x")
    with pytest.raises(InputError, match="no input files"):
        expand_inputs([str(tmp_path / "d")])


# --------------------------------------------------------------------------- read_lines


def test_plain_file(tmp_path: Path) -> None:
    p = _write(tmp_path / "a.txt", "alpha\nbeta\n")
    assert list(read_lines(InputFile("a.txt", p))) == [(1, "alpha"), (2, "beta")]


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", []),
        (b"a", ["a"]),
        (b"a\n", ["a"]),
        (b"a\nb", ["a", "b"]),
        (b"a\r\nb\r\n", ["a", "b"]),
        (b"a\rb\r", ["a", "b"]),
        (b"a\r\r\nb", ["a", "", "b"]),
        (b"x\r\r", ["x", ""]),
        (b"\n\n", ["", ""]),
        (b"mixed\r\nends\rhere\nnow", ["mixed", "ends", "here", "now"]),
    ],
)
def test_line_ends(data: bytes, expected: list[str]) -> None:
    assert _texts(data) == expected


def test_line_numbers_are_one_based() -> None:
    assert _lines(b"a\r\nb\rc") == [(1, "a"), (2, "b"), (3, "c")]


def test_only_newline_characters_split_lines() -> None:
    # str.splitlines would split on every one of these (domain.md §b requirement 1)
    text = "a\x0bb\x0cc\x1cd\x85e\u2028f\u2029g"
    assert _texts(text.encode()) == [text]


def test_bom_is_stripped_only_at_start() -> None:
    assert _texts(b"\xef\xbb\xbfTitle\n\xef\xbb\xbfkept") == ["Title", "\ufeffkept"]


def test_split_across_chunk_boundaries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "CHUNK_SIZE", 3)
    data = b"one\r\ntwo\rthree\nfour\r\n\r\nlast"
    expected = ["one", "two", "three", "four", "", "last"]
    # a NUL-free head shorter than the sniff size, then 3-byte chunks
    big = b"x" * (compressed.BINARY_SNIFF_SIZE - 2) + b"\r\n" + data
    assert _texts(big)[1:] == expected
    assert _texts(data) == expected


def test_blocks_decode_characters_split_across_chunks_and_report_the_bad_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(inputs, "CHUNK_SIZE", 5)
    head = b"x" * compressed.BINARY_SNIFF_SIZE + b"\n"
    assert _texts(head + "é–ü\r\nΣ\n".encode())[1:] == ["é–ü", "Σ"]
    with pytest.raises(InputError) as err:
        _lines(head + b"fine\nstill fine\r\nbad \xff\nafter\n")
    assert err.value.line == 4
    assert err.value.message == "invalid UTF-8 (byte 0xff at column 5)"


def _zstd_frames(data: bytes) -> bytes:
    half = len(data) // 2
    c = zstandard.ZstdCompressor()
    return c.compress(data[:half]) + c.compress(data[half:])


def _zstd_stream(raw: bytes) -> bytes:
    # A frame without content size in its header, as `zstd` writes from a pipe.
    cobj = zstandard.ZstdCompressor().compressobj()
    return cobj.compress(raw) + cobj.flush()


COMPRESSORS = {
    "gzip": gzip.compress,
    "gzip-multimember": lambda b: gzip.compress(b[:5]) + gzip.compress(b[5:]),
    "bzip2": bz2.compress,
    "xz": lzma.compress,
    "zstd": lambda b: zstandard.ZstdCompressor().compress(b),
    "zstd-multiframe": _zstd_frames,
    "zstd-streamed": _zstd_stream,
    "gzip-in-xz": lambda b: lzma.compress(gzip.compress(b)),
}


@pytest.mark.parametrize("kind", sorted(COMPRESSORS))
def test_decompresses_by_magic_not_extension(kind: str, tmp_path: Path) -> None:
    raw = "first line\r\nsecond – ünïcode\nthird".encode()
    data = COMPRESSORS[kind](raw)
    p = _write(tmp_path / "dump.txt", data)  # misleading extension on purpose
    assert list(read_lines(InputFile("dump.txt", p))) == [
        (1, "first line"),
        (2, "second – ünïcode"),
        (3, "third"),
    ]


def test_stdin_plain_and_compressed() -> None:
    assert _texts(b"from stdin\n") == ["from stdin"]
    assert _texts(gzip.compress(b"zipped\nstdin")) == ["zipped", "stdin"]


def test_large_compressed_stream_is_complete(tmp_path: Path) -> None:
    raw = b"".join(b"line %d\n" % i for i in range(200_000))
    p = _write(tmp_path / "big.gz", gzip.compress(raw))
    got = list(read_lines(InputFile("big.gz", p)))
    assert len(got) == 200_000 and got[-1] == (200_000, "line 199999")


def test_invalid_utf8_reports_line_and_column() -> None:
    with pytest.raises(InputError) as err:
        _lines(b"ok\nalso ok\nab\xc3\xa9\xffz\n")  # a, b, e-acute, then a stray 0xff
    assert err.value.line == 3
    assert err.value.file == "-"
    assert err.value.message == "invalid UTF-8 (byte 0xff at column 4)"


def test_invalid_utf8_inside_gzip(tmp_path: Path) -> None:
    p = _write(tmp_path / "x.gz", gzip.compress(b"a\nb\n\xc3(\n"))
    with pytest.raises(InputError, match=r"byte 0xc3 at column 1") as err:
        list(read_lines(InputFile("x.gz", p)))
    assert err.value.line == 3


@pytest.mark.parametrize(
    "data, what",
    [
        (b"text\x00more", "NUL byte at offset 4"),
        (b"\x89PNG\r\n\x1a\n" + b"rest", "PNG image"),
        (b"%PDF-1.7\n", "PDF document"),
        (b"PK\x03\x04rest", "ZIP archive"),
        (b"\xff\xfet\x00e\x00", "UTF-16 text"),
        (gzip.compress(b"%PDF-1.4 inside gzip"), "PDF document"),
        (gzip.compress(b"a" * 100 + b"\x00"), "NUL byte at offset 100"),
    ],
)
def test_binary_input_is_rejected(data: bytes, what: str) -> None:
    with pytest.raises(InputError, match=r"binary file \(") as err:
        _lines(data)
    assert what in err.value.message


def test_a_nul_byte_names_its_line() -> None:
    # every input error names file:line; a NUL byte deep in a text file is no exception
    with pytest.raises(InputError, match=r"NUL byte at offset 15") as err:
        _lines(b"Title\nabstract\n\x00")
    assert err.value.line == 3
    assert str(err.value).startswith("-:3: binary file")


@pytest.mark.parametrize(
    "data, kind",
    [
        (gzip.compress(b"hello world\n" * 1000)[:-12], "gzip"),
        (b"BZh9" + b"garbage" * 20, "bzip2"),
        (b"\xfd7zXZ\x00" + b"garbage" * 20, "xz"),
        (b"\x28\xb5\x2f\xfd" + b"garbage" * 20, "zstd"),
    ],
)
def test_corrupt_compressed_data(data: bytes, kind: str, tmp_path: Path) -> None:
    p = _write(tmp_path / "bad.bin", data)
    with pytest.raises(InputError, match=f"corrupt {kind} data") as err:
        list(read_lines(InputFile("dumps/bad.bin", p)))
    assert err.value.file == "dumps/bad.bin"


def test_corrupt_data_after_some_lines(tmp_path: Path) -> None:
    raw = b"".join(b"line %d with some padding text\n" % i for i in range(50_000))
    data = bytearray(gzip.compress(raw))
    data[len(data) // 2] ^= 0xFF
    p = _write(tmp_path / "bad.gz", bytes(data))
    with pytest.raises(InputError, match=r"corrupt gzip data (after line \d+|at start)"):
        list(read_lines(InputFile("bad.gz", p)))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path: Path) -> None:
    p = _write(tmp_path / "locked.txt", "x")
    p.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        list(read_lines(InputFile("locked.txt", p)))


def test_peek_head_loses_nothing() -> None:
    lines = read_lines(InputFile("-", None), io.BytesIO(b"".join(b"%d\n" % i for i in range(10))))
    head, full = peek_head(lines, 3)
    assert head == [(1, "0"), (2, "1"), (3, "2")]
    assert [n for n, _ in full] == list(range(1, 11))


def test_peek_head_raises_early_for_binary() -> None:
    with pytest.raises(InputError, match="binary"):
        peek_head(read_lines(InputFile("-", None), io.BytesIO(b"\x00\x01")))


# --------------------------------------------------------------------------- detection

PRETTY_ARRAY = '[\n  {\n    "title": "A",\n    "abstract": "B"\n  }\n]'
ARXIV_LISTING = """Showing new listings for Wednesday, 2 September 2026
New submissions (showing 109 of 109 entries)
[1] arXiv:2411.05780 [pdf, html, other]
Title: GazeSearch: Radiology Findings Search Benchmark
Authors: Trong Thang Pham
Subjects: Computation and Language (cs.CL)"""


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (PRETTY_ARRAY, "x.txt", "json"),
        ('{\n  "data": [\n    {"title": "A"}\n  ]\n}', "x", "json"),
        ('{"data": [\n  {"title": "A"},\n  {"title": "B"}\n]}', "x", "json"),
        ('[{"title": "A"}, {"title": "B"}]', "x", "json"),
        ('[{"title": "A"},\n {"title": "B"}]', "x", "json"),
        ('{"title": "A"}\n{"title": "B"}', "x.json", "jsonl"),
        ('{"title": "A"}\n{"title": "B"}', "x", "jsonl"),
        ('{"title": "broken\n{"title": "B"}\n{"title": "C"}', "x", "jsonl"),
        ('{"title": "only one line"}', "x.json", "json"),
        ('{"title": "only one line"}', "x.jsonl", "jsonl"),
        ('{"title": "only one line"}', "x.txt", "jsonl"),
        ('{"title": "only one line"}', "x.json.gz", "json"),
        ("{'title': 'repr', 'abstract': 'dict'}", "x", "jsonl"),
        ("id,title,year,abstract\n1,A,2001,B", "x.txt", "csv"),
        ("Paper Title;Abstract\nA;B", "x", "csv"),
        ("id\tTitle\tabstract\n1\tA\tB", "x", "csv"),
        ("\ufeffTitle,Abstract\nA,B", "x", "csv"),
        ("id,name,year\n1,A,2001", "x.csv", "csv"),  # extension breaks the tie
        ("id,name,year\n1,A,2001", "x.txt", "pages"),
        (ARXIV_LISTING, "x.json", "arxiv_text"),
        ("[1] arXiv:2411.05780 [pdf, html, other]\nTitle: T\nAuthors: A", "x", "arxiv_text"),
        ("[Previous](https://huggingface.co/papers/date/2026-10-01)\nTitle here", "x", "pages"),
        ("[173](https://huggingface.co/login?next=%2Fpapers%2F2609.11115)", "x", "pages"),
        ("{scriptsize CODE2SEQ}: a title\nAn abstract.", "x.json", "pages"),
        ("Daily Papers\nby AK\nSome Title\nSome abstract, with a comma.", "x", "pages"),
        ("Title, and more: a real paper title\nAbstract text.", "x", "pages"),
        ("", "x.json", "json"),
        ("\n  \n", "x.jsonl.zst", "jsonl"),
        ("", "x.csv", "csv"),
        ("", "-", "pages"),
        ("", "x.txt", "pages"),
    ],
)
def test_detect_format(text: str, name: str, expected: str) -> None:
    head = _head(text.lstrip("\ufeff"))
    assert detect_format(head, name) == expected


def test_detect_ignores_blank_leading_lines() -> None:
    assert detect_format(_head("\n\n  [\n{}\n]"), "x") == "json"


def test_detect_fallback_arxiv_check(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whatever papercorpus.sources.arxiv_text says, the fallback alone must recognise this.
    from papercorpus.sources import detect

    assert detect._fallback_arxiv_check(ARXIV_LISTING.split("\n"))
    assert not detect._fallback_arxiv_check(["Title: only a title line"])
    assert not detect._fallback_arxiv_check(["arXiv:2411.05780 without a title line"])


def test_detect_falls_back_when_arxiv_text_module_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from papercorpus.sources import detect

    def missing(name: str):
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(detect.importlib, "import_module", missing)
    assert detect_format(_head(ARXIV_LISTING), "x") == "arxiv_text"
    assert detect_format(_head("Some Title\nSome abstract."), "x") == "pages"


SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed dumps not available")
def test_seed_dumps_detect_as_pages() -> None:
    for inp in expand_inputs([str(SEEDS)]):
        head, _ = peek_head(read_lines(inp), 200)
        assert detect_format(head, inp.display) == "pages", inp.display
