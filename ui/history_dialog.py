"""Finished notes in the local history: search, preview, open, delete one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dictation import CaseNote, HistoryError, HistoryStore, note_as_plain_text

from .window_size import fit_to_screen


class HistoryDialog(QDialog):
    """Search the history and pick a note to open (:attr:`chosen` after ``exec``)."""

    def __init__(self, store: HistoryStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verlauf"))
        self._store = store
        self.chosen: CaseNote | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Kundennummer, Betreff oder Wörter aus dem Text"))
        self.search.setAccessibleName(self.tr("Verlauf durchsuchen"))
        label = QLabel(self.tr("&Suchen:"), self)
        label.setBuddy(self.search)

        self.results = QListWidget(self)
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setAccessibleName(self.tr("Gefundene Vermerke"))
        self.results.setAccessibleDescription(self.tr("Eingabetaste öffnet den gewählten Vermerk"))
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Vorschau des gewählten Vermerks"))
        self.preview.setTabChangesFocus(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Suchergebnis"))

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.results)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)

        buttons = QDialogButtonBox(self)
        self.open_button = buttons.addButton(self.tr("&Öffnen"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setAccessibleName(self.tr("Gewählten Vermerk öffnen"))
        self.delete_button = buttons.addButton(self.tr("Vermerk &löschen"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setAccessibleName(self.tr("Gewählten Vermerk löschen"))
        self.delete_button.setToolTip(self.tr("Den gewählten Vermerk endgültig aus dem Verlauf "
                                              "löschen (Entf)"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_current())
        self.results.installEventFilter(self)  # Entf in the list deletes, too
        close = buttons.addButton(self.tr("Schließen"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Verlauf schließen"))
        buttons.accepted.connect(self._open)
        buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.results.currentItemChanged.connect(self._show_preview)
        self.results.itemActivated.connect(lambda _item: self._open())
        height = self.fontMetrics().height()
        fit_to_screen(self, QSize(height * 56, height * 30))
        split.setSizes([height * 28, height * 28])
        self.refresh()

    def refresh(self) -> None:
        """Run the search for the current query."""
        self.results.clear()
        self.preview.clear()
        try:
            notes = self._store.search(self.search.text(), limit=200)
        except HistoryError as err:
            self.status.setText(str(err))
            self.open_button.setEnabled(False)
            self.delete_button.setEnabled(False)
            return
        for note in notes:
            first_line = note.text.strip().split("\n", 1)[0]
            if len(first_line) > 60:
                first_line = first_line[:59] + "…"
            parts = [note.date.strftime("%d.%m.%Y"), note.customer_id or "—", note.subject or "—"]
            item = QListWidgetItem(" · ".join(parts) + (f" — {first_line}" if first_line else ""))
            item.setData(Qt.ItemDataRole.UserRole, note)
            self.results.addItem(item)
        if notes:
            self.status.setText(self.tr("Ein Vermerk gefunden") if len(notes) == 1
                                else self.tr("{n} Vermerke gefunden").format(n=len(notes)))
            self.results.setCurrentRow(0)
        else:
            self.status.setText(self.tr("Keine Vermerke gefunden."))
        self.open_button.setEnabled(bool(notes))
        self.delete_button.setEnabled(bool(notes))

    def _show_preview(self, item: QListWidgetItem | None, _previous=None) -> None:
        note = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.preview.setPlainText(note_as_plain_text(note) if note else "")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (watched is self.results and event.type() == QEvent.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.delete_current()
            return True
        return super().eventFilter(watched, event)

    def delete_current(self) -> bool:
        """Delete the selected note from the history after asking; True when deleted."""
        item = self.results.currentItem()
        if item is None:
            return False
        note: CaseNote = item.data(Qt.ItemDataRole.UserRole)
        what = " · ".join([note.date.strftime("%d.%m.%Y"), note.customer_id or "—",
                           note.subject or "—"])
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self, self.tr("Vermerk löschen"),
            self.tr("Den Vermerk „{what}“ endgültig aus dem Verlauf löschen? Er kann nicht "
                    "wiederhergestellt werden.").format(what=what),
            buttons.Yes | buttons.No, buttons.No)
        if answer != buttons.Yes:
            return False
        try:
            self._store.delete(note.id)
        except HistoryError as err:
            self.status.setText(str(err))
            return False
        row = self.results.currentRow()
        self.refresh()
        if self.results.count():
            self.results.setCurrentRow(min(row, self.results.count() - 1))
        self.status.setText(self.tr("Vermerk gelöscht."))
        self.results.setFocus()
        return True

    def _open(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()


__all__ = ["HistoryDialog"]
