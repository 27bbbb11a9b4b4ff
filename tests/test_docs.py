"""The docs cannot drift from the commands: every option is documented where users look."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from papercorpus.check_cli import check
from papercorpus.cli import main
from papercorpus.index_cli import index

from .conftest import ROOT


def _options(command) -> list[str]:
    return [opt for param in command.params for opt in param.opts if opt.startswith("--")]


@pytest.mark.parametrize(
    ("option", "doc"),
    [(opt, "README.md") for opt in _options(main.commands["clean"])]
    + [(opt, "docs/check.md") for opt in _options(check)]
    + [(opt, "README.md") for cmd in index.commands.values() for opt in _options(cmd)],
)
def test_every_option_is_documented(option: str, doc: str) -> None:
    text = Path(ROOT, doc).read_text(encoding="utf-8")
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", text), f"{option} is not in {doc}"
