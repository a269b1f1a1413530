"""Dictated utterances in a text the user edits too: "streiche das" and the provisional period.

An editor inserts each committed utterance at its cursor with :func:`dictation.text.document.splice`
and the user types around it. :class:`DictatedRanges` remembers where each utterance sits, as
two anchors per utterance that the editor keeps up to date while the text changes (in the
desktop app ``QTextCursor``: the start moves when text is typed right before it, the end stays
when text is typed right after it, so typed text never becomes part of a dictated range). It
decides, for the editor:

* whether the period before the cursor is Whisper's own (provisional): only right after the
  utterance just committed, never after typed text (see :func:`~dictation.text.document.splice`);
* whether the speaker dictates sentence ends ("Punkt" said once in the note);
* what "streiche das" removes (:meth:`DictatedRanges.strike`): the most recent utterance still
  in the text, restoring what it replaced; a command that changed nothing counts as an
  utterance, so "streiche das" right after it removes that no-op, not the sentence before;
* which dictated utterances the user has changed since (:meth:`DictatedRanges.corrections`).

The rules for a whole note built from utterances alone are :class:`dictation.text.document.Document`'s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from dictation.text.commands import InsertPunctuation, Op
from dictation.text.document import Splice, splice

__all__ = ["Anchor", "DictatedRange", "DictatedRanges", "Strike"]


class Anchor(Protocol):
    """A position in the edited text that follows the edits (``QTextCursor`` in the app)."""

    def position(self) -> int:
        """Where the anchor is now."""


@dataclass
class DictatedRange:
    """Where a committed utterance sits; ``removed`` is what it replaced (restored on strike)."""

    start: Anchor
    end: Anchor
    text: str
    removed: str
    ends_provisional: bool = False  # ends with Whisper's own period (see document.splice)
    no_op: bool = False  # a command that changed nothing ("Punkt" after Whisper's period)


@dataclass(frozen=True)
class Strike:
    """What "streiche das" does: replace ``start:end`` by ``restore``; ``no_op`` when it only
    forgot a command that had changed nothing (the text stays as it is)."""

    start: int = 0
    end: int = 0
    restore: str = ""
    no_op: bool = False


class DictatedRanges:
    """The committed utterances of one text under edit, newest last.

    Args:
      anchor: Makes an anchor at a position; ``keep_on_insert``: text inserted exactly there
        goes after the anchor (the anchor stays before it).
    """

    def __init__(self, anchor: Callable[[int, bool], Anchor]) -> None:
        self._anchor = anchor
        self.ranges: list[DictatedRange] = []
        #: sentence ends are dictated (see :attr:`dictation.text.document.Document.dictates_punctuation`)
        self.dictates_punctuation = False

    def clear(self) -> None:
        """The text was replaced as a whole (a draft restored, a note opened)."""
        self.ranges.clear()
        self.dictates_punctuation = False

    def splice(self, text: str, start: int, end: int, ops: Sequence[Op],
               keep_capitalized: Iterable[str] = ()) -> Splice:
        """The edit that puts one utterance's ``ops`` over ``text[start:end]`` (the cursor or
        the selection), with the provisional period and dictated punctuation of this text."""
        last = self.ranges[-1] if self.ranges else None
        # Whisper's period on the utterance just before is provisional: a dictated bracket or
        # mark replaces it — but only right after that utterance, never after typed text.
        provisional = (last is not None and last.ends_provisional and start == end
                       and last.end.position() == start)
        edit = splice(text[:start], ops, keep_capitalized, text[end:], provisional,
                      self.dictates_punctuation)
        self.dictates_punctuation = self.dictates_punctuation or any(
            isinstance(op, InsertPunctuation) and op.mark in ".?!" for op in ops)
        return edit

    def add_no_op(self, position: int) -> None:
        """An utterance that changed nothing at ``position``: still an utterance, so that
        "streiche das" right after it removes it (the user's model is "remove what I said
        last"), not the sentence before."""
        last = self.ranges[-1] if self.ranges else None
        here = self._anchor(position, False)
        self.ranges.append(DictatedRange(here, here, "", "",
                                         last.ends_provisional if last else False, no_op=True))

    def add(self, edit: Splice, replaced: str) -> None:
        """``edit`` was applied (its text now starts at ``edit.keep``); ``replaced`` is the
        selection it replaced besides ``edit.removed``."""
        begin = edit.keep
        finish = begin + len(edit.text)
        self.ranges.append(DictatedRange(self._anchor(begin, False), self._anchor(finish, True),
                                         edit.text, edit.removed + replaced,
                                         edit.ends_provisional))

    def strike(self, text: str) -> Strike | None:
        """What "streiche das" removes from ``text`` (the text as it reads now): the most
        recent utterance still in it; None when no dictated text is left."""
        for r in reversed(self.ranges):
            if r.no_op:
                self.ranges.remove(r)
                return Strike(no_op=True)
            start, end = r.start.position(), r.end.position()
            if start > end:
                # undo/redo re-inserted the text at a collapsed range: the start anchor moved
                # past it, the end stayed before it
                start, end = end, start
                if text[start:end] != r.text:
                    continue
            if start == end:
                continue  # undone or deleted by the user: not in the text any more
            return Strike(start, end, r.removed)
        return None

    def corrections(self, text: str) -> list[tuple[str, str]]:
        """(recognised, as it reads now) for every dictated utterance the user has changed
        in ``text`` — the material for correction suggestions."""
        changed = []
        for r in self.ranges:
            if r.no_op:
                continue
            start, end = sorted((r.start.position(), r.end.position()))
            now = text[start:end]
            if now.strip() and now != r.text:
                changed.append((r.text, now))
        return changed
