"""The compiled-build guard (``pages/_guard.py``): stale mypyc modules never run."""

from __future__ import annotations

import hashlib
import importlib
import importlib.machinery
import sys

import pytest

from papercorpus.sources.pages import _guard

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]
INIT = (
    "from papercorpus.sources.pages import _guard\n"
    "COMPILED = _guard.use_sources(__name__, __file__)\n"
)


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A package ``fakepages`` whose module ``a`` has a (broken) extension beside it."""
    pkg = tmp_path / "fakepages"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(INIT)
    (pkg / "a.py").write_text("WHERE = 'py'\n")
    (pkg / f"a{SUFFIX}").write_bytes(b"not a shared object")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(sys, "meta_path", list(sys.meta_path))
    monkeypatch.delenv(_guard.PURE_ENV, raising=False)
    yield pkg
    for name in ("fakepages", "fakepages.a"):
        sys.modules.pop(name, None)


def _record(pkg, source: bytes) -> None:
    digest = hashlib.sha256(source).hexdigest()
    (pkg / _guard.MANIFEST).write_text(f"fakepages.a {digest}\n")


def test_edited_source_runs_as_python(package):
    _record(package, b"WHERE = 'compiled'\n")  # the source the extension was built from
    with pytest.warns(RuntimeWarning, match="a.py changed since it was compiled"):
        pkg = importlib.import_module("fakepages")
    assert not pkg.COMPILED
    assert importlib.import_module("fakepages.a").WHERE == "py"


def test_no_record_runs_as_python(package):
    with pytest.warns(RuntimeWarning, match="no _compiled.txt"):
        pkg = importlib.import_module("fakepages")
    assert not pkg.COMPILED
    assert importlib.import_module("fakepages.a").WHERE == "py"


def test_pure_env_runs_as_python_quietly(package, monkeypatch, recwarn):
    _record(package, (package / "a.py").read_bytes())
    monkeypatch.setenv(_guard.PURE_ENV, "1")
    assert not importlib.import_module("fakepages").COMPILED
    assert importlib.import_module("fakepages.a").WHERE == "py"
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]


def test_current_record_keeps_the_compiled_module(package):
    _record(package, (package / "a.py").read_bytes())
    assert _guard.stale_reason(package, "fakepages", {"fakepages.a"}) == ""
    assert importlib.import_module("fakepages").COMPILED
