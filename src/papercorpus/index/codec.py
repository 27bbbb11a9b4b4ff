"""How the index stores its JSON and text blobs: zstd frames with a dictionary (format 5).

Most blobs are small (a copy's fields ~250 B of JSON, a paper's row ~500 B, a text ~1.4 KB),
and a frame compressed alone starts from nothing: its field names, dates and common words
are spelled out again in every blob. With a dictionary trained on such blobs (``zdict/``,
made by ``benchmarks/zstd_dicts.py``), over the 410 listing days: a copy's fields 190 ->
101 bytes, a row 306 -> 135, a text 747 -> 552, compressed in 2.3, 2.5 and 9 us against
5.7, 6.8 and 13.5 without one (zstd level 1 both), read back in about half the time.

Each frame names its dictionary (zstd's dictionary id in the frame header; 0: none), so
every format's blobs read with the same functions: zlib (formats 1-3, told apart by zstd's
magic number), zstd without a dictionary (format 4) and with one. An index keeps a copy of
the dictionaries it was written with (``db``'s ``dicts`` table, ``register``), so a later
papercorpus shipping other ones still reads it.
"""

from __future__ import annotations

import threading
import zlib
from importlib import resources

import orjson
import zstandard

_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
# A blob that is neither (a damaged file): what ``verify`` counts as a broken row.
UnpackError = (zlib.error, zstandard.ZstdError, orjson.JSONDecodeError, KeyError)
# Level 1: higher levels gain ~1% of size for twice the time (level 6: 18 us a text).
_LEVEL = 1
# The ids the dictionaries were trained with (outside zstd's reserved ranges).
JSON_DICT_ID = 0x50430001
TEXT_DICT_ID = 0x50430002
_FILES = {JSON_DICT_ID: "json.zdict", TEXT_DICT_ID: "text.zdict"}
# id -> dictionary: the package's, and those of the indexes read (``register``).
_dicts: dict[int, zstandard.ZstdCompressionDict] = {}
_dicts_lock = threading.Lock()
# (De)compressor objects are not safe to share between threads: one each.
_local = threading.local()


def _dict(dict_id: int) -> zstandard.ZstdCompressionDict:
    d = _dicts.get(dict_id)
    if d is None:
        if dict_id not in _FILES:
            raise KeyError(f"zstd dictionary {dict_id:#x} unknown")
        data = resources.files(__package__).joinpath("zdict", _FILES[dict_id]).read_bytes()
        d = _register(dict_id, data)
    return d


def _register(dict_id: int, data: bytes) -> zstandard.ZstdCompressionDict:
    with _dicts_lock:
        d = _dicts.get(dict_id)
        if d is None:
            d = _dicts[dict_id] = zstandard.ZstdCompressionDict(data)
        return d


def dictionaries() -> list[tuple[int, bytes]]:
    """The package's dictionaries as ``(id, bytes)``: what a new index stores."""
    return [(i, _dict(i).as_bytes()) for i in sorted(_FILES)]


def known(dict_id: int) -> bool:
    """The package ships the dictionary ``dict_id``, or an index read has registered it."""
    return dict_id in _FILES or dict_id in _dicts


def register(dict_id: int, data: bytes) -> None:
    """Make a dictionary an index stored readable (one the package does not ship: the
    package's own keep their bytes)."""
    if not known(dict_id):
        _register(dict_id, data)


def _compressor(dict_id: int) -> zstandard.ZstdCompressor:
    cs = getattr(_local, "c", None)
    if cs is None:
        cs = _local.c = {}
    c = cs.get(dict_id)
    if c is None:
        c = cs[dict_id] = zstandard.ZstdCompressor(level=_LEVEL, dict_data=_dict(dict_id))
    return c


def _decompressor(dict_id: int) -> zstandard.ZstdDecompressor:
    ds = getattr(_local, "d", None)
    if ds is None:
        ds = _local.d = {}
    d = ds.get(dict_id)
    if d is None:
        d = ds[dict_id] = zstandard.ZstdDecompressor(dict_data=_dict(dict_id) if dict_id else None)
    return d


def compress(data: bytes, dict_id: int = JSON_DICT_ID) -> bytes:
    return _compressor(dict_id).compress(data)


def decompress(blob: bytes) -> bytes:
    """A blob of any format: zstd with or without a dictionary (formats 5, 4) or zlib
    (formats 1-3)."""
    if blob[:4] == _ZSTD_MAGIC:
        return _decompressor(zstandard.get_frame_parameters(blob).dict_id).decompress(blob)
    return zlib.decompress(blob)


def pack(value: object) -> bytes:
    """A JSON value as stored (rows, fields): about 0.3 of its JSON for a listing row."""
    return compress(orjson.dumps(value))


def unpack(blob: bytes) -> object:
    return orjson.loads(decompress(blob))


def unpack_fields(blob: bytes) -> dict[str, object]:
    """A copy's fields as stored (``pack`` of its ``Record.meta``): a JSON object."""
    return orjson.loads(decompress(blob))


def pack_text(title: str, abstract: str) -> bytes:
    """A text's title and abstract as stored: about 0.4 of English prose (~1.4 KB -> ~0.55
    KB a listing paper); texts are only read for the papers a run touches and by export."""
    return compress(orjson.dumps([title, abstract]), TEXT_DICT_ID)


def unpack_text(blob: bytes) -> tuple[str, str]:
    title, abstract = orjson.loads(decompress(blob))
    return title, abstract
