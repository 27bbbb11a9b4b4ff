"""A name carrying an organisation's marks is no card's abstract.

``Google · Feb 23`` (split by the intake into the name and its ``· date``): ``scores``
charges ``_PROSE_DOT`` to reading a text over a ``·`` as prose, and the name's
organisation reading gains its marks (``scores.dot_marked``). Under a card without an
abstract that shows two such lines (``### eRethinking Sample Polarity …`` + ``Google ·
Feb 23`` + ``Apple · Published on Nov 20, 2022``, new 72 ``n_org_line`` p001667; the
same with ``Apple`` and ``NVIDIA``, 71 p002339), the second name pays ``TWO_ORGS`` (6: a
card names one organisation), and the first was read as the card's abstract instead,
its name leaked into the record. ``MARKED_ABSTRACT`` charges that reading as much as a
second name costs, so the card keeps both names and no abstract.

Measured: of the 120,405 real arXiv abstracts, none reads as a name (``units.name_like``,
60 characters or fewer); of the 16,201 abstracts and summaries of the Hugging Face
scrape, 153 do (``V1``, ``Under Review``, ``Qwen3-VL Technical Report``: a card's junk
text), and a Hugging Face card puts its ``·`` lines between its title and its abstract,
not after the abstract: such a text is not followed by an organisation's marks there.
"""

from __future__ import annotations

from typing import Final

__all__ = ["MARKED_ABSTRACT"]

# (as much as a card's second organisation line costs: ``charges.TWO_ORGS``)
MARKED_ABSTRACT: Final = 6.0
