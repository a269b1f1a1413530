"""Tests of the desktop app's settings keys and of writing the user's settings file."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from dictation.settings import (
    DEFAULT_RETENTION_DAYS,
    Key,
    Settings,
    SettingsSaveError,
    load_settings,
    policy_file,
    save_user_settings,
    user_settings_file,
)


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Point both settings files into tmp_path so tests never read real settings."""
    monkeypatch.setenv("DIKTAT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DIKTAT_POLICY_FILE", str(tmp_path / "policy" / "settings.toml"))
    monkeypatch.setenv("DIKTAT_LANG", "de")


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_of_new_keys():
    """Without files: 30 days retention, no audio saved, no vocabulary files, system language."""
    settings = load_settings()
    assert settings.retention_days == DEFAULT_RETENTION_DAYS == 30
    assert settings.save_audio is False
    assert settings.vocabulary_files == ()
    assert settings.ui_language == ""
    assert settings.microphone is None


def test_typed_values_are_read_and_paths_resolved():
    """Booleans, numbers and paths are read with their types; relative paths from the file."""
    user = _write(
        user_settings_file(),
        "[audio]\nsave = true\nmicrophone = 'USB Headset'\n"
        "[history]\nretention_days = 90\n"
        "[vocabulary]\nteam = 'team.csv'\npersonal = '~/eigen.json'\norganisation = ''\n"
        "[export]\nfolder = '/srv/vermerke'\n[ui]\nlanguage = 'EN'\n",
    )
    settings = load_settings()
    assert settings.save_audio is True
    assert settings.retention_days == 90
    assert settings.microphone == "USB Headset"
    assert settings.vocabulary_team == str(user.parent / "team.csv")
    assert settings.vocabulary_personal == str(Path("~/eigen.json").expanduser())
    assert settings.vocabulary_organisation is None
    assert settings.vocabulary_files == (settings.vocabulary_team, settings.vocabulary_personal)
    assert settings.export_folder == "/srv/vermerke"
    assert settings.ui_language == "en"
    assert settings.value(Key.RETENTION_DAYS) == 90


def test_wrong_types_and_ranges_are_problems():
    """A string for a boolean, a bool for a number, 0 days and an unknown language are reported."""
    _write(
        user_settings_file(),
        "[audio]\nsave = 'ja'\n[history]\nretention_days = true\n[ui]\nlanguage = 'fr'\n",
    )
    _write(policy_file(), "[history]\nretention_days = 0\n")
    settings = load_settings()
    assert settings.save_audio is False
    assert settings.retention_days == DEFAULT_RETENTION_DAYS
    assert settings.ui_language == ""
    assert len(settings.problems) == 4
    assert any("history.retention_days" in p and "1 bis 3650" in p for p in settings.problems)


def test_policy_locks_new_keys():
    """A policy value wins and is locked; is_locked tells the settings dialog."""
    _write(user_settings_file(), "[history]\nretention_days = 5\n")
    _write(policy_file(), "[history]\nretention_days = 14\n[audio]\nsave = false\n")
    settings = load_settings()
    assert settings.retention_days == 14
    assert settings.is_locked(Key.RETENTION_DAYS) and settings.is_locked(Key.SAVE_AUDIO)
    assert not settings.is_locked(Key.EXPORT_FOLDER)


def test_save_user_settings_round_trip():
    """Saved values load back with their types; other and unknown keys in the file are kept."""
    _write(user_settings_file(), '[model]\nname = "small"\n[ui]\ntheme = "dunkel"\n')
    save_user_settings({
        Key.RETENTION_DAYS: 60,
        Key.SAVE_AUDIO: True,
        Key.EXPORT_FOLDER: 'C:\\Users\\Anna "A" \\Vermerke',
        Key.VOCABULARY_PERSONAL: "/home/anna/vokabular.json",
        Key.UI_LANGUAGE: "en",
    })
    settings = load_settings()
    assert settings.retention_days == 60 and settings.save_audio is True
    assert settings.model_name == "small"
    assert settings.ui_language == "en"
    assert settings.vocabulary_personal == "/home/anna/vokabular.json"
    data = tomllib.loads(user_settings_file().read_text(encoding="utf-8"))
    assert data["ui"]["theme"] == "dunkel"
    assert data["export"]["folder"] == 'C:\\Users\\Anna "A" \\Vermerke'


def test_save_none_removes_key():
    """``None`` removes a key, so the default applies again."""
    save_user_settings({Key.RETENTION_DAYS: 7})
    save_user_settings({Key.RETENTION_DAYS: None})
    assert load_settings().retention_days == DEFAULT_RETENTION_DAYS


def test_save_rejects_wrong_type():
    """A value of the wrong type is a programming error, not silently written."""
    with pytest.raises(TypeError):
        save_user_settings({Key.RETENTION_DAYS: "30"})


def test_save_is_atomic_and_reports_errors(tmp_path, monkeypatch):
    """When the rename fails the old file stays and no temporary file is left behind."""
    user = _write(user_settings_file(), "[history]\nretention_days = 10\n")

    def fail(*args):
        raise PermissionError(13, "Keine Berechtigung")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(SettingsSaveError) as info:
        save_user_settings({Key.RETENTION_DAYS: 20})
    assert "Keine Berechtigung" in str(info.value)
    assert user.read_text(encoding="utf-8") == "[history]\nretention_days = 10\n"
    assert [p.name for p in user.parent.iterdir()] == ["settings.toml"]


def test_settings_default_equality_unchanged():
    """Settings() with no files still equals the dataclass defaults."""
    assert load_settings() == Settings()


def test_save_over_damaged_file_keeps_a_copy():
    """Saving over a file that cannot be parsed keeps the old content as settings.toml.damaged."""
    user = _write(user_settings_file(), "[history\nretention_days = 3\n")
    save_user_settings({Key.RETENTION_DAYS: 8})
    assert load_settings().retention_days == 8
    damaged = user.parent / "settings.toml.damaged"
    assert damaged.read_text(encoding="utf-8").startswith("[history\n")
