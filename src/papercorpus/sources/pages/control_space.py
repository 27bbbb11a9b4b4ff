"""A ``\\`` ending a line that is LaTeX's control space the wrap cut after, not a markdown
hard break: ``… token scope (prompt vs.\\`` + ``response).``

arXiv abstracts keep their TeX: ``vs.\\ response``, ``e.g.\\ $0/5$``, ``$4.98\\ \\mu``,
``\\textbf{LaTA}\\ (``. A tool wrapping the abstract at a width may break at that space,
and the line then ends in a ``\\`` as a markdown hard break does; read as one, the
backslash was dropped (default 96, 97, 98, 100k each: 10, 7 and 9 abstracts, on plain
and markdown pages alike). A reader tells the two apart by the page: a page that breaks
its lines with ``\\`` does so on line after line (``parser.hard_lines``, the line above,
the line under), and the backslash follows what TeX spaces after (an abbreviation's stop,
a number, a closing brace), where a hard break follows the end of any line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from .units import Unit

__all__ = ["control_space"]

# The word before the backslash: an abbreviation's stop (``vs.``, ``e.g.``, ``U.S.``,
# ``i.i.d.``), a number (``$4.98``) or a TeX group's close (``\\textbf{LaTA}``, ``al.}``)
_SPACED: Final = re.compile(
    r"(?:\b(?:vs|cf|al|etc|resp|approx|Fig|Eq|[A-Za-z]\.[A-Za-z])\.|\d|\})\\$"
)


def control_space(
    line: str, hard_lines: int, u: Unit | None, peek: Callable[[], str | None]
) -> bool:
    """Is the ``\\`` ending ``line`` TeX's control space (text), where the page has marked no
    line with a hard break so far (``hard_lines``), nor the line above (``u``'s last), and
    the line under ends in none?

    >>> control_space("token scope (prompt vs.\\\\", 0, None, lambda: "response).")
    True
    >>> control_space("the results.\\\\", 0, None, lambda: "We propose")
    False
    >>> control_space("(prompt vs.\\\\", 0, None, lambda: "response, and more\\\\")
    False
    """
    if (
        hard_lines
        or (u is not None and u.hard_break)
        or line.endswith("\\\\")
        or _SPACED.search(line) is None
    ):
        return False
    below = peek()
    return below is None or not below.rstrip().endswith("\\")
