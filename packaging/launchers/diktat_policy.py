"""Writes the machine-wide settings file (policy) from installer properties.

The MSI (``packaging/windows/Diktat.wxs``) runs, as a deferred custom action with system
rights after the files are installed::

    "[INSTALLDIR]diktat.exe" --write-policy "MODELDIR=[MODELDIR]|" "EXPORTDIR=[EXPORTDIR]|" ...

Each argument is ``NAME=VALUE``; a trailing ``|`` is removed (it keeps a value that ends in a
backslash from escaping the closing quote on the Windows command line). Empty values are
skipped, so a property that was not given leaves the file's value as it is; other keys already
in the file (set by IT by hand) are kept. The file is ``dictation.settings.policy_file()``:
``%ProgramData%\\Diktat\\settings.toml`` on Windows, ``/etc/diktat/settings.toml`` elsewhere
(``--file`` or ``DIKTAT_POLICY_FILE`` replace it).

Properties and the settings they set:

=============  =============================  ==========================================
MODELDIR       ``model.path``                 folder of a CTranslate2 Whisper model
VOCABULARYDIR  ``vocabulary.organisation``    folder (share) holding ``organisation.vocab.json``,
                                              or the path of a .json/.csv list itself
EXPORTDIR      ``export.folder``              folder offered for Word/text files
RETENTIONDAYS  ``history.retention_days``     1 to 3650
UILANGUAGE     ``ui.language``                de, en (``system``: the system's language)
SAVEAUDIO      ``audio.save``                 0/1, false/true, nein/ja
=============  =============================  ==========================================

Exit status: 0 written (or nothing to write), 2 an invalid value (nothing written; the MSI
then rolls back, and its log shows the message), 1 the file could not be written.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from dictation.settings import Key, load_settings, policy_file, save_user_settings

#: File name of the organisation list inside VOCABULARYDIR.
ORGANISATION_LIST = "organisation.vocab.json"

_MAX_RETENTION_DAYS = 3650
_TRUE = {"1", "true", "yes", "ja", "on"}
_FALSE = {"0", "false", "no", "nein", "off"}

PROPERTIES: dict[str, Key] = {
    "MODELDIR": Key.MODEL_PATH,
    "VOCABULARYDIR": Key.VOCABULARY_ORGANISATION,
    "EXPORTDIR": Key.EXPORT_FOLDER,
    "RETENTIONDAYS": Key.RETENTION_DAYS,
    "UILANGUAGE": Key.UI_LANGUAGE,
    "SAVEAUDIO": Key.SAVE_AUDIO,
}


class PolicyValueError(ValueError):
    """A property value that cannot go into the policy; the message says which and why."""


def _clean(value: str) -> str:
    value = value.strip()
    if value.endswith("|"):
        value = value[:-1]
    return value.strip().strip('"').strip()


def _join(folder: str, name: str) -> str:
    windows = "\\" in folder or re.match(r"^[A-Za-z]:", folder)
    sep = "\\" if windows else "/"
    return folder.rstrip("\\/") + sep + name


def policy_changes(assignments: Sequence[str]) -> dict[Key, str | int | bool]:
    """The settings to write for ``NAME=VALUE`` arguments; raises PolicyValueError."""
    changes: dict[Key, str | int | bool] = {}
    for assignment in assignments:
        name, sep, raw = assignment.partition("=")
        name = name.strip().upper()
        if not sep or name not in PROPERTIES:
            raise PolicyValueError(
                f"Unbekannte Angabe „{assignment}“; erlaubt sind "
                + ", ".join(f"{p}=…" for p in PROPERTIES)
            )
        value = _clean(raw)
        if not value:
            continue
        key = PROPERTIES[name]
        if key is Key.RETENTION_DAYS:
            if not value.isdigit() or not 1 <= int(value) <= _MAX_RETENTION_DAYS:
                raise PolicyValueError(
                    f"RETENTIONDAYS muss eine ganze Zahl von 1 bis {_MAX_RETENTION_DAYS} sein, "
                    f"nicht „{value}“"
                )
            changes[key] = int(value)
        elif key is Key.SAVE_AUDIO:
            if value.lower() not in _TRUE | _FALSE:
                raise PolicyValueError(f"SAVEAUDIO muss 0 oder 1 sein, nicht „{value}“")
            changes[key] = value.lower() in _TRUE
        elif key is Key.UI_LANGUAGE:
            language = value.lower()
            if language == "system":
                language = ""
            if language not in ("", "de", "en"):
                raise PolicyValueError(
                    f"UILANGUAGE muss de, en oder system sein, nicht „{value}“")
            changes[key] = language
        elif key is Key.VOCABULARY_ORGANISATION:
            is_list = value.lower().endswith((".json", ".csv"))
            changes[key] = value if is_list else _join(value, ORGANISATION_LIST)
        else:
            changes[key] = value
    return changes


def write_policy(assignments: Sequence[str], path: Path | None = None) -> tuple[Path, dict]:
    """Merge the properties into the policy file; returns the file and what was written.

    Raises PolicyValueError (bad value; nothing written) or dictation's SettingsSaveError.
    """
    path = Path(path) if path is not None else policy_file()
    changes = policy_changes(assignments)
    if not changes:
        return path, {}
    save_user_settings(changes, path=path)  # merges, keeps other keys, atomic replace
    if sys.platform != "win32":
        os.chmod(path, 0o644)  # written via mkstemp (0600); every user must read the policy
    problems = load_settings(policy_path=path, user_path=path.with_name(".none")).problems
    if problems:
        raise PolicyValueError("; ".join(problems))
    return path, changes


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="diktat --write-policy",
        description="Schreibt die Maschinen-Einstellungen (Richtlinie) aus Installer-Angaben.",
    )
    parser.add_argument("assignments", nargs="*", metavar="NAME=WERT",
                        help=", ".join(PROPERTIES))
    parser.add_argument("--file", type=Path, help=f"Zieldatei (Standard: {policy_file()})")
    args = parser.parse_args(argv)
    try:
        path, changes = write_policy(args.assignments, args.file)
    except PolicyValueError as e:
        print(f"Fehler: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # noqa: BLE001 - SettingsSaveError and OS errors: say and fail
        print(f"Fehler: {e}", file=sys.stderr)
        return 1
    if changes:
        print(f"{path}: " + ", ".join(f"{key} = {value!r}" for key, value in changes.items()))
    else:
        print(f"{path}: keine Angaben, nichts geändert")
    return 0


if __name__ == "__main__":
    sys.exit(main())
