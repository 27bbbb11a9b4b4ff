"""The C kernels (``kernels.c``, ``signing.c``, ``scans.c``, built by setup.py into one
module where a C compiler works): ``KERNELS``, the module, or ``None`` where the package's
numpy and Python code runs instead, bit for bit the same function: where it was not built,
where ``PAPERCORPUS_PURE_PYTHON`` is set, and where a source changed since it was built (an
editable install: ``pip install -e .`` rebuilds it).

A leaf: nothing from the rest of the package, so every layer may use it.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from types import ModuleType

from .digest import sources_digest

__all__ = ["KERNELS", "sources_digest"]

# (``papercorpus._guard.PURE_ENV``)
_PURE_ENV = "PAPERCORPUS_PURE_PYTHON"


def _load() -> ModuleType | None:
    if os.environ.get(_PURE_ENV):
        return None
    try:
        from . import _kernels  # type: ignore[attr-defined]
    except ImportError:
        return None
    here = Path(__file__).parent
    built_from = getattr(_kernels, "SOURCE_SHA", None)
    if (here / "kernels.c").exists() and sources_digest(here) != built_from:
        warnings.warn(
            f"{__name__}: its C sources changed since they were compiled; running the numpy "
            "and Python code instead (pip install -e . rebuilds them)",
            RuntimeWarning,
            stacklevel=2,
        )
        return None
    return _kernels


KERNELS = _load()
