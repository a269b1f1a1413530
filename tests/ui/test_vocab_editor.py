"""Tests for ui/vocab_editor.py and ui/vocab_models.py: the vocabulary editor."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import threading  # noqa: E402
import wave  # noqa: E402
from pathlib import Path  # noqa: E402
from types import SimpleNamespace  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from dictation.vocabulary.lists import Entry, Layer, VocabularyList, load_list, save_list  # noqa: E402
from dictation.vocabulary.publishing import SavedBy, load_shared, publish  # noqa: E402
from dictation.vocabulary.suggestions import Suggestion, SuggestionStore  # noqa: E402
from ui.vocab_editor import VocabularyEditor  # noqa: E402
from ui.vocab_models import Column  # noqa: E402

TEAM_ENTRIES = [
    Entry("Kreisjobcenter", ("Kreis Jobcenter",), "Behörde", "Träger"),
    Entry("Viernheim", ("Fiernheim",), "Ort", ""),
    Entry("BuT", ("Beute", "Be U Te"), "Leistung", "Bildung und Teilhabe"),
]


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` with key events that carry the text (umlauts too)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


@pytest.fixture
def files(tmp_path: Path) -> dict[Layer, Path]:
    """A team list on a "share" and an empty personal list's path."""
    share = tmp_path / "share"
    share.mkdir()
    team = share / "team.vocab.json"
    save_list(VocabularyList("Team Leistung", Layer.TEAM, list(TEAM_ENTRIES)), team)
    return {Layer.TEAM: team, Layer.PERSONAL: tmp_path / "home" / "vokabular.json"}


@pytest.fixture
def make_editor(qtbot, files):
    """Builds a supervisor's editor (team and personal editable), shown and active."""

    def make(**kwargs) -> VocabularyEditor:
        widget = VocabularyEditor({Layer.ORGANISATION: None, **files},
                                  {Layer.TEAM, Layer.PERSONAL}, user="anna", **kwargs)
        # no modal question when the test closes a window with unsaved edits
        widget._ask_unsaved = lambda names: QMessageBox.StandardButton.Discard
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        return widget

    return make


@pytest.fixture
def editor(make_editor) -> VocabularyEditor:
    """A supervisor's editor: team and personal lists editable, organisation read-only."""
    return make_editor()


def terms(editor: VocabularyEditor, layer: Layer | None = None) -> list[str]:
    return [e.term for e in editor.model(layer).entries()]


def shown_terms(editor: VocabularyEditor) -> list[str]:
    return [editor.proxy.index(r, Column.TERM).data() for r in range(editor.proxy.rowCount())]


def select_term(editor: VocabularyEditor, term: str) -> None:
    row = shown_terms(editor).index(term)
    editor.table.setFocus()
    editor.table.setCurrentIndex(editor.proxy.index(row, Column.TERM))
    editor.table.selectRow(row)


# --------------------------------------------------------------------------- table


def test_opens_on_the_team_list_with_all_layers(editor):
    """A supervisor starts on the team list; all three layers can be chosen."""
    assert editor.current_layer() is Layer.TEAM
    assert editor.layers() == [Layer.ORGANISATION, Layer.TEAM, Layer.PERSONAL]
    assert terms(editor) == [e.term for e in TEAM_ENTRIES]
    assert not editor.has_unsaved_changes() and not editor.save_button.isEnabled()


def test_insert_key_adds_an_entry_and_typing_fills_the_term(editor, qtbot):
    """Ins adds a row and opens its term for editing; typed text (umlauts too) is kept."""
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert len(terms(editor)) == 4 and terms(editor)[-1] == ""
    assert editor.table.state() == QAbstractItemView.State.EditingState
    cell_editor = QApplication.focusWidget()
    assert isinstance(cell_editor, QLineEdit)
    type_text(cell_editor, "Maßnahmeträger")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits with a queued call
    assert terms(editor)[-1] == "Maßnahmeträger"
    assert editor.has_unsaved_changes() and editor.save_button.isEnabled()
    assert "(geändert)" in editor.layer_combo.currentText()


def test_f2_edits_and_spoken_variants_are_split_at_bars(editor, qtbot):
    """F2 opens the current cell; "a | b | a" in the spoken column gives two variants."""
    select_term(editor, "Viernheim")
    row = shown_terms(editor).index("Viernheim")
    editor.table.setCurrentIndex(editor.proxy.index(row, Column.SPOKEN))
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    assert editor.table.state() == QAbstractItemView.State.EditingState
    cell_editor = QApplication.focusWidget()
    cell_editor.selectAll()
    type_text(cell_editor, "Fiernheim | Viernem | fiernheim")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits with a queued call
    entry = editor.model().entries()[1]
    assert entry.spoken == ("Fiernheim", "Viernem")
    assert editor.proxy.index(row, Column.SPOKEN).data() == "Fiernheim | Viernem"


def test_category_is_chosen_from_a_combo_box(editor, qtbot):
    """The category cell offers the eight categories in an editable combo box."""
    select_term(editor, "BuT")
    row = shown_terms(editor).index("BuT")
    editor.table.setCurrentIndex(editor.proxy.index(row, Column.CATEGORY))
    with qtbot.waitSignal(editor.dirty_changed) as blocker:
        qtbot.keyClick(editor.table, Qt.Key.Key_F2)
        [combo] = editor.table.findChildren(QComboBox)
        assert [combo.itemText(i) for i in range(combo.count())] == [
            "Leistung", "Person/Rolle", "Maßnahme", "Recht", "Behörde", "Formular/Verfahren",
            "Ort", "Sonstiges"]
        assert combo.currentText() == "Leistung"
        combo.setCurrentText("Recht")
        qtbot.keyClick(combo, Qt.Key.Key_Return)
        QApplication.processEvents()
    assert blocker.args == [True]
    assert editor.model().entries()[2].category == "Recht"


def test_delete_key_removes_selected_rows(editor, qtbot):
    """Del removes the selected entries and says so; the next row becomes current."""
    select_term(editor, "Kreisjobcenter")
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert terms(editor) == ["Viernheim", "BuT"]
    assert "gelöscht" in editor.message_bar.text()
    assert editor.table.currentIndex().isValid()


def test_search_filters_over_all_columns(editor):
    """The search matches term, spoken variants, category and note, ignoring case."""
    editor.set_filter("fiern")  # spoken variant
    assert shown_terms(editor) == ["Viernheim"]
    editor.set_filter("teilhabe")  # note
    assert shown_terms(editor) == ["BuT"]
    editor.set_filter("BEHÖRDE")  # category
    assert shown_terms(editor) == ["Kreisjobcenter"]
    assert editor.count_label.text() == "1 von 3 Einträgen"
    editor.set_filter("")
    assert len(shown_terms(editor)) == 3


def test_columns_sort(editor):
    """Sorting by a column reorders the view, not the list."""
    editor.table.sortByColumn(Column.TERM, Qt.SortOrder.AscendingOrder)
    assert shown_terms(editor) == ["BuT", "Kreisjobcenter", "Viernheim"]
    editor.table.sortByColumn(Column.CATEGORY, Qt.SortOrder.DescendingOrder)
    assert shown_terms(editor) == ["Viernheim", "BuT", "Kreisjobcenter"]
    assert terms(editor) == [e.term for e in TEAM_ENTRIES]


def test_validation_marks_empty_duplicate_and_conflicting_rows(editor):
    """Problems show as icon, tooltip and text in the "Hinweis" column."""
    model = editor.model()
    model.insert_entry(3, Entry(""))
    model.insert_entry(4, Entry("Viernheim", (), "Ort"))  # duplicate term
    model.insert_entry(5, Entry("Bildung und Teilhabe", ("Beute",)))  # spoken clash in list
    model.insert_entry(6, Entry("Bürgergeldantrag", ("Bürger Geld",)))  # clash with org
    assert model.problems(0) == []
    assert model.problems(3) == ["Begriff fehlt."]
    assert any("mehrfach" in p for p in model.problems(1))
    assert any("mehrfach" in p for p in model.problems(4))
    assert any("„Beute“ steht auch bei „Bildung und Teilhabe“" in p for p in model.problems(2))
    clash = " ".join(model.problems(6))
    assert "Organisation" in clash and "Bürgergeld" in clash and "„Team“" in clash
    for row in (1, 2, 3, 4, 5, 6):
        status = model.index(row, Column.STATUS)
        assert status.data() and model.index(row, Column.TERM).data(
            Qt.ItemDataRole.DecorationRole) is not None
        assert status.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, Column.TERM).data(Qt.ItemDataRole.DecorationRole) is None
    assert "6 Einträge mit Hinweisen" in editor.validation_label.text()
    editor.go_to_next_problem()
    assert editor.table.currentIndex().column() == Column.STATUS


def test_read_only_layer_cannot_be_edited(qtbot, files, tmp_path):
    """A caseworker sees the team list but cannot change it; the hint says why."""
    widget = VocabularyEditor({Layer.ORGANISATION: None, **files}, {Layer.PERSONAL})
    widget._ask_unsaved = lambda names: QMessageBox.StandardButton.Discard
    qtbot.addWidget(widget)
    widget.show()
    assert widget.current_layer() is Layer.PERSONAL
    widget.set_current_layer(Layer.TEAM)
    model = widget.model()
    assert not widget.is_editable()
    assert widget.read_only_label.text() == "nur lesen – von der IT festgelegt"
    assert widget.read_only_label.isVisible()
    index = model.index(0, Column.TERM)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "Anders")
    assert widget.add_entry() == -1
    select_term(widget, "BuT")
    qtbot.keyClick(widget.table, Qt.Key.Key_Delete)
    qtbot.keyClick(widget.table, Qt.Key.Key_Insert)
    assert terms(widget) == [e.term for e in TEAM_ENTRIES]
    assert not widget.add_button.isEnabled() and not widget.import_button.isEnabled()
    csv = tmp_path / "neu.csv"
    csv.write_text("Begriff;Gesprochen\nNeu;neu\n", encoding="utf-8")
    widget.import_csv_file(csv)
    assert terms(widget) == [e.term for e in TEAM_ENTRIES]
    assert widget.save_layer(Layer.TEAM) is None and not widget.has_unsaved_changes()


# --------------------------------------------------------------------------- files


def test_csv_export_and_import(editor, tmp_path):
    """Export the team list as CSV and import it into the personal list: same entries."""
    path = tmp_path / "team.csv"
    assert editor.export_csv_file(path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfBegriff;Gesprochen")
    editor.set_current_layer(Layer.PERSONAL)
    result = editor.import_csv_file(path)
    assert result.ok
    assert editor.model().entries() == TEAM_ENTRIES
    assert "3 neu, 0 ersetzt" in editor.message_bar.text()
    again = editor.import_csv_file(path)
    assert again.ok and "0 neu, 3 ersetzt" in editor.message_bar.text()


def test_save_round_trip(editor, files, qtbot):
    """Saving writes both changed lists; loading them gives the edited entries."""
    editor.model().insert_entry(3, Entry("Eingliederungsvereinbarung", ("EGV",), "Recht"))
    editor.model(Layer.PERSONAL).insert_entry(0, Entry("Frau Özdemir", ("Frau Oesdemir",)))
    with qtbot.waitSignals([editor.saved, editor.saved], timeout=2000):
        assert editor.save()
    team = load_list(files[Layer.TEAM], Layer.TEAM).vocabulary
    assert team.entries == [*TEAM_ENTRIES, Entry("Eingliederungsvereinbarung", ("EGV",),
                                                 "Recht")]
    assert json.loads(files[Layer.TEAM].read_text("utf-8"))["saved_by"]["user"] == "anna"
    personal = load_list(files[Layer.PERSONAL]).vocabulary
    assert personal.entries == [Entry("Frau Özdemir", ("Frau Oesdemir",))]
    assert not editor.has_unsaved_changes() and not editor.save_button.isEnabled()
    assert "gespeichert" in editor.message_bar.text()


def test_conflict_then_merge_then_save(editor, files):
    """Someone else published meanwhile: nothing is overwritten; merge keeps both sides."""
    loaded, base = load_shared(files[Layer.TEAM], Layer.TEAM)
    loaded.vocabulary.entries.append(Entry("Maßnahme", (), "Maßnahme"))
    assert publish(loaded.vocabulary, files[Layer.TEAM], base, saved_by=SavedBy("bob")).ok
    theirs = files[Layer.TEAM].read_bytes()

    editor.model().insert_entry(3, Entry("Leistungsbescheid", (), "Formular/Verfahren"))
    assert not editor.save()
    assert files[Layer.TEAM].read_bytes() == theirs
    assert editor.message_bar.level == "warning" and "bob" in editor.message_bar.text()
    labels = [b.text() for b in editor.message_bar.buttons()]
    assert labels == ["Andere Fassung la&den", "Zusammen&führen",
                      "Unter anderem Na&men speichern…"]

    editor.message_bar.buttons()[1].click()  # merge
    assert terms(editor) == ["Kreisjobcenter", "Viernheim", "BuT", "Maßnahme",
                             "Leistungsbescheid"]
    assert editor.has_unsaved_changes()
    assert editor.save()
    assert [e.term for e in load_list(files[Layer.TEAM]).vocabulary.entries] == \
        terms(editor)


def test_conflict_reload_theirs(editor, files):
    """"Andere Fassung laden" drops my edits and shows their file."""
    save_list(VocabularyList("Team", Layer.TEAM, [Entry("Neu von Bob")]), files[Layer.TEAM])
    editor.model().insert_entry(0, Entry("Meins"))
    assert not editor.save()
    editor.message_bar.buttons()[0].click()
    assert terms(editor) == ["Neu von Bob"] and not editor.has_unsaved_changes()


def test_unreachable_share_keeps_edits_and_offers_a_local_copy(editor, files, tmp_path,
                                                               monkeypatch):
    """The share vanished: a clear message, edits stay, a local copy can be saved."""
    editor.model().insert_entry(0, Entry("Wichtig"))
    shutil.rmtree(files[Layer.TEAM].parent)
    assert not editor.save()
    assert editor.message_bar.level == "error"
    assert "nicht erreichbar" in editor.message_bar.text()
    assert terms(editor)[0] == "Wichtig" and editor.has_unsaved_changes()
    copy = tmp_path / "lokal" / "team-kopie.json"
    monkeypatch.setattr(editor, "_ask_save_path", lambda *args: str(copy))
    [button] = editor.message_bar.buttons()
    assert button.text() == "L&okale Kopie speichern…"
    button.click()
    assert load_list(copy).vocabulary.entries[0].term == "Wichtig"
    assert not editor.has_unsaved_changes()


def test_share_down_at_opening_shows_the_list_read_only(qtbot, files, tmp_path):
    """A team folder that cannot be reached is not mistaken for a new, empty list."""
    widget = VocabularyEditor({Layer.TEAM: tmp_path / "weg" / "team.vocab.json",
                               Layer.PERSONAL: files[Layer.PERSONAL]},
                              {Layer.TEAM, Layer.PERSONAL})
    qtbot.addWidget(widget)
    widget.set_current_layer(Layer.TEAM)
    assert not widget.is_editable()
    assert widget.read_only_label.text() == "nur lesen – Speicherort nicht erreichbar"
    assert "nicht erreichbar" in widget.message_bar.text()


def test_close_guard(editor, monkeypatch):
    """Unsaved changes: Cancel keeps the window open, Discard closes it."""
    editor.model().insert_entry(0, Entry("Ungespeichert"))
    answers = []
    monkeypatch.setattr(editor, "_ask_unsaved",
                        lambda names: answers.append(names) or QMessageBox.StandardButton.Cancel)
    assert not editor.close() and editor.isVisible()
    assert answers == ["Team"]
    monkeypatch.setattr(editor, "_ask_unsaved", lambda names: QMessageBox.StandardButton.Discard)
    assert editor.close()


# --------------------------------------------------------------------------- try it


def test_try_it_highlights_corrections_including_unsaved_edits(editor, qtbot):
    """Typing runs the pipeline (debounced); changes are bold+underlined and listed."""
    editor.model(Layer.PERSONAL).insert_entry(0, Entry("Frau Özdemir", ("Frau Oesdemir",)))
    editor.try_edit.setFocus()
    qtbot.keyClicks(editor.try_edit, "Termin mit Frau Oesdemir wegen Beute nach SGB zwei")
    qtbot.waitUntil(lambda: editor.try_changes.count() > 0, timeout=3000)
    html = editor.try_result.text()
    assert "<b><u>Frau Özdemir</u></b>" in html and "<b><u>BuT</u></b>" in html
    assert "<b><u>SGB II</u></b>" in html
    items = [editor.try_changes.item(i).text() for i in range(editor.try_changes.count())]
    assert "Frau Oesdemir → Frau Özdemir (gesprochene Variante, 100)" in items
    assert "SGB zwei → SGB II (gesprochene Variante, 100)" in items
    assert "Frau Özdemir" in editor.try_result.accessibleDescription()


def test_try_it_without_changes_says_so(editor):
    """A sentence without terms: shown as is, "Keine Änderung."."""
    editor.try_edit.setText("Alles in Ordnung")
    editor.update_try_it()
    assert editor.try_result.text() == "Alles in Ordnung"
    assert editor.try_changes.item(0).text() == "Keine Änderung."


# --------------------------------------------------------------------------- recordings


def _wav(path: Path, seconds: float = 0.3) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\x00\x00" * int(16000 * seconds))


class FakeModel:
    """Stands in for WhisperModel: returns fixed texts in order and records the options."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = iter(texts)
        self.calls: list[dict] = []

    def transcribe(self, audio, **options):
        self.calls.append(options)
        segment = SimpleNamespace(start=0.0, end=0.3, text=next(self._texts))
        return iter([segment]), SimpleNamespace(language="de")


def test_recording_test_reports_term_recall(make_editor, qtbot, tmp_path):
    """Transcripts go through the pipeline; recall and missed terms are shown."""
    folder = tmp_path / "aufnahmen"
    folder.mkdir()
    for name in ("a", "b"):
        _wav(folder / f"{name}.wav")
    (folder / "transcripts.tsv").write_text(
        "file\ttext\na.wav\tLeistungen für BuT in Viernheim\nb.wav\tDas Kreisjobcenter BuT\n",
        encoding="utf-8")
    model = FakeModel(["Leistungen für Beute in Fiernheim", "Das Kreis Jobcenter Beutel"])
    editor = make_editor(model_loader=lambda: model)
    assert not editor.start_recall_button.isEnabled()  # nothing chosen yet
    assert len(editor.set_recordings([folder / "a.wav", folder / "b.wav"])) == 2
    assert editor.start_recall_button.isEnabled()
    with qtbot.waitSignal(editor.recall_finished, timeout=20000) as blocker:
        assert editor.start_recall_test()
    report = blocker.args[0]
    assert (report.found, report.expected) == (3, 4)
    assert report.missed == (("BuT", 1),)
    assert "3 von 4" in editor.recall_summary.text()
    assert editor.missed_tree.topLevelItem(0).text(0) == "BuT"
    assert editor.recall_tree.topLevelItemCount() == 2
    assert "BuT" in model.calls[0]["hotwords"]
    assert editor.start_recall_button.isEnabled()


def test_recording_test_can_be_cancelled(make_editor, qtbot, tmp_path):
    """Cancelling while the model loads ends the test without results."""
    _wav(tmp_path / "a.wav")
    (tmp_path / "a.txt").write_text("BuT", encoding="utf-8")
    release = threading.Event()

    def slow_loader():
        release.wait(5)
        return FakeModel(["BuT"])

    editor = make_editor(model_loader=slow_loader)
    editor.set_recordings([tmp_path / "a.wav"])
    with qtbot.waitSignal(editor.recall_finished, timeout=10000) as blocker:
        assert editor.start_recall_test()
        assert editor.cancel_recall_button.isEnabled()
        editor.cancel_recall_test()
        release.set()
    assert blocker.args == [None]
    assert editor.recall_status.text() == "Test abgebrochen."


def test_recording_test_is_off_without_a_model(editor):
    """Without a model loader the tab explains why its buttons are disabled."""
    assert not editor.pick_recordings_button.isEnabled()
    assert "Kein Erkennungsmodell" in editor.recall_status.text()


# --------------------------------------------------------------------------- suggestions


def test_approving_suggestions_adds_them_to_the_team_list(qtbot, files, tmp_path):
    """Collected suggestions are listed; approving adds them to the team table, rejecting
    hides them for good; nothing changes without a click."""
    folder = tmp_path / "vorschlaege"
    for user in ("anna", "bob"):
        store = SuggestionStore(tmp_path / user / "s.json", user=user)
        store.add([Suggestion("Vierheim", "Viernheim"), Suggestion("Kita Gutschein",
                                                                    "Kita-Gutschein")])
        store.share(folder)
    widget = VocabularyEditor({Layer.ORGANISATION: None, **files}, {Layer.TEAM, Layer.PERSONAL},
                              suggestion_sources=[folder])
    widget._ask_unsaved = lambda names: QMessageBox.StandardButton.Discard
    qtbot.addWidget(widget)
    widget.tabs.setCurrentIndex(2)  # loads the suggestions
    tree = widget.suggestions_tree
    assert tree.topLevelItemCount() == 2
    assert terms(widget, Layer.TEAM) == [e.term for e in TEAM_ENTRIES]
    rows = {tree.topLevelItem(i).text(1): tree.topLevelItem(i) for i in range(2)}
    assert rows["Viernheim"].text(2) == "2" and rows["Viernheim"].text(3) == "anna, bob"
    rows["Viernheim"].setCheckState(0, Qt.CheckState.Checked)
    widget.approve_button.click()
    team = {e.term: e for e in widget.model(Layer.TEAM).entries()}
    assert team["Viernheim"].spoken == ("Fiernheim", "Vierheim")
    assert tree.topLevelItemCount() == 1 and widget.has_unsaved_changes()
    tree.topLevelItem(0).setSelected(True)
    widget.reject_button.click()
    assert tree.topLevelItemCount() == 0
    assert widget.refresh_suggestions() == []  # approved ones are known, rejected recorded


# --------------------------------------------------------------------------- accessibility


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def test_mnemonics_are_unique_and_controls_have_names(editor, files):
    """On each tab, the visible mnemonics differ (also with a conflict message and its
    buttons shown); every input control has an accessible name or a label pointing at it."""
    save_list(VocabularyList("Team", Layer.TEAM, [Entry("Anders")]), files[Layer.TEAM])
    editor.model().insert_entry(0, Entry("Meins"))
    assert not editor.save() and len(editor.message_bar.buttons()) == 3
    buddies = [label.buddy() for label in editor.findChildren(QLabel) if label.buddy()]
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        seen: dict[str, str] = {}
        texts = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        texts += [w.text() for w in editor.findChildren(QAbstractButton) if w.isVisible()]
        texts += [w.text() for w in editor.findChildren(QLabel) if w.isVisible() and w.buddy()]
        for text in texts:
            key = _mnemonic(text)
            if key is None:
                continue
            assert key not in seen, f"„{text}“ and „{seen[key]}“ share &{key}"
            seen[key] = text
        for widget in editor.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QComboBox, QAbstractItemView)) and \
                    widget.isVisible() and not isinstance(widget, QHeaderView) \
                    and not isinstance(widget.parent(), QComboBox):
                assert widget.accessibleName() or any(b is widget for b in buddies), widget


def test_screenshot(editor, tmp_path):
    """The editor with the shipped organisation list and a try-it sentence renders; set
    DIKTAT_SCREENSHOT_DIR to keep the picture (docs/screenshots)."""
    editor.set_current_layer(Layer.ORGANISATION)
    editor.try_edit.setText("Antrag auf Bürger Geld und Kosten der Unterkunft nach SGB zwei "
                            "für die Bedarfs Gemeinschaft")
    editor.update_try_it()
    QApplication.processEvents()
    folder = Path(os.environ.get("DIKTAT_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    image = editor.grab()
    assert not image.isNull()
    assert image.save(str(folder / "vocabulary-editor.png"))
    assert editor.proxy.rowCount() > 500


# --------------------------------------------------------------------------- issue 10 (1.4)


def test_personal_list_is_saved_in_the_data_folder_without_asking(qtbot, files, isolated):
    """A caseworker without a configured personal list saves it without a file dialog: it
    goes into the app's data folder, and ``saved`` names that file (the window remembers it)."""
    widget = VocabularyEditor({Layer.ORGANISATION: None, Layer.TEAM: files[Layer.TEAM],
                               Layer.PERSONAL: None}, {Layer.PERSONAL})
    widget._ask_unsaved = lambda names: QMessageBox.StandardButton.Discard

    def no_dialog(*args):
        raise AssertionError("asked for a file name")

    widget._ask_save_path = no_dialog
    qtbot.addWidget(widget)
    widget.show()
    assert widget.current_layer() is Layer.PERSONAL
    widget.model().insert_entry(0, Entry("Heppenheim", ("Hepenheim",), "Ort"))
    with qtbot.waitSignal(widget.saved) as saved:
        assert widget.save()
    expected = isolated / "data" / "vocabulary" / "persoenlich.vocab.json"
    assert saved.args == [Layer.PERSONAL, expected]
    assert [e.term for e in load_list(expected, Layer.PERSONAL).vocabulary.entries] == [
        "Heppenheim"]


def test_unknown_category_is_flagged(editor):
    """A category outside the list of categories is a problem in the table (with the known
    ones named); a known category and an empty one are fine."""
    from ui.vocab_models import CATEGORIES

    editor.set_current_layer(Layer.PERSONAL)
    model = editor.model()
    model.insert_entry(0, Entry("Antrag A", (), "Formular/Verfahren"))
    model.insert_entry(1, Entry("Antrag B", (), ""))
    model.insert_entry(2, Entry("Antrag C", (), "Formulare"))
    assert model.problems(0) == [] and model.problems(1) == []
    assert model.invalid_rows() == [2]
    assert "Unbekannte Kategorie „Formulare“" in model.problems(2)[0]
    assert all(category in model.problems(2)[0] for category in CATEGORIES)
    assert "1 Eintrag mit Hinweis" in editor.validation_label.text()


def test_category_column_and_box_show_the_longest_category(qtbot, editor):
    """"Formular/Verfahren" fits into the category column and into its combo box while it is
    edited (the box is sized to its contents, not cut to the column)."""
    editor.set_current_layer(Layer.PERSONAL)
    editor.model().insert_entry(0, Entry("Antrag", (), "Formular/Verfahren"))
    metrics = editor.table.fontMetrics()
    needed = metrics.horizontalAdvance("Formular/Verfahren")
    assert editor.table.columnWidth(Column.CATEGORY) > needed
    index = editor.proxy.index(0, Column.CATEGORY)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    combo = qtbot.waitUntil(lambda: editor.table.findChild(QComboBox) is not None) or \
        editor.table.findChild(QComboBox)
    assert combo.currentText() == "Formular/Verfahren"
    assert combo.width() >= combo.sizeHint().width()
    assert combo.sizeHint().width() > needed


def test_learned_variants_are_named_in_the_tooltip_and_follow_edits(editor):
    """A supervisor sees which variants term training learned; deleting one in the cell
    drops it from the learned ones too (they stay out of the prompt ranking)."""
    model = editor.model()
    model.insert_entry(3, Entry("Jobcenter", ("Job Center", "Jopkentor", "Juppkenter"),
                                "Behörde", learned=("Jopkentor", "Juppkenter")))
    spoken = model.index(3, Column.SPOKEN)
    tip = spoken.data(Qt.ItemDataRole.ToolTipRole)
    assert "Gelernt" in tip and "Jopkentor | Juppkenter" in tip
    assert "Gelernt" not in model.index(1, Column.SPOKEN).data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(spoken, "Job Center | Juppkenter")
    assert model.entries()[3].learned == ("Juppkenter",)
    assert "Jopkentor" not in spoken.data(Qt.ItemDataRole.ToolTipRole)
