"""The plan of an incremental run: today's records deduplicated against the papers of the
index they reach, read only (``plan_run``); ``incremental.apply_plan`` writes it.

The stored copies of the reached papers and today's records go through the ordinary engine
(``ingest_records`` -> ``find_duplicates`` -> ``write_output``) in first-seen order, so a
touched paper comes out as one ``clean`` over every input ever added would write it; the
rendered rows are then sorted into new papers, updated ones and unchanged ones.
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import orjson

from .dedup import DedupOptions, find_duplicates
from .incremental_relist import Relisted, relisted_papers
from .index.corpus import engine_corpus, key_all, keyed_rows
from .index.lookup import Relists, lookup_papers
from .index.tables import (
    CopyRow,
    StoredCopy,
    TextRow,
    content,
    load_copies,
    next_seq,
    pack,
    paper_count,
    paper_rows,
    signed,
    stored_at,
)
from .keys import KeyedBatch
from .output import write_output
from .parallel import Workers
from .records import Record
from .results import Clusters, RecordCounts, group_clusters
from .sketch.signatures import EMPTY
from .store import as_numpy

# Row fields that only say where and when a paper was seen: a new copy of a known paper
# changes them, which is counted as that (``new_copies_of_known``), not as an update.
PROVENANCE = frozenset({"sources", "first_seen", "last_seen"})


@dataclass
class IndexCounts:
    """What a run did to the index (the summary line and ``--stats``' ``index`` section)."""

    new_papers: int = 0
    new_copies_of_known: int = 0
    papers_updated: int = 0  # known papers whose fields (not only provenance) changed
    papers_joined: int = 0  # known papers that today's records showed to be one
    already_stored: int = 0  # copies the index holds already (same file, line and content)
    papers_total: int = 0  # in the index after the run


@dataclass
class Plan:
    """A run's outcome before it is written: the rows of new papers, the changed known
    papers (row, what changed, their ids before) and the rows to store."""

    new_rows: list[dict[str, Any]]
    updates: list[dict[str, Any]]
    touched: list[int]  # stored papers replaced
    known: list[StoredCopy]  # their copies
    papers: list[tuple[int, str, int, bytes]]
    texts: list[TextRow]
    copies: list[CopyRow]
    counts: IndexCounts
    records: RecordCounts
    joins: list[int | None]  # per new record: the earliest stored paper it joined, or None
    summary_dedup: Any = None
    new_lines: list[bytes] = field(default_factory=list)  # ``new_rows`` as the engine wrote them


def plan_run(
    con: sqlite3.Connection,
    new: Sequence[Record],
    options: DedupOptions,
    workers: Workers,
    *,
    skip_stored: bool = True,
    on_clusters: Callable[[Clusters, Plan], None] | None = None,
) -> Plan:
    """Deduplicate ``new`` against the index (read only: nothing is written here). A copy
    the index holds already (same file name, line and content: a file added again) is
    counted (``already_stored``) and left out. ``on_clusters`` is called with the run's
    clusters (today's records and the stored papers they reached) while they are open:
    ``--report`` and ``--html``."""
    parsed = len(new)
    held = stored_at(con, ((r.source.file, r.source.line) for r in new)) if skip_stored else ()
    if held:
        new = [r for r in new if (r.source.file, r.source.line, content(r)) not in held]
    if not new:
        return _empty_plan(parsed)
    keyed = key_all(new, workers)
    has_sig = keyed.sig[:, 0] != EMPTY if len(new) else np.zeros(0, bool)
    # Exact re-listings of a stored text, merged here without the engine when they are all
    # today's records reach of their paper (``incremental_relist``); not when the run's
    # clusters are reported, which show the papers reached.
    relists = Relists(keyed.content, has_sig) if on_clusters is None else None
    # A new index (a batch `clean --index`, the first batch of a rebuild) has nothing to
    # find: its lookup was ~6% of such a run (the distinct band keys of every record).
    touched = (
        lookup_papers(
            con,
            keyed.sig[has_sig],
            keyed.title_hash[has_sig],
            (options.bands, options.rows),
            keyed.title_hash,
            keyed.prefix_hash,
            [r.arxiv_id for r in new],
            options.prefilter,
            relists,
        )
        if paper_count(con)
        else []
    )
    base = next_seq(con)
    fast = relisted_papers(con, new, relists.found, touched) if relists else Relisted.none(new)
    touched = sorted({*touched, *fast.fallback})
    plan = Plan(
        [], [], touched, [], [], [], [], IndexCounts(already_stored=parsed - len(new)),
        RecordCounts(parsed=parsed), [None] * len(new),
    )  # fmt: skip
    if parsed > len(new):
        plan.records.merged["already_in_index"] += parsed - len(new)
    update_keys: list[int] = []
    if fast.rest or touched:
        if len(fast.rest) < len(new):
            keyed = keyed_rows(keyed, fast.rest)
        _engine(con, plan, new, fast.rest, keyed, base, options, workers, update_keys, on_clusters)
    if fast.rows:
        _relisted(plan, new, fast, base, update_keys)
    return plan


def _engine(
    con: sqlite3.Connection,
    plan: Plan,
    new: Sequence[Record],
    to_engine: list[int],
    keyed: KeyedBatch,
    base: int,
    options: DedupOptions,
    workers: Workers,
    update_keys: list[int],
    on_clusters: Callable[[Clusters, Plan], None] | None,
) -> None:
    """The engine over the stored copies of ``plan.touched`` and the new records ``to_engine``
    (``keyed``: their keys): their rows sorted into ``plan``."""
    touched = plan.touched
    known = load_copies(con, touched)
    plan.known = known
    old_rows = paper_rows(con, touched)
    n_known = len(known)
    combined = [k.record for k in known] + [new[i] for i in to_engine]
    seqs = np.array([k.seq for k in known] + [base + i for i in to_engine], dtype=np.int64)
    old_paper = [k.paper for k in known]
    with engine_corpus(combined, known, keyed, workers) as corpus:
        corpus.pinned_dates = True
        result = find_duplicates(corpus, options, workers)
        clusters = group_clusters(corpus, result)
        buf = io.BytesIO()
        write_output(clusters, "jsonl", buf, workers)
        lines = buf.getvalue().split(b"\n")[:-1]
        codes, names = clusters.match
        copy_unique_np = as_numpy(corpus.copy_unique)
        first_np = as_numpy(corpus.unique_first_copy)
        bounds_np, order_np = clusters.row_bounds, clusters.copy_order
        # Each unique's paper: the key of its row (vectorised; the loop below is per row).
        unique_paper = np.empty(corpus.n_unique, dtype=np.int64)
        row_keys = seqs[order_np[bounds_np[:-1]]]
        unique_paper[copy_unique_np[order_np]] = np.repeat(row_keys, np.diff(bounds_np))
        # Plain lists: the loop reads them item by item.
        seq_of, first, copy_unique = seqs.tolist(), first_np.tolist(), copy_unique_np.tolist()
        order, bounds, survivors = order_np.tolist(), bounds_np.tolist(), clusters.row_survivor
        text_of = [seq_of[first[u]] for u in copy_unique]  # per copy: its text's uid
        plan.summary_dedup = result.stats
        unchanged: set[int] = set()
        for r, line in enumerate(lines):
            members = order[bounds[r] : bounds[r + 1]]
            row = orjson.loads(line)
            key = seq_of[members[0]]
            if (
                max(members) < n_known
                and all(old_paper[c] == key for c in members)
                and key in old_rows
                and _same_row(row, old_rows[key])
            ):
                # A stored paper that today's records reached but did not change (no new
                # copy, the same row): left as it is, not rewritten.
                unchanged.add(key)
                continue
            survivor = int(survivors[r])
            text = combined[first[survivor]]
            rest = {k: v for k, v in row.items() if k not in ("id", "title", "abstract")}
            if row["abstract"] != text.abstract:
                rest = {"abstract": row["abstract"], **rest}
            plan.papers.append((key, row["id"], seq_of[first[survivor]], pack(rest)))
            for c, src in zip(members, row["sources"], strict=True):
                plan.copies.append(
                    CopyRow(seq_of[c], text_of[c], combined[c], src["date"], src.get("date_raw"))
                )
            was = sorted({old_paper[c] for c in members if c < n_known})
            fresh = [c for c in members if c >= n_known]
            for c in fresh:
                plan.joins[to_engine[c - n_known]] = was[0] if was else None
            if not was:
                plan.new_rows.append(row)
                plan.new_lines.append(line)
                plan.counts.new_papers += 1
                plan.records.kept += 1
                plan.records.merged.update(names[codes[c]] for c in fresh if codes[c])
                continue
            _known_paper(plan, key, row, was, len(fresh), old_rows, update_keys)
        if unchanged:
            plan.touched = [k for k in touched if k not in unchanged]
            plan.known = [k for k in known if k.paper not in unchanged]
        unchanged_uids = {k.uid for k in known if k.paper in unchanged}
        paper_of = unique_paper.tolist()
        title_hash, prefix_hash = signed(corpus.title_hash), signed(corpus.prefix_hash)
        for u in range(corpus.n_unique):
            uid = seq_of[first[u]]
            if uid in unchanged_uids:
                continue
            plan.texts.append(
                TextRow(
                    uid,
                    paper_of[u],
                    combined[first[u]],
                    corpus.sig[u],
                    title_hash[u],
                    prefix_hash[u],
                    corpus.unique_arxiv[u],
                    corpus.content_key(u),
                )  # fmt: skip
            )
        if on_clusters is not None:
            on_clusters(clusters, plan)


def _known_paper(
    plan: Plan,
    key: int,
    row: dict[str, Any],
    was: list[int],
    fresh: int,
    old_rows: dict[int, dict[str, Any]],
    update_keys: list[int],
) -> None:
    """Count a known paper's row (``fresh``: its new copies; ``was``: the stored papers it
    is made of) and list it in ``--updates`` when more than its provenance changed."""
    plan.counts.new_copies_of_known += fresh
    plan.records.merged["known_paper"] += fresh
    before = old_rows.get(key, {})
    changed = [k for k in row if k not in PROVENANCE and before.get(k) != row[k]]
    changed += [k for k in before if k not in row and k not in PROVENANCE]
    if len(was) > 1:
        plan.counts.papers_joined += len(was) - 1
    if changed or len(was) > 1 or key not in old_rows:
        plan.counts.papers_updated += 1
        ids = sorted({str(old_rows[p]["id"]) for p in was if p in old_rows})
        previous = {k: before.get(k) for k in changed}
        plan.updates.append({**row, "changed": changed, "previous": previous, "previous_ids": ids})
        update_keys.append(key)


def _relisted(
    plan: Plan, new: Sequence[Record], fast: Relisted, base: int, update_keys: list[int]
) -> None:
    """The papers only re-listed today (``fast``), merged without the engine, into
    ``plan``; ``--updates`` stays in paper order (the order of the engine's rows)."""
    engine_updates = len(plan.updates)
    for key in sorted(fast.rows):
        row, survivor, records, dates = fast.rows[key]
        rest = {k: v for k, v in row.items() if k not in ("id", "title", "abstract")}
        plan.papers.append((key, row["id"], survivor, pack(rest)))
        plan.touched.append(key)
        for i, (date, shown) in zip(records, dates, strict=True):
            plan.copies.append(CopyRow(base + i, survivor, new[i], date, shown))
            plan.joins[i] = key
        _known_paper(plan, key, row, [key], len(records), fast.before, update_keys)
    if engine_updates and len(plan.updates) > engine_updates:
        order = sorted(range(len(plan.updates)), key=update_keys.__getitem__)
        plan.updates = [plan.updates[i] for i in order]
    plan.touched.sort()


def _empty_plan(parsed: int) -> Plan:
    """Every record was in the index already: nothing to write."""
    records = RecordCounts(parsed=parsed)
    records.merged["already_in_index"] = parsed
    return Plan([], [], [], [], [], [], [], IndexCounts(already_stored=parsed), records, [])


def _same_row(row: dict[str, Any], stored: dict[str, Any]) -> bool:
    """``row`` is the stored row, field for field and in the same order."""
    return row == stored and list(row) == list(stored)
