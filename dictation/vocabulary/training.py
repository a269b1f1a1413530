""""Begriff trainieren": learn how the recogniser mishears a term and keep those forms as
spoken variants, so the text pipeline corrects them.

A term is spoken (by the user into the microphone, or by a speech synthesiser installed on
the machine), decoded without any bias as in ordinary dictation, and what Whisper wrote
instead of the term ("Weiterbwilligungsantrag", "Job Kenter", "Benzheim") becomes a spoken
variant of the entry, unless the text pipeline already corrects it, it is a common word, or it
is too far from the term to be a mishearing of it.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz

from dictation.config import RecognizerOptions
from dictation.engine.recognizer import WhisperDecoder
from dictation.text.termcorrect import TextPipeline
from dictation.text.words import frequent_words, lowercase_words
from dictation.text.words import letters as _letters
from dictation.vocabulary.lists import Entry, VocabularyList

log = logging.getLogger("dictation")

_TRAILING = re.compile(r"^[\W_]+|[\W_]+$")
#: The term is spoken inside a sentence, as in dictation (alone, Whisper hears far worse:
#: "Walte mich lieber" for "Wald-Michelbach"); what it wrote between the anchors is the term.
CARRIER = "Im Vermerk steht {term} und so weiter."
_BETWEEN_ANCHORS = re.compile(r"\bsteht,?\s+(.+?)[,.]?\s+und so weiter", re.IGNORECASE)
_SPELT = re.compile(r"^(?:[A-ZÄÖÜ] )+[A-ZÄÖÜ]$")  # "A V G S": how an abbreviation is said
#: A heard form must be at least this similar to the term (rapidfuzz ratio on letters) to be a
#: mishearing of it and not something else Whisper made up.
MIN_SIMILARITY = 60.0


@dataclass(frozen=True)
class Voice:
    """A speech synthesiser voice installed on this machine."""

    name: str  # "mb-de5", "pico", "de"
    command: tuple[str, ...]  # with "{wav}" and "{text}" placeholders


def installed_voices() -> list[Voice]:
    """German voices of espeak-ng (with MBROLA where installed) and SVOX Pico."""
    voices: list[Voice] = []
    espeak = shutil.which("espeak-ng")
    if espeak:
        mbrola = Path("/usr/share/mbrola")
        for n in range(1, 9):
            if (mbrola / f"de{n}").exists():
                voices.append(Voice(f"mb-de{n}", (espeak, "-v", f"mb-de{n}", "-s", "150",
                                                   "-w", "{wav}", "{text}")))
        if not voices:
            voices.append(Voice("de", (espeak, "-v", "de", "-s", "150", "-w", "{wav}", "{text}")))
    pico = shutil.which("pico2wave")
    if pico:
        voices.append(Voice("pico", (pico, "-l", "de-DE", "-w", "{wav}", "{text}")))
    return voices


def synthesize(text: str, voice: Voice) -> np.ndarray:
    """16 kHz mono samples of ``text`` spoken by ``voice``."""
    from faster_whisper.audio import decode_audio

    with tempfile.TemporaryDirectory(prefix="diktat-voice-") as folder:
        wav = os.path.join(folder, "term.wav")
        command = [part.replace("{wav}", wav).replace("{text}", text) for part in voice.command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)
        return decode_audio(wav, sampling_rate=16000)


class TermTrainer:
    """Decodes spoken terms without bias and turns what Whisper heard into spoken variants."""

    def __init__(self, model, entries: Sequence[Entry], language: str = "de") -> None:
        self.decoder = WhisperDecoder(model, RecognizerOptions(language=language, bias_terms=()))
        self.pipeline = TextPipeline(entries)
        self.entries = list(entries)
        self._frequent = frequent_words()
        self._common = self._frequent | lowercase_words()
        self._terms = {_letters(e.term) for e in entries}

    def heard(self, audio: np.ndarray) -> list[str]:
        """What Whisper writes for the term in ``audio`` (spoken in :data:`CARRIER`): from the
        beam and the greedy hypothesis; nothing where the carrier was not understood."""
        out: list[str] = []
        for beam in (5, 1):
            m = _BETWEEN_ANCHORS.search(self.decoder.decode(audio, beam_size=beam).text)
            text = _TRAILING.sub("", m.group(1)) if m else ""
            if text and text not in out:
                out.append(text)
        return out

    def variants(self, entry: Entry, heard: Iterable[str]) -> list[str]:
        """The heard forms worth keeping as spoken variants of ``entry``."""
        own = _letters(entry.term)
        known = {_letters(v) for v in entry.spoken} | {own}
        keep: list[str] = []
        for text in heard:
            letters = _letters(text)
            if not letters or letters in known or letters in self._terms:
                continue  # right, already listed, or another term
            words = text.split()
            if all(w.lower() in self._frequent for w in words):
                continue  # "Die Bürger", "im Feld": common words must stay as they are
            if len(words) > 1 and not words[-1][:1].isupper():
                continue  # "bald mich rüber": a phrase, not a misheard name or noun
            if len(letters) <= 3:
                continue  # "SGB" heard for "SGG", "EDV" for "EGV": other abbreviations
            if ordinary_phrase(words, entry.term, self._common):
                continue  # "die Akte" for "E-Akte": would turn every "die Akte" into the term
            if _inflected(letters, own):
                continue  # "kaltmieten": the plural, which the pipeline writes as such
            if fuzz.ratio(letters, own) < MIN_SIMILARITY:
                continue  # not a mishearing of this term
            if self.pipeline.correct_terms(text)[0] == entry.term:
                continue  # the pipeline corrects it already
            known.add(letters)
            keep.append(text)
        return keep

    def train(self, entry: Entry, clips: Iterable[np.ndarray]) -> Entry:
        """``entry`` with what Whisper heard in ``clips`` added to its spoken variants (and
        marked as learned)."""
        heard: list[str] = []
        for clip in clips:
            heard += self.heard(clip)
        new = self.variants(entry, heard)
        if new:
            log.info("term training: %d new variants", len(new))
        if not new:
            return entry
        return replace(entry, spoken=(*entry.spoken, *new), learned=(*entry.learned, *new))


_ENDINGS = ("ern", "en", "er", "es", "e", "n", "s")


def _inflected(letters: str, own: str) -> bool:
    """One of the two letter strings is the other plus a German ending: a plural or case
    form of the term ("Regelbedarfsstufen", "Berufsausbildungsbeihilfen"). As a variant it
    would turn the inflected word into the bare term; the text pipeline already writes such
    forms with their ending."""
    longer, shorter = (letters, own) if len(letters) > len(own) else (own, letters)
    return longer.startswith(shorter) and longer[len(shorter):] in _ENDINGS


def ordinary_phrase(words: Sequence[str], term: str, common: frozenset[str]) -> bool:
    """Common words, then the end of a one-word term: a phrase written in ordinary notes
    ("die Akte" for "E-Akte", "mit Kaution" for "Mietkaution", "außerhalb der Energie" for
    "Haushaltsenergie"), not a mishearing to correct wherever it appears. (For a term of
    several words the same last word means the words before it were misheard: "mir bedarf,
    für Alleinerziehende".)"""
    if (len(words) < 2 or " " in term.strip()
            or not all(_letters(w) in common for w in words[:-1])):
        return False
    term_letters = _letters(term)
    last = _letters(words[-1])
    stems = [last] + [last[:-len(end)] for end in ("en", "n", "e", "s") if last.endswith(end)]
    return any(stem and term_letters.endswith(stem) for stem in stems)


def spoken_forms(entry: Entry) -> list[str]:
    """What to have the synthesiser say for ``entry``: the term, and the letter-by-letter
    forms of an abbreviation ("A V G S")."""
    return [entry.term, *(v for v in entry.spoken if _SPELT.match(v))]


def train_list(
    trainer: TermTrainer,
    vocabulary: VocabularyList,
    voices: Sequence[Voice],
    terms: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[VocabularyList, int]:
    """``vocabulary`` with learned variants for ``terms`` (default: all), each term spoken by
    every voice; and how many variants were added."""
    wanted = set(terms) if terms is not None else None
    entries = list(vocabulary.entries)
    todo = [i for i, e in enumerate(entries) if wanted is None or e.term in wanted]
    added = 0
    for done, i in enumerate(todo, start=1):
        entry = entries[i]
        clips = []
        for said in spoken_forms(entry):
            for voice in voices:
                try:
                    clips.append(synthesize(CARRIER.format(term=said), voice))
                except (OSError, subprocess.SubprocessError) as err:
                    log.warning("voice %s failed: %s", voice.name, err)
        trained = trainer.train(entry, clips)
        added += len(trained.spoken) - len(entry.spoken)
        entries[i] = trained
        if progress:
            progress(done, len(todo))
    return replace(vocabulary, entries=entries), added


__all__ = ["CARRIER", "MIN_SIMILARITY", "TermTrainer", "Voice", "installed_voices",
           "ordinary_phrase", "spoken_forms", "synthesize", "train_list"]
