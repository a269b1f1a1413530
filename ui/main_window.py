"""The main window: case fields, the dictation editor, record/pause/stop, export.

The window shows things and forwards the user's commands; the work happens elsewhere:
:class:`ui.worker.DictationController` (threads, record/pause/stop), :mod:`dictation.drafts`,
:mod:`dictation.history`, :mod:`dictation.exporters`. Those choose the error messages (typed
exceptions with a ``message`` and a ``detail``); :meth:`MainWindow.show_error` displays them.
"""

from __future__ import annotations

import dataclasses
import datetime
import importlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dictation.audio import AudioSource, InputDevice, list_input_devices
from dictation.casenote import CaseNote, validate
from dictation.drafts import DraftStore
from dictation.errors import DictationError
from dictation.events import Committed, Failed, Finished, Level, Partial
from dictation.exporters import (
    ExportFailed,
    default_file_name,
    export_docx,
    export_txt,
    note_as_plain_text,
)
from dictation.history import HistoryStore
from dictation.pipeline import conflict_message
from ui.suggestions_dialog import add_to_personal_list, choose_suggestions
from dictation.recording import purge_recordings, recording_path
from dictation.settings import Key, Settings, load_settings, save_user_settings

from .casefields import CaseFields
from .editor import DictationEditor
from .focus_ring import install_focus_ring
from .level_meter import LevelMeter
from .paste import PasteBackend, PasteFailed, paste_backend
from .qt_settings import restore_window, save_window
from .window_size import fit_to_screen, main_window_size
from .worker import DictationController, Engine, LoadProgress, State, load_engine, microphone_source

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


class MainWindow(QMainWindow):
    """Dictate, correct and export one case note at a time."""

    def __init__(self, services: Services | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services or Services()
        self.settings = self.services.settings
        self.paste_target = self.services.paste or paste_backend(QGuiApplication.platformName())
        self.errors: list[tuple[str, str]] = []  # shown errors (message, detail), newest last
        self._history: HistoryStore | None = None
        self._note = CaseNote()
        self._draft_written = False
        self._draft_error_shown = False
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
        self.controller.recording_path = lambda: (
            recording_path(self._note.id) if self.settings.save_audio else None
        )
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

    # -- building --------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable, shortcut: QKeySequence | str | None = None,
                tip: str = "", icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.act_record = self._action(self.tr("&Aufnahme / Pause"), self.toggle_recording, "F9",
                                       self.tr("Aufnahme starten, anhalten oder fortsetzen (F9)"),
                                       sp.SP_MediaPlay)
        self.act_stop = self._action(self.tr("Aufnahme &beenden"), self.stop_recording, "F10",
                                     self.tr("Aufnahme beenden; Gesagtes wird übernommen (F10)"),
                                     sp.SP_MediaStop)
        self.act_rescan = self._action(self.tr("&Mikrofone neu suchen"), self.refresh_microphones)
        self.act_new = self._action(self.tr("&Neuer Vermerk"), self.new_note,
                                    QKeySequence.StandardKey.New)
        self.act_open_audio = self._action(self.tr("Audiodatei &öffnen …"), self.open_audio_file,
                                           QKeySequence.StandardKey.Open,
                                           self.tr("Eine Aufnahme verschriften (Strg+O)"))
        self.act_save_word = self._action(self.tr("Als &Word speichern …"), self.save_word,
                                          QKeySequence.StandardKey.Save,
                                          self.tr("Vermerk als Word-Datei speichern (Strg+S)"))
        self.act_save_text = self._action(self.tr("Als &Text speichern …"), self.save_text,
                                          "Ctrl+Shift+S")
        self.act_finish = self._action(self.tr("Vermerk &abschließen"), self.finish_note,
                                       "Ctrl+Return",
                                       self.tr("Vermerk im Verlauf speichern und neuen beginnen"))
        self.act_history = self._action(self.tr("&Verlauf …"), self.show_history, "Ctrl+H")
        self.act_quit = self._action(self.tr("&Beenden"), self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = self._action(self.tr("&Rückgängig"), lambda: self.editor.undo(),
                                     QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(self.tr("&Wiederholen"), lambda: self.editor.redo(),
                                     QKeySequence.StandardKey.Redo)
        self.act_strike = self._action(self.tr("Letzte Äußerung &streichen"),
                                       self.strike_last, "Ctrl+Shift+Backspace",
                                       self.tr("Wie „streiche das“: entfernt den zuletzt "
                                               "diktierten Satzteil"))
        self.act_copy = self._action(self.tr("Text &kopieren"), self.copy_text, "Ctrl+Shift+C",
                                     self.tr("Vermerktext in die Zwischenablage (Strg+Umschalt+C)"))
        self.act_copy_all = self._action(self.tr("Vermerk mit Kopf&daten kopieren"),
                                         self.copy_note_with_header)
        self.act_paste = self._action(self.tr("In vorheriges &Fenster einfügen"),
                                      self.paste_into_previous, "Ctrl+Shift+V",
                                      self.tr("Text in das zuvor aktive Programm einfügen "
                                              "(Strg+Umschalt+V)"))
        self.act_settings = self._action(self.tr("&Einstellungen …"), self.show_settings,
                                         "Ctrl+,")
        self.act_vocab = self._action(self.tr("&Vokabular bearbeiten …"), self.show_vocab_editor)
        self.act_keys = self._action(self.tr("&Tastenkürzel"), self.show_shortcuts,
                                     QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action(self.tr("Ü&ber Diktat"), self.show_about)

    def _button(self, text: str, action: QAction | None, name: str, description: str,
                slot: Callable | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if action is not None:
            button.setIcon(action.icon())
            button.clicked.connect(action.trigger)
        elif slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_widgets(self) -> None:
        self.fields = CaseFields(self)
        self.editor = DictationEditor(self)
        editor_label = QLabel(self.tr("Vermerk&text:"), self)
        editor_label.setBuddy(self.editor)

        self.record_button = self._button(
            self.tr("&Aufnahme"), self.act_record, self.tr("Aufnahme"),
            self.tr("Startet die Aufnahme vom Mikrofon; F9 startet, pausiert und setzt fort"))
        self.pause_button = self._button(
            self.tr("&Pause"), None, self.tr("Pause"),
            self.tr("Hält die Aufnahme an; das bisher Gesagte wird übernommen (F9)"),
            self.pause_recording)
        self.pause_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPause))
        self.stop_button = self._button(
            self.tr("&Stopp"), self.act_stop, self.tr("Stopp"),
            self.tr("Beendet die Aufnahme; das bisher Gesagte wird übernommen (F10)"))

        self.microphone = QComboBox(self)
        self.microphone.setAccessibleName(self.tr("Mikrofon"))
        self.microphone.setAccessibleDescription(self.tr("Eingabegerät für die Aufnahme"))
        self.microphone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.microphone.setMinimumContentsLength(16)
        self.microphone.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        mic_label = QLabel(self.tr("&Mikrofon:"), self)
        mic_label.setBuddy(self.microphone)
        self.level = LevelMeter(self)
        level_label = QLabel(self.tr("Pegel:"), self)
        level_label.setAccessibleName(self.tr("Pegel"))

        self.copy_button = self._button(
            self.tr("In &Zwischenablage"), self.act_copy, self.tr("Text kopieren"),
            self.tr("Kopiert den Vermerktext in die Zwischenablage (Strg+Umschalt+C)"))
        self.paste_button = self._button(
            self.tr("In vorheriges Fenster einfü&gen"), self.act_paste,
            self.tr("In vorheriges Fenster einfügen"),
            self.tr("Fügt den Text in das zuletzt benutzte Programm ein (Strg+Umschalt+V)"))
        self.word_button = self._button(
            self.tr("Als &Word speichern"), self.act_save_word, self.tr("Als Word speichern"),
            self.tr("Speichert den Vermerk als Word-Datei (Strg+S)"))
        self.finish_button = self._button(
            self.tr("Vermerk abschließe&n"), self.act_finish, self.tr("Vermerk abschließen"),
            self.tr("Speichert den Vermerk im Verlauf und beginnt einen neuen (Strg+Eingabe)"))

        controls = QHBoxLayout()
        for w in (self.record_button, self.pause_button, self.stop_button):
            controls.addWidget(w)
        controls.addSpacing(self.fontMetrics().height())
        controls.addWidget(mic_label)
        controls.addWidget(self.microphone, 2)
        controls.addWidget(level_label)
        controls.addWidget(self.level, 1)

        exports = QHBoxLayout()
        for w in (self.copy_button, self.paste_button, self.word_button):
            exports.addWidget(w)
        exports.addStretch(1)
        exports.addWidget(self.finish_button)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.fields)
        layout.addWidget(editor_label)
        layout.addWidget(self.editor, 1)
        layout.addLayout(controls)
        layout.addLayout(exports)
        self.setCentralWidget(central)

        chain = [self.fields.customer, self.fields.date, self.fields.author, self.fields.subject,
                 self.editor, self.record_button, self.pause_button, self.stop_button,
                 self.microphone, self.copy_button, self.paste_button, self.word_button,
                 self.finish_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        menu = bar.addMenu(self.tr("&Datei"))
        menu.addAction(self.act_new)
        menu.addAction(self.act_open_audio)
        menu.addSeparator()
        menu.addAction(self.act_save_word)
        menu.addAction(self.act_save_text)
        menu.addSeparator()
        menu.addAction(self.act_finish)
        menu.addAction(self.act_history)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        menu = bar.addMenu(self.tr("&Bearbeiten"))
        menu.addAction(self.act_undo)
        menu.addAction(self.act_redo)
        menu.addSeparator()
        menu.addAction(self.act_strike)
        menu.addSeparator()
        menu.addAction(self.act_copy)
        menu.addAction(self.act_copy_all)
        menu.addAction(self.act_paste)
        menu = bar.addMenu(self.tr("D&iktat"))
        menu.addAction(self.act_record)
        menu.addAction(self.act_stop)
        menu.addSeparator()
        menu.addAction(self.act_rescan)
        menu = bar.addMenu(self.tr("E&xtras"))
        menu.addAction(self.act_settings)
        menu.addAction(self.act_vocab)
        menu = bar.addMenu(self.tr("&Hilfe"))
        menu.addAction(self.act_keys)
        menu.addAction(self.act_about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Status"))
        self.model_label = QLabel(self)
        self.model_label.setAccessibleName(self.tr("Aktives Modell"))
        self.busy = QProgressBar(self)
        self.busy.setAccessibleName(self.tr("Fortschritt"))
        self.busy.setMaximumWidth(self.fontMetrics().height() * 10)
        self.busy.setVisible(False)
        self.vocab_warning = QLabel(self)
        self.vocab_warning.setAccessibleName(self.tr("Hinweis zum Vokabular"))
        self.vocab_warning.setVisible(False)
        self.vocab_conflicts = QPushButton(self)
        self.vocab_conflicts.setFlat(True)
        self.vocab_conflicts.setAccessibleName(self.tr("Widersprüche im Vokabular"))
        self.vocab_conflicts.setVisible(False)
        self.vocab_conflicts.clicked.connect(lambda _checked=False: self.show_vocab_editor())
        bar.addWidget(self.state_label)
        bar.addWidget(self.busy)
        bar.addPermanentWidget(self.vocab_conflicts)
        bar.addPermanentWidget(self.vocab_warning)
        bar.addPermanentWidget(self.model_label)

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

    def _field_line_edits(self) -> list[QLineEdit]:
        fields = self.fields
        lines = [fields.customer, fields.author, fields.subject.lineEdit(),
                 fields.date.findChild(QLineEdit)]
        return [line for line in lines if line is not None]

    def _note_text_edited(self) -> None:
        self._edit_serial += 1
        self._text_edit_serial = self._edit_serial

    def _note_field_edited(self, line: QLineEdit) -> None:
        self._edit_serial += 1
        line.setProperty("diktat_edit_serial", self._edit_serial)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Ctrl+Z / Ctrl+Y in a case field go to the note text (the window's actions) unless
        the field has typing of its own to undo that is newer than the text's last change."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo)
            redo = event.matches(QKeySequence.StandardKey.Redo)
            if undo or redo:
                line = watched if isinstance(watched, QLineEdit) else watched.findChild(QLineEdit)
                own = line is not None and (line.isUndoAvailable() if undo
                                            else line.isRedoAvailable())
                newer = line is not None and (line.property("diktat_edit_serial") or 0) \
                    > self._text_edit_serial
                if not (own and newer):
                    event.ignore()
                    return True  # not the field's: the shortcut goes to the window's action
        return super().eventFilter(watched, event)

    # -- start ---------------------------------------------------------------------------------

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
        try:
            removed = self.history().purge_older_than(self.settings.retention_days)
            purge_recordings(self.settings.retention_days)
        except DictationError as err:
            self.show_error(str(err), err.detail)
            return 0
        if removed:
            message = (self.tr("Ein alter Vermerk wurde aus dem Verlauf gelöscht.") if removed == 1
                       else self.tr("{n} alte Vermerke wurden aus dem Verlauf gelöscht.")
                       .format(n=removed))
            self.statusBar().showMessage(message, 8000)
        return removed

    def history(self) -> HistoryStore:
        """The history store, opened on first use (raises ``HistoryError``)."""
        if self._history is None:
            self._history = self.services.open_history()
        return self._history

    def offer_drafts(self) -> None:
        """Offer to restore notes left unfinished (crash or closed window)."""
        drafts = self.services.drafts
        pending = drafts.pending()
        if drafts.problems:
            self.show_error(self.tr("Einige Entwürfe sind beschädigt und wurden beiseitegelegt."),
                            "\n".join(drafts.problems), details_visible=True)
        for note in pending:
            choice = self.ask_restore(note, len(pending))
            if choice in ("restore", "restore-final"):
                self.load_note(note)
                self._draft_written = True
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
                try:
                    drafts.discard(note.id)
                except DictationError as err:
                    self.show_error(str(err), err.detail)
            else:  # later: leave it, ask again at the next start
                return

    def _insert_provisional(self, note: CaseNote) -> None:
        """Put a restored draft's provisional text where it was shown, as dictated text."""
        cursor = self.editor.textCursor()
        cursor.setPosition(max(0, min(note.provisional_at, len(self.editor.text()))))
        self.editor.setTextCursor(cursor)
        self.editor.commit(note.provisional)

    def ask_restore(self, note: CaseNote, count: int) -> str:
        """"restore", "restore-final" (without the provisional text), "discard" or "later"
        for one pending draft."""
        when = note.updated_at.astimezone().strftime("%d.%m.%Y %H:%M")
        text = self.tr("Es gibt einen nicht abgeschlossenen Vermerk vom {when}.").format(when=when)
        details = [note.customer_id and self.tr("Kundennummer: {0}").format(note.customer_id),
                   note.subject and self.tr("Betreff: {0}").format(note.subject),
                   self.tr("{0} Zeichen Text").format(len(note.text))]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Entwurf wiederherstellen?"), text,
                          QMessageBox.StandardButton.NoButton, self)
        provisional = " ".join(note.provisional.split())
        if provisional:
            details.append("\n" + self.tr("Dazu vorläufig erkannter Text, der beim Abbruch "
                                          "noch nicht feststand: „{text}“").format(
                text=provisional))
        box.setInformativeText("\n".join(d for d in details if d)
                               + "\n\n" + self.tr("Möchten Sie ihn wiederherstellen?"))
        take = None
        if provisional:
            take = QCheckBox(self.tr("Den vorläufig erkannten &Text übernehmen"), box)
            take.setChecked(True)
            box.setCheckBox(take)
        restore = box.addButton(self.tr("&Wiederherstellen"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("&Später"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            return "restore" if take is None or take.isChecked() else "restore-final"
        if box.clickedButton() is discard and self.confirm(
                self.tr("Den Entwurf endgültig löschen? Der Text geht verloren.")):
            return "discard"
        return "later"

    def confirm(self, question: str) -> bool:
        """Yes/No question; No is the default."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, self.tr("Diktat"), question,
                                      buttons.Yes | buttons.No, buttons.No)
        return answer == buttons.Yes

    # -- errors and messages ---------------------------------------------------------------------

    @Slot(str, str)
    def show_error(self, message: str, detail: str = "", details_visible: bool = False) -> None:
        """Show a message chosen by the logic; ``detail`` is for the log and the curious."""
        log.warning("shown to the user: %s | %s", message, detail)
        self.errors.append((message, detail))
        if self.controller.state == State.TRANSCRIBING:
            self._close_progress()  # the file failed: the error replaces its progress dialog
        if self.controller.state not in (State.RECORDING,):
            self.state_label.setText(self.tr("Fehler"))
            self._announce(self.state_label, self.tr("Status: {0}").format(self.tr("Fehler")))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Diktat"), message,
                          QMessageBox.StandardButton.Ok, self)
        if detail and details_visible:
            box.setInformativeText(detail)
        elif detail:
            box.setDetailedText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._update_state(self.controller.state))
        self._error_box = box
        box.open()  # window-modal, does not block dictation events

    # -- state ---------------------------------------------------------------------------------

    @Slot(object)
    def _update_state(self, state: State) -> None:
        texts = {
            State.LOADING: self.tr("Modell wird geladen …"),
            State.NO_MODEL: self.tr("Fehler: kein Modell geladen"),
            State.READY: self.tr("Bereit"),
            State.RECORDING: self.tr("Aufnahme"),
            State.PAUSING: self.tr("Aufnahme wird angehalten …"),
            State.PAUSED: self.tr("Pausiert"),
            State.STOPPING: self.tr("Aufnahme wird beendet …"),
            State.TRANSCRIBING: self.tr("Audiodatei wird verschriftet …"),
        }
        self.state_label.setText(texts[state])
        self._announce(self.state_label, self.tr("Status: {0}").format(texts[state]))
        font = self.state_label.font()
        font.setBold(state == State.RECORDING)  # stands out without relying on colour
        self.state_label.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        widest = max(QFontMetrics(bold).horizontalAdvance(t) for t in texts.values())
        self.state_label.setMinimumWidth(widest + 4)  # no jumping, no clipping
        recording = state in (State.RECORDING, State.PAUSING, State.STOPPING)
        idle = state in (State.READY, State.NO_MODEL, State.LOADING)
        can_record = state in (State.READY, State.PAUSED)
        self.act_record.setEnabled(can_record or state == State.RECORDING)
        self.record_button.setEnabled(can_record)
        self.record_button.setText(self.tr("&Fortsetzen") if state == State.PAUSED
                                   else self.tr("&Aufnahme"))
        self.record_button.setAccessibleName(self.tr("Fortsetzen") if state == State.PAUSED
                                             else self.tr("Aufnahme"))
        self.pause_button.setEnabled(state == State.RECORDING)
        self.stop_button.setEnabled(state in (State.RECORDING, State.PAUSED))
        self.act_stop.setEnabled(state in (State.RECORDING, State.PAUSED))
        self.microphone.setEnabled(not recording and bool(self._devices))
        self.act_open_audio.setEnabled(state == State.READY)
        for action in (self.act_new, self.act_history, self.act_finish):
            action.setEnabled(idle or state == State.PAUSED)
        if state != State.TRANSCRIBING:
            self._close_progress()  # whatever ended the transcription, its dialog goes too
        self.busy.setVisible(state == State.LOADING)
        if state == State.LOADING:
            self.busy.setRange(0, 0)
        if state == State.READY and self._pending_reload:
            self._pending_reload = False
            self.controller.load()

    def _announce(self, label: QLabel, name: str) -> None:
        """Give a status label an accessible name with its value and tell assistive tools."""
        label.setAccessibleName(name)
        QAccessible.updateAccessibility(QAccessibleEvent(label, QAccessible.Event.NameChanged))

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

    def _list_name(self, layer: str) -> str:
        """"Liste Team, team.vocab.json": a vocabulary layer and its configured file."""
        names = {"organisation": self.tr("Organisation"), "team": self.tr("Team"),
                 "personal": self.tr("persönlich")}
        files = {"organisation": self.settings.vocabulary_organisation,
                 "team": self.settings.vocabulary_team,
                 "personal": self.settings.vocabulary_personal}
        name = names.get(layer, layer)
        if files.get(layer):
            return self.tr("Liste {name}, {file}").format(name=name, file=Path(files[layer]).name)
        return self.tr("Liste {name}").format(name=name)

    def conflict_text(self, conflict) -> str:
        """One conflict for the user: the spoken form, each spelling with its list, the one
        used."""
        spellings = self.tr(" und ").join(
            self.tr("„{term}“ ({list})").format(term=term, list=self._list_name(layer))
            for term, layer in zip(conflict.terms, conflict.layers))
        return self.tr("Gesprochen „{spoken}“ ergibt {spellings}; es gilt „{used}“.").format(
            spoken=conflict.spoken, spellings=spellings, used=conflict.terms[0])

    def _show_vocabulary_conflicts(self, conflicts: Sequence) -> None:
        """Conflicts between the vocabulary lists (one spoken form, two spellings): a lasting
        button in the status bar that opens the vocabulary editor (whose "Hinweis" column
        marks the entries), the conflicts as its tooltip, and a status message for a while.
        No dialog: the caseworker cannot fix it, and it would come back at every start."""
        button = self.vocab_conflicts
        if not conflicts:
            button.setVisible(False)
            button.setToolTip("")
            return
        count = len(conflicts)
        button.setText(self.tr("⚠ Vokabular: 1 Widerspruch") if count == 1 else
                       self.tr("⚠ Vokabular: {n} Widersprüche").format(n=count))
        lines = [self.conflict_text(conflict) for conflict in conflicts]
        shown = lines[:10] + ([self.tr("… und {n} weitere").format(n=count - 10)]
                              if count > 10 else [])
        tip = "\n".join([self.tr("Widersprüche zwischen den Wortlisten:"), *shown, "",
                         self.tr("Klicken öffnet den Vokabular-Editor; dort nennt die Spalte "
                                 "„Hinweis“ die betroffenen Einträge.")])
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.setVisible(True)
        self._announce(button, self.tr("Widersprüche im Vokabular: {n}").format(n=count))
        self.statusBar().showMessage(self.tr("Widerspruch im Vokabular: {0}").format(lines[0]),
                                     15000)

    def _show_vocabulary_warnings(self, warnings: tuple[str, ...]) -> None:
        """Warnings about the vocabulary (e.g. the organisation list on the share is not
        reachable and its last good local copy is used): a lasting mark in the status bar
        with the full text as tooltip, and the text itself for a while."""
        label = self.vocab_warning
        if not warnings:
            label.setVisible(False)
            label.setToolTip("")
            self._announce(label, self.tr("Hinweis zum Vokabular"))
            return
        text = "\n".join(warnings)
        label.setText(self.tr("⚠ Vokabular: lokale Kopie"))
        label.setToolTip(text)
        label.setAccessibleDescription(text)
        label.setVisible(True)
        self._announce(label, self.tr("Hinweis zum Vokabular: {0}").format(text))
        self.statusBar().showMessage(text, 15000)

    @Slot(int, int)
    def _on_load_progress(self, done: int, total: int) -> None:
        self.state_label.setText(self.tr("Modell wird beim ersten Start eingerichtet …"))
        self.busy.setRange(0, 1000)
        self.busy.setValue(int(1000 * done / total) if total else 0)

    # -- microphones -----------------------------------------------------------------------------

    def refresh_microphones(self) -> None:
        """Fill the microphone picker; the configured or the system's default is selected."""
        self.microphone.clear()
        try:
            self._devices = list(self.services.list_devices())
        except DictationError as err:
            self._devices = []
            log.warning("no microphones: %s (%s)", err, err.detail)
            self._no_microphone_reason = str(err)
        else:
            self._no_microphone_reason = ""
        if not self._devices:
            self.microphone.addItem(self.tr("Kein Mikrofon gefunden"), None)
            self.microphone.setEnabled(False)
            self.microphone.setToolTip(self._no_microphone_message())
            self.statusBar().showMessage(self.tr("Kein Mikrofon gefunden"), 10000)
            return
        self.microphone.setToolTip("")
        wanted = (self.settings.microphone or "").casefold()
        chosen = 0
        for i, device in enumerate(self._devices):
            label = device.name + (self.tr(" (Standard)") if device.is_default else "")
            self.microphone.addItem(label, device.index)
            if device.is_default and not wanted:
                chosen = i
        if wanted:
            for i, device in enumerate(self._devices):
                if device.name.casefold() == wanted or wanted in device.name.casefold():
                    chosen = i
                    break
        self.microphone.setCurrentIndex(chosen)
        self._update_state(self.controller.state)

    def _no_microphone_message(self) -> str:
        reason = getattr(self, "_no_microphone_reason", "")
        if reason:  # the device list itself failed (e.g. PortAudio missing): the core says why
            found = self.tr("Kein Mikrofon gefunden: die Liste der Audiogeräte ließ sich nicht "
                            "abfragen.")
        else:
            found = self.tr("Kein Mikrofon gefunden: das System meldet 0 Eingabegeräte.")
        advice = self.tr("Bitte schließen Sie ein Mikrofon an (und geben Sie es in den "
                         "Datenschutz-Einstellungen des Systems frei). Wählen Sie dann "
                         "„Diktat → Mikrofone neu suchen“.")
        return f"{found} {advice}\n\n{reason}" if reason else f"{found} {advice}"

    def selected_device(self) -> int | None:
        """PortAudio index of the chosen microphone (None: system default)."""
        return self.microphone.currentData()

    # -- dictation -------------------------------------------------------------------------------

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

    # -- audio files -----------------------------------------------------------------------------

    def open_audio_file(self, path: str | None = None) -> None:
        """Transcribe an audio file into the editor at the cursor (cancellable)."""
        if self.controller.state != State.READY:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Audiodatei öffnen"), self._documents_folder(),
                self.tr("Audiodateien (*.wav *.mp3 *.m4a *.flac *.ogg *.opus *.webm);;"
                        "Alle Dateien (*)"))
            if not path:
                return
        if not self.controller.transcribe(path):
            return
        label = self.tr("„{name}“ wird verschriftet …").format(name=Path(path).name)
        dialog = QProgressDialog(label, self.tr("Abbrechen"), 0, 1000, self)
        dialog.setWindowTitle(self.tr("Audiodatei verschriften"))
        dialog.setAccessibleName(self.tr("Fortschritt der Verschriftung"))
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
            self.statusBar().showMessage(self.tr("Audiodatei verschriftet"), 8000)
        else:
            self.statusBar().showMessage(self.tr("In der Audiodatei wurde keine Sprache erkannt."),
                                         8000)

    @Slot()
    def _on_transcribe_cancelled(self) -> None:
        self._close_progress()
        self.statusBar().showMessage(self.tr("Verschriftung abgebrochen; nichts eingefügt."), 8000)

    # -- the note ----------------------------------------------------------------------------------

    def current_note(self) -> CaseNote:
        """The note as the window shows it."""
        note = dataclasses.replace(self._note)
        self.fields.fill(note)
        note.text = self.editor.text()
        note.provisional = self.editor.partial_text
        note.provisional_at = self.editor.partial_position if note.provisional else 0
        return note

    def load_note(self, note: CaseNote) -> None:
        """Show ``note`` (a restored draft or a note from the history)."""
        if self.controller.state == State.PAUSED:
            self.controller.stop()  # the paused dictation belonged to the previous note
        self._note = dataclasses.replace(note)
        self.fields.show_note(note)
        self.editor.set_text(note.text)
        self._draft_timer.stop()

    def _is_empty(self, note: CaseNote) -> bool:
        return (not note.text.strip() and not note.customer_id.strip()
                and not note.provisional.strip())

    @Slot()
    def _schedule_draft(self) -> None:
        self._draft_timer.start()

    @Slot()
    def save_draft(self) -> bool:
        """Write the draft now (atomically), with the provisional text apart; False when it
        failed or there is nothing yet."""
        self._draft_timer.stop()
        self._partial_timer.stop()
        note = self.current_note()
        if self._is_empty(note) and not self._draft_written:
            return False
        note.touch()
        try:
            self.services.drafts.save(note)
        except DictationError as err:
            if not self._draft_error_shown:
                self._draft_error_shown = True
                self.show_error(str(err), err.detail)
            self.statusBar().showMessage(self.tr("Entwurf konnte nicht gesichert werden!"), 10000)
            return False
        self._note.updated_at = note.updated_at
        self._draft_written = True
        self._draft_error_shown = False
        return True

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
        note = CaseNote(author=author, date=datetime.date.today())
        self._note = note
        self._draft_written = False
        self.fields.show_note(note)
        self.editor.set_text("")
        self._draft_timer.stop()
        self.fields.customer.setFocus()

    def _resolve_unfinished(self) -> bool:
        """Before the note is replaced: True when the window may show another note."""
        note = self.current_note()
        if self._is_empty(note):
            if self._draft_written:
                self._discard_draft(note.id)
            return True
        choice = self.ask_unfinished()
        if choice == "finish":
            return self.finish_note(start_new=False)
        if choice == "keep":
            self.save_draft()
            return True
        return False

    def ask_unfinished(self) -> str:
        """"finish", "keep" (as draft) or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Diktat"),
                          self.tr("Der aktuelle Vermerk ist noch nicht abgeschlossen."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("Soll er jetzt abgeschlossen (im Verlauf gespeichert) oder "
                                       "als Entwurf behalten werden?"))
        finish = box.addButton(self.tr("&Abschließen"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Als &Entwurf behalten"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(finish)
        box.exec()
        if box.clickedButton() is finish:
            return "finish"
        if box.clickedButton() is keep:
            return "keep"
        return "cancel"

    def finish_note(self, start_new: bool = True) -> bool:
        """Save the note in the history, remove its draft and (normally) start a new one."""
        if self.controller.state in (State.RECORDING, State.PAUSING, State.STOPPING):
            self.show_error(self.tr("Bitte beenden Sie zuerst die Aufnahme (F10)."))
            return False
        note = self.current_note()
        problems = validate(note)
        blocking = [p for p in problems if p.blocking]
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
        note.touch()
        try:
            self.history().save(note)
        except DictationError as err:
            self.show_error(str(err), err.detail)
            return False
        self._discard_draft(note.id)
        self.statusBar().showMessage(self.tr("Vermerk im Verlauf gespeichert"), 8000)
        if start_new:
            self._start_fresh_note(note.author)
        return True

    def _discard_draft(self, note_id: str) -> None:
        try:
            self.services.drafts.discard(note_id)
        except DictationError as err:
            self.show_error(str(err), err.detail)
        self._draft_written = False

    def _focus_field(self, name: str) -> None:
        widget = {"customer_id": self.fields.customer, "author": self.fields.author,
                  "subject": self.fields.subject, "date": self.fields.date,
                  "text": self.editor}.get(name)
        if widget is not None:
            widget.setFocus()

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
            self._draft_written = False
            self.statusBar().showMessage(self.tr("Vermerk aus dem Verlauf geöffnet"), 8000)

    # -- export ------------------------------------------------------------------------------------

    def _export_controls(self) -> dict[str, tuple[QWidget | QAction, ...]]:
        """Actions and buttons of each export target (``settings.EXPORT_TARGETS``)."""
        return {
            "clipboard": (self.act_copy, self.act_copy_all, self.copy_button),
            "paste": (self.act_paste, self.paste_button),
            "docx": (self.act_save_word, self.word_button),
            "txt": (self.act_save_text,),
        }

    def apply_export_permissions(self) -> None:
        """Disable the exports the machine-wide policy (``export.allowed``) does not allow;
        their tooltip says why. Allowed ones get their normal tooltip back."""
        blocked = self.tr("Von der IT nicht freigegeben")
        if not self._export_tips:  # the normal tooltips, before any change
            self._export_tips = {
                id(c): (c.toolTip(), c.statusTip(),
                        c.accessibleDescription() if isinstance(c, QWidget) else "")
                for controls in self._export_controls().values() for c in controls}
        for target, controls in self._export_controls().items():
            allowed = self.settings.may_export(target)
            for control in controls:
                tip, status_tip, description = self._export_tips[id(control)]
                control.setEnabled(allowed)
                control.setToolTip(tip if allowed else blocked)
                control.setStatusTip(status_tip if allowed else blocked)
                if isinstance(control, QWidget):
                    control.setAccessibleDescription(description if allowed else blocked)

    def _export_refused(self, target: str) -> bool:
        """True (and a status message) when ``target`` is not allowed by the policy."""
        if self.settings.may_export(target):
            return False
        self.statusBar().showMessage(self.tr("Von der IT nicht freigegeben"), 5000)
        return True

    def _to_clipboard(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def copy_text(self) -> str | None:
        """The note's text to the clipboard (None when the policy does not allow it)."""
        if self._export_refused("clipboard"):
            return None
        text = self.editor.text()
        self._to_clipboard(text)
        self.statusBar().showMessage(self.tr("Text in die Zwischenablage kopiert"), 5000)
        return text

    def copy_note_with_header(self) -> str | None:
        """Header lines (customer, date, author, subject) and text to the clipboard."""
        if self._export_refused("clipboard"):
            return None
        text = note_as_plain_text(self.current_note())
        self._to_clipboard(text)
        self.statusBar().showMessage(self.tr("Vermerk mit Kopfdaten kopiert"), 5000)
        return text

    def paste_into_previous(self) -> bool:
        """Copy the text and paste it into the window used before Diktat (pasting goes
        through the clipboard, also when only pasting is allowed)."""
        if self._export_refused("paste"):
            return False
        self._to_clipboard(self.editor.text())
        try:
            self.paste_target.paste()
        except PasteFailed as err:
            self.show_error(err.message, err.detail)
            return False
        self.statusBar().showMessage(self.tr("Text eingefügt"), 5000)
        return True

    def _documents_folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _export_folder(self) -> Path:
        folder = self.settings.export_folder
        return Path(folder) if folder else Path(self._documents_folder())

    def ask_save_path(self, title: str, suggested: Path, file_filter: str) -> str:
        """The file to write ("" when cancelled)."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggested), file_filter)
        return path

    def save_word(self) -> Path | None:
        """Export the note as .docx (with the configured template)."""
        if self._export_refused("docx"):
            return None
        note = self.current_note()
        path = self.ask_save_path(self.tr("Als Word speichern"),
                                  self._export_folder() / default_file_name(note, ".docx"),
                                  self.tr("Word-Dokument (*.docx)"))
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".docx") else Path(path + ".docx")
        try:
            written = export_docx(note, target, self.settings.export_template)
        except ExportFailed as err:
            self.show_error(str(err), err.detail)
            return None
        self.statusBar().showMessage(self.tr("Gespeichert: {0}").format(written), 8000)
        return written

    def save_text(self) -> Path | None:
        """Export the note as a text file."""
        if self._export_refused("txt"):
            return None
        note = self.current_note()
        path = self.ask_save_path(self.tr("Als Text speichern"),
                                  self._export_folder() / default_file_name(note, ".txt"),
                                  self.tr("Textdatei (*.txt)"))
        if not path:
            return None
        target = Path(path) if path.lower().endswith(".txt") else Path(path + ".txt")
        try:
            written = export_txt(note, target)
        except ExportFailed as err:
            self.show_error(str(err), err.detail)
            return None
        self.statusBar().showMessage(self.tr("Gespeichert: {0}").format(written), 8000)
        return written

    # -- settings and tools ---------------------------------------------------------------------

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
                self.tr("Die Sprache der Oberfläche ändert sich beim nächsten Start."), 10000)
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
            self.show_error(self.tr("Der Vokabular-Editor ist in dieser Version noch nicht "
                                    "verfügbar. Vokabularlisten können in den Einstellungen "
                                    "gewählt werden."), repr(err))
            return
        from dictation.vocabulary import Layer

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
            suggestion_sources=suggestions,
            user=self.fields.author.text() or None, parent=self)
        editor.saved.connect(self._vocabulary_saved)
        editor.destroyed.connect(lambda _obj=None: setattr(self, "_vocab_editor", None))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._vocab_editor = editor
        editor.show()

    def offer_suggestions(self) -> int:
        """Offer the user's corrections of recognised words for the personal list.

        Nothing is learnt silently: only what the user ticks is added (and, if IT configured
        a suggestions folder, shared there for the team's supervisor). Returns how many."""
        from dictation.suggestions import SuggestionStore, suggest_from_edit

        engine = self.controller.engine
        vocabulary = getattr(engine, "vocabulary", None)
        found, seen = [], set()
        for before, after in self.editor.corrections():
            for suggestion in suggest_from_edit(before, after, vocabulary):
                if (suggestion.spoken, suggestion.term) not in seen:
                    seen.add((suggestion.spoken, suggestion.term))
                    found.append(suggestion)
        if not found:
            return 0
        chosen = self.services.choose_suggestions(self, found)
        if not chosen:
            return 0
        try:
            path = add_to_personal_list(self.settings, chosen)
            store = SuggestionStore()
            store.add(chosen)
            if self.settings.vocabulary_suggestions:
                store.share(self.settings.vocabulary_suggestions)
        except (DictationError, OSError) as err:
            self.show_error(self.tr("Die Korrekturen konnten nicht ins Vokabular übernommen werden."),
                            str(err))
            return 0
        self._vocabulary_saved("personal", path)
        self.statusBar().showMessage(
            self.tr("{n} Korrektur(en) ins persönliche Vokabular übernommen").format(n=len(chosen)), 8000)
        return len(chosen)

    @Slot(object, object)
    def _vocabulary_saved(self, layer, path) -> None:
        """A list was saved in the editor: remember a new file, reload the vocabulary."""
        from dictation.vocabulary import Layer

        key = {Layer.ORGANISATION: Key.VOCABULARY_ORGANISATION, Layer.TEAM: Key.VOCABULARY_TEAM,
               Layer.PERSONAL: Key.VOCABULARY_PERSONAL}[Layer(layer)]
        current = self.settings.value(key)
        if (not current or Path(current) != Path(path)) and not self.settings.is_locked(key):
            self.apply_settings({key: str(path)})
        elif not self.controller.load():
            self._pending_reload = True

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what) for every action with a shortcut, in the system's key names."""
        rows = []
        for action in self.actions():
            if not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((keys, action.text().replace("&", "").rstrip(" …")))
        rows.append((self.tr("Tab / Umschalt+Tab"), self.tr("Zum nächsten / vorigen Feld")))
        return rows

    def show_shortcuts(self) -> None:
        text = "\n".join(f"{keys}: {what}" for keys, what in self.shortcut_rows())
        QMessageBox.information(self, self.tr("Tastenkürzel"), text)

    def show_about(self) -> None:
        from dictation import __version__

        QMessageBox.about(self, self.tr("Über Diktat"), self.tr(
            "Diktat {version}\n\nSpracherkennung für Vermerke, vollständig auf diesem Computer. "
            "Es werden keine Daten übertragen und keine Tonaufnahmen gespeichert.").format(
                version=__version__))

    # -- paste target --------------------------------------------------------------------------

    def _own_windows(self) -> set[int]:
        return {int(w.winId()) for w in QApplication.topLevelWidgets() if w.isWindow()
                and w.testAttribute(Qt.WidgetAttribute.WA_WState_Created)}

    def _remember_foreground(self) -> None:
        self.paste_target.remember_foreground(self._own_windows())

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self._foreground_timer.stop()
        else:
            QTimer.singleShot(300, self._remember_foreground)
            self._foreground_timer.start()

    # -- closing -------------------------------------------------------------------------------

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
        if self._history is not None:
            self._history.close()
            self._history = None
        event.accept()


__all__ = ["MainWindow", "Services"]
