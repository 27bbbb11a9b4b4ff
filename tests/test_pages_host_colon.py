"""A web address ending a line at a dot goes on into its host's rest, a colon in it only
into a port (``lineforms._HOST_REST``; docs/pages-passes.md, "The `new` family's wrapped
pages (nw33)"). The excerpt (``fixtures/pages_nw33.json``) is new 117's ``n_wrap`` page
p000242 at 200k (``--arrangement n_wrap``), lines 383-418 (plain, layout B, wrapped at
120): an abstract ending ``https://chemrag.github.io.`` + ``dive: embedding compression via
self-limiting gradient updates.`` (a title in lower case) + its abstract. Main read
``dive:`` as the host's rest going on (a host's last part and a colon), the title and its
abstract glued to the abstract above."""

from __future__ import annotations

from papercorpus.sources.pages.lineforms import address_goes_on

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_nw33.json")["nw33_new117w_p000242_a_word_and_colon_is_no_host"]


def test_a_lower_case_title_under_an_address_is_its_own_card() -> None:
    check_excerpt(PAGE)


def test_a_colon_goes_on_into_a_port_only() -> None:
    assert address_goes_on("demo at https://chemrag.github.", "io:8080/app")
    assert not address_goes_on("at https://chemrag.github.io.", "dive: embedding compression")
