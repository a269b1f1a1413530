"""Tests for dictation/vocabulary/lists.py: file formats, merging, the organisation share, defaults."""

from __future__ import annotations

import json
import os
import time
from dataclasses import replace
from pathlib import Path

import pytest

from dictation.vocabulary import lists as vocab
from dictation.vocabulary.lists import (
    Conflict,
    Entry,
    Layer,
    Problem,
    VocabularyFileError,
    VocabularyList,
    VocabularyStore,
    check,
    default_list,
    export_csv,
    import_csv,
    load_list,
    load_organisation,
    merge,
    save_list,
)

#: The 22 municipalities of Kreis Bergstraße: official name -> written form in the list.
MUNICIPALITIES = {
    "Abtsteinach": "Abtsteinach",
    "Bensheim": "Bensheim",
    "Biblis": "Biblis",
    "Birkenau": "Birkenau",
    "Bürstadt": "Bürstadt",
    "Einhausen": "Einhausen",
    "Fürth": "Fürth",
    "Gorxheimertal": "Gorxheimertal",
    "Grasellenbach": "Grasellenbach",
    "Groß-Rohrheim": "Groß-Rohrheim",
    "Heppenheim (Bergstraße)": "Heppenheim",
    "Hirschhorn (Neckar)": "Hirschhorn",
    "Lampertheim": "Lampertheim",
    "Lautertal (Odenwald)": "Lautertal",
    "Lindenfels": "Lindenfels",
    "Lorsch": "Lorsch",
    "Mörlenbach": "Mörlenbach",
    "Neckarsteinach": "Neckarsteinach",
    "Rimbach": "Rimbach",
    "Viernheim": "Viernheim",
    "Wald-Michelbach": "Wald-Michelbach",
    "Zwingenberg": "Zwingenberg",
}
CATEGORIES = {"Leistung", "Person/Rolle", "Maßnahme", "Recht", "Behörde",
              "Formular/Verfahren", "Ort", "Sonstiges"}


@pytest.fixture(autouse=True)
def german(monkeypatch):
    """Messages in German, whatever the machine's locale."""
    monkeypatch.setenv("DIKTAT_LANG", "de")


@pytest.fixture
def sample() -> VocabularyList:
    """A small personal list with umlauts, a paragraph sign and a non-breaking space."""
    return VocabularyList(
        name="Meine Begriffe",
        layer=Layer.PERSONAL,
        entries=[
            Entry("SGB II", ("SGB zwei", "Sozialgesetzbuch zwei"), "Recht", "Grundsicherung"),
            Entry("Wald-Michelbach", ("Wald Michelbach",), "Ort"),
            Entry("§\u00a015 SGB II", ("Paragraf 15 SGB zwei",), "Recht",
                  "geschütztes Leerzeichen"),
            Entry("Bürstadt", (), "Ort"),
            Entry("Kooperationsplan", ("Kooperations Plan",), "Maßnahme",
                  'mit "Anführungszeichen"'),
        ],
    )


def _errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


# --------------------------------------------------------------------------- canonical format


def test_canonical_round_trip(tmp_path, sample):
    """Saving and loading gives the same list back; saving again gives the same bytes."""
    path = tmp_path / "meine.vocab.json"
    save_list(sample, path)
    result = load_list(path)
    assert result.problems == []
    assert result.ok
    loaded = result.vocabulary
    assert loaded.entries == sample.entries
    assert loaded.name == "Meine Begriffe"
    assert loaded.layer is Layer.PERSONAL
    assert loaded.path == path
    first = path.read_bytes()
    save_list(loaded, path)
    assert path.read_bytes() == first


def test_canonical_layout_is_one_entry_per_line(tmp_path, sample):
    """The file is readable UTF-8 with one entry per line and a fixed key order."""
    path = tmp_path / "meine.vocab.json"
    save_list(sample, path)
    text = path.read_text("utf-8")
    lines = text.splitlines()
    assert lines[1] == '  "format": "diktat-vocabulary",'
    assert "Bürstadt" in text  # not \u00fc
    entry_lines = [line for line in lines if line.lstrip().startswith('{"term"')]
    assert len(entry_lines) == len(sample.entries)
    assert entry_lines[0].strip().rstrip(",") == (
        '{"term": "SGB II", "spoken": ["SGB zwei", "Sozialgesetzbuch zwei"], '
        '"category": "Recht", "note": "Grundsicherung"}'
    )
    assert json.loads(text)["version"] == 1


def test_learned_variants_round_trip_and_follow_the_spoken_ones(tmp_path):
    """Which variants term training learned is kept in the file (only where there are some),
    and a variant deleted from ``spoken`` (the editor replaces it) is no longer learned."""
    entry = Entry("Jobcenter", ("Job Center", "Jopkentor", "Juppkenter"), "Behörde",
                  learned=("Jopkentor", "juppkenter", "nicht gesprochen", "Jopkentor"))
    assert entry.learned == ("Jopkentor", "Juppkenter")  # spelt as in spoken, each once
    vl = VocabularyList("Gelernt", Layer.TEAM, [entry, Entry("Bürgergeld")])
    path = tmp_path / "gelernt.vocab.json"
    save_list(vl, path)
    text = path.read_text("utf-8")
    assert text.count('"learned"') == 1
    result = load_list(path)
    assert result.problems == []
    assert result.vocabulary.entries == vl.entries
    edited = replace(result.vocabulary.entries[0], spoken=("Job Center", "Juppkenter"))
    assert edited.learned == ("Juppkenter",)


def test_learned_that_is_no_list_is_ignored_with_a_warning(tmp_path):
    path = tmp_path / "kaputt.vocab.json"
    path.write_text(json.dumps({"format": "diktat-vocabulary", "version": 1, "name": "K",
                                "entries": [{"term": "Jobcenter", "spoken": ["Jopkentor"],
                                             "learned": "Jopkentor"}]}), encoding="utf-8")
    result = load_list(path)
    assert result.vocabulary.entries == [Entry("Jobcenter", ("Jopkentor",))]
    assert [p.severity for p in result.problems] == ["warning"]
    assert "learned" in result.problems[0].message


def test_empty_list_round_trip(tmp_path):
    """A list without entries is saved and loaded without problems."""
    path = tmp_path / "leer.vocab.json"
    save_list(VocabularyList("Leer", Layer.TEAM, []), path)
    result = load_list(path, Layer.TEAM)
    assert result.problems == []
    assert result.vocabulary.entries == []


def test_malformed_line_reported_and_rest_loads(tmp_path, sample):
    """A broken entry line is reported with its line number; all other entries load."""
    path = tmp_path / "kaputt.vocab.json"
    save_list(sample, path)
    lines = path.read_text("utf-8").split("\n")
    broken = next(i for i, line in enumerate(lines) if "Wald-Michelbach" in line)
    lines[broken] = '    {"term": "Wald-Michelbach", "spoken": ["Wald Mich'  # cut in the middle
    path.write_text("\n".join(lines), "utf-8")

    result = load_list(path)

    assert result.vocabulary is not None
    assert not result.ok
    errors = _errors(result.problems)
    assert [p.line for p in errors] == [broken + 1]
    assert "Zeile" in str(errors[0]) and str(broken + 1) in str(errors[0])
    assert [e.term for e in result.vocabulary.entries] == [
        "SGB II", "§\u00a015 SGB II", "Bürstadt", "Kooperationsplan"]
    assert any(p.severity == "warning" for p in result.problems)  # "read line by line"


def test_invalid_entries_in_valid_json_are_skipped_by_line(tmp_path):
    """Empty terms and wrong types are reported with their line and skipped."""
    path = tmp_path / "typen.vocab.json"
    path.write_text(
        "{\n"
        '  "format": "diktat-vocabulary",\n'
        '  "version": 1,\n'
        '  "name": "Typen",\n'
        '  "layer": "team",\n'
        '  "entries": [\n'
        '    {"term": "Lorsch", "spoken": [], "category": "Ort", "note": ""},\n'
        '    {"term": "   ", "spoken": [], "category": "Ort", "note": ""},\n'
        '    {"term": "Biblis", "spoken": "Bieblis", "category": "Ort", "note": ""},\n'
        '    {"term": 42},\n'
        '    "nur Text",\n'
        '    {"term": "Lindenfels", "spoken": ["Linden Fels", " "], "categroy": "Ort"}\n'
        "  ]\n"
        "}\n",
        "utf-8",
    )
    result = load_list(path)
    assert [e.term for e in result.vocabulary.entries] == ["Lorsch", "Lindenfels"]
    assert result.vocabulary.entries[1].spoken == ("Linden Fels",)
    assert [p.line for p in _errors(result.problems)] == [8, 9, 10, 11]
    warnings = [p for p in result.problems if p.severity == "warning"]
    assert [p.line for p in warnings] == [12]  # unknown field "categroy"
    assert "categroy" in warnings[0].message


def test_pretty_printed_json_gets_exact_lines(tmp_path):
    """Entries spread over several lines (hand-written JSON) still get their own line."""
    data = {"format": "diktat-vocabulary", "version": 1, "name": "x", "layer": "personal",
            "entries": [{"term": "Lorsch"}, {"term": ""}, {"term": "Rimbach"}]}
    path = tmp_path / "pretty.json"
    path.write_text(json.dumps(data, indent=2), "utf-8")
    result = load_list(path)
    text_lines = path.read_text("utf-8").split("\n")
    empty_line = next(i for i, line in enumerate(text_lines) if '"term": ""' in line)
    assert [e.term for e in result.vocabulary.entries] == ["Lorsch", "Rimbach"]
    assert [p.line for p in result.problems] == [empty_line]  # the "{" line before it


def test_truncated_file_is_not_used(tmp_path, sample):
    """A file that ends in the middle (copy interrupted) gives no list and an error."""
    path = tmp_path / "halb.vocab.json"
    save_list(sample, path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    result = load_list(path)
    assert result.vocabulary is None
    assert "unvollständig" in result.problems[0].message


def test_newer_format_version_is_refused(tmp_path, sample):
    """A file from a newer Diktat is not guessed at."""
    path = tmp_path / "neu.vocab.json"
    save_list(sample, path)
    path.write_text(path.read_text("utf-8").replace('"version": 1', '"version": 2'), "utf-8")
    result = load_list(path)
    assert result.vocabulary is None
    assert "neueren" in result.problems[0].message


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02\x03binary", b"{\"foo\": 1}", b"[1, 2", b"\x89PNG\r\n\x1a\n\x00\x00"],
    ids=["empty", "binary", "not-a-list", "broken-json", "png"],
)
def test_unusable_files_give_no_list(tmp_path, content):
    """Empty, binary or foreign files give no list and an error, never an exception."""
    path = tmp_path / "x.json"
    path.write_bytes(content)
    result = load_list(path)
    assert result.vocabulary is None
    assert _errors(result.problems)


def test_missing_file_and_directory(tmp_path):
    """A missing path or a folder is reported as unreadable."""
    for path in (tmp_path / "gibtsnicht.vocab.json", tmp_path):
        result = load_list(path)
        assert result.vocabulary is None
        assert "kann nicht gelesen werden" in result.problems[0].message


def test_format_chosen_by_extension_or_content(tmp_path, sample):
    """.json is JSON, .csv/.txt is CSV, an unknown extension is sniffed from the content."""
    save_list(sample, tmp_path / "liste")
    export_csv(sample, tmp_path / "liste2.dat")
    export_csv(sample, tmp_path / "liste3.txt")
    for name in ("liste", "liste2.dat", "liste3.txt"):
        result = load_list(tmp_path / name)
        assert result.problems == [], name
        assert result.vocabulary.entries == sample.entries, name


# --------------------------------------------------------------------------- saving


def test_save_is_atomic_when_replace_fails(tmp_path, sample, monkeypatch):
    """If the final rename fails, the old file is untouched and no temp file is left."""
    path = tmp_path / "liste.vocab.json"
    save_list(VocabularyList("alt", Layer.PERSONAL, [Entry("Lorsch")]), path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vocab.os, "replace", broken_replace)
    with pytest.raises(VocabularyFileError) as caught:
        save_list(sample, path)
    assert "gespeichert" in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.vocab.json"]


def test_save_into_missing_folder_raises_typed_error(tmp_path, sample):
    """Saving to a folder that does not exist raises VocabularyFileError with advice."""
    with pytest.raises(VocabularyFileError):
        save_list(sample, tmp_path / "fehlt" / "liste.vocab.json")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_save_keeps_permissions_of_existing_file(tmp_path, sample):
    """Overwriting keeps the file's mode (a shared list stays readable for the team)."""
    path = tmp_path / "team.vocab.json"
    save_list(sample, path)
    os.chmod(path, 0o644)
    save_list(sample, path)
    assert (path.stat().st_mode & 0o777) == 0o644


# --------------------------------------------------------------------------- store


def _store_with(tmp_path, sample) -> tuple[VocabularyStore, list[str]]:
    good = tmp_path / "gut.vocab.json"
    save_list(sample, good)
    store = VocabularyStore([default_list()])
    assert store.switch(good) == []
    return store, store.active.terms()


@pytest.mark.parametrize("kind", ["truncated", "binary", "missing", "directory", "foreign"])
def test_store_keeps_previous_vocabulary_on_unusable_file(tmp_path, sample, kind):
    """An unreadable or corrupt new file leaves the active vocabulary in force."""
    store, before = _store_with(tmp_path, sample)
    active_before = store.active
    bad = tmp_path / "neu.vocab.json"
    if kind == "truncated":
        save_list(VocabularyList("neu", Layer.PERSONAL, [Entry("Lorsch")] * 3), bad)
        bad.write_bytes(bad.read_bytes()[:-20])
    elif kind == "binary":
        bad.write_bytes(bytes(range(256)))
    elif kind == "directory":
        bad.mkdir()
    elif kind == "foreign":
        bad.write_text('{"hello": "world"}', "utf-8")

    problems = store.switch(bad)

    assert _errors(problems)
    assert "bleibt in Kraft" in problems[-1].message
    assert store.active is active_before
    assert store.active.terms() == before
    assert store.list_for(Layer.PERSONAL).entries == sample.entries


def test_store_switches_to_good_file_and_merges_layers(tmp_path, sample):
    """A good file replaces its layer's list; the personal list comes first."""
    store, terms = _store_with(tmp_path, sample)
    assert terms[: len(sample.entries)] == [e.term for e in sample.entries]
    other = tmp_path / "anders.vocab.json"
    save_list(VocabularyList("anders", Layer.PERSONAL, [Entry("Zwingenberg")]), other)
    assert store.switch(other) == []
    assert store.active.terms()[0] == "Zwingenberg"
    assert "Kooperationsplan" in store.active.terms()  # from the organisation list
    store.remove(Layer.PERSONAL)
    assert store.list_for(Layer.PERSONAL) is None


def test_store_partial_file_used_unless_strict(tmp_path, sample):
    """A file with one bad line is used by default, but not with allow_partial=False."""
    store, before = _store_with(tmp_path, sample)
    path = tmp_path / "teilweise.vocab.json"
    save_list(VocabularyList("t", Layer.PERSONAL, [Entry("Lorsch"), Entry("Biblis")]), path)
    path.write_text(path.read_text("utf-8").replace('{"term": "Biblis"', '{"term": Biblis'),
                    "utf-8")
    assert _errors(store.switch(path, allow_partial=False))
    assert store.active.terms() == before
    problems = store.switch(path)
    assert [p.line for p in _errors(problems)] == [8]
    assert store.active.terms()[0] == "Lorsch"


# --------------------------------------------------------------------------- CSV import


def test_csv_comma_english_header(tmp_path):
    """Comma separated with term,spoken,category and | between spoken variants."""
    path = tmp_path / "liste.csv"
    path.write_text(
        "term,spoken,category\n"
        "SGB II,SGB zwei|Sozialgesetzbuch zwei| es ge be zwei ,Recht\n"
        "Wald-Michelbach,Wald Michelbach,Ort\n",
        "utf-8",
    )
    result = import_csv(path)
    assert result.problems == []
    assert result.vocabulary.entries == [
        Entry("SGB II", ("SGB zwei", "Sozialgesetzbuch zwei", "es ge be zwei"), "Recht"),
        Entry("Wald-Michelbach", ("Wald Michelbach",), "Ort"),
    ]
    assert result.vocabulary.name == "liste"


def test_csv_semicolon_german_header_bom_and_blank_lines():
    """Semicolons, German headers in any case, a BOM, CRLF and blank rows (Excel style)."""
    data = (
        "\ufeffBEGRIFF;Gesprochen;kategorie;Notiz\r\n"
        "\r\n"
        "Neuschloß;Neu Schloss;Ort;Stadtteil von Lampertheim\r\n"
        ";;;\r\n"
        "\"Neue Wege; Kreis\";;Behörde;\"mit \"\"Zitat\"\"\"\r\n"
    ).encode("utf-8")
    result = import_csv(data)
    assert result.problems == []
    assert result.vocabulary.entries == [
        Entry("Neuschloß", ("Neu Schloss",), "Ort", "Stadtteil von Lampertheim"),
        Entry("Neue Wege; Kreis", (), "Behörde", 'mit "Zitat"'),
    ]


def test_csv_cp1252_umlauts():
    """A file saved by Excel as Windows-1252 keeps its umlauts."""
    text = "Begriff;Gesprochen;Kategorie\nBürstadt;Bür Stadt;Ort\nMörlenbach;;Ort\n"
    data = text.encode("cp1252")
    assert b"B\xfcrstadt" in data
    result = import_csv(data)
    assert result.problems == []
    assert [e.term for e in result.vocabulary.entries] == ["Bürstadt", "Mörlenbach"]


def test_csv_bad_rows_reported_with_line_and_rest_loads():
    """Too many columns, an empty term and a broken quote are reported by line."""
    data = (
        "term,spoken,category,note\n"          # 1
        "Lorsch,,Ort,\n"                       # 2
        "Neue Wege, Kreis Bergstraße,x,Behörde,zu viel\n"  # 3: separator inside text
        ",nur gesprochen,Ort,\n"               # 4: empty term
        "\n"                                   # 5
        '"Biblis"x,,Ort,\n'                    # 6: broken quoting
        "Rimbach,Rim Bach,Ort,\n"              # 7
    ).encode("utf-8")
    result = import_csv(data)
    assert [e.term for e in result.vocabulary.entries] == ["Lorsch", "Rimbach"]
    assert [p.line for p in _errors(result.problems)] == [3, 4, 6]


def test_csv_without_header_reads_columns_in_order():
    """A plain column of words imports, with a warning about the missing header."""
    result = import_csv("Lorsch;Lorsh\nBiblis\n".encode("utf-8"))
    assert [e.term for e in result.vocabulary.entries] == ["Lorsch", "Biblis"]
    assert result.vocabulary.entries[0].spoken == ("Lorsh",)
    assert [p.severity for p in result.problems] == ["warning"]


def test_csv_binary_is_refused():
    """Binary data is not imported as words."""
    result = import_csv(b"\x00\x01PK\x03\x04")
    assert result.vocabulary is None
    assert _errors(result.problems)


def test_csv_utf16_from_excel_unicode_text():
    """Excel's "Unicode text" (UTF-16 with BOM, tab separated) imports too."""
    data = "Begriff\tGesprochen\tKategorie\nHüttenfeld\tHütten Feld\tOrt\n".encode("utf-16")
    result = import_csv(data)
    assert result.problems == []
    assert result.vocabulary.entries == [Entry("Hüttenfeld", ("Hütten Feld",), "Ort")]


# --------------------------------------------------------------------------- CSV export


def test_export_csv_is_formula_safe_and_excel_shaped(tmp_path):
    """Cells that Excel would run as formulas get a leading apostrophe; BOM, ;, CRLF."""
    vl = VocabularyList("x", Layer.PERSONAL, [
        Entry('=HYPERLINK("http://evil.example","klick")', ("+1", "zwei"), "@x", "-5"),
        Entry("\tTab", ("\rCR",), "'=schon", "normal"),
        Entry("Lorsch", (), "Ort", "a=b"),
    ])
    path = tmp_path / "export.csv"
    export_csv(vl, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Begriff;Gesprochen;Kategorie;Notiz\r\n")
    rows = text.split("\r\n")
    assert rows[1].startswith(
        "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klick\"\")\";'+1|zwei;'@x;'-5")
    assert rows[2].startswith("'\tTab;\"'\rCR\";''=schon;normal")
    assert rows[3] == "Lorsch;;Ort;a=b"
    for row in rows[1:]:
        for cell in row.split(";"):
            assert not cell.strip('"').startswith(("=", "+", "-", "@", "\t", "\r"))


def test_export_import_round_trip_is_lossless(tmp_path, sample):
    """export_csv then import_csv gives the same entries, including protected cells and
    which variants term training learned (a fifth column, "Gelernt")."""
    tricky = VocabularyList("x", Layer.PERSONAL, [
        *sample.entries,
        Entry("Jobcenter", ("Job Center", "Jopkentor", "-kenter"), "Behörde",
              learned=("Jopkentor", "-kenter")),
        Entry("=SUMME(A1)", ("-minus", "+plus"), "@kat", "'=schon geschützt"),
        Entry("'s Gräfle", ("s Gräfle",), "", "Apostroph bleibt"),
        Entry("Zeile\nneu", (), "Sonstiges", ";Semikolon, Komma"),
    ])
    path = tmp_path / "rund.csv"
    export_csv(tricky, path)
    assert path.read_bytes().startswith("\ufeffBegriff;Gesprochen;Kategorie;Notiz;Gelernt\r\n".encode())
    result = import_csv(path)
    assert result.problems == []
    assert result.vocabulary.entries == tricky.entries
    assert result.vocabulary.entries[len(sample.entries)].learned == ("Jopkentor", "-kenter")


def test_import_strips_only_the_protective_apostrophe():
    """An apostrophe that does not protect a formula character stays."""
    data = "Begriff;Gesprochen\n'-5;'=a|b\n'Apostroph;\n".encode("utf-8")
    entries = import_csv(data).vocabulary.entries
    assert entries == [Entry("-5", ("=a", "b")), Entry("'Apostroph")]


# --------------------------------------------------------------------------- merge


def test_merge_later_layer_overrides_same_term():
    """The same term in a later layer replaces the earlier entry; order is by precedence."""
    org = VocabularyList("o", Layer.ORGANISATION, [
        Entry("KdU", ("K D U",), "Leistung"), Entry("Lorsch", (), "Ort")])
    team = VocabularyList("t", Layer.TEAM, [Entry("KdU", ("Ka De U",), "Leistung", "Team")])
    personal = VocabularyList("p", Layer.PERSONAL, [Entry("Bensheim", ("Benzheim",), "Ort")])

    merged = merge([personal, org, team])  # given out of order on purpose

    assert merged.terms() == ["Bensheim", "KdU", "Lorsch"]
    assert merged.entries[1] == Entry("KdU", ("Ka De U",), "Leistung", "Team")
    assert merged.conflicts == []


def test_merge_reports_conflict_and_keeps_both():
    """One spoken form, two written forms: reported, both kept, the later layer first."""
    org = VocabularyList("o", Layer.ORGANISATION, [Entry("SGB II", ("SGB zwei",))])
    personal = VocabularyList("p", Layer.PERSONAL, [Entry("SGB 2", ("sgb   ZWEI",))])

    merged = merge([org, personal])

    assert merged.terms() == ["SGB 2", "SGB II"]
    assert merged.conflicts == [
        Conflict(spoken="sgb ZWEI", terms=("SGB 2", "SGB II"), layers=("personal", "organisation"))
    ]


def test_merge_conflict_with_a_written_form():
    """A spoken form that equals another entry's written form is a conflict too."""
    team = VocabularyList("t", Layer.TEAM, [Entry("Fürth", ())])
    personal = VocabularyList("p", Layer.PERSONAL, [Entry("Fürth (Odenwald)", ("fürth",))])
    merged = merge([team, personal])
    assert merged.conflicts == [
        Conflict("fürth", ("Fürth (Odenwald)", "Fürth"), ("personal", "team"))]


def test_merge_without_overlap_changes_nothing():
    """Lists with nothing in common merge to their concatenation, without conflicts."""
    org = default_list()
    personal = VocabularyList("p", Layer.PERSONAL, [Entry("Frau Mustermann", ("Frau Musterman",))])
    merged = merge([org, personal])
    assert merged.conflicts == []
    assert merged.entries == personal.entries + org.entries
    assert merge([]).entries == [] and merge([]).conflicts == []


# --------------------------------------------------------------------------- organisation share


def test_organisation_share_ok_updates_local_copy(tmp_path, sample):
    """A readable share is used and saved as the last good local copy."""
    share = tmp_path / "share" / "org.vocab.json"
    share.parent.mkdir()
    save_list(sample, share)
    cache = tmp_path / "cache"

    result = load_organisation(share, cache)

    assert result.problems == []
    assert result.vocabulary.layer is Layer.ORGANISATION
    copy = load_list(cache / "organisation.vocab.json", Layer.ORGANISATION)
    assert copy.vocabulary.entries == sample.entries


def test_organisation_share_offline_uses_last_good_copy(tmp_path, sample):
    """Share unreachable: the local copy is used, with a warning that says so."""
    share = tmp_path / "share" / "org.vocab.json"
    share.parent.mkdir()
    save_list(sample, share)
    cache = tmp_path / "cache"
    assert load_organisation(share, cache).ok
    share.unlink()
    share.parent.rmdir()  # the network drive is gone

    result = load_organisation(share, cache)

    assert result.vocabulary is not None
    assert result.vocabulary.entries == sample.entries
    assert [p.severity for p in result.problems] == ["warning"]
    assert "lokale Kopie" in result.problems[0].message


def test_organisation_share_corrupt_uses_last_good_copy(tmp_path, sample):
    """A cut-off file on the share does not replace the last good copy."""
    share = tmp_path / "org.vocab.json"
    save_list(sample, share)
    cache = tmp_path / "cache"
    load_organisation(share, cache)
    share.write_bytes(share.read_bytes()[:100])

    result = load_organisation(share, cache)

    assert result.vocabulary.entries == sample.entries
    assert [p.severity for p in result.problems] == ["warning"]
    assert load_list(cache / "organisation.vocab.json").vocabulary.entries == sample.entries


def test_organisation_share_with_bad_line_does_not_overwrite_copy(tmp_path, sample):
    """A share file with a skipped line is not adopted: the last good copy stays as it was
    and stays in force, with a warning naming the bad line (issue 9)."""
    share = tmp_path / "org.vocab.json"
    save_list(sample, share)
    cache = tmp_path / "cache"
    load_organisation(share, cache)
    copy_before = (cache / "organisation.vocab.json").read_bytes()
    share.write_text(share.read_text("utf-8").replace('{"term": "Bürstadt"', '{"term: Bürstadt'),
                     "utf-8")

    result = load_organisation(share, cache)

    assert result.vocabulary.entries == sample.entries
    assert [p.severity for p in result.problems] == ["warning"]
    assert "Zeile" in result.problems[0].message and str(share) in result.problems[0].message
    assert (cache / "organisation.vocab.json").read_bytes() == copy_before


def test_organisation_local_copy_not_writable_is_only_a_warning(tmp_path, sample):
    """If the local copy cannot be written, the share's list is still used."""
    share = tmp_path / "org.vocab.json"
    save_list(sample, share)
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be", "utf-8")

    result = load_organisation(share, blocked)

    assert result.vocabulary.entries == sample.entries
    assert [p.severity for p in result.problems] == ["warning"]
    assert "lokale Kopie" in result.problems[0].message


def test_organisation_nothing_available_is_a_clear_error(tmp_path):
    """No share and no local copy: no list, one error that says what to do."""
    result = load_organisation(tmp_path / "nirgends" / "org.vocab.json", tmp_path / "cache")
    assert result.vocabulary is None
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.severity == "error"
    assert "keine lokale Kopie" in problem.message or "noch nicht" in problem.message
    assert "Netzwerkverbindung" in problem.message


# --------------------------------------------------------------------------- default list


def test_default_list_size_uniqueness_and_categories():
    """The shipped list has ≥ 300 entries, unique terms and a known category on each."""
    vl = default_list()
    assert vl.layer is Layer.ORGANISATION
    assert len(vl.entries) >= 300
    terms = [e.term for e in vl.entries]
    assert len(terms) == len(set(terms))
    assert all(e.category in CATEGORIES for e in vl.entries)
    assert {e.category for e in vl.entries} == CATEGORIES


def test_default_list_has_all_22_municipalities():
    """Every municipality of Kreis Bergstraße is in the list as category Ort."""
    by_term = {e.term: e for e in default_list().entries}
    assert len(MUNICIPALITIES) == 22
    for official, term in MUNICIPALITIES.items():
        assert term in by_term, official
        assert by_term[term].category == "Ort"
        if official != term:
            assert official in by_term[term].note


def test_default_list_has_no_conflicts_and_checks_clean():
    """No spoken form of the shipped list maps to two terms; check() finds nothing."""
    assert merge([default_list()]).conflicts == []
    assert vocab.DEFAULT_RESOURCE == "organisation.vocab.json"
    path = Path(vocab.__file__).parent.parent / "data" / "organisation.vocab.json"
    assert check(path) == []


def test_default_list_core_terms():
    """Key domain terms are there with their spoken forms."""
    by_term = {e.term: e for e in default_list().entries}
    assert "SGB zwei" in by_term["SGB II"].spoken
    assert "Sozialgesetzbuch zwei" in by_term["SGB II"].spoken
    assert "Wald Michelbach" in by_term["Wald-Michelbach"].spoken
    assert "A V G S" in by_term["AVGS"].spoken
    assert "K D U" in by_term["KdU"].spoken
    for term in ("Bürgergeld", "Bedarfsgemeinschaft", "Kooperationsplan", "§ 16i SGB II",
                 "§ 66 SGB I", "Neue Wege Kreis Bergstraße – Kommunales Jobcenter",
                 "Weiterbewilligungsantrag", "Anlage KdU", "Familienkasse"):
        assert term in by_term, term


# --------------------------------------------------------------------------- check()


def test_check_reports_duplicates_conflicts_and_suspicious_characters(tmp_path):
    """check() finds duplicate terms, conflicts, mojibake, invisible characters, stray spaces."""
    vl = VocabularyList("c", Layer.PERSONAL, [
        Entry("Lorsch", ("Lorsh",)),                 # line 7
        Entry("Lorsch", ()),                         # 8: duplicate
        Entry("Lorch", ("lorsh",)),                  # 9: conflict with line 7
        Entry("BÃ¼rstadt", ()),                      # 10: mojibake
        Entry("Birke\u200bnau", ()),                 # 11: zero-width space
        Entry("B?rstadt", ()),                       # 12: lost umlaut
        Entry("Rimbach", ("Rim Bach", "rim  bach")),  # 13: repeated variant
    ])
    path = tmp_path / "c.vocab.json"
    save_list(vl, path)
    path.write_text(path.read_text("utf-8").replace('"Rimbach"', '" Rimbach"'), "utf-8")

    problems = check(path)

    lines = [p.line for p in problems]
    assert all(p.severity == "warning" for p in problems)
    assert lines == sorted(lines)
    for line in (8, 9, 10, 11, 12, 13):
        assert line in lines, line
    messages = " ".join(p.message for p in problems)
    assert "doppelt" in messages and "Konflikt" in messages and "U+200B" in messages
    assert 7 not in lines


def test_check_clean_file_and_unreadable_file(tmp_path, sample):
    """A clean list gives an empty report; an unreadable one gives the load error."""
    path = tmp_path / "ok.vocab.json"
    save_list(sample, path)
    assert check(path) == []
    assert _errors(check(tmp_path / "fehlt.vocab.json"))


def test_problem_str_names_the_line():
    """A problem prints with its line number for the user."""
    assert str(Problem(5, "Leerer Begriff")) == "Zeile 5: Leerer Begriff"
    assert str(Problem(None, "Alles kaputt")) == "Alles kaputt"


def test_english_messages(monkeypatch, tmp_path):
    """With DIKTAT_LANG=en the messages are English."""
    monkeypatch.setenv("DIKTAT_LANG", "en")
    result = load_list(tmp_path / "missing.vocab.json")
    assert "cannot be read" in result.problems[0].message
    assert str(Problem(3, "x")) == "Line 3: x"


# --------------------------------------------------------------------------- speed


def test_loading_5000_entries_is_fast(tmp_path):
    """A 5,000-entry list loads well within 200 ms (asserted loosely: shared machines)."""
    entries = [
        Entry(f"Begriff {i} Bürgergeld", (f"Begriff {i} Bürger Geld", f"Begriff {i} variante"),
              "Sonstiges", f"Notiz {i}")
        for i in range(5000)
    ]
    path = tmp_path / "gross.vocab.json"
    save_list(VocabularyList("groß", Layer.TEAM, entries), path)
    load_list(path)  # warm the page cache
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        result = load_list(path, Layer.TEAM)
        timings.append(time.perf_counter() - start)
    best = min(timings) * 1000
    print(f"\nload_list: 5,000 entries in {best:.1f} ms (best of 5), "
          f"median {sorted(timings)[2] * 1000:.1f} ms")
    assert result.ok and len(result.vocabulary.entries) == 5000
    assert best < 1000

    start = time.perf_counter()
    merged = merge([result.vocabulary, default_list()])
    print(f"merge with the default list: {(time.perf_counter() - start) * 1000:.1f} ms")
    assert merged.conflicts == []
