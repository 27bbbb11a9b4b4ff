"""Writers: JSONL and CSV, written atomically."""

from .atomic import CheckedStdout, atomic_output, outputs_together
from .csvfile import csv_header, csv_lines, write_csv
from .jsonl import jsonl_lines, write_jsonl
from .rows import OutputRow, SourceRef

WRITERS = {"jsonl": write_jsonl, "csv": write_csv}
# Header bytes and row encoder per format, for writers that render rows in blocks.
ENCODERS = {"jsonl": (b"", jsonl_lines), "csv": (csv_header(), csv_lines)}

__all__ = [
    "ENCODERS",
    "WRITERS",
    "OutputRow",
    "SourceRef",
    "CheckedStdout",
    "atomic_output",
    "outputs_together",
    "write_csv",
    "write_jsonl",
]
