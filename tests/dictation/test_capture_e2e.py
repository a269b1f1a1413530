"""End to end from a (virtual) microphone: PulseAudio → PortAudio → VAD → Whisper → text."""

from __future__ import annotations

import threading

import pytest

from dictation.config import RecognizerOptions
from dictation.engine.audio import SoundDeviceSource
from dictation.engine.recognizer import WhisperDecoder
from dictation.engine.session import run_session
from dictation.engine.streaming import StreamingRecognizer
from dictation.events import Committed, Finished, Level, Partial

from .textcompare import wer

pytestmark = [pytest.mark.slow, pytest.mark.audio]


def test_dictation_from_virtual_microphone(virtual_mic, whisper, shared_speech):
    """A German recording played into the virtual microphone is transcribed live."""
    folder = shared_speech / "de" / "thorsten"
    name = "ds_125b660d37dc16ec21d28eac29e80bcb.wav"
    reference = "Der Betrag ist an das Konto mit der unten stehenden Nummer zu entrichten."
    recognizer = StreamingRecognizer(WhisperDecoder(whisper, RecognizerOptions()))
    events: list = []
    stop = threading.Event()
    session = threading.Thread(
        target=run_session, args=(SoundDeviceSource(), recognizer, events.append, stop)
    )
    session.start()
    try:
        player = virtual_mic.play(folder / name)
        player.wait(timeout=30)
        # wait for the pause after the speech to commit it
        for _ in range(100):
            if any(isinstance(e, Committed) for e in events):
                break
            threading.Event().wait(0.1)
    finally:
        stop.set()
        session.join(timeout=30)
    assert isinstance(events[-1], Finished)
    assert any(isinstance(e, Level) and e.speech for e in events)
    assert any(isinstance(e, Partial) for e in events)
    text = " ".join(e.text for e in events if isinstance(e, Committed))
    # re-recorded audio can differ from the file by a word
    assert wer(reference, text) < 0.25, text
    commit = next(e for e in events if isinstance(e, Committed))
    assert commit.emitted_at - commit.audio_end < 3.0
