"""The index's blobs (``index.codec``): zstd with the package's dictionaries (format 5),
and every older encoding read by the same functions."""

from __future__ import annotations

import zlib

import orjson
import pytest
import zstandard

from papercorpus.index import codec


def test_blobs_name_their_dictionary_and_read_back() -> None:
    row = {"authors": ["A. Author", "B. Author"], "sources": [{"file": "d.jsonl", "line": 3}]}
    blob = codec.pack(row)
    assert zstandard.get_frame_parameters(blob).dict_id == codec.JSON_DICT_ID
    assert codec.unpack(blob) == row
    text = codec.pack_text("A title", "An abstract about things.")
    assert zstandard.get_frame_parameters(text).dict_id == codec.TEXT_DICT_ID
    assert codec.unpack_text(text) == ("A title", "An abstract about things.")
    # The same value, the same bytes (index content is deterministic).
    assert codec.pack(row) == blob


def test_older_encodings_read_alike() -> None:
    data = orjson.dumps(["A title", "An abstract"])
    for blob in (zlib.compress(data, 6), zstandard.ZstdCompressor(level=1).compress(data)):
        assert codec.unpack_text(blob) == ("A title", "An abstract")


def test_a_dictionary_only_an_index_holds_is_registered_and_read() -> None:
    samples = [
        orjson.dumps({"n": i, "word": f"value-{i % 7}", "x": [i, 2 * i]}) for i in range(500)
    ]
    dict_id = 0x5043FF01
    data = zstandard.train_dictionary(1024, samples, k=64, d=8, dict_id=dict_id).as_bytes()
    blob = zstandard.ZstdCompressor(
        level=1, dict_data=zstandard.ZstdCompressionDict(data)
    ).compress(samples[3])
    assert not codec.known(dict_id)
    with pytest.raises(codec.UnpackError):
        codec.unpack(blob)
    codec.register(dict_id, data)
    assert codec.known(dict_id) and codec.unpack(blob) == orjson.loads(samples[3])


def test_the_package_dictionaries_are_stored_by_id() -> None:
    ids = [dict_id for dict_id, _ in codec.dictionaries()]
    assert ids == [codec.JSON_DICT_ID, codec.TEXT_DICT_ID]
