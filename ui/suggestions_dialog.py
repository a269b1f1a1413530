"""Offering the user's own corrections for the personal vocabulary list.

When a caseworker corrects a recognised word into another spelling, Diktat offers (it never
learns silently) to add the pair to the personal list, so the next dictation gets it right.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dictation import Suggestion


def choose_suggestions(parent: QWidget | None, suggestions: list[Suggestion]) -> list[Suggestion]:
    """Ask which corrections to keep; all are ticked, nothing happens without "Übernehmen"."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("SuggestionsDialog", "Korrekturen ins Vokabular übernehmen?"))
    layout = QVBoxLayout(dialog)
    intro = QLabel(QCoreApplication.translate("SuggestionsDialog", "Sie haben erkannte Wörter korrigiert. Angehakte Korrekturen kommen in "  # noqa: E501
                       "Ihr persönliches Vokabular, damit Diktat sie künftig richtig schreibt."))
    intro.setWordWrap(True)
    layout.addWidget(intro)
    items = QListWidget(dialog)
    items.setAccessibleName(QCoreApplication.translate("SuggestionsDialog", "Korrekturen"))
    for suggestion in suggestions:
        label = QCoreApplication.translate("SuggestionsDialog", "„{spoken}“ → „{term}“").format(spoken=suggestion.spoken, term=suggestion.term)  # noqa: E501
        if suggestion.context:
            label += f"   ({suggestion.context})"
        item = QListWidgetItem(label, items)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
    intro.setBuddy(items)
    layout.addWidget(items)
    buttons = QDialogButtonBox(dialog)
    take = buttons.addButton(QCoreApplication.translate("SuggestionsDialog", "Ü&bernehmen"), QDialogButtonBox.ButtonRole.AcceptRole)  # noqa: E501
    take.setAccessibleName(QCoreApplication.translate("SuggestionsDialog", "Angehakte Korrekturen übernehmen"))
    skip = buttons.addButton(QCoreApplication.translate("SuggestionsDialog", "&Nicht jetzt"), QDialogButtonBox.ButtonRole.RejectRole)  # noqa: E501
    skip.setAccessibleName(QCoreApplication.translate("SuggestionsDialog", "Keine Korrektur übernehmen"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [s for i, s in enumerate(suggestions)
            if items.item(i).checkState() == Qt.CheckState.Checked]


def personal_list_name() -> str:
    """The name a new personal list gets (in the user's language)."""
    return QCoreApplication.translate("SuggestionsDialog", "Persönlich")
