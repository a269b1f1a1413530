"""Tests of dictation/settings.py: user and policy TOML files, merging, locking, bad files."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from dictation.settings import Key, Settings, load_settings, policy_file, user_settings_file


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


def test_no_files_gives_defaults():
    """Without any settings file the defaults apply, nothing is locked and nothing reported."""
    assert load_settings() == Settings()
    assert load_settings().language == "de"


def test_env_overrides_file_locations(tmp_path):
    """DIKTAT_CONFIG_DIR and DIKTAT_POLICY_FILE choose the two files."""
    assert user_settings_file() == tmp_path / "config" / "settings.toml"
    assert policy_file() == tmp_path / "policy" / "settings.toml"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX default location")
def test_default_policy_location(monkeypatch):
    """The machine-wide policy file is /etc/diktat/settings.toml by default."""
    monkeypatch.delenv("DIKTAT_POLICY_FILE")
    assert policy_file() == Path("/etc/diktat/settings.toml")


def test_user_file_is_read():
    """Values from the user file are read; a relative model path is taken from its folder."""
    user = _write(
        user_settings_file(),
        '[model]\npath = "models/turbo"\nname = "large-v3"\n[recognition]\nlanguage = "en"\n',
    )
    settings = load_settings()
    assert settings.model_path == str(user.parent / "models" / "turbo")
    assert settings.model_name == "large-v3"
    assert settings.language == "en"
    assert settings.locked == frozenset()
    assert settings.problems == ()


def test_policy_overrides_user_and_locks():
    """Policy values win over user values and are reported as locked; others stay the user's."""
    _write(user_settings_file(), '[model]\npath = "/user/model"\n[recognition]\nlanguage = "en"\n')
    _write(policy_file(), '[model]\npath = "/policy/model"\n')
    settings = load_settings()
    assert settings.model_path == str(Path("/policy/model"))
    assert settings.language == "en"
    assert Key.MODEL_PATH in settings.locked
    assert Key.LANGUAGE not in settings.locked


def test_malformed_toml_is_reported_not_raised(caplog):
    """A broken file is ignored with a German message naming the file and line; others apply."""
    user = _write(user_settings_file(), '[model]\npath = "unterminated\n')
    _write(policy_file(), '[recognition]\nlanguage = "de"\n')
    with caplog.at_level(logging.WARNING, logger="dictation"):
        settings = load_settings()
    assert settings.model_path is None
    assert Key.LANGUAGE in settings.locked
    assert len(settings.problems) == 1
    assert str(user) in settings.problems[0]
    assert "Zeile 2" in settings.problems[0]
    assert "ignoriert" in settings.problems[0]
    assert str(user) in caplog.text


def test_malformed_toml_message_in_english(monkeypatch):
    """With DIKTAT_LANG=en the problem is reported in English."""
    monkeypatch.setenv("DIKTAT_LANG", "en")
    _write(policy_file(), "[model\n")
    settings = load_settings()
    assert "line 1" in settings.problems[0]
    assert "ignored" in settings.problems[0]


def test_wrong_types_are_reported_and_ignored():
    """A value of the wrong type (number, table) is reported and the rest of the file applies."""
    _write(user_settings_file(), 'model = "x"\n[recognition]\nlanguage = 5\n')
    _write(policy_file(), '[model]\npath = 3\nname = "small"\n')
    settings = load_settings()
    assert settings == Settings(
        model_name="small", locked=frozenset({"model.name"}), problems=settings.problems
    )
    assert len(settings.problems) == 3
    assert any("recognition.language" in p for p in settings.problems)


def test_unreadable_file_is_reported(tmp_path):
    """A settings path that cannot be read (here: a folder) is reported, not raised."""
    policy_file().mkdir(parents=True)
    settings = load_settings()
    assert settings == Settings(problems=settings.problems)
    assert str(policy_file()) in settings.problems[0]


def test_unknown_keys_are_ignored():
    """Keys this version does not know (a newer version's) do not count as problems."""
    _write(user_settings_file(), '[model]\nbeam = 3\n[ui]\ntheme = "dark"\n')
    assert load_settings() == Settings()
