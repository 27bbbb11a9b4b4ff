"""The modules mypyc compiles (setup.py's groups) declare their module constants ``Final``:
mypyc then inlines a literal and reads an object from a C static, where an unannotated
module name is looked up in the module's globals dict, type-checked and unboxed at every
use (37 lookups a token in the page decoder's hot loop before they were annotated:
docs/performance.md, "the compiled parser's own overhead")."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "src" / "papercorpus"
_UPPER = re.compile(r"^_?[A-Z][A-Z0-9_]*$")
# Left unannotated on purpose: constants tests patch (test_pages_variants.py), and values
# unpacked from one call.
ALLOWED = {
    "TWO_SUBTITLES",
    "UNWRAPPED_TITLE",
    "_STOP_TABLE",
    "_STOP_MASK",
    "_STYLE_HEAD_CODES",
    "_VAR_HEAD_CODES",
}


def _compiled_modules() -> list[Path]:
    """setup.py's groups: the page package whole, and the CORE and DEDUP lists."""
    tree = ast.parse((ROOT / "setup.py").read_text())
    listed: dict[str, list[str]] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) else None
        if isinstance(target, ast.Name) and target.id in ("CORE", "DEDUP"):
            listed[target.id] = ast.literal_eval(node.value)
    assert set(listed) == {"CORE", "DEDUP"}
    # (a package's ``__init__`` is not compiled: it guards the group)
    pages = sorted(p for p in (PACKAGE / "sources" / "pages").glob("*.py") if p.stem != "__init__")
    return [
        *pages,
        *(PACKAGE / p for p in listed["CORE"]),
        *(PACKAGE / "dedup" / p for p in listed["DEDUP"]),
    ]


def _type_alias(value: ast.expr) -> bool:
    """``Lazy = tuple[str, …]``, ``Kind = A | B``: a type, not a value."""
    return isinstance(value, ast.Subscript) or (
        isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr)
    )


def _names(target: ast.expr) -> list[str]:
    """The names a module-level assignment binds (not a subscript's or attribute's)."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Tuple):
        return [n for t in target.elts for n in _names(t)]
    return []


@pytest.mark.parametrize("path", _compiled_modules(), ids=lambda p: p.name)
def test_module_constants_are_final(path: Path) -> None:
    unannotated = []
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign):
            names = [n for t in node.targets for n in _names(t)]
            if names and all(_UPPER.match(n) for n in names) and not _type_alias(node.value):
                unannotated += [n for n in names if n not in ALLOWED]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            name, ann = node.target.id, ast.unparse(node.annotation)
            final = ann.startswith("Final")
            if _UPPER.match(name) and not final and name not in ALLOWED:
                unannotated.append(name)
    assert not unannotated, f"{path.name}: not Final: {unannotated}"
