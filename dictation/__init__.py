"""Diktat core: offline German dictation with Whisper. Never imports Qt.

The packages show the architecture, from the bottom up:

* ``config``, ``events``, ``errors``, ``fileio``, ``i18n``, ``settings``: options (frozen
  dataclasses), the recogniser's events, typed errors, the one atomic writer, the language of
  messages, settings files (machine policy over user settings).
* ``engine/``: the recogniser. Audio sources (``audio``), voice activity (``vad``), one phrase
  from the microphone (``take``), Whisper decoding (``recognizer``), live streaming
  (``streaming``, ``session``), files (``transcribe``, ``refine``), models (``models``),
  per-utterance term bias (``termbias``).
* ``text/``: the text rules, pure functions. German word data (``words``), spoken commands
  (``commands``), numbers (``numbers``), term correction and the text pipeline
  (``termcorrect``), decoding-bias ranking (``bias``), the document that joins utterances
  (``document``), word error rate (``wer``).
* ``vocabulary/``: word lists (``lists``: layers, files, CSV), publishing to shares
  (``publishing``), recall tests on recordings (``recall``), term training (``training``),
  correction suggestions (``suggestions``).
* ``notes/``: case notes (``casenote``), drafts, history, exporters, kept recordings.
* ``app/``: the application layer the desktop app drives: the engine (model + vocabulary +
  bias, ``engine``), the note under work (``note``), the vocabulary workspace of the editor
  (``workspace``), and the glue from committed utterances to a note that CLI and app share
  (``pipeline``).
* ``cli``, ``selftest``: the command line and the installation self-test.

The desktop app (``ui/``) imports only the names exported here (``from dictation import
Note``); they are loaded on first use, so ``import dictation`` stays cheap for the command line.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: Public name -> the module that defines it.
_EXPORTS: dict[str, str] = {
    # options, events, errors, settings, files
    "RecognizerOptions": "dictation.config",
    "Committed": "dictation.events",
    "Event": "dictation.events",
    "Failed": "dictation.events",
    "Finished": "dictation.events",
    "Level": "dictation.events",
    "Partial": "dictation.events",
    "DictationError": "dictation.errors",
    "Key": "dictation.settings",
    "Settings": "dictation.settings",
    "load_settings": "dictation.settings",
    "save_user_settings": "dictation.settings",
    "chmod_private": "dictation.fileio",
    "make_private_dir": "dictation.fileio",
    # engine
    "AudioSource": "dictation.engine.audio",
    "InputDevice": "dictation.engine.audio",
    "level_db": "dictation.engine.audio",
    "list_input_devices": "dictation.engine.audio",
    "LoadedModel": "dictation.engine.models",
    "run_session": "dictation.engine.session",
    "transcribe_file": "dictation.engine.transcribe",
    # text
    "DeleteLastUtterance": "dictation.text.commands",
    "InsertPunctuation": "dictation.text.commands",
    "Op": "dictation.text.commands",
    "Correction": "dictation.text.termcorrect",
    "TextPipeline": "dictation.text.termcorrect",
    "select_bias_terms": "dictation.text.bias",
    "DictatedRanges": "dictation.text.utterances",
    # vocabulary
    "Entry": "dictation.vocabulary.lists",
    "Layer": "dictation.vocabulary.lists",
    "LoadResult": "dictation.vocabulary.lists",
    "Vocabulary": "dictation.vocabulary.lists",
    "VocabularyFileError": "dictation.vocabulary.lists",
    "VocabularyList": "dictation.vocabulary.lists",
    "default_list": "dictation.vocabulary.lists",
    "export_csv": "dictation.vocabulary.lists",
    "import_csv": "dictation.vocabulary.lists",
    "load_list": "dictation.vocabulary.lists",
    "merge": "dictation.vocabulary.lists",
    "save_list": "dictation.vocabulary.lists",
    "spoken_key": "dictation.vocabulary.lists",
    "Fingerprint": "dictation.vocabulary.publishing",
    "MergeResult": "dictation.vocabulary.publishing",
    "PublishResult": "dictation.vocabulary.publishing",
    "PublishStatus": "dictation.vocabulary.publishing",
    "SavedBy": "dictation.vocabulary.publishing",
    "fingerprint": "dictation.vocabulary.publishing",
    "load_shared": "dictation.vocabulary.publishing",
    "merge_edits": "dictation.vocabulary.publishing",
    "publish": "dictation.vocabulary.publishing",
    "save_local": "dictation.vocabulary.publishing",
    "AUDIO_SUFFIXES": "dictation.vocabulary.recall",
    "RecallItem": "dictation.vocabulary.recall",
    "RecallReport": "dictation.vocabulary.recall",
    "Recording": "dictation.vocabulary.recall",
    "evaluate_recordings": "dictation.vocabulary.recall",
    "find_recordings": "dictation.vocabulary.recall",
    "summarize": "dictation.vocabulary.recall",
    "Take": "dictation.vocabulary.training",
    "TermTrainer": "dictation.vocabulary.training",
    "TermTraining": "dictation.vocabulary.training",
    "Verdict": "dictation.vocabulary.training",
    "Voice": "dictation.vocabulary.training",
    "carrier_sentences": "dictation.vocabulary.training",
    "installed_voices": "dictation.vocabulary.training",
    "learn": "dictation.vocabulary.training",
    "record_take": "dictation.engine.take",
    "CollectedSuggestion": "dictation.vocabulary.suggestions",
    "Suggestion": "dictation.vocabulary.suggestions",
    "approve": "dictation.vocabulary.suggestions",
    "collect_suggestions": "dictation.vocabulary.suggestions",
    "reject": "dictation.vocabulary.suggestions",
    # notes
    "SUBJECTS": "dictation.notes.casenote",
    "CaseNote": "dictation.notes.casenote",
    "default_author": "dictation.notes.casenote",
    "DraftStore": "dictation.notes.drafts",
    "note_as_plain_text": "dictation.notes.exporters",
    "HistoryError": "dictation.notes.history",
    "HistoryStore": "dictation.notes.history",
    "AudioRecorder": "dictation.notes.recording",
    # application layer
    "Engine": "dictation.app.engine",
    "LoadProgress": "dictation.app.engine",
    "load_engine": "dictation.app.engine",
    "microphone_source": "dictation.app.engine",
    "DraftSave": "dictation.app.note",
    "Note": "dictation.app.note",
    "NoteView": "dictation.app.note",
    "LayerState": "dictation.app.workspace",
    "ReadOnly": "dictation.app.workspace",
    "VocabularyWorkspace": "dictation.app.workspace",
    "WorkspaceView": "dictation.app.workspace",
    "NoteText": "dictation.app.pipeline",
    "VocabularyLoad": "dictation.app.pipeline",
    "conflict_message": "dictation.app.pipeline",
    "default_personal_list": "dictation.app.pipeline",
    "load_engine_vocabulary": "dictation.app.pipeline",
    "organisation_copy_folder": "dictation.app.pipeline",
}

__all__ = ["__version__", *sorted(_EXPORTS)]


def __getattr__(name: str) -> Any:
    """Load an exported name from its module on first use (PEP 562)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'dictation' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})

