"""Offering the user's own corrections for the personal vocabulary list.

When a caseworker corrects a recognised word into another spelling, Diktat offers (it never
learns silently) to add the pair to the personal list, so the next dictation gets it right.
"""

from __future__ import annotations

from pathlib import Path

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

from dictation.settings import Settings
from dictation.suggestions import Suggestion, approve
from dictation.vocabulary import Layer, VocabularyList, load_list, save_list

from .vocab_models import default_personal_list


def choose_suggestions(parent: QWidget | None, suggestions: list[Suggestion]) -> list[Suggestion]:
    """Ask which corrections to keep; all are ticked, nothing happens without "Übernehmen"."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("SuggestionsDialog", "Korrekturen ins Vokabular übernehmen?"))
    layout = QVBoxLayout(dialog)
    intro = QLabel(QCoreApplication.translate("SuggestionsDialog", "Sie haben erkannte Wörter korrigiert. Angehakte Korrekturen kommen in "
                       "Ihr persönliches Vokabular, damit Diktat sie künftig richtig schreibt."))
    intro.setWordWrap(True)
    layout.addWidget(intro)
    items = QListWidget(dialog)
    items.setAccessibleName(QCoreApplication.translate("SuggestionsDialog", "Korrekturen"))
    for suggestion in suggestions:
        label = QCoreApplication.translate("SuggestionsDialog", "„{spoken}“ → „{term}“").format(spoken=suggestion.spoken, term=suggestion.term)
        if suggestion.context:
            label += f"   ({suggestion.context})"
        item = QListWidgetItem(label, items)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
    intro.setBuddy(items)
    layout.addWidget(items)
    buttons = QDialogButtonBox(dialog)
    take = buttons.addButton(QCoreApplication.translate("SuggestionsDialog", "Ü&bernehmen"), QDialogButtonBox.ButtonRole.AcceptRole)
    take.setAccessibleName(QCoreApplication.translate("SuggestionsDialog", "Angehakte Korrekturen übernehmen"))
    skip = buttons.addButton(QCoreApplication.translate("SuggestionsDialog", "&Nicht jetzt"), QDialogButtonBox.ButtonRole.RejectRole)
    skip.setAccessibleName(QCoreApplication.translate("SuggestionsDialog", "Keine Korrektur übernehmen"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return [s for i, s in enumerate(suggestions)
            if items.item(i).checkState() == Qt.CheckState.Checked]


def add_to_personal_list(settings: Settings, suggestions: list[Suggestion]) -> Path:
    """Add the pairs to the personal list (created in the data folder if none is set)."""
    path = Path(settings.vocabulary_personal or default_personal_list())
    current = VocabularyList(QCoreApplication.translate("SuggestionsDialog", "Persönlich"), Layer.PERSONAL, [], path)
    if path.exists():
        loaded = load_list(path, Layer.PERSONAL)
        if loaded.vocabulary is None:
            raise OSError(" ".join(str(p) for p in loaded.problems))
        current = loaded.vocabulary
    updated = approve(current, suggestions, category="Sonstiges").vocabulary
    path.parent.mkdir(parents=True, exist_ok=True)
    save_list(updated, path)
    return path
