from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


def require(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not available (needs ../shared beside the repository)")
    return path
