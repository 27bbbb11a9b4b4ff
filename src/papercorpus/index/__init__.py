"""The incremental index: one SQLite file holding every paper a corpus has seen (its merged
row, its copies and the keys to find it again). ``incremental`` runs ``clean`` against it."""

from .db import DEFAULT_WAIT, IndexBusy, IndexCorrupt, IndexError_, reading, writing
from .settings import IndexSettingsError, index_settings

__all__ = [
    "DEFAULT_WAIT",
    "IndexBusy",
    "IndexCorrupt",
    "IndexError_",
    "IndexSettingsError",
    "index_settings",
    "reading",
    "writing",
]
