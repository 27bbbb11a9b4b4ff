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


def test_deleted_texts_take_every_key_along(tmp_path: Path) -> None:
    """Removing texts (``tables._delete_texts``) removes their band, title and prefix keys,
    from ``bands`` and from the log alike: the index verifies without them."""
    from papercorpus.index import bandlog
    from papercorpus.index.tables import _delete_texts
    from papercorpus.index.verify import verify

    seeds = sorted(str(p) for p in require(SHARED / "seeds").iterdir())
    index = tmp_path / "c.db"
    clean_into_index(seeds[:2], index, str(tmp_path / "a.jsonl"), CleanOptions())
    con = db.connect(index)
    con.execute("BEGIN IMMEDIATE")
    bandlog.merge(con)  # some keys in ``bands``...
    con.execute("COMMIT")
    # ...and some in the log.
    clean_into_index(seeds[2:4], index, str(tmp_path / "b.jsonl"), CleanOptions())
    con.execute("BEGIN IMMEDIATE")
    papers = [k for (k,) in con.execute("SELECT key FROM papers ORDER BY key")]
    gone = papers[:3] + papers[-3:]
    uids = [
        u for (u,) in con.execute(
            f"SELECT uid FROM texts WHERE paper IN ({','.join('?' * len(gone))})", gone
        )
    ]  # fmt: skip
    _delete_texts(con, uids, 32, 4)
    con.executemany("DELETE FROM papers WHERE key = ?", [(k,) for k in gone])
    con.execute("UPDATE tally SET n = n - ? WHERE name = 'papers'", (len(gone),))
    assert verify(con) == []
    con.execute("ROLLBACK")
    con.close()
