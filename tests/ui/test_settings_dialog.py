"""Tests of ui/settings_dialog.py: values shown, policy locks, changes collected."""

from __future__ import annotations

from PySide6.QtCore import Qt

from dictation.settings import Key, load_settings, policy_file, user_settings_file
from ui.settings_dialog import SettingsDialog

from .fakes import MICROPHONE


def write(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_policy_locked_fields_are_disabled_with_hint(qtbot):
    """Values the policy sets are shown disabled with "Von der IT festgelegt"; others editable."""
    write(policy_file(), "[history]\nretention_days = 14\n[model]\npath = '/opt/modell'\n"
                         "[vocabulary]\norganisation = '/srv/share/vokabular.json'\n")
    write(user_settings_file(), "[history]\nretention_days = 99\n")
    dialog = SettingsDialog(load_settings(), [MICROPHONE])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.retention.value() == 14
    assert not dialog.retention.isEnabled()
    assert dialog.lock_labels[Key.RETENTION_DAYS].isVisible()
    assert dialog.lock_labels[Key.RETENTION_DAYS].text() == "Von der IT festgelegt"
    assert "Von der IT festgelegt" in dialog.retention.accessibleDescription()
    assert not dialog.own_model.isEnabled() and not dialog.bundled.isEnabled()
    assert dialog.own_model.isChecked() and dialog.model_path.value() == "/opt/modell"
    assert not dialog.vocab_org.isEnabled()
    assert dialog.vocab_org.value() == "/srv/share/vokabular.json"
    assert dialog.vocab_team.isEnabled() and dialog.export_folder.isEnabled()
    assert not dialog.lock_labels[Key.EXPORT_FOLDER].isVisible()
    dialog.retention.setValue(30)  # a locked value never becomes a change
    dialog.vocab_team.set_value("/home/a/team.csv")
    assert dialog.changes() == {Key.VOCABULARY_TEAM: "/home/a/team.csv"}


def test_defaults_and_changes(qtbot):
    """Defaults: bundled model, audio not saved, 30 days; edits become typed changes."""
    dialog = SettingsDialog(load_settings(), [MICROPHONE])
    qtbot.addWidget(dialog)
    assert dialog.bundled.isChecked() and not dialog.model_path.isEnabled()
    assert not dialog.save_audio.isChecked()
    assert dialog.retention.value() == 30
    assert dialog.changes() == {}
    dialog.own_model.setChecked(True)
    dialog.model_path.set_value("/opt/turbo")
    dialog.microphone.setCurrentIndex(dialog.microphone.findData("USB-Headset"))
    dialog.save_audio.setChecked(True)
    dialog.retention.setValue(60)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("en"))
    assert dialog.changes() == {
        Key.MODEL_PATH: "/opt/turbo", Key.MICROPHONE: "USB-Headset", Key.SAVE_AUDIO: True,
        Key.RETENTION_DAYS: 60, Key.UI_LANGUAGE: "en",
    }


def test_dialog_controls_have_names(qtbot):
    """Every control of the dialog has an accessible name."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

    dialog = SettingsDialog(load_settings(), [])
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QWidget

    kinds = (QAbstractButton, QComboBox, QLineEdit, QSpinBox)
    for widget in dialog.findChildren(QWidget):
        if not isinstance(widget, kinds):
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QSpinBox)):
            continue
        if widget.objectName().startswith("qt_") or not widget.isVisibleTo(dialog):
            continue
        assert widget.accessibleName() or widget.text(), widget


def test_permissions_and_suggestion_folder_locked_by_policy(qtbot):
    """Permissions and the suggestion folder set by the policy are shown with "Von der IT
    festgelegt"; the permissions are readable text, never part of the changes."""
    write(policy_file(), "[vocabulary]\neditable = ['team']\nsuggestions = '/srv/vorschlaege'\n"
                         "[export]\nallowed = ['clipboard', 'docx']\n")
    dialog = SettingsDialog(load_settings(), [MICROPHONE])
    qtbot.addWidget(dialog)
    dialog.show()
    for key in (Key.VOCABULARY_EDITABLE, Key.EXPORT_ALLOWED, Key.VOCABULARY_SUGGESTIONS):
        assert dialog.lock_labels[key].isVisible(), key
    assert dialog.vocab_editable.text() == "persönliche Liste, Teamliste"
    assert dialog.export_allowed.text() == "Zwischenablage, Word-Datei"
    assert "Von der IT festgelegt" in dialog.export_allowed.toolTip()
    assert dialog.export_allowed.focusPolicy() != Qt.FocusPolicy.NoFocus  # readable by keyboard
    assert not dialog.vocab_suggestions.isEnabled()
    assert dialog.vocab_suggestions.value() == "/srv/vorschlaege"
    assert dialog.changes() == {}


def test_permission_defaults_shown_and_suggestion_folder_editable(qtbot):
    """Without a policy: defaults shown (not marked as locked, but not editable either); the
    suggestion folder is the user's to set."""
    write(user_settings_file(), "[export]\nallowed = ['txt']\n")  # ignored: policy only
    dialog = SettingsDialog(load_settings(), [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.lock_labels[Key.EXPORT_ALLOWED].isVisible()
    assert not dialog.lock_labels[Key.VOCABULARY_EDITABLE].isVisible()
    assert dialog.vocab_editable.text() == "persönliche Liste"
    assert dialog.export_allowed.text() == (
        "Zwischenablage, Einfügen in ein anderes Programm, Word-Datei, Textdatei")
    assert "nur die IT" in dialog.export_allowed.toolTip()
    assert dialog.vocab_suggestions.isEnabled()
    dialog.vocab_suggestions.set_value("/srv/team/vorschlaege")
    assert dialog.changes() == {Key.VOCABULARY_SUGGESTIONS: "/srv/team/vorschlaege"}
