"""Machine-wide permissions in the app: allowed exports, editable vocabulary lists, the
suggestion folder; and the organisation list on a share with its last good local copy."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import dictation
from dictation import load_engine_vocabulary
from dictation.settings import Settings, load_settings, policy_file, user_settings_file
from dictation.vocabulary.lists import Entry, Layer, VocabularyList, save_list
from ui.worker import State

BLOCKED = "Von der IT nicht freigegeben"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- exports


def test_exports_not_allowed_are_disabled_with_explanation(qtbot, make_window, isolated):
    """export.allowed = ["docx"]: clipboard, paste and text export are disabled (actions,
    buttons and their shortcuts) with the tooltip "Von der IT nicht freigegeben"; Word stays."""
    write(policy_file(), "[export]\nallowed = ['docx']\n")
    window = make_window()
    blocked = [window.act_copy, window.act_copy_all, window.copy_button, window.act_paste,
               window.paste_button, window.act_save_text]
    for control in blocked:
        assert not control.isEnabled(), control.text()
        assert control.toolTip() == BLOCKED, control.text()
    assert window.copy_button.accessibleDescription() == BLOCKED
    assert window.act_save_word.isEnabled() and window.word_button.isEnabled()
    assert window.word_button.toolTip() == "Speichert den Vermerk als Word-Datei (Strg+S)"

    QGuiApplication.clipboard().setText("vorher")
    window.editor.commit("Vertraulicher Text.")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QGuiApplication.clipboard().text() == "vorher"
    # called directly (another way in): refused as well, with a message
    assert window.copy_text() is None and window.copy_note_with_header() is None
    assert not window.paste_into_previous()
    assert window.save_text() is None
    assert QGuiApplication.clipboard().text() == "vorher"
    assert window.statusBar().currentMessage() == BLOCKED
    window.ask_save_path = lambda *a: str(isolated / "vermerk.docx")
    assert window.save_word() == isolated / "vermerk.docx"


def test_all_exports_allowed_by_default(make_window):
    """Without a policy every export is enabled with its normal tooltip."""
    window = make_window()
    for control in (window.act_copy, window.copy_button, window.act_paste, window.paste_button,
                    window.act_save_word, window.word_button, window.act_save_text):
        assert control.isEnabled()
        assert control.toolTip() != BLOCKED
    assert window.copy_text() == ""


def test_user_cannot_allow_exports_for_themselves(make_window):
    """export.allowed in the user's own file is ignored."""
    write(policy_file(), "[export]\nallowed = ['clipboard']\n")
    write(user_settings_file(), "[export]\nallowed = ['clipboard', 'paste', 'docx', 'txt']\n")
    window = make_window()
    assert window.act_copy.isEnabled()
    assert not window.act_save_word.isEnabled() and not window.paste_button.isEnabled()


# --------------------------------------------------------------------------- vocabulary editor


def open_editor(window):
    pytest.importorskip("ui.vocab_editor")
    window.act_vocab.trigger()
    editor = window._vocab_editor
    assert editor is not None
    return editor


@pytest.fixture
def team_list(isolated) -> Path:
    team = isolated / "share" / "team.vocab.json"
    team.parent.mkdir(parents=True)
    save_list(VocabularyList("Team", Layer.TEAM, [Entry("Viernheim", ("Fiernheim",))]), team)
    return team


def test_vocab_editor_personal_only_by_default(make_window, team_list):
    """Without vocabulary.editable a configured team list is shown read-only; the personal
    list is editable (also when the user configured the team list themselves)."""
    write(user_settings_file(), f"[vocabulary]\nteam = '{team_list}'\n")
    window = make_window()
    editor = open_editor(window)
    assert editor.is_editable(Layer.PERSONAL)
    assert not editor.is_editable(Layer.TEAM)
    assert not editor.is_editable(Layer.ORGANISATION)
    editor.close()


def test_vocab_editor_layers_allowed_by_policy(make_window, team_list, isolated):
    """vocabulary.editable = ["team"] lets the user edit the team list; the suggestion folder
    of the policy is where the editor collects suggestions."""
    folder = isolated / "share" / "vorschlaege"
    folder.mkdir()
    write(policy_file(), f"[vocabulary]\nteam = '{team_list}'\neditable = ['team']\n"
                         f"suggestions = '{folder}'\n")
    window = make_window()
    editor = open_editor(window)
    assert editor.is_editable(Layer.TEAM) and editor.is_editable(Layer.PERSONAL)
    assert not editor.is_editable(Layer.ORGANISATION)
    assert editor.workspace.suggestion_sources == [folder]
    editor.close()


# --------------------------------------------------------------------------- organisation share


ORG = "organisation.vocab.json"


def save_org(path: Path, terms: list[str]) -> None:
    save_list(VocabularyList("Organisation", Layer.ORGANISATION,
                             [Entry(t, (t.lower() + " wort",)) for t in terms]), path)


def terms_of(vocabulary) -> set[str]:
    return {e.term for e in vocabulary.entries}


def test_share_unreachable_uses_the_last_good_copy(isolated):
    """A good list on the share becomes the local copy; a corrupt new file and then a
    deleted share leave that list in force, each time with a warning; team and personal
    lists and the shipped list are loaded as before."""
    share = isolated / "share"
    share.mkdir()
    save_org(share / ORG, ["Zauberwort", "Kreisjobcenter Bergstraße"])
    personal = isolated / "eigen.json"
    save_list(VocabularyList("Ich", Layer.PERSONAL, [Entry("Eigenwort")]), personal)
    settings = Settings(vocabulary_organisation=str(share / ORG),
                        vocabulary_personal=str(personal))
    copies = isolated / "copies"

    first = load_engine_vocabulary(settings, copies)
    assert {"Zauberwort", "Eigenwort", "Bürgergeld"} <= terms_of(first.vocabulary)
    assert first.warnings == () and first.problems == ()
    assert (copies / ORG).is_file()

    (share / ORG).write_text('{"format": "diktat-vocabulary", "entries": [{"te',
                             encoding="utf-8")  # a half-written new version
    corrupt = load_engine_vocabulary(settings, copies)
    assert "Zauberwort" in terms_of(corrupt.vocabulary)
    assert len(corrupt.warnings) == 1 and "lokale Kopie" in corrupt.warnings[0]

    shutil.rmtree(share)
    offline = load_engine_vocabulary(settings, copies)
    assert {"Zauberwort", "Eigenwort", "Bürgergeld"} <= terms_of(offline.vocabulary)
    assert len(offline.warnings) == 1 and "lokale Kopie" in offline.warnings[0]
    assert offline.problems == ()


def test_share_unreachable_without_copy_is_an_error(isolated):
    """Never reached and no copy yet: an error for the user; the shipped list still works."""
    settings = Settings(vocabulary_organisation=str(isolated / "fehlt" / ORG))
    result = load_engine_vocabulary(settings, isolated / "copies")
    assert result.warnings == ()
    assert len(result.problems) == 1
    assert "lokale Kopie gibt es noch nicht" in result.problems[0]
    assert "Bürgergeld" in terms_of(result.vocabulary)


class _Tokenizer:
    def encode(self, text, add_special_tokens=False):
        return SimpleNamespace(ids=list(range(len(text.split()))))


def fake_loaded_model(*args, **kwargs):
    return SimpleNamespace(model=SimpleNamespace(hf_tokenizer=_Tokenizer()),
                           candidate=SimpleNamespace(name="fake-base"), device="cpu",
                           notice="", load_seconds=0.0)


def test_window_warns_when_the_share_is_gone(qtbot, make_window, isolated, monkeypatch):
    """The real engine loader in the window: with the share deleted between two loads the
    organisation list of the local copy stays in force and the status bar shows a lasting
    warning (full text as tooltip); when the share is back the warning goes."""
    monkeypatch.setattr("dictation.engine.models.load_model", fake_loaded_model)
    share = isolated / "share"
    share.mkdir()
    save_org(share / ORG, ["Zauberwort"])
    write(policy_file(), f"[vocabulary]\norganisation = '{share / ORG}'\n")
    window = make_window(load_engine=dictation.load_engine)
    assert "Zauberwort" in terms_of(window.controller.engine.vocabulary)
    assert not window.vocab_warning.isVisible()
    assert (dictation.organisation_copy_folder() / ORG).is_file()  # in DIKTAT_DATA_DIR

    shutil.rmtree(share)
    assert window.controller.load()
    qtbot.waitUntil(lambda: window.controller.state == State.READY, timeout=5000)
    assert "Zauberwort" in terms_of(window.controller.engine.vocabulary)
    assert window.vocab_warning.isVisible()
    assert "lokale Kopie" in window.vocab_warning.toolTip()
    assert "lokale Kopie" in window.statusBar().currentMessage()
    assert not window.errors  # a warning, not an error box

    share.mkdir()
    save_org(share / ORG, ["Zauberwort", "Neuwort"])
    assert window.controller.load()
    qtbot.waitUntil(lambda: window.controller.state == State.READY, timeout=5000)
    assert "Neuwort" in terms_of(window.controller.engine.vocabulary)
    assert not window.vocab_warning.isVisible()


def test_settings_reload_keeps_permissions(make_window):
    """load_settings() is what the window re-reads after the dialog saved: the policy's
    permissions are applied again."""
    write(policy_file(), "[export]\nallowed = ['txt']\n")
    window = make_window(reload_settings=load_settings)
    from dictation.settings import Key

    assert window.apply_settings({Key.RETENTION_DAYS: 40})
    assert window.act_save_text.isEnabled() and not window.act_save_word.isEnabled()
