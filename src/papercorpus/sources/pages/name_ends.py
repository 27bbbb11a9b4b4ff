"""An abstract read as ending on a title-sized line that ends open, right over a name read
as an organisation's: ``charges.OPEN_END_COST``, weighed at the name.

``path_reads.open_end_chrome`` weighs an abstract that ends open at the chrome line right under
its last line; where a name comes between (an organisation's block: ``DeepSeek`` + its
profile link + ``·`` + ``Dec 18``), the reading that makes the name the abstract's card's
organisation closes the card at the name, and the chrome under it meets a closed state:
the open end was never weighed. ``… is competitive with API models.`` + ``Dr Web: a
modern, query-based web data retrieval engine`` + `` DeepSeek`` + its block, then the
next card's title (mid_org 30 p000293, plain B, the page's third card: its first
organisation, no template yet): the title was read as the abstract's last line, the
name as that card's organisation, by 1.
"""

from __future__ import annotations

from .nodes import Node
from .path_reads import open_end_chrome

__all__ = ["open_end_name"]


def open_end_name(head: Node) -> bool:
    """Does the abstract ``head`` is in end on a title-sized line ending open that reads as
    a whole title (``path_reads.open_end_chrome``), a name read as an organisation's coming
    under it? A comma is allowed after a title's opening name and its colon (``Dr Web: a
    modern, query-based …``): ``lineforms.could_head`` refuses a comma for the sentences
    an abstract goes on with (``Moreover, …``, ``Second, a …``), which open with no name
    and colon before it."""
    text = head.tok.text
    comma = text.find(", ")
    return open_end_chrome(head, closes=comma > 0 and ": " in text[:comma])
