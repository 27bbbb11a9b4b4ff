"""Authors as evidence in verification: disjoint lists veto title evidence, shared ones
support a merge of agreeing abstracts under a rewritten title."""

from __future__ import annotations

import pytest

import papercorpus
from papercorpus.dedup import Thresholds
from papercorpus.dedup.authors import author_key, author_keys, authors_disjoint
from papercorpus.dedup.features import features
from papercorpus.dedup.verify import decide

from .test_verify import ABSTRACT, TITLE, replace_sentence

T = Thresholds()
ADA = ["Ada Lovelace", "Charles Babbage", "Mary Somerville"]
OTHERS = ["Grace Hopper", "Alan Turing"]


@pytest.mark.parametrize(
    "name", ["Ada Lovelace", "A. Lovelace", "Lovelace, Ada", "ADA LOVELACE", "Ada Lovelace Jr."]
)
def test_name_forms_share_a_key(name: str) -> None:
    assert "lovelace a" in author_key(name)


def test_accents_order_and_handles() -> None:
    assert author_key("José Núñez") & author_key("Jose Nunez")
    assert author_key("Zeng Xianming") & author_key("Xianming Zeng")  # order
    assert author_key("haoranhe") == frozenset()  # a user handle proves nothing
    assert not authors_disjoint(author_keys(["haoranhe"]), author_keys(OTHERS))
    assert authors_disjoint(author_keys(ADA), author_keys(OTHERS))
    assert not authors_disjoint(author_keys(ADA), ())


def _both(a, b):
    d1, d2 = decide(a, b, T), decide(b, a, T)
    assert d1.rule == d2.rule
    return d1


def test_title_only_vetoed_by_disjoint_authors() -> None:
    junk = ("Code: https://github.com/x/y", None, ("junk_abstract",))
    assert _both(features(TITLE, ABSTRACT, None, ()),
                 features(TITLE, *junk)).rule == "title_only"  # fmt: skip
    d = _both(features(TITLE, ABSTRACT, None, (), ADA), features(TITLE, *junk, OTHERS))
    assert d.rule is None and d.scores["authors_disjoint"] == 1.0
    # one shared author: no veto
    d = _both(features(TITLE, ABSTRACT, None, (), ADA), features(TITLE, *junk, ["A. Lovelace"]))
    assert d.rule == "title_only"


def test_fuzzy_title_vetoed_by_disjoint_authors() -> None:
    edited = replace_sentence(2, "We evaluate nine model sizes trained on a shared corpus.")
    edited = " ".join(edited.split(". ")[:-1]) + "."
    other_title = TITLE.replace("Models", "Model")
    base = _both(features(TITLE, ABSTRACT, None, ()), features(other_title, edited, None, ()))
    assert base.rule in {"fuzzy_title", "title_key"}
    d = _both(features(TITLE, ABSTRACT, None, (), ADA),
              features(other_title, edited, None, (), OTHERS))  # fmt: skip
    if base.rule == "fuzzy_title":
        assert d.rule is None


def test_generic_titles_with_disjoint_authors_never_merge() -> None:
    rows = papercorpus.dedup([
        {"title": "Introduction", "abstract": "", "authors": ADA},
        {"title": "Introduction", "abstract": "", "authors": OTHERS},
        {"title": "A Survey of Methods for Graph Neural Network Training", "abstract": "",
         "authors": ADA},
        {"title": "A Survey of Methods for Graph Neural Network Training", "abstract": "",
         "authors": OTHERS},
    ])  # fmt: skip
    assert len(rows) == 4


def test_shared_authors_support_a_rewritten_title() -> None:
    retitled = "Compositional Reasoning Limits in Sequence Learners"  # 2 of 5 words
    plain = _both(features(TITLE, ABSTRACT, None, ()), features(retitled, ABSTRACT, None, ()))
    assert plain.rule is None  # the titles share too little on their own
    d = _both(features(TITLE, ABSTRACT, None, (), ADA),
              features(retitled, ABSTRACT, None, (), ["A. Lovelace", "C. Babbage"]))  # fmt: skip
    assert d.rule == "abstract_authors"
    one = _both(features(TITLE, ABSTRACT, None, (), ADA),
                features(retitled, ABSTRACT, None, (), ["A. Lovelace"]))  # fmt: skip
    assert one.rule is None  # a single shared name is not enough
    unrelated = _both(
        features(TITLE, ABSTRACT, None, (), ADA),
        features("Why Transformers Fail on Deep Tasks", ABSTRACT, None, (), ADA),
    )
    assert unrelated.rule is None  # one group, one pasted abstract, two papers


# --------------------------------------------------------------------------- title_key
# Another paper under TITLE, in the same field and by other people: its content words
# overlap ABSTRACT's (word Jaccard 0.39) though hardly a 3-gram does (0.04), which
# ``title_key`` takes for a rewritten abstract of one paper.
OTHER_WORK = (
    "Large language models solve many reasoning benchmarks, but multi-step problems of "
    "growing depth remain hard and poorly understood. We study depth collapse in "
    "retrieval-augmented transformers: on synthetic composition tasks, accuracy of larger "
    "models collapses beyond a threshold depth, while small models decay smoothly. Probing "
    "the intermediate representations of the middle layers shows that retrieved passages "
    "saturate them early. A retrieval schedule that spreads evidence over the layers delays "
    "the collapse without extra parameters. Code and data are released."
)
REWRITTEN = (
    "Multi-step reasoning of large language models is poorly understood on long problems. "
    "We build synthetic tasks isolating composition depth from surface difficulty and "
    "evaluate transformers of seven sizes with matched compute. Accuracy of small models "
    "decays smoothly with depth, while larger models collapse abruptly beyond a threshold; "
    "probing ties the collapse to saturated intermediate representations in middle layers. "
    "A lightweight curriculum delays the collapse threefold without extra parameters."
)


def test_one_title_by_different_people_is_two_papers() -> None:
    text_alone = _both(features(TITLE, ABSTRACT, None, ()), features(TITLE, OTHER_WORK, None, ()))
    assert text_alone.rule == "title_key"  # the words of one field, under one title
    d = _both(features(TITLE, ABSTRACT, None, (), ADA),
              features(TITLE, OTHER_WORK, None, (), OTHERS))  # fmt: skip
    assert d.rule is None and d.scores["authors_disjoint"] == 1.0 and d.related
    rows = papercorpus.dedup([
        {"title": TITLE, "abstract": ABSTRACT, "authors": ADA},
        {"title": TITLE, "abstract": OTHER_WORK, "authors": OTHERS},
    ])  # fmt: skip
    assert len(rows) == 2


@pytest.mark.parametrize(
    "names",
    [
        ["Babbage, Charles", "Somerville, Mary", "Lovelace, Ada"],  # reordered, "Last, First"
        ["A. Lovelace", "C. Babbage"],  # initials, a shorter list
        ["lovelace a", "babbage c", "somerville m"],  # Medline
        ["A. Lovelace et al."],  # cut to its first author
        ["Analytical Engine Team"],  # an org name: one "name" proves nothing
        ["Grace Hopper"],  # a one-name list that shares no one: not enough either
    ],
)
def test_one_paper_under_another_author_list_still_merges(names: list[str]) -> None:
    d = _both(features(TITLE, ABSTRACT, None, (), ADA),
              features(TITLE, REWRITTEN, None, (), names))  # fmt: skip
    assert d.rule == "title_key"


def test_near_identical_text_merges_whatever_the_lists_say() -> None:
    # The same abstract (3-gram J >= 0.8) under the same title: a garbled list, not
    # another paper (text-identical distinct papers are beyond any rule: docs/dedup.md).
    edited = replace_sentence(6, "All code is public.")
    d = _both(features(TITLE, ABSTRACT, None, (), ADA),
              features(TITLE, edited, None, (), OTHERS))  # fmt: skip
    assert d.rule == "title_key" and d.scores["jaccard"] >= T.jaccard_alone


@pytest.mark.parametrize(
    ("name", "other"),
    [
        ("holt hansen k.", "Holt-Hansen, Kristian"),  # Medline without the hyphen
        ("agin liebes g", "Gabrielle Agin-Liebes"),
        ("o'malley m", "Miguel O'Malley"),
        ("X. Zeng et al.", "Xianming Zeng"),
        ("Xianming Zeng et al", "Zeng, Xianming"),
    ],
)
def test_name_variants_share_a_key(name: str, other: str) -> None:
    assert author_key(name) & author_key(other)


def test_et_al_alone_is_no_name() -> None:
    assert author_key("et al.") == frozenset()
    assert author_keys(["Ada Lovelace", "et al."]) == author_keys(["Ada Lovelace"])
