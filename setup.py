"""Build hook: compile the page parser (``papercorpus.sources.pages``) with mypyc.

The parser is about half of the CPU of a ``clean`` run; compiled, it costs ~2.4x less
(docs/performance.md, "a mypyc-compiled page parser"). Everything else in the project
metadata is in pyproject.toml.

The build falls back to plain Python, with one line saying why, when
``PAPERCORPUS_PURE_PYTHON`` is set, when mypyc is missing or refuses the sources (a type
error), or when no C compiler works. Output is byte-identical either way.

Next to the extension modules the build writes ``_compiled.txt``: the sha256 of each
source it compiled. ``pages/_guard.py`` reads it at import time and runs the ``.py``
files instead when one no longer matches (an editable install whose source was edited).
"""

from __future__ import annotations

import hashlib
import os
import sys
import sysconfig
import tempfile
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
PACKAGE = "papercorpus.sources.pages"
PAGES = HERE / "src" / "papercorpus" / "sources" / "pages"
MANIFEST = "_compiled.txt"  # (``pages/_guard.py`` reads it)
GROUP = f"{PACKAGE}._native"  # mypyc's shared library, kept inside the package


def _say(msg: str) -> None:
    print(f"papercorpus build: {msg}", file=sys.stderr)


def _compiled_sources() -> list[Path]:
    # ``__init__``, ``_trait`` and ``_guard`` stay Python: they run before (or decide
    # whether) the compiled modules load
    return sorted(p for p in PAGES.glob("*.py") if not p.name.startswith("_"))


def _manifest(sources: list[Path]) -> str:
    lines = [f"{PACKAGE}.{p.stem} {hashlib.sha256(p.read_bytes()).hexdigest()}" for p in sources]
    return "\n".join(lines) + "\n"


def _compiler_works() -> bool:
    """Compile a file that includes Python.h, as build_ext would: saves mypyc's minute
    of analysis on a machine where the compile would fail anyway."""
    from distutils.ccompiler import new_compiler  # (setuptools' own, as build_ext uses)
    from distutils.errors import CCompilerError, DistutilsError
    from distutils.sysconfig import customize_compiler

    try:
        cc = new_compiler()
        customize_compiler(cc)
        with tempfile.TemporaryDirectory() as tmp:
            probe = Path(tmp, "probe.c")
            probe.write_text("#include <Python.h>\nint probe(void) { return 0; }\n")
            cc.compile([str(probe)], output_dir=tmp, include_dirs=[sysconfig.get_path("include")])
    except (CCompilerError, DistutilsError, OSError):
        return False
    return True


def _extensions() -> tuple[list, str]:
    if os.environ.get("PAPERCORPUS_PURE_PYTHON"):
        _say("PAPERCORPUS_PURE_PYTHON is set: the page parser stays pure Python")
        return [], ""
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc is not installed: the page parser stays pure Python")
        return [], ""
    if not _compiler_works():
        _say("no working C compiler (or no Python headers): the page parser stays pure Python")
        return [], ""
    sources = _compiled_sources()
    manifest = _manifest(sources)  # (hashed before mypyc reads them)
    rel = [str(p.relative_to(HERE)) for p in sources]
    cwd = os.getcwd()
    try:
        os.chdir(HERE)  # (mypy names the modules from paths under src/)
        flags = ["--follow-imports=silent", "--ignore-missing-imports"]
        exts = mypycify([*flags, *rel], opt_level="3", group_name=GROUP)
    except (Exception, SystemExit) as exc:  # mypyc exits on a type error
        _say(f"mypyc refused the page parser ({exc!r}): it stays pure Python")
        return [], ""
    finally:
        os.chdir(cwd)
    return exts, manifest


def _clear(where: Path) -> None:
    for p in [*where.glob("*.so"), *where.glob("*.pyd"), where / MANIFEST]:
        p.unlink(missing_ok=True)


_BUILT: dict[str, tuple[list, str]] = {}  # (mypyc runs once a process)


class BuildExt(build_ext):
    """Builds the mypyc extensions, or none when the C compiler fails (then the
    ``.py`` modules are the package); writes ``_compiled.txt`` after a full build."""

    def finalize_options(self) -> None:
        # pip's requirements and metadata calls finalize build_ext too (egg_info lists
        # its sources): mypyc runs only when a wheel is built
        if sys.argv[1:2] in (["egg_info"], ["dist_info"], ["sdist"]):
            _BUILT.setdefault("pages", ([], ""))
        if not _BUILT:
            _BUILT["pages"] = _extensions()
        self.distribution.ext_modules, self.manifest = _BUILT["pages"]
        super().finalize_options()

    def run(self) -> None:
        # an earlier build's modules (in place, or in build/lib, which the wheel takes
        # whole) must not outlive this one
        out = Path(self.get_ext_fullpath(f"{PACKAGE}.parser")).parent
        _clear(out)
        if not self.extensions:
            return
        try:
            super().run()
        except Exception as exc:  # (no compiler, no Python headers, a compile error)
            for ext in self.extensions:  # a partial build must not be picked up
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            _say(f"compiling failed ({exc!r}): the page parser stays pure Python")
            return
        (out / MANIFEST).write_text(self.manifest, encoding="utf-8")

    def get_outputs(self) -> list[str]:
        outs = super().get_outputs()
        if self.extensions:
            out = Path(self.get_ext_fullpath(f"{PACKAGE}.parser")).parent
            outs.append(str(out / MANIFEST))
        return outs


# A stand-in until ``BuildExt`` knows what it builds: it makes the wheel platform-specific
# and the build run ``build_ext``.
setup(
    ext_modules=[Extension(f"{GROUP}__mypyc", sources=[])],
    cmdclass={"build_ext": BuildExt},
)
