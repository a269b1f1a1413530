"""Tests of ui/editor.py: commits at the cursor, partial text, typing, "streiche das", undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from dictation.text.termcorrect import TextPipeline
from ui.editor import DictationEditor


@pytest.fixture
def editor(qtbot) -> DictationEditor:
    widget = DictationEditor()
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    return widget


def move_to(editor: DictationEditor, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)


def type_text(editor: DictationEditor, text: str) -> None:
    """Type like a user, umlauts included (QTest.keyClicks aborts on non-ASCII)."""
    for ch in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def test_commits_get_spacing_punctuation_and_capitals(editor):
    """Commits are joined with spaces; commands become marks; sentences start upper-case."""
    editor.commit("der Kunde erschien pünktlich")
    editor.commit("Punkt")
    editor.commit("er brachte die Unterlagen Komma aber nicht den Ausweis.")
    assert editor.text() == (
        "Der Kunde erschien pünktlich. Er brachte die Unterlagen, aber nicht den Ausweis."
    )


def test_commit_goes_in_at_the_cursor(editor):
    """Text dictated in the middle respects the text before and after the cursor."""
    editor.set_text("Der Antrag liegt vor.")
    move_to(editor, len("Der "))
    inserted = editor.commit("Neue")
    assert editor.text() == "Der neue Antrag liegt vor."
    assert inserted == "neue "
    assert editor.textCursor().position() == len("Der neue ")


def test_commit_replaces_selection(editor):
    """Dictating over a selection replaces it (and "streiche das" brings it back)."""
    editor.set_text("Termin am Montag.")
    cursor = editor.textCursor()
    cursor.setPosition(len("Termin am "))
    cursor.setPosition(len("Termin am Montag"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.commit("Dienstag")
    assert editor.text() == "Termin am Dienstag."
    editor.commit("streiche das")
    assert editor.text() == "Termin am Montag."


def test_partial_is_shown_distinctly_and_replaced_by_commit(editor):
    """The partial is italic, dotted-underlined, in the placeholder colour, and not text."""
    editor.commit("Der Kunde erschien.")
    steps = editor.document().availableUndoSteps()
    editor.show_partial("Er hat")
    editor.show_partial("Er hatte den Antrag")
    shown, fmt = editor.shown_partial()
    assert shown == " Er hatte den Antrag"
    assert fmt.fontItalic()
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert fmt.foreground().color() == editor.palette().color(QPalette.ColorRole.PlaceholderText)
    assert editor.text() == "Der Kunde erschien."  # not part of the document
    assert editor.document().availableUndoSteps() == steps  # nor of the undo stack
    editor.commit("Er hatte den Antrag dabei.")
    assert editor.shown_partial() == ("", None)
    assert editor.text() == "Der Kunde erschien. Er hatte den Antrag dabei."


def test_partial_colour_follows_high_contrast_palette(editor):
    """With a high-contrast palette the partial takes that palette's placeholder colour."""
    palette = editor.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("black"))
    palette.setColor(QPalette.ColorRole.Text, QColor("white"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("yellow"))
    editor.show_partial("vorläufig")
    editor.setPalette(palette)
    _, fmt = editor.shown_partial()
    assert fmt.foreground().color() == QColor("yellow")


def test_typing_while_dictating(editor):
    """The user can type while a partial is shown; it follows the cursor; commits go there."""
    editor.commit("Erster Satz.")
    editor.show_partial("zweiter")
    type_text(editor, " Übergabe erfolgt.")
    assert editor.text() == "Erster Satz. Übergabe erfolgt."
    assert editor.shown_partial()[0] == " zweiter"
    block = editor.document().begin()
    assert block.layout().preeditAreaPosition() == len(editor.text())
    editor.commit("Zweiter Satz.")
    assert editor.text() == "Erster Satz. Übergabe erfolgt. Zweiter Satz."


def test_strike_removes_last_utterance_even_after_edits(editor):
    """"streiche das" removes the last committed range, though the user typed before it."""
    editor.commit("Der Kunde erschien.")
    editor.commit("Er war sehr freundlich.")
    move_to(editor, 0)
    type_text(editor, "Heute: ")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.commit("streiche das")
    assert editor.text() == "Heute: Der Kunde erschien."
    editor.commit("Lösche das.")
    assert editor.text() == "Heute: "
    assert not editor.delete_last_utterance()


def test_strike_restores_replaced_mark(editor):
    """A dictated comma replaced Whisper's period; striking it brings the period back."""
    editor.commit("Der Kunde erschien.")
    editor.commit("Komma")
    assert editor.text() == "Der Kunde erschien,"
    editor.commit("streiche das")
    assert editor.text() == "Der Kunde erschien."


def test_text_typed_after_utterance_is_not_struck(editor):
    """Text typed right after a dictated utterance stays when the utterance is struck."""
    editor.commit("Der Kunde erschien.")
    type_text(editor, " Ende")
    editor.commit("streiche das")
    assert editor.text() == " Ende"


def test_each_commit_is_one_undo_step(editor):
    """Ctrl+Z undoes one committed utterance at a time; redo and "streiche das" stay consistent."""
    editor.commit("Erster Satz.")
    editor.commit("Zweiter Satz.")
    editor.setFocus()
    QApplication.sendEvent(editor, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Z,
                                             Qt.KeyboardModifier.ControlModifier))
    assert editor.text() == "Erster Satz."
    editor.redo()
    assert editor.text() == "Erster Satz. Zweiter Satz."
    editor.commit("streiche das")
    assert editor.text() == "Erster Satz."
    editor.undo()
    assert editor.text() == "Erster Satz. Zweiter Satz."
    editor.commit("streiche das")
    assert editor.text() == "Erster Satz."


def test_file_transcript_is_one_undo_step(editor):
    """All segments of a transcribed file go in as one undo step."""
    editor.set_text("Vorher.")
    editor.insert_utterances(["Erstens.", "Zweitens.", "Drittens."])
    assert editor.text() == "Vorher. Erstens. Zweitens. Drittens."
    editor.undo()
    assert editor.text() == "Vorher."


def test_vocabulary_pipeline_is_used(editor):
    """The text pipeline set by the window (vocabulary) corrects committed terms."""
    from dictation.vocabulary.lists import Entry

    editor.set_pipeline(TextPipeline([Entry("Bürgergeld", spoken=("bürger geld",))]),
                        ["Bürgergeld"])
    editor.commit("Antrag auf bürger geld")
    assert editor.text() == "Antrag auf Bürgergeld"


def test_edited_signal_not_for_partials(editor, qtbot):
    """Partials do not count as edits (no draft saving for them); commits and typing do."""
    seen = []
    editor.edited.connect(lambda: seen.append(1))
    editor.show_partial("vorläufig")
    editor.clear_partial()
    assert seen == []
    editor.commit("fest")
    assert seen
    seen.clear()
    type_text(editor, "x")
    assert seen


def test_dictated_brackets_replace_whispers_periods(editor):
    """Whisper's own period before a dictated bracket goes, as in the Document rules."""
    for utterance in ["Der Kunde hat die Kontoauszüge der letzten drei Monate.", "Klammer auf.",
                      "Januar bis März.", "Klammer zu.", "Vorgelegt.", "Punkt."]:
        editor.commit(utterance)
    assert editor.text() == "Der Kunde hat die Kontoauszüge der letzten drei Monate (Januar bis März) vorgelegt."


def test_typed_period_is_not_replaced_by_a_dictated_bracket(editor):
    """A period the user typed is no provisional Whisper period: a bracket follows it."""
    editor.set_text("Erledigt.")
    move_to(editor, len("Erledigt."))
    editor.commit("Klammer auf.")
    assert editor.text().startswith("Erledigt.")


def test_streiche_das_after_a_redundant_punkt_keeps_the_sentence(editor):
    """'Punkt' after Whisper's own period changes nothing; deleting it must not take the
    sentence with it, with or without Whisper's period."""
    for first in ("Der Kunde wohnt in Lorsch.", "Der Kunde wohnt in Lorsch"):
        editor.set_text("")
        editor.commit(first)
        editor.commit("Punkt.")
        editor.commit("Streiche das.")
        assert editor.text().startswith("Der Kunde wohnt in Lorsch"), editor.text()
