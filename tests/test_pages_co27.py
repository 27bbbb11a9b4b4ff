"""A card links one paper, and a page's furniture beside abstracts in markdown links:
excerpts of the held-in ``unseen`` arrangement's seed-144 pages (``fixtures/pages_co27.json``),
each failing before its rule.

- Two cards without abstracts in a row, each title ending in its paper's link, on a page
  that ends every title so: the second title was read as the first card's abstract
  (``scores``: ``LINKED_TITLE`` and ``HEAD_TITLE`` together there).
- The same where the page has not yet marked every title: the second line links another
  paper than the title above it (``title_links.links_other``: ``TWO_IDS``).
- A page whose abstracts sit in markdown links, their paragraphs ending in ``\\`` hard
  breaks: each paragraph was counted as a card, so the furniture (``Soumis par …``,
  ``6 auteurs · 5 commentaires``) came back on too few "cards" to be learned and every
  line of it became a card of its own (``repeats._broken_end``)."""

from __future__ import annotations

from papercorpus.sources.pages import repeats
from papercorpus.sources.pages.card_marks import marks_only
from papercorpus.sources.pages.opener_shapes import split_names

from .page_excerpts import accounted, load_excerpts, parse_page

EXCERPTS = load_excerpts("pages_co27.json")


def _read(name: str) -> list[tuple[str, str]]:
    lines = EXCERPTS[name]["lines"]
    records, log = parse_page(lines)
    accounted(lines, log)
    return [(r.title, r.abstract) for r in records]


def test_two_linked_titles_without_abstracts_are_two_cards() -> None:
    cards = _read("co27_unseen144_p000081_two_linked_titles_without_abstracts")
    titles = [t for t, _ in cards]
    prompt = titles.index(
        "PROMPT TO POLYP: CLINICALLY-AWARE MEDICAL IMAGE SYNTHESIS WITH DIFFUSION MODELS"
    )
    assert cards[prompt][1] == ""
    assert cards[prompt + 1] == ("Human-AI Teaming Co-Learning in Military Operations", "")
    assert titles[prompt + 2].startswith("Are Vision-Language Models Safe in the Wild?")
    assert not any("https://" in a for _, a in cards)


def test_a_line_linking_another_paper_is_the_next_cards_title() -> None:
    cards = _read("co27_unseen144_p000279_a_second_papers_link_under_a_title")
    assert cards[-2][0].startswith("Cal or No Cal? -- Real-Time Miscalibration Detection")
    assert cards[-2][1] == ""
    assert cards[-1] == ("LOGICAL-COMMONSENSEQA: A Benchmark for Logical Commonsense Reasoning", "")


def test_furniture_beside_link_wrapped_abstracts_is_learned() -> None:
    name = "co27_unseen144_p000336_furniture_beside_link_wrapped_abstracts"
    assert repeats.learn(EXCERPTS[name]["lines"]) == {
        "O:soumis par",
        "0 auteurs ·",
        "M 0, 0 • 0 authors",
    }
    cards = _read(name)
    assert len(cards) == 14
    assert not any(t.startswith("Soumis par") or "auteurs" in t for t, _ in cards)
    assert cards[1][0].startswith("Are BabyLMs Deaf to Gricean Maxims?")
    assert cards[1][1].startswith("Implicit meanings are integral to human communication")
    assert cards[1][1].endswith("pragmatic dimensions.")


def test_a_ranked_heading_link_wrapped_over_two_lines_is_one_title() -> None:
    """``### #15 [Federated CLIP … Heterogeneous`` + ``Medical Image Classification](url)``
    (a capture wrapping a heading's link text): the rank dropped, the ``[`` opens the link
    as on a plain title's line and its rest closes it, a card without an abstract; the
    second line was read as the card's abstract, and ``GENERATION VIA HYPERNETWORKS](url)``
    as a card of its own (``card_marks.link_title_marks``)."""
    name = "co27_novel145_p000669_ranked_heading_links_wrapped"
    records, log = parse_page(EXCERPTS[name]["lines"])
    accounted(EXCERPTS[name]["lines"], log)
    by_title = {r.title: r for r in records}
    clip = by_title[
        "Federated CLIP for Resource-Efficient Heterogeneous Medical Image Classification"
    ]
    assert (clip.abstract, clip.arxiv_id) == ("", "2511.07929")
    hyper = by_title[
        "FINETUNING-FREE PERSONALIZATION OF TEXT TO IMAGE GENERATION VIA HYPERNETWORKS"
    ]
    assert hyper.arxiv_id == "2511.03156"
    assert hyper.abstract.startswith("Personalizing text-to-image diffusion models")
    assert not any("](" in r.title or "](" in r.abstract for r in records)


def test_a_titles_own_link_is_no_web_address_in_it() -> None:
    """A title's line ending in its paper's link scores as the title it is (a title holds
    no web address, but this one is the title's link): ``Identifying Financial Risk
    Information … https://huggingface.co/papers/2510.03521`` under the chrome of a card
    without an abstract whose title has no link was that card's abstract
    (``shape_scores.title_score``)."""
    cards = _read("co27_unseen145_p000199_a_linked_title_under_an_unlinked_one")
    titles = [t for t, _ in cards]
    at = titles.index(
        "[Citation needed] Vision-Centric 4D Occupancy Forecasting and Planning via Implicit "
        "Residual World Models"
    )
    assert cards[at][1] == ""
    assert cards[at + 1] == (
        "Identifying Financial Risk Information Using RAG with a Contrastive Insight",
        "",
    )


def test_a_title_with_a_comma_is_no_line_of_names() -> None:
    """``Limited-Resource Adapters Are Regularizers, Not Linguists`` reads as two names of
    two to four capitalised words; a Title Cased title's small words (``Are``, ``Not``) are
    no name's, so it is no line of names (``opener_shapes.split_names``): on a page that
    prints its cards' authors under their titles it was learned as that furniture, and the
    card lost."""
    assert split_names("Limited-Resource Adapters Are Regularizers, Not Linguists") is None
    assert split_names("Ann Lee, Do Van Minh, Can Li and Will Smith") == [
        "Ann Lee",
        "Do Van Minh",
        "Can Li",
        "Will Smith",
    ]
    titles = [
        t for t, _ in _read("co27_unseen147_p000000_a_title_with_a_comma_is_no_line_of_names")
    ]
    assert "Limited-Resource Adapters Are Regularizers, Not Linguists" in titles


def test_an_abstracts_last_line_with_a_labelled_link_is_no_title() -> None:
    """``… with early memories holding`` + ``their value. Paper:
    https://arxiv.org/abs/2607.26637``: a line ending in a paper's link after a label (or a
    sentence's end) is no title's line with its link; it stays the abstract's last line
    (``shape_scores._own_link``: the title's own link is no web address in it, this one is)."""
    cards = _read("co27_default144_p002814_an_abstracts_labelled_paper_link")
    assert len(cards) == 1
    assert cards[0][1].endswith("their value. Paper: https://arxiv.org/abs/2607.26637")


def test_a_line_of_link_marks_alone_is_chrome() -> None:
    """``[PDF] [arXiv] [Code]`` under each card (its links, the addresses the capture
    dropped) on a page that shows it on too few cards for ``repeats`` to learn it (20 of
    26): each line was a card of its own; a line of links' marks alone is chrome on sight
    (``card_marks.marks_only``, ``card_notes.note_kind``)."""
    cards = _read("co27_novel145_p000265_a_line_of_link_marks_alone")
    assert not any(t.startswith("[") for t, _ in cards)
    assert [t[:24] for t, _ in cards][:3] == [
        "Personalisation or Preju",
        "Visual Reasoning Tracer:",
        "clutch: contextualized l",
    ]
    assert marks_only("[PDF] [arXiv] [Code]") and marks_only("[pdf] [code]")
    assert not marks_only("[Citation needed] Data usage") and not marks_only("[RET]")


def test_a_summary_of_two_sentences_on_a_page_of_summaries_is_the_cards_summary() -> None:
    """A card whose only text is ``TL;DR HCS is a plug-and-play method … Experiments
    demonstrate …`` (two sentences), on a page that prints a ``TL;DR`` line on its cards:
    the line is the card's AI summary, the card has no abstract (``habit_summary``); it
    was the card's abstract, label and all (``note_kind`` takes one sentence only, against
    an abstract that opens with its own ``TL;DR:``)."""
    name = "co27_fresh146_p000440_a_summary_of_two_sentences_on_a_summary_page"
    records, log = parse_page(EXCERPTS[name]["lines"])
    accounted(EXCERPTS[name]["lines"], log)
    hcs = next(r for r in records if r.title.startswith("Advancing Complex Wide-Area Scene"))
    assert hcs.abstract == ""
    assert str(hcs.meta["ai_summary"]).startswith("HCS is a plug-and-play method")
    assert not any("TL;DR" in r.abstract for r in records)


def test_a_title_under_its_thumbnail_is_no_line_of_prose() -> None:
    """Layout B, each card a thumbnail whose alt text is its title (``[![Title](thumb)](…)``),
    the title (up to 95 characters) right over its abstract wrapped at 80, then ``Code:
    https://github.com/…``: titles of 70+ characters had no room to part from their
    abstracts by the width, so 5 of 20 cards showed no title of their own beside the
    ``Code:`` line, the line was not learned as the page's furniture and went into every
    abstract (``repeats._alt_below``). Held-out ``fresh`` 113 p000492: 62 leaked."""
    name = "co27_fresh113_p000492_a_title_under_its_thumbnail_is_no_prose"
    assert "L:code" in repeats.learn(EXCERPTS[name]["lines"])
    records, log = parse_page(EXCERPTS[name]["lines"])
    accounted(EXCERPTS[name]["lines"], log)
    assert not any(
        r.abstract.endswith(("safer-policy-compliance", "gradpruner-gradient-guid"))
        for r in records
    )
    assert records[0].meta["urls"] == ["https://github.com/lee/safer-policy-compliance"]
