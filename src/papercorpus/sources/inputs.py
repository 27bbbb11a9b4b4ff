"""Opening inputs: expanding command-line paths and streaming decoded lines.

``expand_inputs`` turns the positional arguments into an ordered list of ``InputFile``;
``read_lines`` streams ``(lineno, text)`` from one of them, decompressing by magic bytes
and refusing binary data (``compressed``), decoding strictly as UTF-8; ``peek_head`` lets
format detection look at the first lines without consuming them.

Line splitting follows domain.md §b requirement 1: split on ``\\n``, ``\\r\\n`` and a lone
``\\r`` only, never ``str.splitlines`` (which also breaks on ``\\x0b``, ``\\x85``, ``U+2028``...).
"""

from __future__ import annotations

import fnmatch
import itertools
import os
import re
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from . import compressed
from .base import InputError
from .compressed import (
    CODEC_ERRORS,
    MAX_DECOMPRESSED_RATIO,
    ByteReader,
    Counted,
    bounded_ratio,
    check_text,
    os_message,
    stream_error,
    unwrap,
)

STDIN = "-"
CHUNK_SIZE = 1 << 20

_BOM = "\ufeff"  # a UTF-8 byte order mark, decoded
_LINE_END = re.compile(rb"\r\n|\r|\n")


class Oversized(str):
    """Stands (as an empty line) for a line longer than ``ReadLimits.max_line``, which was
    skipped without being held in memory; ``size`` is its length in bytes and ``prefix``
    its first few KB (for format detection)."""

    size: int
    prefix: str

    def __new__(cls, size: int, prefix: str = "") -> Oversized:
        line = super().__new__(cls, "")
        line.size = size
        line.prefix = prefix
        return line


_PREFIX_BYTES = 4096


@dataclass
class ReadLimits:
    """Bounds on what one input may cost to read. ``max_line`` may be changed while the
    lines stream (e.g. lifted for a JSON document once its format is known); every
    oversized line is reported to ``on_oversized(lineno, size)`` as it is skipped."""

    max_line: int | None = None
    max_ratio: float | None = MAX_DECOMPRESSED_RATIO
    on_oversized: Callable[[int, int], None] | None = None


@dataclass(frozen=True)
class InputFile:
    """One input: ``display`` is the provenance name (as given on the command line, joined
    with the relative path inside a given directory; ``"-"`` for stdin); ``path`` is
    ``None`` for stdin; ``found``: the file was found in a directory, not named."""

    display: str
    path: Path | None
    found: bool = False

    def __reduce__(
        self,
    ) -> tuple[Callable[[str, str | None, bool], InputFile], tuple[str, str | None, bool]]:
        # Sent to workers in groups of hundreds: a path as its string, as pathlib would
        # pickle it as its parts and join them again (~9 -> ~4 µs a file to unpickle).
        path = None if self.path is None else str(self.path)
        return _input_file, (self.display, path, self.found)


def _input_file(display: str, path: str | None, found: bool = False) -> InputFile:
    return InputFile(display, None if path is None else Path(path), found)


# --------------------------------------------------------------------------- expansion


def input_args(args: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The inputs as the API's callers name them (``str`` or ``Path``), as strings: the
    names every message, provenance record and ``--include`` glob is made of."""
    return [os.fspath(a) for a in args]


def expand_inputs(
    args: Sequence[str], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> list[InputFile]:
    """Expand positional arguments into input files, in argument order.

    * ``"-"`` is stdin; a file is taken as given (include/exclude do NOT apply to files
      named explicitly: the user asked for them);
    * a directory is walked recursively, sorted by POSIX relative path, skipping hidden
      (dot-named) files and directories, special files and broken symlinks; symlinked
      directories are not followed (no loops);
    * ``include``/``exclude`` are ``fnmatch`` globs (case-sensitive) tested against both
      the POSIX relative path inside the directory and the base name; a file is kept when
      it matches some include glob (or there are none) and no exclude glob.
    """
    out: list[InputFile] = []
    for arg in args:
        if arg == STDIN:
            out.append(InputFile(STDIN, None))
            continue
        path = Path(arg)
        if path.is_dir():
            found = _walk_dir(arg, path, include, exclude)
            if not found:
                raise InputError(arg, "no input files found in directory")
            out.extend(found)
        elif path.exists():
            out.append(InputFile(arg, path))
        else:
            raise InputError(arg, "no such file or directory")
    return out


def _walk_dir(
    arg: str, root: Path, include: Sequence[str], exclude: Sequence[str]
) -> list[InputFile]:
    rels: list[str] = []
    filtered = bool(include or exclude)
    # os.scandir, as os.walk does, but without its per-directory lists and Path objects:
    # a folder of 50,000 small dumps is listed in a few µs per file.
    pending = [(str(root), "")]
    while pending:
        top, prefix = pending.pop()
        try:
            with os.scandir(top) as it:
                entries = list(it)
        except OSError as exc:
            raise InputError(
                exc.filename or arg, f"cannot read directory: {exc.strerror}"
            ) from None
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue  # hidden files, and hidden directories are not entered
            if _is_dir(entry):
                if not entry.is_symlink():  # symlinked directories are not followed (loops)
                    pending.append((entry.path, f"{prefix}{name}/"))
                continue
            rel = prefix + name
            if _is_file(entry) and (not filtered or _selected(rel, include, exclude)):
                rels.append(rel)
    rels.sort()
    return [InputFile(os.path.join(arg, rel), root / rel, True) for rel in rels]


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows symlinks, as os.walk sorts entries
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    """A regular file or a symlink to one (not a broken symlink, FIFO, socket or device)."""
    try:
        return entry.is_file()
    except OSError:
        return False


def _selected(rel: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    base = rel.rsplit("/", 1)[-1]

    def hit(globs: Sequence[str]) -> bool:
        return any(fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(base, g) for g in globs)

    return (not include or hit(include)) and not hit(exclude)


# --------------------------------------------------------------------------- reading


class LineStream:
    """``read_lines``' stream: iterating it iterates a C ``chain`` over the lists of lines
    of the decoded blocks, so a line costs no Python frame (two generators resumed a line
    were ~0.4 us of its ~1.1); ``close`` closes the reading (and the file)."""

    __slots__ = ("_blocks", "_lines")

    def __init__(self, blocks: Generator[list[tuple[int, str]], None, None]) -> None:
        self._blocks = blocks
        self._lines = itertools.chain.from_iterable(blocks)

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return self._lines

    def __next__(self) -> tuple[int, str]:
        return next(self._lines)

    def close(self) -> None:
        self._blocks.close()


def read_lines(
    inp: InputFile, stdin: BinaryIO | None = None, limits: ReadLimits | None = None
) -> LineStream:
    """Stream ``(lineno, text)`` (1-based) from one input.

    Decompresses gzip/bzip2/xz/zstd by magic bytes whatever the extension; raises
    ``InputError`` for binary data, invalid UTF-8 (with the line), corrupt compressed
    data and unreadable files. Strips a leading BOM; line ends are ``\\n``, ``\\r\\n``
    and lone ``\\r``; a missing final newline is fine. Memory use is bounded by the
    longest line (by ``limits.max_line``: a longer line is skipped and stands as an
    ``Oversized`` empty line), never the file size; a compressed input that decompresses
    past ``limits.max_ratio`` times the bytes read from it raises ``InputError``.
    """
    return LineStream(_line_blocks(inp, stdin, limits or ReadLimits()))


def _line_blocks(
    inp: InputFile, stdin: BinaryIO | None, limits: ReadLimits
) -> Generator[list[tuple[int, str]], None, None]:
    if inp.path is None:
        raw = stdin if stdin is not None else sys.stdin.buffer
        yield from _read_blocks(inp.display, raw, limits)
        return
    try:
        # Unbuffered: reads are of 8 KB and 1 MB anyway, and a buffered reader costs ~7 µs
        # to make, a third of what a one-record file costs to read.
        fh = open(inp.path, "rb", buffering=0)  # noqa: SIM115 - closed in the finally below
    except OSError as exc:
        raise InputError(inp.display, os_message(exc)) from None
    try:
        yield from _read_blocks(inp.display, fh, limits)
    finally:
        fh.close()


def peek_head(
    lines: Iterable[tuple[int, str]], n: int = 200
) -> tuple[list[tuple[int, str]], Iterator[tuple[int, str]]]:
    """Return the first ``n`` lines and an iterator that still yields every line."""
    it = iter(lines)
    head = list(itertools.islice(it, n))
    return head, itertools.chain(head, it)


def _read_blocks(
    display: str, raw: BinaryIO, limits: ReadLimits
) -> Iterator[list[tuple[int, str]]]:
    """The lines of a byte stream, a decoded block's at a time."""
    counted = Counted(raw)
    stream, first, layers = unwrap(display, counted)
    check_text(display, first)
    blocks: Iterable[bytes | tuple[int, bytes]]
    # ``unwrap`` reads BINARY_SNIFF_SIZE bytes, or up to the end of a shorter input.
    whole = len(first) < compressed.BINARY_SNIFF_SIZE
    if whole and not layers and (limits.max_line is None or len(first) <= limits.max_line):
        # A small plain file (most inputs of a folder of small dumps) is one block with no
        # line over the cap: the chunk and block machinery, and its last, empty read, would
        # hand on the same lines.
        blocks = [first if first.endswith((b"\n", b"\r")) else first + b"\n"] if first else []
    else:
        chunks = _chunks(stream, first)
        if layers and limits.max_ratio:
            chunks = bounded_ratio(display, chunks, counted, limits.max_ratio)
        blocks = _blocks(chunks, limits)
    lineno = 0
    try:
        for block in blocks:
            if isinstance(block, tuple):  # an oversized line, skipped
                size, prefix = block
                lineno += 1
                if limits.on_oversized is not None:
                    limits.on_oversized(lineno, size)
                yield [(lineno, Oversized(size, prefix.decode("utf-8", "replace")))]
                continue
            lines = _decode_lines(display, block, lineno)
            if limits.max_line is not None and len(block) > limits.max_line:
                # Only a block longer than the limit can hold a line longer than it.
                lines = _without_long_lines(lines, lineno, limits)
            if lineno == 0 and lines[0].startswith(_BOM):
                lines[0] = lines[0][1:]
            # A block is decoded and split at once, and its lines are handed on as one
            # list (``LineStream``: no Python step per line).
            yield list(zip(range(lineno + 1, lineno + 1 + len(lines)), lines, strict=True))
            lineno += len(lines)
    except (*CODEC_ERRORS, OSError) as exc:
        # bz2 reports bad data as a plain OSError, so any OSError under a codec is corruption.
        raise InputError(display, stream_error(exc, layers, f"after line {lineno}")) from None


def _chunks(stream: ByteReader, first: bytes) -> Iterator[bytes]:
    if first:
        yield first
    while chunk := stream.read(CHUNK_SIZE):
        yield chunk


def _without_long_lines(lines: list[str], lineno: int, limits: ReadLimits) -> list[str]:
    out: list[str] = []
    for k, line in enumerate(lines, lineno + 1):
        size = len(line.encode("utf-8")) if len(line) * 4 > (limits.max_line or 0) else 0
        if limits.max_line is not None and size > limits.max_line:
            if limits.on_oversized is not None:
                limits.on_oversized(k, size)
            line = Oversized(size, line[:_PREFIX_BYTES])
        out.append(line)
    return out


def _blocks(
    chunks: Iterable[bytes], limits: ReadLimits | None = None
) -> Iterator[bytes | tuple[int, bytes]]:
    """Regroup a byte stream into blocks of whole lines (each ends with a terminator:
    \\r\\n, \\r or \\n; one is added after a last line without). A line that grows past
    ``limits.max_line`` before its end is dropped as it streams and stands as its size
    and first bytes (a tuple) in the blocks."""
    buf = bytearray()
    skipped = 0  # bytes of an oversized line dropped so far
    prefix = b""
    after_cr = False  # the oversized line ended with a \r at the end of a chunk
    for chunk in chunks:
        if after_cr:
            after_cr = False
            if chunk.startswith(b"\n"):
                chunk = chunk[1:]
        if skipped:
            end = _first_end(chunk)
            if end < 0:
                skipped += len(chunk)
                continue
            yield skipped + end, prefix
            skipped = 0
            if chunk[end : end + 2] == b"\r\n":
                end += 1
            elif end == len(chunk) - 1 and chunk[end:] == b"\r":
                after_cr = True
            chunk = chunk[end + 1 :]
        scan_from = len(buf)
        buf += chunk
        end = _last_complete(buf, scan_from)
        if end:
            yield bytes(buf[:end])
            del buf[:end]
        if limits is not None and limits.max_line is not None and len(buf) > limits.max_line:
            prefix = bytes(buf[:_PREFIX_BYTES])
            if buf.endswith(b"\r"):  # the line is complete; a \n may follow
                yield len(buf) - 1, prefix
                after_cr = True
            else:
                skipped = len(buf)
            buf = bytearray()
    if skipped:
        yield skipped, prefix
    elif buf:
        # Only a held-back trailing \r can be left as a terminator here.
        yield bytes(buf) if buf.endswith(b"\r") else bytes(buf) + b"\n"


def _first_end(chunk: bytes) -> int:
    """Offset of the first line terminator byte (\\n or \\r) in ``chunk``, or -1."""
    nl, cr = chunk.find(b"\n"), chunk.find(b"\r")
    if nl < 0 or cr < 0:
        return max(nl, cr)
    return min(nl, cr)


def _last_complete(buf: bytearray, scan_from: int) -> int:
    """End offset of the last complete line in ``buf``, or 0. A trailing ``\\r`` is held
    back because a ``\\n`` in the next chunk would make it one ``\\r\\n`` terminator."""
    lo = max(scan_from - 1, 0)
    nl = buf.rfind(b"\n", lo)
    cr = buf.rfind(b"\r", lo, len(buf) - 1)
    end = max(nl, cr)
    return end + 1 if end >= 0 else 0


def _decode_lines(display: str, block: bytes, lineno: int) -> list[str]:
    """The lines of a block of whole lines (the first is line ``lineno + 1``).

    Split as bytes, then decoded line by line: terminators are ASCII, so these are the
    lines of the decoded block. Decoding the block whole and splitting the text cost ~1.3 ns
    a byte against ~0.8: a block with one character past U+00FF decodes to two bytes per
    character, and every line cut from it is scanned and narrowed again."""
    lines = _split(block)
    try:
        return list(map(bytes.decode, lines))
    except UnicodeDecodeError:
        # The block is valid exactly when each line is: find the first bad line to report.
        for k, line in enumerate(lines):
            _decode_line(display, line, lineno + 1 + k)
        raise


def _split(block: bytes) -> list[bytes]:
    """Lines of a block that ends with a terminator."""
    # The regex is only needed (and only paid for) when a \r is present.
    parts = _LINE_END.split(block) if b"\r" in block else block.split(b"\n")
    parts.pop()  # the empty string after the final terminator
    return parts


def _decode_line(display: str, line: bytes, lineno: int) -> str:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        column = len(line[: exc.start].decode("utf-8", errors="replace")) + 1
        raise InputError(
            display,
            f"invalid UTF-8 (byte 0x{line[exc.start]:02x} at column {column})",
            line=lineno,
        ) from None
