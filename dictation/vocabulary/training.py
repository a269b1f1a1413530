""""Begriff trainieren": learn how the recogniser mishears a term and keep those forms as
spoken variants, so the text pipeline corrects them.

A term is spoken (by the user into the microphone, or by a speech synthesiser installed on
the machine), decoded without any bias as in ordinary dictation, and what Whisper wrote
instead of the term ("Weiterbwilligungsantrag", "Job Kenter", "Benzheim") becomes a spoken
variant of the entry, unless the text pipeline already corrects it, it is a common word, or it
is too far from the term to be a mishearing of it.
"""

from __future__ import annotations

import enum
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
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


class Verdict(enum.Enum):
    """What a heard form of a term is, for "Begriff trainieren" (see
    :meth:`TermTrainer.verdict`)."""

    NEW = "new"  # a mishearing: learn it as a spoken variant
    RIGHT = "right"  # the term as written, or a variant already listed
    CORRECTED = "corrected"  # the text pipeline corrects it already
    OTHER_TERM = "other_term"  # another term of the lists
    COMMON = "common"  # ordinary words: as a variant it would change ordinary sentences
    SHORT = "short"  # three letters or fewer: another abbreviation
    INFLECTED = "inflected"  # the term with an ending, which the pipeline writes so
    FAR = "far"  # too unlike the term to be a mishearing of it


class TermTrainer:
    """Decodes spoken terms without bias and turns what Whisper heard into spoken variants."""

    def __init__(self, model, entries: Sequence[Entry], language: str = "de") -> None:
        self.decoder = WhisperDecoder(model, RecognizerOptions(language=language, bias_terms=()))
        self.pipeline = TextPipeline(entries)
        self.entries = list(entries)
        self._frequent = frequent_words()
        self._common = self._frequent | lowercase_words()
        # the letters of every term and spoken variant of the lists → its term
        self._owners: dict[str, str] = {}
        for entry in entries:
            self.remember(entry)

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

    def remember(self, entry: Entry) -> None:
        """Know ``entry``'s term and spoken forms (also ones learned during this run), so that
        no other entry learns them too."""
        self._owners.setdefault(_letters(entry.term), entry.term)
        for variant in entry.spoken:
            self._owners.setdefault(_letters(variant), entry.term)

    def owner(self, text: str) -> str | None:
        """The term whose written or spoken form ``text`` is (spaces, case and hyphens aside)."""
        return self._owners.get(_letters(text))

    def verdict(self, entry: Entry, text: str, known: set[str] | None = None) -> Verdict:
        """Whether the heard ``text`` is worth keeping as a spoken variant of ``entry``, and
        if not, why (shown to the supervisor). ``known``: letters already listed or kept."""
        own = _letters(entry.term)
        if known is None:
            known = {_letters(v) for v in entry.spoken} | {own}
        letters = _letters(text)
        if not letters:
            return Verdict.FAR
        if letters in known:
            return Verdict.RIGHT  # the term as written, or a variant already listed
        if self.owner(text) not in (None, entry.term):
            return Verdict.OTHER_TERM  # as a variant here it would conflict with that entry
        words = text.split()
        if all(w.lower() in self._frequent for w in words):
            return Verdict.COMMON  # "Die Bürger", "im Feld": common words must stay as they are
        if len(words) > 1 and not words[-1][:1].isupper():
            return Verdict.COMMON  # "bald mich rüber": a phrase, not a misheard name or noun
        if len(letters) <= 3:
            return Verdict.SHORT  # "SGB" heard for "SGG", "EDV" for "EGV": other abbreviations
        if ordinary_phrase(words, entry.term, self._common):
            return Verdict.COMMON  # "die Akte" for "E-Akte": every "die Akte" would change
        if _inflected(letters, own):
            return Verdict.INFLECTED  # "kaltmieten": the plural, which the pipeline writes so
        if fuzz.ratio(letters, own) < MIN_SIMILARITY:
            return Verdict.FAR  # not a mishearing of this term
        if self.pipeline.correct_terms(text)[0] == entry.term:
            return Verdict.CORRECTED  # the pipeline corrects it already
        return Verdict.NEW

    def variants(self, entry: Entry, heard: Iterable[str]) -> list[str]:
        """The heard forms worth keeping as spoken variants of ``entry``."""
        known = {_letters(v) for v in entry.spoken} | {_letters(entry.term)}
        keep: list[str] = []
        for text in heard:
            if self.verdict(entry, text, known) is Verdict.NEW:
                known.add(_letters(text))
                keep.append(text)
        return keep


def learn(entry: Entry, variants: Sequence[str]) -> Entry:
    """``entry`` with ``variants`` added to its spoken forms and marked as learned."""
    if not variants:
        return entry
    return replace(entry, spoken=(*entry.spoken, *variants),
                   learned=(*entry.learned, *variants))


@dataclass(frozen=True)
class HeardForm:
    """One form Whisper wrote for the term in a take, and what training makes of it."""

    text: str
    verdict: Verdict
    other: str | None = None  # for OTHER_TERM: the term this form belongs to


@dataclass(frozen=True)
class Take:
    """One spoken carrier sentence and what was heard in it."""

    source: str  # "Mikrofon" or the voice's name
    heard: tuple[HeardForm, ...]  # empty: the carrier sentence was not understood


class TermTraining:
    """"Begriff trainieren" for one entry, take by take, as the vocabulary editor runs it:
    the supervisor speaks the carrier sentence (or lets the installed voices speak it), sees
    what the recogniser heard in each take, and adopts the proposed variants."""

    def __init__(self, trainer: TermTrainer, entry: Entry) -> None:
        self.trainer = trainer
        self.entry = entry
        self.takes: list[Take] = []

    @property
    def sentences(self) -> list[str]:
        """What to say (see :func:`carrier_sentences`)."""
        return carrier_sentences(self.entry)

    def add(self, source: str, audio: np.ndarray) -> Take:
        """Recognise one take (16 kHz mono) and keep it."""
        forms = []
        for text in self.trainer.heard(audio):
            verdict = self.trainer.verdict(self.entry, text)
            forms.append(HeardForm(text, verdict, self.trainer.owner(text)
                                   if verdict is Verdict.OTHER_TERM else None))
        take = Take(source, tuple(forms))
        self.takes.append(take)
        return take

    def speak(self, voices: Sequence[Voice], stop: threading.Event | None = None,
              on_take: Callable[[Take], None] | None = None,
              on_failed: Callable[[Voice, Exception], None] | None = None) -> list[Take]:
        """Takes of every sentence spoken by each of ``voices`` (until ``stop`` is set), each
        also passed to ``on_take`` when it is done; a failing voice is logged, passed to
        ``on_failed`` and skipped (the others still count)."""
        takes = []
        for sentence in self.sentences:
            for voice in voices:
                if stop is not None and stop.is_set():
                    return takes
                try:
                    audio = synthesize(sentence, voice)
                except (OSError, subprocess.SubprocessError) as err:
                    log.warning("voice %s failed: %s", voice.name, err)
                    if on_failed is not None:
                        on_failed(voice, err)
                    continue
                takes.append(self.add(voice.name, audio))
                if on_take is not None:
                    on_take(takes[-1])
        return takes

    @property
    def proposed(self) -> list[str]:
        """The heard forms worth learning, over all takes, each once."""
        return self.trainer.variants(self.entry, [h.text for t in self.takes for h in t.heard])


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


def carrier_sentences(entry: Entry) -> list[str]:
    """What to say for ``entry``: the carrier sentence with the term, and with each
    letter-by-letter form of an abbreviation ("A V G S")."""
    return [CARRIER.format(term=said) for said in spoken_forms(entry)]


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
        session = TermTraining(trainer, entry)
        session.speak(voices)
        trained = learn(entry, session.proposed)
        trainer.remember(trained)  # a form learned here is not learned for a later entry
        added += len(trained.spoken) - len(entry.spoken)
        entries[i] = trained
        if progress:
            progress(done, len(todo))
    return replace(vocabulary, entries=entries), added


__all__ = ["CARRIER", "MIN_SIMILARITY", "HeardForm", "Take", "TermTrainer", "TermTraining",
           "Verdict", "Voice", "carrier_sentences", "installed_voices", "learn", "ordinary_phrase",
           "spoken_forms", "synthesize", "train_list"]
