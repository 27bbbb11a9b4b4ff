"""Round 34 (lt34): under a line ending in a bare web address (a paragraph's end), a line
in lower case of four words or more opening with a word that is no joiner may be a title
in lower case: the intake offers a cut there and the decoder weighs it.

On a ``fresh`` page in layout B (no blank lines), an abstract's last line ``Code available
at https://github.com/ky295/reasoning-manipulation`` sat right over the next card's title in
lower case, ``efficient token compression for vision transformer with spatial information
preserved``, then its ``**TL;DR:**`` line: the intake cut before a title-shaped line only
(``titleish``), so both lines were one token, read as the title: the card above lost its
last line, the card its title (fresh 184 p000560). A sentence going on past its link opens
with a joiner (``and``, ``under``, ``to``) or is an address's rest; of the arXiv listings'
abstracts wrapped at 80 and 100, 14 of their 403 lower-case lines under an address pass
``breaks.lower_after_address``, 37,886 of the 74,728 titles in lower case do."""

from __future__ import annotations

import pytest

from papercorpus.sources.pages.breaks import lower_after_address

from .page_excerpts import check_excerpt, excerpt_names, load_excerpts

EXCERPTS = load_excerpts("pages_lower_after_address.json")


@pytest.mark.parametrize("name", excerpt_names(EXCERPTS, "fresh"))
def test_a_title_in_lower_case_under_an_address_is_cut(name: str) -> None:
    check_excerpt(EXCERPTS[name])


def test_what_goes_on_past_an_address() -> None:
    assert lower_after_address(
        "efficient token compression for vision transformer with spatial information preserved"
    )
    assert not lower_after_address("and the data at our project page.")
    assert not lower_after_address("under the MIT license for research use only.")
    assert not lower_after_address("xlab/Copernicus-FM.")
    assert not lower_after_address("group.github.io/DecAlign and the code is available")
