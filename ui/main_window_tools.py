"""The main window's tools: audio files, the history, settings, the vocabulary editor and
correction suggestions.

:class:`MainWindowTools` is a part of :class:`ui.main_window.MainWindow` (a mixin): it opens the
dialogs and forwards what the user chose to the controller and the application layer
(:class:`dictation.Note`). Its strings keep the translation context "MainWindow".
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QFileDialog, QProgressDialog

from dictation import AudioSource, DictationError, Key, Layer, save_user_settings

from .suggestions_dialog import personal_list_name
from .worker import State

# Qt's translation; the strings here keep the context "MainWindow" they had in
# :class:`MainWindow` (``lupdate`` and the .ts file know them under it).
translate = QCoreApplication.translate


class MainWindowTools:
    """Audio files, history, settings, vocabulary editor and suggestions (a mixin of
    :class:`ui.main_window.MainWindow`)."""

    def open_audio_file(self, path: str | None = None) -> None:
        """Transcribe an audio file into the editor at the cursor (cancellable)."""
        if self.controller.state != State.READY:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, translate("MainWindow", "Audiodatei öffnen"), self._documents_folder(),
                translate("MainWindow", "Audiodateien (*.wav *.mp3 *.m4a *.flac *.ogg *.opus *.webm);;"
                        "Alle Dateien (*)"))
            if not path:
                return
        if not self.controller.transcribe(path):
            return
        label = translate("MainWindow", "„{name}“ wird verschriftet …").format(name=Path(path).name)
        dialog = QProgressDialog(label, translate("MainWindow", "Abbrechen"), 0, 1000, self)
        dialog.setWindowTitle(translate("MainWindow", "Audiodatei verschriften"))
        dialog.setAccessibleName(translate("MainWindow", "Fortschritt der Verschriftung"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self.controller.cancel_transcription)
        self._progress = dialog
        dialog.show()

    @Slot(float, float)
    def _on_transcribe_progress(self, done: float, total: float) -> None:
        if self._progress is not None and total > 0:
            self._progress.setValue(int(1000 * min(done, total) / total))

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    @Slot(object)
    def _on_transcribed(self, segments: Sequence[str]) -> None:
        self._close_progress()
        added = self.editor.insert_utterances(segments)
        self.save_draft()
        if added:
            self.statusBar().showMessage(translate("MainWindow", "Audiodatei verschriftet"), 8000)
        else:
            self.statusBar().showMessage(translate("MainWindow", "In der Audiodatei wurde keine Sprache erkannt."),
                                         8000)

    @Slot()
    def _on_transcribe_cancelled(self) -> None:
        self._close_progress()
        self.statusBar().showMessage(translate("MainWindow", "Verschriftung abgebrochen; nichts eingefügt."), 8000)

    def show_history(self) -> None:
        """Search the history and open a note from it."""
        from .history_dialog import HistoryDialog

        try:
            store = self.history()
        except DictationError as err:
            self.show_error(str(err), err.detail)
            return
        dialog = HistoryDialog(store, self)
        if dialog.exec() and dialog.chosen is not None and self._resolve_unfinished():
            self.load_note(dialog.chosen)
            self.note.draft_written = False
            self.statusBar().showMessage(translate("MainWindow", "Vermerk aus dem Verlauf geöffnet"), 8000)

    def show_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self._devices, self)
        if dialog.exec():
            self.apply_settings(dialog.changes())

    def apply_settings(self, changes: dict[Key, object]) -> bool:
        """Save changed settings and use them (the model reloads when it changed)."""
        if not changes:
            return True
        try:
            save_user_settings(changes)
        except DictationError as err:
            self.show_error(str(err), err.detail)
            return False
        self.settings = self.services.reload_settings()
        self.services.settings = self.settings
        self.note.settings = self.settings
        self.apply_export_permissions()
        engine_keys = {Key.MODEL_PATH, Key.LANGUAGE, Key.VOCABULARY_ORGANISATION,
                       Key.VOCABULARY_TEAM, Key.VOCABULARY_PERSONAL}
        if engine_keys & set(changes):
            if not self.controller.load():
                self._pending_reload = True
        if Key.MICROPHONE in changes:
            self.refresh_microphones()
        if Key.RETENTION_DAYS in changes:
            self.purge_history()
        if Key.UI_LANGUAGE in changes:
            self.statusBar().showMessage(
                translate("MainWindow", "Die Sprache der Oberfläche ändert sich beim nächsten Start."), 10000)
        return True

    def show_vocab_editor(self) -> None:
        """Open the vocabulary editor (``ui.vocab_editor``, imported only now)."""
        if self._vocab_editor is not None:
            self._vocab_editor.show()
            self._vocab_editor.raise_()
            self._vocab_editor.activateWindow()
            return
        try:
            module = importlib.import_module("ui.vocab_editor")
            editor_class = module.VocabularyEditor
        except (ImportError, AttributeError) as err:
            self.show_error(translate("MainWindow", "Der Vokabular-Editor ist in dieser Version noch nicht "
                                    "verfügbar. Vokabularlisten können in den Einstellungen "
                                    "gewählt werden."), repr(err))
            return
        s = self.settings
        files = {Layer.ORGANISATION: (s.vocabulary_organisation, Key.VOCABULARY_ORGANISATION),
                 Layer.TEAM: (s.vocabulary_team, Key.VOCABULARY_TEAM),
                 Layer.PERSONAL: (s.vocabulary_personal, Key.VOCABULARY_PERSONAL)}
        paths = {layer: Path(path) if path else None for layer, (path, _key) in files.items()}
        # the personal list always; team/organisation when the policy allows it
        # (vocabulary.editable); who may write the files is still up to the share's rights
        editable = [layer for layer in Layer if s.may_edit(layer.value)]
        suggestions = [Path(s.vocabulary_suggestions)] if s.vocabulary_suggestions else []
        engine = self.controller.engine
        editor = editor_class(
            paths, editable,
            model_loader=(lambda: engine.loaded.model) if engine is not None else None,
            microphone=self._training_microphone,
            suggestion_sources=suggestions,
            user=self.fields.author.text() or None, parent=self)
        editor.saved.connect(self._vocabulary_saved)
        editor.destroyed.connect(lambda _obj=None: setattr(self, "_vocab_editor", None))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._vocab_editor = editor
        editor.show()

    def _training_microphone(self) -> AudioSource:
        """The microphone for "Begriff trainieren" (called in its worker thread): not while
        a dictation holds it, which would otherwise hear the training sentence too."""
        if self.controller.state in (State.RECORDING, State.PAUSING, State.STOPPING):
            raise DictationError(translate(
                "MainWindow", "Das Mikrofon nimmt gerade ein Diktat auf. Bitte die Aufnahme "
                "zuerst beenden (F10)."))
        return self.services.make_source(self.settings.microphone)

    def offer_suggestions(self) -> int:
        """Offer the user's corrections of recognised words for the personal list.

        Nothing is learnt silently: only what the user ticks is added (and, if IT configured
        a suggestions folder, shared there for the team's supervisor). Returns how many."""
        engine = self.controller.engine
        vocabulary = getattr(engine, "vocabulary", None)
        found = self.note.suggestions(self.editor.corrections(), vocabulary)
        if not found:
            return 0
        chosen = self.services.choose_suggestions(self, found)
        if not chosen:
            return 0
        try:
            path = self.note.adopt(chosen, personal_list_name())
        except (DictationError, OSError) as err:
            self.show_error(translate("MainWindow", "Die Korrekturen konnten nicht ins Vokabular übernommen werden."),
                            str(err))
            return 0
        self._vocabulary_saved("personal", path)
        self.statusBar().showMessage(
            translate("MainWindow", "{n} Korrektur(en) ins persönliche Vokabular übernommen")
            .format(n=len(chosen)), 8000)
        return len(chosen)

    @Slot(object, object)
    def _vocabulary_saved(self, layer, path) -> None:
        """A list was saved in the editor: remember a new file, reload the vocabulary."""
        key = {Layer.ORGANISATION: Key.VOCABULARY_ORGANISATION, Layer.TEAM: Key.VOCABULARY_TEAM,
               Layer.PERSONAL: Key.VOCABULARY_PERSONAL}[Layer(layer)]
        current = self.settings.value(key)
        if (not current or Path(current) != Path(path)) and not self.settings.is_locked(key):
            self.apply_settings({key: str(path)})
        elif not self.controller.load():
            self._pending_reload = True


__all__ = ["MainWindowTools"]
