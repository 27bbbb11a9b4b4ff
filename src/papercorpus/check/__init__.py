"""Validate a cleaned corpus: ``papercorpus check``.

Reads JSONL or CSV as ``clean`` writes it (or any JSONL with ``title``/``abstract``) and
reports every problem with a stable code and ``file:line``: schema and types, empty or junk
fields, page chrome leaked into the text, encoding damage, duplicates and id collisions.
Duplicates are found by the same engine as ``clean`` (``api.cluster_records``), so a corpus
``clean`` wrote passes and a corpus it would shrink does not.

The rooms, each importing only those above it: ``problems`` (codes and result types),
``text`` (checks on one string), ``read`` (JSONL and CSV rows), ``rows`` (schema and types),
``duplicates`` (corpus-wide groups), ``driver`` (``check_files``). ``check_cli`` is the
click face.
"""

from .driver import check_files
from .problems import (
    CODES,
    DUPLICATE_CODES,
    LEVELS,
    SEVERITY,
    CheckInputError,
    CheckResult,
    FailOn,
    Problem,
)
from .rows import CLEAN_FIELDS, TEXT_FIELDS, Schema, missing_fields
from .text import chrome_in_text, encoding_problems, markdown_link_leak, mojibake, text_problems

__all__ = [
    "CLEAN_FIELDS",
    "CODES",
    "DUPLICATE_CODES",
    "LEVELS",
    "SEVERITY",
    "FailOn",
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
