"""The C kernels (``kernels.c``, built by setup.py where a C compiler works): ``KERNELS``,
the module, or ``None`` where the package's numpy and Python code runs instead, bit for bit
the same function: where it was not built, where ``PAPERCORPUS_PURE_PYTHON`` is set, and
where ``kernels.c`` changed since it was built (an editable install: ``pip install -e .``
rebuilds it).

A leaf: nothing from the rest of the package, so every layer may use it.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path
from types import ModuleType

__all__ = ["KERNELS"]

# (``papercorpus._guard.PURE_ENV``)
_PURE_ENV = "PAPERCORPUS_PURE_PYTHON"


def _load() -> ModuleType | None:
    if os.environ.get(_PURE_ENV):
        return None
    try:
        from . import _kernels  # type: ignore[attr-defined]
    except ImportError:
        return None
    source = Path(__file__).with_name("kernels.c")
    built_from = getattr(_kernels, "SOURCE_SHA", None)
    if source.exists() and hashlib.sha256(source.read_bytes()).hexdigest() != built_from:
        warnings.warn(
            f"{__name__}: kernels.c changed since it was compiled; running the numpy and "
            "Python code instead (pip install -e . rebuilds it)",
            RuntimeWarning,
            stacklevel=2,
        )
        return None
    return _kernels


KERNELS = _load()
