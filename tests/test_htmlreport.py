"""The HTML review page: content, escaping, and what headless Chromium renders (issue 6)."""

from __future__ import annotations

import inspect
import os
import re
import shutil
import subprocess
from pathlib import Path

import orjson
import pytest

import papercorpus
from papercorpus import api, report
from papercorpus.htmlreport import size_histogram, write_html_page, write_html_report

from .conftest import EXAMPLES

OPTS = papercorpus.CleanOptions(jobs=1)
ABSTRACT_A = (
    "Large language models are increasingly deployed in settings where their outputs must be "
    "verified by humans. We introduce a benchmark of ten thousand questions spanning "
    "mathematics, law and medicine, and we measure how often expert reviewers accept wrong "
    "answers when the model explains itself confidently. Our results show that explanations "
    "increase acceptance of incorrect answers by thirty percent, and that calibrated "
    "uncertainty statements reduce this effect. We release the benchmark, the annotation "
    "protocol and all model outputs to support future research on oversight."
)
ABSTRACT_B = (
    "Diffusion models generate images by reversing a noising process, but sampling remains "
    "slow because hundreds of steps are needed. We propose a distillation method that trains "
    "a student to match the teacher in four steps while preserving sample diversity. On "
    "ImageNet our student reaches an FID close to the teacher with a fifty times speedup, and "
    "ablations show that the diversity term is essential. Code and checkpoints are public."
)
NASTY = "A </script><b>bold</b> title & <!-- friends"


def clean_with_html(inputs: list[str], tmp_path: Path) -> Path:
    """Run ``papercorpus.clean`` and write the review page of that run."""
    page, out = tmp_path / "review.html", tmp_path / "out.jsonl"
    if "html" in inspect.signature(papercorpus.clean).parameters:
        papercorpus.clean(inputs, out, OPTS, html=page)
        return page
    # Until `clean --html` is wired in: call write_html_report from inside clean, where the
    # report is written (corpus open, summary complete), with the run's own Summary.
    seen: dict[str, api.Summary] = {}

    class Recorded(api.Summary):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            seen["summary"] = self

    def write_both(clusters: api.Clusters, path: str) -> int:
        write_html_report(clusters, seen["summary"], page)
        return 0

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(api, "Summary", Recorded)
        mp.setattr(report, "write_cluster_report", write_both)
        papercorpus.clean(inputs, out, OPTS, report=tmp_path / "unused.jsonl")
    return page


def near_duplicate_inputs(tmp_path: Path) -> list[str]:
    a = [
        {"title": "Confident Explanations Mislead Expert Reviewers", "abstract": ABSTRACT_A},
        {"title": "Fast Diffusion Distillation with Diversity", "abstract": ABSTRACT_B},
        {"title": NASTY, "abstract": "Short text that is a summary only."},
    ]
    b = [
        # re-cased title, truncated abstract
        {"title": a[0]["title"].lower(), "abstract": ABSTRACT_A[: len(ABSTRACT_A) * 2 // 3]},
        # revised abstract (v2)
        {"title": a[1]["title"], "abstract": ABSTRACT_B.replace("four", "three")},
        a[2],
    ]
    paths = []
    for name, rows in (("a.jsonl", a), ("b.jsonl", b)):
        path = tmp_path / name
        path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
        paths.append(str(path))
    return paths


def page_data(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="pc-data">(.*?)</script>', text, re.S)
    assert m is not None
    return orjson.loads(m.group(1))


# --------------------------------------------------------------------------- page content


def test_seeds_page_lists_the_35_clusters(tmp_path):
    page = clean_with_html([str(EXAMPLES)], tmp_path)
    data = page_data(page)
    assert len(data["clusters"]) == 35
    assert sorted(c[1] for c in data["clusters"]).count(2) == 32
    assert data["rules"] == ["exact"]
    html = page.read_text(encoding="utf-8")
    for number in ("445", "405", "40", "35"):
        assert f"<b>{number}</b>" in html


def test_page_is_self_contained_and_escaped(tmp_path):
    page = clean_with_html(near_duplicate_inputs(tmp_path), tmp_path)
    html = page.read_text(encoding="utf-8")
    # the title's "</script>" and "<!--" cannot end or comment out the data block
    assert html.count("</script>") == 2
    assert "<!--" not in html
    data = page_data(page)
    titles = {c[3][2] for c in data["clusters"]}
    assert NASTY in titles
    rules = {cp[2] for c in data["clusters"] for cp in c[4]}
    # one exact copy, two near duplicates (whichever rule the engine names for them)
    assert sorted(cp[2] == "exact" for c in data["clusters"] for cp in c[4]) == [
        False, False, True,
    ]  # fmt: skip
    assert "exact" in rules and len(rules) >= 2
    # nothing is fetched: no external resource and a CSP that forbids it
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|@import|url\(""", html)


def test_flags_via_and_scores_reach_the_page(tmp_path):
    cluster = {
        "id": "abc",
        "size": 3,
        "flags": ["chain"],
        "survivor": {"file": "a.txt", "line": 1, "title": "T", "abstract": "x y z"},
        "copies": [
            {"file": "b.txt", "line": 5, "rule": "abstract", "title": "T2", "abstract": "x y",
             "scores": {"jaccard": 0.81}, "via": {"file": "c.txt", "line": 9}, "direct": False},
            {"file": "a.txt", "line": 7, "rule": "exact"},
        ],
    }  # fmt: skip
    page = tmp_path / "p.html"
    assert (
        write_html_page(page, {"records_parsed": 3, "clusters_flagged": {"chain": 1}}, [cluster])
        == 1
    )
    data = page_data(page)
    assert data["files"] == ["a.txt", "b.txt", "c.txt"]
    assert data["clusters"] == [
        ["abc", 3, ["chain"], [0, 1, "T", "x y z", None, None],
         [[1, 5, "abstract", "T2", "x y", {"jaccard": 0.81}, [2, 9, 0], None, None],
          [0, 7, "exact", None, None, None, None, None, None]]],
    ]  # fmt: skip
    assert "1 chain" in page.read_text(encoding="utf-8")


def test_size_histogram():
    assert dict(size_histogram([2, 2, 3, 7, 60, 11])) == {
        "2": 2, "3": 1, "4": 0, "5": 0, "6-10": 1, "11-20": 1, "21-50": 0, "> 50": 1,
    }  # fmt: skip


# --------------------------------------------------------------------------- in a browser


def chromium() -> str:
    for name in (os.environ.get("PAPERCORPUS_CHROMIUM"), "chromium", "chromium-browser"):
        path = name and shutil.which(name)
        if path:
            return path
    pytest.skip("no headless Chromium found (apt-get install chromium; or PAPERCORPUS_CHROMIUM)")


def browse(page: Path, tmp_path: Path, *args: str, fragment: str = "") -> str:
    profile = tmp_path / f"profile-{len(list(tmp_path.glob('profile-*')))}"
    cmd = [
        chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", f"--user-data-dir={profile}", *args, page.as_uri() + fragment,
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    return done.stdout.decode()


def cards(dom: str) -> int:
    return len(re.findall(r'<article class="cl[ "]', dom))


def test_seeds_page_renders_in_chromium(tmp_path):
    page = clean_with_html([str(EXAMPLES)], tmp_path)
    shot = tmp_path / "shot.png"
    dom = browse(page, tmp_path, "--dump-dom", f"--screenshot={shot}", "--window-size=1280,2000")
    assert 'data-ready="1"' in dom
    assert cards(dom) == 35
    assert "Giraffe: Adventures in Expanding Context Lengths in LLMs" in dom
    assert "35 of 35 clusters" in dom
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_near_duplicates_show_word_diffs_in_chromium(tmp_path):
    page = clean_with_html(near_duplicate_inputs(tmp_path), tmp_path)
    dom = browse(page, tmp_path, "--dump-dom")
    assert cards(dom) == 3
    # the truncated copy: the survivor's missing tail is deleted text
    assert "oversight.</del>" in dom
    assert "<ins>three</ins>" in dom and "<del>four</del>" in dom
    # re-cased title: every word differs
    assert "<ins>confident explanations mislead expert reviewers</ins>" in dom
    # the hostile title is text, not markup
    assert "A &lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; title &amp; &lt;!-- friends" in dom
    # filters live in the URL fragment
    filtered = browse(page, tmp_path, "--dump-dom", fragment="#rule=!near&q=diffusion")
    assert cards(filtered) == 1 and "1 of 3 clusters" in filtered


# --------------------------------------------------------------------------- review (issue 16)

BOT_TITLE = "Librarian Bots Comment On Every Paper Page Of The Hub"
BOT = (
    "This is an automated message from the Librarian Bot. I found the following papers "
    "similar to this paper."
)


def review_inputs(tmp_path: Path) -> list[str]:
    """An exact cluster first in output order, then a near-duplicate one; a journal
    extension that is related but not merged; a paper whose abstract is a bot comment."""
    extended = ABSTRACT_A[: len(ABSTRACT_A) // 2] + " " + ABSTRACT_B[len(ABSTRACT_B) // 2 :]
    a = [
        {"title": "Exact Paper Listed Twice", "abstract": ABSTRACT_B},
        {"title": "Confident Explanations Mislead Expert Reviewers", "abstract": ABSTRACT_A},
        {"title": BOT_TITLE, "abstract": BOT},
    ]
    b = [
        {"title": "Exact Paper Listed Twice", "abstract": ABSTRACT_B},
        {"title": "Confident Explanations Mislead Expert Reviewers: Extended Version",
         "abstract": extended},
        {"title": "confident explanations mislead expert reviewers",
         "abstract": ABSTRACT_A[: len(ABSTRACT_A) * 2 // 3], "arxiv_id": "2501.00001"},
        {"title": BOT_TITLE, "abstract": BOT},
    ]  # fmt: skip
    paths = []
    for name, rows in (("a.jsonl", a), ("b.jsonl", b)):
        path = tmp_path / name
        path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
        paths.append(str(path))
    return paths


def test_report_lists_related_pairs_with_scores(tmp_path):
    out, rep = tmp_path / "out.jsonl", tmp_path / "report.jsonl"
    summary = papercorpus.clean(review_inputs(tmp_path), out, OPTS, report=rep)
    lines = [orjson.loads(line) for line in rep.read_bytes().splitlines()]
    assert [x["kind"] for x in lines] == ["cluster", "cluster", "cluster", "related"]
    related = lines[-1]
    assert related["a"]["title"] == "confident explanations mislead expert reviewers"
    assert related["b"]["title"].endswith("Extended Version")
    assert related["a"]["id"] != related["b"]["id"]  # two output rows
    assert 0 < related["scores"]["jaccard"] < 1
    assert summary.related_rows == 1
    bot = next(x for x in lines if x.get("survivor", {}).get("title") == BOT_TITLE)
    assert bot["survivor"]["junk"] == "bot"
    # the page, written from the report lines, lists the pair too
    page = tmp_path / "from-report.html"
    write_html_page(page, {}, lines)
    assert len(page_data(page)["related"]) == 1


def test_review_order_related_tab_search_and_marks_in_chromium(tmp_path):
    page = clean_with_html(review_inputs(tmp_path), tmp_path)
    data = page_data(page)
    exact, near, bot = (next(i for i, c in enumerate(data["clusters"]) if c[3][2] == t)
                        for t in ("Exact Paper Listed Twice",
                                  "Confident Explanations Mislead Expert Reviewers",
                                  BOT_TITLE))  # fmt: skip
    assert exact < near  # output order: the exact cluster comes first ...
    dom = browse(page, tmp_path, "--dump-dom")
    order = [int(k) for k in re.findall(r'data-cluster="(\d+)"', dom)]
    assert order[0] == near and set(order) == {exact, near, bot}  # ... the page: doubtful first
    assert "junk abstract: bot" in dom
    assert "Related, not merged (1)" in dom
    by_output = browse(page, tmp_path, "--dump-dom", fragment="#sort=input")
    assert [int(k) for k in re.findall(r'data-cluster="(\d+)"', by_output)] == sorted(order)
    related = browse(page, tmp_path, "--dump-dom", fragment="#tab=related")
    assert len(re.findall(r'<article class="rel"', related)) == 1 and cards(related) == 0
    assert "related, not merged" in related and "jaccard" in related
    assert "Extended Version" in related and "1 of 1 related pairs" in related
    # search finds arXiv ids and file names, not only titles
    by_id = browse(page, tmp_path, "--dump-dom", fragment="#q=2501.00001")
    assert [int(k) for k in re.findall(r'data-cluster="(\d+)"', by_id)] == [near]
    by_file = browse(page, tmp_path, "--dump-dom", fragment="#q=b.jsonl")
    assert cards(by_file) == 3


def test_related_pairs_do_not_depend_on_the_worker_count(tmp_path):
    inputs = review_inputs(tmp_path)
    reports = []
    for jobs in (1, 2):
        rep = tmp_path / f"report{jobs}.jsonl"
        opts = papercorpus.CleanOptions(jobs=jobs)
        papercorpus.clean(inputs, tmp_path / f"out{jobs}.jsonl", opts, report=rep)
        reports.append(rep.read_bytes())
    assert reports[0] == reports[1] and b'"kind":"related"' in reports[0]
