"""A web address cut at a dot inside its host name goes on across the break: the line under
it is no title (``lineforms.address_goes_on``; docs/pages-passes.md, "The families' last
losses at 200k (lt29)"). The excerpt is default 110's ``card_date`` page p000007, lines
353-378 (layout B, an abstract kept with its authors' line breaks): ``… Our code and
models are released at https://github.`` + ``com/Euphoria16/DocMark.`` + the card's date.
Main read the host's rest as a card's title (an extra record ``com/Euphoria16/DocMark.``)
and cut it off the abstract."""

from __future__ import annotations

from papercorpus.sources.pages.lineforms import address_goes_on

from .page_excerpts import parse_page

PAGE = [
    "Adaptive Markup Language Generation for Contextually-Grounded Visual Document Understanding",
    "· Published on Mar 28",
    "Visual Document Understanding has become essential with the increase of",
    "text-rich visual content. This field poses significant challenges due to the",
    "need for effective integration of visual perception and textual comprehension,",
    "particularly across diverse document types with complex layouts. Moreover,",
    "existing fine-tuning datasets for this domain often fall short in providing the",
    "detailed contextual information for robust understanding, leading to",
    "hallucinations and limited comprehension of spatial relationships among visual",
    "elements. To address these challenges, we propose an innovative pipeline that",
    "utilizes adaptive generation of markup languages, such as Markdown, JSON, HTML,",
    "and TiKZ, to build highly structured document representations and deliver",
    "contextually-grounded responses. We introduce two fine-grained structured",
    "datasets: DocMark-Pile, comprising approximately 3.8M pretraining data pairs for",
    "document parsing, and DocMark-Instruct, featuring 624k fine-tuning data",
    "annotations for grounded instruction following. Extensive experiments",
    "demonstrate that our proposed model significantly outperforms existing",
    "state-of-theart MLLMs across a range of visual document understanding",
    "benchmarks, facilitating advanced reasoning and comprehension capabilities in",
    "complex visual scenarios. Our code and models are released at https://github.",
    "com/Euphoria16/DocMark.",
    "Dec 24, 2021",
    (
        "**Bold** Active Membership Inference Test (aMINT): Enhancing Model Auditability"
        " with Multi-Task Learning"
    ),
    "Active Membership Inference Test (aMINT) is a method designed to detect whether",
    "given data were used during the training of machine learning models. In Active",
    "MINT, we propose a novel multitask learning process that involves training",
]


DOCMARK = (
    "Adaptive Markup Language Generation for Contextually-Grounded Visual Document Understanding"
)


def test_the_address_goes_on() -> None:
    records, _ = parse_page(PAGE)
    titles = [r.title for r in records]
    assert not any(t.startswith("com/") for t in titles)
    docmark = records[titles.index(DOCMARK)]
    assert docmark.abstract.endswith("released at https://github. com/Euphoria16/DocMark.")


def test_address_goes_on() -> None:
    assert address_goes_on("… released at https://github.", "com/Euphoria16/DocMark.")
    assert address_goes_on("demo: https://ntt-hilab-gensp.", "github.io/ssw13multiinteraction_tts/")
    # a whole address ends the sentence; a path's end or a word under it says nothing
    assert not address_goes_on("… released at https://github.com/x/y.", "com/Euphoria16/DocMark.")
    assert not address_goes_on("… released at https://github.", "Complete Title Of a Paper")
    assert not address_goes_on("… as we show.", "com/Euphoria16/DocMark.")
