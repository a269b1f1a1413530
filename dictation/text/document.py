"""The note being dictated: committed utterances joined into clean German text.

:class:`Document` applies the operations of :mod:`dictation.text.termcorrect`, one ``apply`` call
per committed utterance. Its rules:

* Spacing: one space between pieces; none before , . : ; ? ! ) “ ; none after ( „ or a
  dictated hyphen; nothing at line starts. Whitespace inside dictated text is collapsed.
* A dictated mark replaces a mark the text already ends with, so Whisper's own period
  followed by "Komma" gives "," and "Punkt" after Whisper's period changes nothing. A mark
  dictated after a line/paragraph break goes to the end of the text before the break.
* Whisper's own period at the end of an utterance is provisional (Whisper ends almost every
  utterance with one when the speaker pauses): when the next thing dictated is an opening or
  closing bracket or quote, a hyphen or a punctuation mark, that period is dropped, so the
  dictated structure wins ("Monate." + "Klammer auf" → "Monate (", "März." + "Klammer zu" →
  "März)"). A period dictated as "Punkt" is never dropped. Before a line break Whisper's
  period stays a sentence end; before text it does too, unless the speaker dictates sentence
  ends ("Punkt", "Fragezeichen", "Ausrufezeichen" said once in the note) and the text goes on
  with a word that continues a sentence (a conjunction such as "und", "weil", "dass", or a
  past participle): then the pause was no sentence end, Whisper's period goes ("mit
  Bensheim." + "Und brachte …" → "mit Bensheim und brachte …").
* Capitals: the first letter after a sentence end (. ? !), at the start of the note, of a line
  and of a paragraph is upper-case. A period after a known abbreviation ("z. B.", "Abs.",
  "bzw."), after digits ("3.") or a colon counts as neither end nor middle: the case Whisper
  chose is kept. After a closing bracket or quote the case follows the sentence state before
  the matching opening one: "Monate (Januar bis März) vorgelegt" continues the sentence,
  "erledigt. (Siehe Anlage.) Der Kunde …" starts a new one.
* Whisper starts every utterance with a capital. In the middle of a sentence (text ends with a
  word, a comma, a semicolon or a closing bracket) the first word is lower-cased when it is a
  frequent German word that is never a noun (articles, pronouns, verbs, adjectives …: the
  lower-case entries of ``dictation/data/frequent_de.txt``) or a past participle that is never
  one either (a separable prefix + ge…t: "vorgelegt", "eingereicht"; or …iert: "informiert"),
  is not the start of a vocabulary term and is not the formal "Sie/Ihnen/Ihr…". Everything
  else keeps its capital: German nouns are capitalised, so erring that way is safer. Whisper's
  own punctuation is left as it is.
* ``NewLine`` is "\\n", ``NewParagraph`` is "\\n\\n"; never more than one empty line, and
  no break at the very start of the note.
* ``DeleteLastUtterance`` ("streiche das") removes what the last utterance did: the text is
  restored as it was before it (so a "Komma" that replaced a period gives the period back).
  Every utterance counts, also a command that changed nothing (a "Punkt" after Whisper's own
  period): "streiche das" then removes that command, a no-op, and never reaches back to the
  sentence before — the speaker's model is "remove what I said last". Only an utterance with
  no operations at all (nothing recognised) is not counted. ``undo`` reverts the last
  ``apply`` that changed the note (with any that changed nothing after it), including a
  deletion.

Dictating into the middle of a text (an editor's cursor): :meth:`Document.continuing` starts a
document from the text before the cursor, so all the rules above see it, and :func:`splice`
says which characters before the cursor an utterance replaces and what it inserts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from dictation.text.commands import (
    DeleteLastUtterance,
    InsertPunctuation,
    InsertText,
    NewLine,
    NewParagraph,
    Op,
)
from dictation.text.words import FEMININE_SUFFIXES, frequent_words, lowercase_words

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
_PAIRS = {")": "(", "“": "„", "]": "[", "»": "«", "‘": "‚"}
_TAIL = 64  # characters at the end of the note in which its last word is looked for
_BRACKET_SPAN = 1000  # how far back the opening bracket of a closing one is looked for
_CLOSING_CHARS = "".join(_CLOSING)
_LAST_WORD = re.compile(r"(?:^|\s)(\S+)\.$")
_INITIALS = re.compile(r"\b\w\.\s?\w\.$")
# past participles, never nouns: a separable prefix + ge…t ("vorgelegt"), …iert ("informiert")
_PARTICIPLE = re.compile(
    r"(?:ab|an|auf|aus|bei|ein|fest|mit|nach|vor|weg|zu|zurück|dar|her|hin|um|los|vorbei"
    r"|weiter|zusammen|statt|teil|frei|bereit|durch|wieder|hinzu|heraus|hinaus|fort|dazu"
    r"|entgegen|kennen|stand|fern|hoch|klar|offen|fehl)ge[a-zäöüß]{2,}t"
    r"|[a-zäöüß]{3,}iert"
)


@dataclass(frozen=True)
class _Utterance:
    keep: int  # length of the text before it that it left untouched
    removed: str  # what it replaced after ``keep`` (a trailing mark, a trailing newline …)
    added: str  # what it put after ``keep``
    provisional: bool = False  # it ends with Whisper's own period (see the rules)


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
        self._nouns = _nouns()
        self._touched = 0
        self._provisional = False  # the text ends with Whisper's own (provisional) period
        #: the speaker dictates sentence ends; Whisper's periods at pauses are then no ends
        self.dictates_punctuation = False

    @classmethod
    def continuing(
        cls, text: str, keep_capitalized: Iterable[str] = (), max_undo: int = 200,
        provisional_period: bool = False, dictates_punctuation: bool = False,
    ) -> Document:
        """A document that goes on from ``text`` (typed or dictated earlier).

        ``text`` itself is no utterance: ``DeleteLastUtterance`` and ``undo`` never remove it,
        but punctuation, spacing and capitals of the next utterance follow it.
        ``provisional_period``: a period ``text`` ends with is Whisper's own, put there by the
        last committed utterance (see :attr:`ends_provisional`); typed text has none.
        ``dictates_punctuation``: sentence ends were dictated earlier in the note.
        """
        document = cls(keep_capitalized, max_undo)
        document.dictates_punctuation = dictates_punctuation
        document._text = text
        document._touched = len(text)
        document._provisional = provisional_period and text.endswith(".")
        return document

    @property
    def text(self) -> str:
        """The note as it reads now."""
        return self._text

    @property
    def utterances(self) -> list[str]:
        """What each committed utterance still in the note added (with its leading space);
        "" for a command that changed nothing."""
        return [u.added if u.added != u.removed else "" for u in self._utts]

    @property
    def utterance_count(self) -> int:
        """How many committed utterances are in the note (``len(utterances)``, cheaply)."""
        return len(self._utts)

    @property
    def last_added(self) -> str:
        """What the last utterance still in the note added; "" when there is none or it
        changed nothing."""
        if not self._utts or self._utts[-1].added == self._utts[-1].removed:
            return ""
        return self._utts[-1].added

    @property
    def ends_provisional(self) -> bool:
        """The note ends with Whisper's own period, which a following bracket, hyphen or
        punctuation command replaces (see the module rules)."""
        return self._provisional

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
                    self._provisional = self._utts[-1].provisional if self._utts else False
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
        """Revert the last ``apply`` that changed the note, and any ``apply`` after it that
        changed nothing (a redundant "Punkt"); False when there is none."""
        if not self._undo:
            return False
        while self._undo:
            actions = self._undo.pop()
            text = self._text
            for kind, u in reversed(actions):
                if kind == "add":
                    self._utts.pop()
                    self._text = self._text[: u.keep] + u.removed
                else:
                    self._text = self._text[: u.keep] + u.added
                    self._utts.append(u)
            self._provisional = self._utts[-1].provisional if self._utts else False
            if self._text != text:
                break
        return True

    # -- internals -----------------------------------------------------------------------------

    def _finish(self, before: str | None, actions: list[tuple[str, _Utterance]]) -> None:
        if before is None:
            return
        keep = self._touched
        # recorded even when it changed nothing, so that "streiche das" removes it
        u = _Utterance(keep, before[keep:], self._text[keep:], self._provisional)
        self._utts.append(u)
        actions.append(("add", u))

    def _set(self, keep: int, tail: str) -> None:
        self._text = self._text[:keep] + tail
        self._touched = min(self._touched, keep)

    def _apply_one(self, op: Op) -> None:
        provisional, self._provisional = self._provisional, False
        if isinstance(op, InsertText):
            if (provisional and self.dictates_punctuation and self._text.endswith(".")
                    and _continues_sentence(op.text)):
                self._set(len(self._text) - 1, "")  # a pause, not a sentence end
            self._insert_text(op.text)
        elif isinstance(op, InsertPunctuation):
            if op.mark in ".?!":
                self.dictates_punctuation = True
            if provisional and op.mark not in _MARKS and self._text.endswith("."):
                self._set(len(self._text) - 1, "")  # the dictated structure wins
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
        self._provisional = text.endswith(".") and self._sentence_state() == "end"

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
        return _sentence_state(self._text)

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
                        and word not in self._keep and self._never_noun(word.lower())):
                    return word.lower() + text[len(word):]
        return text

    def _never_noun(self, low: str) -> bool:
        if low in self._lowercase:
            return True
        return (_PARTICIPLE.fullmatch(low) is not None and low not in self._nouns
                and not low.endswith(FEMININE_SUFFIXES))


# words that continue a sentence and never start one in a case note
_CONTINUING_WORDS = frozenset(
    "und oder sowie sondern bzw beziehungsweise sodass weil dass obwohl wobei".split())


def _continues_sentence(text: str) -> bool:
    """``text`` starts with a word that goes on with the sentence before it."""
    m = _FIRST_WORD.match(text.strip())
    if m is None:
        return False
    low = m.group().lower()
    return low in _CONTINUING_WORDS or (_PARTICIPLE.fullmatch(low) is not None
                                        and low not in _nouns())


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    """Frequent words that are nouns (lower-cased): "Angebot" is no participle."""
    return frequent_words() - lowercase_words()


def _sentence_state(t: str) -> str:
    """The sentence state at the end of ``t`` (see :meth:`Document._sentence_state`).

    Only the end of the text is read (the last word; after a closing bracket the text before
    its opening one), so the cost does not grow with the note.
    """
    if not t:
        return "start"
    last = t[-1]
    if last == "\n":
        return "start"
    if last in _CLOSING:
        opening = _opening_of(t)
        if opening is not None:
            before = t[:opening].rstrip(" \t")
            return _sentence_state(before) if before else "start"
        core = t.rstrip(_CLOSING_CHARS)
        if not core:
            return "keep"
        last = core[-1]
    else:
        core = t
    if last in "?!":
        return "end"
    if last == ".":
        start = max(0, len(core) - _TAIL)  # the regexes see the text before it (\s, \b)
        m = _LAST_WORD.search(core, start) or (_LAST_WORD.search(core) if start else None)
        word = m.group(1).replace(".", "").lower() if m else ""
        if (word.isdigit() or word in _ABBREVIATIONS
                or _INITIALS.search(core, max(0, len(core) - 8))):
            return "keep"
        return "end"
    if last in ":-" or last in _OPENING or last in "\"'":
        return "keep"
    return "mid"


def _opening_of(t: str) -> int | None:
    """Index of the opening bracket/quote that the closing ones at the end of ``t`` close."""
    closing = t[-1]
    opening = _PAIRS.get(closing)
    if opening is None:
        return None
    depth = 0
    for k in range(len(t) - 1, max(-1, len(t) - 1 - _BRACKET_SPAN), -1):
        c = t[k]
        if c == closing:
            depth += 1
        elif c == opening:
            depth -= 1
            if depth == 0:
                return k
    return None


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
      ends_provisional: The text now ends with Whisper's own period (pass it back as
        ``provisional_period`` when the next utterance goes right after this one).
    """

    keep: int
    removed: str
    text: str
    ends_provisional: bool = False


def splice(
    before: str, ops: Sequence[Op], keep_capitalized: Iterable[str] = (), after: str = "",
    provisional_period: bool = False, dictates_punctuation: bool = False,
) -> Splice:
    """The edit that applies ``ops`` (one utterance) at a point between ``before`` and ``after``.

    The document rules (spacing, punctuation, capitals) see ``before`` as the text so far;
    blanks the user left at its end are not doubled. A space is appended when ``after`` starts
    with a word or an opening bracket that would otherwise stick to the inserted text.
    ``DeleteLastUtterance`` is ignored here: the caller knows where its utterances are.
    ``provisional_period``: the period ``before`` ends with is Whisper's own, from the
    utterance committed just before (see :attr:`Document.ends_provisional`); a bracket,
    hyphen or punctuation command then replaces it; with ``dictates_punctuation`` (see
    :attr:`Document.dictates_punctuation`) text does too.
    """
    head = before.rstrip(_TRAILING_BLANKS)
    document = Document.continuing(head, keep_capitalized,
                                   provisional_period=provisional_period and head == before,
                                   dictates_punctuation=dictates_punctuation)
    document.apply([op for op in ops if not isinstance(op, DeleteLastUtterance)])
    result = document.text
    if result == head:
        return Splice(len(before), "", "", provisional_period and head == before)
    keep = 0
    limit = min(len(before), len(result))
    while keep < limit and before[keep] == result[keep]:
        keep += 1
    text = result[keep:]
    if (text and after and (after[0].isalnum() or after[0] in _OPENING)
            and text[-1] not in _JOINS_NEXT):
        text += " "
    return Splice(keep, before[keep:], text, document.ends_provisional and not text.endswith(" "))
