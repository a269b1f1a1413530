"""Tests of dictation.text.numbers: German number words to digits, office style."""

from __future__ import annotations

import pytest

from dictation.text.numbers import (
    NumberOptions,
    format_numbers,
    parse_number,
    parse_ordinal,
    to_roman,
)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("null", 0), ("eins", 1), ("zwölf", 12), ("fünfzehn", 15), ("siebzehn", 17),
        ("dreißig", 30), ("dreissig", 30), ("einundzwanzig", 21), ("hundert", 100),
        ("einhundert", 100), ("dreihundertzwanzig", 320), ("fünfhundertdreiundsechzig", 563),
        ("eintausend", 1000), ("zweitausendfünfundzwanzig", 2025),
        ("neunzehnhundertachtzig", 1980), ("dreißigtausend", 30000), ("Achtzehn", 18),
    ],
)
def test_parse_number(word, value):
    """Cardinal number words, simple and compound, give their value."""
    assert parse_number(word) == value


@pytest.mark.parametrize("word", ["ein", "eine", "einen", "Kind", "neue", "zwanzigdrei",
                                  "einsundzwanzig", "und", "achten", "vieler"])
def test_parse_number_rejects_other_words(word):
    """Articles, ordinary words and malformed compounds are not numbers."""
    assert parse_number(word) is None


@pytest.mark.parametrize(
    ("word", "value"),
    [("ersten", 1), ("dritten", 3), ("Dritter", 3), ("siebten", 7), ("siebenten", 7),
     ("achten", 8), ("dreizehnten", 13), ("zwanzigste", 20), ("einunddreißigsten", 31)],
)
def test_parse_ordinal(word, value):
    """Ordinal words with their endings give their value."""
    assert parse_ordinal(word) == value


@pytest.mark.parametrize("word", ["letzten", "besten", "Punkt", "erst"])
def test_parse_ordinal_rejects_other_words(word):
    """Words that only look like ordinals are not ordinals."""
    assert parse_ordinal(word) is None


def test_to_roman():
    """SGB book numbers become Roman numerals; other numbers are refused."""
    assert [to_roman(n) for n in (1, 2, 3, 9, 12, 14)] == ["I", "II", "III", "IX", "XII", "XIV"]
    with pytest.raises(ValueError, match="1 to 14"):
        to_roman(15)


@pytest.mark.parametrize(
    ("spoken", "written"),
    [
        # counting words: 13 and up as digits
        ("Er hat fünfzehn Bewerbungen geschrieben.", "Er hat 15 Bewerbungen geschrieben."),
        ("Sie hat dreizehn Enkel", "Sie hat 13 Enkel"),
        ("fünf und zwanzig Bewerbungen", "25 Bewerbungen"),
        ("im Jahr zweitausendzwanzig", "im Jahr 2020"),
        ("dreißigtausend Euro", "30.000 Euro"),
        # amounts always as digits
        ("dreihundertzwanzig Euro", "320 Euro"),
        ("fünfhundertdreiundsechzig Euro", "563 Euro"),
        ("zwei Euro", "2 Euro"),
        ("zehn Prozent", "10 Prozent"),
        ("zwölf Quadratmeter", "12 Quadratmeter"),
        # decimals
        ("zwölf Komma fünf Prozent", "12,5 Prozent"),
        ("12 Komma 5 Prozent", "12,5 Prozent"),
        ("drei Komma null fünf", "3,05"),
        ("ein Komma fünf Stellen", "1,5 Stellen"),
        # references
        ("Paragraf fünfzehn", "§ 15"),
        ("Paragraph 15", "§ 15"),
        ("nach §15", "nach § 15"),
        ("Paragraf sieben Absatz drei", "§ 7 Abs. 3"),
        ("Paragraf sieben Absatz eins Satz zwei Nummer drei", "§ 7 Abs. 1 Satz 2 Nr. 3"),
        ("Paragraf sechzehn i", "§ 16i"),
        ("Paragraf 31 a SGB zwei", "§ 31a SGB II"),
        ("SGB zwei", "SGB II"),
        ("SGB 2", "SGB II"),
        ("SGB-2", "SGB II"),
        ("SGB-II", "SGB II"),
        # glued by Whisper (natural-voice benchmark): "§ 16bSGB2 wird geprüft"
        ("nach § 16bSGB2 wird", "nach § 16b SGB II wird"),
        ("§ 16b-SGB II", "§ 16b SGB II"),
        ("Die SGB-Beratung", "Die SGB-Beratung"),
        # ... or glues the paragraph's letter to the book (issue 8: d12, d60, d67)
        ("nach Paragraph 16 BSGB 2 wird", "nach § 16b SGB II wird"),
        ("nach § 16, DSGB II teil", "nach § 16d SGB II teil"),
        ("nach § 16 ISGB-2", "nach § 16i SGB II"),
        ("im Jahr 2016 BSGB", "im Jahr 2016 BSGB"),
        ("Seite 16 BSGB II", "Seite 16 BSGB II"),
        ("die Regel 3 BSGB ohne Buch", "die Regel 3 BSGB ohne Buch"),
        # ... or the book's number word to the next word (d21: "SGB eins belehrt")
        ("nach § 60 SGB einspliert.", "nach § 60 SGB I pliert."),
        ("nach § 60 Sozialgesetzbuch einspliert", "nach § 60 SGB I pliert"),
        ("nach dem SGB einschließlich Mehrbedarf", "nach dem SGB einschließlich Mehrbedarf"),
        ("Der Anspruch nach dem SGB zweifelsfrei", "Der Anspruch nach dem SGB zweifelsfrei"),
        ("das SGB achtung", "das SGB achtung"),
        # "SGB" spelt out, heard as words (d51)
        ("nach § 22 es gäbe zwei liegt vor", "nach § 22 SGB II liegt vor"),
        ("nach Paragraf 22 es gebe 2", "nach § 22 SGB II"),
        ("wenn es gäbe zwei Wege", "wenn es gäbe zwei Wege"),
        ("Laut § 22, es gebe zwei Mietverträge", "Laut § 22, es gebe zwei Mietverträge"),
        ("seit 22 es gäbe zwei", "seit 22 es gäbe zwei"),
        ("nach dem SGB dreizehn", "nach dem SGB XIII"),
        ("im SGB zweiten Buch", "im SGB zweiten Buch"),
        # the letter as Whisper's capital, and its comma before the book (issue 8, d56)
        ("nach § 31A, SGB II wird geprüft", "nach § 31a SGB II wird geprüft"),
        ("Paragraf einunddreißig A SGB zwei", "§ 31a SGB II"),
        ("nach § 22, SGB zwei", "nach § 22 SGB II"),
        ("nach § 22, die Miete", "nach § 22, die Miete"),
        ("Die Klasse 10A", "Die Klasse 10A"),
        ("Sozialgesetzbuch zwei", "SGB II"),
        ("SGB zwölf", "SGB XII"),
        ("nach dem SGB drei", "nach dem SGB III"),
        # dates
        ("am dritten März", "am 3. März"),
        ("am dritten März zweitausendfünfundzwanzig", "am 3. März 2025"),
        ("bis zum einunddreißigsten Dezember", "bis zum 31. Dezember"),
        ("dritter vierter zweitausendfünfundzwanzig", "03.04.2025"),
        ("am ersten zweiten", "am 01.02."),
        # other ordinals: from 13 up digits with a dot, like counting words (issue 8, d64)
        ("Ab der dreizehnten Schwangerschaftswoche", "Ab der 13. Schwangerschaftswoche"),
        ("seit ihrem achtzehnten Geburtstag", "seit ihrem 18. Geburtstag"),
        ("vom dreizehnten bis zum zwanzigsten März", "vom 13. bis zum 20. März"),
        ("Er kommt am einunddreißigsten.", "Er kommt am 31."),
        # times
        ("um vierzehn Uhr dreißig", "um 14:30 Uhr"),
        ("um 14 Uhr 30", "um 14:30 Uhr"),
        ("um neun Uhr", "um 9 Uhr"),
        ("um neun Uhr fünf", "um 9:05 Uhr"),
    ],
)
def test_format_numbers(spoken, written):
    """Numbers, references, dates and times are written as an office writes them."""
    assert format_numbers(spoken) == written


@pytest.mark.parametrize(
    "text",
    [
        "ein Kind",
        "zwei Kinder",
        "Sie hat zwölf Monate gewartet.",
        "der erste Termin",
        "am zwölften Tag",
        "Der dritte Versuch war erfolgreich.",
        "Er hat einen Antrag gestellt.",
        "Eine Frau und ein Mann.",
        "seit drei Monaten",
        "Tausend Dank für die Hilfe.",
        "Wir achten darauf.",
        "Hier fehlt ein Komma.",
        "Er kam um halb neun.",
        "Der Paragraf ist unklar.",
        "Das SGB ist umfangreich.",
        "am 3. März 2025",
        "§ 7 Abs. 3 SGB II",
        "563 Euro",
        "Die neue Wohnung hat vier Zimmer.",
        "",
    ],
)
def test_format_numbers_leaves_prose_alone(text):
    """Small counting words, articles, other ordinals and formatted text stay unchanged."""
    assert format_numbers(text) == text


def test_digits_from_option():
    """The threshold for counting words is an option."""
    assert format_numbers("zehn Kinder", NumberOptions(digits_from=10)) == "10 Kinder"
    assert format_numbers("zehn Kinder") == "zehn Kinder"


def test_group_from_option():
    """Thousands dots start at an adjustable size."""
    assert format_numbers("zweitausendfünfhundert Euro", NumberOptions(group_from=1000)) == \
        "2.500 Euro"
    assert format_numbers("zweitausendfünfhundert Euro") == "2500 Euro"


def test_surrounding_text_is_kept_byte_for_byte():
    """Only the number words change; punctuation and spacing around them stay."""
    text = "Laut Bescheid (vom dritten März) sind es fünfzehn,  nicht zwölf!"
    assert format_numbers(text) == "Laut Bescheid (vom 3. März) sind es 15,  nicht zwölf!"
