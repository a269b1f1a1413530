"""Runs one dictation session: audio source → streaming recogniser → ``emit``.

The only loop in the core. It works the same for a microphone, a file replayed in real time
(both push audio at the speed of speech) and a file read as fast as possible.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable

import numpy as np

from dictation.engine.audio import AudioSource
from dictation.engine.streaming import StreamingRecognizer
from dictation.errors import AudioError, DictationError
from dictation.events import Event, Failed, Finished
from dictation.i18n import tr
from dictation.notes.recording import AudioRecorder

log = logging.getLogger("dictation")


def run_session(
    source: AudioSource,
    recognizer: StreamingRecognizer,
    emit: Callable[[Event], None],
    stop: threading.Event | None = None,
    clock: Callable[[], float] = time.monotonic,
    recorder: AudioRecorder | None = None,
) -> str:
    """Stream ``source`` through ``recognizer`` until it ends or ``stop`` is set.

    Every event carries ``emitted_at`` (seconds since the source started). Errors become a
    ``Failed`` event; audio captured before them is still transcribed. Returns the whole
    committed text, which is also in the final ``Finished`` event. With a ``recorder`` (the
    user chose to keep audio) every block is also written to its file.
    """
    stop = stop or threading.Event()
    started = clock()

    def send(event: Event) -> None:
        emit(dataclasses.replace(event, emitted_at=clock() - started))

    try:
        source.start()
        while not stop.is_set():
            block = source.read(timeout=0.1)
            if block is None:
                break
            exhausted = False
            if source.realtime:
                # Catch up in one feed after a slow decode: the recogniser then decodes once
                # for the newest audio instead of once per queued block.
                blocks = [block]
                while True:
                    more = source.read(timeout=0)
                    if more is None:
                        exhausted = True
                        break
                    if len(more) == 0:
                        break
                    blocks.append(more)
                block = np.concatenate(blocks) if len(blocks) > 1 else block
            if recorder is not None:
                recorder.write(block)
            for event in recognizer.feed(block):
                send(event)
            if exhausted:
                break
    except DictationError as err:  # DeviceLost, MicrophoneUnavailable, ModelCorrupt …
        if isinstance(err, AudioError):
            log.warning("audio: %s", err.detail or err)
        else:
            log.exception("dictation failed")
        send(Failed(message=str(err), detail=err.detail))
    except Exception as err:  # noqa: BLE001 - the session must end with what it has
        log.exception("unexpected error in dictation session")
        send(
            Failed(
                message=tr(
                    "Unerwarteter Fehler bei der Spracherkennung. Der bisher erkannte Text "
                    "bleibt erhalten. Einzelheiten stehen in der Protokolldatei.",
                    "Unexpected error in speech recognition. The text recognised so far is "
                    "kept. Details are in the log file.",
                ),
                detail=repr(err),
            )
        )
    finally:
        source.stop()
        if recorder is not None:
            recorder.close()
    for event in recognizer.finish():
        send(event)
    send(Finished(text=recognizer.text, audio_duration=recognizer.audio_seconds))
    return recognizer.text
