"""The dictation editor: committed text goes in at the cursor, the partial text is shown there.

* **Committed utterances** pass through the text pipeline (commands, numbers, vocabulary) and
  :func:`dictation.text.document.splice`, which applies the document rules (spacing, punctuation,
  capitals) against the text *before the cursor*; the edit is inserted there as one undo step.
* **The partial text** (what is being said right now) is drawn in the cursor's line with
  :meth:`QTextLayout.setPreeditArea`, the mechanism input methods use for text that is not
  typed yet: it is shown in the layout only, so it is neither in the document, nor in
  ``toPlainText()``, nor on the undo stack. It is grey (the palette's placeholder colour, so
  high-contrast themes work), italic and dotted-underlined, so it does not rely on colour.
* **"streiche das"** removes the last committed utterance. Which one, and whether Whisper's
  period before the cursor is provisional, :class:`dictation.DictatedRanges` decides; each
  utterance's range is tracked with two ``QTextCursor`` anchors, which the document moves as
  the user edits around them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor, QTextLayout
from PySide6.QtWidgets import QTextEdit, QWidget

from dictation import DeleteLastUtterance, DictatedRanges, Op, TextPipeline

log = logging.getLogger("diktat.ui")

_NO_SPACE_BEFORE = frozenset(".,;:?!)“]»\"")


class DictationEditor(QTextEdit):
    """Plain-text editor for the note under dictation.

    Signals:
      edited: the text changed by typing, pasting, undo … or a commit (not by partials).
    """

    edited = Signal()  # the note's text changed (not emitted for partial text)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)  # Tab leaves the editor: no keyboard trap
        self.setAccessibleName(self.tr("Vermerktext"))
        self.setAccessibleDescription(
            self.tr(
                "Der diktierte Text erscheint an der Schreibmarke. Vorläufig erkannter Text ist "
                "grau, kursiv und gepunktet unterstrichen, bis er feststeht."
            )
        )
        self.setPlaceholderText(
            self.tr("Aufnahme mit F9 starten oder hier schreiben. Diktierter Text erscheint an "
                    "der Schreibmarke.")
        )
        self._pipeline = TextPipeline([])
        self._keep_capitalized: tuple[str, ...] = ()
        self._ranges = DictatedRanges(self._anchor)
        self._partial = ""
        self._updating = False  # our own layout/edit work: not a user edit
        self.textChanged.connect(self._on_text_changed)
        self.cursorPositionChanged.connect(self._on_cursor_moved)

    # -- configuration ------------------------------------------------------------------------

    def corrections(self) -> list[tuple[str, str]]:
        """(recognised, as it reads now) for every dictated utterance the user has changed —
        the material for correction suggestions."""
        return self._ranges.corrections(self.toPlainText())

    def recent_terms(self) -> tuple[str, ...]:
        """Vocabulary terms the pipeline produced in this note, most recent first."""
        return self._pipeline.recent_terms

    def set_pipeline(self, pipeline: TextPipeline, keep_capitalized: Iterable[str] = ()) -> None:
        """Use ``pipeline`` (vocabulary, commands) for committed text from now on."""
        self._pipeline = pipeline
        self._keep_capitalized = tuple(keep_capitalized)

    # -- text ----------------------------------------------------------------------------------

    def text(self) -> str:
        """The note's text (never includes the partial text)."""
        return self.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the whole text (restoring a draft, opening a note); clears undo history."""
        self._clear_partial()
        self._ranges.clear()
        self._updating = True
        try:
            self.setPlainText(text)
        finally:
            self._updating = False
        self.moveCursor(QTextCursor.MoveOperation.End)
        self.edited.emit()

    # -- partial text --------------------------------------------------------------------------

    @property
    def partial_text(self) -> str:
        """The partial text currently shown ("" when none)."""
        return self._partial

    @property
    def partial_position(self) -> int:
        """Where in :meth:`text` the partial text is shown (the cursor's position)."""
        return self.textCursor().position()

    def show_partial(self, text: str) -> None:
        """Show ``text`` as provisional at the cursor, replacing the previous partial."""
        self._partial = " ".join(text.split())
        self._place_partial()

    def clear_partial(self) -> None:
        """Remove the provisional text."""
        self._partial = ""
        self._clear_partial()

    def partial_format(self) -> QTextCharFormat:
        """Italic, dotted underline, in the palette's placeholder colour."""
        fmt = QTextCharFormat()
        fmt.setFontItalic(True)
        fmt.setFontUnderline(True)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        return fmt

    def _place_partial(self) -> None:
        self._clear_partial()
        if not self._partial:
            return
        cursor = self.textCursor()
        block = cursor.block()
        layout = block.layout()
        if layout is None:
            return
        offset = cursor.position() - block.position()
        shown = self._partial
        before = block.text()[:offset]
        if before and not before[-1].isspace() and shown[0] not in _NO_SPACE_BEFORE:
            shown = " " + shown
        after = block.text()[offset:]
        if after and not after[0].isspace():
            shown += " "
        span = QTextLayout.FormatRange()
        span.start = offset
        span.length = len(shown)
        span.format = self.partial_format()
        self._updating = True
        try:
            cursor.beginEditBlock()  # makes the document re-layout the block; no undo step
            layout.setPreeditArea(offset, shown)
            layout.setFormats([span])
            cursor.endEditBlock()
        finally:
            self._updating = False
        self.ensureCursorVisible()

    def _clear_partial(self) -> None:
        """Remove any preedit area we set (it may sit in another block by now)."""
        document = self.document()
        block = document.begin()
        cursor = None
        while block.isValid():
            layout = block.layout()
            if layout is not None and layout.preeditAreaPosition() >= 0:
                if cursor is None:
                    cursor = QTextCursor(document)
                    self._updating = True
                    cursor.beginEditBlock()
                layout.setPreeditArea(-1, "")
                layout.clearFormats()
            block = block.next()
        if cursor is not None:
            cursor.endEditBlock()
            self._updating = False

    def shown_partial(self) -> tuple[str, QTextCharFormat | None]:
        """The partial text as laid out now and its format (for tests and accessibility)."""
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            if layout is not None and layout.preeditAreaPosition() >= 0:
                formats = layout.formats()
                fmt = QTextCharFormat(formats[0].format) if formats else None
                return layout.preeditAreaText(), fmt
            block = block.next()
        return "", None

    # -- committed text ------------------------------------------------------------------------

    def commit(self, utterance: str) -> str:
        """Put one committed utterance in at the cursor; returns the text it inserted."""
        return self.apply_ops(self._pipeline.process(utterance))

    def apply_ops(self, ops: Sequence[Op]) -> str:
        """Apply the operations of one utterance; the partial text is cleared."""
        self._partial = ""
        self._clear_partial()
        inserted: list[str] = []
        group: list[Op] = []
        for op in ops:
            if isinstance(op, DeleteLastUtterance):
                if group:
                    inserted.append(self._insert(group))
                    group = []
                self.delete_last_utterance()
            else:
                group.append(op)
        if group:
            inserted.append(self._insert(group))
        return "".join(inserted)

    def insert_utterances(self, utterances: Iterable[str]) -> str:
        """Commit several utterances (a transcribed file) as one undo step."""
        outer = QTextCursor(self.document())
        outer.beginEditBlock()
        try:
            return "".join(self.commit(u) for u in utterances)
        finally:
            outer.endEditBlock()

    def _insert(self, ops: Sequence[Op]) -> str:
        text = self.toPlainText()
        cursor = self.textCursor()
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        edit = self._ranges.splice(text, start, end, ops, self._keep_capitalized)
        if not edit.text and start == end and not edit.removed:
            self._ranges.add_no_op(start)  # still an utterance (see DictatedRanges)
            return ""
        work = QTextCursor(self.document())
        work.setPosition(edit.keep)
        work.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._updating = True
        try:
            work.beginEditBlock()
            work.insertText(edit.text)
            work.endEditBlock()
        finally:
            self._updating = False
        self._ranges.add(edit, text[start:end])
        finish = edit.keep + len(edit.text)
        cursor = self.textCursor()
        cursor.setPosition(finish)
        self._updating = True
        try:
            self.setTextCursor(cursor)
        finally:
            self._updating = False
        self.ensureCursorVisible()
        self.edited.emit()
        return edit.text

    def _anchor(self, position: int, keep_on_insert: bool) -> QTextCursor:
        anchor = QTextCursor(self.document())
        anchor.setPosition(position)
        anchor.setKeepPositionOnInsert(keep_on_insert)
        return anchor

    def delete_last_utterance(self) -> bool:
        """Remove the most recent committed utterance still in the text ("streiche das").

        What it replaced (a period a dictated comma took the place of) comes back. One undo
        step. False when no dictated text is left.
        """
        self._clear_partial()
        strike = self._ranges.strike(self.toPlainText())
        if strike is None or strike.no_op:
            self._place_partial()
            return strike is not None
        work = QTextCursor(self.document())
        work.setPosition(strike.start)
        work.setPosition(strike.end, QTextCursor.MoveMode.KeepAnchor)
        self._updating = True
        try:
            work.beginEditBlock()
            work.insertText(strike.restore)
            work.endEditBlock()
            cursor = self.textCursor()
            cursor.setPosition(strike.start + len(strike.restore))
            self.setTextCursor(cursor)
        finally:
            self._updating = False
        self._place_partial()
        self.edited.emit()
        return True

    # -- events --------------------------------------------------------------------------------

    def _on_text_changed(self) -> None:
        if not self._updating:
            self.edited.emit()

    def _on_cursor_moved(self) -> None:
        if not self._updating and self._partial:
            self._place_partial()  # the partial text follows the cursor

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._partial:
            self._place_partial()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().keyPressEvent(event)
        if self._partial:
            self._place_partial()  # also after edits that leave the cursor where it was


__all__ = ["DictationEditor"]
