"""Tests of dictation.text.termcorrect: commands, term correction, bias selection, speed."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dictation.text.bias import select_bias_terms
from dictation.text.commands import (
    DeleteLastUtterance,
    InsertPunctuation,
    InsertText,
    NewLine,
    NewParagraph,
    after_strikes,
)
from dictation.text.termcorrect import Correction, PipelineTextOptions, TextPipeline
from dictation.text.words import frequent_words, kolner_phonetik

try:  # the real vocabulary module, once it exists
    from dictation.vocabulary.lists import Entry
except ImportError:  # pragma: no cover - stand-in with the agreed interface

    @dataclass(frozen=True)
    class Entry:  # type: ignore[no-redef]
        term: str
        spoken: tuple[str, ...] = ()
        category: str = ""
        note: str = ""


VOCABULARY = [
    Entry("Bedarfsgemeinschaft", category="Leistung"),
    Entry("Weiterbewilligungsantrag", ("WBA",), category="Antrag"),
    Entry("Kooperationsplan", category="Integration"),
    Entry("Eingliederungsvereinbarung", ("EGV",), category="Integration"),
    Entry("Bürgergeld", category="Leistung"),
    Entry("SGB II", ("SGB zwei", "Sozialgesetzbuch zwei"), category="Recht"),
    Entry("SGB III", ("SGB drei",), category="Recht"),
    Entry("SGB XII", ("SGB zwölf",), category="Recht"),
    Entry("§ 16i", ("Paragraf sechzehn i",), category="Recht"),
    Entry("Kosten der Unterkunft", ("KdU", "Ka De U"), category="Leistung"),
    Entry("Mehrbedarf", category="Leistung"),
    Entry("Regelbedarf", category="Leistung"),
    Entry("Regelbedarfsstufe", category="Leistung"),
    Entry("Leistungsminderung", category="Leistung"),
    Entry("Meldeversäumnis", category="Pflichten"),
    Entry("Mitwirkungspflicht", category="Pflichten"),
    Entry("Erstausstattung", category="Leistung"),
    Entry("Bildungsgutschein", category="Integration"),
    Entry("AVGS", ("A V G S", "Aktivierungsgutschein"), category="Integration"),
    Entry("Arbeitsgelegenheit", ("AGH",), category="Integration"),
    Entry("Eingliederungszuschuss", category="Integration"),
    Entry("Einstiegsgeld", category="Integration"),
    Entry("Unterhaltsvorschuss", category="Leistung"),
    Entry("Kinderzuschlag", category="Leistung"),
    Entry("Wohngeld", category="Leistung"),
    Entry("Bildung und Teilhabe", ("BuT",), category="Leistung"),
    Entry("Leistungsbescheid", category="Bescheid"),
    Entry("Änderungsbescheid", category="Bescheid"),
    Entry("Überprüfungsantrag", category="Antrag"),
    Entry("Widerspruch", category="Bescheid"),
    Entry("Anhörung", category="Bescheid"),
    Entry("Kontoauszug", category="Unterlagen"),
    Entry("Nebenkostenabrechnung", category="Unterlagen"),
    Entry("Heizkostenabrechnung", category="Unterlagen"),
    Entry("Mietbescheinigung", category="Unterlagen"),
    Entry("Einkommensbescheinigung", category="Unterlagen"),
    Entry("Vermittlungsvorschlag", category="Integration"),
    Entry("Vermittlungsbudget", category="Integration"),
    Entry("persönlicher Ansprechpartner", ("pAp",), category="Integration"),
    Entry("Jobcenter", category="Behörde"),
    Entry("Agentur für Arbeit", category="Behörde"),
    Entry("Integrationskurs", category="Integration"),
    Entry("Zumutbarkeit", category="Pflichten"),
    Entry("Erreichbarkeit", category="Pflichten"),
    Entry("Ortsabwesenheit", category="Pflichten"),
    Entry("Hilfebedürftigkeit", category="Leistung"),
    Entry("Karenzzeit", category="Leistung"),
    Entry("Heppenheim", category="Ort"),
    Entry("Bensheim", category="Ort"),
    Entry("Lampertheim", category="Ort"),
    Entry("Viernheim", category="Ort"),
    Entry("Wald-Michelbach", ("Wald Michelbach",), category="Ort"),
    Entry("Mörlenbach", category="Ort"),
    Entry("Rimbach", category="Ort"),
    Entry("Fürth", category="Ort"),
    Entry("Lindenfels", category="Ort"),
    Entry("Grasellenbach", category="Ort"),
    Entry("Abtsteinach", category="Ort"),
    Entry("Gorxheimertal", category="Ort"),
    Entry("Zwingenberg", category="Ort"),
    Entry("Lorsch", category="Ort"),
    Entry("Groß-Rohrheim", ("Groß Rohrheim",), category="Ort"),
]

# (what Whisper wrote, what the note must say): misrecognised terms
MISHEARD = [
    ("Die Bedarfs Gemeinschaft besteht aus drei Personen.",
     "Die Bedarfsgemeinschaft besteht aus drei Personen."),
    ("Der weiter Bewilligungsantrag liegt vor.", "Der Weiterbewilligungsantrag liegt vor."),
    ("Im Rahmen des Kooperations Plans wurde vereinbart",
     "Im Rahmen des Kooperationsplans wurde vereinbart"),
    ("Die Bedarfs Gemeinschaften wurden geprüft.", "Die Bedarfsgemeinschaften wurden geprüft."),
    ("Er bezieht bürgergeld seit Mai.", "Er bezieht Bürgergeld seit Mai."),
    ("Bürger Geld wurde bewilligt.", "Bürgergeld wurde bewilligt."),
    ("Die Eingliederungsvereinbahrung wurde unterschrieben.",
     "Die Eingliederungsvereinbarung wurde unterschrieben."),
    ("Der Kunde wohnt in Wald Michelbach.", "Der Kunde wohnt in Wald-Michelbach."),
    ("Er zog nach Hepenheim.", "Er zog nach Heppenheim."),
    ("Sie wohnt in Fiernheim.", "Sie wohnt in Viernheim."),
    ("Die Maßnahme findet in Lambertheim statt.", "Die Maßnahme findet in Lampertheim statt."),
    ("Er kommt aus Mörlen Bach.", "Er kommt aus Mörlenbach."),
    ("Die Familie lebt in Grasselenbach.", "Die Familie lebt in Grasellenbach."),
    ("Der Betrieb sitzt in Gorxheimer Tal.", "Der Betrieb sitzt in Gorxheimertal."),
    ("Sie zieht nach Groß Rohrheim.", "Sie zieht nach Groß-Rohrheim."),
    ("Die KdU werden übernommen.", "Die Kosten der Unterkunft werden übernommen."),
    ("Ein Melde Versäumnis liegt vor.", "Ein Meldeversäumnis liegt vor."),
    ("Eine Leistungs Minderung wurde geprüft.", "Eine Leistungsminderung wurde geprüft."),
    ("Die Regelbedarfs Stufe wurde angepasst.", "Die Regelbedarfsstufe wurde angepasst."),
    ("Er erhält Einstiegs Geld.", "Er erhält Einstiegsgeld."),
    ("Ein Bildungs Gutschein wurde ausgegeben.", "Ein Bildungsgutschein wurde ausgegeben."),
    ("Der Unterhalts Vorschuss ist beantragt.", "Der Unterhaltsvorschuss ist beantragt."),
    ("Die Heizkosten Abrechnung fehlt.", "Die Heizkostenabrechnung fehlt."),
    ("Die Hilfe Bedürftigkeit ist nachgewiesen.", "Die Hilfebedürftigkeit ist nachgewiesen."),
    ("Der Arbeitgeber beantragt einen Eingliederungs Zuschuss.",
     "Der Arbeitgeber beantragt einen Eingliederungszuschuss."),
    ("Ein A V G S wurde ausgestellt.", "Ein AVGS wurde ausgestellt."),
    ("Die bedarfsgemeinschaft ist umgezogen.", "Die Bedarfsgemeinschaft ist umgezogen."),
    ("Der Weiterbewiligungsantrag ist eingegangen.",
     "Der Weiterbewilligungsantrag ist eingegangen."),
    ("Der Kooperationsblan wurde besprochen.", "Der Kooperationsplan wurde besprochen."),
    ("Der Leistungsbeschied kam gestern.", "Der Leistungsbescheid kam gestern."),
    ("Der Unterhaltsvorschus wurde gezahlt.", "Der Unterhaltsvorschuss wurde gezahlt."),
    ("Die Einkommensbeschainigung liegt vor.", "Die Einkommensbescheinigung liegt vor."),
    ("Der Kinderzuschlach wurde abgelehnt.", "Der Kinderzuschlag wurde abgelehnt."),
    ("Die Karrenzzeit läuft noch.", "Die Karenzzeit läuft noch."),
    ("Die Mitwirkungspflichten wurden erläutert.", "Die Mitwirkungspflichten wurden erläutert."),
    ("Sie ist beim Job Center gemeldet.", "Sie ist beim Jobcenter gemeldet."),
    ("Die Agentur für arbeit hat geschrieben.", "Die Agentur für Arbeit hat geschrieben."),
    ("Gegen den Änderungsbescheids Inhalt", "Gegen den Änderungsbescheids Inhalt"),
    ("Die Kontoauszüge der letzten Monate fehlen.", "Die Kontoauszüge der letzten Monate fehlen."),
    ("Mit der Vermittlungsvorschläge", "Mit der Vermittlungsvorschläge"),
    ("Der Vermittlungsvorschlags Termin", "Der Vermittlungsvorschlags Termin"),
]

# ordinary German sentences (newspaper and office style) that term correction must not touch
ORDINARY = [
    "Die Vermietung der Wohnung ist zum Monatsende gekündigt worden.",
    "Er hat mehr Bedarf an Beratung als erwartet.",
    "Die Anträge wurden am Montag eingereicht.",
    "Gegen den Bescheid wurden zwei Widersprüche eingelegt.",
    "Der Bürgermeister eröffnete die neue Schule.",
    "Die Gemeinschaft der Anwohner traf sich im Rathaus.",
    "Die Kosten für die Heizung sind im Winter gestiegen.",
    "Die Unterkunft liegt in der Nähe des Bahnhofs.",
    "Sie arbeitet seit drei Jahren bei einer Reinigungsfirma.",
    "Der Kunde legte die Kontoauszüge der letzten drei Monate vor.",
    "Wir haben uns auf einen neuen Termin geeinigt.",
    "Die Mutter kümmert sich um die beiden Kinder.",
    "Das Wetter war am Wochenende sehr schön.",
    "Die Bundesregierung plant eine Reform der Rente.",
    "Der Zug nach Frankfurt hatte zwanzig Minuten Verspätung.",
    "Frau Bergmann hat sich telefonisch gemeldet.",
    "Herr Lindner bringt die Unterlagen nächste Woche vorbei.",
    "Die Stadt investiert in den Ausbau der Radwege.",
    "Er möchte eine Ausbildung zum Mechatroniker beginnen.",
    "Die Wohnung ist zu groß für eine Person.",
    "Die Vermittlung in Arbeit hat Vorrang.",
    "Der Vermieter verlangt eine Kaution von drei Monatsmieten.",
    "Die Beratung fand in den Räumen der Agentur statt.",
    "Sie bewirbt sich auf eine Stelle als Verkäuferin.",
    "Die Kinderbetreuung ist ab dem Sommer gesichert.",
    "Er leidet seit längerer Zeit unter Rückenschmerzen.",
    "Die Zeitung berichtet über steigende Mieten in der Region.",
    "Der Bewerber hat den Sprachkurs erfolgreich abgeschlossen.",
    "Die Bildung der Kinder liegt den Eltern am Herzen.",
    "Im Gespräch wurden die nächsten Schritte besprochen.",
    "Die Lebensmittelpreise sind im Vergleich zum Vorjahr gestiegen.",
    "Der Kunde wurde über seine Rechte und Pflichten belehrt.",
    "Sie hat ihren Führerschein im letzten Jahr gemacht.",
    "Die Heizung in der Wohnung ist seit Tagen defekt.",
    "Der Vertrag endet zum dreißigsten Juni.",
    "Die Arbeitslosigkeit in der Region ist leicht gesunken.",
    "Das Gericht hat die Klage abgewiesen.",
    "Er fährt jeden Morgen mit dem Bus zur Arbeit.",
    "Die Gemeinde Fürth liegt im Odenwald.",
    "Der Antrag auf Wohngeld wurde abgelehnt.",
    "Die Kinder besuchen eine Grundschule in der Nähe.",
    "Die Teilhabe am gesellschaftlichen Leben ist wichtig.",
    "Der Arbeitgeber zahlt einen Zuschuss zu den Fahrtkosten.",
    "Er hat die Rechnung noch nicht bezahlt.",
    "Die Vereinbarung wurde von beiden Seiten unterschrieben.",
    "Die Bewilligung erfolgt für zwölf Monate.",
    "Ein Plan für die Zukunft fehlt noch.",
    "Die Vermieterin hat die Nebenkosten erhöht.",
    "Die Abrechnung kam mit der Post.",
    "Das Einkommen reicht nicht für den Lebensunterhalt.",
    "Er war gestern nicht erreichbar.",
    "Die Stufe der Pflegebedürftigkeit wurde neu festgelegt.",
    "Der Lehrgang beginnt im Herbst in Bensheim.",
    "Sie möchte in Teilzeit arbeiten.",
    "Die Miete wurde pünktlich überwiesen.",
    "Im Haushalt leben zwei Erwachsene und ein Kind.",
    "Die Meldung ging am Freitag ein.",
    "Der Einstieg in den Beruf fiel ihr schwer.",
    "Die Stiefmutter wohnt ebenfalls in Lorsch.",
    "Die Versicherung hat den Schaden übernommen.",
    "Der Abteilungsleiter stellte den Haushaltsplan vor.",
    "Die Kinderzimmer sind frisch gestrichen.",
    "Die Vermittlerin war heute krank.",
    "Die Einkommensteuer wird jährlich erhoben.",
    "Die Heimatzeitung erscheint wöchentlich.",
    "Die Leistungen wurden pünktlich überwiesen.",
    "Der Regen hörte erst am Abend auf.",
    "Der Kunde hat die Bescheinigung des Arztes nachgereicht.",
    "Die Zumutung war ihm deutlich anzusehen.",
    "Der Landrat besuchte die Einrichtung in Lindenfels.",
    "Herr Lindenfeld hat heute angerufen.",
    "Die Heppenheimer Straße ist wegen Bauarbeiten gesperrt.",
    "Der Lorscher Bahnhof wird saniert.",
    "Die Anhörungen fanden im Mai statt.",
    "Seine Beschäftigung endete im März.",
    "Er wohnt in Heimbach an der Grenze.",
    "Herr Rombach ist im Sommer umgezogen.",
    "Die Familie zog im Frühjahr nach Oppenheim.",
    "Die Annäherung der Positionen gelang erst spät.",
    "Sie liest gern lyrische Texte.",
    "Er wohnt jetzt in Rheinbach.",
    "Die Vermietung erfolgt über eine Agentur.",
]


@pytest.fixture(scope="module")
def pipeline() -> TextPipeline:
    return TextPipeline(VOCABULARY)


def texts(ops) -> list:
    """Ops as compact, comparable values."""
    return [op.text if isinstance(op, InsertText) else op for op in ops]


def assert_notes(cases: dict[str, str], vocabulary=None) -> None:
    """Each spoken utterance, committed alone to a fresh note, gives the expected text."""
    from dictation.app.pipeline import NoteText

    for spoken, expected in cases.items():
        note = NoteText(vocabulary)
        note.commit(spoken)
        assert note.text == expected, spoken


# --- commands --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("spoken", "op"),
    [
        ("Punkt.", InsertPunctuation(".")),
        ("Komma", InsertPunctuation(",")),
        ("Doppelpunkt.", InsertPunctuation(":")),
        ("Semikolon", InsertPunctuation(";")),
        ("Fragezeichen.", InsertPunctuation("?")),
        ("Ausrufezeichen!", InsertPunctuation("!")),
        ("Bindestrich", InsertPunctuation("-")),
        ("Klammer auf.", InsertPunctuation("(")),
        ("Klammer zu.", InsertPunctuation(")")),
        ("Anführungszeichen auf", InsertPunctuation("„")),
        ("Anführungszeichen zu.", InsertPunctuation("“")),
        ("Anführungsstriche auf.", InsertPunctuation("„")),
        ("Anführungsstriche zu", InsertPunctuation("“")),
        ("Neue Zeile.", NewLine()),
        ("Neuer Absatz.", NewParagraph()),
        ("nächster Absatz", NewParagraph()),
        ("Streiche das.", DeleteLastUtterance()),
        ("Lösche das!", DeleteLastUtterance()),
        ("Bitte lösche das.", DeleteLastUtterance()),
    ],
)
def test_command_as_own_utterance(pipeline, spoken, op):
    """Each command spoken as its own utterance becomes exactly its operation."""
    assert pipeline.process(spoken) == [op]


def test_command_at_end_of_utterance(pipeline):
    """A command ending a pause-less run is executed."""
    assert texts(pipeline.process("Der Kunde war pünktlich Punkt")) == [
        "Der Kunde war pünktlich", InsertPunctuation(".")]
    assert texts(pipeline.process("Der Termin wurde verschoben Komma")) == [
        "Der Termin wurde verschoben", InsertPunctuation(",")]
    assert texts(pipeline.process("Die Unterlagen fehlen Neuer Absatz.")) == [
        "Die Unterlagen fehlen", NewParagraph()]


def test_several_commands_in_one_utterance(pipeline):
    """All commands of an utterance run, in order."""
    assert pipeline.process("Punkt neuer Absatz") == [InsertPunctuation("."), NewParagraph()]
    assert texts(pipeline.process("erledigt Punkt Neue Zeile.")) == [
        "erledigt", InsertPunctuation("."), NewLine()]


def test_commands_inside_utterance(pipeline):
    """Unambiguous commands inside running speech are executed."""
    ops = pipeline.process("Er sagte Doppelpunkt Anführungszeichen auf Ich komme "
                           "Anführungszeichen zu Punkt")
    assert texts(ops) == ["Er sagte", InsertPunctuation(":"), InsertPunctuation("„"),
                          "Ich komme", InsertPunctuation("“"), InsertPunctuation(".")]
    assert texts(pipeline.process("siehe Klammer auf Anlage drei Klammer zu")) == [
        "siehe", InsertPunctuation("("), "Anlage drei", InsertPunctuation(")")]
    assert texts(pipeline.process("Er kam Komma aber zu spät")) == [
        "Er kam", InsertPunctuation(","), "aber zu spät"]


def test_question_mark_command_with_whisper_mark_after_what_looks_like_a_noun_phrase():
    """"… schon eingegangen Fragezeichen" heard as "… schon einen gegangenen Fragezeichen?":
    an article and an adjective before it would make "Fragezeichen" a noun, but Whisper wrote
    the question mark it heard too, and "einen" cannot go with that noun: the command (issue
    8, d81 on both paths). Without that mark, or after "ein"/"das", the noun stays, and
    "Ausrufezeichen!" after an adjective is an idiom."""
    assert_notes({
        "Ist die Mietbescheinigung schon einen gegangenen Fragezeichen? Ohne sie geht es nicht.":
            "Ist die Mietbescheinigung schon einen gegangenen? Ohne sie geht es nicht.",
        "Das ist ein dickes Ausrufezeichen!": "Das ist ein dickes Ausrufezeichen!",
        "Am Ende steht ein Fragezeichen.": "Am Ende steht ein Fragezeichen.",
        "Warum setzt er ein Fragezeichen?": "Warum setzt er ein Fragezeichen?",
        "Was bedeutet das rote Fragezeichen?": "Was bedeutet das rote Fragezeichen?",
        "Hinter den Termin setzen wir ein dickes Fragezeichen, sagt er.":
            "Hinter den Termin setzen wir ein dickes Fragezeichen, sagt er.",
    })


@pytest.mark.parametrize(
    "sentence",
    [
        "Das ist der wichtigste Punkt",
        "Er hat es auf den Punkt gebracht.",
        "Hier fehlt ein Komma.",
        "Das war der springende Punkt.",
        "Punkt zwölf Uhr kam er an.",
        "Wir besprechen den Punkt drei der Vereinbarung.",
        "Das Wort wird mit Bindestrich geschrieben.",
        "Am Ende steht ein Fragezeichen.",
        "Die Klammer auf dem Tisch.",
        "Das ist mein letzter Punkt.",
        "Er löscht das Feuer.",
        "Ich lösche das Dokument morgen.",
        "Sie beginnt eine neue Zeile im Heft.",
    ],
)
def test_command_words_in_running_speech_stay_text(pipeline, sentence):
    """Command words used as nouns in running speech are left as text."""
    ops = pipeline.process(sentence)
    assert len(ops) == 1 and isinstance(ops[0], InsertText)


def test_punkt_opening_an_utterance(pipeline):
    """"Punkt" opening an utterance is the command, unless a number or "für" follows."""
    assert texts(pipeline.process("Punkt und dann ging er.")) == [
        InsertPunctuation("."), "und dann ging er."]
    assert texts(pipeline.process("Punkt für Punkt")) == ["Punkt für Punkt"]
    assert texts(pipeline.process("Punkt zwölf Uhr")) == ["Punkt 12 Uhr"]


def test_no_doubled_punctuation(pipeline):
    """Whisper's own mark before or after a punctuation command is dropped."""
    assert texts(pipeline.process("erledigt. Punkt")) == ["erledigt", InsertPunctuation(".")]
    assert texts(pipeline.process("erledigt. Komma")) == ["erledigt", InsertPunctuation(",")]
    assert texts(pipeline.process("Er kam, Komma, dann ging er.")) == [
        "Er kam", InsertPunctuation(","), "dann ging er."]
    assert pipeline.process("Punkt, neuer Absatz.") == [InsertPunctuation("."), NewParagraph()]


def test_mark_after_closing_quote_is_kept(pipeline):
    """A comma Whisper wrote after a closing-quote command inside the utterance stays."""
    ops = pipeline.process("Anführungszeichen zu, sagte er.")
    assert texts(ops) == [InsertPunctuation("“"), ", sagte er."]


def test_decimal_comma_is_not_a_command(pipeline):
    """"Komma" between numbers is a decimal comma, at the end it is the command."""
    assert texts(pipeline.process("zwölf Komma fünf Prozent")) == ["12,5 Prozent"]
    assert texts(pipeline.process("Es waren zwölf Komma")) == [
        "Es waren zwölf", InsertPunctuation(",")]


def test_commands_can_be_switched_off():
    """With commands off, command words are plain text."""
    p = TextPipeline(VOCABULARY, PipelineTextOptions(commands=False))
    assert p.process("Punkt.") == [InsertText("Punkt.")]


def test_empty_utterance(pipeline):
    """An empty or blank utterance gives no operations."""
    assert pipeline.process("") == []
    assert pipeline.process("   ") == []


# --- term correction -------------------------------------------------------------------------

@pytest.mark.parametrize(("heard", "expected"), MISHEARD)
def test_misheard_terms_are_corrected(pipeline, heard, expected):
    """Misrecognised terms (split, inflected, misspelt, wrong case) get their written form."""
    assert pipeline.correct_terms(heard)[0] == expected


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_sentences_stay_unchanged(pipeline, sentence):
    """Ordinary German sentences are not 'corrected' into vocabulary terms."""
    text, corrections = pipeline.correct_terms(sentence)
    assert text == sentence, corrections


def test_enough_labelled_sentences():
    """The tuning set has at least 40 ordinary sentences and 30 misheard ones."""
    assert len(ORDINARY) >= 40 and len(MISHEARD) >= 30


def test_threshold_separates_labelled_pairs():
    """The default threshold sits inside the band where every labelled pair passes."""
    def errors(score: float) -> int:
        p = TextPipeline(VOCABULARY, PipelineTextOptions(min_score=score))
        wrong = sum(p.correct_terms(h)[0] != e for h, e in MISHEARD)
        return wrong + sum(p.correct_terms(s)[0] != s for s in ORDINARY)

    default = PipelineTextOptions().min_score
    assert errors(default) == 0
    assert errors(default - 1) == 0 and errors(default + 1) == 0  # not on a knife's edge


def test_corrections_report_positions(pipeline):
    """Each correction names the original text, its span, the rule and a score."""
    text = "Die Bedarfs Gemeinschaft lebt in Wald Michelbach."
    new, corrections = pipeline.correct_terms(text)
    assert new == "Die Bedarfsgemeinschaft lebt in Wald-Michelbach."
    first, second = corrections
    assert first == Correction("Bedarfs Gemeinschaft", "Bedarfsgemeinschaft", 4, 24, 100.0,
                               "exact")
    assert text[second.start:second.end] == "Wald Michelbach"
    assert second.rule == "spoken"


def test_inflection_keeps_ending(pipeline):
    """Inflected forms keep their ending: genitive -s, plural -en."""
    assert pipeline.correct_terms("des kooperationsplans")[0] == "des Kooperationsplans"
    assert pipeline.correct_terms("zwei Bedarfs Gemeinschaften")[0] == \
        "zwei Bedarfsgemeinschaften"
    new, corrections = pipeline.correct_terms("des Kooperationsplahns")
    assert new == "des Kooperationsplans" and corrections[0].rule == "fuzzy"


def test_exact_spoken_variant_beats_frequent_word_guard():
    """An explicit spoken variant applies even when it is made of everyday words."""
    p = TextPipeline([Entry("Mehrbedarf", ("mehr Bedarf",))])
    assert p.correct_terms("Sie hat mehr Bedarf.")[0] == "Sie hat Mehrbedarf."


def test_spelt_out_variant_matches_only_exactly():
    """A spelt-out spoken variant ("Be U Te") does not turn the word "Beute" into the term."""
    p = TextPipeline([Entry("BuT", ("Be U Te",))])
    assert p.correct_terms("Die Beute war groß.")[0] == "Die Beute war groß."
    assert p.correct_terms("Sie beantragt be u te.")[0] == "Sie beantragt BuT."


def test_umlaut_forms_are_not_mishearings():
    """Singular and plural that differ by an umlaut are both real words and stay."""
    p = TextPipeline([Entry("Kontoauszüge"), Entry("Antrag")])
    assert p.correct_terms("Der Kontoauszug fehlt.")[0] == "Der Kontoauszug fehlt."
    assert p.correct_terms("Die Anträge liegen vor.")[0] == "Die Anträge liegen vor."


def test_lowercase_word_never_becomes_noun_term(pipeline):
    """A verb mid-sentence is not taken for a noun term that sounds alike."""
    text = "Er wollte dem Bescheid nicht widersprechen."
    assert pipeline.correct_terms(text)[0] == text


def test_numbers_and_references_are_not_fuzzily_matched(pipeline):
    """Digits and § references are left to the number formatter."""
    text = "Nach § 16 Abs. 3 SGB II und 563 Euro"
    assert pipeline.correct_terms(text)[0] == text


def test_pipeline_formats_numbers_and_terms_together(pipeline):
    """process() runs number formatting, then term correction."""
    ops = pipeline.process("Paragraf sechzehn i SGB zwei, dreihundertzwanzig Euro für die "
                           "Bedarfs Gemeinschaft")
    assert texts(ops) == ["§ 16i SGB II, 320 Euro für die Bedarfsgemeinschaft"]


def test_recent_terms_are_remembered(pipeline):
    """Terms found in the text are remembered, most recent first."""
    p = TextPipeline(VOCABULARY)
    p.correct_terms("Bürger Geld und Wohngeld")
    assert p.recent_terms[:2] == ("Wohngeld", "Bürgergeld")


def test_count_terms_counts_what_the_pipeline_would_write_and_remembers_nothing():
    """The vocabulary's vote between Whisper's hypotheses: terms spelt right, inflected,
    split, misheard or glued to a command count; the pipeline's recent terms stay as they were."""
    p = TextPipeline(VOCABULARY)
    assert p.count_terms("Sie bezieht Bürgergeld und Wohngeld.") == 2
    assert p.count_terms("Die Bedarfs Gemeinschaft des Kunden bezieht Bürgergeldpunkt") == 2
    assert p.count_terms("Die Kundin war heute pünktlich.") == 0
    assert p.count_terms("") == 0
    assert p.recent_terms == ()
    assert TextPipeline([]).count_terms("Bürgergeld") == 0


def test_kolner_phonetik():
    """Kölner Phonetik codes match the published examples."""
    assert kolner_phonetik("Müller-Lüdenscheidt") == "65752682"
    assert kolner_phonetik("Wikipedia") == "3412"
    assert kolner_phonetik("Breschnew") == "17863"
    assert kolner_phonetik("Bedarfs Gemeinschaft") == kolner_phonetik("Bedarfsgemeinschaft")


def test_frequent_words_list():
    """The shipped frequent-word list has thousands of entries, function words included."""
    words = frequent_words()
    assert len(words) > 3000
    assert {"der", "und", "nicht", "werden", "mehr", "arbeit"} <= words


# --- decoding bias ---------------------------------------------------------------------------

def test_bias_terms_stay_within_token_limit():
    """The joined hotword string never exceeds the token limit."""
    chosen = select_bias_terms(VOCABULARY, max_tokens=40)
    assert chosen
    assert len(", ".join(chosen)) / 3 <= 40 + 1


def test_bias_terms_prefer_recent_then_subject():
    """Recent terms come first, then terms of the note's subject."""
    chosen = select_bias_terms(VOCABULARY, max_tokens=60, recent=["Wohngeld", "Lorsch"],
                               subject="Ort")
    assert chosen[:2] == ["Wohngeld", "Lorsch"]
    assert all(e.category == "Ort" for e in VOCABULARY
               if e.term in chosen[2:5])


def test_bias_terms_deduplicated_and_hard_ones_first():
    """Duplicates are dropped; long compounds and abbreviations beat short plain words."""
    entries = [Entry("Fürth"), Entry("Weiterbewilligungsantrag"), Entry("AVGS"),
               Entry("fürth"), Entry("Lorsch")]
    chosen = select_bias_terms(entries, max_tokens=1000)
    assert sorted(chosen, key=str.lower) == sorted(
        ["Fürth", "Weiterbewilligungsantrag", "AVGS", "Lorsch"], key=str.lower)
    assert chosen.index("Weiterbewilligungsantrag") < chosen.index("Lorsch")
    assert chosen.index("AVGS") < chosen.index("Lorsch")


def test_bias_terms_use_given_tokenizer():
    """A real tokenizer's count is respected."""
    chosen = select_bias_terms(VOCABULARY, max_tokens=10,
                               count_tokens=lambda s: len(s.split()))
    assert len(", ".join(chosen).split()) <= 10


def test_bias_ranking_counts_tokens_only_where_it_can_matter():
    """A large list: the terms come out exactly as if every term's tokens were counted and
    all were sorted, but only a small share of the terms is counted (counting all 5,000
    with the model's tokenizer cost ~50 ms per transcribe)."""
    import math
    import random

    from dictation.text import bias as B
    from dictation.vocabulary.lists import default_list

    rng = random.Random(7)
    real = default_list().entries
    entries = list(real)
    syllables = ["ber", "gen", "hau", "sen", "tal", "bach", "wei", "ler", "mann", "dorf",
                 "stra", "kol", "rit", "zu", "schuss", "ant", "rag", "fel", "lin", "ko"]
    categories = ["Leistung", "Maßnahme", "Ort", "Behörde", "Sonstiges", ""]
    while len(entries) < 5000:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 6))).capitalize()
        entries.append(Entry(word, (), rng.choice(categories)))
    count = (lambda s: math.ceil(len(s) / 4) + s.count(" "))
    counted: list[str] = []

    def counting(s: str) -> int:
        counted.append(s)
        return count(s)

    for kwargs in ({}, {"subject": "Ort"}, {"recent": ["Lorsch"]}, {"max_tokens": 223}):
        max_tokens = kwargs.pop("max_tokens", 100)
        counted.clear()
        chosen = select_bias_terms(entries, max_tokens=max_tokens, count_tokens=counting,
                                   **kwargs)
        assert len(set(counted)) < len(entries) / 5

        # the reference: rank every term, sort, fill the budget in that order
        frequent = frequent_words()
        mentions = B._mentions(entries)
        rank = {}
        for e in entries:
            v = B._prior(e, mentions.get(e.term, 0)) * B._difficulty(
                e.term, frequent, B._misheard(e))
            rank.setdefault(e.term, v / max(1, count(e.term)) ** B._BIAS_COST_EXPONENT)
        subject = kwargs.get("subject", "").casefold()
        on = [e.term for e in entries if subject and (e.category or "").casefold() == subject]
        off = [e.term for e in entries if not (subject and (e.category or "").casefold()
                                               == subject)]
        ordered = list(kwargs.get("recent", [])) + sorted(on, key=lambda t: -rank[t]) \
            + sorted(off, key=lambda t: -rank[t])
        expected, seen, used = [], set(), 0
        for term in ordered:
            cost = count(term) + (count("a, a") - 2 * count("a") if expected else 0)
            if term.casefold() in seen or used + cost > max_tokens:
                continue
            seen.add(term.casefold())
            expected.append(term)
            used += cost
        while expected and count(", ".join(expected)) > max_tokens:
            expected.pop()
        assert chosen == expected


# (speed: benchmarks/bench_unit_speed.py)


# --- regressions from the domain benchmark ---------------------------------------------------

@pytest.fixture(scope="module")
def organisation() -> TextPipeline:
    from dictation.vocabulary.lists import default_list

    return TextPipeline(default_list().entries)


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        # a lower-case word mid-sentence becomes a noun term only when it spells it
        ("Sie war heute im jobkenter in Bensheim.", "Sie war heute im Jobcenter in Bensheim."),
        ("Sie war heute im jobkenta.", "Sie war heute im jobkenta."),
        # a term that starts with an adjective: its capital is put right, not its ending
        ("Die deutsche Rentenfersicherung zahlt.", "Die Deutsche Rentenversicherung zahlt."),
        ("Der ärztliche Dinst prüft.", "Der ärztliche Dinst prüft."),
        ("Der ärztliche Dienst prüft.", "Der ärztliche Dienst prüft."),
    ],
)
def test_lower_case_starts_of_terms(organisation, heard, expected):
    """Whisper writes terms lower-case mid-sentence ("jobkenter", "deutsche …"); a verb or an
    adjective on its own never becomes a noun term."""
    assert organisation.correct_terms(heard)[0] == expected


@pytest.mark.parametrize(
    ("heard", "expected"),
    [
        ("Die Kundin besucht den Sprachkuss.", "Die Kundin besucht den Sprachkurs."),
        ("Ein Integationskuss.", "Ein Integrationskurs."),
        ("Wie Kinder-Tage-Stetter in Viernheim.", "Wie Kindertagesstätte in Viernheim."),
        ("Sie spricht mit den Bedarfsgemeinschaftenn.",
         "Sie spricht mit den Bedarfsgemeinschaften."),
        ("Der Integrationskurss beginnt.", "Der Integrationskurs beginnt."),
        ("Im Rahmen des Kooperationsplahns", "Im Rahmen des Kooperationsplans"),
        # a closer split inside the word ("…lan|ds") is no ending: the genitive stays
        ("Im Rahmen des Kooperationslands", "Im Rahmen des Kooperationsplans"),
        # the whole word sounds like the term: its last letter is no ending
        ("Der Arbeitgeber servis hilft.", "Der Arbeitgeberservice hilft."),
        ("Der Kinderzuschlach wurde abgelehnt.", "Der Kinderzuschlag wurde abgelehnt."),
    ],
)
def test_fuzzy_match_keeps_only_real_endings(organisation, heard, expected):
    """An ending is put back only when the term can take it; otherwise the whole word
    becomes the term ("Sprachkuss" is "Sprachkurs", not "Sprachkurss")."""
    assert organisation.correct_terms(heard)[0] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Integrationskurse beginnen im Mai.",
        "Die Kosten des Integrationskurses trägt das BAMF.",
        "Die Meldeversäumnisse wurden angehört.",
        "In Viernheim gibt es drei Kindertagesstätten.",
        "Die Lohnabrechnungen fehlen.",
        "Er nimmt an zwei Sprachkursen teil.",
        "Die Bedarfsgemeinschaften wurden geprüft.",
        "Der Lorscher Bahnhof wird saniert.",
    ],
)
def test_real_inflections_stay(organisation, sentence):
    """Inflected forms the terms really take are left as they are."""
    assert organisation.correct_terms(sentence)[0] == sentence


def test_valid_endings():
    """The endings a term can take follow its last letters."""
    from dictation.text.termcorrect import _valid_ending

    assert _valid_ending("Kooperationsplan", "s") and _valid_ending("Kooperationsplan", "es")
    assert not _valid_ending("Sprachkurs", "s") and _valid_ending("Sprachkurs", "es")
    assert not _valid_ending("Kindertagesstätte", "er")
    assert _valid_ending("Kindertagesstätte", "n")
    assert not _valid_ending("Bedarfsgemeinschaft", "n")
    assert _valid_ending("Bedarfsgemeinschaft", "en")
    assert _valid_ending("Meldeversäumnis", "se") and not _valid_ending("Integrationskurs", "se")
    assert _valid_ending("Bensheim", "er") and _valid_ending("Antragsteller", "n")


@pytest.mark.parametrize(
    "utterance",
    [
        "Treffpunkt ist der Info-Punkt.",
        "Die Kundin nennt den Ausgangs-Punkt, die Schulden.",
        "Pflicht, Robin-Punkt, SMY Robin-Punkt.",
        "Info-Punkt",
        "Der Punkt-Abzug war hoch.",
        "Wir setzen ein Komma-Zeichen.",
    ],
)
def test_command_word_joined_by_hyphen_is_text(pipeline, utterance):
    """A command word joined to a neighbouring word by a hyphen is part of a word."""
    assert texts(pipeline.process(utterance)) == [utterance]


@pytest.mark.parametrize(
    ("spoken", "op"),
    [
        ("Doppel-Punkt.", InsertPunctuation(":")),
        ("Doppel Punkt", InsertPunctuation(":")),
        ("Doppelbunkt.", InsertPunctuation(":")),
        ("Bunkt", InsertPunctuation(".")),
        ("Bunkt.", InsertPunctuation(".")),
        ("Klammerauf.", InsertPunctuation("(")),
        ("Klammerzu.", InsertPunctuation(")")),
        ("Klammerzuh.", InsertPunctuation(")")),
        ("Klammer zuh", InsertPunctuation(")")),
        ("Klammer-auf", InsertPunctuation("(")),
        ("Anführungszeichenauf", InsertPunctuation("„")),
        ("Anführungszeichenzu.", InsertPunctuation("“")),
        ("Neuerabsatz.", NewParagraph()),
        ("Nächsterabsatz", NewParagraph()),
        ("Neuezeile.", NewLine()),
        ("Streichedas.", DeleteLastUtterance()),
        ("Streiche-das", DeleteLastUtterance()),
        # nothing but a garbled command, as Whisper writes it for some voices (issue 8)
        ("Puhn.", InsertPunctuation(".")),
        ("Pun.", InsertPunctuation(".")),
        ("Bungt.", InsertPunctuation(".")),
        ("Double-Bunkt", InsertPunctuation(":")),
        ("Noja, Absatz.", NewParagraph()),
        ("Neue abzuziehen.", NewParagraph()),
        ("Neuer Abzac.", NewParagraph()),
        ("Neuerabzatsch.", NewParagraph()),
    ],
)
def test_joined_and_soft_spellings_as_own_utterance(pipeline, spoken, op):
    """Whisper's joined spellings of two-word commands, the soft "Bunkt" and other garbled
    commands are commands when spoken on their own."""
    assert pipeline.process(spoken) == [op]


@pytest.mark.parametrize(
    "spoken", ["Pum.", "Bund.", "Womit.", "Nein, absolut.", "Doppelt.", "Biblis.", "Puhn da.",
               "Er kam Puhn."])
def test_lone_words_that_are_no_garbled_command_stay_text(pipeline, spoken):
    """Words, terms, a second word or a garble inside a sentence: dictated text."""
    assert all(isinstance(op, InsertText) for op in pipeline.process(spoken)), spoken


def test_joined_spellings_only_at_the_end(pipeline):
    """Inside an utterance joined two-word commands count only at its end; elsewhere they
    stay text."""
    assert texts(pipeline.process("bis März Klammerzu.")) == ["bis März", InsertPunctuation(")")]
    assert texts(pipeline.process("Er sagte Doppel-Punkt Ja")) == [
        "Er sagte", InsertPunctuation(":"), "Ja"]
    for text in ["Klammerzu und dann", "Neuerabsatz kommt"]:
        assert texts(pipeline.process(text)) == [text]


def test_misheard_commands_follow_the_rules_of_their_command(pipeline):
    """Misheard forms ("Bunkt", "Doppelbunkt", "kommer", "Neue Absatz", "Frage Zeichen") are
    no German words: inline they are executed as the command they stand for, and a noun
    marker before them keeps them text, as for the real command (issue 8)."""
    assert texts(pipeline.process("Erledigt Bunkt")) == ["Erledigt", InsertPunctuation(".")]
    assert texts(pipeline.process("Termin Doppelbunkt Dienstag")) == [
        "Termin", InsertPunctuation(":"), "Dienstag"]
    assert texts(pipeline.process("übernommen kommer da die Miete")) == [
        "übernommen", InsertPunctuation(","), "da die Miete"]
    assert texts(pipeline.process("erschienen. Neue Absatz. Sie auch.")) == [
        "erschienen.", NewParagraph(), "Sie auch."]
    assert texts(pipeline.process("Ist das so Frage Zeichen")) == [
        "Ist das so", InsertPunctuation("?")]
    assert texts(pipeline.process("Der Bunkt ist gut.")) == ["Der Bunkt ist gut."]
    assert texts(pipeline.process("ein neuer Absatz im Vertrag")) == [
        "ein neuer Absatz im Vertrag"]


def test_command_glued_to_the_last_word(pipeline):
    """Whisper glues a command spoken without a pause to the word before it
    ("Lampertheimpunkt"); at the end of the utterance it is executed, but nouns ending in
    "punkt" stay ("Zeitpunkt", "Gesichtspunkt")."""
    assert texts(pipeline.process("Er wohnt in Lampertheimpunkt.")) == [
        "Er wohnt in Lampertheim", InsertPunctuation(".")]
    assert texts(pipeline.process("Er wohnt in Lorschkomma")) == [
        "Er wohnt in Lorsch", InsertPunctuation(",")]
    for text in ["Zum jetzigen Zeitpunkt.", "Aus diesem Gesichtspunkt.",
                 "Das ist der Ausgangspunkt", "Lampertheimpunkt liegt am Rhein."]:
        assert texts(pipeline.process(text)) == [text]


@pytest.mark.parametrize(
    "utterance, expected",
    [
        # at the start of an utterance: the utterance before goes, the rest is dictated
        ("Streiche das, der Kunde wohnt in Lampertheim.", "Der Kunde wohnt in Lampertheim."),
        ("Strache das, der Kunde wohnt in Lampertheim.", "Der Kunde wohnt in Lampertheim."),
        ("Streich das der Kunde wohnt in Lampertheim", "Der Kunde wohnt in Lampertheim"),
        # inside an utterance: the sentence before it in the same utterance goes
        ("Er ist da. Der Kunde wohnt in Lorsch streiche das der Kunde wohnt in Lampertheim.",
         "Er wohnt in Bensheim. Er ist da. Der Kunde wohnt in Lampertheim."),
        ("Der Kunde wohnt in Lochstreiche, das der Kunde wohnt in Lampertheim.",
         "Er wohnt in Bensheim. Der Kunde wohnt in Lampertheim."),
    ],
)
def test_delete_followed_by_the_corrected_sentence(utterance, expected):
    """"streiche das" followed directly by the corrected sentence, also misheard or glued
    (issue 8: "Strache das", "Streiche das, der Kunde …" were left in the note)."""
    from dictation.app.pipeline import NoteText

    note = NoteText()
    first = "Der Kunde wohnt in Lorsch." if utterance.startswith("Str") else "Er wohnt in Bensheim."
    note.commit(first)
    note.commit(utterance)
    assert note.text == expected


@pytest.mark.parametrize("utterance, left, strikes_before", [
    ("Streiche das.", "", True),
    ("Strache, dass Herr Kaja hat den Termin versäumt.", "Herr Kaja hat den Termin versäumt.", True),
    ("Der Kunde wohnt in Lorsch, streiche das, in Lampertheim.", "in Lampertheim.", False),
    ("Er erzählte die Streiche, das war lustig.", "Er erzählte die Streiche, das war lustig.", False),
    ("Der wichtigste Punkt.", "Der wichtigste Punkt.", False),
])
def test_what_a_delete_command_leaves_for_the_recogniser_prompt(utterance, left, strikes_before):
    """The recogniser keeps struck words out of Whisper's prompt: what stands after the
    last "streiche das", and whether the utterance before is struck."""
    assert after_strikes(utterance) == (left, strikes_before)


def test_words_like_the_delete_command_stay_text(pipeline):
    """Real words near "streiche das" are no command: "Wir streichen das Angebot", "Die
    Strecke, das …", "die Streiche, das …"."""
    for text in ["Wir streichen das Angebot.", "Die Strecke, das ist weit.",
                 "Er erzählte die Streiche, das war lustig."]:
        assert texts(pipeline.process(text)) == [text]


def test_whispers_marks_around_opening_brackets_and_layout(pipeline):
    """Whisper's period before a bracket command and its marks after an opening bracket or a
    layout command are dropped; a mark after a closing one stays."""
    assert texts(pipeline.process("Klammer auf. Januar bis März. Klammer zu.")) == [
        InsertPunctuation("("), "Januar bis März", InsertPunctuation(")")]
    assert texts(pipeline.process("Monate. Klammer auf Januar Klammer zu vorgelegt.")) == [
        "Monate", InsertPunctuation("("), "Januar", InsertPunctuation(")"), "vorgelegt."]
    assert texts(pipeline.process("Neuer Absatz. Der Kunde kam.")) == [
        NewParagraph(), "Der Kunde kam."]
    assert texts(pipeline.process("Anführungszeichen zu, sagte er.")) == [
        InsertPunctuation("“"), ", sagte er."]


def test_correct_terms_keeps_surrounding_blanks(pipeline):
    """correct_terms leaves what is around the words as it was."""
    assert pipeline.correct_terms("  Bürger Geld ") == (
        "  Bürgergeld ", [Correction("Bürger Geld", "Bürgergeld", 2, 13, 100.0, "exact")])
    assert pipeline.correct_terms(" , ")[0] == " , "


# --- decoding bias: what caseworkers dictate -------------------------------------------------

def test_bias_prefers_dictated_terms_over_rare_abbreviations():
    """With the organisation list, the prompt holds the daily vocabulary and the district's
    towns, not law abbreviations and long authority names."""
    from dictation.vocabulary.lists import default_list

    chosen = select_bias_terms(default_list().entries, max_tokens=100)
    for term in ["Bürgergeld", "Bedarfsgemeinschaft", "Lampertheim", "Heppenheim", "Bensheim"]:
        assert term in chosen
    for term in ["AufenthG", "BEEG", "AsylbLG", "BCA", "Bürgergeld-Verordnung",
                 "Beauftragte für Chancengleichheit am Arbeitsmarkt",
                 "Maßnahme zur Aktivierung und beruflichen Eingliederung", "Mannheim"]:
        assert term not in chosen
    more = select_bias_terms(default_list().entries, max_tokens=150)
    assert set(chosen) <= set(more) and len(more) > len(chosen)


def test_bias_selection_with_precomputed_values_is_the_same():
    """The app computes the list's term values once and selects per note with them."""
    from dictation.text.bias import term_values
    from dictation.vocabulary.lists import default_list

    entries = default_list().entries
    values = term_values(entries)
    for subject, recent in [("", ()), ("Ort", ()), ("Maßnahme", ("Wohngeld", "Lorsch"))]:
        assert (select_bias_terms(entries, 100, recent=recent, subject=subject, values=values)
                == select_bias_terms(entries, 100, recent=recent, subject=subject))


def test_learned_variants_leave_the_bias_ranking_alone():
    """Variants that term training learned (most entries of the shipped list have some) do not
    make a term "hard": with or without them, the prompt holds the same terms. Counted as
    typed mishearings, they changed the prompt and cost the FLEURS session 1.2 points WER."""
    from dataclasses import replace

    from dictation.vocabulary.lists import default_list

    entries = default_list().entries
    assert sum(len(e.learned) for e in entries) > 300
    untrained = [replace(e, spoken=tuple(v for v in e.spoken if v not in e.learned))
                 for e in entries]
    for budget in (100, 224):
        assert (select_bias_terms(entries, max_tokens=budget)
                == select_bias_terms(untrained, max_tokens=budget))
    typed = [replace(e, learned=()) for e in entries]  # the same variants, typed by a person
    assert select_bias_terms(typed, max_tokens=100) != select_bias_terms(entries, max_tokens=100)


def test_bias_prior_by_category_place_and_history():
    """Categories of daily use, the district's own towns, recorded mishearings and central
    terms rank higher; laws, abbreviations of authorities and terms out of use lower."""
    entries = [
        Entry("Widerspruchsfrist", category="Recht"),
        Entry("Einstiegsgeld", category="Leistung"),
        Entry("AufenthG", category="Recht"),
        Entry("Heppenheim", ("Hepenheim",), category="Ort", note="Kreisstadt"),
        Entry("Hemsbach", category="Ort", note="Rhein-Neckar-Kreis"),
        Entry("Hartz IV", category="Leistung", note="umgangssprachlich, bis 2022"),
        Entry("Wohngeld", category="Leistung"),
        Entry("Wohngeldstelle", category="Behörde", note="zahlt Wohngeld"),
    ]
    order = select_bias_terms(entries, max_tokens=1000)
    assert order.index("Einstiegsgeld") < order.index("Widerspruchsfrist")
    assert order.index("Heppenheim") < order.index("Hemsbach")
    assert order.index("Widerspruchsfrist") < order.index("AufenthG")
    assert order.index("Wohngeld") < order.index("Hartz IV")
    assert order.index("Wohngeld") < order.index("Einstiegsgeld")  # named in another note


def test_bias_mentions_count_other_entries_words_and_compound_starts():
    """A term is named where another entry's term or note has its words, the last one also
    as the start of a compound; its own term and note do not count; several terms may share
    their first words ("Beratungsstelle für …")."""
    import dictation.text.bias as B

    entries = [
        Entry("Beratungsstelle für Wohnungsnotfälle", note="Beratungsstelle für Schulden"),
        Entry("Beratungsstelle für Schulden", note="siehe Beratungsstelle für Wohnungsnot"),
        Entry("Wohngeld", note="Wohngeld und Wohngeldstelle"),
        Entry("Wohngeldstelle", category="Behörde", note="zahlt Wohngeld"),
        Entry("Bedarfsgemeinschaft"),
        Entry("Mitglied der Bedarfsgemeinschaft", note="Bürgergeld"),
        Entry("Bürgergeld"),
    ]
    assert B._mentions(entries) == {
        "Beratungsstelle für Wohnungsnotfälle": 0,  # "Wohnungsnot" is shorter, not a start
        "Beratungsstelle für Schulden": 1,
        "Wohngeld": 2,  # "Wohngeldstelle" and its note; its own note does not count
        "Wohngeldstelle": 1,  # in the note of Wohngeld, another entry
        "Bedarfsgemeinschaft": 1,
        "Mitglied der Bedarfsgemeinschaft": 0,
        "Bürgergeld": 1,
    }


def test_bias_budget_is_used_with_real_separator_cost():
    """The separator is counted as what it adds between two terms, so the budget is filled."""
    count = lambda s: len(s.replace(",", " ,").split())  # noqa: E731 - a word tokenizer
    chosen = select_bias_terms(VOCABULARY, max_tokens=12, count_tokens=count)
    assert count(", ".join(chosen)) <= 12
    assert count(", ".join(chosen)) >= 10


def test_commands_as_whisper_writes_them_for_natural_voices():
    """Forms seen on MBROLA voices (issue 8): a mark after a verb particle at the end ("liegt
    vor Punkt"), Whisper's comma inside "Neuer, Absatz" and before it, a command hyphenated
    to the word before ("Viernheim-Frage-Zeichen"); "um Punkt 12" and "Info-Punkt" stay."""

    cases = {
        "Der Antrag liegt vor Punkt.": "Der Antrag liegt vor.",
        "Termin am Dienstag, Neuer, Absatz der Antrag liegt vor.":
            "Termin am Dienstag\n\nDer Antrag liegt vor.",
        "Er wohnt in Viernheim-Frage-Zeichen.": "Er wohnt in Viernheim?",
        "Er kam um Punkt 12 Uhr.": "Er kam um Punkt 12 Uhr.",
        "Das ist der Info-Punkt.": "Das ist der Info-Punkt.",
        "Wir kommen zum Punkt.": "Wir kommen zum Punkt.",
    }
    assert_notes(cases)


def test_c_heard_as_k_is_corrected(organisation):
    """Whisper writes a c it hears as k ("Jobkenter", "Job Kenter", "Jobkoach"); the term
    is restored, while real words with k stay ("Kelle", "Koch")."""
    assert organisation.correct_terms("im Jobkenter Bensheim")[0] == "im Jobcenter Bensheim"
    assert organisation.correct_terms("im Job Kenter")[0] == "im Jobcenter"
    assert organisation.correct_terms("beim Jobkoach")[0] == "beim Jobcoach"
    for text in ["Die Kelle ist da", "Der Koch kocht"]:
        assert organisation.correct_terms(text)[0] == text


def test_glued_commands_after_terms_and_garbled_glued_punkt():
    """Natural-voice benchmark (6.12.): "Hauptschulabschlusspunkt" (a term ending in s: no
    linking s of a compound), "Meldeterminbrunkt" / "mitbrunkt" (a garbled Punkt glued on),
    "…nummerklammer zu" (Klammer glued to a term, or to a word the correction makes one:
    "Steuerideklammer auf"); compounds and other words stay."""
    from dictation.vocabulary.lists import default_list, merge

    vocabulary = merge([default_list()])
    cases = {
        "Er hat keinen Hauptschulabschlusspunkt": "Er hat keinen Hauptschulabschluss.",
        "Er erscheint zum Meldeterminbrunkt. Er bringt den Ausweis mitbrunkt.":
            "Er erscheint zum Meldetermin. Er bringt den Ausweis mit.",
        "Der Grad beträgt 50 Brunkt.": "Der Grad beträgt 50.",
        "Die Steueridentifikationsnummer klammer auf 12 Klammer zu fehlt":
            "Die Steueridentifikationsnummer (12) fehlt",
        "Es fehlt die Steueridentifikationsnummerklammer zu": "Es fehlt die Steueridentifikationsnummer)",
        "Das ist ein Anhaltspunkt.": "Das ist ein Anhaltspunkt.",
        "Die Büroklammer zu kaufen ist teuer.": "Die Büroklammer zu kaufen ist teuer.",
        "Die Wäscheklammer auf der Leine.": "Die Wäscheklammer auf der Leine.",
        # a term with an ending before the glued s is no term ending in s: a linking s
        "Er bezieht Bürgergeldspunkt.": "Er bezieht Bürgergeldspunkt.",
        # glued to a misheard term, which the correction then writes (d87)
        "Die Steuerideklammer auf Steueridentifikationsnummerklammer zu fehlt.":
            "Die Steuer-ID (Steueridentifikationsnummer) fehlt.",
        "Er funkt nicht.": "Er funkt nicht.",
    }
    assert_notes(cases, vocabulary)


def test_preposition_glued_to_a_term_is_split(organisation):
    """"Auslampertheim" → "aus Lampertheim" (also when the rest is misheard: "aus
    Gorxheimertal"); real words that start like a preposition stay."""
    cases = {
        "Frau Keller, Auslampertheim hat heute angerufen.":
            "Frau Keller, aus Lampertheim hat heute angerufen.",
        "Frau Lehmann, Ausgorksheimertal, legt die Abrechnung vor.":
            "Frau Lehmann, aus Gorxheimertal, legt die Abrechnung vor.",
        "Die Ausbildung beginnt im August.": "Die Ausbildung beginnt im August.",
        "Die Ausländerbehörde prüft den Antrag.": "Die Ausländerbehörde prüft den Antrag.",
        "Er ist Mitglied im Verein.": "Er ist Mitglied im Verein.",
        "Der Inhalt der Akte ist vollständig.": "Der Inhalt der Akte ist vollständig.",
    }
    for spoken, expected in cases.items():
        assert texts(organisation.process(spoken)) == [expected], spoken


def test_command_glued_inside_the_utterance_and_hyphenated():
    """Most frequent command failure of the natural-voice benchmark: "Punkt" glued to the word
    before inside the utterance (before a new sentence) or hyphenated to a term or an
    abbreviation ("Bensheim-Punkt", "AVGS-Punkt"); a name with "-Punkt" stays."""
    from dictation.vocabulary.lists import default_list, merge

    vocabulary = merge([default_list()])
    cases = {
        "Sie bezieht Bürgergeldpunkt Sie wohnt in Heppenheimpunkt":
            "Sie bezieht Bürgergeld. Sie wohnt in Heppenheim.",
        "Er wohnt in Bensheim-Punkt.": "Er wohnt in Bensheim.",
        "Termin in Mörlenbach-Doppelpunkt Dienstag": "Termin in Mörlenbach: Dienstag",
        "Er bekommt einen AVGS-Punkt": "Er bekommt einen AVGS.",
        "Pflicht, SMY Robin-Punkt.": "Pflicht, SMY Robin-Punkt.",
        "Lampertheimpunkt liegt am Rhein.": "Lampertheimpunkt liegt am Rhein.",
    }
    assert_notes(cases, vocabulary)


def test_hyphenated_command_after_a_lower_case_word_an_amount_or_before_a_comma():
    """No compound is made of a lower-case word and "-Punkt" ("… mehr beziehen-Punkt."), nor
    of an amount's unit ("285 Euro-Punkt."), nor of a term before Whisper's comma
    ("Bensheim-Punkt, die …"): the command (issue 8: d73, d72, d59). Compounds and names
    stay: "Info-Punkt", "Robin-Punkt", "einen Info-Punkt, der …"."""
    from dictation.vocabulary.lists import default_list, merge

    vocabulary = merge([default_list()])
    cases = {
        "Sie wird ab August keine Leistungen mehr beziehen-Punkt.":
            "Sie wird ab August keine Leistungen mehr beziehen.",
        "Die Nachzahlung beträgt 285 Euro-Punkt.": "Die Nachzahlung beträgt 285 Euro.",
        "Sie lebt in einer Notunterkunft in Bensheim-Punkt, die Diakonie hilft.":
            "Sie lebt in einer Notunterkunft in Bensheim. Die Diakonie hilft.",
        "Im Foyer gibt es einen Info-Punkt.": "Im Foyer gibt es einen Info-Punkt.",
        "Im Foyer gibt es einen Info-Punkt, der hilft.":
            "Im Foyer gibt es einen Info-Punkt, der hilft.",
        "Das ist der Euro-Punkt.": "Das ist der Euro-Punkt.",
    }
    assert_notes(cases, vocabulary)


def test_punkt_glued_to_a_word_before_whispers_comma():
    """A word glued to "punkt" before Whisper's comma is no compound unless it is a known one
    (a verb "gesichertpunkt", "Wohnungssuchepunkt"): the sentence ends there (issue 8: d30h,
    d42h, d59, d77). Compounds stay, also before a comma ("Treffpunkt, die Zeit",
    "Anlaufpunkt, der …"), and so does a hyphenated name."""
    assert_notes({
        "Die Kinderbetreuung ist ab August gesichertpunkt, die Kita hat einen Platz.":
            "Die Kinderbetreuung ist ab August gesichert. Die Kita hat einen Platz.",
        "Die Diakonie hilft bei der Wohnungssuchepunkt, Umzugskosten werden übernommen.":
            "Die Diakonie hilft bei der Wohnungssuche. Umzugskosten werden übernommen.",
        "Wir nennen den Treffpunkt, die Zeit.": "Wir nennen den Treffpunkt, die Zeit.",
        "Der Anlaufpunkt, der hilft, ist die Caritas.":
            "Der Anlaufpunkt, der hilft, ist die Caritas.",
        "Das ist der Tiefpunkt, den sie erreicht hat.":
            "Das ist der Tiefpunkt, den sie erreicht hat.",
        "Der Kontrollpunkt, an dem er wartet.": "Der Kontrollpunkt, an dem er wartet.",
        "Pflicht, SMY Robin-Punkt, die Frage.": "Pflicht, SMY Robin-Punkt, die Frage.",
        "Aus diesem Gesichtspunkt, die Frage bleibt.":
            "Aus diesem Gesichtspunkt, die Frage bleibt.",
    })


def test_komma_glued_to_the_word_before_is_split_wherever_it_stands():
    """No German word ends in "komma" (but "Dezimalkomma", "Gleitkomma") or in Whisper's
    "kommel"/"kommal"/"kommer": glued to the word before, it is the command even before a
    lower-case word, where a comma usually stands (issue 8, d54). With a hyphen the rules of
    "Euro-Kommer" apply; "willkommen" and "Einkommen" stay."""
    assert_notes({
        "Er verdient 538 Eurokommel davon bleiben 220 Euro.":
            "Er verdient 538 Euro, davon bleiben 220 Euro.",
        "Sie hat den Kurs abgeschlossenkomma sucht eine Stelle.":
            "Sie hat den Kurs abgeschlossen, sucht eine Stelle.",
        "Das Gleitkomma davon fehlt.": "Das Gleitkomma davon fehlt.",
        "Das Fließkomma fehlt.": "Das Fließkomma fehlt.",
        "Er ist willkommen, das Einkommen reicht.": "Er ist willkommen, das Einkommen reicht.",
    })


def test_article_that_cannot_go_with_the_command_noun():
    """An article or determiner that never goes with the noun in the singular ("die Punkt",
    "einen Komma", "zur Punkt"), or an article with an adjective in -em ("einen breitem
    Punkt"), makes no noun phrase: it is Whisper's mishearing of what came before, and the word
    is the command (issue 8: d63h, d71). Agreeing phrases stay nouns, and so does "-em" after a
    bare preposition ("mit breitem Punkt")."""
    assert_notes({
        "Der Mietvertrag regelt die Staffel nie die Punkt.": "Der Mietvertrag regelt die "
                                                             "Staffel nie die.",
        "Er hat den Plan nicht einen breitem Punkt. Herr Becker kam.":
            "Er hat den Plan nicht einen breitem. Herr Becker kam.",
        "Sie kam zur Punkt.": "Sie kam zur.",
        "Er kam einen Komma aber zu spät.": "Er kam einen, aber zu spät.",
        "Das ist der springende Punkt.": "Das ist der springende Punkt.",
        "Hier fehlt ein Komma.": "Hier fehlt ein Komma.",
        "Er setzt das Komma richtig.": "Er setzt das Komma richtig.",
        "Wir kommen zum letzten Punkt.": "Wir kommen zum letzten Punkt.",
        "Er schreibt es mit breitem Bindestrich.": "Er schreibt es mit breitem Bindestrich.",
        "Das war einer ihrer Punkte.": "Das war einer ihrer Punkte.",
        "Das ist mein Punkt.": "Das ist mein Punkt.",
    })


def test_a_number_hyphen_joined_to_a_final_punkt_and_a_glued_doppelpunkt():
    """"… SGB 2-2-Punkt." ends with the command: a number joined to "Punkt" makes no word at
    the end of an utterance (issue 8, d12); "Fristdoppelpunkt 2 Wochen": no German word ends
    in "doppelpunkt", so it is split wherever it stands (d26). "3-Punkt-Gurt" stays."""
    assert_notes({
        "Sie nimmt an einer Arbeitsgelegenheit nach SGB 2-2-Punkt.":
            "Sie nimmt an einer Arbeitsgelegenheit nach SGB II-2.",
        "Die Unterlagen fehlen noch. Fristdoppelpunkt 2 Wochen.":
            "Die Unterlagen fehlen noch. Frist: 2 Wochen.",
        "Er trägt einen 3-Punkt-Gurt.": "Er trägt einen 3-Punkt-Gurt.",
        "Er hat 3-Punkte.": "Er hat 3-Punkte.",
    })


def test_a_letter_or_article_glued_to_a_long_term():
    """Whisper glues a letter or two, or the article "ein(e)", to a long noun term
    ("Verwerbstätigenfreibetrags", "Bänderungsbescheid", "Einteilqualifizierung": issue 8, d54,
    d72, d84; the first-sound guard keeps the fuzzy match away). Compounds whose first part is
    a word stay ("Wiedereingliederung", "Eheberatung", "Mietkautionsdarlehen")."""
    from dictation.vocabulary.lists import default_list, merge

    vocabulary = merge([default_list()])
    assert_notes({
        "Der Verwerbstätigenfreibetrags ist berücksichtigt.":
            "Der Erwerbstätigenfreibetrags ist berücksichtigt.",
        "Der Bänderungsbescheid kam gestern.": "Der Änderungsbescheid kam gestern.",
        "Die Kundin macht Einteilqualifizierung im Lager.":
            "Die Kundin macht ein Teilqualifizierung im Lager.",
        "Einteilqualifizierung ist geplant.": "Ein Teilqualifizierung ist geplant.",
        "Er hat eine Wiedereingliederung und eine Eheberatung.":
            "Er hat eine Wiedereingliederung und eine Eheberatung.",
        "Das Mietkautionsdarlehen ist bewilligt.": "Das Mietkautionsdarlehen ist bewilligt.",
        "Das Einkommen und die Eingliederungsvereinbarung.":
            "Das Einkommen und die Eingliederungsvereinbarung.",
    }, vocabulary)


def test_an_abbreviation_term_takes_no_ending_but_s():
    """"Steueride" is the term "Steuer-ID" with Whisper's ending, not "Steuer-IDe" (issue 8,
    d87 on the file path); the plural "Steuer-IDs" stays."""
    from dictation.vocabulary.lists import default_list, merge

    vocabulary = merge([default_list()])
    assert_notes({
        "Die Steueride wird nachgereicht.": "Die Steuer-ID wird nachgereicht.",
        "Die Steuer-IDs fehlen.": "Die Steuer-IDs fehlen.",
    }, vocabulary)


def test_garbled_commands_where_a_command_can_stand():
    """Command words as Whisper garbles them for some voices ("prunkt", "Punt", "Spunkt",
    "Groppelpunkt", "Klamme auf", "Kilmer zu", "Klammer zum", "wungt", "vonkt") are executed
    where the command could stand: at the end, before a mark or a capitalised word, before
    "auf"/"zu" (issue 8). Real words ("es funkt", "2 Punkte", "doppelt", "die Kammer zu",
    "düngt") stay."""

    cases = {
        "Die Miete ist angemessen prunkt.": "Die Miete ist angemessen.",
        "Der Antrag liegt in der Akte Punt.": "Der Antrag liegt in der Akte.",
        "Er wohnt in Bibli Spunkt Die Fahrtkosten werden übernommen.":
            "Er wohnt in Bibli. Die Fahrtkosten werden übernommen.",
        "Zum Thema Schulden Groppelpunkt Der Vermieter klagt.":
            "Zum Thema Schulden: Der Vermieter klagt.",
        "Die Steuer-ID Klamme auf Steueridentifikationsnummer Kilmer zu wird nachgereicht.":
            "Die Steuer-ID (Steueridentifikationsnummer) wird nachgereicht.",
        "Schulbedarf Klammer auf Hefte Klammer zum.": "Schulbedarf (Hefte)",
        # endings no German word has: "-ungt", "-onkt", "-ongt" (d29, d51)
        "Die Kosten werden als Darlehen übernommen grungt.":
            "Die Kosten werden als Darlehen übernommen.",
        "Er wohnt in Biblis vonkt. Es wird geprüft.": "Er wohnt in Biblis. Es wird geprüft.",
        "Der Grad der Behinderung beträgt 50 wungt.": "Der Grad der Behinderung beträgt 50.",
        "Er erscheint um Wungt 9 Uhr.": "Er erscheint um Punkt 9 Uhr.",
        "Er düngt den Rasen.": "Er düngt den Rasen.",
        "Er wohnt in Lampertheim prünkt.": "Er wohnt in Lampertheim.",  # d11
        "Mich dünkt.": "Mich dünkt.",
        # "kommen" stays a verb, also where Whisper wrote it for "Komma" ("geprüft kommen,"):
        # a participle before it is often an adverb
        "Sie wird bestimmt kommen, hat sie gesagt.": "Sie wird bestimmt kommen, hat sie gesagt.",
        "Der Kunde wird verspätet kommen, sagt er.": "Der Kunde wird verspätet kommen, sagt er.",
        "Es funkt nicht.": "Es funkt nicht.",
        "Er hat 2 Punkte.": "Er hat 2 Punkte.",
        "Er zahlt doppelt.": "Er zahlt doppelt.",
        "Er schließt die Kammer zu.": "Er schließt die Kammer zu.",
        "Der Punt ist gut.": "Der Punt ist gut.",
    }
    assert_notes(cases)


def test_period_after_a_participle_or_particle_before_the_next_sentence():
    """Whisper does not hear the sentence end and writes the next sentence on in lower case:
    "… abgegeben Punkt die Kontoauszüge …", "… liegt vor Punkt das Folgegespräch …"; a
    "Punkt" right after Whisper's own period is the dictated one (issue 8). A noun after an
    adjective ("den wichtigsten Punkt die …" is not a sentence end) and "vor Punkt 9" stay."""

    cases = {
        "Er hat den Antrag abgegeben Punkt die Kontoauszüge fehlen noch.":
            "Er hat den Antrag abgegeben. Die Kontoauszüge fehlen noch.",
        "Er hat fünf Bewerbungen nachgewiesen Punkt. Eine Anhörung folgt.":
            "Er hat fünf Bewerbungen nachgewiesen. Eine Anhörung folgt.",
        "Die Bescheinigung liegt vor Punkt das Folgegespräch ist im Mai.":
            "Die Bescheinigung liegt vor. Das Folgegespräch ist im Mai.",
        "Er legt den Vertrag vor Punkt. Arbeitsbeginn ist im Mai.":
            "Er legt den Vertrag vor. Arbeitsbeginn ist im Mai.",
        "Sie hat Arbeitslosengeld bezogen. Punkt Unterhaltsvorschuss wird beantragt.":
            "Sie hat Arbeitslosengeld bezogen. Unterhaltsvorschuss wird beantragt.",
        "Der Plan wurde fortgeschrieben Punkt Vereinbart sind zwei Bewerbungen.":
            "Der Plan wurde fortgeschrieben. Vereinbart sind zwei Bewerbungen.",
        "Sie hilft bei der Wohnungssuche Punkt Wohnungsbeschaffungskosten werden übernommen.":
            "Sie hilft bei der Wohnungssuche. Wohnungsbeschaffungskosten werden übernommen.",
        "Wir besprechen den wichtigsten Punkt die Miete.":
            "Wir besprechen den wichtigsten Punkt die Miete.",
        "Er kommt vor Punkt 9 Uhr.": "Er kommt vor Punkt 9 Uhr.",
        "Das war gut. Punkt 9 Uhr kam er.": "Das war gut. Punkt 9 Uhr kam er.",
    }
    assert_notes(cases)


def test_joined_layout_command_before_whispers_comma():
    """"Neuerabsatz, Ziel ist …": Whisper's joined spelling followed by its own comma."""
    from dictation.app.pipeline import NoteText

    note = NoteText()
    note.commit("Der Plan ist erstellt. Neuerabsatz, Ziel ist eine Arbeit.")
    assert note.text == "Der Plan ist erstellt.\n\nZiel ist eine Arbeit."


def test_commands_as_whisper_marks_them_inside_the_utterance():
    """Natural-voice benchmark (6.12., second run): a lower-case "punkt" inside the utterance
    (Whisper heard the spoken mark: the noun has a capital), "Komma" (also garbled: "Kommal")
    or a garbled "Punkt" ("Juli-Bunkt") hyphen-joined to a word,
    a joined "Neuerabsatz" before the capital of the next sentence, "Punkt" glued to a term
    before Whisper's comma. The noun, "um Punkt 9 Uhr" and compounds stay text."""
    from dictation.vocabulary.lists import default_list, merge

    vocabulary = merge([default_list()])
    cases = {
        "Sie hat den Mietvertrag vorgelegt punkt fehlt noch doppelpunkt, die Schulbescheinigung.":
            "Sie hat den Mietvertrag vorgelegt. Fehlt noch: die Schulbescheinigung.",
        "Sie sucht in Bensheim, Komma-Heppenheim oder Lorsch.":
            "Sie sucht in Bensheim, Heppenheim oder Lorsch.",
        "Er verdient 588 Euro-Kommer davon bleiben 220 Euro.":
            "Er verdient 588 Euro, davon bleiben 220 Euro.",
        "Er verdient 538 Euro-Kommal davon bleiben 220 Euro.":
            "Er verdient 538 Euro, davon bleiben 220 Euro.",
        "Gekündigt ist zum 31. Juli-Bunkt.": "Gekündigt ist zum 31. Juli.",
        "Treffpunkt ist der Info-Punkt.": "Treffpunkt ist der Info-Punkt.",
        "Der Plan ist erstellt. Neuerabsatz Ziel ist eine Arbeit.":
            "Der Plan ist erstellt.\n\nZiel ist eine Arbeit.",
        "Er wohnt in Bensheimpunkt, der Termin ist am Montag.":
            "Er wohnt in Bensheim. Der Termin ist am Montag.",
        "Er erscheint um punkt neun Uhr.": "Er erscheint um punkt 9 Uhr.",
        "Das ist der Punkt, die Frage bleibt.": "Das ist der Punkt, die Frage bleibt.",
        "Wir nennen den Treffpunkt, die Zeit.": "Wir nennen den Treffpunkt, die Zeit.",
        "Wir setzen ein Komma-Zeichen.": "Wir setzen ein Komma-Zeichen.",
        "Neuerabsatz kommt": "Neuerabsatz kommt",
    }
    assert_notes(cases, vocabulary)


def test_term_split_into_three_frequent_words_is_joined(organisation):
    """Whisper splits a compound into three frequent words ("Kinder zu Schlag", "Konto aus
    Züge"): their letters spell the term, and no German phrase is made so. Two frequent words
    join only as nouns: "mehr Bedarf" stays."""
    p = organisation
    assert texts(p.process("Die Kundin bezieht Kinder zu schlag und Wohngeld.")) == [
        "Die Kundin bezieht Kinderzuschlag und Wohngeld."]
    assert texts(p.process("Sie hat die Konto aus Züge vorgelegt.")) == [
        "Sie hat die Kontoauszüge vorgelegt."]
    for sentence in ("Er hat mehr Bedarf als gedacht.", "Die Kinder zu Hause sind krank."):
        assert texts(p.process(sentence)) == [sentence]


def test_article_as_first_syllable_and_spellings_outside_the_sound_bucket(organisation):
    """Issue 8 (live misses d60, d73, d63): Whisper wrote the first syllable of a term that
    starts with "Ein" as the article ("Ein Stiegskild"), and a spelling whose inserted letter
    moves it into another sound bucket ("Mietrobergrenze"). Mid-sentence the article stays;
    ordinary nouns after "ein" stay. Also with a list that has no "ein …" variant (the
    shipped one has learned ones, which open the window anyway)."""
    def note(text: str) -> str:
        return "".join(op.text for op in organisation.process(text)
                       if isinstance(op, InsertText))

    assert note("Ein Stiegskild wird für sechs Monate bewilligt.") == \
        "Einstiegsgeld wird für sechs Monate bewilligt."
    assert note("Es wurde ein Lieberungszuschuss bewilligt.") == \
        "Es wurde ein Eingliederungszuschuss bewilligt."
    assert note("Die Mietrobergrenze wurde überschritten.") == \
        "Die Mietobergrenze wurde überschritten."
    assert note("Sie beginnt eine Stiegsqualifizierung.") == \
        "Sie beginnt eine Einstiegsqualifizierung."
    for same in ("Er hat ein Kommen und Gehen beobachtet.",
                 "Es gibt ein Gliederungsproblem im Bericht.",
                 "Eine Wohnung in Bensheim wurde gefunden.",
                 # the term does not start with "Ein": "eigenbemühungen" is no article
                 "Er hat ein Genbemühungen vorgelegt."):
        assert note(same) == same
    plain = TextPipeline([Entry("Einstiegsgeld"), Entry("Eingliederungszuschuss")])
    assert texts(plain.process("Es wurde ein Lieberungszuschuss bewilligt.")) == [
        "Es wurde ein Eingliederungszuschuss bewilligt."]


def test_punkt_after_whispers_comma_is_the_command(pipeline):
    """Whisper writes a comma where it heard the pause before "Punkt" ("fortgeschrieben,
    Punkt für ein Bad …", d45): the command, as at the start of an utterance; "Punkt für
    Punkt" and "Punkt 10 Uhr" stay words."""
    assert texts(pipeline.process(
        "Der Plan wurde fortgeschrieben, Punkt für ein Bad sind 20 Euro vereinbart.")) == [
        "Der Plan wurde fortgeschrieben", InsertPunctuation("."),
        "für ein Bad sind 20 Euro vereinbart."]
    for same in ("Wir haben das besprochen, Punkt für Punkt.",
                 "Der Termin ist morgen, Punkt 10 Uhr.",
                 "Sie kam pünktlich, Punkt halb zehn war sie da.",
                 "Sie kam um, Punkt Mitternacht, zurück.",
                 "Offen sind zwei Fragen: Punkt A Mietvertrag, Punkt B Nebenkosten."):
        assert texts(pipeline.process(same)) == [same]
