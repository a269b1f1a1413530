"""Word error rate: the one implementation for the self-test, the tests and the benchmarks.

Each caller chooses how text is cut into words (``words``): the self-test and the tests
compare case- and punctuation-insensitively, the benchmarks normalise more (number
separators, quotes). The alignment and the counting are the same for all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Coverage", "WerResult", "plain_words", "sentence_coverage", "word_error_rate",
           "word_errors"]

Words = Callable[[str], list[str]]


def plain_words(text: str) -> list[str]:
    """Case-folded words; dashes and slashes separate words, other punctuation is dropped
    (§ is kept: it is a word in a case note)."""
    text = re.sub(r"[-‐–—/]", " ", text.casefold())
    return re.sub(r"[^\w\s§]", "", text).split()


@dataclass
class WerResult:
    """Corpus-level WER: sum of word edits / sum of reference words."""

    errors: int = 0
    ref_words: int = 0
    substitutions: int = 0
    deletions: int = 0
    insertions: int = 0

    @property
    def wer(self) -> float:
        return self.errors / self.ref_words if self.ref_words else float("nan")

    @property
    def percent(self) -> float:
        return 100.0 * self.wer

    def __str__(self) -> str:
        return (
            f"{self.percent:5.1f} % ({self.errors}/{self.ref_words}: "
            f"S{self.substitutions} D{self.deletions} I{self.insertions})"
        )


def word_errors(references: Sequence[str], hypotheses: Sequence[str],
                words: Words = plain_words) -> WerResult:
    """Corpus-level word errors over pairs (reference, hypothesis), each cut by ``words``."""
    from rapidfuzz.distance import Levenshtein

    if len(references) != len(hypotheses):
        raise ValueError("references and hypotheses differ in number")
    result = WerResult()
    for ref, hyp in zip(references, hypotheses):
        r, h = words(ref), words(hyp)
        result.ref_words += len(r)
        result.errors += Levenshtein.distance(r, h)
        for op in Levenshtein.editops(r, h):
            if op.tag == "replace":
                result.substitutions += 1
            elif op.tag == "delete":
                result.deletions += 1
            elif op.tag == "insert":
                result.insertions += 1
    return result


def word_error_rate(reference: str, hypothesis: str, words: Words = plain_words) -> float:
    """Word-level edit distance over the reference's length (at least 1 word)."""
    from rapidfuzz.distance import Levenshtein

    ref = words(reference)
    return Levenshtein.distance(ref, words(hypothesis)) / max(1, len(ref))


@dataclass(frozen=True)
class Coverage:
    """How much of one reference sentence a long text holds (:func:`sentence_coverage`)."""

    words: int  # words of the sentence
    found: int  # aligned to the same word of the text
    heard: int  # aligned to another word: misheard, not skipped

    def skipped(self, share: float) -> bool:
        """Fewer than ``share`` of its words have any word of the text in their place."""
        return self.found + self.heard < share * self.words

    def misheard(self, share: float) -> bool:
        """Not skipped, but fewer than ``share`` of its words are found."""
        return self.found < share * self.words <= self.found + self.heard


def sentence_coverage(references: Sequence[str], text: str,
                      words: Words = plain_words) -> list[Coverage]:
    """Each reference sentence's words in ``text``, the whole text aligned word by word to all
    references joined: Whisper's segment times are no basis, its segments often span two
    sentences. A replaced run counts its first words as heard, as many as took their place."""
    from rapidfuzz.distance import Levenshtein

    owner = [i for i, ref in enumerate(references) for _ in words(ref)]
    ref_words = [w for ref in references for w in words(ref)]
    found, heard = [0] * len(references), [0] * len(references)
    for block in Levenshtein.opcodes(ref_words, words(text)):
        n = block.src_end - block.src_start
        if block.tag == "replace":
            n = min(n, block.dest_end - block.dest_start)
        elif block.tag != "equal":
            continue
        for k in range(block.src_start, block.src_start + n):
            (found if block.tag == "equal" else heard)[owner[k]] += 1
    return [Coverage(len(words(ref)), f, h) for ref, f, h in zip(references, found, heard)]
