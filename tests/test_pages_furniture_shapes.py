"""Each shape of a page's furniture keeps its own place (``furniture_rhythm.shape_tag``): a
page that prints ``Published: …`` under its titles and ``Votes: 97 | Code: …`` under its
abstracts puts a title right over every ``Published:`` line, also the title of the card
after a card without an abstract (docs/pages-passes.md, "The families' and the site /
furniture draws' last losses (lt32)"). The excerpt (``fixtures/pages_lt32.json``) is
furniture 116's page p000192 (plain, layout A, wrapped at 80), its head and first cards,
then lines 1415-1452: ``Advances in 4D Generation: A Survey`` + ``Published: …`` +
``Votes: 348 | Code: …`` (no abstract), then ``fully automated segmentation of fiber
bundles in anatomic tracing data.`` + ``Published: …`` + its abstract. Main placed both
shapes as one kind, ``repeated``, which the page put after titles and after abstracts alike:
the lower-case title became the card above's abstract."""

from __future__ import annotations

from papercorpus.sources.pages.furniture_rhythm import shape_tag, titled_furniture

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt32.json")["lt32_furn116_p000192_furniture_placed_by_its_shape"]


def test_a_title_over_the_furniture_its_page_puts_under_titles() -> None:
    check_excerpt(PAGE)


def test_each_shape_its_tag() -> None:
    published = shape_tag("repeated", "Published: Jan 15, 2019")
    votes = shape_tag("repeated", "Votes: 97 | Code: x")
    assert published != votes and published == shape_tag("repeated", "Published: Feb 22, 2021")
    assert titled_furniture(published, {published: 2.0})
    assert not titled_furniture(votes, {published: 2.0})
    assert not titled_furniture("authors", {"authors": 2.0})


SITE = load_excerpts("pages_lt32.json")["lt32_sites116_p000331_site_chrome_placed_by_its_shape"]


def test_a_title_over_the_site_chrome_its_page_puts_under_titles() -> None:
    # sites 116 p000331, lines 1162-1239 (plain, layout B): ``Automated Wicket-Taking …``
    # + ``Accept (Spotlight)``, its keywords, field and venue + ``63 Citations`` (no
    # abstract), then ``interpretable automatic rosacea detection with whitened cosine
    # similarity.`` + ``Accept (Spotlight)`` + … + its abstract: main read the lower-case
    # title as the card above's abstract (``site`` one kind, under titles and abstracts)
    check_excerpt(SITE)
