"""The keys the index stores for its texts (format 4) are the keys ``key_batch`` gives the
copies read back from it: a run takes them instead of keying its stored copies again."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import orjson

from papercorpus.api import CleanOptions
from papercorpus.incremental import clean_into_index
from papercorpus.index import db
from papercorpus.index.corpus import known_keys
from papercorpus.index.tables import all_papers, load_copies
from papercorpus.keys import key_batch

from .conftest import SHARED, require


def _weak_copies(path: Path) -> str:
    """Copies whose abstracts are no evidence (too short, missing), some with authors."""
    rows = [
        {"title": "A rather specific title about sparse widget routing", "abstract": "Short.",
         "authors": ["A. One", "B. Two"]},
        {"title": "A rather specific title about sparse widget routing", "abstract": "Short.",
         "authors": ["C. Three"]},
        {"title": "A rather specific title about sparse widget routing", "abstract": ""},
        {"title": "Reply", "abstract": "See above."},
    ]  # fmt: skip
    path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    return str(path)


def test_stored_keys_are_the_keys_of_the_stored_copies(tmp_path: Path) -> None:
    seeds = sorted(str(p) for p in require(SHARED / "seeds").iterdir())
    seeds.insert(1, _weak_copies(tmp_path / "weak.jsonl"))
    index = tmp_path / "c.db"
    seeds.append(_weak_copies(tmp_path / "weak2.jsonl"))
    for name in seeds:  # a file a day: later copies join stored papers
        clean_into_index([name], index, str(tmp_path / "new.jsonl"), CleanOptions())
    with db.reading(index) as con:
        known = load_copies(con, all_papers(con))
    assert len(known) > 400
    stored = sum(k.keys is not None for k in known)
    assert 0 < stored < len(known)  # weak texts have none: they are keyed again
    rows = list(range(len(known)))
    weak = key_batch([k.record for k in known if k.keys is None])
    got = known_keys(known, rows, weak)
    want = key_batch([k.record for k in known])
    for f in dataclasses.fields(want):
        a, b = getattr(got, f.name), getattr(want, f.name)
        if isinstance(b, np.ndarray):
            assert a.dtype == b.dtype and np.array_equal(a, b), f.name
        else:
            assert a == b, f.name
