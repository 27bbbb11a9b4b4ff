"""What ``check`` reports: the problem codes and the result types ``check_cli`` renders.

The codes are a public interface (``--ignore CODE``, CI filters): never rename one; add new
ones and document them in docs/check.md (a test ties the two together).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

# code -> what it means (one line). The order is the order of docs/check.md.
CODES: dict[str, str] = {
    "C_INVALID_UTF8": "bytes that are not UTF-8",
    "C_BAD_JSON": "a JSONL line that is not valid JSON",
    "C_NOT_OBJECT": "a JSONL line that is valid JSON but not an object",
    "C_BLANK_LINE": "an empty line inside a JSONL file",
    "C_BAD_CSV": "a CSV row that cannot be read or has the wrong number of fields",
    "C_BAD_XML": "an Atom or RSS document that stops being well-formed XML",
    "C_BAD_REFERENCE": "a BibTeX entry or RIS reference cut off, or a BibTeX value never closed",
    "C_TOO_LARGE": "a line over --max-record-bytes (skipped unread)",
    "C_EMPTY_FILE": "a file without any row",
    "C_NOT_PAPER_DATA": "a file found in a directory that holds no paper data (a PDF, an image)",
    "C_MISSING_FIELD": "a required field (id, title, abstract, sources) is absent",
    "C_WRONG_TYPE": "a field has the wrong type or shape",
    "C_EMPTY_TITLE": "the title is empty",
    "C_EMPTY_ABSTRACT": "the abstract is empty (or only punctuation)",
    "C_ABSTRACT_IS_TITLE": "the abstract repeats the title",
    "C_ABSTRACT_URL": "the abstract is only a link",
    "C_ABSTRACT_BOT": "the abstract is a bot comment",
    "C_ABSTRACT_SHORT": "the abstract has fewer than 5 words",
    "C_CHROME_FIELD": "the whole field is page chrome (a date, a number, 'Upvote', ...)",
    "C_CHROME_TEXT": "page chrome glued into the text ('Subscribe', 'Get trending papers', ...)",
    "C_MARKDOWN_LINK": "markdown link syntax '[text](url)' leaked into the text",
    "C_MOJIBAKE": "UTF-8 text decoded as cp1252/latin-1 ('PoincarÃ©', 'donâ€™t')",
    "C_CONTROL_CHAR": "a control character (other than tab and newline)",
    "C_LONE_SURROGATE": "a lone UTF-16 surrogate (from a broken \\ud800 JSON escape)",
    "C_REPLACEMENT_CHAR": "U+FFFD, the mark of an earlier lossy decode",
    "C_DUPLICATE": "rows with exactly the same title and abstract (one problem per group)",
    "C_NEAR_DUPLICATE": "rows clean would merge as copies of one paper (one problem per group)",
    "C_ID_COLLISION": "rows sharing an id but holding different papers",
}
DUPLICATE_CODES = frozenset({"C_DUPLICATE", "C_NEAR_DUPLICATE"})

# How bad each code is, judged as ``clean`` judges: what it keeps on purpose (a junk or
# missing abstract it flagged, the authors' own markdown, odd characters they typed) is a
# warning or a notice; what it never writes (broken rows, duplicates, chrome for a title) is
# an error. ``--fail-on LEVEL`` fails the run on problems of that level or worse.
LEVELS = ("error", "warning", "notice")
_WARNINGS = (
    "C_NOT_PAPER_DATA", "C_BLANK_LINE", "C_EMPTY_ABSTRACT", "C_ABSTRACT_IS_TITLE", "C_ABSTRACT_URL",
    "C_ABSTRACT_BOT", "C_ABSTRACT_SHORT", "C_CHROME_TEXT", "C_MOJIBAKE", "C_CONTROL_CHAR",
    "C_REPLACEMENT_CHAR",
)  # fmt: skip
_NOTICES = ("C_MARKDOWN_LINK",)
SEVERITY: dict[str, str] = {
    code: "warning" if code in _WARNINGS else "notice" if code in _NOTICES else "error"
    for code in CODES
}

_SNIPPET = 60


class CheckInputError(Exception):
    """A file cannot be read at all; the CLI prints one line and exits 1."""

    def __init__(self, file: str, message: str, line: int | None = None) -> None:
        self.file = file
        self.line = line
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Problem:
    code: str
    file: str
    line: int
    message: str
    # Every copy of a duplicate group / id collision, in input order.
    lines: tuple[tuple[str, int], ...] = ()
    field: str | None = None
    # Duplicate groups within --max-duplicates are reported but do not fail the check.
    tolerated: bool = False
    # What the problem is about, by content (not place): the row, or the group's members.
    # ``--baseline`` compares problems by ``fingerprint``; never shown.
    key: bytes = dataclasses.field(default=b"", compare=False, repr=False)

    @property
    def severity(self) -> str:
        return SEVERITY[self.code]

    @property
    def fingerprint(self) -> tuple[str, str | None, bytes | str]:
        return (self.code, self.field, self.key or self.message)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "code": self.code,
            "file": self.file,
            "line": self.line,
            "message": self.message,
            "severity": self.severity,
        }
        if self.field:
            out["field"] = self.field
        if self.lines:
            out["lines"] = [{"file": f, "line": n} for f, n in self.lines]
        if self.tolerated:
            out["tolerated"] = True
        return out

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.code} {self.message}"


FailOn = Literal["error", "warning", "notice", "never"]


@dataclass
class CheckResult:
    files: int = 0
    rows: int = 0
    problems: list[Problem] = field(default_factory=list)
    fail_on: FailOn = "error"
    # Problems left out because the baseline has them (``--baseline``).
    in_baseline: int = 0

    @property
    def counts(self) -> dict[str, int]:
        return dict(sorted(Counter(p.code for p in self.problems).items()))

    @property
    def severities(self) -> dict[str, int]:
        found = Counter(p.severity for p in self.problems)
        return {level: found[level] for level in LEVELS if found[level]}

    @property
    def failed(self) -> bool:
        if self.fail_on == "never":
            return False
        worst = LEVELS.index(self.fail_on)
        return any(not p.tolerated and LEVELS.index(p.severity) <= worst for p in self.problems)

    def as_dict(self) -> dict[str, object]:
        return {
            "files": self.files,
            "rows": self.rows,
            "problems": [p.as_dict() for p in self.problems],
            "counts": self.counts,
            "severities": self.severities,
            "failed": self.failed,
            **({"in_baseline": self.in_baseline} if self.in_baseline else {}),
        }


def snippet(text: str) -> str:
    """``text`` on one line, quoted and cut to fit in a message."""
    text = " ".join(text.split())
    return repr(text if len(text) <= _SNIPPET else text[: _SNIPPET - 1] + "…")
