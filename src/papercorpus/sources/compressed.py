"""An input's bytes as plain text bytes: compression layers undone, binary data refused.

``unwrap`` peels gzip/bzip2/xz/zstd layers found by their magic bytes (whatever the file
is called, nested up to ``MAX_DECOMPRESS_DEPTH``); ``check_text`` refuses what is certainly
not UTF-8 text, by name; ``bounded_ratio`` stops a decompression bomb. ``inputs`` reads lines
from what is left; ``check`` opens compressed corpora with ``compression_of`` and
``decompressor``.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import zlib
from collections.abc import Iterable, Iterator
from typing import BinaryIO, Protocol

import zstandard

from .base import InputError, NotPaperData, ParquetInput

BINARY_SNIFF_SIZE = 8192
PARQUET_MAGIC = b"PAR1"
# Nested compression (a .gz of a .gz) is unwrapped up to this depth; deeper is called binary.
MAX_DECOMPRESS_DEPTH = 3

# (magic, name) for the compressed formats we open transparently.
_COMPRESSED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
# Formats that are certainly not text; named in the error so the user knows what they passed.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (PARQUET_MAGIC, "Parquet file"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE2 document (old MS Office)"),
)
_UTF16_32_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)

# Every magic above as one tuple for ``bytes.startswith``: a plain text input is cleared by
# one call instead of a loop of ~20 (``check_text`` and ``compression_of`` run per file).
_ANY_COMPRESSED = tuple(magic for magic, _ in _COMPRESSED_MAGIC)
_ANY_NOT_TEXT = tuple(magic for magic, _ in (*_UTF16_32_BOMS, *_BINARY_MAGIC))

# What the stdlib and zstandard decoders raise on corrupt or truncated data. (Not annotated
# ``tuple[type[BaseException], ...]``: mypy refuses ``except (*CODEC_ERRORS, OSError)`` of a
# tuple whose length it does not know.)
CODEC_ERRORS = (
    EOFError,
    zlib.error,
    lzma.LZMAError,
    zstandard.ZstdError,
    gzip.BadGzipFile,
)


# Decompressed bytes a compressed input may produce per compressed byte read
# (``--max-decompressed-ratio``), plus a floor so that tiny files are never refused. Text
# compresses ~3-10x (gzip) and rarely past 30x (xz on repetitive JSON); a bomb ~1,000x.
MAX_DECOMPRESSED_RATIO = 100.0
DECOMPRESSED_FLOOR = 1 << 20


def os_message(exc: OSError) -> str:
    """An OS error as the end of a one-line message (``no such file or directory``)."""
    return (exc.strerror or str(exc)).lower()


class ByteReader(Protocol):
    """What reading an input needs of a stream: a file opened ``"rb"``, ``Counted``, a
    decompressor or ``_PrefixedReader``."""

    def read(self, size: int = -1, /) -> bytes: ...


class Decompressing(ByteReader, Protocol):
    """What ``decompressor`` returns: a ``ByteReader`` to close when done."""

    def close(self) -> None: ...


class Counted:
    """A read-only binary stream counting the bytes read through it."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.count += len(data)
        return data

    def readable(self) -> bool:
        return True


def bounded_ratio(
    display: str, chunks: Iterable[bytes], counted: Counted, ratio: float
) -> Iterator[bytes]:
    """``chunks`` of decompressed data, stopped with ``InputError`` once they exceed
    ``ratio`` times the compressed bytes read (plus a floor): a decompression bomb."""
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if total > ratio * counted.count + DECOMPRESSED_FLOOR:
            raise InputError(
                display,
                f"decompresses to over {ratio:g} times its compressed size (a decompression "
                "bomb?); raise --max-decompressed-ratio to read it",
            )
        yield chunk


def stream_error(exc: BaseException, layers: list[str], where: str) -> str:
    """The message for a read failing ``where`` in a stream under the compression
    ``layers`` (a failure under a codec is corrupt data, not a read error)."""
    detail = os_message(exc) if isinstance(exc, OSError) and exc.strerror else str(exc)
    if layers:
        return f"corrupt {layers[-1]} data {where}: {detail}"
    return f"read error {where}: {detail}"


def unwrap(display: str, raw: ByteReader) -> tuple[ByteReader, bytes, list[str]]:
    """Peel compression layers; return the plain stream, its first bytes (already read
    from it) and the names of the layers peeled."""
    stream = raw
    layers: list[str] = []
    for _ in range(MAX_DECOMPRESS_DEPTH + 1):
        try:
            first = _read_at_least(stream, BINARY_SNIFF_SIZE)
        except (*CODEC_ERRORS, OSError) as exc:
            raise InputError(display, stream_error(exc, layers, "at start")) from None
        kind = compression_of(first)
        if kind is None:
            return stream, first, layers
        layers.append(kind)
        stream = decompressor(kind, _PrefixedReader(first, stream))
    raise InputError(display, "binary file (compressed data nested too deeply)")


def _read_at_least(stream: ByteReader, size: int) -> bytes:
    # Pipes and decompressors may return short reads; loop until size or EOF.
    parts: list[bytes] = []
    got = 0
    while got < size:
        part = stream.read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def compression_of(head: bytes) -> str | None:
    """The compression format whose magic bytes start ``head``, or ``None``."""
    # One test for all of them first: nearly every input is plain, and this runs per file.
    if not head.startswith(_ANY_COMPRESSED):
        return None
    for magic, name in _COMPRESSED_MAGIC:
        if head.startswith(magic):
            return name
    return None


def decompressor(kind: str, src: ByteReader) -> Decompressing:
    """A streaming reader of ``src`` decompressed as ``kind`` (see ``compression_of``)."""
    # (Reading front to back, each decompressor only calls ``src.read``; their stubs ask for
    # a whole file object, ``seek`` included.)
    if kind == "gzip":
        return gzip.GzipFile(fileobj=src, mode="rb")  # type: ignore[call-overload]
    if kind == "bzip2":
        return bz2.BZ2File(src, "rb")  # type: ignore[call-overload]
    if kind == "xz":
        return lzma.LZMAFile(src, "rb")  # type: ignore[arg-type]
    # read_across_frames: `zstd a b > c` and multi-frame writers produce several frames.
    return zstandard.ZstdDecompressor().stream_reader(src, read_across_frames=True)  # type: ignore[arg-type]


def check_text(display: str, head: bytes) -> None:
    """Raise ``InputError`` when ``head`` (an input's first bytes, decompressed) is
    certainly not UTF-8 text: UTF-16/32, a known binary format, or a NUL byte."""
    if head.startswith(_ANY_NOT_TEXT):
        _refuse_by_magic(display, head)
    nul = head.find(b"\x00", 0, BINARY_SNIFF_SIZE)
    if nul >= 0:
        raise NotPaperData(display, nul_message(nul), line=line_at(head, nul))


def line_at(head: bytes, offset: int) -> int:
    """The 1-based line of ``offset`` in ``head`` (an input's first bytes): errors name a
    line, as every other input error does, and the offset only beside it."""
    return head.count(b"\n", 0, offset) + 1


def nul_message(offset: int) -> str:
    return f"binary file (NUL byte at offset {offset})"


def _refuse_by_magic(display: str, head: bytes) -> None:
    for bom, name in _UTF16_32_BOMS:
        if head.startswith(bom):
            raise NotPaperData(display, f"binary file ({name} text; only UTF-8 is supported)")
    for magic, name in _BINARY_MAGIC:
        if head.startswith(magic):
            kind = ParquetInput if magic == PARQUET_MAGIC else NotPaperData
            raise kind(display, f"binary file ({name})")


class _PrefixedReader:
    """A read-only binary stream: ``prefix`` followed by the rest of ``stream``.

    Magic-byte sniffing consumes bytes from pipes that cannot seek; this puts them back.
    """

    def __init__(self, prefix: bytes, stream: ByteReader) -> None:
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._prefix:
            if size is None or size < 0:
                out = self._prefix + self._stream.read()
                self._prefix = b""
                return out
            out, self._prefix = self._prefix[:size], self._prefix[size:]
            return out
        return self._stream.read(size)

    def readinto(self, buffer: bytearray | memoryview) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        # The underlying stream is owned (and closed) by read_lines.
        pass

    @property
    def closed(self) -> bool:
        return False
