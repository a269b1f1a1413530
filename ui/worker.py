"""The bridge between the Qt-free core and the window: workers in threads and the dictation state.

Nothing slow runs on the UI thread. Each piece of background work is a ``QObject`` worker moved
to its own ``QThread``; :func:`start_worker` wires the whole lifecycle in one place, as mu's
``splash_context`` does. Results and dictation events travel back as queued signals
(``Signal(object)``), so slots run on the UI thread. The stop button only sets a
``threading.Event`` that ``run_session`` checks.

* :class:`LoadWorker` loads the model and the vocabulary once at start
  (:func:`dictation.load_engine`, which returns the Qt-free :class:`dictation.Engine`).
* :class:`SessionWorker` runs one dictation session (``run_session``).
* :class:`TranscribeWorker` transcribes an audio file, cancellable from its progress callback.
* :class:`DictationController` is the state machine the window drives: record, pause, stop.
"""

from __future__ import annotations

import enum
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from dictation import (
    AudioRecorder,
    AudioSource,
    DictationError,
    Engine,
    Event,
    Failed,
    Finished,
    LoadProgress,
    microphone_source,
    run_session,
)

log = logging.getLogger("diktat.ui")


class Cancelled(Exception):
    """The user cancelled a file transcription."""


# --- workers ------------------------------------------------------------------------------------


def start_worker(worker: QObject, parent: QObject) -> QThread:
    """Run ``worker.run()`` in a new ``QThread``; the whole lifecycle is wired here.

    The worker must have a ``finished`` signal that it emits last.
    """
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # quit is thread-safe; a direct connection also works while the UI thread waits for it
    worker.finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.finished.connect(worker.deleteLater)  # deleted in its own thread
    thread.finished.connect(thread.deleteLater)  # the thread object once it has stopped
    thread.start()
    return thread


class LoadWorker(QObject):
    """Loads the engine (model + vocabulary) once."""

    progress = Signal(int, int)  # bytes done, total: while the bundled model is assembled
    loaded = Signal(object)  # the Engine, when it is ready
    failed = Signal(str, str)  # message for the user, detail for the log
    finished = Signal()  # emitted last, success or not

    def __init__(self, load: Callable[[LoadProgress], Engine]) -> None:
        super().__init__()
        self._load = load

    @Slot()
    def run(self) -> None:
        try:
            engine = self._load(self.progress.emit)
        except DictationError as err:
            log.error("model could not be loaded: %s (%s)", err, err.detail)
            self.failed.emit(str(err), err.detail)
        except Exception as err:  # noqa: BLE001 - the window must learn about any failure
            log.exception("loading the model failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "Worker",
                    "Das Spracherkennungsmodell konnte nicht geladen werden. Einzelheiten "
                    "stehen in der Protokolldatei.",
                ),
                repr(err),
            )
        else:
            self.loaded.emit(engine)
        finally:
            self.finished.emit()


class SessionWorker(QObject):
    """Runs one dictation session: audio source → recogniser → events."""

    event = Signal(object)  # a dictation.events.Event, queued to the UI thread
    finished = Signal()  # emitted after the session's Finished event

    def __init__(self, source: AudioSource, recognizer, recording: Path | None = None) -> None:
        super().__init__()
        self._source = source
        self._recognizer = recognizer
        self._recording = recording  # where to keep the audio, if the user chose to
        self._stop = threading.Event()

    def stop(self) -> None:
        """Ask the session to end; it still commits what was being said. Any thread."""
        self._stop.set()

    @Slot()
    def run(self) -> None:
        try:
            recorder = AudioRecorder(self._recording) if self._recording is not None else None
            run_session(self._source, self._recognizer, emit=self.event.emit, stop=self._stop,
                        recorder=recorder)
        except Exception as err:  # noqa: BLE001 - run_session handles errors; this is a bug
            log.exception("dictation session crashed")
            message = QCoreApplication.translate(
                "Worker",
                "Die Aufnahme wurde unerwartet beendet. Der bisher erkannte Text bleibt erhalten.",
            )
            self.event.emit(Failed(message, repr(err)))
            self.event.emit(Finished(text="", audio_duration=0.0))
        finally:
            try:
                self._source.close()
            except Exception:  # noqa: BLE001 - releasing the device must not hide the result
                log.exception("closing the audio source failed")
            self.finished.emit()


class TranscribeWorker(QObject):
    """Transcribes one audio file; :meth:`cancel` stops it at the next progress report."""

    progress = Signal(float, float)  # seconds of audio done, total seconds
    done = Signal(object)  # list[str]: the segments' raw text
    failed = Signal(str, str)  # message for the user, detail for the log
    cancelled = Signal()  # the user cancelled; nothing is to be inserted
    finished = Signal()  # emitted last

    def __init__(self, engine: Engine, path: str | Path) -> None:
        super().__init__()
        self._engine = engine
        self._path = path
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Request cancellation (any thread)."""
        self._cancel.set()

    def _progress(self, done: float, total: float) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.progress.emit(done, total)

    @Slot()
    def run(self) -> None:
        try:
            if self._cancel.is_set():
                raise Cancelled()
            segments = self._engine.transcribe(self._path, self._progress)
            if self._cancel.is_set():
                raise Cancelled()
        except Cancelled:
            log.info("transcription of a file cancelled")
            self.cancelled.emit()
        except DictationError as err:
            log.warning("transcription failed: %s (%s)", err, err.detail)
            self.failed.emit(str(err), err.detail)
        except Exception as err:  # noqa: BLE001
            log.exception("transcription failed")
            self.failed.emit(
                QCoreApplication.translate(
                    "Worker",
                    "Die Audiodatei konnte nicht verschriftet werden. Einzelheiten stehen in "
                    "der Protokolldatei.",
                ),
                repr(err),
            )
        else:
            self.done.emit(segments)
        finally:
            self.finished.emit()


# --- the state machine --------------------------------------------------------------------------


class State(enum.Enum):
    """What the dictation part of the window is doing."""

    LOADING = "loading"  # the model is being loaded
    NO_MODEL = "no-model"  # loading failed: dictation is not possible
    READY = "ready"
    RECORDING = "recording"
    PAUSING = "pausing"  # pause requested; the session commits what was said
    PAUSED = "paused"
    STOPPING = "stopping"  # stop requested; the session commits what was said
    TRANSCRIBING = "transcribing"  # an audio file is being transcribed


@dataclass
class _Job:
    thread: QThread
    worker: QObject


class DictationController(QObject):
    """Record / pause / stop, model loading and file transcription, off the UI thread.

    Pause ends the session (the microphone is released) but keeps the recogniser, so resuming
    continues with the same context; stop ends the session and the next recording starts a
    fresh recogniser. Both let the session commit what was being said.

    Args:
      load: Builds the engine (runs in a worker thread); see :func:`load_engine`.
      make_source: The audio source for a device (index, name or None); may raise
        ``DictationError`` (e.g. ``MicrophoneUnavailable``).
    """

    state_changed = Signal(object)  # the new State
    engine_loaded = Signal(object)  # the Engine, once loaded
    load_progress = Signal(int, int)  # bytes done/total while the model is assembled
    event = Signal(object)  # dictation events of the running session, on the UI thread
    error = Signal(str, str)  # message for the user, detail for the log
    transcribe_progress = Signal(float, float)  # seconds done, total seconds
    transcribed = Signal(object)  # list[str] of a finished file transcription
    transcribe_cancelled = Signal()  # the file transcription was cancelled

    def __init__(self, load: Callable[[LoadProgress], Engine],
                 make_source: Callable[[int | str | None], AudioSource] = microphone_source,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._make_source = make_source
        self.engine: Engine | None = None
        #: Called at each recording start: the file to keep the audio in, or None (default:
        #: no audio is kept). The window sets it from the ``audio.save`` setting.
        self.recording_path: Callable[[], Path | None] = lambda: None
        #: Called when a note's recogniser is made: (subject, terms already used) for the
        #: decoding bias. The window sets it from the case fields and the editor.
        self.bias_context: Callable[[], tuple[str, Sequence[str]]] = lambda: ("", ())
        self._state = State.LOADING
        self._recognizer = None
        self._session: _Job | None = None
        self._transcription: _Job | None = None
        self._loader: _Job | None = None
        # Every started job until its thread has finished: a worker has no parent, so its
        # Python reference must outlive the thread, or it would be deleted while running.
        self._jobs: list[_Job] = []

    @property
    def state(self) -> State:
        return self._state

    def _set_state(self, state: State) -> None:
        if state != self._state:
            log.info("state %s -> %s", self._state.value, state.value)
            self._state = state
            self.state_changed.emit(state)

    # -- model -------------------------------------------------------------------------------

    def load(self, load: Callable[[LoadProgress], Engine] | None = None) -> bool:
        """Load (or reload, e.g. after the settings changed) the engine in the background.

        False when busy (recording, transcribing or already loading)."""
        if self._state not in (State.LOADING, State.READY, State.NO_MODEL) or self._loader:
            return False
        if load is not None:
            self._load = load
        self._recognizer = None
        worker = LoadWorker(self._load)
        worker.progress.connect(self.load_progress)
        worker.loaded.connect(self._on_loaded)
        worker.failed.connect(self._on_load_failed)
        self._set_state(State.LOADING)
        self._loader = self._start(worker)
        return True

    @Slot(object)
    def _on_loaded(self, engine: Engine) -> None:
        self.engine = engine
        self._loader = None
        self.engine_loaded.emit(engine)
        self._set_state(State.READY)

    @Slot(str, str)
    def _on_load_failed(self, message: str, detail: str) -> None:
        self._loader = None
        self._set_state(State.NO_MODEL)
        self.error.emit(message, detail)

    # -- dictation ---------------------------------------------------------------------------

    def toggle(self, device: int | str | None = None) -> None:
        """F9: record, pause, or resume."""
        if self._state == State.RECORDING:
            self.pause()
        else:
            self.record(device)

    def record(self, device: int | str | None = None) -> bool:
        """Start (or resume) dictating from ``device``; False when not possible now."""
        if self._state not in (State.READY, State.PAUSED) or self.engine is None:
            return False
        try:
            source = self._make_source(device)
        except DictationError as err:
            self.error.emit(str(err), err.detail)
            return False
        if self._recognizer is None:
            subject, recent = self.bias_context()
            self._recognizer = self.engine.new_recognizer(subject, recent)
        worker = SessionWorker(source, self._recognizer, self.recording_path())
        worker.event.connect(self._forward_event)
        worker.finished.connect(self._on_session_finished)
        self._set_state(State.RECORDING)
        self._session = self._start(worker)
        return True

    def pause(self) -> bool:
        """Stop listening but keep the recogniser's context for :meth:`record`."""
        if self._state != State.RECORDING or self._session is None:
            return False
        self._set_state(State.PAUSING)
        self._session.worker.stop()
        return True

    def stop(self) -> bool:
        """End the dictation: what was being said is still committed."""
        if self._state == State.PAUSED:
            self._recognizer = None
            self._set_state(State.READY)
            return True
        if self._state not in (State.RECORDING, State.PAUSING) or self._session is None:
            return False
        self._set_state(State.STOPPING)
        self._session.worker.stop()
        return True

    @Slot(object)
    def _forward_event(self, event: Event) -> None:
        self.event.emit(event)

    @Slot()
    def _on_session_finished(self) -> None:
        self._session = None
        if self._state == State.PAUSING:
            self._set_state(State.PAUSED)
        else:  # stopped, or the source ended by itself (device lost, end of a file)
            if self._state == State.STOPPING:
                self._recognizer = None
            self._set_state(State.READY)

    # -- files -------------------------------------------------------------------------------

    def transcribe(self, path: str | Path) -> bool:
        """Transcribe an audio file in the background; False when not possible now."""
        if self._state != State.READY or self.engine is None:
            return False
        worker = TranscribeWorker(self.engine, path)
        worker.progress.connect(self.transcribe_progress)
        worker.done.connect(self.transcribed)
        worker.failed.connect(self.error)
        worker.cancelled.connect(self.transcribe_cancelled)
        worker.finished.connect(self._on_transcription_finished)
        self._set_state(State.TRANSCRIBING)
        self._transcription = self._start(worker)
        return True

    def cancel_transcription(self) -> None:
        """Cancel the file transcription; nothing of it will be inserted."""
        if self._transcription is not None:
            self._transcription.worker.cancel()

    @Slot()
    def _on_transcription_finished(self) -> None:
        self._transcription = None
        self._set_state(State.READY)

    # -- threads -----------------------------------------------------------------------------

    def _start(self, worker: QObject) -> _Job:
        thread = start_worker(worker, self)
        job = _Job(thread, worker)
        self._jobs.append(job)
        thread.finished.connect(self._reap)  # queued: runs here once the thread has ended
        return job

    @Slot()
    def _reap(self) -> None:
        """Drop the references to jobs whose thread has ended.

        ``finished`` is emitted before the thread deletes its worker (``deleteLater``), so
        wait for the thread to be completely done first: otherwise dropping the last Python
        reference here could delete the worker a second time, from this thread.
        """
        self._jobs = [job for job in self._jobs if not _thread_ended(job.thread)]

    def busy(self) -> bool:
        """True while any worker runs."""
        return any(job is not None for job in (self._session, self._transcription, self._loader))

    def shutdown(self, timeout_ms: int = 15000) -> None:
        """Stop the session and cancel the file job, and wait for the threads (app exit).

        The session's last commits are queued as events; process events afterwards to
        receive them.
        """
        if self._session is not None:
            self._session.worker.stop()
        if self._transcription is not None:
            self._transcription.worker.cancel()
        for job in list(self._jobs):
            try:
                if not job.thread.wait(timeout_ms):
                    log.warning("a worker thread did not end in time; leaving it")
                    job.thread.setParent(None)
            except RuntimeError:  # already deleted
                pass


def _thread_ended(thread: QThread) -> bool:
    """True (after waiting for the last clean-up) when ``thread`` has finished."""
    try:
        if not thread.isFinished():
            return False
        thread.wait()  # finishing: it still runs deferred deletes; this takes microseconds
        return True
    except RuntimeError:  # the QThread was already deleted (deleteLater)
        return True


__all__ = [
    "Cancelled",
    "DictationController",
    "LoadWorker",
    "SessionWorker",
    "State",
    "TranscribeWorker",
    "start_worker",
]
