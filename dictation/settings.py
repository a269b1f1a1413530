"""Machine-wide policy and per-user settings, read from two TOML files.

Both files have the same layout::

    [model]
    path = "/opt/whisper/large-v3-turbo"   # a CTranslate2 Whisper model folder
    name = "large-v3"                      # hub model; only used when configured

    [recognition]
    language = "de"

The user file lives in the user's config folder (``DIKTAT_CONFIG_DIR`` overrides the folder);
the policy file is ``/etc/diktat/settings.toml`` (Windows:
``%ProgramData%\\Diktat\\settings.toml``; ``DIKTAT_POLICY_FILE`` overrides it). Values in the
policy file override the user's and are reported as locked. A damaged file is reported in
``Settings.problems`` and ignored; loading never raises.

This module only reads files; it is called once at start-up and the result passed on.
"""

from __future__ import annotations

import enum
import logging
import os
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .i18n import tr

__all__ = ["Key", "Settings", "load_settings", "policy_file", "user_settings_file"]

log = logging.getLogger("dictation")

SETTINGS_FILE_NAME = "settings.toml"


class Key(enum.StrEnum):
    """Known settings: ``"table.key"`` as written in the TOML files."""

    MODEL_PATH = "model.path"
    MODEL_NAME = "model.name"
    LANGUAGE = "recognition.language"


# Settings field each key fills.
_FIELDS: dict[Key, str] = {
    Key.MODEL_PATH: "model_path",
    Key.MODEL_NAME: "model_name",
    Key.LANGUAGE: "language",
}


@dataclass(frozen=True)
class Settings:
    """Merged settings (policy over user).

    Attributes:
      model_path: Model folder from a settings file (relative paths are taken relative to the
        file's folder); None = not configured.
      model_name: Hub model name; used only when configured and nothing local is found.
      language: Spoken language (ISO code).
      locked: Keys (``Key`` values) set by the machine-wide policy; the user cannot change them.
      problems: User-facing messages about files that could not be read (already logged).
    """

    model_path: str | None = None
    model_name: str | None = None
    language: str = "de"
    locked: frozenset[str] = frozenset()
    problems: tuple[str, ...] = ()


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
    values = _read_file(user_path, problems)
    policy_values = _read_file(policy_path, problems)
    values.update(policy_values)
    return Settings(
        **{_FIELDS[key]: value for key, value in values.items()},
        locked=frozenset(str(key) for key in policy_values),
        problems=tuple(problems),
    )


def _read_file(path: Path, problems: list[str]) -> dict[Key, str]:
    """The known, well-typed values of one settings file; problems are appended."""
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

    values: dict[Key, str] = {}
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
        value = table[name]
        if not isinstance(value, str):
            _problem(problems, _type_message(path, key, tr("ein Text", "a string")))
            continue
        if key is Key.MODEL_PATH:
            value = str(path.parent / Path(value).expanduser())
        values[key] = value
    _log_unknown(path, data)
    return values


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
