"""Round 30 (ux30): words a typesetter broke at the wrap (the opt-in ``capture``
arrangement's ``hyphen`` trait, ``benchmarks/pagegen_capture.py``). ``pdftotext`` and
``nroff`` print a justified column with the word crossing its edge broken (``bench-`` /
``mark``) and real hyphens falling at the edge (``large-`` / ``scale``); before
``typeset`` each joined with a space (``bench- mark``: capture 152, 2,435 of 3,000
abstracts damaged). A page that shows the habit joins them without one, and a hyphen
goes where the page spells the word whole; a page that breaks only at spaces keeps the
text's ``- `` (arXiv's ``chain-of-thought- augmented``)."""

from __future__ import annotations

from papercorpus.sources.pages.typeset import HELD, hyphen_page, settle_hyphens, wrap_hyphen

from .page_excerpts import card_pairs, parse_page

HEAD = ["Daily Papers", "by AK and the research community", ""]
ABSTRACT = [
    "We study a new benchmark for models and their training. Our method is a bench-",
    "mark of large-",
    "scale reasoning, with pre- and post-training, on tasks that other meth-",
    "ods leave aside, and we release the code for everyone to use in their work.",
]
WANT = (
    "We study a new benchmark for models and their training. Our method is a benchmark of "
    "large-scale reasoning, with pre- and post-training, on tasks that other methods "
    "leave aside, and we release the code for everyone to use in their work."
)


def test_a_hyphenated_column_joins_its_broken_words() -> None:
    """``bench-`` / ``mark`` is ``benchmark`` (the page spells it whole), ``large-`` /
    ``scale`` keeps its hyphen (the page never spells ``largescale``, and ``scale`` is a
    word), ``meth-`` / ``ods`` is ``methods`` (no word under the break: ux34, round 31;
    before, the hyphen was kept where the page never spells the word whole), and a
    suspended hyphen (``pre-`` / ``and``) keeps its space."""
    records, _ = parse_page([*HEAD, "A Title for the Paper", "", *ABSTRACT, "", "Previous"])
    assert card_pairs(records) == [("A Title for the Paper", WANT)]


def test_a_page_breaking_only_at_spaces_keeps_the_space() -> None:
    """One ``- `` line break on a page is the text's (``chain-of-thought- augmented``)."""
    lines = [
        "We train the model under three regimes: supervised fine-tuning, chain-of-thought-",
        "augmented fine-tuning, and reinforcement learning, and compare them all here.",
    ]
    records, _ = parse_page([*HEAD, "A Title for the Paper", "", *lines, "", "Previous"])
    assert records[0].abstract == " ".join(lines)
    assert not hyphen_page(lines)


def test_the_hyphen_rules() -> None:
    assert wrap_hyphen("a new bench-", "mark for")
    assert not wrap_hyphen("pre-", "and post-training")  # a suspended hyphen
    assert not wrap_hyphen("Vision-", "Language Models")  # (a capital may open a title)
    assert not wrap_hyphen("a dash --", "then more")
    assert not wrap_hyphen("a dash -", "then more")
    assert hyphen_page(ABSTRACT + ABSTRACT)
    assert settle_hyphens(f"bench{HELD}mark and benchmark", {"benchmark"}) == (
        "benchmark and benchmark"
    )
    assert settle_hyphens(f"large{HELD}scale", set()) == "large-scale"
