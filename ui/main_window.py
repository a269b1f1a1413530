"""The main window: case fields, the dictation editor, record/pause/stop, export.

The window shows things and forwards the user's commands; the work happens elsewhere:
:class:`ui.worker.DictationController` (threads, record/pause/stop) and the application layer
:class:`dictation.Note` (drafts, history, finishing, exports, suggestions), which chooses the
error messages (typed exceptions with a ``message`` and a ``detail``);
:meth:`MainWindow.show_error` displays them. The window's parts: ``main_window_layout``
(actions, widgets, menus), ``main_window_messages`` (errors, questions, state, microphones,
vocabulary notices), ``main_window_exports`` (clipboard, paste, files), ``main_window_tools``
(audio files, history, settings, vocabulary editor, suggestions).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QProgressDialog, QWidget

from dictation import (
    AudioSource,
    CaseNote,
    Committed,
    DraftSave,
    DraftStore,
    Engine,
    Failed,
    Finished,
    HistoryStore,
    InputDevice,
    Level,
    LoadProgress,
    Note,
    Partial,
    Settings,
    conflict_message,
    list_input_devices,
    load_engine,
    load_settings,
    microphone_source,
)

from .focus_ring import install_focus_ring
from .main_window_exports import MainWindowExports
from .main_window_layout import MainWindowLayout
from .main_window_messages import MainWindowMessages
from .main_window_tools import MainWindowTools
from .paste import PasteBackend, paste_backend
from .qt_settings import restore_window, save_window
from .suggestions_dialog import choose_suggestions
from .window_size import fit_to_screen, main_window_size
from .worker import DictationController, State

log = logging.getLogger("diktat.ui")

#: Edits are saved to the draft this long after the last keystroke.
DRAFT_DELAY_MS = 800

#: Provisional text is saved to the draft at most this long after it changed (partials keep
#: coming while someone speaks, so this timer is not restarted by each one).
PARTIAL_SAVE_MS = 1000


@dataclass
class Services:
    """What the window works with; tests replace the model, the microphone and the stores.

    Attributes:
      settings: Merged settings (policy over user).
      drafts: Crash-safe drafts.
      open_history: Opens the local history (called when first needed).
      load_engine: Loads model + vocabulary for the settings (runs in a worker thread).
      make_source: Audio source for a microphone (index, name or None = default).
      list_devices: The microphones.
      paste: Pastes into the previous window (None: chosen from the Qt platform).
      reload_settings: Reads the settings again after the dialog saved them.
      choose_suggestions: Asks which corrections go into the personal list (a dialog).
    """

    settings: Settings = field(default_factory=load_settings)
    drafts: DraftStore = field(default_factory=DraftStore)
    open_history: Callable[[], HistoryStore] = HistoryStore
    load_engine: Callable[[Settings, LoadProgress], Engine] = load_engine
    make_source: Callable[[int | str | None], AudioSource] = microphone_source
    list_devices: Callable[[], list[InputDevice]] = list_input_devices
    paste: PasteBackend | None = None
    reload_settings: Callable[[], Settings] = load_settings
    choose_suggestions: Callable[[QWidget, list], list] = field(
        default_factory=lambda: choose_suggestions)


class MainWindow(MainWindowLayout, MainWindowMessages, MainWindowExports,
                 MainWindowTools, QMainWindow):
    """Dictate, correct and export one case note at a time."""

    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services or Services()
        self.settings = self.services.settings
        self.paste_target = self.services.paste or paste_backend(QGuiApplication.platformName())
        self.errors: list[tuple[str, str]] = []  # shown errors (message, detail), newest last
        self.note = Note(self, self.settings, self.services.drafts, self.services.open_history)
        self._devices: list[InputDevice] = []
        self._progress: QProgressDialog | None = None
        self._error_box: QMessageBox | None = None
        self._pending_reload = False
        self._vocab_editor: QWidget | None = None
        self._export_tips: dict[int, tuple[str, str, str]] = {}  # normal tooltips of exports

        self.setWindowTitle(self.tr("Diktat"))
        install_focus_ring()  # a clearly visible focus frame in all of the app's windows
        self.controller = DictationController(
            lambda progress: self.services.load_engine(self.settings, progress),
            self.services.make_source, self,
        )
        self.controller.bias_context = lambda: (self.fields.subject.currentText(),
                                                self.editor.recent_terms())
        # Audio is kept only when the user or IT switched it on (audio.save).
        self.controller.recording_path = self.note.recording_path
        self._build_actions()
        self._build_widgets()
        self._build_menus()
        self._build_status_bar()
        self._connect()
        self.apply_export_permissions()

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._partial_timer = QTimer(self)
        self._partial_timer.setSingleShot(True)
        self._partial_timer.setInterval(PARTIAL_SAVE_MS)
        self._partial_timer.timeout.connect(self.save_draft)
        self._foreground_timer = QTimer(self)
        self._foreground_timer.setInterval(1000)
        self._foreground_timer.timeout.connect(self._remember_foreground)
        QGuiApplication.instance().applicationStateChanged.connect(self._app_state_changed)

        if restore_window(self):
            fit_to_screen(self)  # saved on a larger screen or at a smaller scaling
        else:
            fit_to_screen(self, main_window_size(self), center=True)
        self._update_state(self.controller.state)

    def _connect(self) -> None:
        c = self.controller
        c.state_changed.connect(self._update_state)
        c.event.connect(self._on_event)
        c.error.connect(self.show_error)
        c.engine_loaded.connect(self._on_engine_loaded)
        c.load_progress.connect(self._on_load_progress)
        c.transcribe_progress.connect(self._on_transcribe_progress)
        c.transcribed.connect(self._on_transcribed)
        c.transcribe_cancelled.connect(self._on_transcribe_cancelled)
        self.editor.edited.connect(self._schedule_draft)
        self.fields.changed.connect(self._schedule_draft)
        self.editor.undoAvailable.connect(self.act_undo.setEnabled)
        self.editor.redoAvailable.connect(self.act_redo.setEnabled)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        # Undo/redo are the window's and target the note text, also when the focus is in a
        # field (after "Letzte Äußerung streichen" from the menu, say); a field keeps its own
        # undo only for typing in it that is newer than the last change of the text.
        self._edit_serial = 0
        self._text_edit_serial = 0
        self.editor.document().undoCommandAdded.connect(self._note_text_edited)
        for line in self._field_line_edits():
            line.textEdited.connect(lambda _text, line=line: self._note_field_edited(line))
            line.installEventFilter(self)
        self.fields.date.installEventFilter(self)

    def start(self) -> None:
        """After the window is shown: settings problems, history retention, drafts to restore,
        microphones, and the model (in the background)."""
        if self.settings.problems:
            self.show_error(self.tr("Nicht alle Einstellungen konnten gelesen werden."),
                            "\n".join(self.settings.problems), details_visible=True)
        self.purge_history()
        # The model loads in the background while the user answers the restore prompt.
        self.refresh_microphones()
        self.controller.load()
        self.offer_drafts()
        self._remember_foreground()

    def purge_history(self) -> int:
        """Delete notes older than the retention period from the history."""
        removed = self.note.purge_history()
        if removed:
            message = (self.tr("Ein alter Vermerk wurde aus dem Verlauf gelöscht.") if removed == 1
                       else self.tr("{n} alte Vermerke wurden aus dem Verlauf gelöscht.")
                       .format(n=removed))
            self.statusBar().showMessage(message, 8000)
        return removed

    def history(self) -> HistoryStore:
        """The history store, opened on first use (raises ``HistoryError``)."""
        return self.note.history()

    def offer_drafts(self) -> None:
        """Offer to restore notes left unfinished (crash or closed window)."""
        pending, problems = self.note.pending_drafts()
        if problems:
            self.show_error(self.tr("Einige Entwürfe sind beschädigt und wurden beiseitegelegt."),
                            "\n".join(problems), details_visible=True)
        for note in pending:
            choice = self.ask_restore(note, len(pending))
            if choice in ("restore", "restore-final"):
                self.load_note(note)
                self.note.draft_written = True
                message = self.tr("Entwurf wiederhergestellt")
                if choice == "restore" and note.provisional.strip():
                    self._insert_provisional(note)
                    message = self.tr("Entwurf wiederhergestellt, mit dem vorläufig erkannten "
                                      "Text – bitte prüfen")
                if note.provisional:
                    self.save_draft()  # now in the text, or left out: no longer provisional
                self.statusBar().showMessage(message, 15000)
                return
            if choice == "discard":
                self.note.delete_draft(note.id)
            else:  # later: leave it, ask again at the next start
                return

    def _insert_provisional(self, note: CaseNote) -> None:
        """Put a restored draft's provisional text where it was shown, as dictated text."""
        cursor = self.editor.textCursor()
        cursor.setPosition(max(0, min(note.provisional_at, len(self.editor.text()))))
        self.editor.setTextCursor(cursor)
        self.editor.commit(note.provisional)

    @Slot(object)
    def _on_engine_loaded(self, engine: Engine) -> None:
        note_text = engine.note_text()
        self.editor.set_pipeline(note_text.pipeline, engine.keep_capitalized)
        self.model_label.setText(self.tr("Modell: {name} ({device})").format(
            name=engine.name, device=engine.device.upper()))
        self._announce(self.model_label, self.tr("Aktives Modell: {name} ({device})").format(
            name=engine.name, device=engine.device.upper()))
        if engine.notice:
            self.statusBar().showMessage(engine.notice, 15000)
        self._show_vocabulary_warnings(tuple(getattr(engine, "warnings", ())))
        conflicts = list(getattr(getattr(engine, "vocabulary", None), "conflicts", None) or ())
        self._show_vocabulary_conflicts(conflicts)
        # conflicts are in the problems too; they are no reading error and get no dialog
        said = {conflict_message(conflict) for conflict in conflicts}
        problems = [problem for problem in engine.problems if problem not in said]
        if problems:
            self.show_error(self.tr("Nicht alle Vokabularlisten konnten gelesen werden."),
                            "\n".join(problems), details_visible=True)

    def toggle_recording(self) -> None:
        """F9: start, pause or resume."""
        if self.controller.state == State.RECORDING:
            self.pause_recording()
        else:
            self.start_recording()

    def start_recording(self) -> None:
        if self.controller.state == State.LOADING:
            self.statusBar().showMessage(
                self.tr("Bitte warten: Das Modell wird noch geladen."), 5000)
            return
        if self.controller.state not in (State.READY, State.PAUSED):
            return
        if not self._devices:
            self.show_error(self._no_microphone_message())
            return
        self._remember_foreground()
        if self.controller.record(self.selected_device()):
            self.editor.setFocus()

    def pause_recording(self) -> None:
        self.controller.pause()

    def stop_recording(self) -> None:
        self.controller.stop()

    def strike_last(self) -> None:
        """Like saying "streiche das"."""
        if self.editor.delete_last_utterance():
            self.save_draft()

    @Slot(object)
    def _on_event(self, event) -> None:
        if isinstance(event, Level):
            self.level.set_level(event.rms_db, event.peak_db)
        elif isinstance(event, Partial):
            self.editor.show_partial(event.text)
            if not self._partial_timer.isActive():  # kept in the draft, marked provisional
                self._partial_timer.start()
        elif isinstance(event, Committed):
            self.editor.commit(event.text)
            self.save_draft()
        elif isinstance(event, Failed):
            self.show_error(event.message, event.detail)
        elif isinstance(event, Finished):
            self.editor.clear_partial()
            self.level.reset()

    def current_note(self) -> CaseNote:
        """The note as the window shows it."""
        return self.note.current()

    def shown_note(self, base: CaseNote) -> CaseNote:
        """``base`` with the case fields, the text and the provisional text shown now
        (:class:`dictation.NoteView`)."""
        self.fields.fill(base)
        base.text = self.editor.text()
        base.provisional = self.editor.partial_text
        base.provisional_at = self.editor.partial_position if base.provisional else 0
        return base

    def load_note(self, note: CaseNote) -> None:
        """Show ``note`` (a restored draft or a note from the history)."""
        if self.controller.state == State.PAUSED:
            self.controller.stop()  # the paused dictation belonged to the previous note
        self.note.load(note)
        self.fields.show_note(note)
        self.editor.set_text(note.text)
        self._draft_timer.stop()

    @Slot()
    def _schedule_draft(self) -> None:
        self._draft_timer.start()

    @Slot()
    def save_draft(self) -> bool:
        """Write the draft now (atomically), with the provisional text apart; False when it
        failed or there is nothing yet."""
        self._draft_timer.stop()
        self._partial_timer.stop()
        result = self.note.save_draft()
        if result is DraftSave.FAILED:
            self.statusBar().showMessage(self.tr("Entwurf konnte nicht gesichert werden!"), 10000)
        return result is DraftSave.SAVED

    def emergency_save(self) -> None:
        """Save the draft after an unexpected error; never raises."""
        try:
            self.save_draft()
        except Exception:  # noqa: BLE001 - called from the exception hook
            log.exception("emergency draft save failed")

    def new_note(self) -> bool:
        """Start an empty note; the current one is finished or kept as a draft first."""
        if not self._resolve_unfinished():
            return False
        author = self.fields.author.text()
        self._start_fresh_note(author)
        return True

    def _start_fresh_note(self, author: str) -> None:
        if self.controller.state == State.PAUSED:
            self.controller.stop()  # the paused dictation belonged to the previous note
        note = self.note.start_fresh(author)
        self.fields.show_note(note)
        self.editor.set_text("")
        self._draft_timer.stop()
        self.fields.customer.setFocus()

    def _resolve_unfinished(self) -> bool:
        """Before the note is replaced: True when the window may show another note."""
        note = self.current_note()
        if self.note.is_empty(note):
            if self.note.draft_written:
                self.note.discard_draft(note.id)
            return True
        choice = self.ask_unfinished()
        if choice == "finish":
            return self.finish_note(start_new=False)
        if choice == "keep":
            self.save_draft()
            return True
        return False

    def finish_note(self, start_new: bool = True) -> bool:
        """Save the note in the history, remove its draft and (normally) start a new one."""
        if self.controller.state in (State.RECORDING, State.PAUSING, State.STOPPING):
            self.show_error(self.tr("Bitte beenden Sie zuerst die Aufnahme (F10)."))
            return False
        note = self.current_note()
        blocking, problems = self.note.problems(note)
        if blocking:
            self.show_error("\n".join(p.message for p in blocking))
            self._focus_field(blocking[0].field)
            return False
        if problems and not self.confirm(
                "\n".join(p.message for p in problems) + "\n\n"
                + self.tr("Den Vermerk trotzdem abschließen?")):
            self._focus_field(problems[0].field)
            return False
        self.offer_suggestions()
        if not self.note.finish(note):
            return False
        self.statusBar().showMessage(self.tr("Vermerk im Verlauf gespeichert"), 8000)
        if start_new:
            self._start_fresh_note(note.author)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Let a running session commit what was said, save the draft, release everything."""
        if self._vocab_editor is not None and not self._vocab_editor.close():
            event.ignore()  # the vocabulary editor has unsaved changes and the user cancelled
            return
        self.controller.shutdown()
        QApplication.processEvents()  # deliver the session's last commits
        self.save_draft()
        self._foreground_timer.stop()
        try:
            QGuiApplication.instance().applicationStateChanged.disconnect(self._app_state_changed)
        except (RuntimeError, TypeError):
            pass
        save_window(self)
        self.note.close()
        event.accept()


__all__ = ["MainWindow", "Services"]
