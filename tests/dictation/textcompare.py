"""Fuzzy comparison of recognised text with a reference (Whisper may differ by a word)."""

from __future__ import annotations

import re

from dictation.text.wer import word_error_rate


def words(text: str) -> list[str]:
    text = re.sub(r"[-‐–—/]", " ", text.lower())
    return re.sub(r"[^\w\s]", "", text).split()


def wer(reference: str, hypothesis: str) -> float:
    """:func:`dictation.text.wer.word_error_rate` with these words (§ dropped)."""
    return word_error_rate(reference, hypothesis, words)
