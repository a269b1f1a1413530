"""The note being dictated: committed utterances joined into clean German text.

:class:`Document` applies the operations of :mod:`dictation.textpipeline`, one ``apply`` call
per committed utterance. Its rules:

* Spacing: one space between pieces; none before , . : ; ? ! ) “ ; none after ( „ or a
  dictated hyphen; nothing at line starts. Whitespace inside dictated text is collapsed.
* A dictated mark replaces a mark the text already ends with, so Whisper's own period
  followed by "Komma" gives "," and "Punkt" after Whisper's period changes nothing. A mark
  dictated after a line/paragraph break goes to the end of the text before the break.
* Capitals: the first letter after a sentence end (. ? !), at the start of the note, of a line
  and of a paragraph is upper-case. A period after a known abbreviation ("z. B.", "Abs.",
  "bzw."), after digits ("3.") or a colon counts as neither end nor middle: the case Whisper
  chose is kept.
* Whisper starts every utterance with a capital. In the middle of a sentence (text ends with a
  word, a comma, a semicolon or a closing bracket) the first word is lower-cased when it is a
  frequent German word that is never a noun (articles, pronouns, verbs, adjectives …: the
  lower-case entries of ``dictation/data/frequent_de.txt``), is not the start of a vocabulary
  term and is not the formal "Sie/Ihnen/Ihr…". Everything else keeps its capital: German nouns
  are capitalised, so erring that way is safer. Whisper's own punctuation is left as it is.
* ``NewLine`` is "\\n", ``NewParagraph`` is "\\n\\n"; never more than one empty line, and
  no break at the very start of the note.
* ``DeleteLastUtterance`` restores the text as it was before the last utterance that changed
  it (so a "Komma" that replaced a period gives the period back). ``undo`` reverts the last
  ``apply``, including a deletion.

Dictating into the middle of a text (an editor's cursor): :meth:`Document.continuing` starts a
document from the text before the cursor, so all the rules above see it, and :func:`splice`
says which characters before the cursor an utterance replaces and what it inserts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from dictation.textpipeline import (
    DeleteLastUtterance,
    InsertPunctuation,
    InsertText,
    NewLine,
    NewParagraph,
    Op,
    lowercase_words,
)

__all__ = ["Document", "Splice", "splice"]

_MARKS = frozenset(".,;:?!")
_OPENING = frozenset("(„[‚«")
_CLOSING = frozenset(")“]‘»\"")
_NO_SPACE_BEFORE = _MARKS | _CLOSING
_FORMAL = frozenset({"Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres"})
_ABBREVIATIONS = frozenset("""
abs nr bzw ggf usw etc vgl ca evtl inkl zzgl exkl bspw sog hr fr dr prof str gem lfd tel
az zb dh ua uä ivm so su sa bzgl mind max min ggü jan feb mär apr jun jul aug sep sept okt nov dez
""".split())
_FIRST_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class _Utterance:
    keep: int  # length of the text before it that it left untouched
    removed: str  # what it replaced after ``keep`` (a trailing mark, a trailing newline …)
    added: str  # what it put after ``keep``


class Document:
    """A dictated note, built from committed utterances.

    Args:
      keep_capitalized: Vocabulary terms (their first words are never lower-cased).
      max_undo: How many ``apply`` calls ``undo`` can revert.
    """

    def __init__(self, keep_capitalized: Iterable[str] = (), max_undo: int = 200) -> None:
        self._text = ""
        self._utts: list[_Utterance] = []
        self._undo: list[list[tuple[str, _Utterance]]] = []
        self._max_undo = max_undo
        self._keep = {t.split()[0] for t in keep_capitalized if t.split()}
        self._lowercase = lowercase_words()
        self._touched = 0

    @classmethod
    def continuing(
        cls, text: str, keep_capitalized: Iterable[str] = (), max_undo: int = 200
    ) -> Document:
        """A document that goes on from ``text`` (typed or dictated earlier).

        ``text`` itself is no utterance: ``DeleteLastUtterance`` and ``undo`` never remove it,
        but punctuation, spacing and capitals of the next utterance follow it.
        """
        document = cls(keep_capitalized, max_undo)
        document._text = text
        document._touched = len(text)
        return document

    @property
    def text(self) -> str:
        """The note as it reads now."""
        return self._text

    @property
    def utterances(self) -> list[str]:
        """What each committed utterance still in the note added (with its leading space)."""
        return [u.added for u in self._utts]

    def apply(self, ops: Sequence[Op]) -> None:
        """Apply the operations of one committed utterance."""
        actions: list[tuple[str, _Utterance]] = []
        before: str | None = None
        for op in ops:
            if isinstance(op, DeleteLastUtterance):
                self._finish(before, actions)
                before = None
                if self._utts:
                    u = self._utts.pop()
                    self._text = self._text[: u.keep] + u.removed
                    actions.append(("delete", u))
                continue
            if before is None:
                before = self._text
                self._touched = len(self._text)
            self._apply_one(op)
        self._finish(before, actions)
        if actions:
            self._undo.append(actions)
            del self._undo[: -self._max_undo]

    def undo(self) -> bool:
        """Revert the last ``apply`` that changed the note; False when there is none."""
        if not self._undo:
            return False
        for kind, u in reversed(self._undo.pop()):
            if kind == "add":
                self._utts.pop()
                self._text = self._text[: u.keep] + u.removed
            else:
                self._text = self._text[: u.keep] + u.added
                self._utts.append(u)
        return True

    # -- internals -----------------------------------------------------------------------------

    def _finish(self, before: str | None, actions: list[tuple[str, _Utterance]]) -> None:
        if before is None:
            return
        keep = self._touched
        u = _Utterance(keep, before[keep:], self._text[keep:])
        if u.removed != u.added:  # an utterance that changed nothing is not recorded
            self._utts.append(u)
            actions.append(("add", u))

    def _set(self, keep: int, tail: str) -> None:
        self._text = self._text[:keep] + tail
        self._touched = min(self._touched, keep)

    def _apply_one(self, op: Op) -> None:
        if isinstance(op, InsertText):
            self._insert_text(op.text)
        elif isinstance(op, InsertPunctuation):
            self._insert_mark(op.mark)
        elif isinstance(op, NewLine):
            if self._text and not self._text.endswith("\n\n"):
                head = self._text.rstrip(" ")
                self._set(len(head), "\n")
        elif isinstance(op, NewParagraph):
            if self._text:
                head = self._text.rstrip()
                self._set(len(head), "\n\n")
        else:
            raise TypeError(f"Not a document operation: {op!r}")

    def _insert_text(self, text: str) -> None:
        text = " ".join(text.split())
        if not text:
            return
        text = self._recase(text)
        current = self._text
        if not current or current.endswith("\n") or text[0] in _NO_SPACE_BEFORE \
                or current[-1] in _OPENING or self._ends_with_hyphen():
            sep = ""
        else:
            sep = " "
        self._set(len(current), sep + text)

    def _insert_mark(self, mark: str) -> None:
        current = self._text
        if mark in _MARKS:
            head = current.rstrip()
            if not head:
                return  # nothing to punctuate
            tail = current[len(head):]
            if head[-1] in _MARKS:
                self._set(len(head) - 1, mark + tail)
            else:
                self._set(len(head), mark + tail)
        elif mark == "-":
            self._set(len(current), "-")
        elif mark in _OPENING:
            sep = "" if not current or current.endswith("\n") or current[-1] in _OPENING else " "
            self._set(len(current), sep + mark)
        else:  # closing bracket or quote
            self._set(len(current), mark)

    def _ends_with_hyphen(self) -> bool:
        """A dictated hyphen ("Wald-" + "Michelbach"), not a dash between spaces."""
        t = self._text
        return len(t) >= 2 and t[-1] == "-" and t[-2].isalnum()

    def _sentence_state(self) -> str:
        """"start"/"end" (capitalise), "mid" (may lower-case) or "keep" (leave as is)."""
        t = self._text
        if not t or t.endswith("\n"):
            return "start"
        core = t.rstrip("".join(_CLOSING))
        if not core:
            return "keep"
        last = core[-1]
        if last in "?!":
            return "end"
        if last == ".":
            m = re.search(r"(?:^|\s)(\S+)\.$", core)
            word = m.group(1).replace(".", "").lower() if m else ""
            if word.isdigit() or word in _ABBREVIATIONS or re.search(r"\b\w\.\s?\w\.$", core):
                return "keep"
            return "end"
        if last in ":-" or last in _OPENING or last in "\"'":
            return "keep"
        return "mid"

    def _recase(self, text: str) -> str:
        state = self._sentence_state()
        if state in ("start", "end"):
            if text[0].islower():
                return text[0].upper() + text[1:]
            return text
        if state == "mid":
            m = _FIRST_WORD.match(text)
            if m:
                word = m.group()
                if (word[0].isupper() and word[1:].islower() and word not in _FORMAL
                        and word not in self._keep and word.lower() in self._lowercase):
                    return word.lower() + text[len(word):]
        return text


_TRAILING_BLANKS = " \t"
_JOINS_NEXT = _OPENING | {"-", " ", "\t", "\n"}


@dataclass(frozen=True)
class Splice:
    """How one utterance changes the text before an insertion point.

    Attributes:
      keep: Characters of the text before the point that stay as they are.
      removed: The characters after ``keep`` that the utterance replaces (a period that a
        dictated comma replaces, blanks before a line break); "" for most utterances.
      text: What goes in their place, just before the point.
    """

    keep: int
    removed: str
    text: str


def splice(
    before: str, ops: Sequence[Op], keep_capitalized: Iterable[str] = (), after: str = ""
) -> Splice:
    """The edit that applies ``ops`` (one utterance) at a point between ``before`` and ``after``.

    The document rules (spacing, punctuation, capitals) see ``before`` as the text so far;
    blanks the user left at its end are not doubled. A space is appended when ``after`` starts
    with a word or an opening bracket that would otherwise stick to the inserted text.
    ``DeleteLastUtterance`` is ignored here: the caller knows where its utterances are.
    """
    head = before.rstrip(_TRAILING_BLANKS)
    document = Document.continuing(head, keep_capitalized)
    document.apply([op for op in ops if not isinstance(op, DeleteLastUtterance)])
    result = document.text
    if result == head:
        return Splice(len(before), "", "")
    keep = 0
    limit = min(len(before), len(result))
    while keep < limit and before[keep] == result[keep]:
        keep += 1
    text = result[keep:]
    if (text and after and (after[0].isalnum() or after[0] in _OPENING)
            and text[-1] not in _JOINS_NEXT):
        text += " "
    return Splice(keep, before[keep:], text)
