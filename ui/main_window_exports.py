"""The main window's ways out: clipboard, pasting into the previous window, Word and text
files, each only where the machine-wide policy allows it.

:class:`MainWindowExports` is a part of :class:`ui.main_window.MainWindow` (a mixin); the
files are written by the application layer (:class:`dictation.Note`).
Its strings keep the translation context "MainWindow".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from .paste import PasteFailed

# Qt's translation; the strings here keep the context "MainWindow" they had in
# :class:`MainWindow` (``lupdate`` and the .ts file know them under it).
translate = QCoreApplication.translate


class MainWindowExports:
    """Export actions and the paste target of the main window (a mixin of
    :class:`ui.main_window.MainWindow`)."""

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
        blocked = translate("MainWindow", "Von der IT nicht freigegeben")
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
        if self.note.may_export(target):
            return False
        self.statusBar().showMessage(translate("MainWindow", "Von der IT nicht freigegeben"), 5000)
        return True

    def _to_clipboard(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)

    def copy_text(self) -> str | None:
        """The note's text to the clipboard (None when the policy does not allow it)."""
        if self._export_refused("clipboard"):
            return None
        text = self.editor.text()
        self._to_clipboard(text)
        self.statusBar().showMessage(translate("MainWindow", "Text in die Zwischenablage kopiert"), 5000)
        return text

    def copy_note_with_header(self) -> str | None:
        """Header lines (customer, date, author, subject) and text to the clipboard."""
        if self._export_refused("clipboard"):
            return None
        text = self.note.plain_text()
        self._to_clipboard(text)
        self.statusBar().showMessage(translate("MainWindow", "Vermerk mit Kopfdaten kopiert"), 5000)
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
        self.statusBar().showMessage(translate("MainWindow", "Text eingefügt"), 5000)
        return True

    def _documents_folder(self) -> str:
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def ask_save_path(self, title: str, suggested: Path, file_filter: str) -> str:
        """The file to write ("" when cancelled)."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggested), file_filter)
        return path

    def save_word(self) -> Path | None:
        """Export the note as .docx (with the configured template)."""
        if self._export_refused("docx"):
            return None
        note = self.current_note()
        path = self.ask_save_path(translate("MainWindow", "Als Word speichern"),
                                  self.note.suggested_file(note, self._documents_folder(), ".docx"),
                                  translate("MainWindow", "Word-Dokument (*.docx)"))
        return self._exported(self.note.export(note, path, ".docx") if path else None)

    def save_text(self) -> Path | None:
        """Export the note as a text file."""
        if self._export_refused("txt"):
            return None
        note = self.current_note()
        path = self.ask_save_path(translate("MainWindow", "Als Text speichern"),
                                  self.note.suggested_file(note, self._documents_folder(), ".txt"),
                                  translate("MainWindow", "Textdatei (*.txt)"))
        return self._exported(self.note.export(note, path, ".txt") if path else None)

    def _exported(self, written: Path | None) -> Path | None:
        if written is not None:
            self.statusBar().showMessage(translate("MainWindow", "Gespeichert: {0}").format(written), 8000)
        return written

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


__all__ = ["MainWindowExports"]
