"""Source rules for the modules setup.py compiles with mypyc, which the pure build's tests
cannot catch: the suite runs compiled only in CI's own build.

A generator function defined inside another function compiled, but lost its closure at run
time (``AttributeError: __mypyc_env__``, ``pages/mail.py`` in round 29); its pure build
passed every test. Compiled modules keep their generator functions at module level (or as
methods)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "papercorpus"
FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)


def _tuple(setup: ast.Module, name: str) -> tuple[str, ...]:
    for node in setup.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError(f"setup.py has no {name}")


def compiled_sources() -> list[Path]:
    """The modules of setup.py's groups: all public modules of ``sources/pages``, and the
    ``CORE`` and ``DEDUP`` lists (read from setup.py's source: importing it would build)."""
    setup = ast.parse((ROOT / "setup.py").read_text("utf-8"))
    pages = SRC / "sources" / "pages"
    found = sorted(p for p in pages.glob("*.py") if not p.name.startswith("_"))
    found += [SRC / p for p in _tuple(setup, "CORE")]
    found += [SRC / "dedup" / p for p in _tuple(setup, "DEDUP")]
    return found


def _yields(func: ast.AST) -> bool:
    """Whether ``func`` itself is a generator (a yield not inside a nested scope)."""
    todo = list(ast.iter_child_nodes(func))
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
        if not isinstance(node, (*FUNCS, ast.Lambda, ast.ClassDef)):
            todo.extend(ast.iter_child_nodes(node))
    return False


def nested_generators(tree: ast.Module) -> list[tuple[int, str]]:
    """(line, name) of each generator function defined inside a function's body."""
    out = []
    for outer in ast.walk(tree):
        if not isinstance(outer, FUNCS):
            continue
        for node in ast.walk(outer):
            if node is not outer and isinstance(node, FUNCS) and _yields(node):
                out.append((node.lineno, node.name))
    return sorted(set(out))


def test_the_list_is_the_build_list():
    sources = compiled_sources()
    assert len(sources) > 20
    assert all(p.is_file() for p in sources), [p for p in sources if not p.is_file()]


@pytest.mark.parametrize("path", compiled_sources(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_generator_nested_in_a_function(path):
    found = nested_generators(ast.parse(path.read_text("utf-8")))
    assert not found, f"{path.relative_to(ROOT)}: nested generator functions {found}"


def test_the_rule_sees_a_nested_generator():
    tree = ast.parse(
        "def outer(xs):\n"
        "    def inner():\n"
        "        for x in xs:\n"
        "            yield x\n"
        "    return list(inner())\n"
        "def flat(xs):\n"
        "    yield from xs\n"
        "    f = lambda: (yield)\n"
    )
    assert nested_generators(tree) == [(2, "inner")]
