"""Plain-text tables for the benchmark scripts' output."""

from __future__ import annotations

__all__ = ["cell", "render_table"]


def cell(value: float | int | None, spec: str) -> str:
    """``value`` formatted by ``spec``; ``-`` where there is none (None or NaN)."""
    if value is None or (isinstance(value, float) and value != value):
        return "-"
    return format(value, spec)


def render_table(headers: list[str], rows: list[list[str]]) -> str:
    """Plain text, first column left-aligned, the others right-aligned."""
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])
