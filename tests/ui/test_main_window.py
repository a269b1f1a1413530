"""Tests of ui/main_window.py with the fake engine: dictation states, files, drafts, history,
export, errors."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from dictation.errors import MicrophoneUnavailable, ModelNotFound
from dictation.events import Committed, Failed, Level, Partial
from dictation.notes.drafts import DraftStore
from dictation.notes.history import HistoryStore
from dictation.settings import policy_file, user_settings_file
from ui.paste import PasteBackend, PasteFailed
from ui.worker import State


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def wait_state(qtbot, window, state: State) -> None:
    qtbot.waitUntil(lambda: window.controller.state == state, timeout=5000)


def test_record_pause_resume_stop(qtbot, make_window, fake_engine):
    """F9 records, pauses, resumes (same recogniser); F10 stops; events reach the editor."""
    window = make_window()
    activate(qtbot, window)
    assert window.state_label.text() == "Bereit"
    assert "fake-base" in window.model_label.text()
    press(qtbot, window, Qt.Key.Key_F9)
    wait_state(qtbot, window, State.RECORDING)
    assert window.state_label.text() == "Aufnahme"
    assert window.pause_button.isEnabled() and window.stop_button.isEnabled()
    assert not window.record_button.isEnabled()
    recognizer = fake_engine.recognizers[0]
    recognizer.script.put(Level(-20.0, -6.0, 0.1))
    recognizer.script.put(Partial("der Kunde", 0.0, 0.5))
    qtbot.waitUntil(lambda: window.editor.partial_text == "der Kunde", timeout=3000)
    assert window.level.value() > 0
    recognizer.script.put(Committed("Der Kunde erschien.", 0.0, 1.0))
    qtbot.waitUntil(lambda: window.editor.text() == "Der Kunde erschien.", timeout=3000)
    assert window.editor.partial_text == ""

    recognizer.pending = "er war pünktlich"  # being said when pause is pressed
    press(qtbot, window, Qt.Key.Key_F9)
    wait_state(qtbot, window, State.PAUSED)
    assert window.editor.text() == "Der Kunde erschien. Er war pünktlich"
    assert window.state_label.text() == "Pausiert"
    assert window.record_button.text() == "&Fortsetzen"
    assert window.level.value() == 0
    assert window.sources[0].closed  # the microphone is released while paused

    press(qtbot, window, Qt.Key.Key_F9)
    wait_state(qtbot, window, State.RECORDING)
    assert len(fake_engine.recognizers) == 1  # resumed with the same context
    recognizer.pending = "Punkt"
    press(qtbot, window, Qt.Key.Key_F10)
    wait_state(qtbot, window, State.READY)
    assert window.editor.text() == "Der Kunde erschien. Er war pünktlich."

    press(qtbot, window, Qt.Key.Key_F9)
    wait_state(qtbot, window, State.RECORDING)
    assert len(fake_engine.recognizers) == 2  # after stop: a fresh recogniser
    window.stop_button.click()
    wait_state(qtbot, window, State.READY)


def test_stop_while_paused_and_buttons(qtbot, make_window):
    """Stop from the paused state ends the dictation; buttons follow the state."""
    window = make_window()
    window.record_button.click()
    wait_state(qtbot, window, State.RECORDING)
    window.pause_button.click()
    wait_state(qtbot, window, State.PAUSED)
    assert window.stop_button.isEnabled() and not window.pause_button.isEnabled()
    window.stop_button.click()
    wait_state(qtbot, window, State.READY)
    assert window.record_button.text() == "&Aufnahme"


def test_events_fed_directly(qtbot, make_window):
    """Events delivered to the window's slot (as the worker's queued signal does) are shown."""
    window = make_window()
    window.controller.event.emit(Partial("vorläufig", 0.0, 0.4))
    assert window.editor.shown_partial()[0] == "vorläufig"
    window.controller.event.emit(Committed("Termin am Montag.", 0.0, 1.0))
    window.controller.event.emit(Committed("streiche das", 1.0, 2.0))
    window.controller.event.emit(Committed("Termin am Dienstag.", 2.0, 3.0))
    assert window.editor.text() == "Termin am Dienstag."
    window.controller.event.emit(Failed("Das Mikrofon wurde getrennt.", "detail"))
    assert window.errors[-1] == ("Das Mikrofon wurde getrennt.", "detail")


def test_no_microphone_message(qtbot, make_window):
    """Without microphones the picker says so and F9 explains what to do."""
    window = make_window(list_devices=lambda: [])
    assert window.microphone.currentText() == "Kein Mikrofon gefunden"
    assert not window.microphone.isEnabled()
    window.toggle_recording()
    assert window.controller.state == State.READY
    assert "Kein Mikrofon gefunden" in window.errors[-1][0]


def test_portaudio_missing_message(qtbot, make_window):
    """When PortAudio is missing the core's explanation is part of the message."""
    def fail():
        raise MicrophoneUnavailable("Die Audiobibliothek PortAudio fehlt.")

    window = make_window(list_devices=fail)
    window.toggle_recording()
    assert "PortAudio fehlt" in window.errors[-1][0]


def test_model_load_failure(qtbot, make_window):
    """A model that cannot be loaded: error shown, state says so, recording impossible."""
    def fail(settings, progress):
        raise ModelNotFound("Kein Whisper-Modell gefunden.", "searched: nowhere")

    window = make_window(load_engine=fail, wait_ready=False)
    wait_state(qtbot, window, State.NO_MODEL)
    assert window.errors[-1] == ("Kein Whisper-Modell gefunden.", "searched: nowhere")
    assert "Fehler" in window.state_label.text()
    assert not window.record_button.isEnabled()


def test_loading_state_and_progress(qtbot, make_window, fake_engine):
    """While the model loads the status says so and shows progress; recording waits."""
    import threading

    release = threading.Event()

    def slow(settings, progress):
        progress(50, 100)
        release.wait(5)
        return fake_engine

    window = make_window(load_engine=slow, wait_ready=False)
    assert window.controller.state == State.LOADING
    qtbot.waitUntil(lambda: window.busy.value() == 500, timeout=3000)
    assert "Modell" in window.state_label.text()
    window.toggle_recording()
    assert window.controller.state == State.LOADING
    release.set()
    wait_state(qtbot, window, State.READY)
    assert not window.busy.isVisible()


def test_open_audio_file_with_progress(qtbot, make_window, fake_engine, tmp_path):
    """A transcribed file goes in at the cursor; the progress dialog follows and closes."""
    window = make_window()
    window.editor.set_text("Vorab.")
    fake_engine.transcribe_delay_s = 0.05
    window.open_audio_file(str(tmp_path / "aufnahme.wav"))
    assert window.controller.state == State.TRANSCRIBING
    assert window._progress is not None and window._progress.isVisible()
    qtbot.waitUntil(lambda: window._progress is None, timeout=5000)
    assert window.editor.text() == "Vorab. Erster Abschnitt der Datei. Zweiter Abschnitt."
    assert fake_engine.progress_calls == 4
    wait_state(qtbot, window, State.READY)


def test_open_audio_file_cancel(qtbot, make_window, fake_engine, tmp_path):
    """Cancelling stops the transcription at the next progress report; nothing is inserted."""
    window = make_window()
    window.editor.set_text("Vorab.")
    fake_engine.transcribe_delay_s = 0.1
    fake_engine.transcribe_steps = 50
    window.open_audio_file(str(tmp_path / "lang.wav"))
    qtbot.waitUntil(lambda: fake_engine.progress_calls >= 1, timeout=3000)
    from PySide6.QtWidgets import QPushButton

    cancel = window._progress.findChild(QPushButton)
    assert cancel.text() == "Abbrechen"
    cancel.click()
    wait_state(qtbot, window, State.READY)
    assert window.editor.text() == "Vorab."
    assert fake_engine.progress_calls < 50
    assert "abgebrochen" in window.statusBar().currentMessage()


def test_draft_saved_after_commit_and_restored(qtbot, make_window, isolated, monkeypatch):
    """A commit writes the draft at once; the next start offers it and restores fields and text."""
    window = make_window()
    window.fields.customer.setText("123A456789")
    window.fields.subject.setEditText("Telefonat")
    window.controller.event.emit(Committed("Der Kunde rief an.", 0.0, 1.0))
    drafts = DraftStore().pending()
    assert [d.text for d in drafts] == ["Der Kunde rief an."]
    assert drafts[0].customer_id == "123A456789"
    note_id = drafts[0].id
    window.close()

    from ui.main_window import MainWindow

    offered = []
    monkeypatch.setattr(MainWindow, "ask_restore",
                        lambda self, note, count: offered.append(note.id) or "restore")
    second = make_window()
    assert offered == [note_id]
    assert second.editor.text() == "Der Kunde rief an."
    assert second.fields.customer.text() == "123A456789"
    assert second.fields.subject.currentText() == "Telefonat"
    assert second.current_note().id == note_id


def test_edits_are_saved_debounced(qtbot, make_window):
    """Typing is saved to the draft within a second of the last keystroke."""
    window = make_window()
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Getippt")
    assert window._draft_timer.isActive()
    qtbot.waitUntil(lambda: [d.text for d in DraftStore().pending()] == ["Getippt"], timeout=2000)


def test_restore_discard_removes_draft(qtbot, make_window, monkeypatch):
    """Choosing "Verwerfen" deletes the draft; "Später" keeps it."""
    from dictation.notes.casenote import CaseNote
    from ui.main_window import MainWindow

    DraftStore().save(CaseNote(text="Alter Entwurf"))
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, note, count: "later")
    make_window()
    assert len(DraftStore().pending()) == 1
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, note, count: "discard")
    window = make_window()
    assert DraftStore().pending() == []
    assert window.editor.text() == ""


def test_close_during_recording_keeps_what_was_said(qtbot, make_window):
    """Closing the window while recording commits the last words into the draft."""
    window = make_window()
    window.toggle_recording()
    wait_state(qtbot, window, State.RECORDING)
    window.controller  # noqa: B018
    recognizer = window.controller._recognizer
    recognizer.pending = "Letzter Satz vor dem Schließen."
    window.close()
    assert [d.text for d in DraftStore().pending()] == ["Letzter Satz vor dem Schließen."]


def test_finish_note_saves_history_and_starts_new(qtbot, make_window, monkeypatch):
    """"Vermerk abschließen" stores the note in the history, drops the draft, clears the form."""
    window = make_window()
    monkeypatch.setattr(window, "confirm", lambda question: True)
    window.fields.customer.setText("123A456789")
    window.fields.subject.setEditText("Beratungsgespräch")
    window.controller.event.emit(Committed("Bürgergeld wurde beantragt.", 0.0, 1.0))
    assert window.finish_note()
    assert DraftStore().pending() == []
    assert window.editor.text() == "" and window.fields.customer.text() == ""
    with HistoryStore() as store:
        found = store.search("bürgergeld")
        assert [n.customer_id for n in found] == ["123A456789"]
        assert [n.customer_id for n in store.search("456789")] == ["123A456789"]


def test_finish_note_needs_customer_number(qtbot, make_window):
    """Without a customer number the note is not finished and the field gets the focus."""
    window = make_window()
    activate(qtbot, window)
    window.editor.commit("Text ohne Kunde.")
    assert not window.finish_note()
    assert "Kundennummer" in window.errors[-1][0]
    with HistoryStore() as store:
        assert store.count() == 0


def test_history_dialog_search_and_open(qtbot, make_window):
    """The history dialog finds notes by words and number and opens the chosen one."""
    from dictation.notes.casenote import CaseNote
    from ui.history_dialog import HistoryDialog

    with HistoryStore() as store:
        store.save(CaseNote(customer_id="123A456789", subject="Telefonat",
                            text="Weiterbewilligungsantrag besprochen."))
        store.save(CaseNote(customer_id="98765BG1234567", subject="Hausbesuch",
                            text="Wohnung besichtigt."))
    window = make_window()
    dialog = HistoryDialog(window.history(), window)
    qtbot.addWidget(dialog)
    assert dialog.results.count() == 2
    dialog.search.setText("weiterbew")
    dialog.refresh()
    assert dialog.results.count() == 1
    assert "123A456789" in dialog.results.item(0).text()
    assert "Weiterbewilligungsantrag" in dialog.preview.toPlainText()
    dialog.open_button.click()
    assert dialog.chosen.customer_id == "123A456789"
    window.load_note(dialog.chosen)
    assert window.editor.text() == "Weiterbewilligungsantrag besprochen."


def test_retention_purge_at_start(qtbot, make_window, isolated):
    """Notes older than the retention period (setting) are deleted at start."""
    import datetime

    from dictation.notes.casenote import CaseNote

    old = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=12)
    with HistoryStore() as store:
        store.save(CaseNote(customer_id="1", text="alt", updated_at=old))
        store.save(CaseNote(customer_id="2", text="neu"))
    user_settings_file().parent.mkdir(parents=True, exist_ok=True)
    user_settings_file().write_text("[history]\nretention_days = 10\n", encoding="utf-8")
    make_window()
    with HistoryStore() as store:
        assert [n.text for n in store.recent()] == ["neu"]


def test_export_word_read_back(qtbot, make_window, isolated):
    """Ctrl+S offers the export folder and writes a .docx that python-docx reads back."""
    folder = isolated / "vermerke"
    folder.mkdir()
    user_settings_file().parent.mkdir(parents=True, exist_ok=True)
    user_settings_file().write_text(f"[export]\nfolder = '{folder}'\n", encoding="utf-8")
    window = make_window()
    window.fields.customer.setText("123A456789")
    window.editor.commit("Der Kunde erschien.")
    window.editor.commit("neuer Absatz")
    window.editor.commit("Die Unterlagen sind vollständig.")
    asked = []
    window.ask_save_path = lambda title, suggested, filt: asked.append(suggested) or str(
        folder / "vermerk")
    written = window.save_word()
    assert written == folder / "vermerk.docx"
    assert asked[0].parent == folder and asked[0].name.startswith("Vermerk_123A456789")
    document = docx.Document(str(written))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "Der Kunde erschien.\nDie Unterlagen sind vollständig." in text
    assert "123A456789" in text + cells


def test_export_error_is_shown(qtbot, make_window, isolated):
    """An export that fails shows the exporter's message (mu-style: logic chooses, view shows)."""
    window = make_window()
    window.editor.commit("Text.")
    window.ask_save_path = lambda *a: str(isolated / "fehlt" / "vermerk.docx")
    assert window.save_word() is None
    assert "gibt es nicht" in window.errors[-1][0]


def test_export_text(qtbot, make_window, isolated):
    """Plain text export writes UTF-8 with the header lines."""
    window = make_window()
    window.fields.customer.setText("123A456789")
    window.editor.commit("Grüße an Frau Müller.")
    window.ask_save_path = lambda *a: str(isolated / "vermerk.txt")
    written = window.save_text()
    content = written.read_text(encoding="utf-8-sig")
    assert "Kundennummer: 123A456789" in content and "Grüße an Frau Müller." in content


def test_clipboard_copy(qtbot, make_window):
    """Ctrl+Shift+C copies the text; the header variant adds customer number and date."""
    window = make_window()
    activate(qtbot, window)
    window.fields.customer.setText("123A456789")
    window.editor.commit("Äußerst wichtiger Termin.")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "Äußerst wichtiger Termin."
    window.copy_note_with_header()
    assert QGuiApplication.clipboard().text().startswith("Kundennummer: 123A456789")


class RecordingPaste(PasteBackend):
    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        self.pasted: list[str] = []
        self.fail = fail

    def is_available(self) -> bool:
        return True

    def active_window(self):
        return 4242

    def paste(self) -> None:
        if self.fail:
            raise PasteFailed("Fenster weg.", "xdotool: exit 1")
        self.pasted.append(QGuiApplication.clipboard().text())


def test_paste_into_previous_window(qtbot, make_window):
    """Ctrl+Shift+V puts the text on the clipboard and asks the backend to paste it."""
    backend = RecordingPaste()
    window = make_window(paste=backend)
    activate(qtbot, window)
    window.editor.commit("Übergabe an Herrn Özdemir.")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert backend.pasted == ["Übergabe an Herrn Özdemir."]
    assert backend.target == 4242  # remembered at start


def test_paste_failure_is_shown(qtbot, make_window):
    """When pasting fails the backend's message is shown; the text is still on the clipboard."""
    window = make_window(paste=RecordingPaste(fail=True))
    window.editor.commit("Text.")
    assert not window.paste_into_previous()
    assert window.errors[-1] == ("Fenster weg.", "xdotool: exit 1")
    assert QGuiApplication.clipboard().text() == "Text."


def test_vocab_editor_missing_is_explained(qtbot, make_window, monkeypatch):
    """Without ui.vocab_editor the menu action explains that it is not available yet."""
    import importlib

    real_import = importlib.import_module

    def fake_import(name, *args):
        if name == "ui.vocab_editor":
            raise ImportError("No module named 'ui.vocab_editor'")
        return real_import(name, *args)

    monkeypatch.setattr(importlib, "import_module", fake_import)
    window = make_window()
    window.act_vocab.trigger()
    assert "Vokabular-Editor" in window.errors[-1][0]


def test_settings_saved_from_window(qtbot, make_window, fake_engine):
    """Applying changed settings writes the user file and reloads the model when needed."""
    from dictation.settings import Key, load_settings

    loads = []
    window = make_window(load_engine=lambda s, p: loads.append(s) or fake_engine)
    assert window.apply_settings({Key.RETENTION_DAYS: 45, Key.LANGUAGE: "en"})
    assert load_settings().retention_days == 45
    wait_state(qtbot, window, State.READY)
    assert len(loads) == 2 and loads[-1].language == "en"
    assert policy_file() != user_settings_file()


def test_vocab_editor_opens_with_configured_lists(qtbot, make_window, fake_engine, isolated):
    """The menu action opens ui.vocab_editor on the configured lists; a save reloads the model."""
    pytest.importorskip("ui.vocab_editor")
    from dictation.settings import Key, load_settings
    from dictation.vocabulary.lists import Layer

    loads = []
    window = make_window(load_engine=lambda s, p: loads.append(s) or fake_engine)
    window.act_vocab.trigger()
    editor = window._vocab_editor
    assert editor is not None and editor.isVisible()
    window.act_vocab.trigger()  # a second time: the same window comes to the front
    assert window._vocab_editor is editor
    personal = isolated / "meine.json"
    editor.saved.emit(Layer.PERSONAL, personal)
    assert load_settings().vocabulary_personal == str(personal)
    wait_state(qtbot, window, State.READY)
    assert len(loads) == 2 and loads[-1].value(Key.VOCABULARY_PERSONAL) == str(personal)
    editor.close()
    qtbot.waitUntil(lambda: window._vocab_editor is None, timeout=2000)


def test_term_training_gets_no_microphone_while_dictating(qtbot, make_window):
    """"Begriff trainieren" would hear the dictation (and the dictation the training
    sentence): while recording, the editor's microphone says why it is not available."""
    pytest.importorskip("ui.vocab_editor")
    from dictation.errors import DictationError

    window = make_window()
    window.act_vocab.trigger()
    editor = window._vocab_editor
    window.toggle_recording()
    wait_state(qtbot, window, State.RECORDING)
    opened = len(window.sources)
    with pytest.raises(DictationError, match="nimmt gerade ein Diktat auf"):
        editor._microphone()
    assert len(window.sources) == opened  # nothing opened
    window.stop_recording()
    wait_state(qtbot, window, State.READY)
    source = editor._microphone()
    assert source is window.sources[-1]
    source.close()
    editor.close()


def test_new_note_keeps_unfinished_as_draft(qtbot, make_window, monkeypatch):
    """A new note: the unfinished one stays as a draft when the user says so, or nothing happens."""
    window = make_window()
    window.editor.commit("Erster Vermerk.")
    monkeypatch.setattr(window, "ask_unfinished", lambda: "cancel")
    assert not window.new_note()
    assert window.editor.text() == "Erster Vermerk."
    monkeypatch.setattr(window, "ask_unfinished", lambda: "keep")
    old_id = window.current_note().id
    assert window.new_note()
    assert window.editor.text() == "" and window.current_note().id != old_id
    assert [d.text for d in DraftStore().pending()] == ["Erster Vermerk."]


def test_status_is_announced(qtbot, make_window):
    """The status label's accessible name carries the state, for screen readers."""
    window = make_window()
    assert window.state_label.accessibleName() == "Status: Bereit"
    assert window.model_label.accessibleName() == "Aktives Modell: fake-base (CPU)"
    window.toggle_recording()
    assert window.state_label.accessibleName() == "Status: Aufnahme"
    assert window.state_label.font().bold()
    window.stop_recording()
    wait_state(qtbot, window, State.READY)


def test_audio_is_kept_only_when_switched_on(make_window, tmp_path, monkeypatch):
    """audio.save off (default): no recording file; on: one per session, named after the note."""
    import dataclasses

    from dictation.settings import load_settings

    window = make_window()
    assert window.controller.recording_path() is None
    on = make_window(settings=dataclasses.replace(load_settings(), save_audio=True))
    path = on.controller.recording_path()
    assert path is not None and path.suffix == ".wav"
    assert path.name.startswith(on.current_note().id)


def test_decoding_bias_follows_the_note_subject(qtbot, make_window, fake_engine):
    """The recogniser of a note is biased towards its subject (case field) when recording starts."""
    window = make_window()
    window.fields.subject.setCurrentText("Leistungsangelegenheit")
    window.toggle_recording()
    qtbot.waitUntil(lambda: window.controller.state == State.RECORDING, timeout=3000)
    assert fake_engine.bias_requests[-1][0] == "Leistungsangelegenheit"
    window.controller.stop()
    qtbot.waitUntil(lambda: window.controller.state == State.READY, timeout=5000)


def correct_word(window, old: str, new: str) -> None:
    """Overtype ``old`` in the editor with ``new``, as a user correcting a recognised word."""
    start = window.editor.toPlainText().index(old)
    cursor = window.editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(old), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new)


def test_corrections_are_offered_for_the_personal_list(make_window, tmp_path, monkeypatch):
    """A recognised word the user corrected is offered at "Vermerk abschließen"; only the
    accepted pair lands in the personal list (nothing is learnt silently)."""
    import dataclasses

    from dictation.settings import load_settings
    from dictation.vocabulary.lists import load_list

    personal = tmp_path / "persoenlich.vocab.json"
    offered = []

    def accept_all(parent, suggestions):
        offered.extend(suggestions)
        return suggestions

    settings = dataclasses.replace(load_settings(), vocabulary_personal=str(personal))
    window = make_window(settings=settings, choose_suggestions=accept_all)
    monkeypatch.setattr(window, "confirm", lambda question: True)
    window.fields.customer.setText("123A456789")
    window.editor.commit("Die Kundin wohnt in Fiernheim.")
    correct_word(window, "Fiernheim", "Viernheim")
    assert window.finish_note()
    assert [(s.spoken, s.term) for s in offered] == [("Fiernheim", "Viernheim")]
    entries = load_list(personal).vocabulary.entries
    assert [(e.term, e.spoken) for e in entries] == [("Viernheim", ("Fiernheim",))]


def test_declined_corrections_change_nothing(make_window, tmp_path, monkeypatch):
    """'Nicht jetzt' adds nothing to any list."""
    import dataclasses

    from dictation.settings import load_settings

    personal = tmp_path / "persoenlich.vocab.json"
    settings = dataclasses.replace(load_settings(), vocabulary_personal=str(personal))
    window = make_window(settings=settings, choose_suggestions=lambda parent, s: [])
    monkeypatch.setattr(window, "confirm", lambda question: True)
    window.fields.customer.setText("123A456789")
    window.editor.commit("Die Kundin wohnt in Fiernheim.")
    correct_word(window, "Fiernheim", "Viernheim")
    assert window.finish_note()
    assert not personal.exists()


@pytest.mark.parametrize("error", [
    "typed", "unexpected"])
def test_failed_audio_file_closes_progress_and_shows_error(qtbot, make_window, fake_engine,
                                                           tmp_path, error):
    """A file that cannot be read (corrupt or empty WAV) closes the progress dialog, shows
    the error and leaves the window usable: no dialog at 0 % stays open blocking it."""
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from dictation.errors import DictationError

    window = make_window()
    window.editor.set_text("Vorab.")
    fake_engine.transcribe_delay_s = 0.1
    fake_engine.transcribe_error = (
        DictationError("Die Audiodatei „kaputt.wav“ ist beschädigt.", "EOF in header")
        if error == "typed" else ValueError("buffer size must be a multiple of element size"))
    window.open_audio_file(str(tmp_path / "kaputt.wav"))
    assert window._progress is not None and window._progress.isVisible()
    wait_state(qtbot, window, State.READY)
    QApplication.processEvents()
    assert window._progress is None
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    if error == "typed":
        assert boxes[0].text() == "Die Audiodatei „kaputt.wav“ ist beschädigt."
    else:
        assert "nicht verschriftet" in boxes[0].text()
    assert QApplication.activeModalWidget() in (None, boxes[0])
    boxes[0].accept()
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None
    assert window.editor.text() == "Vorab."
    assert window.act_open_audio.isEnabled()


def test_vocabulary_conflict_is_named_in_the_status_bar_not_a_dialog(qtbot, make_window,
                                                                     fake_engine, isolated):
    """A conflict between lists (one spoken form, two spellings) is no modal "could not be
    read" error at every start: the status bar names the spoken form, both spellings and
    their lists, and its button opens the vocabulary editor where the lists are fixed. A
    list that really cannot be read is still reported as an error, without the conflict."""
    from PySide6.QtWidgets import QMessageBox

    from dictation.app.pipeline import conflict_message
    from dictation.settings import Key, load_settings, save_user_settings
    from dictation.vocabulary.lists import Conflict, Entry, Vocabulary

    team = isolated / "share" / "team.vocab.json"
    save_user_settings({Key.VOCABULARY_TEAM: str(team)})
    conflict = Conflict("Fiernheim", ("Viernheim", "Vierheim"), ("team", "organisation"))
    fake_engine.vocabulary = Vocabulary([Entry("Viernheim", ("Fiernheim",)),
                                         Entry("Vierheim", ("Fiernheim",))], [conflict])
    fake_engine.problems = (conflict_message(conflict),)
    window = make_window(settings=load_settings())
    QApplication.processEvents()
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert window.errors == []
    button = window.vocab_conflicts
    assert button.isVisible()
    assert button.text() == "⚠ Vokabular: 1 Widerspruch"
    tip = button.toolTip()
    assert "„Fiernheim“" in tip
    assert "„Viernheim“ (Liste Team, team.vocab.json)" in tip
    assert "„Vierheim“ (Liste Organisation" in tip
    assert "es gilt „Viernheim“" in tip
    assert "Fiernheim" in window.statusBar().currentMessage()
    button.click()
    assert window._vocab_editor is not None and window._vocab_editor.isVisible()
    window._vocab_editor.close()

    fake_engine.problems = (conflict_message(conflict), "team.vocab.json: Zeile 3: kaputt")
    window._on_engine_loaded(fake_engine)
    assert window.errors[-1][0] == "Nicht alle Vokabularlisten konnten gelesen werden."
    assert window.errors[-1][1] == "team.vocab.json: Zeile 3: kaputt"
    fake_engine.vocabulary = Vocabulary([], [])
    fake_engine.problems = ()
    window._on_engine_loaded(fake_engine)
    assert not button.isVisible()


@pytest.mark.parametrize("focus", ["customer", "record_button", "microphone"])
def test_undo_after_strike_works_wherever_the_focus_is(qtbot, make_window, focus):
    """Ctrl+Z after "Letzte Äußerung streichen" brings the utterance back also when the
    focus is not in the text (a field, a button, the microphone box): undo is the window's
    action and targets the note text; redo (Ctrl+Y / Ctrl+Shift+Z) likewise."""
    window = make_window()
    activate(qtbot, window)
    window.controller.event.emit(Committed("Der Kunde erschien.", 0.0, 1.0))
    window.controller.event.emit(Committed("Er brachte Unterlagen mit.", 1.0, 2.0))
    window.fields.customer.setText("123A456789")
    window.act_strike.trigger()
    assert window.editor.text() == "Der Kunde erschien."
    widget = {"customer": window.fields.customer, "record_button": window.record_button,
              "microphone": window.microphone}[focus]
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == "Der Kunde erschien. Er brachte Unterlagen mit."
    assert window.fields.customer.text() == "123A456789"
    assert window.act_redo.isEnabled()
    window.act_redo.trigger()
    assert window.editor.text() == "Der Kunde erschien."


def test_field_keeps_its_own_undo_for_newer_typing(qtbot, make_window):
    """Typing in a case field after the last change of the text: Ctrl+Z there undoes that
    typing (not the note text); once that is undone, the next Ctrl+Z goes to the text."""
    window = make_window()
    activate(qtbot, window)
    window.controller.event.emit(Committed("Der Kunde erschien.", 0.0, 1.0))
    field = window.fields.customer
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
    qtbot.keyClicks(field, "123A")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == "" and window.editor.text() == "Der Kunde erschien."
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.text() == ""


def test_history_dialog_deletes_one_note_after_confirmation(qtbot, make_window, monkeypatch):
    """"Vermerk löschen" (button or Entf in the list) asks first, naming the note; No keeps
    it; Yes removes exactly that note from the history and the list."""
    from PySide6.QtWidgets import QMessageBox

    from dictation.notes.casenote import CaseNote
    from ui.history_dialog import HistoryDialog

    with HistoryStore() as store:
        store.save(CaseNote(customer_id="123A456789", subject="Telefonat",
                            text="Weiterbewilligungsantrag besprochen."))
        store.save(CaseNote(customer_id="98765BG1234567", subject="Hausbesuch",
                            text="Wohnung besichtigt."))
    window = make_window()
    dialog = HistoryDialog(window.history(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.delete_button.text() == "Vermerk &löschen"
    dialog.search.setText("123A456789")
    dialog.refresh()
    assert dialog.results.count() == 1
    questions = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: questions.append(text) or next(answers))
    dialog.delete_button.click()
    assert "123A456789" in questions[0] and "endgültig" in questions[0]
    assert window.history().count() == 2
    dialog.results.setFocus()
    qtbot.keyClick(dialog.results, Qt.Key.Key_Delete)
    assert len(questions) == 2
    assert window.history().count() == 1
    assert dialog.results.count() == 0
    assert dialog.status.text() == "Vermerk gelöscht."
    assert window.history().search("98765BG1234567")
    assert not dialog.delete_button.isEnabled()


def test_no_microphone_says_what_the_system_reported(qtbot, make_window):
    """Without input devices the message says what was found (0 input devices), not a
    guess, and how to go on."""
    window = make_window(list_devices=lambda: [])
    window.toggle_recording()
    message = window.errors[-1][0]
    assert message.startswith("Kein Mikrofon gefunden: das System meldet 0 Eingabegeräte.")
    assert "Mikrofone neu suchen" in message
    assert "Videokonferenz" not in message
    assert "0 Eingabegeräte" in window.microphone.toolTip()


class _PortAudioError(Exception):
    """Stands in for sounddevice.PortAudioError."""


def _sounddevice_failing_with(error: str):
    """A sounddevice stand-in with one 48 kHz headset whose stream cannot be opened."""
    from types import SimpleNamespace

    info = {"name": "USB-Headset", "index": 0, "hostapi": 0, "max_input_channels": 1,
            "max_output_channels": 0, "default_samplerate": 48000.0}

    def input_stream(**kwargs):
        raise _PortAudioError(error)

    return SimpleNamespace(
        PortAudioError=_PortAudioError, InputStream=input_stream,
        query_devices=lambda kind=None: info if kind == "input" else [info],
        query_hostapis=lambda index: {"name": "ALSA"})


@pytest.mark.parametrize("error, reason", [
    ("Device unavailable [PaErrorCode -9985]", "belegt oder nicht verfügbar"),
    ("Invalid sample rate [PaErrorCode -9997]", "48000 Hz"),
    ("Unanticipated host error [PaErrorCode -9999]", "Unanticipated host error"),
])
def test_microphone_that_cannot_be_opened_says_why(qtbot, make_window, error, reason):
    """A microphone that cannot be opened: the message names it and gives the reason the
    system reported, instead of guessing a video conference."""
    from dictation.engine.audio import SoundDeviceSource

    fake = _sounddevice_failing_with(error)
    window = make_window(make_source=lambda device: SoundDeviceSource(None, sd=fake))
    window.toggle_recording()
    qtbot.waitUntil(lambda: bool(window.errors), timeout=5000)
    message = window.errors[-1][0]
    assert message.startswith("Das Mikrofon „USB-Headset“ kann nicht geöffnet werden: ")
    assert reason in message
    assert "Videokonferenz" not in message
    wait_state(qtbot, window, State.READY)


def _crash(window) -> None:
    """Leave ``window`` as a crash would: no closeEvent, no final draft save."""
    window.controller.shutdown()
    window._draft_timer.stop()
    window._partial_timer.stop()
    window.hide()


def test_partial_text_is_kept_in_the_draft(qtbot, make_window):
    """Provisional (grey) text on screen is saved in the draft within about a second, marked
    as provisional and apart from the note's text, also when partials keep changing; a note
    with nothing but provisional text is saved too."""
    window = make_window()
    window.controller.event.emit(Partial("der Kunde", 0.0, 0.5))
    qtbot.waitUntil(lambda: [d.provisional for d in DraftStore().pending()] == ["der Kunde"],
                    timeout=3000)
    window.controller.event.emit(Committed("Der Kunde erschien.", 0.0, 1.0))
    for words in ("und brachte", "und brachte die Unterlagen", "und brachte die Unterlagen mit"):
        window.controller.event.emit(Partial(words, 1.0, 2.0))
        qtbot.wait(400)  # partials come faster than the edit debounce
    qtbot.waitUntil(lambda: [d.provisional for d in DraftStore().pending()]
                    == ["und brachte die Unterlagen mit"], timeout=3000)
    draft = DraftStore().pending()[0]
    assert draft.text == "Der Kunde erschien."
    assert draft.provisional_at == len("Der Kunde erschien.")
    _crash(window)


@pytest.mark.parametrize("take", [True, False])
def test_partial_text_is_offered_on_recovery(qtbot, make_window, monkeypatch, take):
    """After a crash the restore question shows the provisional text with a tick box
    (ticked): restored with it, the text goes in where it was shown, as dictated text;
    unticked, only the final text comes back."""
    from PySide6.QtWidgets import QMessageBox

    window = make_window()
    window.editor.set_text("Der Kunde erschien. Termin am Montag.")
    cursor = window.editor.textCursor()
    cursor.setPosition(len("Der Kunde erschien."))
    window.editor.setTextCursor(cursor)
    window.controller.event.emit(Partial("er brachte die Unterlagen mit", 1.0, 2.0))
    qtbot.waitUntil(lambda: any(d.provisional for d in DraftStore().pending()), timeout=3000)
    _crash(window)

    asked = []

    def answer(box):
        asked.append((box.informativeText(), box.checkBox()))
        assert box.checkBox() is not None and box.checkBox().isChecked()
        box.checkBox().setChecked(take)
        next(b for b in box.buttons() if b.text() == "&Wiederherstellen").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    second = make_window()
    assert "„er brachte die Unterlagen mit“" in asked[0][0]
    assert "vorläufig" in asked[0][1].text()
    if take:
        assert second.editor.text() == \
            "Der Kunde erschien. Er brachte die Unterlagen mit Termin am Montag."
        assert "vorläufig" in second.statusBar().currentMessage()
    else:
        assert second.editor.text() == "Der Kunde erschien. Termin am Montag."
    assert DraftStore().pending()[0].provisional == ""
