"""``clean --engine spark`` end to end: the output file is byte for byte the local engine's,
on the seeds, the test fixtures and a 20k generated corpus, whatever Spark's shuffle
partitioning. One ``local[2]`` session serves them all (conftest ``spark``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from papercorpus import api
from papercorpus.cli import main

from .conftest import DATA, EXAMPLES, SHARED, bench_module, require

FIXTURES = Path(__file__).parent / "fixtures"


def _clean(inputs, out: Path, engine: str, **extra) -> tuple[bytes, api.Summary]:
    opts = api.CleanOptions(engine=engine, jobs=1, **extra)
    summary = api.clean([str(p) for p in inputs], out, opts)
    return out.read_bytes(), summary


def _same(inputs, tmp_path: Path, **extra) -> bytes:
    local, ls = _clean(inputs, tmp_path / "local.jsonl", "local", **extra)
    spark, ss = _clean(inputs, tmp_path / "spark.jsonl", "spark", **extra)
    assert spark == local
    assert ss.as_dict() == ls.as_dict()
    return local


@pytest.mark.spark
def test_seeds_fixtures_and_examples_match_local(spark, tmp_path):
    inputs = [
        require(SHARED / "seeds"),
        FIXTURES / "structured",
        FIXTURES / "pages",
        FIXTURES / "unseen",
        EXAMPLES,
    ]
    out = _same(inputs, tmp_path)
    assert out.count(b"\n") > 100


def _bench_corpus():
    return bench_module("corpus")


@pytest.fixture(scope="module")
def corpus20k(tmp_path_factory) -> Path:
    data = require(DATA / "arxiv-listings")
    bench = _bench_corpus()
    params = bench.CorpusParams(records=20_000, max_data_files=3)
    return bench.ensure_corpus(params, tmp_path_factory.mktemp("cache"), data)


@pytest.mark.spark
def test_generated_20k_matches_local(spark, corpus20k, tmp_path):
    before = spark.conf.get("spark.sql.shuffle.partitions")
    spark.conf.set("spark.sql.shuffle.partitions", "3")
    try:
        out = _same([corpus20k / "pages"], tmp_path)
    finally:
        spark.conf.set("spark.sql.shuffle.partitions", before)
    assert out.count(b"\n") > 10_000


def test_engine_spark_without_pyspark_is_a_usage_error(tmp_path, monkeypatch):
    import papercorpus.spark.session as session

    monkeypatch.setattr(session.importlib.util, "find_spec", lambda name: None)
    result = CliRunner().invoke(
        main, ["clean", str(EXAMPLES), "-o", str(tmp_path / "o.jsonl"), "--engine", "spark"]
    )
    assert result.exit_code == 2
    assert "pip install 'papercorpus[spark]'" in result.output
    assert not (tmp_path / "o.jsonl").exists()


def test_master_needs_engine_spark(tmp_path):
    result = CliRunner().invoke(main, ["clean", str(EXAMPLES), "--master", "local[2]"])
    assert result.exit_code == 2
    assert "--master needs --engine spark" in result.output


@pytest.mark.spark
def test_an_unreadable_input_is_the_local_one_line_error(spark, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.jsonl").write_text('{"title": "A paper", "abstract": "Text."}\n')
    (tmp_path / "in" / "b.jsonl").write_bytes(b'{"title": "B"}\n\xff\xfe bad \xff\n')
    outs = []
    for engine in ("local", "spark"):
        out = tmp_path / f"{engine}.jsonl"
        args = ["clean", str(tmp_path / "in"), "-o", str(out), "--engine", engine]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        assert not out.exists()
        outs.append(result.output)
    assert outs[0] == outs[1]
    assert "b.jsonl" in outs[0]


@pytest.mark.spark
def test_a_markerless_bridge_is_left_apart_as_locally(spark, tmp_path):
    """``cluster.join`` runs per component in Spark: Part II and Part III stay apart from
    their subtitle-dropped bridge, and a marker-less copy with one marked paper in reach
    joins it, as in the local engine (``tests/test_cluster.py``)."""
    from .test_cluster import BRIDGE, FOUR, PART_II, _write

    def renamed(record: tuple[str, str], name: str) -> tuple[str, str]:
        return record[0].replace("SPATIOROUTE", name), record[1].replace("SpatioRoute", name)

    alone = [renamed(PART_II, "GEOROUTE"), renamed(BRIDGE, "GEOROUTE")]
    src = _write(tmp_path / "dump.jsonl", [*FOUR, *alone])
    out = _same([src], tmp_path)
    assert out.count(b"\n") == 4  # Part II, Part III, the bridge; GEOROUTE with its copy
    assert _clean([src], tmp_path / "x.jsonl", "local")[1].as_dict()["clusters_flagged"] == {
        "ambiguous": 1
    }


@pytest.mark.spark
def test_a_copy_between_two_papers_is_left_apart_as_locally(spark, tmp_path):
    """``cluster.separate`` per component in Spark: the pair refused as two papers travels
    with its component's edges, and the copy that could be either paper is a row of its own
    (``tests/test_cluster.py``)."""
    from .test_cluster import TWO_GROUPS, _write_authors

    src = _write_authors(tmp_path / "dump.jsonl", TWO_GROUPS)
    out = _same([src], tmp_path)
    assert out.count(b"\n") == 3
