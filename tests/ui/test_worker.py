"""Tests of ui/worker.py: workers run off the UI thread, their lifecycle, the state machine."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal, Slot

from ui.worker import DictationController, State, start_worker

from .fakes import FakeEngine, FakeSource


class Probe(QObject):
    finished = Signal()  # emitted last

    def __init__(self, seen: list) -> None:
        super().__init__()
        self.seen = seen

    @Slot()
    def run(self) -> None:
        self.seen.append(threading.current_thread())
        self.finished.emit()


def test_worker_runs_in_its_own_thread(qtbot, qapp):
    """start_worker runs the worker off the UI thread; the thread ends by itself."""
    seen: list[threading.Thread] = []
    probe = Probe(seen)
    start_worker(probe, qapp)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0] is not threading.main_thread()


def test_controller_refuses_what_does_not_fit_the_state(qtbot):
    """No recording before the model is loaded; no file transcription while recording."""
    engine = FakeEngine()
    controller = DictationController(lambda progress: engine, lambda device: FakeSource())
    assert not controller.record()
    controller.load()
    qtbot.waitUntil(lambda: controller.state == State.READY, timeout=3000)
    assert controller.record()
    assert not controller.transcribe("x.wav")
    assert not controller.load()
    assert controller.stop()
    qtbot.waitUntil(lambda: controller.state == State.READY, timeout=3000)
    controller.shutdown()


def test_many_short_jobs_are_cleaned_up(qtbot):
    """Repeated loads and sessions leave no job behind (workers are released safely)."""
    engine = FakeEngine()
    controller = DictationController(lambda progress: engine, lambda device: FakeSource())
    for _ in range(15):
        assert controller.load()
        qtbot.waitUntil(lambda: controller.state == State.READY, timeout=3000)
        assert controller.record()
        assert controller.stop()
        qtbot.waitUntil(lambda: controller.state == State.READY, timeout=3000)
    qtbot.waitUntil(lambda: not controller._jobs, timeout=3000)
    controller.shutdown()
