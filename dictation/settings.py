"""Machine-wide policy and per-user settings, read from two TOML files.

Both files have the same layout::

    [model]
    path = "/opt/whisper/large-v3-turbo"   # a CTranslate2 Whisper model folder
    name = "large-v3"                      # hub model; only used when configured
    compute_type = "float32"               # "int8" (default) or "float32": more accurate,
                                           # about 200 MB more memory

    [recognition]
    language = "de"

    [ui]
    language = "en"                        # "de", "en"; empty = the system's language

    [audio]
    microphone = "USB"                     # device name (or part of it); empty = default
    save = false                           # keep recordings (off; Diktat stores no audio)

    [vocabulary]
    organisation = '\\\\server\\diktat\\vokabular.json'  # list of the organisation (a share)
    team = "team.csv"                      # list of the team
    personal = "~/vokabular.json"          # the user's own list
    editable = ["personal", "team"]        # layers the user may edit (policy only)
    suggestions = '\\\\server\\diktat\\vorschlaege'  # shared folder for suggestions

    [export]
    folder = "~/Dokumente/Vermerke"        # where Word/text files are offered to be saved
    template = "vorlage.docx"              # Word template; empty = the one shipped
    allowed = ["clipboard", "docx"]        # export targets the user may use (policy only)

    [history]
    retention_days = 30                    # finished notes are deleted after this many days

The user file lives in the user's config folder (``DIKTAT_CONFIG_DIR`` overrides the folder);
the policy file is ``/etc/diktat/settings.toml`` (Windows:
``%ProgramData%\\Diktat\\settings.toml``; ``DIKTAT_POLICY_FILE`` overrides it). Values in the
policy file override the user's and are reported as locked. Permissions
(``vocabulary.editable``, ``export.allowed``) are read from the policy file only: in the user's
file they are ignored (logged), so that nobody grants themselves rights. A damaged file is
reported in ``Settings.problems`` and ignored; loading never raises.

Paths (model, vocabulary lists, suggestion folder, export folder, template) may be relative
to the file's folder and may start with ``~``; an empty path means "not set".

This module reads the files once at start-up (the result is passed on) and writes the user's
file when the settings dialog saves (:func:`save_user_settings`, atomic).
"""

from __future__ import annotations

import contextlib
import enum
import logging
import math
import os
import re
import sys
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from dictation.errors import DictationError
from dictation.fileio import write_atomic
from dictation.i18n import tr

__all__ = [
    "COMPUTE_TYPES",
    "DEFAULT_RETENTION_DAYS",
    "EDITABLE_LAYERS",
    "EXPORT_TARGETS",
    "Key",
    "Settings",
    "SettingsSaveError",
    "load_settings",
    "policy_file",
    "save_user_settings",
    "user_settings_file",
]

log = logging.getLogger("dictation")

SETTINGS_FILE_NAME = "settings.toml"


class Key(enum.StrEnum):
    """Known settings: ``"table.key"`` as written in the TOML files."""

    MODEL_PATH = "model.path"
    MODEL_NAME = "model.name"
    COMPUTE_TYPE = "model.compute_type"
    LANGUAGE = "recognition.language"
    UI_LANGUAGE = "ui.language"
    MICROPHONE = "audio.microphone"
    SAVE_AUDIO = "audio.save"
    VOCABULARY_ORGANISATION = "vocabulary.organisation"
    VOCABULARY_TEAM = "vocabulary.team"
    VOCABULARY_PERSONAL = "vocabulary.personal"
    VOCABULARY_EDITABLE = "vocabulary.editable"
    VOCABULARY_SUGGESTIONS = "vocabulary.suggestions"
    EXPORT_FOLDER = "export.folder"
    EXPORT_TEMPLATE = "export.template"
    EXPORT_ALLOWED = "export.allowed"
    RETENTION_DAYS = "history.retention_days"


DEFAULT_RETENTION_DAYS = 30
_MAX_RETENTION_DAYS = 3650
_UI_LANGUAGES = ("", "de", "en")
#: Values of ``model.compute_type`` (CTranslate2 compute types).
COMPUTE_TYPES = ("int8", "float32")

#: Vocabulary layers ``vocabulary.editable`` may name (the personal list is always editable).
EDITABLE_LAYERS = ("personal", "team", "organisation")
#: Export targets ``export.allowed`` may name: copy to the clipboard, paste into the previous
#: window, Word file, text file. Default: all.
EXPORT_TARGETS = ("clipboard", "paste", "docx", "txt")

# Settings field each key fills.
_FIELDS: dict[Key, str] = {
    Key.MODEL_PATH: "model_path",
    Key.MODEL_NAME: "model_name",
    Key.COMPUTE_TYPE: "compute_type",
    Key.LANGUAGE: "language",
    Key.UI_LANGUAGE: "ui_language",
    Key.MICROPHONE: "microphone",
    Key.SAVE_AUDIO: "save_audio",
    Key.VOCABULARY_ORGANISATION: "vocabulary_organisation",
    Key.VOCABULARY_TEAM: "vocabulary_team",
    Key.VOCABULARY_PERSONAL: "vocabulary_personal",
    Key.VOCABULARY_EDITABLE: "vocabulary_editable",
    Key.VOCABULARY_SUGGESTIONS: "vocabulary_suggestions",
    Key.EXPORT_FOLDER: "export_folder",
    Key.EXPORT_TEMPLATE: "export_template",
    Key.EXPORT_ALLOWED: "export_allowed",
    Key.RETENTION_DAYS: "retention_days",
}

# Type of each key's value; keys not listed are strings. Lists hold strings.
_TYPES: dict[Key, type] = {
    Key.SAVE_AUDIO: bool, Key.RETENTION_DAYS: int,
    Key.VOCABULARY_EDITABLE: list, Key.EXPORT_ALLOWED: list,
}

# Names a list key may contain, in the order the value is kept in.
_CHOICES: dict[Key, tuple[str, ...]] = {
    Key.VOCABULARY_EDITABLE: EDITABLE_LAYERS,
    Key.EXPORT_ALLOWED: EXPORT_TARGETS,
}

# String keys with a fixed set of values (compared lower-cased), and how a message names them.
_WORD_CHOICES: dict[Key, tuple[tuple[str, ...], Callable[[], str]]] = {
    Key.UI_LANGUAGE: (_UI_LANGUAGES, lambda: "„de“, „en“ " + tr("oder leer", "or empty")),
    Key.COMPUTE_TYPE: (COMPUTE_TYPES,
                       lambda: tr("„int8“ oder „float32“", "'int8' or 'float32'")),
}

# Permissions: only the machine-wide policy may set them (ignored in the user's file).
_POLICY_ONLY = frozenset({Key.VOCABULARY_EDITABLE, Key.EXPORT_ALLOWED})

# Keys holding a file or folder: relative to the settings file, "~" expanded, "" = not set.
_PATHS = frozenset({
    Key.MODEL_PATH, Key.VOCABULARY_ORGANISATION, Key.VOCABULARY_TEAM, Key.VOCABULARY_PERSONAL,
    Key.VOCABULARY_SUGGESTIONS, Key.EXPORT_FOLDER, Key.EXPORT_TEMPLATE,
})


class SettingsSaveError(DictationError):
    """The user's settings file could not be written; the old file is unchanged."""


@dataclass(frozen=True)
class Settings:
    """Merged settings (policy over user).

    Attributes:
      model_path: Model folder from a settings file (relative paths are taken relative to the
        file's folder); None = not configured.
      model_name: Hub model name; used only when configured and nothing local is found.
      compute_type: How the model computes on the CPU (one of ``COMPUTE_TYPES``): "int8"
        by default; "float32" made fewer word errors (domain dictations: 452 instead of 478
        of 2,472 words on the file path) for about 200 MB more memory.
      language: Spoken language (ISO code).
      ui_language: Language of the desktop app: "de", "en", or "" for the system's.
      microphone: Input device name (or part of it); None = the system's default input.
      save_audio: Keep recordings. Off by default; Diktat itself stores no audio.
      vocabulary_organisation: Vocabulary list of the organisation (often on a share).
      vocabulary_team: Vocabulary list of the team.
      vocabulary_personal: The user's own vocabulary list.
      vocabulary_editable: Layers (names from ``EDITABLE_LAYERS``) the user may edit in the
        vocabulary editor; the personal list is always editable. Policy only.
      vocabulary_suggestions: Shared folder where correction suggestions are collected for
        approval; None = not shared.
      export_folder: Folder offered when saving Word/text files; None = the user's documents.
      export_template: Word template for exports; None = the template shipped with Diktat.
      export_allowed: Export targets (names from ``EXPORT_TARGETS``) the user may use.
        Policy only; default all.
      retention_days: Finished notes are deleted from the local history after this many days
        (1 to 3650).
      locked: Keys (``Key`` values) set by the machine-wide policy; the user cannot change them.
      problems: User-facing messages about files that could not be read (already logged).
    """

    model_path: str | None = None
    model_name: str | None = None
    compute_type: str = "int8"
    language: str = "de"
    ui_language: str = ""
    microphone: str | None = None
    save_audio: bool = False
    vocabulary_organisation: str | None = None
    vocabulary_team: str | None = None
    vocabulary_personal: str | None = None
    vocabulary_editable: tuple[str, ...] = ("personal",)
    vocabulary_suggestions: str | None = None
    export_folder: str | None = None
    export_template: str | None = None
    export_allowed: tuple[str, ...] = EXPORT_TARGETS
    retention_days: int = DEFAULT_RETENTION_DAYS
    locked: frozenset[str] = frozenset()
    problems: tuple[str, ...] = ()

    def value(self, key: Key) -> str | int | bool | tuple[str, ...] | None:
        """The merged value of ``key``."""
        return getattr(self, _FIELDS[key])

    def is_locked(self, key: Key) -> bool:
        """True when the machine-wide policy sets ``key``."""
        return str(key) in self.locked

    def may_edit(self, layer: str) -> bool:
        """True when the user may edit the vocabulary ``layer`` (personal: always)."""
        layer = str(getattr(layer, "value", layer))
        return layer == "personal" or layer in self.vocabulary_editable

    def may_export(self, target: str) -> bool:
        """True when the export ``target`` (one of ``EXPORT_TARGETS``) is allowed."""
        return target in self.export_allowed

    @property
    def vocabulary_files(self) -> tuple[str, ...]:
        """The configured vocabulary lists, organisation first (later ones override)."""
        files = (self.vocabulary_organisation, self.vocabulary_team, self.vocabulary_personal)
        return tuple(f for f in files if f)


def policy_file() -> Path:
    """The machine-wide policy file (it need not exist)."""
    override = os.environ.get("DIKTAT_POLICY_FILE")
    if override:
        return Path(override)
    if sys.platform == "win32":
        root = os.environ.get("ProgramData") or r"C:\ProgramData"
        return Path(root) / "Diktat" / SETTINGS_FILE_NAME
    return Path("/etc/diktat") / SETTINGS_FILE_NAME


def user_settings_file() -> Path:
    """The per-user settings file (it need not exist)."""
    folder = os.environ.get("DIKTAT_CONFIG_DIR") or platformdirs.user_config_dir(
        "diktat", appauthor=False
    )
    return Path(folder) / SETTINGS_FILE_NAME


def load_settings(policy_path: Path | None = None, user_path: Path | None = None) -> Settings:
    """Read the user file, then the policy file on top; never raises.

    ``policy_path``/``user_path`` default to ``policy_file()``/``user_settings_file()``.
    """
    policy_path = policy_file() if policy_path is None else Path(policy_path)
    user_path = user_settings_file() if user_path is None else Path(user_path)
    problems: list[str] = []
    values = _read_file(user_path, problems, skip=_POLICY_ONLY)
    policy_values = _read_file(policy_path, problems)
    values.update(policy_values)
    return Settings(
        **{_FIELDS[key]: value for key, value in values.items()},
        locked=frozenset(str(key) for key in policy_values),
        problems=tuple(problems),
    )


def _read_file(
    path: Path, problems: list[str], skip: frozenset[Key] = frozenset()
) -> dict[Key, object]:
    """The known, well-typed values of one settings file; problems are appended.

    Keys in ``skip`` (permissions, in the user's file) are ignored and logged.
    """
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as e:
        line = _error_line(str(e))
        _problem(
            problems,
            tr(
                "Die Einstellungsdatei „{path}“ ist fehlerhaft ({where}: {error}) und wird "
                "ignoriert. Bitte korrigieren Sie die Datei oder löschen Sie sie.",
                "The settings file '{path}' is malformed ({where}: {error}) and is ignored. "
                "Please fix or delete the file.",
            ).format(
                path=path,
                where=tr("Zeile {line}", "line {line}").format(line=line)
                if line
                else tr("Dateiende", "end of file"),
                error=e,
            ),
        )
        return {}
    except (OSError, UnicodeDecodeError) as e:
        _problem(
            problems,
            tr(
                "Die Einstellungsdatei „{path}“ kann nicht gelesen werden ({error}) und wird "
                "ignoriert.",
                "The settings file '{path}' cannot be read ({error}) and is ignored.",
            ).format(path=path, error=e),
        )
        return {}

    values: dict[Key, object] = {}
    bad_tables: set[str] = set()
    for key in Key:
        table_name, name = key.split(".", 1)
        table = data.get(table_name)
        if table is None or table_name in bad_tables:
            continue
        if not isinstance(table, dict):
            bad_tables.add(table_name)
            _problem(problems, _type_message(path, table_name, tr("eine Tabelle", "a table")))
            continue
        if name not in table:
            continue
        if key in skip:
            log.warning("Setting %s in %s ignored: only the machine-wide policy may set it",
                        key, path)
            continue
        value = _checked(path, key, table[name], problems)
        if value is _INVALID:
            continue
        if key in _PATHS:
            value = str(path.parent / Path(value).expanduser()) if value.strip() else None
        values[key] = value
    _log_unknown(path, data)
    return values


_INVALID = object()


def _checked(path: Path, key: Key, value: object, problems: list[str]) -> object:
    """``value`` if it has the key's type and range, else ``_INVALID`` (and a problem)."""
    kind = _TYPES.get(key, str)
    if kind is bool:
        if not isinstance(value, bool):
            _problem(problems, _type_message(path, key, tr("true oder false", "true or false")))
            return _INVALID
        return value
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            _problem(problems, _type_message(path, key, tr("eine ganze Zahl", "a whole number")))
            return _INVALID
        if key is Key.RETENTION_DAYS and not 1 <= value <= _MAX_RETENTION_DAYS:
            _problem(problems, _type_message(
                path, key, tr("eine Zahl von 1 bis {max}", "a number from 1 to {max}").format(
                    max=_MAX_RETENTION_DAYS)))
            return _INVALID
        return value
    if kind is list:
        return _checked_list(path, key, value, problems)
    if not isinstance(value, str):
        _problem(problems, _type_message(path, key, tr("ein Text", "a string")))
        return _INVALID
    if key in _WORD_CHOICES:
        choices, named = _WORD_CHOICES[key]
        word = value.strip().lower()
        if word not in choices:
            _problem(problems, _type_message(path, key, named()))
            return _INVALID
        return word
    if key is Key.MICROPHONE:
        return value.strip() or None
    return value


def _checked_list(path: Path, key: Key, value: object, problems: list[str]) -> object:
    """A list of known names as a tuple in canonical order, or ``_INVALID``.

    Unknown names are reported and left out (a permission list then grants less, never more).
    """
    choices = _CHOICES[key]
    names = ", ".join(f"„{c}“" for c in choices)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        _problem(problems, _type_message(path, key, tr(
            "eine Liste aus {names}", "a list of {names}").format(names=names)))
        return _INVALID
    given = {v.strip().lower() for v in value}
    unknown = sorted(given.difference(choices))
    if unknown:
        _problem(problems, tr(
            "In der Einstellungsdatei „{path}“ enthält „{key}“ unbekannte Werte "
            "({unknown}); sie werden ignoriert. Erlaubt sind {names}.",
            "In the settings file '{path}', '{key}' contains unknown values ({unknown}); they "
            "are ignored. Allowed are {names}.",
        ).format(path=path, key=key, unknown=", ".join(unknown), names=names))
    return tuple(c for c in choices if c in given)


def _error_line(message: str) -> int | None:
    """The line number in a ``TOMLDecodeError`` message (Python 3.11 has no attribute)."""
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _type_message(path: Path, key: str, expected: str) -> str:
    return tr(
        "In der Einstellungsdatei „{path}“ muss „{key}“ {expected} sein; der Wert wird "
        "ignoriert.",
        "In the settings file '{path}', '{key}' must be {expected}; the value is ignored.",
    ).format(path=path, key=key, expected=expected)


def _problem(problems: list[str], message: str) -> None:
    log.warning("%s", message)
    problems.append(message)


def _log_unknown(path: Path, data: dict) -> None:
    """Unknown keys are logged, not reported: newer versions may add keys."""
    known = {str(key) for key in Key}
    for table_name, table in data.items():
        names = table.keys() if isinstance(table, dict) else [None]
        for name in names:
            dotted = table_name if name is None else f"{table_name}.{name}"
            if dotted not in known:
                log.info("Unknown setting %s in %s (ignored)", dotted, path)


# --------------------------------------------------------------------------------- writing


def save_user_settings(
    changes: Mapping[Key, str | int | bool | Sequence[str] | None], path: Path | None = None
) -> Path:
    """Write ``changes`` into the user's settings file (default ``user_settings_file()``).

    Other values already in the file, unknown keys of newer versions included, are kept;
    ``None`` removes a key. A file that cannot be parsed is copied to ``*.damaged`` first.
    The file is replaced atomically (temporary file, fsync, rename).
    Values must have their key's type (lists: of strings); paths are written as given. Raises
    ``SettingsSaveError`` (with a message for the user) when the file cannot be written.
    """
    path = user_settings_file() if path is None else Path(path)
    data: dict = {}
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        backup = path.with_name(path.name + ".damaged")
        log.warning("Settings file %s unreadable (%r); kept as %s and rewritten", path, e, backup)
        with contextlib.suppress(OSError):
            backup.write_bytes(path.read_bytes())
    for key, value in changes.items():
        key = Key(key)
        kind = _TYPES.get(key, str)
        if kind is list and isinstance(value, tuple):
            value = list(value)
        if value is not None and (
            not isinstance(value, kind) or (kind is int and isinstance(value, bool))
            or (kind is list and not all(isinstance(v, str) for v in value))
        ):
            raise TypeError(f"{key} must be {kind.__name__}, not {type(value).__name__}")
        table_name, name = key.split(".", 1)
        table = data.get(table_name)
        if not isinstance(table, dict):
            table = data[table_name] = {}
        if value is None:
            table.pop(name, None)
        else:
            table[name] = value
    text = _dump_toml(data)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text.encode("utf-8"), private=True)
    except OSError as e:
        raise SettingsSaveError(
            tr(
                "Die Einstellungen konnten nicht in „{path}“ gespeichert werden ({error}). "
                "Bitte prüfen Sie, ob der Ordner beschreibbar ist und genug Platz frei ist.",
                "The settings could not be saved to '{path}' ({error}). Please check that "
                "the folder is writable and has enough free space.",
            ).format(path=path, error=e.strerror or e),
            repr(e),
        ) from e
    log.info("Settings saved to %s (%s)", path, ", ".join(str(k) for k in changes))
    return path


def _dump_toml(data: Mapping) -> str:
    """TOML for a document of flat tables of strings, numbers, booleans and lists of them.

    Top-level scalars come first; nested tables deeper than one level are dropped (logged).
    """
    lines: list[str] = []
    tables = []
    for name, value in data.items():
        if isinstance(value, dict):
            tables.append((name, value))
        elif (rendered := _toml_value(value)) is not None:
            lines.append(f"{_toml_key(name)} = {rendered}")
    for name, table in tables:
        if lines:
            lines.append("")
        lines.append(f"[{_toml_key(name)}]")
        for key, value in table.items():
            rendered = _toml_value(value)
            if rendered is None:
                log.warning("Setting %s.%s cannot be written back (dropped)", name, key)
                continue
            lines.append(f"{_toml_key(key)} = {rendered}")
    return "\n".join(lines) + "\n"


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _toml_string(key)


def _toml_string(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _toml_value(value: object) -> str | None:
    """``value`` as TOML, or None for types this writer does not handle."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        items = [_toml_value(v) for v in value]
        if any(item is None for item in items):
            return None
        return "[" + ", ".join(items) + "]"
    return None
