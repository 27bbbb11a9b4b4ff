"""How the index stores its JSON and text blobs: zstd frames (format 4).

zstd level 1 against the zlib of formats 1-3, per blob of the 410 listing days: a text
(~1.4 KB) 7 us against 29 us (level 6), a paper's row (~500 B) 4 against 13 us, a copy's
fields (~250 B) 3 against 10 us, read back at half zlib's time, for 2-4% larger blobs
(~+50 bytes a paper). Reading tells the two apart by zstd's magic number (a zlib stream
never starts with it), so every format's blobs read with the same functions (``index
rebuild`` and ``export`` of an older index).
"""

from __future__ import annotations

import threading
import zlib

import orjson
import zstandard

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# A blob that is neither (a damaged file): what ``verify`` counts as a broken row.
UnpackError = (zlib.error, zstandard.ZstdError, orjson.JSONDecodeError)
# Level 1: higher levels gain ~1% of size for twice the time (level 6: 18 us a text).
_LEVEL = 1
# (De)compressor objects are not safe to share between threads: one each.
_local = threading.local()


def _compressor() -> zstandard.ZstdCompressor:
    c = getattr(_local, "c", None)
    if c is None:
        c = _local.c = zstandard.ZstdCompressor(level=_LEVEL)
    return c


def _decompressor() -> zstandard.ZstdDecompressor:
    d = getattr(_local, "d", None)
    if d is None:
        d = _local.d = zstandard.ZstdDecompressor()
    return d


def compress(data: bytes) -> bytes:
    return _compressor().compress(data)


def decompress(blob: bytes) -> bytes:
    """A blob of any format: zstd (format 4) or zlib (formats 1-3)."""
    if blob[:4] == _ZSTD_MAGIC:
        return _decompressor().decompress(blob)
    return zlib.decompress(blob)


def pack(value: object) -> bytes:
    """A JSON value as stored (rows, fields): about 0.6 of its JSON for a listing row."""
    return compress(orjson.dumps(value))


def unpack(blob: bytes) -> object:
    return orjson.loads(decompress(blob))


def pack_text(title: str, abstract: str) -> bytes:
    """A text's title and abstract as stored: about half of English prose (~1.4 KB -> ~0.75
    KB a listing paper); texts are only read for the papers a run touches and by export."""
    return compress(orjson.dumps([title, abstract]))


def unpack_text(blob: bytes) -> tuple[str, str]:
    title, abstract = orjson.loads(decompress(blob))
    return title, abstract
