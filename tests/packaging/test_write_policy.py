"""``diktat --write-policy``: installer properties into the machine-wide settings file."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from dictation.settings import load_settings

from .conftest import load_script


@pytest.fixture(scope="module")
def policy():
    return load_script("launchers/diktat_policy.py")


def _settings(path: Path):
    return load_settings(policy_path=path, user_path=path.with_name("no-user.toml"))


def test_properties_become_locked_settings(policy, tmp_path: Path) -> None:
    """Each property lands in its key; the app reads them back as policy (locked)."""
    path = tmp_path / "Diktat" / "settings.toml"
    status = policy.main([
        "MODELDIR=C:\\Modelle\\large-v3-turbo|", "VOCABULARYDIR=\\\\server\\share\\diktat\\|",
        "EXPORTDIR=H:\\Vermerke|", "RETENTIONDAYS=30|", "UILANGUAGE=EN|", "SAVEAUDIO=0|",
        "--file", str(path),
    ])
    assert status == 0
    settings = _settings(path)
    assert settings.problems == ()
    assert settings.retention_days == 30
    assert settings.ui_language == "en"
    assert settings.save_audio is False
    # Paths come back as the settings loader makes them (relative to the file on Linux).
    assert settings.model_path.endswith("C:\\Modelle\\large-v3-turbo")
    assert settings.vocabulary_organisation.endswith(
        "\\\\server\\share\\diktat\\organisation.vocab.json")
    assert settings.locked == frozenset({
        "model.path", "vocabulary.organisation", "export.folder", "history.retention_days",
        "ui.language", "audio.save"})


def test_empty_properties_keep_existing_values(policy, tmp_path: Path) -> None:
    """A repair or upgrade without properties changes nothing; IT's own keys stay."""
    path = tmp_path / "settings.toml"
    path.write_text('[recognition]\nlanguage = "de"\n[history]\nretention_days = 90\n',
                    encoding="utf-8")
    assert policy.main(["MODELDIR=|", "RETENTIONDAYS=|", "--file", str(path)]) == 0
    assert _settings(path).retention_days == 90
    assert policy.main(["SAVEAUDIO=ja|", "--file", str(path)]) == 0
    settings = _settings(path)
    assert (settings.retention_days, settings.save_audio, settings.language) == (90, True, "de")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_policy_readable_by_everyone(policy, tmp_path: Path) -> None:
    """Written as root, the file must still be readable for every user (not 0600)."""
    path = tmp_path / "settings.toml"
    assert policy.main(["RETENTIONDAYS=7", "--file", str(path)]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


@pytest.mark.parametrize("bad", ["RETENTIONDAYS=0", "RETENTIONDAYS=dreißig",
                                 "SAVEAUDIO=vielleicht", "UILANGUAGE=fr", "MODELPATH=x",
                                 "nonsense"])
def test_bad_values_write_nothing(policy, tmp_path: Path, bad: str,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    """A wrong value fails with status 2 and a message (the MSI then rolls back)."""
    path = tmp_path / "settings.toml"
    assert policy.main(["RETENTIONDAYS=30", bad, "--file", str(path)]) == 2
    assert not path.exists()
    assert "Fehler:" in capsys.readouterr().err


def test_vocabulary_file_given_directly(policy) -> None:
    """VOCABULARYDIR may also name the list file itself."""
    changes = policy.policy_changes(["VOCABULARYDIR=/srv/diktat/liste.csv"])
    assert list(changes.values()) == ["/srv/diktat/liste.csv"]
    changes = policy.policy_changes(["VOCABULARYDIR=/srv/diktat/"])
    assert list(changes.values()) == ["/srv/diktat/organisation.vocab.json"]
