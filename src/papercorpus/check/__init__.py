"""``papercorpus check``: validate a cleaned corpus (being split into rooms; see text.py)."""

from .text import (
    CLEAN_FIELDS,
    CODES,
    DUPLICATE_CODES,
    TEXT_FIELDS,
    CheckInputError,
    CheckResult,
    Problem,
    Schema,
    check_files,
    chrome_in_text,
    encoding_problems,
    markdown_link_leak,
    missing_fields,
    mojibake,
    text_problems,
)

__all__ = [
    "CLEAN_FIELDS",
    "CODES",
    "DUPLICATE_CODES",
    "TEXT_FIELDS",
    "CheckInputError",
    "CheckResult",
    "Problem",
    "Schema",
    "check_files",
    "chrome_in_text",
    "encoding_problems",
    "markdown_link_leak",
    "missing_fields",
    "mojibake",
    "text_problems",
]
