"""Hugging Face Papers page dumps -> records.

``parser`` holds the line-fed state machine (how a page is read is told there).
"""

from .parser import ends_mid_word, looks_like_pages, parse_pages

__all__ = ["ends_mid_word", "looks_like_pages", "parse_pages"]
