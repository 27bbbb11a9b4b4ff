"""A card links one paper, whatever chrome carries the link: ``path_reads.links_across`` for
the other kinds of card chrome.

``links_across`` reads a paper link (``url`` chrome) under an abstract, on a page that
puts its links after abstracts only, against the ids linked between the card's title and
abstract. Markdown captures carry a card's paper id on other lines too: an upvote count's
login link (``[211](https://huggingface.co/login?next=%2Fpapers%2F2509.04464)``), an author
count's (``[- 4 authors](https://huggingface.co/papers/2505.11703)``). Under an abstract,
in a kind of chrome the page puts after abstracts only (the card's own), a link naming
another paper than one over the abstract says the two are two cards': the text between
was the next card's title, the card above one without an abstract (mid_org 29 p000579,
md B: ``kLoFT: …`` + its organisation + its date + its authors' link, then ``Can Multiple
Responses from an LLM Reveal! The Sources of Its Uncertainty?`` + its organisation + its
date + its upvote count's link, two cards without an abstract: the second title was read
as the first card's abstract, by 1.3).
"""

from __future__ import annotations

from ..chrome_values import arxiv_ids
from .nodes import Node
from .path_reads import links_across
from .template import CardTemplate

__all__ = ["late_ids", "linked_across"]


def late_ids(tok_text: str, kind: str, late_only: dict[str, float]) -> list[str]:
    """The paper ids a chrome line of ``kind`` carries, where that kind (not a paper link:
    ``links_across``) is one the page puts after abstracts only; else none."""
    if kind == "url" or kind not in late_only or "papers" not in tok_text:
        return []
    return list(arxiv_ids(tok_text))


def linked_across(head: Node, ids: list[str], template: CardTemplate) -> bool:
    """Does the card ``head`` is in, read past its abstract, show a chrome line of any kind
    between its title and abstract that links another paper than ``ids`` (the ids of a
    line under the abstract)? Where the walk reaches the decided part first, the ids
    decided between the card's title and abstract are the template's (as
    ``links_across`` reads them)."""
    return links_across(head, ids, template, any_chrome=True)
