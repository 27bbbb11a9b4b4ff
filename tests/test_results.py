"""``Summary.as_dict``: the ``--stats`` format, collected from the counters the stages own."""

from __future__ import annotations

from collections import Counter

import orjson

from papercorpus.dedup import DedupStats
from papercorpus.report import stats_json
from papercorpus.results import RecordCounts, Summary

# The public --stats keys, in their order (CI jobs diff the file: never reorder or rename).
STATS_KEYS = [
    "files",
    "formats",
    "records_parsed",
    "records_kept",
    "records_merged",
    "merged_by_rule",
    "rejected",
    "rejected_by_code",
    "warnings_by_code",
    "chrome_dropped",
    "clusters_flagged",
    "related_pairs",
]


def test_stats_keys_keep_their_public_order() -> None:
    assert list(Summary().as_dict()) == STATS_KEYS
    assert list(Summary().as_dict(timings=True)) == [*STATS_KEYS, "timings"]


def test_stats_publish_what_the_stages_counted() -> None:
    summary = Summary(files=3)
    log = summary.parse
    log.formats.update(["pages", "json", "pages"])
    log.reject("R_NO_TITLE", "a.txt", 4, "no title")
    log.reject("R_BAD_JSON", "b.json", 1, "bad")
    log.reject("R_NO_TITLE", "a.txt", 9, "no title")
    log.warn("W_TRUNCATED", "a.txt", 2, "cut")
    log.drop_chrome("upvotes", 5)
    summary.records = RecordCounts(parsed=10, kept=7, merged=Counter(exact=2, title_key=1))
    summary.dedup = DedupStats(Counter(chain=1, giant=1), related_pairs=4)
    summary.timings["dedup"] = 1.23456

    assert (summary.parsed, summary.kept, summary.merged_total, summary.rejected) == (10, 7, 3, 3)
    summary.records.check_accounting()
    expected = {
        "files": 3,
        "formats": {"json": 1, "pages": 2},
        "records_parsed": 10,
        "records_kept": 7,
        "records_merged": 3,
        "merged_by_rule": {"exact": 2, "title_key": 1},
        "rejected": 3,
        "rejected_by_code": {"R_BAD_JSON": 1, "R_NO_TITLE": 2},
        "warnings_by_code": {"W_TRUNCATED": 1},
        "chrome_dropped": {"upvotes": 5},
        "clusters_flagged": {"chain": 1, "giant": 1},
        "related_pairs": 4,
    }
    assert stats_json(summary) == orjson.dumps(expected, option=orjson.OPT_INDENT_2) + b"\n"
    assert summary.as_dict(timings=True)["timings"] == {"dedup": 1.235}
