"""Tests of Document.continuing and splice: dictating into the middle of existing text."""

from __future__ import annotations

from dictation.text.commands import (
    DeleteLastUtterance,
    InsertPunctuation,
    InsertText,
    NewLine,
    NewParagraph,
)
from dictation.text.document import Document, Splice, splice


def apply(before: str, splice_: Splice, after: str = "") -> str:
    return before[: splice_.keep] + splice_.text + after


def test_continuing_keeps_text_but_no_utterance():
    """A continued document reads like its text, yet "streiche das" cannot remove that text."""
    doc = Document.continuing("Vorhandener Text.")
    doc.apply([InsertText("Neu")])
    assert doc.text == "Vorhandener Text. Neu"
    doc.apply([DeleteLastUtterance()])
    doc.apply([DeleteLastUtterance()])
    assert doc.text == "Vorhandener Text."
    assert doc.undo() and doc.text == "Vorhandener Text. Neu"
    assert doc.undo() and doc.text == "Vorhandener Text."
    assert not doc.undo()


def test_splice_at_end_adds_space_and_capital():
    """After a sentence end the new utterance gets a space and a capital letter."""
    s = splice("Der Kunde erschien.", [InsertText("pünktlich erschienen")])
    assert s == Splice(len("Der Kunde erschien."), "", " Pünktlich erschienen")


def test_splice_mid_sentence_lowercases_function_word():
    """Mid-sentence, Whisper's capitalised function word is lower-cased."""
    s = splice("Der Kunde", [InsertText("Hat angerufen.")])
    assert apply("Der Kunde", s) == "Der Kunde hat angerufen."


def test_splice_respects_blank_before_cursor():
    """A blank the user typed before the cursor is not doubled."""
    s = splice("Hallo ", [InsertText("Welt")])
    assert s == Splice(6, "", "Welt")


def test_splice_punctuation_replaces_trailing_mark():
    """A dictated comma replaces the period before the cursor; ``removed`` says so."""
    s = splice("Termin vereinbart.", [InsertPunctuation(",")])
    assert s == Splice(len("Termin vereinbart"), ".", ",")


def test_splice_before_following_word_adds_space():
    """Inserted before a word, the text is followed by a space so it does not stick."""
    s = splice("Der ", [InsertText("neue")], after="Antrag liegt vor.")
    assert apply("Der ", s, "Antrag liegt vor.") == "Der neue Antrag liegt vor."


def test_splice_before_punctuation_adds_no_space():
    """Inserted before a comma, no space is added."""
    s = splice("Der Antrag", [InsertText("liegt vor")], after=", sagt er.")
    assert apply("Der Antrag", s, ", sagt er.") == "Der Antrag liegt vor, sagt er."


def test_splice_new_paragraph_and_line():
    """Layout commands work against the text before the cursor."""
    s = splice("Erster Absatz. ", [NewParagraph(), InsertText("zweiter")])
    assert apply("Erster Absatz. ", s) == "Erster Absatz.\n\nZweiter"
    s = splice("Zeile", [NewLine()])
    assert apply("Zeile", s) == "Zeile\n"


def test_splice_empty_text_starts_note():
    """At the start of an empty note the first letter is upper-case and no space is added."""
    assert splice("", [InsertText("guten Tag")]) == Splice(0, "", "Guten Tag")


def test_splice_delete_only_changes_nothing():
    """"streiche das" alone yields no edit: the caller removes its own tracked range."""
    assert splice("Text", [DeleteLastUtterance()]) == Splice(4, "", "")


def test_splice_keeps_vocabulary_capitals():
    """A vocabulary term stays capitalised mid-sentence."""
    s = splice("Antrag auf", [InsertText("Bürgergeld")], keep_capitalized=["Bürgergeld"])
    assert s.text == " Bürgergeld"


def test_splice_replaces_a_provisional_period_only_when_told():
    """The caller says when the period before the cursor is Whisper's own (the last utterance
    ended with it): a bracket command then replaces it; a typed period stays."""
    s = splice("Drei Monate.", [InsertPunctuation("(")], provisional_period=True)
    assert apply("Drei Monate.", s) == "Drei Monate (" and s.removed == "."
    s = splice("Drei Monate.", [InsertPunctuation("(")])
    assert apply("Drei Monate.", s) == "Drei Monate. ("
    s = splice("Drei Monate. ", [InsertPunctuation("(")], provisional_period=True)
    assert apply("Drei Monate. ", s) == "Drei Monate. ("  # the user typed after it


def test_continuing_document_knows_its_provisional_period():
    """ends_provisional tells whether the note ends with Whisper's own period."""
    doc = Document.continuing("Erledigt.", provisional_period=True)
    assert doc.ends_provisional
    doc.apply([InsertText("Der Kunde kam.")])
    assert doc.ends_provisional
    doc.apply([InsertPunctuation(".")])
    assert not doc.ends_provisional


def test_splice_drops_whispers_period_when_sentence_ends_are_dictated():
    """The editor's path: with ``dictates_punctuation`` Whisper's period before "und" goes."""
    from dictation.text.termcorrect import TextPipeline

    ops = TextPipeline().process("Und brachte alles mit.")
    edit = splice("Er kam pünktlich.", ops, provisional_period=True, dictates_punctuation=True)
    assert "Er kam pünktlich."[:edit.keep] + edit.text == "Er kam pünktlich und brachte alles mit."
    edit = splice("Er kam pünktlich.", ops, provisional_period=True)
    assert "Er kam pünktlich."[:edit.keep] + edit.text == "Er kam pünktlich. Und brachte alles mit."
