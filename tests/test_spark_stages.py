"""The Spark engine's stages against the local engine's, on the same inputs: the exact pass
(uniques, their first copies and ids), the candidate pairs, their verification and the
components of the accepted pairs must be the local engine's arrays."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import orjson
import pytest

from papercorpus.dedup.cluster import UnionFind
from papercorpus.dedup.engine import DedupOptions, _candidate_pairs, _verify_all
from papercorpus.ingest import ingest
from papercorpus.parallel import Workers
from papercorpus.sources import ParseLog, ReadOptions, expand_inputs
from papercorpus.store import as_numpy

pytestmark = pytest.mark.spark

# Day pages with copies merged by every kind of rule (arXiv id, title key, title only) and
# a structured file with rejects; a Spark job costs seconds whatever its size, so one run.
FIXTURES = Path(__file__).parent / "fixtures"
INPUTS = [FIXTURES / "pages", FIXTURES / "structured"]


@pytest.fixture(scope="module")
def both(spark):
    """The local engine's corpus, pairs and decisions, and the Spark stages' DataFrames."""
    from papercorpus.spark.candidates import candidate_pairs
    from papercorpus.spark.exact import exact_pass
    from papercorpus.spark.read import read_copies
    from papercorpus.spark.verify import verify_pairs

    if not all(p.exists() for p in INPUTS):
        pytest.skip(f"{INPUTS} not all available")
    files = expand_inputs([str(p) for p in INPUTS])
    log = ParseLog()
    opts = DedupOptions()
    with Workers(1) as w, ingest(files, ReadOptions(), log, w) as corpus:
        pairs = _candidate_pairs(corpus, opts)
        decisions = _verify_all(corpus, pairs, opts.thresholds, w)
        copies, slog = read_copies(spark, files, ReadOptions())
        uniques, copy_unique = exact_pass(copies)
        uniques = uniques.cache()
        spairs = candidate_pairs(uniques, opts).cache()
        # Spark numbers a unique by its first copy's place, the local corpus by its rank.
        us = sorted(r.u for r in uniques.select("u").collect())
        yield SimpleNamespace(
            dense={u: i for i, u in enumerate(us)},
            log=log,
            corpus=corpus,
            pairs=pairs,
            decisions=decisions,
            copies=copies,
            slog=slog,
            uniques=uniques,
            copy_unique=copy_unique,
            spairs=spairs,
            verified=verify_pairs(spairs, uniques, opts),
        )
        uniques.unpersist()
        spairs.unpersist()


def test_parse_logs_match(both):
    assert [str(d) for d in both.slog.rejects] == [str(d) for d in both.log.rejects]
    assert [str(d) for d in both.slog.warnings] == [str(d) for d in both.log.warnings]
    assert both.slog.formats == both.log.formats


def test_exact_pass_matches(both):
    corpus = both.corpus
    rows = both.uniques.select("u", "first", "arxiv", "title_hash").orderBy("u").collect()
    # The copy order as the local corpus numbers it: files one after another.
    orders = [r.order for r in both.copies.select("order").orderBy("order").collect()]
    number = {o: i for i, o in enumerate(orders)}
    assert len(orders) == corpus.n_copies
    assert [number[r.first] for r in rows] == as_numpy(corpus.unique_first_copy).tolist()
    assert [r.arxiv for r in rows] == corpus.unique_arxiv
    hashes = np.array([r.title_hash for r in rows], np.int64).view(np.uint64)
    assert hashes.tolist() == corpus.title_hash.tolist()
    cu = sorted((number[r.order], both.dense[r.u]) for r in both.copy_unique.collect())
    assert [u for _, u in cu] == as_numpy(corpus.copy_unique).tolist()


def test_candidate_pairs_match(both):
    d = both.dense
    pairs = sorted((d[r.a], d[r.b]) for r in both.spairs.collect())
    assert len(pairs) > 10  # the inputs hold duplicates: the comparison is not empty
    assert pairs == [tuple(p) for p in both.pairs.tolist()]


def test_decisions_and_components_match(both):
    from papercorpus.spark.components import components

    local = {
        tuple(p): (d.rule, d.scores, d.related)
        for p, d in zip(both.pairs.tolist(), both.decisions, strict=True)
    }
    rows = both.verified.collect()
    d = both.dense
    spark = {(d[r.a], d[r.b]): (r.rule, orjson.loads(r.scores), r.related) for r in rows}
    assert spark == local

    strong = both.verified.where("rule IS NOT NULL AND rule != 'title_only'").select("a", "b")
    labels = {d[r.v]: d[r.label] for r in components(strong).collect()}
    uf = UnionFind(both.corpus.n_unique)
    for (a, b), (rule, _, _) in sorted(local.items()):
        if rule and rule != "title_only":
            uf.union(a, b)
    roots = uf.roots().tolist()
    assert [labels.get(u, u) for u in range(len(roots))] == roots
    assert len(set(labels.values())) < len(labels)  # some component has several members
