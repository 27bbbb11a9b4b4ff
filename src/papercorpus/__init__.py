"""papercorpus: a deduplicating corpus cleaner for research-paper listings.

>>> import papercorpus
>>> summary = papercorpus.clean(["dumps/"], "papers.jsonl")
>>> rows = papercorpus.dedup([{"title": "...", "abstract": "..."}, ...])
"""

import types as _types

from . import _guard

# True: mypyc's build of the folding, line-shape and keying modules runs (setup.py);
# decided before any of them loads. ``sources/pages`` and ``dedup`` are groups of their
# own, each with its own ``COMPILED``; ``native`` is C, not mypyc's, and guards itself.
COMPILED = _guard.use_sources(__name__, __file__, skip=("sources/pages", "dedup", "native"))

from . import api as _api  # noqa: E402
from . import dedup as _dedup_package  # noqa: E402
from .api import CleanOptions, DataError, Summary, clean  # noqa: E402
from .dedup import DedupOptions, Thresholds  # noqa: E402
from .incremental import Index  # noqa: E402
from .records import Diagnostic, Record, Source  # noqa: E402
from .sources import InputError, ReadOptions  # noqa: E402

__all__ = [
    "CleanOptions",
    "DataError",
    "DedupOptions",
    "Diagnostic",
    "Index",
    "InputError",
    "ReadOptions",
    "Record",
    "Source",
    "Summary",
    "Thresholds",
    "clean",
    "dedup",
]


class _CallableModule(_types.ModuleType):
    """``papercorpus.dedup`` is both the engine's package and the in-memory API
    (``papercorpus.dedup(records)``): the package stays importable as before, and calling
    it calls ``api.dedup``."""

    def __call__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return _api.dedup(*args, **kwargs)


_dedup_package.__class__ = _CallableModule
