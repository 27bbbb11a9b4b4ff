"""``check DIR`` skips a PDF or an image found beside the corpus, as ``clean DIR`` does
(a warning, the other files checked); named on the command line it stays an input error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from papercorpus.check import check_files
from papercorpus.check.problems import CheckInputError

EXAMPLE = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))[0]
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
PNG_WITH_NUL = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
NUL_INSIDE = b"a note\n\x00binary tail\n"


@pytest.mark.parametrize("name, data", [("paper.pdf", PDF), ("figure.png", PNG_WITH_NUL),
                                        ("blob.txt", NUL_INSIDE)])  # fmt: skip
def test_a_binary_file_found_in_a_directory_is_a_warning(
    tmp_path: Path, name: str, data: bytes
) -> None:
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    (tmp_path / name).write_bytes(data)
    result = check_files([str(tmp_path)])
    found = [p for p in result.problems if p.code == "C_NOT_PAPER_DATA"]
    assert [(p.file, p.severity) for p in found] == [(str(tmp_path / name), "warning")]
    assert "skipped (found in a directory)" in found[0].message
    assert result.rows > 0  # the example beside it was checked
    assert not result.failed


def test_a_binary_file_named_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "paper.pdf").write_bytes(PDF)
    with pytest.raises(CheckInputError, match="paper.pdf: binary file"):
        check_files([str(tmp_path / "paper.pdf")])
