"""Parsers for structured inputs: JSON documents, JSON Lines, CSV and Atom/RSS feeds.

All three walk each parsed value down to its items (``walk``: wrapper objects, nested lists,
id-keyed maps, items encoded in strings) and read title, abstract and arXiv id from each
item whatever its layout (``fields``). One module per format: ``jsondoc``, ``jsonl``,
``csvfile``, ``feed`` (each entry or item read to an object first; imported when a feed is
read, as expat is no start-up's business).
"""

from .csvfile import parse_csv
from .fields import extract_fields, junk_abstract_reason
from .jsondoc import parse_json
from .jsonl import parse_jsonl

__all__ = [
    "extract_fields",
    "junk_abstract_reason",
    "parse_csv",
    "parse_json",
    "parse_jsonl",
]
