"""Train the index's zstd dictionaries (``src/papercorpus/index/zdict/``, index format 5).

Usage: ``python benchmarks/zstd_dicts.py INPUT... [--out DIR]`` (the dictionaries in the
repository were made from ``../shared/data/arxiv-listings ../shared/seeds``).

Two dictionaries: ``json`` for the JSON blobs (a paper's row without title and abstract, a
copy's own fields) and ``text`` for the texts (title and abstract as a JSON pair). Samples
are the blobs the index would store for the inputs: each record's fields and text as
parsed, and the rows of one batch ``clean`` over them (every 4th of each, in input order).
File names in the rows' ``sources`` are cut to their last part first, so the dictionary
holds no path of the machine it was trained on. Training is fastCOVER with fixed
parameters, one thread: the same inputs give the same bytes.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson
import zstandard

from papercorpus.index.codec import JSON_DICT_ID, TEXT_DICT_ID
from papercorpus.sources import ParseLog, ReadOptions, expand_inputs, iter_records

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "papercorpus" / "index" / "zdict"
# Dictionary sizes: past these the blobs of the listing days shrink by < 1% and the
# compressor's per-blob set-up grows (measured 16K..110K).
JSON_SIZE = 32 << 10
TEXT_SIZE = 16 << 10
EVERY = 4


def _samples(inputs: list[str]) -> tuple[list[bytes], list[bytes]]:
    """The fields and texts of the inputs' records as the index packs them."""
    fields, texts = [], []
    log = ParseLog()
    for i, record in enumerate(
        r for inp in expand_inputs(inputs, (), ()) for r in iter_records(inp, ReadOptions(), log)
    ):
        if i % EVERY:
            continue
        texts.append(orjson.dumps([record.title, record.abstract]))
        if record.meta:
            fields.append(orjson.dumps(record.meta))
    return fields, texts


def _rows(inputs: list[str]) -> list[bytes]:
    """The rows of one batch ``clean`` over the inputs, as the index packs them."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.jsonl"
        subprocess.run(
            [sys.executable, "-m", "papercorpus", "clean", *inputs, "-o", str(out), "-q"],
            check=True,
        )
        rows = []
        for i, line in enumerate(out.read_bytes().splitlines()):
            if i % EVERY:
                continue
            row = orjson.loads(line)
            for source in row.get("sources", ()):
                source["file"] = os.path.basename(source["file"])
            rest = {k: v for k, v in row.items() if k not in ("id", "title", "abstract")}
            rows.append(orjson.dumps(rest))
        return rows


def _train(size: int, samples: list[bytes], dict_id: int) -> bytes:
    return zstandard.train_dictionary(
        size, samples, k=1024, d=8, dict_id=dict_id, level=1, threads=1
    ).as_bytes()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    fields, texts = _samples(args.inputs)
    rows = _rows(args.inputs)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, size, samples, dict_id in (
        ("json", JSON_SIZE, fields + rows, JSON_DICT_ID),
        ("text", TEXT_SIZE, texts, TEXT_DICT_ID),
    ):
        data = _train(size, samples, dict_id)
        (args.out / f"{name}.zdict").write_bytes(data)
        print(f"{name}: {len(samples)} samples -> {len(data)} bytes (id {dict_id:#x})")


if __name__ == "__main__":
    main()
