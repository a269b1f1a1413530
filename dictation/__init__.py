"""Diktat core: offline German dictation with Whisper. Never imports Qt."""

__version__ = "0.1.0"
