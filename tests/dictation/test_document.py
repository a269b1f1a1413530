"""Tests of dictation.text.document: joining utterances into a clean note."""

from __future__ import annotations

import random

import pytest

from dictation.text.commands import (
    DeleteLastUtterance,
    InsertPunctuation,
    InsertText,
    NewLine,
    NewParagraph,
)
from dictation.text.document import Document
from dictation.text.termcorrect import TextPipeline


def build(*utterances, keep=()) -> Document:
    """A document after applying each argument (an op or a list of ops) as one utterance."""
    doc = Document(keep)
    for u in utterances:
        doc.apply(u if isinstance(u, list) else [u])
    return doc


def T(text: str) -> InsertText:
    return InsertText(text)


def P(mark: str) -> InsertPunctuation:
    return InsertPunctuation(mark)


# --- spacing ---------------------------------------------------------------------------------

def test_utterances_joined_with_one_space():
    """Consecutive utterances are separated by exactly one space."""
    assert build(T("Der Kunde erschien"), T("pünktlich zum Termin.")).text == \
        "Der Kunde erschien pünktlich zum Termin."


def test_no_space_before_marks():
    """Dictated marks attach to the word before them."""
    doc = build(T("Er kam"), P(","), T("aber spät"), P("."), T("Warum"), P("?"), T("Egal"),
                P("!"), T("Liste"), P(":"), T("eins"), P(";"), T("zwei"))
    assert doc.text == "Er kam, aber spät. Warum? Egal! Liste: eins; zwei"


def test_brackets_and_german_quotes():
    """No space after ( or „, none before ) or “."""
    doc = build(T("Er sagte"), P(":"), P("„"), T("Ich komme morgen"), P("“"), P("("),
                T("siehe Anlage"), P(")"), P("."))
    assert doc.text == "Er sagte: „Ich komme morgen“ (siehe Anlage)."


def test_hyphen_joins_words():
    """A dictated hyphen joins the words around it without spaces."""
    assert build(T("Wald"), P("-"), T("Michelbach")).text == "Wald-Michelbach"


def test_whitespace_is_normalised():
    """Stray and double spaces inside dictated text are collapsed."""
    doc = build(T("  Der   Kunde "), T(" kam  "), P("."))
    assert doc.text == "Der Kunde kam."


def test_text_starting_with_punctuation_attaches():
    """Whisper text that begins with a mark attaches to the text before it."""
    assert build(T("Anführung"), P("“"), T(", sagte er.")).text == "Anführung“, sagte er."


def test_never_stray_spaces():
    """Random sequences of operations never leave double, leading or trailing spaces."""
    rng = random.Random(3)
    choices = [T("Der Kunde"), T("kam"), T("Und ging"), P("."), P(","), P("("), P(")"),
               P("„"), P("“"), P("-"), P("?"), NewLine(), NewParagraph(),
               DeleteLastUtterance(), T(", sagte er")]
    for _ in range(200):
        doc = Document()
        for _ in range(12):
            doc.apply([rng.choice(choices)])
        text = doc.text
        assert "  " not in text and not text.startswith(" ") and not text.endswith(" ")
        assert " ," not in text and " ." not in text and " )" not in text
        assert "( " not in text and "„ " not in text and " \n" not in text
        assert "\n\n\n" not in text


# --- punctuation replacement -----------------------------------------------------------------

def test_no_doubled_period():
    """"Punkt" after Whisper's own period changes nothing."""
    assert build(T("Das ist erledigt."), P(".")).text == "Das ist erledigt."


def test_comma_replaces_whispers_period():
    """"Komma" after Whisper's period replaces it."""
    assert build(T("Das ist erledigt."), P(","), T("Und weiter")).text == \
        "Das ist erledigt, und weiter"


def test_mark_after_break_goes_before_it():
    """A mark dictated after a line break ends the text before the break."""
    assert build(T("Erledigt"), NewParagraph(), P(".")).text == "Erledigt.\n\n"


def test_mark_on_empty_document_is_ignored():
    """There is nothing to punctuate at the start of the note."""
    assert build(P(".")).text == ""


# --- capitals --------------------------------------------------------------------------------

def test_capital_after_sentence_end():
    """The first letter after . ? ! is upper-case."""
    assert build(T("Erledigt"), P("."), T("der Kunde geht.")).text == \
        "Erledigt. Der Kunde geht."
    assert build(T("Kommt er?"), T("ja")).text == "Kommt er? Ja"


def test_capital_at_start_of_note_and_paragraph():
    """The note, every paragraph and every line start with a capital."""
    doc = build(T("der Kunde kam."), NewParagraph(), T("danach ging er."), NewLine(),
                T("weiter so"))
    assert doc.text == "Der Kunde kam.\n\nDanach ging er.\nWeiter so"


def test_whisper_capital_lowercased_mid_sentence():
    """Whisper's capital on a function word that continues the sentence is lowered."""
    assert build(T("Der Kunde kam"), T("Und brachte die Unterlagen mit.")).text == \
        "Der Kunde kam und brachte die Unterlagen mit."
    assert build(T("Er kam"), P(","), T("Weil er musste.")).text == "Er kam, weil er musste."


def test_nouns_names_and_terms_keep_capitals():
    """Nouns, the formal Sie and vocabulary terms keep their capital mid-sentence."""
    assert build(T("Er brachte"), T("Unterlagen mit")).text == "Er brachte Unterlagen mit"
    assert build(T("Ich bitte"), T("Sie um Rückruf")).text == "Ich bitte Sie um Rückruf"
    assert build(T("Er arbeitet bei"), T("Neue Arbeit gGmbH"),
                 keep=["Neue Arbeit gGmbH"]).text == "Er arbeitet bei Neue Arbeit gGmbH"
    assert build(T("Er arbeitet bei"), T("Neue Arbeit")).text == "Er arbeitet bei neue Arbeit"


def test_abbreviation_period_is_not_a_sentence_end():
    """After "z. B." or "Abs." the next word keeps Whisper's case."""
    assert build(T("Unterlagen, z. B."), T("die Kontoauszüge")).text == \
        "Unterlagen, z. B. die Kontoauszüge"
    assert build(T("Nach § 7 Abs."), T("drei")).text == "Nach § 7 Abs. drei"


# --- layout ----------------------------------------------------------------------------------

def test_new_line_and_paragraph():
    """NewLine is one line break, NewParagraph one empty line, never more."""
    doc = build(T("Eins."), NewLine(), T("Zwei."), NewParagraph(), NewParagraph(), T("Drei."))
    assert doc.text == "Eins.\nZwei.\n\nDrei."


# --- delete and undo -------------------------------------------------------------------------

def test_delete_last_utterance_removes_exactly_its_text():
    """"Streiche das" removes what the last utterance added, punctuation included."""
    doc = build(T("Der Kunde kam."), [T("Er war"), P(",")], DeleteLastUtterance())
    assert doc.text == "Der Kunde kam."
    assert doc.utterances == ["Der Kunde kam."]


def test_delete_restores_replaced_mark():
    """Deleting a "Komma" that replaced Whisper's period gives the period back."""
    doc = build(T("Das ist erledigt."), P(","), DeleteLastUtterance())
    assert doc.text == "Das ist erledigt."


def test_delete_repeatedly_and_on_empty_document():
    """Each delete removes one more utterance; an empty note stays empty."""
    doc = build(T("Eins."), T("Zwei."), T("Drei."), DeleteLastUtterance(),
                DeleteLastUtterance())
    assert doc.text == "Eins."
    doc.apply([DeleteLastUtterance()])
    doc.apply([DeleteLastUtterance()])
    assert doc.text == "" and doc.utterances == []


def test_delete_paragraph_break():
    """A paragraph break is an utterance too and can be deleted."""
    doc = build(T("Eins."), NewParagraph(), DeleteLastUtterance(), T("Zwei."))
    assert doc.text == "Eins. Zwei."


def test_utterance_that_changes_nothing_is_still_an_utterance():
    """A redundant "Punkt" is what "streiche das" removes (a no-op), not the sentence before:
    "remove what I said last", whether or not Whisper had already put the period there."""
    doc = build(T("Eins."), T("Zwei."), P("."), DeleteLastUtterance())
    assert doc.text == "Eins. Zwei."
    assert build(T("Eins."), T("Zwei"), P("."), DeleteLastUtterance()).text == "Eins. Zwei"
    doc.apply([DeleteLastUtterance()])  # the next one removes the sentence
    assert doc.text == "Eins."


def test_nothing_recognised_is_no_utterance():
    """An utterance without operations is not counted: "streiche das" reaches the one before."""
    doc = build(T("Eins."), T("Zwei."))
    doc.apply([])
    doc.apply([DeleteLastUtterance()])
    assert doc.text == "Eins."


def test_undo_skips_applies_that_changed_nothing():
    """undo() reverts the last real change, together with redundant commands after it."""
    doc = build(T("Eins."), T("Zwei."), P("."))
    assert doc.undo() and doc.text == "Eins."
    assert doc.utterances == ["Eins."]


def test_undo_reverts_last_apply():
    """undo() reverts the last apply, also a deletion; False when nothing is left."""
    doc = build(T("Eins."), T("Zwei."))
    doc.apply([DeleteLastUtterance()])
    assert doc.text == "Eins."
    assert doc.undo() is True
    assert doc.text == "Eins. Zwei." and doc.utterances == ["Eins.", " Zwei."]
    assert doc.undo() and doc.text == "Eins."
    assert doc.undo() and doc.text == ""
    assert doc.undo() is False


def test_undo_of_mixed_apply():
    """An apply that deletes and then adds text is undone as a whole."""
    doc = build(T("Eins."), T("Falsch."))
    doc.apply([DeleteLastUtterance(), T("Zwei.")])
    assert doc.text == "Eins. Zwei."
    doc.undo()
    assert doc.text == "Eins. Falsch."


def test_unknown_operation_is_refused():
    """Anything but a document operation raises TypeError."""
    with pytest.raises(TypeError, match="Not a document operation"):
        Document().apply(["text"])  # type: ignore[list-item]


# --- with the text pipeline ------------------------------------------------------------------

def test_dictated_note_end_to_end():
    """Utterances as Whisper commits them become a clean note."""
    pipeline = TextPipeline()
    doc = Document()
    for utterance in [
        "Der Kunde erschien pünktlich zum Termin Punkt",
        "Er legte die Kontoauszüge vor.",
        "Komma",
        "Die Miete beträgt dreihundertzwanzig Euro.",
        "Neuer Absatz.",
        "Nächster Termin am dritten März um vierzehn Uhr dreißig.",
        "Das ist falsch.",
        "Streiche das.",
        "Er sagte Doppelpunkt Anführungszeichen auf Ich komme Anführungszeichen zu Punkt",
    ]:
        doc.apply(pipeline.process(utterance))
    assert doc.text == (
        "Der Kunde erschien pünktlich zum Termin. Er legte die Kontoauszüge vor, die Miete "
        "beträgt 320 Euro.\n\nNächster Termin am 3. März um 14:30 Uhr. Er sagte: „Ich komme“."
    )


# --- regressions from the domain benchmark ---------------------------------------------------

def _note(*utterances: str, vocabulary: bool = True) -> str:
    from dictation.app.pipeline import NoteText, VocabularyOptions, load_vocabulary

    vocab = load_vocabulary(VocabularyOptions())[0] if vocabulary else None
    note = NoteText(vocab)
    for u in utterances:
        note.commit(u)
    return note.text


def test_whispers_period_gives_way_to_dictated_brackets():
    """Whisper's period before a bracket command goes; the sentence goes on after it."""
    assert _note("Der Kunde hat die Kontoauszüge der letzten drei Monate.", "Klammer auf.",
                 "Januar bis März.", "Klammer zu.", "Vorgelegt.", "Punkt.") == (
        "Der Kunde hat die Kontoauszüge der letzten drei Monate (Januar bis März) vorgelegt.")
    assert _note("Die Bedarfsgemeinschaft besteht aus drei Personen.", "Klammer auf.",
                 "Mutter und zwei Kinder.", "Klammer zu.", "Punkt.") == (
        "Die Bedarfsgemeinschaft besteht aus drei Personen (Mutter und zwei Kinder).")
    assert _note("Er sagte.", "Doppelpunkt.", "Anführungszeichen auf.", "Ich komme.",
                 "Anführungszeichen zu.", "Punkt.") == "Er sagte: „Ich komme“."
    assert _note("Wald.", "Bindestrich.", "Michelbach.") == "Wald-Michelbach."


def test_dictated_and_abbreviation_periods_stay_before_brackets():
    """A period dictated as "Punkt", one of an abbreviation, and Whisper's period before text
    or a line break stay."""
    assert _note("Erledigt.", "Punkt.", "Klammer auf.", "Siehe Anlage.", "Klammer zu.",
                 "Der Kunde kam.") == "Erledigt. (Siehe Anlage) Der Kunde kam."
    assert _note("Nach § 7 Abs.", "Klammer auf.", "drei", "Klammer zu.") == \
        "Nach § 7 Abs. (drei)"
    assert _note("Erledigt.", "Neuer Absatz.", "Der Kunde kam.") == \
        "Erledigt.\n\nDer Kunde kam."
    assert _note("Erledigt.", "Der Kunde kam.") == "Erledigt. Der Kunde kam."


def test_case_after_closing_bracket_follows_the_sentence_before_it():
    """After a closing bracket the case follows the state before the opening one."""
    assert build(T("Er kam"), P("("), T("pünktlich."), P(")"), T("Und ging.")).text == \
        "Er kam (pünktlich) und ging."
    assert build(T("Erledigt"), P("."), P("("), T("siehe Anlage."), P(")"), T("danach")).text \
        == "Erledigt. (siehe Anlage) Danach"
    assert build(T("Er kam"), P("("), T("siehe Anlage"), P(")"), T("Vorgelegt")).text == \
        "Er kam (siehe Anlage) vorgelegt"
    assert build(T("Er kam"), P("("), T("siehe Anlage"), P(")"), T("Angebot")).text == \
        "Er kam (siehe Anlage) Angebot"


def test_provisional_period_survives_delete_and_undo():
    """After "streiche das" the period of the utterance now last is Whisper's again."""
    doc = build(T("Monate."), T("Falsch."), DeleteLastUtterance(), P("("))
    assert doc.text == "Monate ("
    doc = build(T("Monate."), P("."), DeleteLastUtterance(), P("("))
    assert doc.text == "Monate ("


def test_delete_after_redundant_punkt_in_the_note():
    """"streiche das" after "Punkt" removes the "Punkt", with or without Whisper's period."""
    assert _note("Der Kunde wohnt in Lorsch.", "Punkt.", "Streiche das.") == \
        "Der Kunde wohnt in Lorsch."
    assert _note("Der Kunde wohnt in Lorsch", "Punkt.", "Streiche das.") == \
        "Der Kunde wohnt in Lorsch"


def test_commands_inside_hyphenated_words_and_joined_commands_in_the_note():
    """Hyphenated command words stay text; joined and soft spellings work as commands."""
    assert _note("Treffpunkt ist der Info-Punkt.") == "Treffpunkt ist der Info-Punkt."
    assert _note("Die Kundin nennt den Ausgangs-Punkt, die Schulden.") == \
        "Die Kundin nennt den Ausgangs-Punkt, die Schulden."
    assert _note("Erledigt", "Bunkt", "Liste", "Doppelbunkt", "eins") == \
        "Erledigt. Liste: eins"
    assert _note("Monate", "Klammerauf.", "Januar", "Klammerzuh.", "Neuerabsatz.", "Weiter") \
        == "Monate (Januar)\n\nWeiter"


def test_commit_returns_what_the_utterance_added():
    """NoteText.commit gives the added text; "" for a command that changed nothing."""
    from dictation.app.pipeline import NoteText

    note = NoteText()
    assert note.commit("Erledigt.") == "Erledigt."
    assert note.commit("Punkt.") == ""
    assert note.commit("Der Kunde kam") == "Der Kunde kam"
    assert note.commit("Streiche das.") == ""
    assert note.text == "Erledigt."


def test_sentence_state_reads_only_the_end_of_a_long_note():
    """A long note gives the same result as its end alone, and applying stays fast."""
    import time

    from dictation.text.document import _sentence_state

    long = "Der Kunde kam. " * 5000
    for end in ["z. B.", "nach Abs.", "am 3.", "erledigt.", "und", "(Januar bis März)",
                "„Ich komme.“", "x" * 100 + "."]:
        assert _sentence_state(long + end) == _sentence_state("Der Kunde kam. " + end)
    doc = Document()
    started = time.perf_counter()
    for k in range(3000):
        doc.apply([T(f"Der Kunde kam zum Termin Nummer {k}"), P(".")])
    assert len(doc.text) > 100_000
    assert time.perf_counter() - started < 1.5  # was quadratic: ~15 s


def test_pause_is_no_sentence_end_once_sentence_ends_are_dictated():
    """A speaker who says "Punkt" marks sentence ends: Whisper's own period at a pause is then
    dropped before a word that continues the sentence ("und", a participle), and kept before
    one that may start a sentence; before the first dictated end it always stays."""
    pipeline = TextPipeline()
    doc = Document()
    for utterance in ["Er kam pünktlich.", "Und brachte alles mit.", "Punkt",
                      "Sie hat die Kontoauszüge.", "Vorgelegt.", "Punkt",
                      "Das ist gut.", "Er geht."]:
        doc.apply(pipeline.process(utterance))
    assert doc.text == ("Er kam pünktlich. Und brachte alles mit. Sie hat die Kontoauszüge "
                        "vorgelegt. Das ist gut. Er geht.")
