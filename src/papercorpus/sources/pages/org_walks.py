"""Walks back along a decoder path to the organisations its card names: a card names one
organisation, so a name read as another's where the card (or the gap between two cards'
texts) has named its own is likelier a title (``charges.TWO_ORGS``); mixed into
``Decoder`` through ``paths.DecidedPaths``.
"""

from __future__ import annotations

from typing import Final

from ._trait import trait
from .charges import TWO_ORG_CARDS
from .nodes import Node
from .scores import ABSTRACT, CHROME, ORG, TITLE, org_marked
from .walks import CardWalks

__all__ = ["OrgWalks"]

# How far back along a live path ``_named_late_on_path`` looks (the open stretch of a
# path is short: it converges within a few tokens on real pages).
MAX_WALK: Final = 64


@trait
class OrgWalks(CardWalks):
    """The organisation names a live path's card (or the gap above it) shows."""

    def _named_above(self, head: Node) -> bool:
        """Does the chrome between ``head`` and the card text above it (its title, or its
        abstract) name an organisation already: a name read as one with an
        organisation's marks (``scores.org_marked``), or an organisation chrome line? Only
        on a page whose cards have shown one between their title and abstract, never two
        (``CardTemplate.one_org``, ``two_orgs``), and none after their abstract (a page
        that puts organisation lines over its titles shows the next card's under a card
        without an abstract). Past the decided root, the decided part
        (``CardTemplate.orgs``). On any page, two names there already (``_named_twice``)."""
        if not self._one_org_page():
            return self._named_twice(head)
        template = self.template
        node: Node | None = head
        for _ in range(64):
            if node is None:
                return template.orgs > 0
            if node.role not in (ORG, CHROME):
                return False  # (the card's text: its title, abstract or their rest)
            if _names_org(node):
                return True
            node = node.prev
        return False

    def _named_twice(self, head: Node) -> bool:
        """Does the chrome between ``head`` and the card text above it name two
        organisations (``_names_org``; a run of naming lines, an avatar's link over the
        name's, is one)? A card names one, so a gap between two cards' texts holds two at
        most (the card above's, the next card's over its title): a third name there is a
        title (``charges.TWO_ORGS``). Past the decided root, ``CardTemplate.orgs``."""
        names = 0
        node: Node | None = head
        for _ in range(64):
            if node is None:
                template = self.template
                return names + (template.orgs if template.state else 0) >= 2
            if node.role not in (ORG, CHROME):
                return False  # (the card's text: its title, abstract or their rest)
            if _names_org(node):
                prev = node.prev
                if prev is None or prev.role not in (ORG, CHROME) or not _names_org(prev):
                    names += 1
                    if names >= 2:
                        return True
            node = node.prev
        return False

    def _one_org_page(self) -> bool:
        """Has the page shown its cards naming one organisation between their title and
        abstract, never two, and none after their abstract (``charges.TWO_ORGS``)?"""
        template = self.template
        if template.two_orgs >= TWO_ORG_CARDS or not template.one_org:
            return False
        seen = template.counts.get("org")
        return seen is None or not seen[1]

    def _named_since_title(self, head: Node) -> bool:
        """Does the chrome between ``head`` and the card's title (the card has no abstract
        yet) name an organisation already (``_names_org``)? Past the decided root, the
        decided part (``CardTemplate.orgs``, its card still without an abstract). On any
        page: asked only of a name over a "·" date with another name under that date
        (``Token.mo_name_under``), which read as the card's organisation makes the card
        name three (``TextMoves._org_total``)."""
        node: Node | None = head
        for _ in range(MAX_WALK):
            if node is None:
                template = self.template
                return template.state == 1 and template.orgs > 0
            if node.role not in (ORG, CHROME):
                return False  # (the card's title, or its rest)
            if _names_org(node):
                return True
            node = node.prev
        return False

    def _named_late_on_path(self, head: Node) -> bool:
        """Does the path into ``head``, past the decided root, read a name after a card's
        abstract (an organisation's line with its marks, or an organisation chrome line,
        under an abstract or its rest)? ``_one_org_page`` asks the cards decided; the
        cards a live path has read since count as much: a page that names organisations
        after abstracts shows a card's second name under one without an abstract
        (``n_org_line``: ``Arena as Offline Reward: …`` + ``iInterpretation as …`` +
        ``Google · Sep 3, 2020`` + ``NVIDIA · Aug 18``, under ``NVIDIA · Published on …``
        after the card above's abstract, undecided yet)."""
        node: Node | None = head
        named = False  # a name seen, its card's text above not reached yet
        for _ in range(MAX_WALK):
            if node is None:
                return False
            role = node.role
            if role in (ORG, CHROME):
                if not named:
                    named = _names_org(node)
            elif named:
                if role == ABSTRACT:
                    return True
                if role == TITLE:
                    named = False  # (the name was the card's own, over its abstract)
                # (CONT: an abstract's rest or a title's, the walk goes on to say which)
            node = node.prev
        return False

    def _card_named(self, head: Node) -> bool:
        """Did the card whose abstract ``head`` ends (or lies under) name an organisation
        between its title and that abstract: a name read as one with an organisation's
        marks, or an organisation chrome line? Past the decided root, the decided card
        (``CardTemplate.mo_named``, ``orgs``). Only on a page whose cards have never shown
        two (``CardTemplate.two_orgs``)."""
        template = self.template
        if template.two_orgs >= TWO_ORG_CARDS:
            return False
        node: Node | None = head
        past = False  # walked past the abstract's first piece, into the card's chrome
        for _ in range(64):
            if node is None:  # (the decided part: its card as the template read it)
                return template.mo_named if template.state == 2 else template.orgs > 0
            role = node.role
            if role == TITLE:
                return False
            if not past:
                past = role == ABSTRACT
            elif role not in (ORG, CHROME):
                return False  # (the title's rest: the card's chrome is behind)
            elif _names_org(node):
                return True
            node = node.prev
        return False


def _names_org(node: Node) -> bool:
    """Does ``node``, an organisation's line or a chrome line, name an organisation: a name
    read as one with an organisation's marks (``scores.org_marked``), or an organisation
    chrome line?"""
    return org_marked(node.tok) if node.role == ORG else node.tok.chrome == "org"
