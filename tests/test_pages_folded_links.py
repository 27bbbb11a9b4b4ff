"""Round 33 (ux40): a paper's thumbnail over its title (``![Title](https://cdn-thumbnails.
huggingface.co/…/ID.png)``, ``fresh.thumb``) folded by a narrow capture (``capture.narrow``)
over several lines: ``![Fine-grained Textual Inversion Network`` / ``for Zero-Shot Composed
Image`` / ``Retrieval](https://cdn-thumbnails….png)``. Whole on one line the image is chrome
(``chrome.classify_chrome``); folded, each line was read as text, the alt text's lines
as titles over no abstract and the card's own title as their abstract (mix 117 p000039:
5 lost, 65 extra). A reader sees one picture: the lines from ``![`` to the line closing it
with its address read as an image together. (The tests fold the picture only: the fold's
reading of titles and abstracts is ``typeset``'s and ``widths``'.) So a card's link row
(``[GitHub 199](…) [arXiv Page](…)``, ``default.github``) folded: ``[arXiv`` /
``Page](https://arxiv.org/abs/…)`` read ``Page`` as an abstract of one word, the card's
own abstract glued to it (mix 182 p000168: 6 glued; p000346: ``GitHub`` leaked)."""

from __future__ import annotations

from .page_excerpts import CARDS, card_page, parse_page, read_cards, wrap

THUMB = "https://cdn-thumbnails.huggingface.co/social-thumbnails/papers"


def test_a_thumbnail_a_fold_broke_is_one_picture() -> None:
    def card(i: int, c: dict) -> list[str]:
        image = f"![{c['title']}]({THUMB}/{c['id']}.png)"
        lines = wrap(image, 40) if i % 2 == 0 else [image]
        return [*lines, c["title"], "", c["abstract"], ""]

    read_cards(card_page(card))


def test_a_linked_thumbnail_folded() -> None:
    def card(i: int, c: dict) -> list[str]:
        image = f"[![{c['title']}]({THUMB}/{c['id']}.png)](https://huggingface.co/papers/{c['id']})"
        return [*wrap(image, 40), c["title"], "", c["abstract"], ""]

    read_cards(card_page(card))


def test_a_link_row_a_fold_broke_is_chrome() -> None:
    def card(i: int, c: dict) -> list[str]:
        row = [
            "[GitHub",
            f"{i + 12}](https://github.com/lab{i}/repo)",
            "[arXiv",
            f"Page](https://arxiv.org/abs/{c['id']})",
        ]
        return [c["title"], *row, "", c["abstract"], ""]

    read_cards(card_page(card))


def test_the_pictures_alt_text_names_the_title_under_it() -> None:
    # (every line folded at 40, no blank line: the title's folded lines are the ones that
    # spell the picture's alt text, however the fold set them, and the abstract opens
    # under them; how the fold's abstracts read is the fold's reading, not tested here)
    def card(i: int, c: dict) -> list[str]:
        image = f"![{c['title']}]({THUMB}/{c['id']}.png)"
        return [*wrap(image, 40), *wrap(c["title"], 40), *wrap(c["abstract"], 40)]

    records, _ = parse_page(card_page(card))
    titles = {r.title for r in records}
    assert all(c["title"] in titles for c in CARDS)
    found = {r.title: r.abstract for r in records}
    assert found[CARDS[0]["title"]].startswith(CARDS[0]["abstract"][:60])
