"""Stand-ins for the model and the microphone, shared by the tests and the screenshot script."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable

import numpy as np

from dictation.app.pipeline import NoteText
from dictation.engine.audio import AudioSource, InputDevice
from dictation.events import Committed, Event

MICROPHONE = InputDevice(3, "USB-Headset", 1, 48000.0, "ALSA", is_default=True)


class FakeSource(AudioSource):
    """A microphone that delivers silent blocks until it is stopped."""

    def __init__(self) -> None:
        self._stopped = threading.Event()
        self.started = threading.Event()
        self.closed = False

    @property
    def realtime(self) -> bool:
        return True

    @property
    def description(self) -> str:
        return "fake"

    def start(self) -> None:
        self.started.set()

    def read(self, timeout: float = 0.5):
        if self._stopped.is_set():
            return None
        if timeout <= 0:
            return np.zeros(0, np.float32)
        self._stopped.wait(min(timeout, 0.02))
        return np.zeros(320, np.float32)

    def stop(self) -> None:
        self._stopped.set()

    def close(self) -> None:
        self.closed = True
        self.stop()


class FakeRecognizer:
    """Returns the events a test puts into :attr:`script`; ``finish`` commits :attr:`pending`."""

    def __init__(self) -> None:
        self.script: queue.Queue[Event] = queue.Queue()
        self.pending = ""
        self.text = ""
        self.audio_seconds = 0.0
        self.fed = 0

    def feed(self, audio) -> list[Event]:
        self.fed += 1
        events = []
        while True:
            try:
                events.append(self.script.get_nowait())
            except queue.Empty:
                return events

    def finish(self) -> list[Event]:
        if not self.pending:
            return []
        event = Committed(self.pending, 0.0, 1.0)
        self.pending = ""
        return [event]


class FakeEngine:
    """Engine stand-in: no model, scripted recognisers and transcriptions."""

    name = "fake-base"
    device = "cpu"
    notice = ""
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    keep_capitalized: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.recognizers: list[FakeRecognizer] = []
        self.bias_requests: list[tuple[str, tuple[str, ...]]] = []
        self.segments = ["Erster Abschnitt der Datei.", "Zweiter Abschnitt."]
        self.transcribe_delay_s = 0.0
        self.transcribe_steps = 4
        self.progress_calls = 0
        self.transcribe_error: Exception | None = None  # raised instead of a transcript

    def note_text(self) -> NoteText:
        return NoteText(None)

    def new_recognizer(self, subject: str = "", recent=()) -> FakeRecognizer:
        self.bias_requests.append((subject, tuple(recent)))
        recognizer = FakeRecognizer()
        self.recognizers.append(recognizer)
        return recognizer

    def transcribe(self, path, progress: Callable[[float, float], None]) -> list[str]:
        if self.transcribe_error is not None:
            time.sleep(self.transcribe_delay_s)
            raise self.transcribe_error
        for step in range(self.transcribe_steps):
            time.sleep(self.transcribe_delay_s)
            self.progress_calls += 1
            progress(float(step), float(self.transcribe_steps))
        progress(float(self.transcribe_steps), float(self.transcribe_steps))
        return list(self.segments)


