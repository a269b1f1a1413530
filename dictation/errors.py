"""Typed errors of the core. Each carries a user-facing message (German by default, English
when ``DIKTAT_LANG``/``LANG`` asks for it) that says what happened and what to do."""

from __future__ import annotations

from dictation.i18n import tr


class DictationError(Exception):
    """Base class: ``str(err)`` is the user message; ``detail`` is for logs and --verbose."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class ModelNotFound(DictationError):
    """No usable Whisper model where we looked."""


class ModelCorrupt(DictationError):
    """A model was found but its files are damaged or incomplete."""


class AudioError(DictationError):
    """Base for problems with audio input."""


class MicrophoneUnavailable(AudioError):
    """No input device, the chosen one does not exist, or it cannot be opened (busy)."""


class DeviceLost(AudioError):
    """The input device stopped delivering audio during a recording (unplugged)."""


class AudioFileError(AudioError):
    """An audio file is missing, unreadable or not audio.

    ``reason``: what is known to be wrong (not found, a folder, no permission…); without it
    the message asks whether the file is audio and complete, the usual cause when the
    decoder fails."""

    def __init__(self, path: str, detail: str = "", reason: str = "") -> None:
        if reason:
            message = tr("Die Audiodatei „{path}“ kann nicht gelesen werden: {reason}.",
                         "The audio file '{path}' cannot be read: {reason}.")
        else:
            message = tr(
                "Die Audiodatei „{path}“ kann nicht gelesen werden. Ist es eine Audiodatei "
                "(WAV, FLAC, MP3, OGG) und ist sie vollständig?",
                "The audio file '{path}' cannot be read. Is it an audio file "
                "(WAV, FLAC, MP3, OGG) and is it complete?",
            )
        super().__init__(message.format(path=path, reason=reason), detail)
        self.path = path
        self.reason = reason


class ExportFailed(DictationError):
    """A note could not be exported; nothing was written (an existing file is unchanged)."""


class DraftSaveError(DictationError):
    """A draft could not be written; the previous draft (if any) is unchanged."""


class HistoryError(DictationError):
    """The history file cannot be opened, read or written."""


class VocabularyFileError(DictationError):
    """A vocabulary file could not be written (or the shipped list is damaged)."""
