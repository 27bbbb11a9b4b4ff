"""Near-duplicate detection over sketches (``sketch``): candidates, verification, clusters."""

from .engine import DedupOptions, DedupResult, DedupStats, Keep, find_duplicates
from .verify import Thresholds

__all__ = ["DedupOptions", "DedupResult", "DedupStats", "Keep", "Thresholds", "find_duplicates"]
