"""End to end with the real bundled Whisper model: a real recording dictated into the window
(through FileSource, the worker thread and the editor) and an audio file transcribed."""

from __future__ import annotations

import pytest

from dictation.engine.audio import FileSource
from dictation.settings import Settings
from ui.worker import State

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def real_engine():
    """The bundled base model with the default vocabulary, loaded once."""
    from dictation import load_engine
    from dictation.errors import DictationError

    try:
        return load_engine(Settings())
    except DictationError as err:
        pytest.skip(f"the bundled model cannot be loaded here: {err}")


def words(text: str) -> set[str]:
    return {w.strip(".,!?").lower() for w in text.split()}


def test_real_recording_dictated_into_editor(qtbot, make_window, real_engine, thorsten):
    """A Thorsten recording, played as the microphone, ends up as text in the editor."""
    wav = thorsten / "ds_5062b8cb7557bf7c5f7d1e0b8c8bd7f7.wav"  # Darum sind Ersthelfer so wichtig.
    window = make_window(load_engine=lambda settings, progress: real_engine,
                         make_source=lambda device: FileSource(wav))
    assert "base" in window.model_label.text()
    window.toggle_recording()
    qtbot.waitUntil(lambda: window.controller.state == State.READY, timeout=60000)
    text = window.editor.text()
    assert {"darum", "sind", "wichtig"} <= words(text), text
    assert text[0].isupper() and text.endswith(".")
    assert window.errors == []


def test_real_file_transcription(qtbot, make_window, real_engine, thorsten):
    """Opening a recording transcribes it into the editor after the existing text."""
    wav = thorsten / "ds_2331dc4a3d9c7a0ed0b2bd7142a9c22c.wav"  # Anastasia verdient monatlich …
    window = make_window(load_engine=lambda settings, progress: real_engine)
    window.editor.set_text("Einkommen:")
    window.open_audio_file(str(wav))
    qtbot.waitUntil(lambda: window._progress is None, timeout=60000)
    text = window.editor.text()
    assert text.startswith("Einkommen: ") and "monatlich" in text, text
    assert "Euro" in text or "€" in text, text


def test_loading_warms_up_the_recogniser():
    """The first dictation after a start must not load the VAD model on the UI thread (at F9)
    nor run the decoder for the first time while the user speaks: ``load_engine`` does both in
    the loading thread."""
    import numpy as np
    from faster_whisper.vad import get_vad_model

    from dictation import load_engine

    get_vad_model.cache_clear()
    engine = load_engine(Settings())
    assert get_vad_model.cache_info().currsize == 1, "VAD model not loaded while loading"
    misses = get_vad_model.cache_info().misses
    recognizer = engine.new_recognizer("Beratung", ("Jobcenter",))
    recognizer.feed(np.zeros(1600, dtype=np.float32))
    assert get_vad_model.cache_info().misses == misses


def test_a_new_note_builds_no_correction_index(real_engine, monkeypatch):
    """The window asks the loaded engine for the note's text pipeline on the UI thread: it is
    the one built while loading (a 5,000-entry list's index takes ~140 ms), not a new one."""
    import dictation.app.pipeline as pipeline_module

    built = []
    real = pipeline_module.TextPipeline
    monkeypatch.setattr(pipeline_module, "TextPipeline",
                        lambda *a, **k: built.append(1) or real(*a, **k))
    note = real_engine.note_text()
    assert note.pipeline is real_engine._term_counter  # built in the loading thread
    note.commit("Sie war heute im Jobkenter Punkt")
    assert note.text == "Sie war heute im Jobcenter."
    assert built == []


def test_f9_with_a_subject_recomputes_nothing_of_the_list(real_engine, monkeypatch):
    """F9 builds the note's recogniser on the UI thread, biased towards its subject and recent
    terms: only the selection runs again, not the list's term values (~110 ms for 5,000
    entries) nor the term spotter (~25 ms)."""
    import dictation.engine.termbias as termbias
    import dictation.text.bias as bias

    calls = []
    monkeypatch.setattr(bias, "_mentions", lambda *a: calls.append("values"))
    monkeypatch.setattr(termbias, "TermSpotter", lambda *a, **k: calls.append("spotter"))
    plain = real_engine.options.recognizer.bias_terms
    recognizer = real_engine.new_recognizer("Ort", ("Kooperationsplan",))
    assert calls == []
    terms = recognizer.decoder.options.bias_terms
    assert terms[0] == "Kooperationsplan" and terms != plain
