"""Fuzzy comparison of recognised text with a reference (Whisper may differ by a word)."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein


def words(text: str) -> list[str]:
    text = re.sub(r"[-‐–—/]", " ", text.lower())
    return re.sub(r"[^\w\s]", "", text).split()


def wer(reference: str, hypothesis: str) -> float:
    ref = words(reference)
    return Levenshtein.distance(ref, words(hypothesis)) / max(1, len(ref))
