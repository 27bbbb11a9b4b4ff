"""Which build of a package runs: mypyc's extension modules or the ``.py`` files.

The build (setup.py) compiles three groups of modules with mypyc: the page parser
(``sources/pages``, guarded by its own ``__init__``), the folding, line-shape, JSON-field and
keying modules (setup.py's ``CORE``, guarded by ``papercorpus/__init__``) and verification's
features and rules (``DEDUP``, guarded by ``dedup/__init__``). An extension
module next to its ``.py`` wins the import; that would run stale code after an edit in an
editable install, so the build writes ``_compiled.txt`` in the group's package (the sha256
of each source it compiled) and ``use_sources`` checks it before any module of the group
loads: when a source no longer matches, a module is compiled without its record (or the
reverse), or ``PAPERCORPUS_PURE_PYTHON`` is set, every module of the group is read from its
``.py`` (all or none: compiled modules of a group call each other's C code directly).

This module stays Python: it decides whether the compiled ones load.
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


def _source(here: Path, package: str, name: str) -> Path:
    return here.joinpath(*name[len(package) + 1 :].split(".")).with_suffix(".py")


def _compiled_modules(here: Path, package: str, skip: Sequence[str]) -> set[str]:
    """The extension modules under ``here`` (subpackages too, but those in ``skip``,
    relative paths of subpackages with a group and a guard of their own)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found: set[str] = set()
    for top, dirs, files in os.walk(here):
        rel = Path(top).relative_to(here)
        dirs[:] = [d for d in dirs if d != "__pycache__" and (rel / d).as_posix() not in skip]
        prefix = ".".join((package, *rel.parts))
        found.update(f"{prefix}.{f.split('.', 1)[0]}" for f in files if f.endswith(suffixes))
    return found


def stale_reason(here: Path, package: str, compiled: set[str]) -> str:
    """Why the compiled modules must not run ("": they may)."""
    try:
        lines = (here / MANIFEST).read_text(encoding="utf-8").split("\n")
    except OSError:
        return f"no {MANIFEST}"
    recorded = dict(line.split(" ", 1) for line in lines if line)
    # (mypyc's shared library of the group has no source)
    if set(recorded) != {n for n in compiled if not n.endswith("__mypyc")}:
        return f"{MANIFEST} does not list the compiled modules"
    for name, digest in recorded.items():
        src = _source(here, package, name)
        try:
            if hashlib.sha256(src.read_bytes()).hexdigest() != digest:
                return f"{src.relative_to(here)} changed since it was compiled"
        except OSError:
            return f"{src.relative_to(here)} is missing"
    return ""


def use_sources(package: str, init_file: str, skip: Sequence[str] = ()) -> bool:
    """Run the group's ``.py`` files when its compiled modules are stale or unwanted;
    called by the package's ``__init__`` before it imports any of them. True: the
    compiled modules run."""
    here = Path(init_file).parent
    compiled = _compiled_modules(here, package, skip)
    if not compiled:
        return False
    why = "" if not os.environ.get(PURE_ENV) else f"{PURE_ENV} is set"
    if not why:
        why = stale_reason(here, package, compiled)
        if why:
            warnings.warn(
                f"{package}: {why}; running its .py files (pip install -e . rebuilds it)",
                RuntimeWarning,
                stacklevel=3,
            )
    if not why:
        return True
    sources = {name: _source(here, package, name) for name in compiled}
    sys.meta_path.insert(0, _SourceFirst({n: p for n, p in sources.items() if p.exists()}))
    return False
