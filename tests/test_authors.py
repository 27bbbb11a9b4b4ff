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
