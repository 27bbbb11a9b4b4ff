"""Block rendering helpers of ``output``: ids and arXiv ids per row, computed block-wise."""

from __future__ import annotations

import numpy as np

from papercorpus.keys import content_id, content_ids
from papercorpus.output import _arxiv_ids


def test_content_ids_match_one_at_a_time() -> None:
    keys = np.random.default_rng(7).integers(0, 256, size=(5, 16), dtype=np.uint8)
    assert content_ids(keys) == [content_id(k.tobytes()) for k in keys]
    assert content_ids(keys[:0]) == []


def test_arxiv_id_is_the_survivors_else_the_first_copy_carrying_one() -> None:
    unique_arxiv = [None, "2401.00001", None, "2401.00003", "", None]
    has = np.array([bool(a) for a in unique_arxiv])
    survivors = np.array([0, 1, 2, 4])
    # Row 0: copies of uniques 0, 5, 3 -> 3's id. Row 1: its own. Row 2: none anywhere.
    # Row 3: an empty id counts as none.
    members = np.array([0, 5, 3, 1, 0, 2, 2, 4])
    bounds = np.array([0, 3, 5, 7, 8])
    assert _arxiv_ids(unique_arxiv, has, survivors, members, bounds) == [
        "2401.00003",
        "2401.00001",
        None,
        None,
    ]
