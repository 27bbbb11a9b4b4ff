"""Round 32 (ux38): an image's placeholder a text extractor writes (``[图片：无替代文本]``,
"image: no alt text"), the avatar between ``Submitted by`` and its user, as a capture
that read UTF-8 as Windows-1252 printed it: ``[å›¾ç‰‡ï¼šæ— æ›¿ä»£æ–‡æœ¬]`` (``capture.charset``
with ``default.submitted_by``, mix 175 p000063: 32 extra records). The placeholder was
known only as written; as printed it was text, the user under it no longer awaited, and
each user's name stood as a card. Read back (``normalize.fix_mojibake``, which repairs
what it can: the wide space after ``无`` was lost) it is the placeholder
(``card_notes.printed_chrome``, now asked for a bracketed line of 80 characters or fewer
that is not ASCII)."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.card_notes import card_chrome

from .page_excerpts import card_page, read_cards

PRINTED = "[å›¾ç‰‡ï¼šæ— æ›¿ä»£æ–‡æœ¬]"


def test_the_placeholder_as_printed() -> None:
    assert card_chrome(PRINTED) == card_chrome("[图片：无替代文本]") == "image"
    assert card_chrome("[Ã‰tude] des rÃ©seaux") is None


@pytest.mark.parametrize("layout", ["A", "B"])
def test_a_submitters_avatar_as_printed(layout: str) -> None:
    users = ["nielsr", "taesiri", "alexz", "akhaliq", "hysts"]

    def card(i: int, c: dict) -> list[str]:
        head = ["Submitted by", "", PRINTED, "", users[i % len(users)], ""]
        if layout == "A":
            return [*head, c["title"], "", c["abstract"], ""]
        return [*head, c["title"], c["abstract"], ""]

    read_cards(card_page(card))
