"""The decoder's states: a live path's card status and whether its text is open.

The decoder keeps one best path per state (``STATES`` of them), ``state(status, open)``.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ABSTRACTED", "LONG", "NONE", "STATES", "TITLED", "YOUNG", "state"]

# status: no card yet / a card with a title only / a card with an abstract, of up to
# ``YOUNG`` characters so far or longer (``LONG``). Two abstracts glued are told by their
# length only well after the line between them, and a reading that ends the first abstract
# there trails by then: it lives on in the other state until the glued reading pays.
NONE: Final = 0
TITLED: Final = 1
ABSTRACTED: Final = 2
LONG: Final = 3
STATES: Final = 8  # (status, open)
# An abstract is young up to this many characters (status ``ABSTRACTED``): a reading that
# glued a first abstract of about this length or more to the next is ``LONG`` at the line
# between them, and pays before the reading that ends the first there grows old.
YOUNG: Final = 1000


def state(status: int, open_: int) -> int:
    return status * 2 + open_
