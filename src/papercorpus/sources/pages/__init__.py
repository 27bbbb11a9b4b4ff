"""Hugging Face Papers page dumps -> records.

``preamble`` reads the head of a dump (is it one; what a capture tool wrote before the
page header), ``parser`` the cards after it (how a page is read is told there). What a
title or an abstract looks like on its own is in ``..shape``.

The modules may be compiled by mypyc (setup.py); ``_guard`` decides, before any of them
loads, whether the compiled ones run or the ``.py`` files (stale build, or
``PAPERCORPUS_PURE_PYTHON`` set).
"""

from . import _guard

# True: mypyc's modules run (``benchmarks/scale.py`` says which)
COMPILED = _guard.use_sources(__name__, __file__)

from .preamble import looks_like_pages  # noqa: E402
from .read_page import parse_pages  # noqa: E402

__all__ = ["looks_like_pages", "parse_pages"]
