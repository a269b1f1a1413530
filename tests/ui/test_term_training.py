"""Tests for ui/term_training.py: "Begriff trainieren" in the vocabulary editor, with the real
model, the real virtual microphone and espeak-ng."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import subprocess  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QListWidgetItem, QMessageBox  # noqa: E402

from dictation.engine.audio import SoundDeviceSource  # noqa: E402
from dictation.errors import DictationError  # noqa: E402
from dictation.vocabulary.lists import Entry, Layer, VocabularyList, load_list, save_list  # noqa: E402
from dictation.vocabulary.training import CARRIER, Voice  # noqa: E402
from ui.term_training import TermTrainingDialog  # noqa: E402
from ui.vocab_editor import VocabularyEditor  # noqa: E402
from ui.vocab_models import Column  # noqa: E402

#: Whisper hears espeak-ng's voices poorly (MBROLA is not installed here), but with the Klatt
#: voice it understands the sentence around this term, whatever the start offset of the take,
#: and mishears the term ("ein Lied in uns, für ein Ballon").
TERM = "Eingliederungsvereinbarung"
ESPEAK_VOICE = "de+klatt"


def _espeak() -> str:
    path = shutil.which("espeak-ng")
    if path is None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("espeak-ng is not installed (test.sh installs it)")
        pytest.skip("espeak-ng is not installed (apt install espeak-ng)")
    return path


@pytest.fixture(scope="module")
def model():
    from dictation.config import ModelOptions
    from dictation.engine.models import load_model

    try:
        return load_model(ModelOptions(device="cpu")).model
    except DictationError as err:
        pytest.skip(f"the bundled model cannot be loaded here: {err}")


@pytest.fixture
def espeak_voice() -> Voice:
    """espeak-ng's German Klatt voice: installed everywhere the tests run (not MBROLA)."""
    return Voice("de", (_espeak(), "-v", ESPEAK_VOICE, "-s", "150", "-w", "{wav}", "{text}"))


@pytest.fixture
def personal(tmp_path) -> Path:
    path = tmp_path / "home" / "vokabular.json"
    path.parent.mkdir()
    save_list(VocabularyList("Meine Begriffe", Layer.PERSONAL,
                             [Entry("Bürgergeld"), Entry(TERM, ("EGV",))]), path)
    return path


@pytest.fixture
def make_editor(qtbot, personal):
    def make(**kwargs) -> VocabularyEditor:
        widget = VocabularyEditor({Layer.ORGANISATION: None, Layer.PERSONAL: personal},
                                  {Layer.PERSONAL}, user="anna", **kwargs)
        widget._ask_unsaved = lambda names: QMessageBox.StandardButton.Discard
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def select(editor: VocabularyEditor, term: str) -> None:
    rows = [editor.proxy.index(r, Column.TERM).data() for r in range(editor.proxy.rowCount())]
    editor.table.setCurrentIndex(editor.proxy.index(rows.index(term), Column.TERM))
    editor.table.selectRow(rows.index(term))


def voices_done(dialog: TermTrainingDialog) -> bool:
    """The voices have spoken: their button is back (while they speak it reads "Stopp")."""
    return (dialog.voices_button.text() == "&Computerstimmen"
            and dialog.voices_button.isEnabled())


def open_dialog(editor: VocabularyEditor, qtbot) -> TermTrainingDialog:
    select(editor, TERM)
    assert editor.train_button.isEnabled()
    editor.train_button.click()
    dialog = editor.findChild(TermTrainingDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.sentence.text() == CARRIER.format(term=TERM)
    qtbot.waitUntil(lambda: dialog.status.text() == "Bereit.", timeout=60000)
    return dialog


def microphone_dialog(make_editor, qtbot, model) -> tuple[VocabularyEditor,
                                                         TermTrainingDialog]:
    """An editor whose training records from the (virtual) default microphone, and its
    dialog for TERM, ready."""
    editor = make_editor(model_loader=lambda: model, microphone=lambda: SoundDeviceSource(),
                         voices=[])
    return editor, open_dialog(editor, qtbot)


def start_take(dialog: TermTrainingDialog, qtbot) -> None:
    """Click "Sprechen" and wait until the microphone records."""
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog.record_button.text() == "&Stopp", timeout=10000)


def test_the_button_needs_one_entry_a_model_and_a_way_to_speak(make_editor, qtbot):
    """Training needs a model, a microphone or a voice, one selected entry with a term, and
    a list the user may change (not the shipped one)."""
    loader = lambda: None  # never called here
    microphone = lambda: None
    editor = make_editor(model_loader=None, microphone=microphone, voices=[])
    select(editor, TERM)
    assert not editor.train_button.isEnabled()
    assert "Kein Erkennungsmodell" in editor.train_button.toolTip()
    editor = make_editor(model_loader=loader, microphone=None, voices=[])
    select(editor, TERM)
    assert not editor.train_button.isEnabled()  # no microphone and no voice
    editor = make_editor(model_loader=loader, microphone=microphone, voices=[])
    assert editor.train_button.text() == "Be&griff trainieren…"
    select(editor, TERM)
    assert editor.train_button.isEnabled()
    editor.table.selectAll()
    assert not editor.train_button.isEnabled()  # one entry at a time
    select(editor, TERM)
    editor.add_entry()  # a new row without a term yet
    editor.table.selectRow(editor.proxy.rowCount() - 1)
    assert not editor.train_button.isEnabled()
    editor.set_current_layer(Layer.ORGANISATION)
    editor.table.selectRow(0)
    assert not editor.is_editable() and not editor.train_button.isEnabled()
    assert editor.train_selected_term() is None


def test_a_model_that_cannot_be_loaded_is_reported(make_editor, qtbot):
    def broken():
        raise DictationError("Das Modell fehlt.", "no model.bin")

    editor = make_editor(model_loader=broken, microphone=lambda: None, voices=[])
    select(editor, TERM)
    editor.train_button.click()
    dialog = editor.findChild(TermTrainingDialog)
    qtbot.waitUntil(lambda: dialog.status.text() == "Das Modell fehlt.", timeout=10000)
    assert not dialog.record_button.isEnabled() and not dialog.adopt_button.isEnabled()
    dialog.reject()


@pytest.mark.slow
def test_the_installed_voices_train_the_term_and_untick_works(make_editor, qtbot, model,
                                                              espeak_voice, personal):
    """The voices speak the sentence; what was heard is listed with its reason; the misheard
    form is proposed ticked; unticked, nothing can be adopted; adopted, the entry has it as
    a learned spoken variant (not saved until the supervisor saves)."""
    editor = make_editor(model_loader=lambda: model, microphone=None, voices=[espeak_voice])
    dialog = open_dialog(editor, qtbot)
    assert not dialog.record_button.isVisible() and dialog.voices_button.isVisible()
    assert "de" in dialog.voices_button.toolTip()
    dialog.voices_button.click()
    qtbot.waitUntil(lambda: bool(dialog.takes) and voices_done(dialog),
                    timeout=60000)
    proposed = dialog.proposed()
    assert proposed, [dialog.heard_list.item(i).text() for i in range(dialog.heard_list.count())]
    assert any("falsch erkannt – vorgeschlagen" in dialog.heard_list.item(i).text()
               for i in range(dialog.heard_list.count()))
    assert dialog.chosen() == proposed and dialog.adopt_button.isEnabled()
    for i in range(dialog.proposed_list.count()):
        dialog.proposed_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.chosen() == [] and not dialog.adopt_button.isEnabled()
    dialog.proposed_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.adopt_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    entry = next(e for e in editor.model().entries() if e.term == TERM)
    assert entry.spoken == ("EGV", proposed[0]) and entry.learned == (proposed[0],)
    assert "gelernt" in editor.message_bar.text()
    assert editor.has_unsaved_changes()
    assert load_list(personal).vocabulary.entries[1].learned == ()  # not saved yet
    assert editor.save()
    assert load_list(personal).vocabulary.entries[1].learned == (proposed[0],)


@pytest.mark.slow
@pytest.mark.audio
def test_the_supervisor_speaks_the_term_into_the_microphone(make_editor, qtbot, model,
                                                            virtual_mic, tmp_path):
    """"Sprechen" records from the (virtual) microphone until the pause after the sentence,
    shows the level, recognises the take and proposes the misheard form. While it records,
    the button reads "Stopp" and the status asks for the sentence."""
    wav = tmp_path / "satz.wav"
    subprocess.run([_espeak(), "-v", ESPEAK_VOICE, "-s", "150", "-w", str(wav),
                    CARRIER.format(term=TERM)], check=True)
    editor, dialog = microphone_dialog(make_editor, qtbot, model)
    assert not dialog.voices_button.isVisible()
    levels: list[float] = []
    states: list[bool] = []
    dialog._worker.level.connect(lambda rms, peak: levels.append(peak))
    dialog._worker.recording.connect(states.append)
    # spoken again where the sentence was not understood, or heard as ordinary words only
    # (the take starts at another offset each time: "ein Lied in uns, kein Einbarung")
    for attempt in range(1, 4):
        dialog.record_button.click()
        qtbot.waitUntil(lambda: bool(states), timeout=10000)
        assert states[-1] is True, dialog.status.text()  # recording now, until speech + pause
        qtbot.waitUntil(lambda: dialog.record_button.text() == "&Stopp" or len(states) > 1,
                        timeout=10000)
        assert len(states) == 1, dialog.status.text()
        assert "Aufnahme läuft" in dialog.status.text()
        player = virtual_mic.play(wav)
        player.wait(timeout=30)
        qtbot.waitUntil(lambda n=attempt: (len(dialog.takes) == n or dialog._error is not None)
                        and dialog.record_button.isEnabled(), timeout=60000)
        assert dialog._error is None, dialog._error
        assert states == [True, False] and dialog.record_button.text() == "&Sprechen"
        states.clear()
        if dialog.proposed():
            break
        if not dialog.takes[-1].heard:
            assert "nicht verstanden" in dialog.heard_list.item(
                dialog.heard_list.count() - 1).text()
    assert dialog.takes[-1].source == "Mikrofon" and dialog.takes[-1].heard, dialog.takes
    assert max(levels) > -40.0, max(levels)  # the meter saw the speech
    assert dialog.proposed() and dialog.adopt_button.isEnabled(), (dialog.takes,
                                                                    dialog.status.text())
    dialog.adopt_button.click()
    entry = next(e for e in editor.model().entries() if e.term == TERM)
    assert entry.learned == tuple(dialog.proposed())


@pytest.mark.slow
def test_a_voice_that_fails_is_reported(make_editor, qtbot, model):
    """A synthesiser that exits with an error gives no take and a message, not a hang."""
    broken = Voice("kaputt", (shutil.which("false") or "/bin/false", "{wav}", "{text}"))
    editor = make_editor(model_loader=lambda: model, microphone=None, voices=[broken])
    dialog = open_dialog(editor, qtbot)
    dialog.voices_button.click()
    qtbot.waitUntil(lambda: voices_done(dialog), timeout=10000)
    assert dialog.status.text() == "Keine der Computerstimmen hat gesprochen."
    assert not dialog.takes and not dialog.adopt_button.isEnabled()
    dialog.reject()


@pytest.mark.slow
def test_one_failing_voice_is_named_and_the_others_count(make_editor, qtbot, model,
                                                         espeak_voice):
    broken = Voice("kaputt", (shutil.which("false") or "/bin/false", "{wav}", "{text}"))
    editor = make_editor(model_loader=lambda: model, microphone=None,
                         voices=[broken, espeak_voice])
    dialog = open_dialog(editor, qtbot)
    dialog.voices_button.click()
    qtbot.waitUntil(lambda: voices_done(dialog) and bool(dialog.takes),
                    timeout=60000)
    assert [take.source for take in dialog.takes] == ["de"]
    assert dialog.status.text().startswith("Diese Computerstimmen sind fehlgeschlagen: kaputt.")
    assert dialog.proposed()  # the other voice's result stays
    dialog.reject()


@pytest.mark.slow
@pytest.mark.audio
def test_a_missing_microphone_is_reported_and_nothing_changes(make_editor, qtbot, model,
                                                              virtual_mic):
    editor = make_editor(model_loader=lambda: model,
                         microphone=lambda: SoundDeviceSource("Gibt es nicht"), voices=[])
    dialog = open_dialog(editor, qtbot)
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog.record_button.isEnabled() and "Gibt es nicht"
                    in dialog.status.text(), timeout=10000)
    assert not dialog.takes and not dialog.adopt_button.isEnabled()
    dialog.cancel_button.click()
    entry = next(e for e in editor.model().entries() if e.term == TERM)
    assert entry.spoken == ("EGV",) and not editor.has_unsaved_changes()


@pytest.mark.slow
@pytest.mark.audio
def test_closing_during_a_take_closes_at_once_and_keeps_nothing(make_editor, qtbot, model,
                                                                virtual_mic, monkeypatch):
    """Abbrechen while the microphone records: the dialog closes without waiting for the
    take, the take is neither recognised nor adopted, and the worker thread ends by itself
    (and is released only then)."""
    from dictation.vocabulary.training import TermTraining
    from ui import term_training

    added: list[str] = []
    original_add = TermTraining.add
    monkeypatch.setattr(TermTraining, "add", lambda self, source, audio: added.append(source)
                        or original_add(self, source, audio))
    editor, dialog = microphone_dialog(make_editor, qtbot, model)
    thread = dialog._thread
    start_take(dialog, qtbot)
    dialog.cancel_button.click()
    assert not dialog.isVisible() and thread in term_training._FINISHING
    qtbot.waitUntil(lambda: thread not in term_training._FINISHING, timeout=10000)
    assert thread.isFinished()
    assert added == [] and not dialog.takes
    entry = next(e for e in editor.model().entries() if e.term == TERM)
    assert entry.spoken == ("EGV",) and not editor.has_unsaved_changes()


@pytest.mark.slow
@pytest.mark.audio
def test_quitting_the_app_during_a_take_waits_for_the_thread(make_editor, qtbot, model,
                                                             virtual_mic):
    """On quit (``aboutToQuit``) every training thread is cancelled and waited for: one still
    running while Python shuts down would abort the process."""
    from PySide6.QtCore import QCoreApplication

    from ui import term_training

    editor, dialog = microphone_dialog(make_editor, qtbot, model)
    thread = dialog._thread
    start_take(dialog, qtbot)
    QCoreApplication.instance().aboutToQuit.emit()  # what QApplication.exec() does at the end
    assert thread.isFinished() and thread not in term_training._FINISHING
    assert not dialog.takes
    dialog.reject()


@pytest.mark.slow
@pytest.mark.audio
def test_stopp_before_any_sound_says_so(make_editor, qtbot, model, virtual_mic):
    """Stopp as the microphone opens, before its first block: nothing to recognise, and the
    status says why (not "no sound from the microphone", which would blame the device)."""
    editor, dialog = microphone_dialog(make_editor, qtbot, model)
    worker = dialog._worker
    # in the worker thread, right when the device is open: before the first block is read
    worker.recording.connect(lambda on: on and worker.stop_recording(),
                             Qt.ConnectionType.DirectConnection)
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog._error is not None and dialog.record_button.isEnabled(),
                    timeout=10000)
    assert dialog.status.text() == "Die Aufnahme wurde beendet, bevor Ton vom Mikrofon kam."
    assert not dialog.takes and dialog.record_button.text() == "&Sprechen"
    dialog.reject()


@pytest.mark.slow
@pytest.mark.audio
def test_stopp_ends_the_take_and_it_is_recognised(make_editor, qtbot, model, virtual_mic):
    """Stopp while nobody speaks: the take ends at once and is still recognised (nothing
    heard in silence: "nicht verstanden", nothing to adopt)."""
    editor, dialog = microphone_dialog(make_editor, qtbot, model)
    blocks: list[float] = []
    dialog._worker.level.connect(lambda rms, peak: blocks.append(peak))
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog.record_button.text() == "&Stopp" and len(blocks) > 3,
                    timeout=10000)
    dialog.record_button.click()
    qtbot.waitUntil(lambda: dialog.record_button.text() == "&Sprechen"
                    and dialog.record_button.isEnabled(), timeout=30000)
    assert dialog._error is None, dialog._error
    assert len(dialog.takes) == 1 and not dialog.takes[0].heard
    assert not dialog.adopt_button.isEnabled()
    dialog.reject()


def _propose(dialog: TermTrainingDialog, *variants: str) -> None:
    """Variants in the dialog's list as a take would put them there (no model needed)."""
    for text in variants:
        item = QListWidgetItem(text, dialog.proposed_list)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)


def test_adopting_keeps_edits_made_meanwhile_and_never_changes_another_entry(make_editor,
                                                                              qtbot):
    """The variants go to the trained entry as it is at adoption (a variant typed meanwhile
    stays); if its row holds another term by then, nothing changes and the editor says so."""
    def no_model():
        raise DictationError("Das Modell fehlt.", "")

    editor = make_editor(model_loader=no_model, microphone=lambda: None, voices=[])
    rows = [e.term for e in editor.model().entries()]
    select(editor, TERM)
    dialog = editor.train_selected_term()
    model = editor.model()
    row = rows.index(TERM)
    model.replace_entry(row, Entry(TERM, ("EGV", "Eingliederungsvereinb.")))
    _propose(dialog, "ein Lied in uns")
    dialog.accept()
    assert model.entries()[row].spoken == ("EGV", "Eingliederungsvereinb.", "ein Lied in uns")
    assert model.entries()[row].learned == ("ein Lied in uns",)

    select(editor, TERM)
    dialog = editor.train_selected_term()
    model.replace_entry(row, Entry("Kooperationsplan"))
    before = model.entries()
    _propose(dialog, "Kooperationsblahn")
    dialog.accept()
    assert model.entries() == before
    assert "nicht übernommen" in editor.message_bar.text()


def _training_editor(make_editor) -> VocabularyEditor:
    def no_model():
        raise DictationError("Das Modell fehlt.", "")

    return make_editor(model_loader=no_model, microphone=lambda: None, voices=[])


def _trained_entry(editor: VocabularyEditor) -> Entry:
    return next(e for e in editor.model().entries() if e.term == TERM)


def test_closing_the_editor_closes_the_training_dialog(make_editor, qtbot):
    """The editor closes (the app quits) with a training dialog open and nothing ticked: the
    dialog is rejected without a question; it stays open while the editor does (the user
    cancels the unsaved-changes question)."""
    editor = _training_editor(make_editor)
    select(editor, TERM)
    dialog = editor.train_selected_term()
    asked: list[str] = []
    editor._ask_adopt_trained = lambda term, variants: asked.append(term)
    rejected: list[int] = []
    dialog.rejected.connect(lambda: rejected.append(1))
    editor.add_entry()  # an unsaved change
    editor._ask_unsaved = lambda names: QMessageBox.StandardButton.Cancel
    assert not editor.close()
    assert not dialog.closed and dialog.isVisible() and rejected == []
    editor._ask_unsaved = lambda names: QMessageBox.StandardButton.Discard
    assert editor.close()
    assert rejected == [1] and asked == [] and dialog.closed
    assert _trained_entry(editor).spoken == ("EGV",)


@pytest.mark.parametrize(("answer", "closes", "spoken"), [
    (QMessageBox.StandardButton.Yes, True, ("EGV", "ein Lied in uns")),
    (QMessageBox.StandardButton.No, True, ("EGV",)),
    (QMessageBox.StandardButton.Cancel, False, ("EGV",)),
], ids=["ja", "nein", "abbrechen"])
def test_closing_the_editor_asks_for_ticked_variants(make_editor, qtbot, answer, closes,
                                                     spoken):
    """Variants ticked but not adopted are not dropped silently when the editor closes (or
    the app quits): "Ja" adopts them, and the list's unsaved-changes question follows;
    "Nein" drops them; "Abbrechen" keeps the editor and the dialog open."""
    editor = _training_editor(make_editor)
    select(editor, TERM)
    dialog = editor.train_selected_term()
    _propose(dialog, "ein Lied in uns", "Eingliederung vereinbarung")
    dialog.proposed_list.item(1).setCheckState(Qt.CheckState.Unchecked)
    asked: list[tuple[str, list[str]]] = []
    editor._ask_adopt_trained = lambda term, variants: asked.append((term, variants)) or answer
    unsaved: list[str] = []
    editor._ask_unsaved = lambda names: unsaved.append(names) or QMessageBox.StandardButton.Cancel
    closed = editor.close()
    assert asked == [(TERM, ["ein Lied in uns"])]
    assert _trained_entry(editor).spoken == spoken
    if answer == QMessageBox.StandardButton.Yes:
        assert not closed and unsaved  # the adopted variant is not saved yet: asked, kept open
        assert dialog.closed and editor.has_unsaved_changes()
        editor._ask_unsaved = lambda names: QMessageBox.StandardButton.Discard
        assert editor.close()
        return
    assert closed == closes and not unsaved
    assert dialog.closed == closes and dialog.isVisible() != closes
    if not closes:
        dialog.reject()


@pytest.mark.slow
def test_stopp_ends_the_voices_after_the_take_in_progress(make_editor, qtbot, model):
    """While the voices speak, their button reads "Stopp"; clicked, no further voice speaks,
    and what was heard so far stays."""
    voices = [Voice(f"de{n}", (_espeak(), "-v", ESPEAK_VOICE, "-s", str(140 + 5 * n), "-w",
                               "{wav}", "{text}")) for n in range(5)]
    editor = make_editor(model_loader=lambda: model, microphone=None, voices=voices)
    dialog = open_dialog(editor, qtbot)
    dialog.voices_button.click()
    assert dialog.voices_button.text() == "S&topp" and dialog.voices_button.isEnabled()
    assert not dialog.adopt_button.isEnabled()
    qtbot.waitUntil(lambda: bool(dialog.takes), timeout=60000)
    dialog.voices_button.click()
    assert not dialog.voices_button.isEnabled()  # until the take in progress is done
    qtbot.waitUntil(lambda: voices_done(dialog), timeout=60000)
    assert 1 <= len(dialog.takes) <= 2, [t.source for t in dialog.takes]
    assert dialog._error is None and dialog.status.text() != "Bereit."
    dialog.reject()
