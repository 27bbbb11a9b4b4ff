"""A listing's values on a card's own lines are the card's fields (every field a user
scraped is kept)."""

from __future__ import annotations

from pathlib import Path

from .conftest import read_capture


def test_an_upvote_count_on_a_title_line_is_the_cards_value(tmp_path: Path) -> None:
    # a card with no id of its own kept no count: the mark was taken off its title, the
    # value only went to a card the page gave an id
    lines = [
        "▲ 40 MMDT: Decoding the Trustworthiness and Safety of Multimodal Foundation Models",
        "Multimodal foundation models can be used for many tasks, and we study how safe they "
        "are in practice, with results.",
        "",
        "Robust Stable Matchings (96 upvotes)",
        "We study stable matchings under changes of the preferences, and we show that our "
        "results hold.",
    ]
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records, _, _ = read_capture(path)
    assert [(r.title, r.meta.get("upvotes")) for r in records] == [
        ("MMDT: Decoding the Trustworthiness and Safety of Multimodal Foundation Models", 40),
        ("Robust Stable Matchings", 96),
    ]
