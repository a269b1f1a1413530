"""Tests of the desktop app's settings keys and of writing the user's settings file."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from dictation.settings import (
    DEFAULT_RETENTION_DAYS,
    EXPORT_TARGETS,
    Key,
    Settings,
    SettingsSaveError,
    load_settings,
    policy_file,
    save_user_settings,
    user_settings_file,
)

from .test_settings import _isolated, _write  # noqa: F401  (autouse fixture)


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


def test_compute_type_is_read_and_checked():
    """model.compute_type: int8 without files, "float32" read (any case), anything else is
    reported and ignored (the default, or the other file's value, applies)."""
    assert load_settings().compute_type == "int8"
    _write(user_settings_file(), "[model]\ncompute_type = 'Float32'\n")
    assert load_settings().compute_type == "float32"
    _write(policy_file(), "[model]\ncompute_type = 'fp16'\n")
    settings = load_settings()
    assert settings.compute_type == "float32"  # the user's value; the policy's is invalid
    assert len(settings.problems) == 1
    assert "model.compute_type" in settings.problems[0] and "float32" in settings.problems[0]


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


# --------------------------------------------------------------------------- permissions


def test_permission_defaults():
    """Without a policy: only the personal list is editable; every export is allowed; no
    suggestion folder."""
    settings = load_settings()
    assert settings.vocabulary_editable == ("personal",)
    assert settings.export_allowed == EXPORT_TARGETS == ("clipboard", "paste", "docx", "txt")
    assert settings.vocabulary_suggestions is None
    assert settings.may_edit("personal") and not settings.may_edit("team")
    assert not settings.may_edit("organisation")
    assert all(settings.may_export(target) for target in EXPORT_TARGETS)


def test_policy_sets_permissions_and_locks_them():
    """Lists from the policy are read as tuples in a fixed order, case and spaces ignored;
    the personal list stays editable; the suggestion folder is a path like the others."""
    policy = _write(
        policy_file(),
        "[vocabulary]\neditable = [' Organisation', 'team']\nsuggestions = 'vorschlaege'\n"
        "[export]\nallowed = ['docx', 'CLIPBOARD']\n",
    )
    settings = load_settings()
    assert settings.problems == ()
    assert settings.vocabulary_editable == ("team", "organisation")
    assert settings.may_edit("personal") and settings.may_edit("team")
    assert settings.export_allowed == ("clipboard", "docx")
    assert not settings.may_export("paste") and not settings.may_export("txt")
    assert settings.vocabulary_suggestions == str(policy.parent / "vorschlaege")
    for key in (Key.VOCABULARY_EDITABLE, Key.EXPORT_ALLOWED, Key.VOCABULARY_SUGGESTIONS):
        assert settings.is_locked(key)
    assert settings.value(Key.EXPORT_ALLOWED) == ("clipboard", "docx")


def test_policy_can_forbid_every_export():
    """An empty list allows no export at all."""
    _write(policy_file(), "[export]\nallowed = []\n")
    settings = load_settings()
    assert settings.export_allowed == ()
    assert not any(settings.may_export(target) for target in EXPORT_TARGETS)


def test_permissions_in_the_user_file_are_ignored(caplog):
    """Nobody grants themselves rights: editable/allowed in the user's file are ignored (and
    logged, not reported); the suggestion folder is the user's to choose."""
    user = _write(
        user_settings_file(),
        "[vocabulary]\neditable = ['team', 'organisation']\nsuggestions = '/srv/vorschlaege'\n"
        "[export]\nallowed = ['docx']\n",
    )
    with caplog.at_level("WARNING", logger="dictation"):
        settings = load_settings()
    assert settings.vocabulary_editable == ("personal",)
    assert settings.export_allowed == EXPORT_TARGETS
    assert settings.vocabulary_suggestions == "/srv/vorschlaege"
    assert settings.problems == ()
    assert "vocabulary.editable" in caplog.text and str(user) in caplog.text


def test_unknown_names_are_left_out_and_reported():
    """A typo in a permission list is reported and left out: the list grants less, not more."""
    _write(policy_file(), "[export]\nallowed = ['docx', 'word', 'mail']\n"
                          "[vocabulary]\neditable = ['teams']\n")
    settings = load_settings()
    assert settings.export_allowed == ("docx",)
    assert settings.vocabulary_editable == ()
    assert settings.may_edit("personal") and not settings.may_edit("team")
    assert len(settings.problems) == 2
    assert any("export.allowed" in p and "mail, word" in p and "„txt“" in p
               for p in settings.problems)


def test_permission_lists_of_the_wrong_type_are_problems():
    """A string instead of a list, or numbers in the list: reported, the default applies."""
    _write(policy_file(), "[export]\nallowed = 'docx'\n[vocabulary]\neditable = [1, 2]\n"
                          "suggestions = 5\n")
    settings = load_settings()
    assert settings.export_allowed == EXPORT_TARGETS
    assert settings.vocabulary_editable == ("personal",)
    assert settings.vocabulary_suggestions is None
    assert len(settings.problems) == 3
    assert any("export.allowed" in p and "eine Liste aus" in p for p in settings.problems)


def test_list_values_are_written_as_toml_lists():
    """save_user_settings writes a list (or tuple) of strings as a TOML array."""
    path = save_user_settings({Key.EXPORT_ALLOWED: ("clipboard", "txt")},
                              path=policy_file())
    assert tomllib.loads(path.read_text(encoding="utf-8"))["export"]["allowed"] == [
        "clipboard", "txt"]
    assert load_settings().export_allowed == ("clipboard", "txt")
    with pytest.raises(TypeError):
        save_user_settings({Key.EXPORT_ALLOWED: [1, 2]})
    with pytest.raises(TypeError):
        save_user_settings({Key.VOCABULARY_EDITABLE: "team"})


def test_it_documentation_lists_every_key():
    """packaging/README.md's policy table names exactly the keys settings.py knows."""
    import re

    readme = Path(__file__).resolve().parents[2] / "packaging" / "README.md"
    text = readme.read_text(encoding="utf-8")
    section = text.split("## Maschinen-Einstellungen (Richtlinie)", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", section, re.MULTILINE))
    assert documented == {str(key) for key in Key}
