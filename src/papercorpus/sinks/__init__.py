"""Writers: JSONL and CSV, written atomically."""

from .atomic import atomic_output
from .csvfile import write_csv
from .jsonl import write_jsonl
from .rows import OutputRow, SourceRef

WRITERS = {"jsonl": write_jsonl, "csv": write_csv}

__all__ = ["WRITERS", "OutputRow", "SourceRef", "atomic_output", "write_csv", "write_jsonl"]
