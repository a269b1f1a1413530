"""Vocabulary lists: the data side of domain terms (loading, saving, merging, checking).

A vocabulary list maps what people say (and what Whisper tends to hear) to the written form
a case note must contain: "SGB zwei" → "SGB II", "Wald Michelbach" → "Wald-Michelbach".
Lists come in three layers — organisation, team, personal — and later layers add to and
override earlier ones (:func:`merge`). The text pipeline applies the merged
:class:`Vocabulary`; all precomputation for matching belongs there, so loading stays cheap.

Canonical file format (UTF-8 JSON, one entry per line so that diffs stay readable and a
damaged line costs only that line)::

    {
      "format": "diktat-vocabulary",
      "version": 1,
      "name": "Organisation",
      "layer": "organisation",
      "entries": [
        {"term": "SGB II", "spoken": ["SGB zwei"], "category": "Recht", "note": ""},
        {"term": "Wald-Michelbach", "spoken": ["Wald Michelbach"], "category": "Ort", "note": ""}
      ]
    }

CSV (as Excel writes and reads it) is the exchange format: :func:`import_csv`,
:func:`export_csv`.

No function here raises on bad *content*: problems come back as :class:`Problem` records with
line numbers and a user message (German by default). Only writing raises
(:class:`VocabularyFileError`).
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from importlib import resources
from pathlib import Path

from dictation.errors import VocabularyFileError
from dictation.fileio import os_error_reason, write_atomic
from dictation.i18n import tr

__all__ = [
    "Conflict",
    "Entry",
    "Layer",
    "LoadResult",
    "Problem",
    "Vocabulary",
    "VocabularyFileError",
    "VocabularyList",
    "VocabularyStore",
    "check",
    "default_list",
    "export_csv",
    "import_csv",
    "list_json",
    "load_list",
    "load_organisation",
    "merge",
    "save_list",
    "spoken_key",
]

log = logging.getLogger("dictation.vocabulary")  # the name before the move to lists.py

#: Value of the ``format`` field of a canonical file.
FORMAT_NAME = "diktat-vocabulary"
#: Newest format version this code reads and the one it writes.
FORMAT_VERSION = 1
#: Name of the shipped organisation list inside ``dictation.data``.
DEFAULT_RESOURCE = "organisation.vocab.json"
#: File name of the last good copy of the organisation list in the cache folder.
ORGANISATION_CACHE_NAME = "organisation.vocab.json"
#: Files larger than this are not read (a vocabulary of 100,000 entries is ~10 MB).
MAX_FILE_BYTES = 32 * 1024 * 1024

_ENTRY_KEYS = ("term", "spoken", "category", "note", "learned")
_CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
_JSON_SUFFIXES = {".json"}


# --------------------------------------------------------------------------- data model


@dataclass(frozen=True)
class Entry:
    """One vocabulary term.

    Attributes:
      term: Written form exactly as it must appear ("SGB II", "§ 15 SGB II", "Wald-Michelbach").
      spoken: Spoken variants and typical mishearings that should become ``term``
        ("SGB zwei", "Sozialgesetzbuch zwei"). The term itself is not repeated here.
      category: Free text; the shipped list uses Leistung, Person/Rolle, Maßnahme, Recht,
        Behörde, Formular/Verfahren, Ort, Sonstiges.
      note: Free text for people maintaining the list (not used for matching).
      learned: Those of ``spoken`` that "Begriff trainieren" learned from what the recogniser
        heard. They are matched like the others; only the prompt ranking tells them apart: a
        variant typed by a person marks a term the recogniser is known to get wrong, whereas
        training finds some for most terms. A variant no longer in ``spoken`` is dropped.
    """

    term: str
    spoken: tuple[str, ...] = ()
    category: str = ""
    note: str = ""
    learned: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.spoken, tuple):  # accept a list from callers
            object.__setattr__(self, "spoken", tuple(self.spoken))
        if self.learned:  # spelt as in ``spoken``, each once
            by_key = {spoken_key(v): v for v in reversed(self.spoken)}
            learned = (by_key.get(spoken_key(v)) for v in self.learned)
            object.__setattr__(self, "learned", tuple(dict.fromkeys(v for v in learned if v)))
        elif not isinstance(self.learned, tuple):
            object.__setattr__(self, "learned", ())


class Layer(str, Enum):
    """Where a list comes from. Declaration order is precedence: later overrides earlier."""

    ORGANISATION = "organisation"
    TEAM = "team"
    PERSONAL = "personal"


_LAYER_RANK = {layer: rank for rank, layer in enumerate(Layer)}


@dataclass
class VocabularyList:
    """One list as stored in one file.

    Attributes:
      name: Shown to the user ("Organisation", "Team Leistung Bensheim", "Meine Begriffe").
      layer: Which layer the list is active in.
      entries: In file order.
      path: The file it was loaded from; None for built-in or in-memory lists.
      version: Format version of the file it was read from (:data:`FORMAT_VERSION`).
    """

    name: str
    layer: Layer
    entries: list[Entry]
    path: Path | None = None
    version: int = FORMAT_VERSION


@dataclass(frozen=True)
class Problem:
    """Something wrong in a list.

    Attributes:
      line: 1-based line in the file, or None when it concerns the whole file.
      message: User message in the user's language (German by default).
      severity: "error" (the line or file was not used) or "warning" (used, but check it).
    """

    line: int | None
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        if self.line is None:
            return self.message
        return tr("Zeile {line}: {message}", "Line {line}: {message}").format(
            line=self.line, message=self.message
        )


@dataclass
class LoadResult:
    """A loaded list (None when nothing usable could be read) and what was wrong.

    Attributes:
      vocabulary: The entries that could be read, or None.
      problems: What was wrong, by line.
      damaged: The file was read, but its structure is not that of a sound list (not a list
        at all, cut off, read line by line, no CSV header row, rows swallowed by a stray
        quote). With ``vocabulary`` None and ``damaged`` False the file could not be read.
    """

    vocabulary: VocabularyList | None
    problems: list[Problem]
    damaged: bool = False

    @property
    def ok(self) -> bool:
        """True when a list was read and no line had to be skipped."""
        return self.vocabulary is not None and not any(
            p.severity == "error" for p in self.problems
        )

    @property
    def defect(self) -> str | None:
        """Why this file must not replace a good list, or None when it is clean: read
        without structural damage or skipped lines, with at least one entry. A half-read
        organisation list or import must not silently stand in for a complete one."""
        if self.ok and not self.damaged and self.vocabulary.entries:  # type: ignore[union-attr]
            return None
        errors = [p for p in self.problems if p.severity == "error"]
        if errors:
            more = len(errors) - 1
            return str(errors[0]) + (tr(" (und {n} weitere Fehler)", " (and {n} more errors)")
                                     .format(n=more) if more else "")
        if self.damaged:
            warning = next((p for p in self.problems if p.severity == "warning"), None)
            if warning is not None:
                return str(warning)
        return tr("die Liste enthält keine Einträge", "the list has no entries")


@dataclass(frozen=True)
class Conflict:
    """One spoken form that two entries map to different written forms.

    ``terms`` and ``layers`` are parallel and in precedence order: the first one is used.
    """

    spoken: str
    terms: tuple[str, ...]
    layers: tuple[str, ...]


@dataclass
class Vocabulary:
    """The merged, active vocabulary.

    ``entries`` are ordered by precedence: personal before team before organisation, file
    order within a layer. Where a spoken form is in ``conflicts``, the first entry that
    carries it wins.
    """

    entries: list[Entry]
    conflicts: list[Conflict]

    def terms(self) -> list[str]:
        """Written forms in precedence order (e.g. for a Whisper ``hotwords`` prompt)."""
        return [entry.term for entry in self.entries]


# --------------------------------------------------------------------------- small helpers


def _error(line: int | None, german: str, english: str, **values: object) -> Problem:
    return Problem(line, tr(german, english).format(**values), "error")


def _warning(line: int | None, german: str, english: str, **values: object) -> Problem:
    return Problem(line, tr(german, english).format(**values), "warning")


def spoken_key(text: str) -> str:
    """How spoken forms are compared: case-insensitive, whitespace collapsed.

    ``lower()``, not ``casefold()``: "Neuschloss" stays a variant of "Neuschloß" (ß ≠ ss).
    """
    return " ".join(text.split()).lower()




def _read_bytes(path: Path) -> tuple[bytes | None, Problem | None]:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return None, _error(
                None,
                "Die Datei „{path}“ ist mit {mb} MB zu groß für eine Wortliste.",
                "The file '{path}' is too large for a vocabulary list ({mb} MB).",
                path=path,
                mb=size // (1024 * 1024),
            )
        return path.read_bytes(), None
    except OSError as exc:
        return None, _error(
            None,
            "Die Datei „{path}“ kann nicht gelesen werden: {reason}.",
            "The file '{path}' cannot be read: {reason}.",
            path=path,
            reason=os_error_reason(exc),
        )


def _decode(data: bytes) -> tuple[str | None, str]:
    """Text and the encoding used: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Returns (None, "") for binary data.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text"
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None, ""
    if b"\x00" in data:
        return None, ""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _not_text(path: object) -> Problem:
    return _error(
        None,
        "„{path}“ ist keine Textdatei und damit keine Wortliste.",
        "'{path}' is not a text file, so it is not a vocabulary list.",
        path=path,
    )


def _atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (:func:`dictation.fileio.write_atomic`): readers
    see the old or the new file, never half. An existing file's permission bits are kept; a
    new file gets the usual umask defaults; the folder is flushed too. Raises :class:`VocabularyFileError`.
    """
    path = Path(path)
    try:
        write_atomic(path, data, keep_mode=True, sync_folder=True)
    except OSError as exc:
        raise VocabularyFileError(
            tr(
                "Die Wortliste kann nicht nach „{path}“ gespeichert werden: {reason}. Bitte "
                "prüfen, ob der Ordner existiert, beschreibbar ist und genug Platz hat.",
                "The vocabulary list cannot be saved to '{path}': {reason}. Please check "
                "that the folder exists, is writable and has enough space.",
            ).format(path=path, reason=os_error_reason(exc)),
            repr(exc),
        ) from exc


# --------------------------------------------------------------------------- entries


def _build_entries(
    items: Iterable[tuple[int | None, object]],
    problems: list[Problem],
    lines_out: list[int | None] | None = None,
    pedantic: list[Problem] | None = None,
) -> list[Entry]:
    """Validate raw entry objects; skip (and report) bad ones.

    ``lines_out`` receives the line of each kept entry; ``pedantic`` (used by :func:`check`)
    receives warnings about things the loader silently tidies up.
    """
    entries: list[Entry] = []
    for line, obj in items:
        if not isinstance(obj, dict):
            problems.append(
                _error(line, "Der Eintrag ist kein Objekt {{…}}; übersprungen.",
                       "The entry is not an object {{…}}; skipped.")
            )
            continue
        term = obj.get("term")
        if not isinstance(term, str):
            if term is None:
                problems.append(_error(line,
                                       "Der Eintrag hat keinen Begriff („term“); übersprungen.",
                                       "The entry has no term; skipped."))
            else:
                problems.append(_error(line, "Der Begriff („term“) muss Text sein; übersprungen.",
                                       "The term must be text; skipped."))
            continue
        written = term.strip()
        if not written:
            problems.append(_error(line, "Leerer Begriff; Eintrag übersprungen.",
                                   "Empty term; entry skipped."))
            continue
        spoken = obj.get("spoken", ())
        if spoken is None:
            spoken = ()
        if not isinstance(spoken, (list, tuple)) or not all(isinstance(s, str) for s in spoken):
            problems.append(
                _error(line,
                       "„spoken“ muss eine Liste von Texten sein (Begriff „{term}“); übersprungen.",
                       "'spoken' must be a list of texts (term '{term}'); skipped.", term=written)
            )
            continue
        category = obj.get("category") or ""
        note = obj.get("note") or ""
        if not isinstance(category, str) or not isinstance(note, str):
            problems.append(
                _error(line,
                       "„category“ und „note“ müssen Text sein (Begriff „{term}“); übersprungen.",
                       "'category' and 'note' must be text (term '{term}'); skipped.", term=written)
            )
            continue
        learned = obj.get("learned") or ()
        if not isinstance(learned, (list, tuple)) or not all(isinstance(s, str) for s in learned):
            problems.append(
                _warning(line, "„learned“ muss eine Liste von Texten sein (Begriff „{term}“); "
                               "ignoriert.",
                         "'learned' must be a list of texts (term '{term}'); ignored.",
                         term=written)
            )
            learned = ()
        if any(key not in _ENTRY_KEYS for key in obj):
            unknown = ", ".join(sorted(str(k) for k in obj if k not in _ENTRY_KEYS))
            problems.append(
                _warning(line, "Unbekannte Felder ignoriert: {keys}.",
                         "Unknown fields ignored: {keys}.", keys=unknown)
            )
        variants: list[str] = []
        seen: set[str] = set()
        for raw in spoken:
            variant = raw.strip()
            key = spoken_key(variant)
            if not key:
                if pedantic is not None:
                    pedantic.append(_warning(line, "Leere gesprochene Variante bei „{term}“.",
                                             "Empty spoken variant for '{term}'.", term=written))
                continue
            if key in seen:
                if pedantic is not None:
                    pedantic.append(_warning(line,
                                             "Gesprochene Variante „{v}“ doppelt bei „{term}“.",
                                             "Spoken variant '{v}' repeated for '{term}'.",
                                             v=variant, term=written))
                continue
            if pedantic is not None and key == spoken_key(written):
                pedantic.append(_warning(line, "Gesprochene Variante „{v}“ ist der Begriff selbst "
                                               "(bis auf Groß-/Kleinschreibung).",
                                         "Spoken variant '{v}' is the term itself (apart from "
                                         "case).", v=variant))
            seen.add(key)
            variants.append(variant)
        if pedantic is not None:
            for text in (term, *spoken):
                if text != text.strip() and text.strip():
                    pedantic.append(
                        _warning(line, "Leerzeichen am Anfang oder Ende von „{t}“.",
                                 "Leading or trailing space in '{t}'.", t=text.strip())
                    )
        entries.append(Entry(written, tuple(variants), category.strip(), note.strip(),
                             tuple(learned)))  # Entry spells them as in spoken
        if lines_out is not None:
            lines_out.append(line)
    return entries


# --------------------------------------------------------------------------- canonical JSON

_DECODER = json.JSONDecoder()
_WS = re.compile(r"[ \t\n\r]*")


class _Syntax(ValueError):
    def __init__(self, message: str, pos: int) -> None:
        super().__init__(message)
        self.pos = pos


def _skip(text: str, i: int) -> int:
    return _WS.match(text, i).end()  # type: ignore[union-attr]


def _scan_array(text: str, i: int, out: list[tuple[int, object]]) -> int:
    """Parse the array starting at ``text[i] == "["``; append (position, value) per item."""
    n = len(text)
    i = _skip(text, i + 1)
    if i < n and text[i] == "]":
        return i + 1
    while True:
        value, end = _DECODER.raw_decode(text, i)
        out.append((i, value))
        i = _skip(text, end)
        if i < n and text[i] == ",":
            i = _skip(text, i + 1)
        elif i < n and text[i] == "]":
            return i + 1
        else:
            raise _Syntax("expected ',' or ']'", i)


def _parse_document(text: str) -> tuple[dict, list[tuple[int, object]] | None]:
    """Header fields and (position, value) of each entry; entries None if there is no array.

    A tiny driver over ``json``'s C scanner that remembers where each entry starts, so that
    problems can name their line. Raises ValueError with ``.pos`` on a syntax error.
    """
    n = len(text)
    i = _skip(text, 0)
    header: dict = {}
    entries: list[tuple[int, object]] | None = None
    if i < n and text[i] == "[":
        entries = []
        i = _scan_array(text, i, entries)
    elif i < n and text[i] == "{":
        i = _skip(text, i + 1)
        if i < n and text[i] == "}":
            i += 1
        else:
            while True:
                if i >= n or text[i] != '"':
                    raise _Syntax("expected a key", i)
                key, i = _DECODER.raw_decode(text, i)
                i = _skip(text, i)
                if i >= n or text[i] != ":":
                    raise _Syntax("expected ':'", i)
                i = _skip(text, i + 1)
                if key == "entries" and i < n and text[i] == "[":
                    entries = []
                    i = _scan_array(text, i, entries)
                else:
                    header[key], i = _DECODER.raw_decode(text, i)
                i = _skip(text, i)
                if i < n and text[i] == ",":
                    i = _skip(text, i + 1)
                elif i < n and text[i] == "}":
                    i += 1
                    break
                else:
                    raise _Syntax("expected ',' or '}'", i)
    else:
        raise _Syntax("expected '{'", i)
    i = _skip(text, i)
    if i != n:
        raise _Syntax("unexpected data after the end", i)
    return header, entries


def _parse_lines(text: str) -> tuple[dict, list[tuple[int, object]], list[int], bool]:
    """Fallback for a damaged document: one entry per line.

    Returns header fields, (line, value) per readable entry line, unreadable line numbers,
    and whether the entry array was closed (False: the file is cut off).
    """
    header: dict = {}
    entries: list[tuple[int, object]] = []
    bad: list[int] = []
    closed = False
    for lineno, raw in enumerate(text.split("\n"), start=1):
        s = raw.strip()
        if not s:
            continue
        body = s[:-1].rstrip() if s.endswith(",") else s
        if body in ("{", "[", "}"):
            continue
        if body.startswith("]"):
            closed = True
            continue
        try:
            if body.startswith('"'):
                if body.endswith("["):  # '"entries": ['
                    continue
                header.update(json.loads("{" + body + "}"))
            elif body.startswith("{") and body.endswith("["):  # '{"format": ..., "entries": ['
                header.update(json.loads(body + "]}"))
            elif body.startswith("{"):
                entries.append((lineno, json.loads(body)))
            else:
                bad.append(lineno)
        except (ValueError, RecursionError):  # RecursionError: nested too deeply
            bad.append(lineno)
    return header, entries, bad, closed


def _line_of(text: str) -> Callable[[int], int]:
    newlines: list[int] | None = None

    def line_of(pos: int) -> int:
        nonlocal newlines
        if newlines is None:
            newlines = [m.start() for m in re.finditer("\n", text)]
        return bisect_right(newlines, pos - 1) + 1

    return line_of


def _parse_json_text(
    text: str, source: object
) -> tuple[dict | None, list[tuple[int | None, object]], list[Problem], bool]:
    """Header and (line, raw entry) items of a canonical file; header None if unusable.

    The last value says whether the document was damaged (read line by line, or unusable).
    Nesting too deep for ``json`` (RecursionError) is treated like a syntax error, so that
    it costs the line it is on, not the program.
    """
    problems: list[Problem] = []
    line_of = _line_of(text)
    try:
        header, positioned = _parse_document(text)
    except (ValueError, RecursionError) as exc:
        deep = isinstance(exc, RecursionError)
        header, items, bad, closed = _parse_lines(text)
        where = (bad[0] if bad else None) if deep else line_of(getattr(exc, "pos", 0) or 0)
        recognised = bool(items) or header.get("format") == FORMAT_NAME
        if not recognised:
            if deep:
                problems.append(
                    _error(where, "„{path}“ ist keine Wortliste (zu tief verschachtelt).",
                           "'{path}' is not a vocabulary list (nested too deeply).",
                           path=source)
                )
            else:
                problems.append(
                    _error(where,
                           "„{path}“ ist keine lesbare Wortliste (Formatfehler in dieser Zeile).",
                           "'{path}' is not a readable vocabulary list (format error on this "
                           "line).", path=source)
                )
            return None, [], problems, True
        if not closed:
            problems.append(
                _error(None,
                       "„{path}“ ist unvollständig (die Datei bricht ab). Die Liste wurde nicht "
                       "übernommen; bitte die Datei neu speichern oder kopieren.",
                       "'{path}' is incomplete (the file is cut off). The list was not used; "
                       "please save or copy the file again.", path=source)
            )
            return None, [], problems, True
        if deep:
            problems.append(
                _warning(where,
                         "Die Datei ist zu tief verschachtelt; sie wurde Zeile für Zeile gelesen.",
                         "The file is nested too deeply; it was read line by line.")
            )
        else:
            problems.append(
                _warning(where,
                         "Die Datei ist kein gültiges JSON; sie wurde Zeile für Zeile gelesen.",
                         "The file is not valid JSON; it was read line by line.")
            )
        for lineno in bad:
            problems.append(
                _error(lineno, "Zeile nicht lesbar; übersprungen.",
                       "Line cannot be read; skipped.")
            )
        return header, list(items), problems, True
    if positioned is None:
        problems.append(
            _error(None, "„{path}“ enthält keine Einträge („entries“) und ist keine Wortliste.",
                   "'{path}' has no entries and is not a vocabulary list.", path=source)
        )
        return None, [], problems, True
    return header, [(line_of(pos), value) for pos, value in positioned], problems, False


def _check_header(header: dict, source: object) -> Problem | None:
    fmt = header.get("format", FORMAT_NAME)
    if fmt != FORMAT_NAME:
        return _error(None, "„{path}“ hat das unbekannte Format „{fmt}“.",
                      "'{path}' has the unknown format '{fmt}'.", path=source, fmt=fmt)
    version = header.get("version", FORMAT_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return _error(None, "„{path}“ hat eine ungültige Versionsangabe.",
                      "'{path}' has an invalid version.", path=source)
    if version > FORMAT_VERSION:
        return _error(
            None,
            "„{path}“ wurde mit einer neueren Diktat-Version gespeichert (Format {v}). Bitte "
            "Diktat aktualisieren.",
            "'{path}' was saved by a newer version of Diktat (format {v}). Please update Diktat.",
            path=source, v=version,
        )
    return None


# --------------------------------------------------------------------------- CSV

_CSV_ALIASES = {
    "term": "term", "begriff": "term",
    "spoken": "spoken", "gesprochen": "spoken",
    "category": "category", "kategorie": "category",
    "note": "note", "notiz": "note",
    "learned": "learned", "gelernt": "learned",
}
_CSV_HEADER = ("Begriff", "Gesprochen", "Kategorie", "Notiz")
_CSV_LEARNED = "Gelernt"  # a fifth column, written only where a list has learned variants
_CSV_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_VARIANT_SEPARATOR = "|"


def _protect_cell(value: str) -> str:
    """Formula-injection guard for Excel: prefix ``'`` where a cell would start a formula.

    Also prefixes a cell that already starts with apostrophes before such a character, so
    that :func:`_unprotect_cell` restores every value exactly.
    """
    if value.lstrip("'").startswith(_CSV_DANGEROUS):
        return "'" + value
    return value


def _unprotect_cell(value: str) -> str:
    if value.startswith("'") and value.lstrip("'").startswith(_CSV_DANGEROUS):
        return value[1:]
    return value


def _csv_layout(text: str) -> tuple[str, dict[int, str] | None]:
    """Delimiter and header mapping (column → field); mapping None when there is no header."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    for delimiter in (";", ",", "\t"):
        try:
            cells = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:  # e.g. a first line over the field limit: no header then
            cells = []
        names = [cell.strip().casefold() for cell in cells]
        if any(_CSV_ALIASES.get(name) == "term" for name in names):
            columns: dict[int, str] = {}
            for index, name in enumerate(names):
                if name in _CSV_ALIASES and _CSV_ALIASES[name] not in columns.values():
                    columns[index] = _CSV_ALIASES[name]
            return delimiter, columns
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=counts.get) if any(counts.values()) else ";"
    return delimiter, None


def _csv_reason(exc: csv.Error) -> str:
    """The csv module's complaint in the user's words where we know it."""
    text = str(exc)
    if text.startswith("field larger than field limit"):
        return tr("eine Zelle ist länger als {kib} KiB",
                  "a cell is longer than {kib} KiB").format(kib=csv.field_size_limit() // 1024)
    if text == "unexpected end of data":
        return tr("ein Anführungszeichen wird nicht geschlossen",
                  "a quotation mark is never closed")
    return text


def _swallowed(row: list[str], delimiter: str, width: int) -> bool:
    """Whether a row that spans several lines is really several rows that a stray quote
    joined: a cell whose further lines contain the separator, i.e. look like rows of their
    own. A plain line break inside a cell (Excel's Alt+Enter) is legitimate; with a single
    column there is nothing to tell them apart, so any is suspect there."""
    for cell in row:
        lines = cell.splitlines()
        if len(lines) < 2 and not cell.endswith(("\n", "\r")):
            continue
        if width == 1 or any(delimiter in line for line in lines[1:]):
            return True
    return False


def _parse_csv_text(text: str) -> tuple[list[tuple[int | None, object]], list[Problem], bool]:
    """(line, record) items, problems, and whether the structure is damaged (no header row,
    or rows lost to a stray quote).

    A stray quote makes the csv module read every following line into one cell, up to the
    next quote or the end of the file; those rows are reported with their line numbers
    instead of vanishing.
    """
    problems: list[Problem] = []
    items: list[tuple[int | None, object]] = []
    delimiter, columns = _csv_layout(text)
    has_header = columns is not None
    damaged = not has_header
    if columns is None:
        columns = dict(enumerate(_ENTRY_KEYS[:4]))
        problems.append(
            _warning(1,
                     "Keine Kopfzeile erkannt (erwartet: Begriff;Gesprochen;Kategorie;Notiz). "
                     "Gelesen als: 1. Spalte Begriff, 2. Gesprochen, 3. Kategorie, 4. Notiz.",
                     "No header row found (expected: term,spoken,category,note). Read as: "
                     "column 1 term, 2 spoken, 3 category, 4 note.")
        )
    width = max(columns) + 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    previous_end = 0
    header_pending = has_header
    while True:
        start = previous_end + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            previous_end = end = reader.line_num
            if end > start:
                damaged = True
                problems.append(
                    _error(start,
                           "Zeilen {start} bis {end} nicht lesbar ({reason}) – steht in Zeile "
                           "{start} ein Anführungszeichen (\") ohne Gegenstück? Alle diese "
                           "Zeilen wurden übersprungen.",
                           "Lines {start} to {end} cannot be read ({reason}) – is there an "
                           "unmatched quotation mark (\") on line {start}? All these lines "
                           "were skipped.", start=start, end=end, reason=_csv_reason(exc))
                )
            else:
                problems.append(
                    _error(start, "Zeile nicht lesbar ({reason}); übersprungen.",
                           "Row cannot be read ({reason}); skipped.", reason=_csv_reason(exc))
                )
            continue
        previous_end = end = reader.line_num
        if end > start and _swallowed(row, delimiter, width):
            damaged = True
            header_pending = False
            problems.append(
                _error(start,
                       "Zeilen {start} bis {end} wurden zu einer Zeile verschmolzen: ein "
                       "Anführungszeichen (\") in Zeile {start} hat erst in Zeile {end} ein "
                       "Gegenstück. Die Zeilen wurden übersprungen; bitte das "
                       "Anführungszeichen entfernen oder verdoppeln (\"\").",
                       "Lines {start} to {end} were merged into one row: a quotation mark "
                       "(\") on line {start} is only matched on line {end}. The lines were "
                       "skipped; please remove the quotation mark or double it (\"\").",
                       start=start, end=end)
            )
            continue
        if not any(cell.strip() for cell in row):
            continue  # blank line, or only separators (Excel)
        if header_pending:
            header_pending = False
            continue
        if len(row) > width and any(cell.strip() for cell in row[width:]):
            problems.append(
                _error(start,
                       "Mehr Spalten als in der Kopfzeile ({n} statt {w}) – steht ein "
                       "Trennzeichen im Text? Zeile übersprungen.",
                       "More columns than in the header ({n} instead of {w}) – is there a "
                       "separator inside a text? Row skipped.", n=len(row), w=width)
            )
            continue
        record: dict[str, object] = {}
        for index, name in columns.items():
            cell = _unprotect_cell(row[index]) if index < len(row) else ""
            if name in ("spoken", "learned"):
                record[name] = [v for v in cell.split(_VARIANT_SEPARATOR) if v.strip()]
            else:
                record[name] = cell
        items.append((start, record))
    return items, problems, damaged


# --------------------------------------------------------------------------- loading


@dataclass
class _Parsed:
    vocabulary: VocabularyList | None
    problems: list[Problem]
    lines: list[int | None] = field(default_factory=list)
    damaged: bool = False  # see LoadResult.damaged


def _parse_bytes(
    data: bytes,
    *,
    kind: str,
    layer: Layer,
    name: str,
    path: Path | None,
    source: object,
    pedantic: list[Problem] | None = None,
) -> _Parsed:
    """Parse a file's bytes; ``kind`` is "json", "csv" or "auto" (by content).

    Never raises for bad content: the limits of the standard parsers (nesting depth, field
    size) are handled where they occur; this last guard turns any such error that slipped
    through into a problem, so that a list can never take the app down.
    """
    try:
        return _parse_unguarded(data, kind=kind, layer=layer, name=name, path=path,
                                source=source, pedantic=pedantic)
    except (RecursionError, csv.Error) as exc:
        log.warning("vocabulary %s cannot be parsed: %r", source, exc)
        return _Parsed(None, [_error(None, "„{path}“ ist keine lesbare Wortliste ({reason}).",
                                     "'{path}' is not a readable vocabulary list ({reason}).",
                                     path=source, reason=exc)], damaged=True)


def _parse_unguarded(
    data: bytes,
    *,
    kind: str,
    layer: Layer,
    name: str,
    path: Path | None,
    source: object,
    pedantic: list[Problem] | None,
) -> _Parsed:
    text, encoding = _decode(data)
    if text is None:
        return _Parsed(None, [_not_text(source)], damaged=True)
    if kind == "auto":
        kind = "json" if text.lstrip()[:1] in ("{", "[") else "csv"
    problems: list[Problem] = []
    version = FORMAT_VERSION
    if kind == "json":
        if encoding == "cp1252":
            problems.append(
                _warning(None,
                         "Die Datei ist nicht in UTF-8 gespeichert; sie wurde als Windows-1252 "
                         "gelesen. Bitte als UTF-8 speichern.",
                         "The file is not saved as UTF-8; it was read as Windows-1252. Please "
                         "save it as UTF-8.")
            )
        text = text.replace("\r\n", "\n")
        header, items, json_problems, damaged = _parse_json_text(text, source)
        problems.extend(json_problems)
        if header is None:
            return _Parsed(None, problems, damaged=True)
        bad_header = _check_header(header, source)
        if bad_header is not None:
            return _Parsed(None, [*problems, bad_header], damaged=True)
        version = header.get("version", FORMAT_VERSION)
        if isinstance(header.get("name"), str) and header["name"].strip():
            name = header["name"].strip()
    else:
        items, csv_problems, damaged = _parse_csv_text(text)
        problems.extend(csv_problems)
    if "\ufffd" in text:
        problems.append(
            _warning(None,
                     "Die Datei enthält unlesbare Zeichen (�); Umlaute prüfen und die Datei "
                     "als UTF-8 speichern.",
                     "The file contains unreadable characters (�); check umlauts and save "
                     "the file as UTF-8.")
        )
    lines: list[int | None] = []
    entries = _build_entries(items, problems, lines, pedantic)
    problems.sort(key=lambda p: (p.line or 0))
    vocabulary = VocabularyList(name=name, layer=layer, entries=entries, path=path,
                                version=version)
    return _Parsed(vocabulary, problems, lines, damaged)


def _kind_for(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in _JSON_SUFFIXES:
        return "json"
    if suffix in _CSV_SUFFIXES:
        return "csv"
    return "auto"


def _list_name(path: Path) -> str:
    name = path.name
    for suffix in (".vocab.json", ".json", ".csv", ".tsv", ".txt"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return path.stem or name


def _parse_path(path: str | os.PathLike, layer: Layer, pedantic: list[Problem] | None = None
                ) -> _Parsed:
    path = Path(path)
    data, problem = _read_bytes(path)
    if data is None:
        return _Parsed(None, [problem] if problem else [])
    return _parse_bytes(data, kind=_kind_for(path), layer=Layer(layer), name=_list_name(path),
                        path=path, source=path, pedantic=pedantic)


def load_list(path: str | os.PathLike, layer: Layer = Layer.PERSONAL) -> LoadResult:
    """Load a list from a canonical JSON file or a CSV file (by extension, else by content).

    Tolerant: bad entries are reported with their line and skipped; a damaged JSON document
    is read line by line. ``vocabulary`` is None only when nothing usable could be read
    (missing, unreadable, not a list, cut off, newer format). ``layer`` is the layer the
    list will be active in, whatever the file says.
    """
    parsed = _parse_path(path, layer)
    return LoadResult(parsed.vocabulary, parsed.problems, parsed.damaged)


def import_csv(path_or_bytes: str | os.PathLike | bytes, layer: Layer = Layer.PERSONAL,
               name: str | None = None) -> LoadResult:
    """Import a CSV file as Excel writes it.

    Header ``term,spoken,category[,note][,learned]`` or
    ``Begriff;Gesprochen;Kategorie;Notiz[;Gelernt]`` (any case), comma, semicolon or tab
    separated, UTF-8 with or without BOM or Windows-1252. Several spoken variants go into one
    cell, separated by ``|`` (also the learned ones, see :class:`Entry`). Blank rows are skipped; a
    bad row is reported with its line and the rest is imported.
    """
    if isinstance(path_or_bytes, (bytes, bytearray)):
        parsed = _parse_bytes(bytes(path_or_bytes), kind="csv", layer=Layer(layer),
                              name=name or "Import", path=None, source="CSV")
    else:
        path = Path(path_or_bytes)
        data, problem = _read_bytes(path)
        if data is None:
            return LoadResult(None, [problem] if problem else [])
        parsed = _parse_bytes(data, kind="csv", layer=Layer(layer), name=name or _list_name(path),
                              path=path, source=path)
    return LoadResult(parsed.vocabulary, parsed.problems, parsed.damaged)


# --------------------------------------------------------------------------- saving


def _entry_line(entry: Entry) -> str:
    obj = {"term": entry.term, "spoken": list(entry.spoken), "category": entry.category,
           "note": entry.note}
    if entry.learned:
        obj["learned"] = list(entry.learned)
    return json.dumps(obj, ensure_ascii=False)


def list_json(vl: VocabularyList) -> str:
    """The canonical text of a list: fixed key order, one entry per line, trailing newline."""
    head = [
        "{",
        f'  "format": {json.dumps(FORMAT_NAME)},',
        f'  "version": {FORMAT_VERSION},',
        f'  "name": {json.dumps(vl.name, ensure_ascii=False)},',
        f'  "layer": {json.dumps(Layer(vl.layer).value)},',
    ]
    if not vl.entries:
        return "\n".join([*head, '  "entries": []', "}", ""])
    body = ",\n".join("    " + _entry_line(entry) for entry in vl.entries)
    return "\n".join([*head, '  "entries": [', body, "  ]", "}", ""])


def save_list(vl: VocabularyList, path: str | os.PathLike) -> None:
    """Write ``vl`` in the canonical format, atomically. Raises VocabularyFileError."""
    _atomic_write(Path(path), list_json(vl).encode("utf-8"))


def export_csv(vl: VocabularyList, path: str | os.PathLike) -> None:
    """Write ``vl`` as CSV for German Excel: UTF-8 with BOM, ``;``, CRLF, ``|`` between
    spoken variants, and a leading ``'`` on cells that Excel would run as a formula. A list
    with learned variants gets a fifth column "Gelernt" naming them, so that a round trip
    through Excel keeps them out of the prompt ranking.

    Raises VocabularyFileError.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    learned = any(entry.learned for entry in vl.entries)
    writer.writerow((*_CSV_HEADER, _CSV_LEARNED) if learned else _CSV_HEADER)
    for entry in vl.entries:
        cells = [entry.term, _VARIANT_SEPARATOR.join(entry.spoken), entry.category, entry.note]
        if learned:
            cells.append(_VARIANT_SEPARATOR.join(entry.learned))
        writer.writerow([_protect_cell(cell) for cell in cells])
    _atomic_write(Path(path), buffer.getvalue().encode("utf-8-sig"))


# --------------------------------------------------------------------------- merging


def merge(lists: Sequence[VocabularyList]) -> Vocabulary:
    """Merge lists by layer precedence (organisation < team < personal; given order within a
    layer).

    The same term in a later list replaces the earlier entry. A spoken form (or a term)
    that two remaining entries map to different written forms is reported in
    ``conflicts``; both entries stay, the higher layer's first.
    """
    ordered = sorted(enumerate(lists), key=lambda item: (_LAYER_RANK[Layer(item[1].layer)],
                                                         item[0]))
    winners: dict[str, tuple[int, int, Entry, str]] = {}
    counter = 0
    for rank_index, (_, vl) in enumerate(ordered):
        layer = Layer(vl.layer).value
        for entry in vl.entries:
            winners[entry.term] = (rank_index, counter, entry, layer)
            counter += 1
    chosen = sorted(winners.values(), key=lambda w: (-w[0], w[1]))
    entries = [entry for _, _, entry, _ in chosen]

    owners: dict[str, list[tuple[str, str, str]]] = {}
    for _, _, entry, layer in chosen:
        keys: dict[str, str] = {spoken_key(entry.term): entry.term}
        for variant in entry.spoken:
            keys.setdefault(spoken_key(variant), variant)
        for key, shown in keys.items():
            bucket = owners.setdefault(key, [])
            if all(term != entry.term for term, _, _ in bucket):
                bucket.append((entry.term, layer, shown))
    conflicts = [
        Conflict(" ".join(bucket[0][2].split()), tuple(t for t, _, _ in bucket),
                 tuple(layer for _, layer, _ in bucket))
        for bucket in owners.values()
        if len(bucket) > 1
    ]
    return Vocabulary(entries, conflicts)


# --------------------------------------------------------------------------- defaults & share


def default_list() -> VocabularyList:
    """The organisation list shipped with Diktat (``dictation/data``)."""
    try:
        data = resources.files("dictation.data").joinpath(DEFAULT_RESOURCE).read_bytes()
    except (OSError, ModuleNotFoundError) as exc:
        raise VocabularyFileError(
            tr("Die mitgelieferte Wortliste fehlt. Bitte Diktat neu installieren.",
               "The built-in vocabulary list is missing. Please reinstall Diktat."),
            repr(exc),
        ) from exc
    parsed = _parse_bytes(data, kind="json", layer=Layer.ORGANISATION, name="Organisation",
                          path=None, source=DEFAULT_RESOURCE)
    if parsed.vocabulary is None:
        raise VocabularyFileError(
            tr("Die mitgelieferte Wortliste ist beschädigt. Bitte Diktat neu installieren.",
               "The built-in vocabulary list is damaged. Please reinstall Diktat."),
            "; ".join(str(p) for p in parsed.problems),
        )
    for problem in parsed.problems:
        log.warning("built-in vocabulary: %s", problem)
    return parsed.vocabulary


def _format_time(timestamp: float) -> str:
    moment = datetime.fromtimestamp(timestamp)
    return moment.strftime(tr("%d.%m.%Y %H:%M", "%Y-%m-%d %H:%M"))


def load_organisation(share_path: str | os.PathLike, cache_dir: str | os.PathLike) -> LoadResult:
    """Load the organisation list from a (possibly unreachable) network share.

    Only a clean list (:attr:`LoadResult.defect` is None) is used and saved as the "last
    good local copy" in ``cache_dir``: a file that is empty, half written, cut off by a stray
    quote or not a list at all must not replace a good list for everybody. Otherwise the
    local copy stays in force with a warning naming the file and the reason. Without a copy,
    a share list with bad lines is still used (better than none); with nothing usable the
    result has no list and an error. Reading a share can block for a long time: call this
    off the GUI thread.
    """
    share = Path(share_path)
    cache = Path(cache_dir) / ORGANISATION_CACHE_NAME
    fresh = load_list(share, Layer.ORGANISATION)
    defect = fresh.defect
    if defect is None:
        problems = list(fresh.problems)
        try:
            data = list_json(fresh.vocabulary).encode("utf-8")  # type: ignore[arg-type]
            if not cache.is_file() or cache.read_bytes() != data:
                cache.parent.mkdir(parents=True, exist_ok=True)
                _atomic_write(cache, data)
        except (OSError, VocabularyFileError) as exc:
            log.warning("cannot update local copy %s: %r", cache, exc)
            problems.append(
                _warning(None,
                         "Die lokale Kopie der Organisationsliste konnte nicht "
                         "aktualisiert werden: {reason}",
                         "The local copy of the organisation list could not be updated: "
                         "{reason}", reason=exc)
            )
        return LoadResult(fresh.vocabulary, problems)

    reason = defect.rstrip(".")
    try:
        has_copy = cache.is_file()
    except OSError:  # e.g. no permission on the cache folder
        has_copy = False
    cached = load_list(cache, Layer.ORGANISATION) if has_copy else None
    if cached is not None and cached.vocabulary is not None and cached.vocabulary.entries:
        try:
            when = _format_time(cache.stat().st_mtime)
        except OSError:
            when = "?"
        if fresh.vocabulary is None and not fresh.damaged:  # could not be read at all
            warning = _warning(
                None,
                "Die Organisationsliste ist nicht verfügbar ({reason}). Verwendet wird die "
                "lokale Kopie vom {when}.",
                "The organisation list is not available ({reason}). Using the local copy from "
                "{when}.",
                reason=reason, when=when,
            )
        else:
            warning = _warning(
                None,
                "Die Organisationsliste „{path}“ ist fehlerhaft und wird nicht übernommen "
                "({reason}). Verwendet wird die lokale Kopie vom {when}; bitte die IT-Betreuung "
                "informieren.",
                "The organisation list '{path}' is faulty and was not adopted ({reason}). Using "
                "the local copy from {when}; please tell IT support.",
                path=share, reason=reason, when=when,
            )
        return LoadResult(cached.vocabulary, [warning, *cached.problems])
    if fresh.vocabulary is not None and fresh.vocabulary.entries:
        return LoadResult(fresh.vocabulary, fresh.problems, fresh.damaged)
    copy_state = (
        tr("die lokale Kopie ist ebenfalls unbrauchbar", "the local copy is unusable too")
        if cached is not None
        else tr("eine lokale Kopie gibt es noch nicht", "there is no local copy yet")
    )
    return LoadResult(None, [
        _error(
            None,
            "Die Organisationsliste ist nicht verfügbar ({reason}), und {copy}. Bitte die "
            "Netzwerkverbindung prüfen oder die IT-Betreuung fragen.",
            "The organisation list is not available ({reason}), and {copy}. Please check "
            "the network connection or ask IT support.",
            reason=reason, copy=copy_state,
        )
    ], fresh.damaged)


# --------------------------------------------------------------------------- checking

#: UTF-8 read as Windows-1252 ("Ã¼" for "ü", "â€" for dashes and quotes).
_MOJIBAKE = re.compile(
    r"Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u201a-\u203a]|â€|Â[\u00a0-\u00bf]"
)
_LOST_UMLAUT = re.compile(r"\w\?\w")


def _suspicious(text: str) -> str | None:
    """A short description of what looks wrong in ``text``, or None."""
    for char in text:
        if char == "\ufffd":
            return tr("unlesbares Zeichen (�)", "unreadable character (�)")
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Co", "Cs"):
            return tr("unsichtbares Steuerzeichen U+{code:04X}",
                      "invisible control character U+{code:04X}").format(code=ord(char))
    if _MOJIBAKE.search(text):
        return tr("Zeichensalat (falsche Kodierung, z. B. „Ã¼“ statt „ü“)",
                  "garbled text (wrong encoding, e.g. 'Ã¼' instead of 'ü')")
    if _LOST_UMLAUT.search(text):
        return tr("„?“ mitten im Wort (verlorener Umlaut?)",
                  "'?' inside a word (lost umlaut?)")
    if "  " in text:
        return tr("doppeltes Leerzeichen", "double space")
    return None


def check(path: str | os.PathLike) -> list[Problem]:
    """Validation report for a list file, sorted by line.

    Everything :func:`load_list` reports, plus duplicate terms, spoken forms that map to
    different terms (conflicts), suspicious characters, stray spaces and repeated variants.
    """
    pedantic: list[Problem] = []
    parsed = _parse_path(path, Layer.PERSONAL, pedantic)
    problems = list(parsed.problems)
    if parsed.vocabulary is None:
        return problems
    problems.extend(pedantic)
    entries = parsed.vocabulary.entries
    first_line: dict[str, int | None] = {}
    owners: dict[str, tuple[str, int | None]] = {}
    for entry, line in zip(entries, parsed.lines):
        if entry.term in first_line:
            problems.append(
                _warning(line, "„{term}“ steht doppelt in der Liste (zuerst in Zeile {first}); "
                               "der spätere Eintrag gilt.",
                         "'{term}' is listed twice (first on line {first}); the later entry "
                         "is used.", term=entry.term, first=first_line[entry.term] or "?")
            )
        else:
            first_line[entry.term] = line
        for text in (entry.term, *entry.spoken, entry.category):
            what = _suspicious(text)
            if what:
                problems.append(_warning(line, "Verdächtig in „{t}“: {what}.",
                                         "Suspicious in '{t}': {what}.", t=text, what=what))
        for variant in entry.spoken:
            if _VARIANT_SEPARATOR in variant:
                problems.append(
                    _warning(line, "„|“ in der gesprochenen Variante „{v}“ – beim CSV-Export "
                                   "würde sie geteilt.",
                             "'|' in the spoken variant '{v}' – a CSV export would split it.",
                             v=variant)
                )
        keys = {spoken_key(entry.term): entry.term}
        for variant in entry.spoken:
            keys.setdefault(spoken_key(variant), variant)
        for key, shown in keys.items():
            owner = owners.get(key)
            if owner is None:
                owners[key] = (entry.term, line)
            elif owner[0] != entry.term:
                problems.append(
                    _warning(line,
                             "Konflikt: „{spoken}“ ergibt hier „{term}“, in Zeile {other} aber "
                             "„{other_term}“.",
                             "Conflict: '{spoken}' gives '{term}' here but '{other_term}' on "
                             "line {other}.",
                             spoken=shown, term=entry.term, other=owner[1] or "?",
                             other_term=owner[0])
                )
    problems.sort(key=lambda p: (p.line or 0))
    return problems


# --------------------------------------------------------------------------- active vocabulary


class VocabularyStore:
    """The active vocabulary: at most one list per layer, merged.

    Reading :attr:`active` is safe from any thread (it is replaced, never changed in place).
    A file that cannot be used never replaces the list that is in force.
    """

    def __init__(self, lists: Iterable[VocabularyList] = ()) -> None:
        self._lock = threading.Lock()
        self._lists: dict[Layer, VocabularyList] = {}
        for vl in lists:
            self._lists[Layer(vl.layer)] = vl
        self._active = self._merged()

    def _merged(self) -> Vocabulary:
        return merge([self._lists[layer] for layer in Layer if layer in self._lists])

    @property
    def active(self) -> Vocabulary:
        """The merged vocabulary now in force."""
        return self._active

    def list_for(self, layer: Layer) -> VocabularyList | None:
        """The list active in ``layer``, if any."""
        return self._lists.get(Layer(layer))

    def set_list(self, vl: VocabularyList) -> Vocabulary:
        """Make ``vl`` the list of its layer; returns the new merged vocabulary."""
        with self._lock:
            self._lists[Layer(vl.layer)] = vl
            self._active = self._merged()
            return self._active

    def remove(self, layer: Layer) -> Vocabulary:
        """Drop the list of ``layer``; returns the new merged vocabulary."""
        with self._lock:
            self._lists.pop(Layer(layer), None)
            self._active = self._merged()
            return self._active

    def switch(self, path: str | os.PathLike, layer: Layer = Layer.PERSONAL, *,
               allow_partial: bool = True) -> list[Problem]:
        """Load ``path`` and make it the list of ``layer``; returns the problems found.

        If the file cannot be used — or, with ``allow_partial=False``, if any line had to be
        skipped — the previous list stays in force and a warning saying so is added.
        """
        result = load_list(path, layer)
        usable = result.vocabulary is not None and (allow_partial or result.ok)
        if not usable:
            return [
                *result.problems,
                _warning(None, "Die bisher aktive Wortliste bleibt in Kraft.",
                         "The previously active vocabulary list stays in force."),
            ]
        self.set_list(result.vocabulary)  # type: ignore[arg-type]
        return result.problems
