"""Parsers for structured inputs: JSON documents, JSON Lines and CSV.

All three walk each parsed value down to its items (``walk``: wrapper objects, nested lists,
id-keyed maps, items encoded in strings) and read title, abstract and arXiv id from each
item whatever its layout (``fields``). One module per format: ``jsondoc``, ``jsonl``,
``csvfile``.
"""

from .csvfile import parse_csv
from .fields import extract_fields, junk_abstract_reason
from .jsondoc import parse_json
from .jsonl import parse_jsonl

__all__ = ["extract_fields", "junk_abstract_reason", "parse_csv", "parse_json", "parse_jsonl"]
