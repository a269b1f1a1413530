"""Term recall on recordings with a known text: does the vocabulary get its terms through?

A supervisor tests a list on real recordings: each recording has a reference text (a ``.txt``
next to the audio with the same stem, or a ``file<TAB>text`` TSV such as
``shared/testdata/speech/*/transcripts.tsv``). The recordings are transcribed with the list's
terms as decoding bias, the text pipeline is applied, and for every term of the list that
occurs in the reference we check whether it occurs in the output.

Matching is case-sensitive and on word boundaries ("SGB II" is not found in "SGB III");
overlapping terms count once, the longest at the leftmost position ("Arbeitslosengeld II"
does not also count as "Arbeitslosengeld"). Occurrences count: a term expected twice and
found once is one hit and one miss.

No Qt here: :func:`evaluate_recordings` runs in the editor's worker thread and in tests.
"""

from __future__ import annotations

import csv
import logging
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from dictation.i18n import tr

__all__ = [
    "AUDIO_SUFFIXES",
    "RecallItem",
    "RecallReport",
    "Recording",
    "count_terms",
    "evaluate_recordings",
    "find_recordings",
    "read_transcripts_tsv",
    "summarize",
    "term_recall",
]

log = logging.getLogger("dictation")

#: File endings offered and accepted as recordings.
AUDIO_SUFFIXES = (".wav", ".flac", ".mp3", ".ogg", ".m4a", ".opus")


@dataclass(frozen=True)
class Recording:
    """An audio file and the text spoken in it.

    Attributes:
      audio: The audio file.
      text: The reference text (what was really said, with the correct spelling of terms).
    """

    audio: Path
    text: str


@dataclass(frozen=True)
class RecallItem:
    """Result for one recording.

    Attributes:
      audio: The audio file.
      expected_text: Reference text.
      output_text: Transcript after the text pipeline.
      expected: Occurrences of each term in the reference.
      found: Occurrences of each expected term that are also in the output (at most as
        many as expected).
      error: User message when the file could not be transcribed (then nothing is counted).
    """

    audio: Path
    expected_text: str
    output_text: str
    expected: dict[str, int]
    found: dict[str, int]
    error: str = ""

    @property
    def missed(self) -> dict[str, int]:
        """Expected occurrences that the output lacks, by term."""
        return {t: n - self.found.get(t, 0) for t, n in self.expected.items()
                if n > self.found.get(t, 0)}


@dataclass(frozen=True)
class RecallReport:
    """Totals over all recordings.

    Attributes:
      items: Per recording, in the order given.
      expected: Term occurrences in all references.
      found: Of those, found in the outputs.
      missed: Missed occurrences by term, most often missed first.
    """

    items: tuple[RecallItem, ...]
    expected: int
    found: int
    missed: tuple[tuple[str, int], ...]

    @property
    def recall(self) -> float | None:
        """``found / expected`` (0–1), or None when no reference contains any term."""
        return self.found / self.expected if self.expected else None


# --------------------------------------------------------------------------- counting


def _pattern(terms: Iterable[str]) -> re.Pattern[str] | None:
    unique = sorted({t.strip() for t in terms if t and t.strip()}, key=lambda t: (-len(t), t))
    if not unique:
        return None
    alternatives = "|".join(re.escape(t) for t in unique)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def count_terms(text: str, terms: Iterable[str]) -> Counter[str]:
    """How often each term occurs in ``text`` (case-sensitive, whole words, longest first)."""
    pattern = _pattern(terms)
    if pattern is None:
        return Counter()
    return Counter(m.group(0) for m in pattern.finditer(text))


def term_recall(audio: Path, expected_text: str, output_text: str,
                terms: Iterable[str]) -> RecallItem:
    """Compare one transcript with its reference for the given terms."""
    terms = list(terms)
    expected = count_terms(expected_text, terms)
    got = count_terms(output_text, terms)
    found = {t: min(n, got[t]) for t, n in expected.items() if got[t]}
    return RecallItem(Path(audio), expected_text, output_text, dict(expected), found)


def summarize(items: Iterable[RecallItem]) -> RecallReport:
    """Add up the per-recording results."""
    items = tuple(items)
    expected = sum(sum(i.expected.values()) for i in items)
    found = sum(sum(i.found.values()) for i in items)
    missed: Counter[str] = Counter()
    for item in items:
        missed.update(item.missed)
    ordered = tuple(sorted(missed.items(), key=lambda kv: (-kv[1], kv[0])))
    return RecallReport(items, expected, found, ordered)


# --------------------------------------------------------------------------- references


def read_transcripts_tsv(path: Path) -> dict[str, str]:
    """``file<TAB>text`` rows (a ``file``/``text`` header row is skipped) → {file name: text}.

    Raises OSError when the file cannot be read.
    """
    text = Path(path).read_text(encoding="utf-8-sig")
    rows: dict[str, str] = {}
    for row in csv.reader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE):
        if len(row) < 2 or not row[0].strip():
            continue
        name, spoken = row[0].strip(), row[1].strip()
        if name.casefold() == "file" and spoken.casefold() == "text":
            continue
        rows[name] = spoken
    return rows


def _reference_for(audio: Path, tsv_cache: dict[Path, dict[str, str]]) -> str | None:
    txt = audio.with_suffix(".txt")
    if txt.is_file():
        return txt.read_text(encoding="utf-8-sig").strip()
    for tsv in sorted(audio.parent.glob("*.tsv")):
        if tsv not in tsv_cache:
            try:
                tsv_cache[tsv] = read_transcripts_tsv(tsv)
            except (OSError, UnicodeDecodeError) as exc:
                log.warning("cannot read %s: %r", tsv, exc)
                tsv_cache[tsv] = {}
        if audio.name in tsv_cache[tsv]:
            return tsv_cache[tsv][audio.name]
    return None


def find_recordings(paths: Iterable[Path]) -> tuple[list[Recording], list[str]]:
    """Recordings with known text from the files a user picked, and messages about the rest.

    An audio file takes its text from ``<stem>.txt`` next to it, else from a ``.tsv`` in its
    folder that lists it. A picked ``.tsv`` stands for all the recordings it lists.
    """
    recordings: list[Recording] = []
    messages: list[str] = []
    seen: set[Path] = set()
    tsv_cache: dict[Path, dict[str, str]] = {}

    def add(audio: Path, text: str) -> None:
        if audio not in seen:
            seen.add(audio)
            recordings.append(Recording(audio, text))

    for raw in paths:
        path = Path(raw)
        try:
            if path.suffix.lower() == ".tsv":
                rows = read_transcripts_tsv(path)
                for name, text in rows.items():
                    audio = path.parent / name
                    if audio.is_file():
                        add(audio, text)
                    else:
                        messages.append(tr("„{name}“ aus „{tsv}“ fehlt; übersprungen.",
                                           "'{name}' listed in '{tsv}' is missing; skipped.")
                                        .format(name=name, tsv=path.name))
                continue
            text = _reference_for(path, tsv_cache)
        except (OSError, UnicodeDecodeError) as exc:
            messages.append(tr("„{path}“ kann nicht gelesen werden ({reason}).",
                               "'{path}' cannot be read ({reason}).")
                            .format(path=path.name, reason=exc))
            continue
        if text is None:
            messages.append(
                tr("Zu „{name}“ gibt es keinen bekannten Text (erwartet: „{stem}.txt“ daneben "
                   "oder eine TSV-Datei im selben Ordner); übersprungen.",
                   "No known text for '{name}' (expected '{stem}.txt' next to it or a TSV "
                   "file in the same folder); skipped.").format(name=path.name, stem=path.stem))
        else:
            add(path, text)
    return recordings, messages


# --------------------------------------------------------------------------- running


def evaluate_recordings(
    recordings: Sequence[Recording],
    transcribe: Callable[[Path], str],
    postprocess: Callable[[str], str],
    terms: Sequence[str],
    *,
    stop: threading.Event | None = None,
    progress: Callable[[int, int, Path], None] | None = None,
) -> Iterator[RecallItem]:
    """Transcribe each recording, post-process it and compare it with its reference.

    ``transcribe(path)`` returns raw recogniser text; it may raise; a
    :class:`~dictation.errors.DictationError` or OSError becomes an item with ``error``.
    ``progress(done, total, current)`` is called before each file. Stops early (between
    files) when ``stop`` is set.
    """
    from dictation.errors import DictationError

    total = len(recordings)
    for done, rec in enumerate(recordings):
        if stop is not None and stop.is_set():
            return
        if progress is not None:
            progress(done, total, rec.audio)
        try:
            raw = transcribe(rec.audio)
        except (DictationError, OSError) as exc:
            log.warning("transcribing %s failed: %r", rec.audio, exc)
            yield RecallItem(rec.audio, rec.text, "", {}, {}, error=str(exc))
            continue
        if stop is not None and stop.is_set():
            return
        yield term_recall(rec.audio, rec.text, postprocess(raw), terms)
