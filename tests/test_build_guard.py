"""The compiled-build guard for groups that span subpackages (``papercorpus._guard``, the
"core" group of setup.py): stale mypyc modules never run; a subpackage with a guard of its
own is left to it."""

from __future__ import annotations

import hashlib
import importlib
import importlib.machinery
import os
import shutil
import sys

import pytest

from papercorpus import _guard

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
INIT = (
    "from papercorpus import _guard\n"
    "COMPILED = _guard.use_sources(__name__, __file__, skip=('own',))\n"
)
NAMES = ("fakecore", "fakecore.sub", "fakecore.sub.b", "fakecore.own", "fakecore.own.c")


@pytest.fixture
def package(tmp_path, monkeypatch):
    """``fakecore`` with a (broken) extension beside ``sub/b.py``, and one in ``own/``
    (another group's, never loaded here)."""
    pkg = tmp_path / "fakecore"
    for d in (pkg, pkg / "sub", pkg / "own"):
        d.mkdir()
        (d / "__init__.py").write_text("")
    (pkg / "__init__.py").write_text(INIT)
    (pkg / "sub" / "b.py").write_text("WHERE = 'py'\n")
    (pkg / "sub" / f"b{SUFFIX}").write_bytes(b"not a shared object")
    (pkg / "own" / f"c{SUFFIX}").write_bytes(b"not a shared object")
    (pkg / f"_g__mypyc{SUFFIX}").write_bytes(b"not a shared object")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.delenv(_guard.PURE_ENV, raising=False)
    yield pkg
    for name in NAMES:
        sys.modules.pop(name, None)


def _record(pkg, source: bytes) -> None:
    digest = hashlib.sha256(source).hexdigest()
    (pkg / _guard.MANIFEST).write_text(f"fakecore.sub.b {digest}\n")


def test_edited_source_in_a_subpackage_runs_as_python(package):
    _record(package, b"WHERE = 'compiled'\n")
    with pytest.warns(RuntimeWarning, match="sub/b.py changed since it was compiled"):
        pkg = importlib.import_module("fakecore")
    assert not pkg.COMPILED
    assert importlib.import_module("fakecore.sub.b").WHERE == "py"


def test_a_module_compiled_without_its_record_runs_as_python(package):
    (package / f"a{SUFFIX}").write_bytes(b"not a shared object")
    (package / "a.py").write_text("WHERE = 'py'\n")
    _record(package, (package / "sub" / "b.py").read_bytes())
    with pytest.warns(RuntimeWarning, match="does not list the compiled modules"):
        assert not importlib.import_module("fakecore").COMPILED
    assert importlib.import_module("fakecore.sub.b").WHERE == "py"


def test_current_record_keeps_the_compiled_modules(package):
    _record(package, (package / "sub" / "b.py").read_bytes())
    # the skipped subpackage's extension and the group's shared library need no record
    compiled = _guard._compiled_modules(package, "fakecore", ("own",))
    assert compiled == {"fakecore.sub.b", "fakecore._g__mypyc"}
    assert _guard.stale_reason(package, "fakecore", compiled) == ""
    assert importlib.import_module("fakecore").COMPILED


@pytest.mark.skipif(
    not os.environ.get("CI"), reason="CI only: a developer's install may run its sources"
)
@pytest.mark.skipif(not shutil.which("cc"), reason="no C compiler: the build stays pure Python")
@pytest.mark.parametrize("group", ["papercorpus", "papercorpus.dedup", "papercorpus.sources.pages"])
def test_ci_runs_the_compiled_build(group):
    # A type error in a module of a group makes the build fall back to Python, and pip -q
    # hides the line that says so: the output would not change, only the speed.
    if os.environ.get(_guard.PURE_ENV):
        pytest.skip(f"{_guard.PURE_ENV} is set")
    assert importlib.import_module(group).COMPILED, (
        f"{group} was not compiled (see setup.py's build output)"
    )


@pytest.mark.skipif(
    not os.environ.get("CI"), reason="CI only: a developer's install may run its sources"
)
@pytest.mark.skipif(not shutil.which("cc"), reason="no C compiler: the build stays pure Python")
def test_ci_runs_the_c_kernels():
    if os.environ.get(_guard.PURE_ENV):
        pytest.skip(f"{_guard.PURE_ENV} is set")
    from papercorpus.native import KERNELS

    assert KERNELS is not None, "papercorpus.native._kernels was not built (see setup.py)"
