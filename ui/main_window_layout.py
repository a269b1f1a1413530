"""How the main window is built: actions, buttons, menus, status bar, undo routing.

:class:`MainWindowLayout` is a part of :class:`ui.main_window.MainWindow` (a mixin): it creates
the widgets the window shows and wires nothing but Qt.
Its strings keep the translation context "MainWindow".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dictation import __version__

from .casefields import CaseFields
from .editor import DictationEditor
from .level_meter import LevelMeter

# Qt's translation; the strings here keep the context "MainWindow" they had in
# :class:`MainWindow` (``lupdate`` and the .ts file know them under it).
translate = QCoreApplication.translate


class MainWindowLayout:
    """Builds the main window's actions, widgets, menus and status bar (a mixin of
    :class:`ui.main_window.MainWindow`)."""

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
        self.act_record = self._action(translate("MainWindow", "&Aufnahme / Pause"), self.toggle_recording, "F9",
                                       translate("MainWindow", "Aufnahme starten, anhalten oder fortsetzen (F9)"),
                                       sp.SP_MediaPlay)
        self.act_stop = self._action(translate("MainWindow", "Aufnahme &beenden"), self.stop_recording, "F10",
                                     translate("MainWindow", "Aufnahme beenden; Gesagtes wird übernommen (F10)"),
                                     sp.SP_MediaStop)
        self.act_rescan = self._action(translate("MainWindow", "&Mikrofone neu suchen"), self.refresh_microphones)
        self.act_new = self._action(translate("MainWindow", "&Neuer Vermerk"), self.new_note,
                                    QKeySequence.StandardKey.New)
        self.act_open_audio = self._action(translate("MainWindow", "Audiodatei &öffnen …"), self.open_audio_file,
                                           QKeySequence.StandardKey.Open,
                                           translate("MainWindow", "Eine Aufnahme verschriften (Strg+O)"))
        self.act_save_word = self._action(translate("MainWindow", "Als &Word speichern …"), self.save_word,
                                          QKeySequence.StandardKey.Save,
                                          translate("MainWindow", "Vermerk als Word-Datei speichern (Strg+S)"))
        self.act_save_text = self._action(translate("MainWindow", "Als &Text speichern …"), self.save_text,
                                          "Ctrl+Shift+S")
        self.act_finish = self._action(translate("MainWindow", "Vermerk &abschließen"), self.finish_note,
                                       "Ctrl+Return",
                                       translate("MainWindow", "Vermerk im Verlauf speichern und neuen beginnen"))
        self.act_history = self._action(translate("MainWindow", "&Verlauf …"), self.show_history, "Ctrl+H")
        self.act_quit = self._action(translate("MainWindow", "&Beenden"), self.close, QKeySequence.StandardKey.Quit)
        self.act_undo = self._action(translate("MainWindow", "&Rückgängig"), lambda: self.editor.undo(),
                                     QKeySequence.StandardKey.Undo)
        self.act_redo = self._action(translate("MainWindow", "&Wiederholen"), lambda: self.editor.redo(),
                                     QKeySequence.StandardKey.Redo)
        self.act_strike = self._action(translate("MainWindow", "Letzte Äußerung &streichen"),
                                       self.strike_last, "Ctrl+Shift+Backspace",
                                       translate("MainWindow", "Wie „streiche das“: entfernt den zuletzt "
                                               "diktierten Satzteil"))
        self.act_copy = self._action(translate("MainWindow", "Text &kopieren"), self.copy_text, "Ctrl+Shift+C",
                                     translate("MainWindow", "Vermerktext in die Zwischenablage (Strg+Umschalt+C)"))
        self.act_copy_all = self._action(translate("MainWindow", "Vermerk mit Kopf&daten kopieren"),
                                         self.copy_note_with_header)
        self.act_paste = self._action(translate("MainWindow", "In vorheriges &Fenster einfügen"),
                                      self.paste_into_previous, "Ctrl+Shift+V",
                                      translate("MainWindow", "Text in das zuvor aktive Programm einfügen "
                                              "(Strg+Umschalt+V)"))
        self.act_settings = self._action(translate("MainWindow", "&Einstellungen …"), self.show_settings,
                                         "Ctrl+,")
        self.act_vocab = self._action(translate("MainWindow", "&Vokabular bearbeiten …"), self.show_vocab_editor)
        self.act_keys = self._action(translate("MainWindow", "&Tastenkürzel"), self.show_shortcuts,
                                     QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action(translate("MainWindow", "Ü&ber Diktat"), self.show_about)

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
        editor_label = QLabel(translate("MainWindow", "Vermerk&text:"), self)
        editor_label.setBuddy(self.editor)

        self.record_button = self._button(
            translate("MainWindow", "&Aufnahme"), self.act_record,
            translate("MainWindow", "Aufnahme"),
            translate("MainWindow", "Startet die Aufnahme vom Mikrofon; F9 startet, pausiert und setzt fort"))
        self.pause_button = self._button(
            translate("MainWindow", "&Pause"), None, translate("MainWindow", "Pause"),
            translate("MainWindow", "Hält die Aufnahme an; das bisher Gesagte wird übernommen (F9)"),
            self.pause_recording)
        self.pause_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPause))
        self.stop_button = self._button(
            translate("MainWindow", "&Stopp"), self.act_stop, translate("MainWindow", "Stopp"),
            translate("MainWindow", "Beendet die Aufnahme; das bisher Gesagte wird übernommen (F10)"))

        self.microphone = QComboBox(self)
        self.microphone.setAccessibleName(translate("MainWindow", "Mikrofon"))
        self.microphone.setAccessibleDescription(translate("MainWindow", "Eingabegerät für die Aufnahme"))
        self.microphone.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.microphone.setMinimumContentsLength(16)
        self.microphone.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        mic_label = QLabel(translate("MainWindow", "&Mikrofon:"), self)
        mic_label.setBuddy(self.microphone)
        self.level = LevelMeter(self)
        level_label = QLabel(translate("MainWindow", "Pegel:"), self)
        level_label.setAccessibleName(translate("MainWindow", "Pegel"))

        self.copy_button = self._button(
            translate("MainWindow", "In &Zwischenablage"), self.act_copy,
            translate("MainWindow", "Text kopieren"),
            translate("MainWindow", "Kopiert den Vermerktext in die Zwischenablage (Strg+Umschalt+C)"))
        self.paste_button = self._button(
            translate("MainWindow", "In vorheriges Fenster einfü&gen"), self.act_paste,
            translate("MainWindow", "In vorheriges Fenster einfügen"),
            translate("MainWindow", "Fügt den Text in das zuletzt benutzte Programm ein (Strg+Umschalt+V)"))
        self.word_button = self._button(
            translate("MainWindow", "Als &Word speichern"), self.act_save_word,
            translate("MainWindow", "Als Word speichern"),
            translate("MainWindow", "Speichert den Vermerk als Word-Datei (Strg+S)"))
        self.finish_button = self._button(
            translate("MainWindow", "Vermerk abschließe&n"), self.act_finish,
            translate("MainWindow", "Vermerk abschließen"),
            translate("MainWindow", "Speichert den Vermerk im Verlauf und beginnt einen neuen (Strg+Eingabe)"))

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
        menu = bar.addMenu(translate("MainWindow", "&Datei"))
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
        menu = bar.addMenu(translate("MainWindow", "&Bearbeiten"))
        menu.addAction(self.act_undo)
        menu.addAction(self.act_redo)
        menu.addSeparator()
        menu.addAction(self.act_strike)
        menu.addSeparator()
        menu.addAction(self.act_copy)
        menu.addAction(self.act_copy_all)
        menu.addAction(self.act_paste)
        menu = bar.addMenu(translate("MainWindow", "D&iktat"))
        menu.addAction(self.act_record)
        menu.addAction(self.act_stop)
        menu.addSeparator()
        menu.addAction(self.act_rescan)
        menu = bar.addMenu(translate("MainWindow", "E&xtras"))
        menu.addAction(self.act_settings)
        menu.addAction(self.act_vocab)
        menu = bar.addMenu(translate("MainWindow", "&Hilfe"))
        menu.addAction(self.act_keys)
        menu.addAction(self.act_about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(translate("MainWindow", "Status"))
        self.model_label = QLabel(self)
        self.model_label.setAccessibleName(translate("MainWindow", "Aktives Modell"))
        self.busy = QProgressBar(self)
        self.busy.setAccessibleName(translate("MainWindow", "Fortschritt"))
        self.busy.setMaximumWidth(self.fontMetrics().height() * 10)
        self.busy.setVisible(False)
        self.vocab_warning = QLabel(self)
        self.vocab_warning.setAccessibleName(translate("MainWindow", "Hinweis zum Vokabular"))
        self.vocab_warning.setVisible(False)
        self.vocab_conflicts = QPushButton(self)
        self.vocab_conflicts.setFlat(True)
        self.vocab_conflicts.setAccessibleName(translate("MainWindow", "Widersprüche im Vokabular"))
        self.vocab_conflicts.setVisible(False)
        self.vocab_conflicts.clicked.connect(lambda _checked=False: self.show_vocab_editor())
        bar.addWidget(self.state_label)
        bar.addWidget(self.busy)
        bar.addPermanentWidget(self.vocab_conflicts)
        bar.addPermanentWidget(self.vocab_warning)
        bar.addPermanentWidget(self.model_label)

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

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what) for every action with a shortcut, in the system's key names."""
        rows = []
        for action in self.actions():
            if not action.shortcut().isEmpty():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                rows.append((keys, action.text().replace("&", "").rstrip(" …")))
        rows.append((translate("MainWindow", "Tab / Umschalt+Tab"),
                               translate("MainWindow", "Zum nächsten / vorigen Feld")))
        return rows

    def show_shortcuts(self) -> None:
        text = "\n".join(f"{keys}: {what}" for keys, what in self.shortcut_rows())
        QMessageBox.information(self, translate("MainWindow", "Tastenkürzel"), text)

    def show_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "Über Diktat"), translate("MainWindow",
            "Diktat {version}\n\nSpracherkennung für Vermerke, vollständig auf diesem Computer. "
            "Es werden keine Daten übertragen; Tonaufnahmen werden nur gespeichert, wenn Sie "
            "es in den Einstellungen einschalten.").format(
                version=__version__))


__all__ = ["MainWindowLayout"]
