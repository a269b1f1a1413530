"""What the main window tells and asks the user: errors, questions, state, microphones,
vocabulary conflicts and warnings.

:class:`MainWindowMessages` is a part of :class:`ui.main_window.MainWindow` (a mixin); the
decisions are made by the application layer (:class:`dictation.Note`) and the controller, this
only shows them.
Its strings keep the translation context "MainWindow".
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QCheckBox, QLabel, QMessageBox

from dictation import CaseNote, DictationError

from .worker import State

log = logging.getLogger("diktat.ui")


# Qt's translation; the strings here keep the context "MainWindow" they had in
# :class:`MainWindow` (``lupdate`` and the .ts file know them under it).
translate = QCoreApplication.translate


class MainWindowMessages:
    """Messages, questions and status display of the main window (a mixin of
    :class:`ui.main_window.MainWindow`)."""

    def ask_restore(self, note: CaseNote, count: int) -> str:
        """"restore", "restore-final" (without the provisional text), "discard" or "later"
        for one pending draft."""
        when = note.updated_at.astimezone().strftime("%d.%m.%Y %H:%M")
        text = translate("MainWindow", "Es gibt einen nicht abgeschlossenen Vermerk vom {when}.").format(when=when)
        details = [note.customer_id and translate("MainWindow", "Kundennummer: {0}").format(note.customer_id),
                   note.subject and translate("MainWindow", "Betreff: {0}").format(note.subject),
                   translate("MainWindow", "{0} Zeichen Text").format(len(note.text))]
        box = QMessageBox(QMessageBox.Icon.Question,
                          translate("MainWindow", "Entwurf wiederherstellen?"), text,
                          QMessageBox.StandardButton.NoButton, self)
        provisional = " ".join(note.provisional.split())
        if provisional:
            details.append("\n" + translate("MainWindow", "Dazu vorläufig erkannter Text, der beim Abbruch "
                                          "noch nicht feststand: „{text}“").format(
                text=provisional))
        box.setInformativeText("\n".join(d for d in details if d)
                               + "\n\n" + translate("MainWindow", "Möchten Sie ihn wiederherstellen?"))
        take = None
        if provisional:
            take = QCheckBox(translate("MainWindow", "Den vorläufig erkannten &Text übernehmen"), box)
            take.setChecked(True)
            box.setCheckBox(take)
        restore = box.addButton(translate("MainWindow", "&Wiederherstellen"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(translate("MainWindow", "&Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(translate("MainWindow", "&Später"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is restore:
            return "restore" if take is None or take.isChecked() else "restore-final"
        if box.clickedButton() is discard and self.confirm(
                translate("MainWindow", "Den Entwurf endgültig löschen? Der Text geht verloren.")):
            return "discard"
        return "later"

    def ask_unfinished(self) -> str:
        """"finish", "keep" (as draft) or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "Diktat"),
                          translate("MainWindow", "Der aktuelle Vermerk ist noch nicht abgeschlossen."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(translate("MainWindow", "Soll er jetzt abgeschlossen (im Verlauf gespeichert) oder "
                                       "als Entwurf behalten werden?"))
        finish = box.addButton(translate("MainWindow", "&Abschließen"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(translate("MainWindow", "Als &Entwurf behalten"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(translate("MainWindow", "Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(finish)
        box.exec()
        if box.clickedButton() is finish:
            return "finish"
        if box.clickedButton() is keep:
            return "keep"
        return "cancel"

    def confirm(self, question: str) -> bool:
        """Yes/No question; No is the default."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, translate("MainWindow", "Diktat"), question,
                                      buttons.Yes | buttons.No, buttons.No)
        return answer == buttons.Yes

    @Slot(str, str)
    def show_error(self, message: str, detail: str = "", details_visible: bool = False) -> None:
        """Show a message chosen by the logic; ``detail`` is for the log and the curious."""
        log.warning("shown to the user: %s | %s", message, detail)
        self.errors.append((message, detail))
        if self.controller.state == State.TRANSCRIBING:
            self._close_progress()  # the file failed: the error replaces its progress dialog
        if self.controller.state not in (State.RECORDING,):
            self.state_label.setText(translate("MainWindow", "Fehler"))
            self._announce(self.state_label,
                           translate("MainWindow", "Status: {0}").format(translate("MainWindow", "Fehler")))
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Diktat"), message,
                          QMessageBox.StandardButton.Ok, self)
        if detail and details_visible:
            box.setInformativeText(detail)
        elif detail:
            box.setDetailedText(detail)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._update_state(self.controller.state))
        self._error_box = box
        box.open()  # window-modal, does not block dictation events

    @Slot(object)
    def _update_state(self, state: State) -> None:
        texts = {
            State.LOADING: translate("MainWindow", "Modell wird geladen …"),
            State.NO_MODEL: translate("MainWindow", "Fehler: kein Modell geladen"),
            State.READY: translate("MainWindow", "Bereit"),
            State.RECORDING: translate("MainWindow", "Aufnahme"),
            State.PAUSING: translate("MainWindow", "Aufnahme wird angehalten …"),
            State.PAUSED: translate("MainWindow", "Pausiert"),
            State.STOPPING: translate("MainWindow", "Aufnahme wird beendet …"),
            State.TRANSCRIBING: translate("MainWindow", "Audiodatei wird verschriftet …"),
        }
        self.state_label.setText(texts[state])
        self._announce(self.state_label,
                       translate("MainWindow", "Status: {0}").format(texts[state]))
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
        self.record_button.setText(translate("MainWindow", "&Fortsetzen") if state == State.PAUSED
                                   else translate("MainWindow", "&Aufnahme"))
        self.record_button.setAccessibleName(translate("MainWindow", "Fortsetzen") if state == State.PAUSED
                                             else translate("MainWindow", "Aufnahme"))
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

    def _list_name(self, layer: str) -> str:
        """"Liste Team, team.vocab.json": a vocabulary layer and its configured file."""
        names = {"organisation": translate("MainWindow", "Organisation"), "team": translate("MainWindow", "Team"),
                 "personal": translate("MainWindow", "persönlich")}
        files = {"organisation": self.settings.vocabulary_organisation,
                 "team": self.settings.vocabulary_team,
                 "personal": self.settings.vocabulary_personal}
        name = names.get(layer, layer)
        if files.get(layer):
            return translate("MainWindow", "Liste {name}, {file}").format(name=name, file=Path(files[layer]).name)
        return translate("MainWindow", "Liste {name}").format(name=name)

    def conflict_text(self, conflict) -> str:
        """One conflict for the user: the spoken form, each spelling with its list, the one
        used."""
        spellings = translate("MainWindow", " und ").join(
            translate("MainWindow", "„{term}“ ({list})").format(term=term, list=self._list_name(layer))
            for term, layer in zip(conflict.terms, conflict.layers))
        return translate("MainWindow", "Gesprochen „{spoken}“ ergibt {spellings}; es gilt „{used}“.").format(
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
        button.setText(translate("MainWindow", "⚠ Vokabular: 1 Widerspruch") if count == 1 else
                       translate("MainWindow", "⚠ Vokabular: {n} Widersprüche").format(n=count))
        lines = [self.conflict_text(conflict) for conflict in conflicts]
        shown = lines[:10] + ([translate("MainWindow", "… und {n} weitere").format(n=count - 10)]
                              if count > 10 else [])
        tip = "\n".join([translate("MainWindow", "Widersprüche zwischen den Wortlisten:"), *shown, "",
                         translate("MainWindow", "Klicken öffnet den Vokabular-Editor; dort nennt die Spalte "
                                 "„Hinweis“ die betroffenen Einträge.")])
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
        button.setVisible(True)
        self._announce(button,
                       translate("MainWindow", "Widersprüche im Vokabular: {n}").format(n=count))
        self.statusBar().showMessage(translate("MainWindow", "Widerspruch im Vokabular: {0}").format(lines[0]),
                                     15000)

    def _show_vocabulary_warnings(self, warnings: tuple[str, ...]) -> None:
        """Warnings about the vocabulary (e.g. the organisation list on the share is not
        reachable and its last good local copy is used): a lasting mark in the status bar
        with the full text as tooltip, and the text itself for a while."""
        label = self.vocab_warning
        if not warnings:
            label.setVisible(False)
            label.setToolTip("")
            self._announce(label, translate("MainWindow", "Hinweis zum Vokabular"))
            return
        text = "\n".join(warnings)
        label.setText(translate("MainWindow", "⚠ Vokabular: lokale Kopie"))
        label.setToolTip(text)
        label.setAccessibleDescription(text)
        label.setVisible(True)
        self._announce(label, translate("MainWindow", "Hinweis zum Vokabular: {0}").format(text))
        self.statusBar().showMessage(text, 15000)

    @Slot(int, int)
    def _on_load_progress(self, done: int, total: int) -> None:
        self.state_label.setText(translate("MainWindow", "Modell wird beim ersten Start eingerichtet …"))
        self.busy.setRange(0, 1000)
        self.busy.setValue(int(1000 * done / total) if total else 0)

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
            self.microphone.addItem(translate("MainWindow", "Kein Mikrofon gefunden"), None)
            self.microphone.setEnabled(False)
            self.microphone.setToolTip(self._no_microphone_message())
            self.statusBar().showMessage(translate("MainWindow", "Kein Mikrofon gefunden"), 10000)
            return
        self.microphone.setToolTip("")
        wanted = (self.settings.microphone or "").casefold()
        chosen = 0
        for i, device in enumerate(self._devices):
            label = device.name + (translate("MainWindow", " (Standard)") if device.is_default else "")
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
            found = translate("MainWindow", "Kein Mikrofon gefunden: die Liste der Audiogeräte ließ sich nicht "
                            "abfragen.")
        else:
            found = translate("MainWindow", "Kein Mikrofon gefunden: das System meldet 0 Eingabegeräte.")
        advice = translate("MainWindow", "Bitte schließen Sie ein Mikrofon an (und geben Sie es in den "
                         "Datenschutz-Einstellungen des Systems frei). Wählen Sie dann "
                         "„Diktat → Mikrofone neu suchen“.")
        return f"{found} {advice}\n\n{reason}" if reason else f"{found} {advice}"

    def selected_device(self) -> int | None:
        """PortAudio index of the chosen microphone (None: system default)."""
        return self.microphone.currentData()

    def _focus_field(self, name: str) -> None:
        widget = {"customer_id": self.fields.customer, "author": self.fields.author,
                  "subject": self.fields.subject, "date": self.fields.date,
                  "text": self.editor}.get(name)
        if widget is not None:
            widget.setFocus()


__all__ = ["MainWindowMessages"]
