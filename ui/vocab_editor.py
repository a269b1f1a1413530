"""The vocabulary editor for supervisors and caseworkers.

One window for the three layers (organisation, team, personal). Per layer: a table with
search, sort, add/edit/delete (Ins, F2, Del), CSV import/export and inline validation; Save
writes the personal list with :func:`dictation.vocabulary.publishing.save_local` and shared
lists with :func:`dictation.vocabulary.publishing.publish` (lock, conflict detection, atomic
write). Messages appear in a bar inside the window (no modal dialogs except file choosers and
the close guard), with the actions that fit: reload their version, merge, save a copy.

The layers, their rules and the saving are the application layer's
(:class:`dictation.VocabularyWorkspace`); the editor shows them and forwards the user's
actions. Its parts: ``vocab_editor_layout`` (widgets), ``vocab_editor_table`` (table and CSV),
``vocab_editor_recall`` (test on recordings), ``vocab_editor_tools`` ("Ausprobieren",
suggestions), ``vocab_widgets`` (message bar, recording worker), ``vocab_models`` (table model).

Below the table, "Ausprobieren" runs the text pipeline built from all lists *including unsaved
edits* on a typed sentence. The tab "An Aufnahmen testen" transcribes recordings with known
text in a worker thread and reports term recall (:mod:`dictation.vocabulary.recall`);
"Vorschläge" lists corrections collected from caseworkers
(:mod:`dictation.vocabulary.suggestions`) for approval.

The editor reads no settings: the main window passes the list files, which layers the user
may edit (from the machine-wide policy), a model loader and the suggestion folders.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import (
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QStyle,
    QWidget,
)

from dictation import (
    AudioSource,
    CollectedSuggestion,
    Layer,
    LayerState,
    MergeResult,
    PublishResult,
    PublishStatus,
    ReadOnly,
    RecallItem,
    RecallReport,
    Recording,
    VocabularyWorkspace,
    Voice,
    installed_voices,
)

from .focus_ring import install_focus_ring
from .term_training import TermTrainingDialog
from .vocab_editor_layout import VocabularyEditorLayout
from .vocab_editor_recall import VocabularyEditorRecall
from .vocab_editor_table import VocabularyEditorTable
from .vocab_editor_tools import VocabularyEditorTools
from .vocab_models import CATEGORIES, Column, VocabularyTableModel
from .vocab_widgets import ModelLoader, RecallWorker

__all__ = ["VocabularyEditor"]

log = logging.getLogger("diktat.ui")


class VocabularyEditor(VocabularyEditorLayout, VocabularyEditorTable, VocabularyEditorRecall,
                       VocabularyEditorTools, QWidget):
    """Edit vocabulary lists, try them out, test them on recordings, approve suggestions.

    Args:
      paths: File of each layer's list. ``None`` (or missing) for the organisation layer
        means the list shipped with Diktat (read-only); for the personal layer the file
        :func:`dictation.default_personal_list` in the app's data folder; a team layer without a file
        is not shown unless the user may edit it.
      editable: Layers this user may change (caseworkers: personal only; team/organisation
        when the machine-wide policy allows). The others are shown read-only.
      model_loader: Returns the Whisper model for "An Aufnahmen testen" and "Begriff
        trainieren" (called in a worker thread); None disables both.
      microphone: Opens the user's microphone for "Begriff trainieren"; None: voices only.
      voices: Speech synthesiser voices for "Begriff trainieren"; None: those installed.
      suggestion_sources: Folders (every ``*.suggestions.json``) or files with collected
        correction suggestions; rejections are recorded in the first folder.
      user: Name written into published lists (``saved_by``); default the OS login.
      parent: Parent widget; the editor is its own window either way.

    Signals:
      saved(Layer, Path): a list file was written; the main window reloads its vocabulary.
      dirty_changed(bool): whether any list has unsaved changes.
      recall_finished(object): a recording test ended (RecallReport, or None).
    """

    saved = Signal(object, object)  # Layer, Path: a list file was written
    dirty_changed = Signal(bool)  # True while any list has unsaved changes
    recall_finished = Signal(object)  # RecallReport after a recording test; None if stopped

    def __init__(
        self,
        paths: Mapping[Layer, Path | None],
        editable: Iterable[Layer] = (Layer.PERSONAL,),
        model_loader: ModelLoader | None = None,
        *,
        microphone: Callable[[], AudioSource] | None = None,
        voices: Sequence[Voice] | None = None,
        suggestion_sources: Sequence[Path] = (),
        user: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Wortlisten bearbeiten – Diktat"))
        install_focus_ring()
        self.setAccessibleName(self.tr("Wortlisten bearbeiten"))
        self._model_loader = model_loader
        self._microphone = microphone
        self._voices = list(installed_voices() if voices is None else voices)
        self._last_dirty = False
        self._recordings: list[Recording] = []
        self._recall_thread: QThread | None = None
        self._recall_running = False
        self._recall_worker: RecallWorker | None = None
        self._recall_items: list[RecallItem] = []
        self._recall_failed = False
        self.last_recall_report: RecallReport | None = None
        self._suggestions: list[CollectedSuggestion] = []
        self._suggestions_loaded = False
        self.workspace = VocabularyWorkspace(self, dict(paths), editable,
                                             suggestion_sources=suggestion_sources, user=user)
        self._states = self.workspace.layers
        for layer, state in self._states.items():
            self.workspace.attach(layer, VocabularyTableModel(state.initial, state.editable, self))
        self._update_other_lists()
        load_messages = self.workspace.messages

        self._build_ui()
        self._connect()
        self._select_initial_layer()
        if load_messages:
            self.message_bar.show_message("warning", "\n".join(load_messages))

    def new_list_name(self, layer: Layer) -> str:
        """The name of a new list (:class:`dictation.app.workspace.WorkspaceView`)."""
        return {Layer.ORGANISATION: self.tr("Organisation"), Layer.TEAM: self.tr("Team"),
                Layer.PERSONAL: self.tr("Meine Begriffe")}[Layer(layer)]

    def unreachable_message(self, folder: Path, layer: Layer) -> str:
        """A list on a share that is down (:class:`dictation.app.workspace.WorkspaceView`)."""
        return self.tr(
            "Der Ordner „{folder}“ ist nicht erreichbar; die Liste „{name}“ wird "
            "nur lesend und leer angezeigt. Bitte die Netzwerkverbindung prüfen "
            "und den Editor neu öffnen.").format(folder=folder, name=self._layer_name(layer))

    def _read_only_text(self, reason: ReadOnly | None) -> str:
        return {
            ReadOnly.POLICY: self.tr("nur lesen – von der IT festgelegt"),
            ReadOnly.SHIPPED: self.tr("nur lesen – mit Diktat ausgeliefert"),
            ReadOnly.BAD_LINES: self.tr("nur lesen – die Datei enthält fehlerhafte Zeilen"),
            ReadOnly.UNREADABLE: self.tr("nur lesen – die Datei konnte nicht gelesen werden"),
            ReadOnly.UNREACHABLE: self.tr("nur lesen – Speicherort nicht erreichbar"),
        }.get(reason, "")

    def _select_initial_layer(self) -> None:
        preferred = self.workspace.initial_layer()
        index = self.layer_combo.findData(preferred)
        if self.layer_combo.currentIndex() == index:
            self._on_layer_changed(index)
        else:
            self.layer_combo.setCurrentIndex(index)

    def _layer_name(self, layer: Layer) -> str:
        return {Layer.ORGANISATION: self.tr("Organisation"), Layer.TEAM: self.tr("Team"),
                Layer.PERSONAL: self.tr("Persönlich")}[Layer(layer)]

    def _layer_label(self, layer: Layer) -> str:
        state = self._states[layer]
        label = self._layer_name(layer)
        name = state.source.to_list().name
        if name and name != label:
            label = f"{label}: {name}"
        if not state.editable:
            label += " " + self.tr("(nur lesen)")
        if state.dirty:
            label += " " + self.tr("(geändert)")
        return label

    def current_layer(self) -> Layer:
        """The layer whose list the table shows."""
        return Layer(self.layer_combo.currentData())

    def set_current_layer(self, layer: Layer) -> None:
        """Show the list of ``layer``."""
        self.layer_combo.setCurrentIndex(self.layer_combo.findData(Layer(layer)))

    def layers(self) -> list[Layer]:
        """The layers shown in the selector."""
        return list(self._states)

    def model(self, layer: Layer | None = None) -> VocabularyTableModel:
        """The table model of ``layer`` (default: the current one)."""
        return self._states[Layer(layer) if layer is not None else self.current_layer()].source

    def is_editable(self, layer: Layer | None = None) -> bool:
        """Whether the user may change the list of ``layer`` (default: the current one)."""
        return self._states[Layer(layer) if layer is not None else self.current_layer()].editable

    def _on_layer_changed(self, _index: int) -> None:
        state = self._states[self.current_layer()]
        first = self.proxy.sourceModel() is None
        self.proxy.setSourceModel(state.source)
        if first:  # widths from the font, so that they scale with it
            em = self.fontMetrics().horizontalAdvance("M")
            for column, width in ((Column.TERM, 13), (Column.SPOKEN, 20),
                                  (Column.CATEGORY, 9), (Column.NOTE, 15)):
                self.table.setColumnWidth(column, em * width)
            metrics = self.table.fontMetrics()  # the longest category is not cut
            widest = max(metrics.horizontalAdvance(c) for c in CATEGORIES)
            self.table.setColumnWidth(Column.CATEGORY, max(
                self.table.columnWidth(Column.CATEGORY), widest + em * 2))
        self.read_only_label.setText(self._read_only_text(state.read_only)
                                     if not state.editable else "")
        self.read_only_label.setVisible(not state.editable)
        self.read_only_icon.setVisible(not state.editable)
        self.table.setAccessibleDescription(
            self.tr("Nur lesen.") if not state.editable else self.tr(
                "Einfg: neuer Eintrag, F2: bearbeiten, Entf: löschen. Spalte „Hinweis“ nennt "
                "Probleme."))
        for action in (self.add_action, self.delete_action):
            action.setEnabled(state.editable)
        self.edit_action.setEnabled(state.editable)
        self.import_button.setEnabled(state.editable)
        self._update_train_button()
        self._update_counts()
        self._update_validation()

    def _update_other_lists(self) -> None:
        for layer, others in self.workspace.other_lists().items():
            self._states[layer].source.set_other_lists(others)

    def _on_entries_changed(self) -> None:
        self.workspace.changed()
        self._update_other_lists()
        for i in range(self.layer_combo.count()):
            self.layer_combo.setItemText(i, self._layer_label(Layer(self.layer_combo.itemData(i))))
        self._update_validation()
        self._update_counts()
        self._update_train_button()
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        if dirty != self._last_dirty:
            self._last_dirty = dirty
            self.dirty_changed.emit(dirty)
        if self.try_edit.text():
            self._try_timer.start()

    def _update_counts(self, *_args) -> None:
        model = self.proxy.sourceModel()
        if model is None:
            return
        shown, total = self.proxy.rowCount(), model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("{n} Einträge").format(n=total) if total != 1
                                     else self.tr("1 Eintrag"))
        else:
            self.count_label.setText(self.tr("{shown} von {n} Einträgen").format(shown=shown,
                                                                                 n=total))

    def _update_validation(self) -> None:
        model = self.model()
        invalid = len(model.invalid_rows())
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        if invalid:
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            text = self.tr("{n} Einträge mit Hinweisen (Warnzeichen und Spalte „Hinweis“).") \
                .format(n=invalid) if invalid != 1 else \
                self.tr("1 Eintrag mit Hinweis (Warnzeichen und Spalte „Hinweis“).")
        else:
            icon = QStyle.StandardPixmap.SP_DialogApplyButton
            text = self.tr("Keine Probleme gefunden.")
        self.validation_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.validation_label.setText(text)
        self.next_problem_button.setEnabled(bool(invalid))
        self.save_button.setEnabled(self.has_unsaved_changes())

    def has_unsaved_changes(self) -> bool:
        """True when any editable list differs from its file."""
        return bool(self.unsaved_layers())

    def unsaved_layers(self) -> list[Layer]:
        """Editable layers with unsaved changes."""
        return self.workspace.unsaved_layers()

    def save(self) -> bool:
        """Save every changed list; stops at the first that cannot be saved (its message is
        shown). True when all are saved."""
        for layer in self.unsaved_layers():
            result = self.save_layer(layer)
            if result is None or not result.ok:
                return False
        return True

    def save_layer(self, layer: Layer) -> PublishResult | None:
        """Save one list: personal with ``save_local``, shared ones with ``publish``.

        None when the list is read-only or the user cancelled choosing a file name.
        """
        state = self._states[Layer(layer)]
        result = self.workspace.save_layer(layer, lambda: self._ask_save_path(
            self.tr("Wortliste speichern"), self.tr("Wortlisten (*.json)"), "vokabular.json"))
        if result is not None:
            self._show_save_result(state, result)
        return result

    def _show_save_result(self, state: LayerState, result: PublishResult) -> None:
        layer = state.layer
        if result.ok:
            self.message_bar.show_message("info", self.tr("Liste „{name}“ gespeichert.").format(
                name=self._layer_name(layer)))
            self._on_entries_changed()
            self.saved.emit(layer, state.path)
            return
        log.info("saving %s: %s (%s)", state.path, result.status, result.detail)
        if result.status is PublishStatus.CONFLICT:
            self.message_bar.show_message("warning", result.message, [
                (self.tr("Andere Fassung la&den"), lambda: self.reload_theirs(layer)),
                (self.tr("Zusammen&führen"), lambda: self.merge_theirs(layer)),
                (self.tr("Unter anderem Na&men speichern…"), lambda: self._save_copy_clicked(
                    layer)),
            ])
        elif result.status is PublishStatus.LOCKED:
            self.message_bar.show_message("warning", result.message, [
                (self.tr("&Jetzt erneut speichern"), lambda: self.save_layer(layer)),
            ])
        else:
            self.message_bar.show_message("error", result.message, [
                (self.tr("L&okale Kopie speichern…"), lambda: self._save_copy_clicked(layer)),
            ])

    def reload_theirs(self, layer: Layer) -> bool:
        """Replace my edits of ``layer`` with the file as it is now."""
        state = self._states[Layer(layer)]
        if state.path is None:
            return False
        problems = self.workspace.reload_theirs(layer)
        if problems is not None:
            self.message_bar.show_message("error", "\n".join(problems))
            return False
        self.message_bar.show_message("info", self.tr(
            "Die aktuelle Fassung von „{name}“ wurde geladen.").format(name=state.path.name))
        return True

    def merge_theirs(self, layer: Layer) -> MergeResult | None:
        """Their current file plus my edits (mine win on the same term); not saved yet."""
        state = self._states[Layer(layer)]
        if state.path is None:
            return None
        merged = self.workspace.merge_theirs(layer)
        if isinstance(merged, list):
            self.message_bar.show_message("error", "\n".join(merged))
            return None
        message = self.tr("Zusammengeführt: die Fassung der anderen plus Ihre Änderungen "
                          "({added} übernommen, {removed} entfernt). Bitte prüfen und "
                          "speichern.").format(added=len(merged.added),
                                               removed=len(merged.removed))
        if merged.conflicts:
            terms = ", ".join(f"„{c.term}“" for c in merged.conflicts)
            message += " " + self.tr("Beide Seiten haben geändert: {terms}; Ihre Fassung "
                                     "gilt.").format(terms=terms)
            self.message_bar.show_message("warning", message)
        else:
            self.message_bar.show_message("info", message)
        return merged

    def save_copy(self, layer: Layer, path: str | Path) -> bool:
        """Save my version of ``layer`` to ``path`` (another name, or a local copy)."""
        error = self.workspace.save_copy(layer, path)
        if error is not None:
            self.message_bar.show_message("error", error)
            return False
        self._on_entries_changed()
        self.message_bar.show_message("info", self.tr(
            "Ihre Fassung wurde als „{path}“ gespeichert. Die gemeinsame Liste ist unverändert."
        ).format(path=path))
        return True

    def _save_copy_clicked(self, layer: Layer) -> None:
        state = self._states[Layer(layer)]
        suggested = str(Path.home() / (state.path.stem + "-kopie.json" if state.path
                                       else "vokabular-kopie.json"))
        path = self._ask_save_path(self.tr("Kopie speichern"), self.tr("Wortlisten (*.json)"),
                                   suggested)
        if path:
            self.save_copy(layer, path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._settle_ticked_variants():
            event.ignore()
            return
        if self.has_unsaved_changes():
            names = ", ".join(self._layer_name(layer) for layer in self.unsaved_layers())
            answer = self._ask_unsaved(names)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        if self._recall_thread is not None:
            self.cancel_recall_test()
            self._recall_thread.quit()
            self._on_recall_thread_finished()  # waits for the thread to end
        for dialog in self.findChildren(TermTrainingDialog):
            if not dialog.closed:
                dialog.reject()  # nothing ticked; a take still running is dropped
        event.accept()

    def _settle_ticked_variants(self) -> bool:
        """Before the editor closes: variants ticked in a training dialog but not adopted
        yet are adopted (then saved or not with the list) or dropped, as the user says.
        False: the user cancelled, the editor stays open."""
        for dialog in self.findChildren(TermTrainingDialog):
            chosen = [] if dialog.closed else dialog.chosen()
            if not chosen:
                continue
            answer = self._ask_adopt_trained(dialog.entry.term, chosen)
            if answer == QMessageBox.StandardButton.Cancel:
                dialog.raise_()
                return False
            if answer == QMessageBox.StandardButton.Yes:
                dialog.accept()
            else:
                dialog.reject()
        return True

    def _ask_adopt_trained(self, term: str, variants: list[str]) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Begriff trainieren"),
            self.tr("Für „{term}“ sind gelernte Varianten angehakt, aber noch nicht übernommen: "
                    "{variants}. Jetzt übernehmen?").format(
                term=term, variants=", ".join(f"„{v}“" for v in variants)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)

    def _ask_unsaved(self, names: str) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Ungespeicherte Änderungen"),
            self.tr("Die Listen {names} haben ungespeicherte Änderungen. Jetzt speichern?")
            .format(names=names),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def _ask_open_path(self, caption: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(self, caption, "", filters)[0]

    def _ask_open_paths(self, caption: str, filters: str) -> list[str]:
        return QFileDialog.getOpenFileNames(self, caption, "", filters)[0]

    def _ask_save_path(self, caption: str, filters: str, suggested: str) -> str:
        return QFileDialog.getSaveFileName(self, caption, suggested, filters)[0]


def _main(argv: Sequence[str] | None = None) -> int:
    """Open the editor on the shipped list (``--screenshot PATH`` saves a picture and exits)."""
    import argparse
    import sys
    import tempfile

    parser = argparse.ArgumentParser(description="Diktat vocabulary editor (development)")
    parser.add_argument("--screenshot", help="save a screenshot to this PNG and exit")
    parser.add_argument("--text", default="Antrag auf Bürger Geld und Kosten der Unterkunft "
                                          "nach SGB zwei für die Bedarfs Gemeinschaft")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    personal = Path(tempfile.mkdtemp()) / "vokabular.json"
    editor = VocabularyEditor({Layer.ORGANISATION: None, Layer.PERSONAL: personal},
                              {Layer.PERSONAL})
    editor.set_current_layer(Layer.ORGANISATION)
    editor.try_edit.setText(args.text)
    editor.update_try_it()
    editor.show()
    if args.screenshot:
        app.processEvents()
        ok = editor.grab().save(args.screenshot)
        return 0 if ok else 1
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(_main())
