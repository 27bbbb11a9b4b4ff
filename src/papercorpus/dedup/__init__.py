"""Near-duplicate detection over sketches (``sketch``): candidates, verification, clusters."""

from .engine import DedupOptions, DedupResult, DedupStats, find_duplicates
from .verify import Thresholds

__all__ = ["DedupOptions", "DedupResult", "DedupStats", "Thresholds", "find_duplicates"]
