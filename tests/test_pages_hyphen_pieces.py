"""Round 31 (ux34): a word a typesetter broke at the wrap, where the page never spells it
whole, is read by its two pieces (``typeset.kept``), as a reader of the column reads it:
``chall-`` / ``enge`` is ``challenge`` (no word under the break), ``interpret-`` /
``ing`` is ``interpreting`` (a suffix), ``large-`` / ``scale`` keeps its hyphen (two
words), ``human-`` / ``centered`` too (a word over no suffix). Before, every such hyphen
was kept (``chall-enge``): on ``capture`` 168 (50k) 7,543 words on 3,721 abstracts of
pages with the ``hyphen`` trait."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.typeset import HELD, kept, settle_hyphens, words

from .page_excerpts import card_pairs, parse_page

HEAD = ["Daily Papers", "by AK and the research community", ""]
# capture 168 p000004 and p000009's kinds, set in a column of 60
ABSTRACT = [
    "We address a new and long-standing problem of vision, a task",
    "that is for every model we know of a hard and open chall-",
    "enge, a systematic study of many sensors at a very large-",
    "scale, and of the integration of their data in the human-",
    "centered models that read them all and act. Interpret-",
    "ing the results of the study, we find that the seque-",
    "nce of the errors shows us where a strong state-of-",
    "the-art model fails, somewhere we did not expect it to fail.",
]
WANT = (
    "We address a new and long-standing problem of vision, a task that is for every model "
    "we know of a hard and open challenge, a systematic study of many sensors at a very "
    "large-scale, and of the integration of their data in the human-centered models that "
    "read them all and act. Interpreting the results of the study, we find that the "
    "sequence of the errors shows us where a strong state-of-the-art model fails, "
    "somewhere we did not expect it to fail."
)


def test_a_column_read_by_the_pieces_of_its_broken_words() -> None:
    lines = [*HEAD, "A Title for the Paper", "", *ABSTRACT, "", "Previous"]
    records, _ = parse_page(lines)
    assert card_pairs(records) == [("A Title for the Paper", WANT)]


@pytest.mark.parametrize(
    ("a", "b", "vocab", "want"),
    [
        ("chall", "enge", set(), False),  # no word under or over the break
        ("interpret", "ing", {"interpret", "ing"}, False),  # a suffix, whatever the page holds
        ("large", "scale", set(), True),  # a word most abstracts hold under it
        ("human", "centered", {"human"}, True),  # a word of the page over it
        ("com", "bine", {"com"}, False),  # a piece of three letters over a non-word
        ("zero", "shot", {"shot"}, True),
    ],
)
def test_the_pieces(a: str, b: str, vocab: set[str], want: bool) -> None:
    assert kept(a, b, vocab) is want


def test_the_vocabulary_leaves_out_broken_pieces_and_addresses() -> None:
    assert words(f"see github.com/a and bench{HELD}mark, large-scale") == {
        "see",
        "and",
        "large",
        "scale",
    }
    assert settle_hyphens(f"bench{HELD}mark and seque{HELD}nce", {"benchmark"}) == (
        "benchmark and sequence"
    )


def test_a_capital_under_the_break_goes_on_without_a_space() -> None:
    """``ARC-`` / ``Challenge`` and ``GPT-`` / ``4o`` inside an abstract of a hyphenated
    column: the word's own hyphen (before, ``ARC- Challenge``: capture 168, 416 words of
    hyphen pages); ``Image-`` / ``Net`` is ``ImageNet`` where the page spells it whole.
    (The page shows its habit by the card above.)"""
    lines = [
        "We test on ImageNet and on ARC, whose tasks are hard for models",
        "of every size; we report the results on the subset called ARC-",
        "Challenge and on the pictures of Image-",
        "Net, and we compare the model with GPT-",
        "4o and with other state-of-the-art baselines, at a very large-",
        "scale, and we find that the models read them all much better.",
    ]
    page = [*HEAD, "A Title for the Paper", "", *ABSTRACT, "", "Another Paper", "", *lines]
    records, _ = parse_page([*page, "", "Previous"])
    assert card_pairs(records)[0] == ("A Title for the Paper", WANT)
    assert records[1].abstract == (
        "We test on ImageNet and on ARC, whose tasks are hard for models of every size; we "
        "report the results on the subset called ARC-Challenge and on the pictures of "
        "ImageNet, and we compare the model with GPT-4o and with other state-of-the-art "
        "baselines, at a very large-scale, and we find that the models read them all much "
        "better."
    )
    assert kept("ARC", "Challenge", set()) and kept("GPT", "4o", set())


def test_a_capital_or_digit_over_the_break_closes_a_word_of_its_own() -> None:
    """``AI-`` / ``assisted``: a tool that wraps at hyphens (``textwrap``) breaks a compound
    after its acronym; no typesetter breaks a word there (the quoted-label test's page,
    layout B, once the quote's mark was read off: ``AIassisted``)."""
    assert kept("AI", "assisted", set())
    assert kept("3D", "aware", set()) and kept("168", "fold", set())
    assert not kept("chall", "enge", set())
    assert not kept("DeepS", "eek", set()) and not kept("SUST", "ech1K", set())
