"""The header fields of a case note: customer/BG number, date, author, subject."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from dictation import SUBJECTS, CaseNote, default_author


class CaseFields(QWidget):
    """Kundennummer/BG-Nummer, Datum, Verfasser/in and Betreff, with labels and mnemonics."""

    changed = Signal()  # any field was edited by the user

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer = QLineEdit(self)
        self.customer.setPlaceholderText(self.tr("z. B. 123A456789 oder 12345BG1234567"))
        self.customer.setAccessibleName(self.tr("Kundennummer oder BG-Nummer"))
        self.customer.setAccessibleDescription(
            self.tr("Kundennummer (z. B. 123A456789) oder Nummer der Bedarfsgemeinschaft "
                    "(z. B. 12345BG1234567)")
        )
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        self.date.setDate(QDate.currentDate())
        self.date.setAccessibleName(self.tr("Datum des Kontakts"))
        self.date.setAccessibleDescription(
            self.tr("Tag, Monat und Jahr; Pfeiltasten ändern den Wert"))
        self.author = QLineEdit(self)
        self.author.setText(default_author())
        self.author.setAccessibleName(self.tr("Verfasserin oder Verfasser"))
        self.author.setAccessibleDescription(self.tr("Vorbelegt mit der Anmeldung am Computer"))
        self.subject = QComboBox(self)
        self.subject.setEditable(True)
        self.subject.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.subject.addItems(SUBJECTS)
        self.subject.setCurrentIndex(-1)
        self.subject.setEditText("")
        self.subject.setAccessibleName(self.tr("Betreff"))
        self.subject.setAccessibleDescription(
            self.tr("Einen vorgegebenen Betreff wählen oder einen eigenen eingeben")
        )
        self.subject.lineEdit().setAccessibleName(self.tr("Betreff"))
        self.subject.lineEdit().setPlaceholderText(self.tr("Betreff wählen oder eingeben"))
        for widget in (self.customer, self.author, self.subject):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        rows = [
            (self.tr("&Kundennummer/BG-Nummer:"), self.customer, 0, 0),
            (self.tr("Dat&um:"), self.date, 0, 2),
            (self.tr("&Verfasser/in:"), self.author, 1, 0),
            (self.tr("Betr&eff:"), self.subject, 1, 2),
        ]
        self.labels: list[QLabel] = []
        for text, widget, row, column in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            layout.addWidget(label, row, column)
            layout.addWidget(widget, row, column + 1)
            self.labels.append(label)
        layout.setColumnStretch(1, 3)
        layout.setColumnStretch(3, 2)

        self.customer.textEdited.connect(self.changed)
        self.author.textEdited.connect(self.changed)
        self.subject.editTextChanged.connect(self._subject_edited)
        self.date.dateChanged.connect(self._date_edited)
        self._loading = False

        QWidget.setTabOrder(self.customer, self.date)
        QWidget.setTabOrder(self.date, self.author)
        QWidget.setTabOrder(self.author, self.subject)

    def _subject_edited(self, _text: str) -> None:
        if not self._loading:
            self.changed.emit()

    def _date_edited(self, _date: QDate) -> None:
        if not self._loading:
            self.changed.emit()

    def first(self) -> QWidget:
        """The first field in tab order."""
        return self.customer

    def last(self) -> QWidget:
        """The last field in tab order."""
        return self.subject

    def fill(self, note: CaseNote) -> CaseNote:
        """``note`` with the fields' values (its id, text and timestamps unchanged)."""
        day = self.date.date()
        note.customer_id = self.customer.text().strip()
        note.date = datetime.date(day.year(), day.month(), day.day())
        note.author = self.author.text().strip()
        note.subject = self.subject.currentText().strip()
        return note

    def show_note(self, note: CaseNote) -> None:
        """Show ``note``'s header values."""
        self._loading = True
        try:
            self.customer.setText(note.customer_id)
            self.date.setDate(QDate(note.date.year, note.date.month, note.date.day))
            self.author.setText(note.author)
            self.subject.setEditText(note.subject)
        finally:
            self._loading = False


__all__ = ["CaseFields"]
