"""Writers: JSONL, CSV (each optionally compressed) and parquet, written atomically."""

from .atomic import CheckedStdout, atomic_output, outputs_together
from .csvfile import COLUMNS, csv_header, csv_lines, write_csv
from .jsonl import jsonl_lines, write_jsonl
from .rows import HeaderEncoder, OutputRow, RowEncoder, SourceRef

WRITERS = {"jsonl": write_jsonl, "csv": write_csv}
# Header bytes and row encoder per format, for writers that render rows in blocks.
# (header of the columns -> bytes, rows[, columns] -> bytes); columns None: every field.
ENCODERS: dict[str, tuple[HeaderEncoder, RowEncoder]] = {
    "jsonl": (lambda columns=None: b"", jsonl_lines),
    "csv": (lambda columns=None: csv_header(columns or COLUMNS), csv_lines),
}

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
