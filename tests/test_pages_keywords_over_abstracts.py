"""A keywords label and its terms over a line opening in capitals ends its paragraph, however
full: no abstract opens with its keywords, so the line is a card's furniture over its
abstract (OpenReview's) or an abstract's last line, and ``repeats.learn`` sees it beside its
card's title (``paragraphs._ends``; docs/pages-passes.md, "The default family's and the site
/ furniture draws' last losses (lt33)"). The excerpt (``fixtures/pages_lt33.json``) is sites
178's page p000682 (plain, layout B, abstracts wrapped at 80; ``openreview+pwc+rank``): its
first 138 lines, six cards, each ``title`` + ``Accept (…)`` + ``Keywords: …`` + its
abstract. Main learned no furniture (the lists of 60 characters or more were read as the
abstracts' first lines, too few places left): every list went into its abstract (a leak
each) and the first card's was read as a title, its card left without an abstract."""

from __future__ import annotations

from papercorpus.sources.pages.repeats import learn

from .page_excerpts import check_excerpt, load_excerpts

PAGE = load_excerpts("pages_lt33.json")["lt33_sites178_p000682_keywords_over_abstracts"]


def test_keywords_over_abstracts_are_the_page_furniture() -> None:
    assert learn(PAGE["lines"]) == frozenset({"L:keywords"})
    check_excerpt(PAGE)
