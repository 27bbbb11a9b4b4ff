"""Which build of this package runs: mypyc's extension modules or the ``.py`` files.

One guard serves both compiled groups (this package and the folding modules outside it):
``papercorpus._guard`` tells how.
"""

from __future__ import annotations

from ..._guard import MANIFEST, PURE_ENV, stale_reason, use_sources

__all__ = ["MANIFEST", "PURE_ENV", "stale_reason", "use_sources"]
