"""Hugging Face Papers page dumps -> records.

``preamble`` reads the head of a dump (is it one; what a capture tool wrote before the
page header), ``parser`` the cards after it (how a page is read is told there). What a
title or an abstract looks like on its own is in ``..shape``.
"""

from .parser import parse_pages
from .preamble import looks_like_pages

__all__ = ["looks_like_pages", "parse_pages"]
