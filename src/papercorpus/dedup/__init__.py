"""Near-duplicate detection: signatures, candidates, verification, clusters."""

from .engine import DedupOptions, DedupResult, find_duplicates
from .verify import Thresholds

__all__ = ["DedupOptions", "DedupResult", "Thresholds", "find_duplicates"]
