"""The Spark engine's other faces: part files (``-o dir/``), inputs given as URIs and the
``papercorpus.spark.dedup_frame`` DataFrame API, each against the local engine's output."""

from __future__ import annotations

from pathlib import Path

import orjson
import pyarrow.parquet as pq
import pytest

from papercorpus import api
from papercorpus.spark.session import default_shuffle_partitions

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = FIXTURES / "pages"


@pytest.mark.spark
def test_parts_from_file_uris_in_one_shuffle_partition_are_the_local_output(spark, tmp_path):
    from papercorpus.dedup import DedupOptions

    opts = {"dedup": DedupOptions(keep="longest")}
    local = tmp_path / "local.jsonl"
    api.clean([str(PAGES)], local, api.CleanOptions(jobs=1, **opts))
    uri = PAGES.as_uri()
    parts = tmp_path / "parts"
    before = spark.conf.get("spark.sql.shuffle.partitions")
    spark.conf.set("spark.sql.shuffle.partitions", "1")  # everything in one task
    try:
        summary = api.clean([uri], f"{parts}/", api.CleanOptions(engine="spark", **opts))
    finally:
        spark.conf.set("spark.sql.shuffle.partitions", before)
    names = sorted(p.name for p in parts.glob("part-*"))
    assert names and all(n.endswith(".jsonl") for n in names)
    joined = b"".join((parts / n).read_bytes() for n in names)
    # The same rows in the same order; the copies are named by the URI they were read from.
    expected = local.read_bytes().replace(f'"{PAGES}/'.encode(), f'"{uri}/'.encode())
    assert joined == expected
    assert summary.kept == expected.count(b"\n")


@pytest.mark.spark
def test_parquet_parts_hold_the_local_rows(spark, tmp_path):
    # The parts' order is the JSONL test's; here the typed conversion, on the local rows.
    from papercorpus.spark.write import write_parts

    local = tmp_path / "local.jsonl"
    api.clean([str(PAGES)], local, api.CleanOptions(jobs=1))
    api.clean([str(PAGES)], tmp_path / "local.parquet", api.CleanOptions(jobs=1))
    lines = local.read_bytes().splitlines(keepends=True)
    rendered = spark.sparkContext.parallelize(list(enumerate(lines)), 3)
    parts = tmp_path / "parts"
    write_parts(spark.createDataFrame(rendered, "row_first long, data binary"), f"{parts}/",
                "parquet", None)  # fmt: skip
    rows = [r for p in sorted(parts.glob("part-*.parquet")) for r in pq.read_table(p).to_pylist()]
    assert rows == pq.read_table(tmp_path / "local.parquet").to_pylist()


def _records() -> list[dict]:
    abstract = (
        "We study how large language models can be aligned with human preferences using a "
        "small set of carefully written comparisons, and show that the method scales to "
        "models with tens of billions of parameters without loss of quality."
    )
    return [
        {"title": "Aligning Language Models with Few Comparisons", "abstract": abstract,
         "arxiv_id": "2401.00001", "authors": ["A. One", "B. Two"], "published": "2024-01-02"},
        {"title": "A Different Paper on Graph Neural Networks", "abstract": "Graphs " * 30,
         "arxiv_id": None, "authors": ["C. Three"], "published": None},
        {"title": "Aligning language models with few comparisons", "abstract": abstract,
         "arxiv_id": None, "authors": ["A. One", "B. Two", "D. Four"], "published": "2024-01-05"},
        {"title": "Aligning Language Models with Few Comparisons", "abstract": "",
         "arxiv_id": "2401.00001v2", "authors": None, "published": None},
        {"title": "A Different Paper on Graph Neural Networks", "abstract": "Graphs " * 30,
         "arxiv_id": None, "authors": ["C. Three"], "published": "2023-05-01"},
    ]  # fmt: skip


@pytest.mark.spark
def test_dedup_frame_gives_the_local_rows_and_assignments(spark):
    from papercorpus.spark import dedup_frame

    rows = [{**r, "seq": i} for i, r in enumerate(_records())]
    schema = (
        "title string, abstract string, arxiv_id string, authors array<string>, "
        "published string, seq long"
    )
    # Shuffled across partitions: the order comes from the column, not from where rows are.
    df = spark.createDataFrame([tuple(r.values()) for r in rows], schema).repartition(3, "title")
    merged, clusters = dedup_frame(df, order="seq")
    local = api.dedup([dict(r) for r in rows])
    assert len(local) == 2
    assert [orjson.loads(r.record) for r in merged.orderBy("order").collect()] == local
    assert [r.id for r in merged.orderBy("order").collect()] == [row["id"] for row in local]
    got = sorted((r.order, r.id, r.match) for r in clusters.collect())
    a, b = local[0]["id"], local[1]["id"]
    assert [(o, i) for o, i, _ in got] == [(0, a), (1, b), (2, a), (3, a), (4, b)]
    assert [m for _, _, m in got][:2] == ["survivor", "survivor"]
    merged.unpersist()
    clusters.unpersist()


def test_default_shuffle_partitions_follow_cores_and_input():
    assert default_shuffle_partitions(2, None) == 4
    assert default_shuffle_partitions(2, 10 << 20) == 4
    assert default_shuffle_partitions(8, 10 << 30) == 160


def test_csv_part_files_are_refused_before_any_work(tmp_path):
    with pytest.raises(api.PathProblem, match="part files are JSONL or Parquet"):
        api.clean([str(PAGES)], f"{tmp_path}/parts/",
                  api.CleanOptions(engine="spark", output_format="csv"))  # fmt: skip
    assert not (tmp_path / "parts").exists()


@pytest.mark.spark
def test_a_pdf_found_beside_the_dumps_is_skipped_by_both_engines(spark, tmp_path):
    folder = tmp_path / "dumps"
    folder.mkdir()
    page = FIXTURES / "unseen" / "u01_firecrawl_trending.txt"
    (folder / "page.txt").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "paper.pdf").write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n\x00\x01")
    outs = {}
    for engine, arg in (("local", str(folder)), ("spark", folder.as_uri())):
        out = tmp_path / f"{engine}.jsonl"
        summary = api.clean([arg], out, api.CleanOptions(engine=engine, jobs=1))
        assert [d.code for d in summary.diagnostics if d.file.endswith("paper.pdf")] == [
            "R_NOT_PAPER_DATA"
        ], engine
        outs[engine] = out.read_bytes()
    assert outs["spark"] == outs["local"].replace(
        f'"{folder}/'.encode(), f'"{folder.as_uri()}/'.encode()
    )
