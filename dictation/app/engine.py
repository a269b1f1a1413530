"""The engine: the loaded model with the active vocabulary, shared by all sessions and files.

:func:`load_engine` loads the configured model and vocabulary lists (slow: the desktop app
runs it in a worker thread). The organisation list may be on a share:
:func:`dictation.app.pipeline.load_engine_vocabulary` falls back to its last good local copy
when the share is unreachable or the file there is unusable. :meth:`Engine.new_recognizer`
builds the streaming recogniser for one note, biased towards the note's subject and the terms
already used in it; :meth:`Engine.transcribe` does an audio file.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path

import numpy as np

from dictation.app.pipeline import (
    NoteText,
    load_engine_vocabulary,
    model_bias_terms,
    transcribe_segments,
    utterance_bias,
)
from dictation.config import SAMPLE_RATE, PipelineOptions, RecognizerOptions
from dictation.engine.audio import AudioSource, SoundDeviceSource
from dictation.settings import Settings
from dictation.text.bias import term_values
from dictation.text.termcorrect import TextPipeline

log = logging.getLogger("diktat.ui")  # as when it lived in ui/worker.py

#: Called with (bytes done, total) while the bundled model is assembled.
LoadProgress = Callable[[int, int], None]


class Engine:
    """The loaded model with the active vocabulary: shared by all sessions and file jobs.

    Args:
      loaded: The model as :func:`dictation.engine.models.load_model` returned it.
      vocabulary: The merged vocabulary (``None``: none).
      options: Recognition options; bias terms are filled in from the vocabulary.
      problems: Messages about vocabulary lists that could not be read, for the user.
      warnings: Messages about lists that are used, but not as wanted (e.g. the organisation
        list from its local copy because the share is unreachable): shown in the status bar.
    """

    def __init__(self, loaded, vocabulary=None, options: PipelineOptions | None = None,
                 problems: tuple[str, ...] = (), warnings: tuple[str, ...] = ()) -> None:
        options = options or PipelineOptions()
        self.loaded = loaded
        self.vocabulary = vocabulary
        self.problems = problems
        self.warnings = warnings
        self.options = replace(options, recognizer=replace(options.recognizer,
                                                          bias_terms=self._bias_terms()))

    @property
    def name(self) -> str:
        """Model name for the status bar."""
        return self.loaded.candidate.name

    @property
    def device(self) -> str:
        """"cpu" or "cuda"."""
        return self.loaded.device

    @property
    def notice(self) -> str:
        """A message for the user about the device fallback, or ""."""
        return self.loaded.notice

    def note_text(self) -> NoteText:
        """A fresh document for this vocabulary, with the text pipeline that votes between
        hypotheses (built in :meth:`warm_up`): the UI thread calls this, and building the
        index of a 5,000-entry list takes ~140 ms. Sharing is safe: the vote changes nothing but
        a cache of pure results (a dict, each step atomic under the GIL)."""
        return NoteText(self.vocabulary, pipeline=self._term_counter)

    @property
    def keep_capitalized(self) -> tuple[str, ...]:
        """Vocabulary terms, whose first word is never lower-cased."""
        return tuple(e.term for e in self.vocabulary.entries) if self.vocabulary else ()

    def _bias_terms(self, subject: str = "", recent: Sequence[str] = ()) -> tuple[str, ...]:
        return model_bias_terms(self.vocabulary, self.loaded.model, subject=subject, recent=recent,
                                values=self._term_values)

    @cached_property
    def _term_values(self) -> dict[str, float]:
        """How useful each term is in the prompt, apart from the note: computed once (the
        loading thread), not at every F9 on the UI thread (~110 ms for 5,000 entries)."""
        return term_values(self.vocabulary.entries if self.vocabulary is not None else [])

    @cached_property
    def _spotter(self):
        """The per-utterance term spotter of every recogniser, built once (in :meth:`warm_up`)."""
        from dictation.engine.termbias import TermSpotter

        return TermSpotter(self.vocabulary.entries if self.vocabulary is not None else [])

    def new_recognizer(self, subject: str = "", recent: Sequence[str] = ()):
        """A streaming recogniser on the shared model (one per dictated note), biased towards
        the terms of the note's subject and those already used in it."""
        from dictation.engine.recognizer import WhisperDecoder
        from dictation.engine.streaming import StreamingRecognizer

        opts = self.options.recognizer
        if subject or recent:
            opts = replace(opts, bias_terms=self._bias_terms(subject, recent))
        bias = utterance_bias(self.vocabulary, self.loaded.model, opts.bias_terms,
                              self._term_counter, self._spotter)
        return StreamingRecognizer(WhisperDecoder(self.loaded.model, opts, utterance_bias=bias),
                                   self.options.vad, self.options.streaming)

    @cached_property
    def _term_counter(self) -> TextPipeline:
        """The text pipeline whose term count votes between the hypotheses of every
        recogniser: built once (in :meth:`warm_up`, on the loading thread), not per note."""
        return TextPipeline(self.vocabulary.entries if self.vocabulary is not None else [])

    def warm_up(self) -> None:
        """Run a recogniser once on a second of faint noise, in the loading thread, so the
        first F9 does not load the VAD model on the UI thread and the decoder's first run is
        not paid while the user speaks (issue 10)."""
        recognizer = self.new_recognizer()
        noise = np.random.default_rng(0).normal(0.0, 1e-3, SAMPLE_RATE).astype(np.float32)
        recognizer.vad.process(noise)
        hypothesis = recognizer.decoder.decode(noise, beam_size=1)
        recognizer.decoder.decode(noise, beam_size=self.options.recognizer.beam_size,
                                  hint=hypothesis.text or "Jobcenter")

    def transcribe(self, path: str | Path, progress: Callable[[float, float], None]) -> list[str]:
        """The segments of an audio file (raw Whisper text, for the text pipeline)."""
        transcript = transcribe_segments(self.loaded.model, path, self.options.recognizer,
                                         self.vocabulary, progress,
                                         text_pipeline=self._term_counter,
                                         spotter=self._spotter)
        return [s.text for s in transcript.segments if s.text]


def load_engine(settings: Settings, progress: LoadProgress | None = None) -> Engine:
    """Load the configured model and vocabulary (slow: run it in a worker)."""
    from dictation.config import ModelOptions
    from dictation.engine.models import load_model

    options = PipelineOptions(
        model=ModelOptions(path=settings.model_path, name=settings.model_name),
        recognizer=RecognizerOptions(language=settings.language or "de"),
    )
    lists = load_engine_vocabulary(settings)
    loaded = load_model(options.model, settings, progress=progress)
    log.info("model %s loaded on %s in %.2f s", loaded.candidate.name, loaded.device,
             loaded.load_seconds)
    engine = Engine(loaded, lists.vocabulary, options, lists.problems, lists.warnings)
    started = time.monotonic()
    try:
        engine.warm_up()
    except Exception:  # noqa: BLE001 - a failed warm-up costs speed, never the dictation
        log.warning("warming up the recogniser failed", exc_info=True)
    else:
        log.info("recogniser warmed up in %.2f s", time.monotonic() - started)
    return engine


def microphone_source(device: int | str | None) -> AudioSource:
    """The microphone ``device`` (index, name or None = default) as an audio source."""
    return SoundDeviceSource(device)


__all__ = ["Engine", "LoadProgress", "load_engine", "microphone_source"]
