"""The digest of the C kernels' sources: setup.py bakes it into the module it builds from
them (``SOURCE_SHA``), and ``papercorpus.native`` compares it with the files beside the
module before it uses it. Standard library only: setup.py loads this file by its path,
before the package is built."""

from __future__ import annotations

import hashlib
from pathlib import Path

__all__ = ["source_files", "sources_digest"]


def source_files(folder: Path) -> list[Path]:
    """The C sources in ``folder`` (``*.c`` and ``*.h``), by name."""
    return sorted([*folder.glob("*.c"), *folder.glob("*.h")], key=lambda p: p.name)


def sources_digest(folder: Path) -> str:
    """The sha256 of the C sources in ``folder``, each named."""
    digest = hashlib.sha256()
    for path in source_files(folder):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
