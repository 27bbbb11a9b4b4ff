"""papercorpus: a deduplicating corpus cleaner for research-paper listings.

>>> import papercorpus
>>> summary = papercorpus.clean(["dumps/"], "papers.jsonl")
>>> rows = papercorpus.dedup([{"title": "...", "abstract": "..."}, ...])
"""

import types as _types

from . import api as _api
from . import dedup as _dedup_package
from .api import CleanOptions, DataError, Summary, clean
from .dedup import DedupOptions, Thresholds
from .incremental import Index
from .records import Diagnostic, Record, Source
from .sources import InputError, ReadOptions

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
