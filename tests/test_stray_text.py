"""Text files that hold no card give rejects and a warning, not records (issue 14).

``hello`` was already rejected; a readme with a heading over a sentence or two gave papers
(the heading a title, a sentence its "summary"), a blog post's front matter (counted
chrome) opened the page gate for its one sentence, a LICENSE gave a paper ("MIT License"
an organisation line, the licence its abstract) and a CHANGELOG three (its versions titles).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import accounted, read_capture

STRAY = {
    "notes.md": "# Notes\n\nThis folder holds the dumps we scraped in March.\n"
    "Run the script again on Monday.\n",
    "post.md": '---\ntitle: "What we read this week"\ndate: 2025-03-18\ntags: [reading]\n---\n\n'
    "Three papers caught our eye this week, and here is why.\n",
    "README.md": "# papercorpus dumps\n\n## Usage\n\nRun `make` in this folder.\n\n## License\n\n"
    "MIT.\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2025 Jane Doe\n\nPermission is hereby granted, free "
    "of "
    "charge, to any person obtaining a copy\nof this software and associated documentation files "
    '(the "Software"), to deal\nin the Software without restriction, including without '
    "limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or "
    "sell\ncopies of the Software.\n",
    "CHANGELOG.md": "# Changelog\n\n## 0.2.0 - 2025-03-18\n\n- Scrape the weekly pages too.\n"
    "- Fix the date parser for January pages.\n\n## 0.1.0 - 2025-03-01\n\n- First release.\n",
}


@pytest.mark.parametrize("name", sorted(STRAY))
def test_a_file_without_cards_gives_no_record(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(STRAY[name], encoding="utf-8")
    records, log, lines = read_capture(path)
    assert records == []
    assert [w.code for w in log.warnings] == ["W_NO_RECORDS"]
    assert log.rejects and accounted(log, lines)


def test_one_card_pasted_alone_is_a_card(tmp_path: Path) -> None:
    title = "Segment Anything in Medical Images"
    abstract = (
        "We adapt a promptable segmentation model to medical images and show that it "
        "transfers with a few thousand labelled masks; our results hold on eleven datasets."
    )
    path = tmp_path / "one.txt"
    path.write_text(f"{title}\n\n{abstract}\n", encoding="utf-8")
    records, _, _ = read_capture(path)
    assert [(r.title, r.abstract) for r in records] == [(title, abstract)]


def test_titles_over_one_line_summaries_are_still_cards(tmp_path: Path) -> None:
    # no chrome at all: the cards' shape is the page's only evidence
    cards = [
        ("Segment Anything in Medical Images", "We adapt a promptable segmentation model to "
         "medical images and show it transfers with a few thousand labelled masks."),
        ("Scaling Laws for Sparse Mixtures", "Sparse mixtures of experts follow power laws in "
         "their number of experts, with an exponent that depends on the routing."),
    ]  # fmt: skip
    path = tmp_path / "page.txt"
    path.write_text("".join(f"{t}\n{a}\n\n" for t, a in cards), encoding="utf-8")
    records, _, _ = read_capture(path)
    assert [(r.title, r.abstract) for r in records] == cards


UNSEEN = Path(__file__).parent / "fixtures" / "unseen" / "u01_firecrawl_trending.txt"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_pdf_an_image_or_a_table_beside_the_dumps_is_reported_not_fatal(
    tmp_path: Path, jobs: int
) -> None:
    import papercorpus

    folder = tmp_path / "dumps"
    folder.mkdir()
    (folder / "page.txt").write_text(UNSEEN.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "paper.pdf").write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n\x00\x01")
    (folder / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "prices.csv").write_text("date,price\n2025-03-18,12.5\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = papercorpus.clean([str(folder)], out, papercorpus.CleanOptions(jobs=jobs))
    assert summary.kept == 5  # the page's papers
    skipped = sorted(
        Path(d.file).name for d in summary.diagnostics if d.code == "R_NOT_PAPER_DATA"
    )  # fmt: skip
    assert skipped == ["figure.png", "paper.pdf", "prices.csv"]


def test_a_binary_file_named_on_the_command_line_is_an_error(tmp_path: Path) -> None:
    from papercorpus.sources import InputError

    path = tmp_path / "paper.pdf"
    path.write_bytes(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n\x00\x01")
    with pytest.raises(InputError, match="binary file"):
        read_capture(path)
