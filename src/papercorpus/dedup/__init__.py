"""Near-duplicate detection over sketches (``sketch``): candidates, verification, clusters.

``features`` and ``verify`` may be compiled by mypyc (setup.py): ``_guard`` decides, before
either loads, whether the compiled modules run or the ``.py`` files.
"""

from .. import _guard

# True: mypyc's build of ``features`` and ``verify`` runs
COMPILED = _guard.use_sources(__name__, __file__)

from .engine import DedupOptions, DedupResult, DedupStats, Keep, find_duplicates  # noqa: E402
from .verify import Thresholds  # noqa: E402

__all__ = ["DedupOptions", "DedupResult", "DedupStats", "Keep", "Thresholds", "find_duplicates"]
