"""``trait``: mypyc's marker for a mixin class (mypyc compiles a class with one base
only, plus traits); an identity decorator when the modules run as plain Python.

Not compiled itself: the compiled modules import the name at run time."""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["trait"]

if TYPE_CHECKING:
    from mypy_extensions import trait
else:

    def trait(cls):
        return cls
