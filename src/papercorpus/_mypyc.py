"""``mypyc_attr``: mypyc's per-class options, here used as
``@mypyc_attr(native_class=False)`` so a dataclass of a compiled module stays a Python
class (mypyc's native classes do not pickle, and records' keys, features and thresholds
cross to worker processes); a no-op decorator when the modules run as plain Python.

Not compiled itself: the compiled modules import the name at run time, and the project
needs no ``mypy_extensions`` to run."""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["mypyc_attr"]

if TYPE_CHECKING:
    from mypy_extensions import mypyc_attr
else:

    def mypyc_attr(*_args, **_kwargs):
        return lambda cls: cls
