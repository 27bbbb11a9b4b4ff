"""Which build of this package runs: mypyc's extension modules or the ``.py`` files.

The build (setup.py) may compile this package's modules with mypyc; an extension module
next to its ``.py`` wins the import. That would run stale code after an edit in an
editable install, so the build writes ``_compiled.txt`` (the sha256 of each source it
compiled) and ``use_sources`` checks it before any module of the package loads: when a
source no longer matches, a module is compiled without its record (or the reverse), or
``PAPERCORPUS_PURE_PYTHON`` is set, every module of the package is read from its ``.py``
(all or none: compiled modules call each other's C code directly).
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

__all__ = ["MANIFEST", "PURE_ENV", "use_sources"]

MANIFEST = "_compiled.txt"
PURE_ENV = "PAPERCORPUS_PURE_PYTHON"


class _SourceFirst:
    """A meta path finder that loads the named modules from their ``.py`` files."""

    def __init__(self, sources: dict[str, Path]) -> None:
        self.sources = sources

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        src = self.sources.get(name)
        return None if src is None else importlib.util.spec_from_file_location(name, src)


def _compiled_modules(here: Path, package: str) -> set[str]:
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = (p.name for p in here.iterdir() if p.name.endswith(suffixes))
    return {f"{package}.{name.split('.', 1)[0]}" for name in found}


def _stale(here: Path, package: str, compiled: set[str]) -> str:
    """Why the compiled modules must not run ("": they may)."""
    try:
        lines = (here / MANIFEST).read_text(encoding="utf-8").split("\n")
    except OSError:
        return f"no {MANIFEST}"
    recorded = dict(line.split(" ", 1) for line in lines if line)
    native = f"{package}._native__mypyc"  # (mypyc's shared library: no source)
    if set(recorded) != compiled - {native}:
        return f"{MANIFEST} does not list the compiled modules"
    for name, digest in recorded.items():
        src = here / f"{name.rsplit('.', 1)[1]}.py"
        try:
            if hashlib.sha256(src.read_bytes()).hexdigest() != digest:
                return f"{src.name} changed since it was compiled"
        except OSError:
            return f"{src.name} is missing"
    return ""


def use_sources(package: str, init_file: str) -> bool:
    """Run the package's ``.py`` files when its compiled modules are stale or unwanted;
    called by the package's ``__init__`` before it imports any of them. True: the
    compiled modules run."""
    here = Path(init_file).parent
    compiled = _compiled_modules(here, package)
    if not compiled:
        return False
    why = "" if not os.environ.get(PURE_ENV) else f"{PURE_ENV} is set"
    if not why:
        why = _stale(here, package, compiled)
        if why:
            warnings.warn(
                f"{package}: {why}; running its .py files (pip install -e . rebuilds it)",
                RuntimeWarning,
                stacklevel=3,
            )
    if not why:
        return True
    sources = {name: here / f"{name.rsplit('.', 1)[1]}.py" for name in compiled}
    sys.meta_path.insert(0, _SourceFirst({n: p for n, p in sources.items() if p.exists()}))
    return False
