"""Tests of ui/app.py: logging, language, translations, exception hook, entry points."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from dictation.notes.drafts import DraftStore
from dictation.settings import Settings
from ui import app as app_module


@pytest.fixture
def english(qapp, monkeypatch):
    """DIKTAT_LANG=en: the English translation installed for one test, removed afterwards."""
    monkeypatch.setenv("DIKTAT_LANG", "en")
    language = app_module.ui_language(Settings(ui_language="de"))
    assert language == "en"
    translators = app_module.install_translators(qapp, language)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)


def test_logging_goes_to_rotating_file(isolated):
    """setup_logging writes to DIKTAT_LOG_DIR with a rotating handler, added only once."""
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        path = app_module.setup_logging()
        assert path == isolated / "log" / "diktat.log"
        assert app_module.setup_logging() == path
        added = [h for h in root.handlers if h not in before]
        assert len(added) == 1 and isinstance(added[0], logging.handlers.RotatingFileHandler)
        logging.getLogger("diktat.ui").info("Testeintrag")
        added[0].flush()
        assert "Testeintrag" in path.read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


@pytest.fixture
def file_logging(isolated):
    """setup_logging for one test; the handler it adds is removed afterwards."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def _mode(path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_log_is_private_from_the_start(isolated, file_logging, monkeypatch):
    """The log names folders and errors of the user's work: the app's log folders are
    created 0700 and the log file 0600 (also after rotating), whatever the umask."""
    folder = isolated / "state" / "diktat" / "log"
    monkeypatch.setenv("DIKTAT_LOG_DIR", str(folder))
    previous = os.umask(0)
    try:
        path = app_module.setup_logging()
        logging.getLogger("diktat.ui").warning("Testeintrag")
        handler = next(h for h in logging.getLogger().handlers
                       if getattr(h, "baseFilename", None) == str(path))
        handler.doRollover()
        logging.getLogger("diktat.ui").warning("nach dem Wechsel")
        handler.flush()
    finally:
        os.umask(previous)
    assert _mode(folder.parent) == 0o700 and _mode(folder) == 0o700
    assert _mode(path) == 0o600
    assert _mode(path.with_name("diktat.log.1")) == 0o600
    assert "nach dem Wechsel" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_log_left_readable_by_an_older_version_is_made_private(isolated, file_logging):
    """A log folder 0755 and log files 0644 from an older version are narrowed at start."""
    folder = isolated / "log"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    for name in ("diktat.log", "diktat.log.1"):
        (folder / name).write_text("alt\n", encoding="utf-8")
        os.chmod(folder / name, 0o644)
    app_module.setup_logging()
    assert _mode(folder) == 0o700
    assert _mode(folder / "diktat.log") == 0o600 and _mode(folder / "diktat.log.1") == 0o600


def test_log_holds_no_customer_number_and_no_dictated_words(isolated, file_logging,
                                                            make_window, monkeypatch):
    """A failed and a successful Word export (file names with the customer number, as the
    app offers them, and the client's name) and an unexpected error naming such a file leave
    neither the customer number, nor the file name, nor dictated words in the log; the
    export is logged as a neutral line."""
    path = app_module.setup_logging()
    window = make_window()
    window.fields.customer.setText("123A456789")
    window.editor.commit("Mietrückstand beim Vermieter Ottokar.")
    missing = isolated / "fehlt" / "Vermerk_123A456789_2025-03-05_Ottokar.docx"
    kept = isolated / "Vermerk_123 A 456789_2025-03-05.docx"
    for target in (missing, kept):
        monkeypatch.setattr(window, "ask_save_path", lambda *a, t=target: str(t))
        window.save_word()
    assert kept.exists() and len(window.errors) == 1
    try:
        open(missing, encoding="utf-8")
    except OSError:
        logging.getLogger("dictation").exception("opening the export failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "Export .docx ok" in text and "opening the export failed" in text
    assert "456789" not in text and "Vermerk_" not in text
    assert "Mietrückstand" not in text and "Ottokar" not in text


def test_ui_language_order(monkeypatch):
    """DIKTAT_LANG wins over the setting; the setting is used when the variable is unset."""
    monkeypatch.setenv("DIKTAT_LANG", "en")
    assert app_module.ui_language(Settings(ui_language="de")) == "en"
    monkeypatch.delenv("DIKTAT_LANG")
    assert app_module.ui_language(Settings(ui_language="en")) == "en"
    assert app_module.ui_language(Settings(ui_language="de")) == "de"


def test_english_translation_loads(english, make_window, monkeypatch):
    """With the English translation the window's menus, buttons and status are English."""
    assert any(t.filePath().endswith("diktat_en.qm") for t in english)
    assert QCoreApplication.translate("MainWindow", "Bereit") == "Ready"
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Dictation", "&Tools", "&Help"]
    assert window.state_label.text() == "Ready"
    assert window.record_button.text() == "&Record"
    assert window.fields.labels[0].text() == "&Customer/BG number:"
    assert window.editor.accessibleName() == "Note text"


def test_english_mnemonics_unique(english, make_window):
    """The English labels, buttons and menus have distinct mnemonics, too."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = make_window()
    texts = [label.text() for label in window.findChildren(QLabel) if "&" in label.text()]
    texts += [b.text() for b in window.centralWidget().findChildren(QAbstractButton)]
    texts += [a.text() for a in window.menuBar().actions()]
    letters = [re.search(r"&(.)", t).group(1).lower() for t in texts if "&" in t]
    assert len(letters) == len(set(letters)), sorted(letters)


def test_excepthook_saves_draft_and_tells_user(make_window, monkeypatch, caplog):
    """An unexpected error is logged, the draft saved and a German message shown."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    window = make_window()
    window.editor.commit("Nicht verlieren.")
    window.editor.insertPlainText(" Getippt.")
    app_module.install_excepthook(window)
    try:
        raise ValueError("kaputt")
    except ValueError:
        with caplog.at_level(logging.CRITICAL, logger="diktat.ui"):
            sys.excepthook(*sys.exc_info())
    assert [d.text for d in DraftStore().pending()] == ["Nicht verlieren. Getippt."]
    assert shown and "unerwarteter Fehler" in shown[0] and "diktat.log" in shown[0]
    assert "unexpected error" in caplog.text


def test_selftest_flag_runs_the_selftest_without_the_gui(monkeypatch):
    """`diktat --selftest [options]` hands the remaining options to dictation.selftest.main
    and returns its exit status; no window is created and no log file is set up."""
    from dictation import selftest

    calls = []
    monkeypatch.setattr(selftest, "main", lambda argv=None: calls.append(argv) or 1)

    def no_gui(*args, **kwargs):
        raise AssertionError("the GUI must not start for --selftest")

    monkeypatch.setattr(app_module, "create_window", no_gui)
    monkeypatch.setattr(app_module, "setup_logging", no_gui)
    assert app_module.main(["--selftest", "--report", "bericht.txt", "--compute", "cpu"]) == 1
    assert calls == [["--report", "bericht.txt", "--compute", "cpu"]]


def test_selftest_flag_prints_the_report(isolated, capsys):
    """The real self-test behind `diktat --selftest`: one line per check on stdout, exit
    status 1 here because the model folder given does not exist."""
    assert app_module.main(["--selftest", "--model", str(isolated / "kein-modell")]) == 1
    out = capsys.readouterr().out
    assert out.startswith("Diktat-Selbsttest")
    assert any(line.startswith("✘ Modell nicht ladbar") for line in out.splitlines()), out
    assert "Selbsttest FEHLGESCHLAGEN" in out


def test_cli_app_subcommand_starts_the_desktop_app(monkeypatch):
    """`dictation app` calls ui.app.main lazily with the remaining arguments."""
    from dictation import cli

    calls = []
    monkeypatch.setattr(app_module, "main", lambda argv=None: calls.append(argv) or 0)
    assert cli.main(["app", "--selftest"]) == 0
    assert calls == [["--selftest"]]


# --------------------------------------------------------------------------- translations

TS_FILE = app_module.TRANSLATIONS / "diktat_en.ts"


def _ts_messages():
    """(context, source, comment, translation element) of every message in the .ts file."""
    import xml.etree.ElementTree as ET

    root = ET.parse(TS_FILE).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield (name, message.findtext("source"), message.findtext("comment"),
                   message.find("translation"))


def test_english_translation_is_complete_and_compiled(english):
    """Every message of the .ts is translated (no "unfinished"), keeps its {placeholders}
    and is in the compiled .qm (lrelease was run after the last edit)."""
    import re

    ours = next(t for t in english if t.filePath().endswith("diktat_en.qm"))
    messages = list(_ts_messages())
    assert len(messages) > 400
    for context, source, comment, translation in messages:
        assert translation.get("type") is None, (context, source)
        assert translation.text, (context, source)
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(
            re.findall(r"\{\w*\}", translation.text)), (source, translation.text)
        assert source.count("&") == translation.text.count("&"), (source, translation.text)
        assert ours.translate(context, source, comment) == translation.text, (context, source)


def _mnemonic(text: str) -> str | None:
    import re

    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_english_vocabulary_editor(english, qtbot, tmp_path):
    """The vocabulary editor in English: title and buttons translated, and on each tab the
    visible mnemonics differ, also with a conflict message and its buttons shown."""
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    from dictation.vocabulary.lists import Entry, Layer, VocabularyList, save_list
    from ui.vocab_editor import VocabularyEditor

    team = tmp_path / "share" / "team.vocab.json"
    team.parent.mkdir()
    save_list(VocabularyList("Team", Layer.TEAM, [Entry("Viernheim", ("Fiernheim",))]), team)
    editor = VocabularyEditor({Layer.ORGANISATION: None, Layer.TEAM: team,
                               Layer.PERSONAL: tmp_path / "eigen.json"},
                              {Layer.TEAM, Layer.PERSONAL}, user="anna")
    editor._ask_unsaved = lambda names: QMessageBox.StandardButton.Discard
    qtbot.addWidget(editor)
    editor.show()
    assert editor.windowTitle() == "Edit word lists – Diktat"
    assert editor.save_button.text() == "&Save"
    assert editor.close_button.text() == "&Close"
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == [
        "&Entries", "Test on &recordings", "S&uggestions"]

    save_list(VocabularyList("Team", Layer.TEAM, [Entry("Anders")]), team)  # someone else
    editor.set_current_layer(Layer.TEAM)
    editor.model().insert_entry(0, Entry("Meins"))
    assert not editor.save() and len(editor.message_bar.buttons()) == 3
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        texts = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        texts += [w.text() for w in editor.findChildren(QAbstractButton) if w.isVisible()]
        texts += [w.text() for w in editor.findChildren(QLabel) if w.isVisible() and w.buddy()]
        seen: dict[str, str] = {}
        for text in texts:
            assert "ä" not in text.lower() and "ü" not in text.lower(), text  # not German
            key = _mnemonic(text)
            if key is not None:
                assert key not in seen, f"'{text}' and '{seen[key]}' share &{key}"
                seen[key] = text


def test_english_settings_dialog_mnemonics(english, qtbot):
    """The settings dialog in English: new rows translated, mnemonics unique."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from dictation.settings import load_settings
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(load_settings(), [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.export_allowed.text() == (
        "clipboard, pasting into another program, Word file, text file")
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy()]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    assert "Suggestion &folder:" in texts
    letters = [_mnemonic(t) for t in texts if _mnemonic(t)]
    assert len(letters) == len(set(letters)), sorted(letters)
