"""The text half of an arXiv listing entry: a line inside an entry that is not a labelled
field's first line. ``arxiv_text._ListingParser`` reads a page's lines and their chrome and
sends each such line here: the title's wrapped lines, the authors printed unlabelled, a
field's wraps, the abstract, and a short line after a blank held until the next line says
whether it was the abstract's first line or a page footer."""

from __future__ import annotations

import re

from . import arxiv_marks as marks
from .arxiv_entry import Entry, EntryRecords
from .arxiv_lines import (
    MAIL_HEAD,
    author_marks,
    continues,
    field_continues,
    indent,
    names_like,
    names_line,
    prose,
    stray,
)
from .md_lines import unlink

# A list of names ending in a name's initials ("…, Xiaoyu Wang, A. K."): no sentence's end.
_INITIALS = re.compile(r"(?:^|,)\s*(?:[A-Z]\.\s*)+$")
# A name the page's width cut in two: the piece on the next line has at most these words
# ("O'Neill", "van der Berg, [167]Ngan Li" holds more: its links say it).
_NAME_WORDS = 4


class EntryText(EntryRecords):
    """The entry's text lines; ``arxiv_text._ListingParser`` sets every attribute named here
    (beside ``EntryRecords``')."""

    entry: Entry | None
    blank: bool  # a blank line since the last content line of the entry
    stray: tuple[int, str, str] | None  # a short line after a blank, held
    mail_class: bool
    marked_authors: bool
    width: int
    unwrapped: bool
    prev_len: int
    prev_line: int
    orphans: list[tuple[int, str]]

    def _full(self, s: str) -> bool:
        """The line above filled the page's wrap width: ``s``'s first word did not fit."""
        return bool(self.width) and self.prev_len + 1 + len(s.split(" ", 1)[0]) > self.width

    def _content(self, lineno: int, raw: str, s: str) -> None:
        entry = self.entry
        if entry is None:
            if marks.category_line(unlink(s)) is not None:
                self.log.drop_chrome("browse")  # an abstract page's browse links: "cs.CV"
            elif MAIL_HEAD.match(s) is not None:
                self.log.drop_chrome("header")  # the e-mail digest's headers and preamble
                self.mail_class = s == "Submissions to:"
            else:
                self.log.reject(
                    "R_UNPARSED", self.file, lineno, f"outside any arXiv entry: {s[:80]}"
                )
                if not self.orphans or self.orphans[-1][0] != self.prev_line:
                    self.orphans.clear()
                self.orphans.append((lineno, s))
            return
        if self.stray is not None:
            if self.blank or stray(s):
                self._finish()  # the held line was a footer, and so may this one be
                self._content(lineno, raw, s)
                return
            self._take_stray(entry)
        if entry.current != "abstract" and (
            entry.labelled or entry.tags and entry.current not in ("title", "id")
        ):
            # a search entry's fields (its abstract comes labelled, or not at all)
            self._after_abstract(lineno, s)
            return
        if entry.abstract or entry.current == "abstract":
            if not entry.abstract:
                entry.meta["abstract_line"] = lineno  # "Abstract:" alone on its line
            elif self.blank and stray(s) and not entry.labelled:
                # (a labelled abstract's own fields follow it: no footer yet)
                self.stray = (lineno, s, "after the abstract")
                return
            entry.abstract.append(s)
            return
        if entry.pending is not None:
            # an unlabelled line under the held one: that one was the title's rest, unless
            # it is a line of names (then this one goes on with them)
            # (or it did not fill the width: then it ended there, and no names end a field
            # with another bare line under them)
            self._settle(
                entry,
                as_title=not self.blank and (not names_like(entry.pending) or not self._full(s)),
            )
        current = entry.current
        if current == "title":
            if not entry.title:
                entry.title.append(s)
                entry.title_line = lineno
            elif "authors" not in entry.fields and author_marks(s):
                entry.fields["authors"] = [s]  # the names' links: the authors, on sight
                entry.current = "authors"
                entry.indent = indent(raw)
            elif (
                not self.blank
                and not self.marked_authors
                and "authors" not in entry.fields
                and self._full(s)
                and not continues(entry.title[-1], raw, s, entry.indent)
                and not prose(s)
            ):
                # the title filled the width: its rest, or the names? the next line says
                entry.pending = s
            elif not self.blank and (
                self.marked_authors
                and "authors" not in entry.fields
                # (on a page wrapped at a width, a title line that did not fill it ended
                # the title, whatever its last word: "… retrieval enhancement,")
                or continues(entry.title[-1], raw, s, entry.indent)
                and (not self.width or self._full(s))
                and not self.unwrapped
            ):
                # (on a page that marks its authors, a line between the title and them
                # is the title's, however its capture wrapped it)
                entry.title.append(s)
            elif "authors" not in entry.fields and (
                not prose(t := unlink(s))
                or names_line(t)
                and (not t.endswith(".") or _INITIALS.search(t) is not None)
            ):
                entry.fields["authors"] = [s]  # the current layout prints authors unlabelled
                entry.current = "authors"
            else:
                self._begin_abstract(lineno, s)
            return
        if current == "id":
            if entry.tags:  # a search entry: its title follows its category tags
                entry.title.append(s)
                entry.title_line = lineno
                entry.current = "title"
            else:
                self._begin_abstract(lineno, s)  # no fields at all: keep the text, no title
            return
        parts = entry.fields.setdefault(current, [])
        if (
            not self.blank
            and parts
            and (
                field_continues(current, parts[-1], raw, s, entry.indent)
                # (the subjects have their own grammar: no width needed; a name the
                # width cut goes on in a piece of a few words, never a sentence's line)
                or current != "subjects"
                and self._full(s)
                and (current != "authors" or len(s.split()) <= _NAME_WORDS or names_like(s))
            )
        ):
            parts.append(s)
        elif current == "authors" and not parts:
            parts.append(s)  # "Authors:" alone, the names on the next line
        else:
            self._begin_abstract(lineno, s)

    def _after_abstract(self, lineno: int, s: str) -> None:
        """A line after a search entry's fields: the field going on, or the entry over."""
        entry = self.entry
        assert entry is not None
        parts = entry.fields.setdefault(entry.current, [])
        if not self.blank and parts:  # its fields hold no prose to tell apart: a wrap
            parts.append(s)
            return
        self._finish()
        self.log.reject("R_UNPARSED", self.file, lineno, f"after an arXiv entry: {s[:80]}")

    def _begin_abstract(self, lineno: int, s: str) -> None:
        entry = self.entry
        assert entry is not None
        if self.blank and stray(s):
            # a page footer ("About", "Help") - or the short first line of an abstract
            # wrapped narrow (a text browser's dump): the next line decides
            self.stray = (lineno, s, "outside any arXiv entry")
            return
        entry.abstract.append(s)
        entry.meta["abstract_line"] = lineno

    def _take_stray(self, entry: Entry) -> None:
        """The held short line continues into the next one: it is abstract text."""
        assert self.stray is not None
        lineno, s, _ = self.stray
        self.stray = None
        entry.n_lines += 1
        if not entry.abstract:
            entry.meta["abstract_line"] = lineno
        entry.abstract.append(s)

    def _finish(self, at_eof: bool = False) -> None:
        entry, self.entry = self.entry, None
        stray, self.stray = self.stray, None
        self._emit(entry, at_eof)
        if stray is not None:
            lineno, s, where = stray
            self.log.reject("R_UNPARSED", self.file, lineno, f"{where}: {s[:80]}")

    def finish(self) -> None:
        self._finish(at_eof=True)
