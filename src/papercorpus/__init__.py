"""papercorpus: a deduplicating corpus cleaner for research-paper listings.

>>> import papercorpus
>>> summary = papercorpus.clean(["dumps/"], "papers.jsonl")
"""

from .api import CleanOptions, DataError, Summary, clean
from .dedup import DedupOptions, Thresholds
from .records import Diagnostic, Record, Source
from .sources import InputError, ReadOptions

__all__ = [
    "CleanOptions",
    "DataError",
    "DedupOptions",
    "Diagnostic",
    "InputError",
    "ReadOptions",
    "Record",
    "Source",
    "Summary",
    "Thresholds",
    "clean",
]
