"""Is an abstract a real one? The junk found in scraped listings (a bot comment, a link, the
title again, an empty line) told apart from text, in the bottom layer: readers flag it,
keys rank survivors by it, the output reports it and ``check`` judges a corpus by it.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ABSTRACT_STATUSES", "junk_abstract_reason"]

# ``abstract_status`` of an output row without a real abstract (absent when it has one).
ABSTRACT_STATUSES: Final = ("missing", "junk", "summary_only")

# Junk abstracts seen in the hf-papers-scrape data (the "abstract" there is often the
# first comment on the paper page).
_BOT_PREFIXES: Final = (
    "this is an automated message from the librarian bot",
    "arxivlens breakdown of this paper",
    "interesting breakdown of this paper on arxivlens",
)
_URL: Final = re.compile(r"\W*(?:https?://|www\.)", re.IGNORECASE)
_WORD: Final = re.compile(r"\w+")
_BOT_PREFIX_CHARS: Final = 120
_MIN_ABSTRACT_WORDS: Final = 5
_LINK_ONLY_MAX_WORDS: Final = 5
_LINK_ONLY_MAX_TOKENS: Final = 40
# A title followed by a short venue/tag ("Title (ECCV'26)") is still the title.
_TITLE_PLUS_WORDS: Final = 4
_TITLE_TAG_CHARS: Final = 60


def junk_abstract_reason(title: str, abstract: str) -> str | None:
    """Why ``abstract`` is not a real abstract, or ``None``:

    * ``"no_text"`` - no letter or digit at all (".", "-");
    * ``"title"`` - the title again, possibly with a short tag ("Title (ECCV'26)");
    * ``"bot"`` - a bot comment (Librarian Bot, arXivLens);
    * ``"link_only"`` - URLs with at most a few words around them ("Code: https://...");
    * ``"too_short"`` - fewer than 5 words.
    """
    # Most abstracts start with a letter: the scan for one is only needed when they do not.
    if not abstract[:1].isalnum() and not any(c.isalnum() for c in abstract):
        return "no_text"
    # Bounded splits: every rule asks whether a text has *few* tokens, so long abstracts
    # are settled after a few dozen tokens.
    if len(abstract) <= len(title) + _TITLE_TAG_CHARS:
        words, title_words = _words(abstract), _words(title)
        n = len(title_words)
        if words[:n] == title_words and len(words) <= n + _TITLE_PLUS_WORDS:
            return "title"
    head = abstract[:_BOT_PREFIX_CHARS].casefold()
    if head.startswith(_BOT_PREFIXES) or "librarian bot" in head:
        return "bot"
    tokens = abstract.split(maxsplit=_LINK_ONLY_MAX_TOKENS)
    if len(tokens) <= _LINK_ONLY_MAX_TOKENS and ("://" in abstract or "www." in abstract):
        prose = [t for t in tokens if not _URL.match(t) and any(c.isalnum() for c in t)]
        if len(prose) <= _LINK_ONLY_MAX_WORDS:
            return "link_only"
    if len(tokens) < _MIN_ABSTRACT_WORDS:
        return "too_short"
    return None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())
