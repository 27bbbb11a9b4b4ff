"""The ``mid_org`` arrangement, fifth pass: a title under an abstract over its
organisation's block, titles written in lower case over their abstract (a name the
abstract writes in capitals), and two cards without an abstract whose chrome links two
papers. Excerpts of the seed-30 and seed-29 ``mid_org`` sets (``fixtures/pages_mo17.json``),
each failing without its rule."""

from __future__ import annotations

from papercorpus.sources.pages.card_links import late_ids
from papercorpus.sources.pages.casefold import folded_name
from papercorpus.sources.pages.flat_titles import two_titles

from .page_excerpts import check_excerpt, load_excerpts

EXCERPTS = load_excerpts("pages_mo17.json")


def test_a_title_over_an_organisation_block_under_an_abstract() -> None:
    """``… is competitive with API models.`` + ``Dr Web: a modern, query-based web data
    retrieval engine`` + `` DeepSeek`` + its profile link + ``·`` + ``Dec 18``, then the next
    title: a card without an abstract, not the abstract's last line ending open with the
    name as its card's organisation (p000293: the card lost, by 1)."""
    check_excerpt(EXCERPTS["mo17_m30_p000293_a_title_over_an_organisation_block_under_an_abstract"])


def test_a_title_in_lower_case_under_a_card_without_an_abstract() -> None:
    """``dLLM: …`` + its organisation block + ``4 authors`` + ``· Mar 19, 2018`` (no
    abstract), then ``Configurable multi-agent framework … of llm-based agents`` at 89 of
    100 over ``Large-language-model (LLM) agents exhibit …``: the line writes ``llm`` the
    text under it writes ``LLM``, a title, not dLLM's abstract's first line (p001226)."""
    check_excerpt(
        EXCERPTS["mo17_m30_p001226_a_title_in_lower_case_under_a_card_without_an_abstract"]
    )


def test_a_lower_cased_title_under_an_abstract() -> None:
    """``mind the prompt: … explanations via llms.`` under an abstract ending a sentence,
    over ``Integrating Large Language Models (LLMs) into …``: the next card's title, not
    the abstract's next sentence (p002193)."""
    check_excerpt(EXCERPTS["mo17_m30_p002193_a_lower_cased_title_under_an_abstract"])


def test_two_cards_without_an_abstract_linking_two_papers() -> None:
    """``kLoFT: …`` + its organisation, date and authors' link (``…/papers/2505.11703``),
    then ``Can Multiple Responses from an LLM Reveal! …?`` + its organisation, date and
    upvote count's link (``…/papers/2509.04464``), on a page that puts its counts after
    abstracts: two cards, not one with the second title as its abstract (mid_org 29
    p000579)."""
    check_excerpt(EXCERPTS["mo17_m29_p000579_two_cards_without_an_abstract_linking_two_papers"])


def test_a_name_written_in_lower_case_over_its_capitals() -> None:
    """A lower-case word the text under writes as an acronym (a plural ``s`` allowed);
    not a small word (``US``/``us``), not under text in capitals, not a word the text
    writes in lower case too."""
    under = "Large-language-model (LLM) agents exhibit complex, context-sensitive behaviour"
    assert folded_name("realistic testing of llm-based agents", under)
    assert folded_name("explanations via llms.", "Integrating Large Language Models (LLMs)")
    assert not folded_name("Realistic Testing of LLM-based Agents", under)
    assert not folded_name("what the models tell us about", "the US census data")
    assert not folded_name("deep learning for vision", "DEEP LEARNING FOR VISION TASKS")
    assert not folded_name("agents in the loop", under)
    assert not folded_name("inform clinical pain scores", "Next-Gen Pain Assessment (AI4PAIN).")
    home = "Project Homepage: https://osu-nlp-group.github.io/Misaligned-Action-Detection/"
    assert not folded_name(home, "Github Repo: https://github.com/OSU-NLP-Group/Misaligned")


def test_late_ids_of_a_count_link() -> None:
    """Ids of a kind of chrome the page puts after abstracts only, other than a paper
    link (``walks.links_across`` reads those); none where the page has no such habit."""
    count = "211](https://huggingface.co/login?next=%2Fpapers%2F2509.04464)"
    assert late_ids(count, "upvotes", {"upvotes": 2.0}) == ["2509.04464"]
    assert late_ids(count, "upvotes", {}) == []
    assert late_ids("https://huggingface.co/papers/2509.04464", "url", {"url": 2.0}) == []


def test_two_titles_of_one_width_on_a_page_that_wraps_nothing() -> None:
    """A page that has shown its paragraphs on one line each, none wrapped: ``Deep
    mineralogical segmentation of thin! Section images based on QEMSCAN maps`` (77, no
    abstract) + ``moss-speech: towards true speech-to-speech models without text
    guidance`` (71) + its abstract on one line are two cards, not one title of two lines
    that teaches the page a wrap width (between 26 p000475)."""
    check_excerpt(EXCERPTS["mo17_b26_p000475_two_titles_of_one_width_on_a_page_that_wraps_nothing"])


def test_two_title_lines() -> None:
    """Two title-like lines (a title may hold ``! ``); not under a paragraph of several
    sentences or a line that reads as a sentence."""
    first = "Deep mineralogical segmentation of thin! Section images based on QEMSCAN maps"
    assert two_titles(first, "moss-speech: towards true speech-to-speech models")
    assert not two_titles("We study this. It works. We show more.", "moss-speech: towards true")
    assert not two_titles("In this paper we show that the proposed method improves", first)


def test_a_first_title_run_into_the_subscribe_button_over_menu_words() -> None:
    """``SubscribeNFR: Neural Feature-Guided Non-Rigid Shape Registration`` (layout B: the
    header's button run into the page's first title), a card without an abstract, then
    ``Spaces`` + ``Spaces`` (menu words) and the next card: the line is that first title,
    not the page's search echo (between 27 p000443: the card lost)."""
    check_excerpt(
        EXCERPTS["mo17_b27_p000443_a_first_title_run_into_the_subscribe_button_over_menu_words"]
    )
