"""Build hook: compile three groups of modules with mypyc, and one C module.

* ``pages``: the page parser (``papercorpus.sources.pages``), about half of the CPU of a
  ``clean`` run; compiled, it costs ~2.4x less (docs/performance.md, "a mypyc-compiled page
  parser").
* ``core``: the folding, line-shape and JSON-field modules the parsers and the keying
  call per record, the keying and the output fields (``CORE`` below; docs/performance.md,
  "mypyc beyond the page parser").
* ``dedup``: what verification compares and its rules (``DEDUP`` below), a group of its
  own because the rules change more often than the folding.

The C module (``NATIVE``) is ``native/*.c``: byte kernels of the hot path (the
signing of folded texts in one pass, a literal scan of folding), each the function of the
package's numpy or Python code bit for bit (``papercorpus.native`` says which runs).

Each group is its own mypyc run and shared library: the groups call each other through
Python, so either may run as ``.py`` while the other runs compiled (the page rules change
often; a stale page module must not make the folding pure too). Everything else in the
project metadata is in pyproject.toml.

The build falls back to plain Python, with one line saying why, when
``PAPERCORPUS_PURE_PYTHON`` is set, when mypyc is missing or refuses a group's sources (a
type error: that group alone), or when no C compiler works. Output is byte-identical
either way.

Next to each group's extension modules (in its package) the build writes
``_compiled.txt``: the sha256 of each source it compiled. ``papercorpus._guard`` reads it
at import time and runs the group's ``.py`` files instead when one no longer matches (an
editable install whose source was edited).
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import sys
import sysconfig
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
MANIFEST = "_compiled.txt"  # (``papercorpus._guard`` reads it)


@dataclass(frozen=True)
class Group:
    """Modules mypyc compiles together, into one shared library inside ``package``."""

    name: str
    package: str  # whose ``__init__`` guards the group, and holds its ``_compiled.txt``
    library: str  # mypyc's shared library (no source)
    modules: tuple[str, ...] = ()  # paths under the package; () for all its public modules

    @property
    def where(self) -> Path:
        return SRC.joinpath(*self.package.split("."))

    def sources(self) -> list[Path]:
        if not self.modules:
            # ``__init__``, ``_trait`` and ``_guard`` stay Python: they run before (or
            # decide whether) the compiled modules load
            return sorted(p for p in self.where.glob("*.py") if not p.name.startswith("_"))
        return [self.where / p for p in self.modules]


# The core and dedup groups' modules: each one's CPU is mostly its own Python
# (per-character and per-line work around str methods, per-field work on JSON objects,
# attribute tests between numpy calls). A dataclass that crosses processes or is public
# (``KeyedBatch``, ``Field``, ``Features``, ``Thresholds``, ``Decision``) stays a Python
# class (``_mypyc.mypyc_attr(native_class=False)``): mypyc's native classes do not pickle.
CORE = (
    "normalize.py",
    "tex.py",
    "title_markers.py",
    "abstracts.py",
    "sources/shape.py",
    "sources/chrome.py",
    "sources/structured/field_text.py",
    "sources/structured/fields.py",
    "sources/structured/jsonl.py",
    "sources/structured/walk.py",
    "keys.py",
    "fields.py",
)
DEDUP = ("features.py", "verify.py")
GROUPS = (
    Group("pages", "papercorpus.sources.pages", "papercorpus.sources.pages._native"),
    Group("core", "papercorpus", "papercorpus._core", CORE),
    Group("dedup", "papercorpus.dedup", "papercorpus.dedup._native", DEDUP),
)
# Hand-written C modules (module name, the folder of its sources: every ``*.c`` there is
# compiled into it): byte kernels of the hot path, each the function of numpy or Python code
# bit for bit (docs/performance.md, "C kernels").
NATIVE = (("papercorpus.native._kernels", SRC / "papercorpus" / "native"),)
NATIVE_DIGEST = SRC / "papercorpus" / "native" / "digest.py"


def _say(msg: str) -> None:
    print(f"papercorpus build: {msg}", file=sys.stderr)


def _manifest(sources: list[Path]) -> str:
    def name(p: Path) -> str:
        return ".".join(p.relative_to(SRC).with_suffix("").parts)

    lines = [f"{name(p)} {hashlib.sha256(p.read_bytes()).hexdigest()}" for p in sources]
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


Built = list[tuple[Group, list, str]]  # (group, its extensions, its _compiled.txt)


def _mypycify(mypycify: Callable[..., list], group: Group) -> tuple[list, str]:
    sources = group.sources()
    manifest = _manifest(sources)  # (hashed before mypyc reads them)
    rel = [str(p.relative_to(HERE)) for p in sources]
    cwd = os.getcwd()
    try:
        os.chdir(HERE)  # (mypy names the modules from paths under src/)
        flags = ["--follow-imports=silent", "--ignore-missing-imports"]
        exts = mypycify([*flags, *rel], opt_level="3", group_name=group.library)
    except (Exception, SystemExit) as exc:  # mypyc exits on a type error
        _say(f"mypyc refused the {group.name} group ({exc!r}): it stays pure Python")
        return [], ""
    finally:
        os.chdir(cwd)
    return exts, manifest


def _native_extensions() -> list[Extension]:
    """The hand-written C modules: their callers' numpy and Python code runs where one is
    not built, and where its source no longer has the sha256 it was built with
    (``papercorpus.native``)."""
    # (the package's own digest, which checks the built module: loaded by its path)
    spec = importlib.util.spec_from_file_location("_native_digest", NATIVE_DIGEST)
    digest = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(digest)  # type: ignore[union-attr]
    exts = []
    for name, folder in NATIVE:
        sources = digest.source_files(folder)
        if not any(p.name == "kernels.c" for p in sources):
            _say(f"{folder}/kernels.c is missing: {name} is not built (its numpy code runs)")
            continue
        exts.append(
            Extension(
                name,
                [str(p.relative_to(HERE)) for p in sources if p.suffix == ".c"],
                depends=[str(p.relative_to(HERE)) for p in sources if p.suffix == ".h"],
                define_macros=[("KERNELS_SOURCE_SHA", f'"{digest.sources_digest(folder)}"')],
                extra_compile_args=["-O3"],
            )
        )
    return exts


def _extensions() -> tuple[Built, list[Extension]]:
    if os.environ.get("PAPERCORPUS_PURE_PYTHON"):
        _say("PAPERCORPUS_PURE_PYTHON is set: every module stays pure Python")
        return [], []
    if not _compiler_works():
        _say("no working C compiler (or no Python headers): every module stays pure Python")
        return [], []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc is not installed: every Python module stays pure Python")
        return [], _native_extensions()
    built = [(g, *_mypycify(mypycify, g)) for g in GROUPS]
    return [(g, exts, manifest) for g, exts, manifest in built if exts], _native_extensions()


def _clear(where: Path) -> None:
    for p in [*where.glob("*.so"), *where.glob("*.pyd"), where / MANIFEST]:
        p.unlink(missing_ok=True)


def _dirs(group: Group, root: Path) -> set[Path]:
    """Where the group's modules and record lie under ``root`` (build/lib, or src/)."""
    rel = [p.parent.relative_to(SRC) for p in group.sources()]
    return {root / r for r in [*rel, group.where.relative_to(SRC)]}


_BUILT: list[tuple[Built, list[Extension]]] = []  # (mypyc runs once a process)


class BuildExt(build_ext):
    """Builds the mypyc extensions, or none when the C compiler fails (then the
    ``.py`` modules are the package); writes each group's ``_compiled.txt`` after a full
    build."""

    def finalize_options(self) -> None:
        # pip's requirements and metadata calls finalize build_ext too (egg_info lists
        # its sources): mypyc runs only when a wheel is built
        if not _BUILT:
            metadata_only = sys.argv[1:2] in (["egg_info"], ["dist_info"], ["sdist"])
            _BUILT.append(([], []) if metadata_only else _extensions())
        self.built, natives = _BUILT[0]
        groups = [e for _, exts, _ in self.built for e in exts]
        self.distribution.ext_modules = groups + natives
        super().finalize_options()

    def _root(self) -> Path:
        # (the directory that holds the top package: src/ in place, build/lib otherwise)
        return Path(self.get_ext_fullpath("papercorpus._probe")).parent.parent

    def run(self) -> None:
        # an earlier build's modules (in place, or in build/lib, which the wheel takes
        # whole) must not outlive this one
        root = self._root()
        for group in GROUPS:
            for where in _dirs(group, root):
                _clear(where)
        for name, _ in NATIVE:
            Path(self.get_ext_fullpath(name)).unlink(missing_ok=True)
        if not self.extensions:
            return
        try:
            super().run()
        except Exception as exc:  # (no compiler, no Python headers, a compile error)
            for ext in self.extensions:  # a partial build must not be picked up
                Path(self.get_ext_fullpath(ext.name)).unlink(missing_ok=True)
            _say(f"compiling failed ({exc!r}): every module stays pure Python")
            return
        for group, _, manifest in self.built:
            (root.joinpath(*group.package.split(".")) / MANIFEST).write_text(manifest, "utf-8")

    def get_outputs(self) -> list[str]:
        outs = super().get_outputs()
        root = self._root()
        outs += [str(root.joinpath(*g.package.split(".")) / MANIFEST) for g, _, _ in self.built]
        return outs


# A stand-in until ``BuildExt`` knows what it builds: it makes the wheel platform-specific
# and the build run ``build_ext``.
setup(
    ext_modules=[Extension("papercorpus._core__mypyc", sources=[])],
    cmdclass={"build_ext": BuildExt},
)
