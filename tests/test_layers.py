"""The house stands: imports run one way, down the layers, and no module reaches itself again.

Every ``import`` and ``from ... import`` of ``src/papercorpus`` counts, including the ones
inside functions and under ``if TYPE_CHECKING:``: those are exactly where a loop hides. A
dotted import also counts as an import of the packages it runs first (``keys`` importing
``dedup.shingles`` ran ``dedup/__init__``, and through it the whole engine). The source is
read with ``ast``, nothing is imported.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import pytest

PACKAGE = "papercorpus"
SRC = Path(__file__).resolve().parents[1] / "src" / PACKAGE

# Top to bottom. A module may import from its own layer and from the layers below it. A name
# covers the module and everything under it ("sources" is sources/ and all its submodules);
# "" is the package's own __init__, which only re-exports.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("", "__main__", "cli", "check_cli", "index_cli", "cli_options", "cli_progress"),
    ("check",),
    # The Spark engine (issue 19) runs the stages below on a cluster, with the local
    # engine's own functions, down to the output writer's renderer.
    ("api", "incremental", "incremental_plan", "incremental_relist", "spark"),
    ("output", "report", "htmlreport", "run_io"),
    ("results",),
    ("dedup", "ingest", "index"),
    ("store", "sources", "sinks"),
    ("spill",),
    ("keys",),
    (
        "records",
        "normalize",
        "tex",
        "title_markers",
        "parallel",
        "sketch",
        "exits",
        "progress",
        "abstracts",
        "dates",
        "fields",
    ),
    # the C kernels (byte loops of the layers above, each their numpy code's function)
    ("native",),
    # which build runs (mypyc's or the .py files), decided before any module loads; mypyc's
    # class options, a no-op in Python
    ("_guard", "_mypyc"),
)


def modules_of(root: Path, package: str) -> dict[str, Path]:
    """Dotted module name -> file, for every ``.py`` file of the package at ``root``."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _ancestors(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def _imported_names(module: str, path: Path) -> Iterable[str]:
    """Every dotted name an import statement of ``module`` may load, relative ones resolved."""
    package = (module if path.name == "__init__.py" else module.rpartition(".")[0]).split(".")
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            yield source
            # ``from pkg import name`` loads the submodule pkg.name when there is one.
            yield from (f"{source}.{alias.name}" for alias in node.names)


def import_graph(root: Path = SRC, package: str = PACKAGE) -> dict[str, set[str]]:
    """Module -> the package's modules it imports (directly, or as packages run first)."""
    modules = modules_of(root, package)
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        own = {module, *_ancestors(module)}  # already running when this module runs
        targets = set()
        for name in _imported_names(module, path):
            if name in modules:
                targets.update(t for t in (name, *_ancestors(name)) if t not in own)
        graph[module] = targets
    return graph


def layer_of(module: str, package: str = PACKAGE) -> int | None:
    rel = module.removeprefix(package).removeprefix(".")
    for level, names in enumerate(LAYERS):
        for name in names:
            if rel == name or (name and rel.startswith(name + ".")):
                return level
    return None


def cyclic_groups(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that reach each other through imports (Tarjan's strongly
    connected components of more than one module, or one importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1 or v in graph.get(v, ()):
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def loop_through(group: list[str], graph: dict[str, set[str]]) -> list[str]:
    """A shortest path from the group's first module back to itself, inside the group."""
    start, members = group[0], set(group)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(graph[v] & members):
                if w == start:
                    return [*paths[v], start]
                if w not in paths:
                    paths[w] = [*paths[v], w]
                    nxt.append(w)
        frontier = nxt
    return group  # pragma: no cover - a strongly connected group always has a loop


def test_every_module_has_a_layer() -> None:
    missing = [m for m in import_graph() if layer_of(m) is None]
    if missing:
        pytest.fail(f"modules in no layer (add them to LAYERS): {missing}")


def test_imports_run_down_the_layers() -> None:
    graph = import_graph()
    level = {m: layer_of(m) for m in graph}
    upward = [
        f"{a} (layer {level[a]}) imports {b} (layer {level[b]})"
        for a in sorted(graph)
        for b in sorted(graph[a])
        if level[a] is not None and level[b] is not None and level[b] < level[a]
    ]
    if upward:
        pytest.fail("imports up the layers:\n" + "\n".join(upward))


def test_no_import_cycles() -> None:
    graph = import_graph()
    groups = cyclic_groups(graph)
    if groups:
        pytest.fail(
            "import cycles:\n"
            + "\n".join(
                f"{' -> '.join(loop_through(group, graph))}  (all of {', '.join(group)})"
                for group in groups
            )
        )


def test_the_walker_sees_hidden_and_package_imports(tmp_path: Path) -> None:
    # The loop issue 12 found, in miniature: keys -> dedup.shingles runs dedup/__init__,
    # which imports engine -> store -> keys; plus a back-edge hidden under TYPE_CHECKING.
    files = {
        "__init__.py": "",
        "keys.py": "from .dedup.shingles import mix\n",
        "store.py": "from .keys import KeyedBatch\n",
        "report.py": "import typing\nif typing.TYPE_CHECKING:\n    from .api import S\n",
        "api.py": "def clean():\n    from . import report\n",
        "dedup/__init__.py": "from .engine import find\n",
        "dedup/engine.py": "from ..store import Corpus\n",
        "dedup/shingles.py": "import numpy\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    graph = import_graph(tmp_path, "pkg")
    assert graph["pkg.keys"] == {"pkg.dedup", "pkg.dedup.shingles"}
    assert graph["pkg.report"] == {"pkg.api"}
    groups = cyclic_groups(graph)
    assert groups == [
        ["pkg.api", "pkg.report"],
        ["pkg.dedup", "pkg.dedup.engine", "pkg.keys", "pkg.store"],
    ]
    assert loop_through(groups[1], graph) == [
        "pkg.dedup",
        "pkg.dedup.engine",
        "pkg.store",
        "pkg.keys",
        "pkg.dedup",
    ]
