"""Damaged vocabulary files (issue 9): a broken list is a clear message, never a crash, and
never replaces a good list — neither the organisation list's local copy nor a list that
``dictation vocab import`` would overwrite.

Every test goes through a real entry point: ``dictation.cli.main``, ``load_organisation``,
the self-test's check of the configured lists, and the vocabulary loading of
:mod:`dictation.app.pipeline`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dictation import cli, selftest
from dictation.app.pipeline import VocabularyOptions, load_engine_vocabulary, load_vocabulary
from dictation.settings import Settings
from dictation.vocabulary.lists import (
    Entry,
    Layer,
    VocabularyList,
    import_csv,
    load_list,
    load_organisation,
    save_list,
)

HEADER = "Begriff;Gesprochen;Kategorie;Notiz\n"
#: A CSV whose third line opens a quote that is never closed: everything after it is lost.
STRAY_QUOTE_CSV = (HEADER + "Bürgergeld;Bürger Geld;Leistung;\n" + '"Lorsch;Lorsch;Ort;\n'
                   + "".join(f"Ort{i};ort {i};Ort;\n" for i in range(10)))
#: A JSON document nested 5,000 levels deep (Python's json gives up with RecursionError).
NESTED_JSON = "[" * 5000 + "]" * 5000
#: A CSV whose first line is longer than the csv module's field limit (128 KiB).
LONG_LINE_CSV = "x" * 140_000 + ";y\nBürgergeld;Bürger Geld;Leistung;\n"


@pytest.fixture(autouse=True)
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in German, whatever the developer's environment says."""
    monkeypatch.setenv("DIKTAT_LANG", "de")


@pytest.fixture
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No settings of the developer's machine leak into CLI runs."""
    monkeypatch.setenv("DIKTAT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DIKTAT_POLICY_FILE", str(tmp_path / "policy" / "settings.toml"))


@pytest.fixture
def good_list() -> VocabularyList:
    """A small, clean organisation list."""
    return VocabularyList("Organisation", Layer.ORGANISATION, [
        Entry("Bürgergeld", ("Bürger Geld",), "Leistung"),
        Entry("Wald-Michelbach", ("Wald Michelbach",), "Ort"),
        Entry("SGB II", ("SGB zwei",), "Recht"),
    ])


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _errors(problems) -> list:
    return [p for p in problems if p.severity == "error"]


# --------------------------------------------------------------------------- organisation list

#: Files on the share that must not replace the last good local copy.
BROKEN_SHARE_FILES = {
    "empty.csv": "",
    "header-only.csv": HEADER,
    "header-only.vocab.json": '{"format": "diktat-vocabulary", "version": 1, "name": "Org", '
                              '"layer": "organisation", "entries": []}\n',
    "stray-quote.csv": STRAY_QUOTE_CSV,
    "all-rows-bad.csv": HEADER + ";Bürger Geld;Leistung;\n;SGB zwei;Recht;\n",
    "all-rows-bad.vocab.json": '{"format": "diktat-vocabulary", "version": 1, "entries": [\n'
                               '  {"spoken": ["a"]},\n  {"term": 5}\n]}\n',
    "one-row-bad.vocab.json": '{"format": "diktat-vocabulary", "version": 1, "entries": [\n'
                              '  {"term": "Lorsch"},\n  {"term": 5}\n]}\n',
    "passwd": "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n",
    "nested.json": NESTED_JSON,
    "long-line.csv": LONG_LINE_CSV,
}


@pytest.mark.parametrize("name", sorted(BROKEN_SHARE_FILES))
def test_broken_share_file_keeps_last_good_copy(tmp_path, good_list, name):
    """A list on the share that does not parse cleanly (empty, header only, stray quote, bad
    rows, not a list at all, too deeply nested, an overlong line) neither replaces the last
    good local copy nor the list in force; one warning names the file and the reason."""
    (tmp_path / "share").mkdir()
    good = tmp_path / "share" / "org.vocab.json"
    cache = tmp_path / "cache"
    save_list(good_list, good)
    assert load_organisation(good, cache).ok
    copy = cache / "organisation.vocab.json"
    copy_before = copy.read_bytes()
    share = _write(tmp_path / "share" / name, BROKEN_SHARE_FILES[name])  # IT saved it badly

    result = load_organisation(share, cache)

    assert copy.read_bytes() == copy_before
    assert result.vocabulary is not None
    assert result.vocabulary.entries == good_list.entries
    assert [p.severity for p in result.problems] == ["warning"], result.problems
    message = result.problems[0].message
    assert str(share) in message and "lokale Kopie" in message, message


def test_partial_share_file_without_copy_is_still_used(tmp_path):
    """Without a local copy, a share list with one bad row is used (better than nothing),
    its problems are shown, and it is not saved as the local copy."""
    share = _write(tmp_path / "org.vocab.json", BROKEN_SHARE_FILES["one-row-bad.vocab.json"])
    cache = tmp_path / "cache"

    result = load_organisation(share, cache)

    assert [e.term for e in result.vocabulary.entries] == ["Lorsch"]
    assert _errors(result.problems)
    assert not (cache / "organisation.vocab.json").exists()


def test_engine_vocabulary_keeps_copy_when_share_list_is_nested_too_deep(tmp_path, good_list):
    """The app's vocabulary loading (run while the model loads) does not crash on a
    5,000-level nested organisation list: the local copy stays in force with a warning."""
    share = tmp_path / "share" / "org.vocab.json"
    share.parent.mkdir()
    save_list(good_list, share)
    settings = Settings(vocabulary_organisation=str(share))
    first = load_engine_vocabulary(settings, copy_folder=tmp_path / "copy")
    assert "Wald-Michelbach" in first.vocabulary.terms()
    share.write_text(NESTED_JSON, encoding="utf-8")

    loaded = load_engine_vocabulary(settings, copy_folder=tmp_path / "copy")

    assert "Wald-Michelbach" in loaded.vocabulary.terms()
    assert any("org.vocab.json" in w and "lokale Kopie" in w for w in loaded.warnings), loaded


def test_selftest_rejects_a_file_that_is_not_a_list(tmp_path):
    """A configured organisation list that is not a vocabulary list (here a passwd file) is
    a failed check that says so, not "25 entries"."""
    passwd = _write(tmp_path / "passwd", BROKEN_SHARE_FILES["passwd"])
    lines: list[str] = []

    selftest._check_configured_paths(selftest._Report(lines.append),
                                     Settings(vocabulary_organisation=str(passwd)))

    assert len(lines) == 1, lines
    assert lines[0].startswith("✘"), lines
    assert str(passwd) in lines[0] and "keine gültige Wortliste" in lines[0], lines


def test_selftest_unreachable_list_stays_a_warning(tmp_path):
    """A list that cannot be reached (share offline) stays a warning: the app falls back to
    its local copy."""
    lines: list[str] = []
    missing = tmp_path / "offline" / "org.vocab.json"

    selftest._check_configured_paths(selftest._Report(lines.append),
                                     Settings(vocabulary_organisation=str(missing)))

    assert len(lines) == 1 and lines[0].startswith("⚠"), lines


# --------------------------------------------------------------------------- parser limits


@pytest.mark.parametrize("name", ["nested.json", "long-line.csv"])
def test_vocab_check_reports_parser_limits_without_crashing(tmp_path, capsys, name):
    """`dictation vocab check` on a too deeply nested JSON or an overlong CSV line: a message
    naming the file, exit status 1, no traceback."""
    path = _write(tmp_path / name, BROKEN_SHARE_FILES[name])

    status = cli.main(["vocab", "check", str(path)])

    out = capsys.readouterr().out
    assert status == 1
    assert str(path) in out and "Zeile" in out, out


def test_long_csv_line_is_reported_and_the_rest_loaded(tmp_path):
    """An overlong first line is one bad row; the rows after it still load."""
    result = load_list(_write(tmp_path / "liste.csv", LONG_LINE_CSV))
    assert [e.term for e in result.vocabulary.entries] == ["Bürgergeld"]
    assert [p.line for p in _errors(result.problems)] == [1]
    assert "128 KiB" in str(_errors(result.problems)[0])


def test_deep_entry_line_is_skipped_and_the_rest_loaded(tmp_path):
    """One entry nested too deeply costs only its line."""
    path = _write(tmp_path / "liste.json",
                  '{"format": "diktat-vocabulary", "version": 1, "entries": [\n'
                  '  {"term": "Lorsch", "spoken": ' + NESTED_JSON + '},\n'
                  '  {"term": "Bensheim"}\n]}\n')
    result = load_list(path)
    assert [e.term for e in result.vocabulary.entries] == ["Bensheim"]
    assert [p.line for p in _errors(result.problems)] == [2]


def test_configured_vocabulary_with_nested_json_is_a_message(tmp_path):
    """`--vocabulary` lists (CLI transcribe/stream/listen) are loaded without crashing: the
    file is named in a message and the shipped list stays in force."""
    path = _write(tmp_path / "tief.json", NESTED_JSON)

    vocabulary, messages = load_vocabulary(VocabularyOptions(files=(str(path),)))

    assert "SGB II" in vocabulary.terms()
    assert any(m.startswith("tief.json: ") for m in messages), messages


def test_transcribe_with_nested_vocabulary_does_not_crash(tmp_path, capsys, isolated_settings):
    """`dictation transcribe --vocabulary` with a nested JSON reports the list and goes on
    (here to the missing model, exit status 3) instead of dying with a RecursionError."""
    path = _write(tmp_path / "tief.json", NESTED_JSON)
    (tmp_path / "a.wav").write_bytes(b"RIFF")  # never read: the model is missing

    status = cli.main(["transcribe", str(tmp_path / "a.wav"), "--vocabulary", str(path),
                       "--model", str(tmp_path / "kein-modell")])

    err = capsys.readouterr().err
    assert status == 3
    assert "tief.json" in err, err


# --------------------------------------------------------------------------- stray quotes


def test_stray_quote_reports_the_lost_rows(tmp_path):
    """An unclosed quote swallows every following row: the error names the lines lost."""
    result = import_csv(_write(tmp_path / "team.csv", STRAY_QUOTE_CSV))
    errors = _errors(result.problems)
    assert [e.term for e in result.vocabulary.entries] == ["Bürgergeld"]
    assert len(errors) == 1 and errors[0].line == 3
    assert "13" in errors[0].message and "Anführungszeichen" in errors[0].message, errors


def test_quote_closed_rows_later_is_reported(tmp_path):
    """A stray quote closed many rows later silently merges those rows into one cell; it is
    reported with the merged line range, and the merged row is not used."""
    text = (HEADER + "Bürgergeld;Bürger Geld;Leistung;\n" + '"Lorsch;Lorsch;Ort;\n'
            + "".join(f"Ort{i};ort {i};Ort;\n" for i in range(5))
            + 'Bensheim";Bensheim;Ort;\n' + "Lampertheim;;Ort;\n")
    result = import_csv(_write(tmp_path / "team.csv", text))
    errors = _errors(result.problems)
    assert [e.term for e in result.vocabulary.entries] == ["Bürgergeld", "Lampertheim"]
    assert [e.line for e in errors] == [3]
    assert "Zeilen 3 bis 9" in errors[0].message, errors


def test_multiline_note_is_not_a_stray_quote(tmp_path):
    """A quoted note with a line break (Alt+Enter in Excel) is legitimate and kept."""
    text = HEADER + 'Bürgergeld;Bürger Geld;Leistung;"erste Zeile\nzweite Zeile"\nLorsch;;Ort;\n'
    result = import_csv(_write(tmp_path / "team.csv", text))
    assert result.ok, result.problems
    assert result.vocabulary.entries[0].note == "erste Zeile\nzweite Zeile"
    assert [e.term for e in result.vocabulary.entries] == ["Bürgergeld", "Lorsch"]


def test_vocab_import_with_lost_rows_keeps_existing_list(tmp_path, capsys, good_list):
    """`vocab import` of a CSV that lost rows names them, exits 1 and does not overwrite the
    existing list; ``--force`` writes what could be read (still exit status 1)."""
    csv_path = _write(tmp_path / "team.csv", STRAY_QUOTE_CSV)
    target = tmp_path / "team.vocab.json"
    save_list(good_list, target)
    before = target.read_bytes()

    status = cli.main(["vocab", "import", str(csv_path), "-o", str(target)])

    err = capsys.readouterr().err
    assert status == 1
    assert target.read_bytes() == before
    assert "Zeile 3" in err and "--force" in err, err

    status = cli.main(["vocab", "import", str(csv_path), "-o", str(target), "--force"])

    assert status == 1
    assert [e.term for e in load_list(target).vocabulary.entries] == ["Bürgergeld"]


def test_vocab_import_of_empty_csv_keeps_existing_list(tmp_path, capsys, good_list):
    """A header-only CSV imports no entries: the existing list is not replaced by an empty
    one, exit status 1."""
    csv_path = _write(tmp_path / "team.csv", HEADER)
    target = tmp_path / "team.vocab.json"
    save_list(good_list, target)
    before = target.read_bytes()

    status = cli.main(["vocab", "import", str(csv_path), "-o", str(target)])

    assert status == 1
    assert target.read_bytes() == before
    assert "keine Einträge" in capsys.readouterr().err


def test_vocab_import_with_bad_rows_to_new_file_exits_1(tmp_path, capsys):
    """Skipped rows make the exit status 1 even when a new file is written (as `vocab
    check` does), so scripts notice."""
    csv_path = _write(tmp_path / "team.csv", HEADER + "Lorsch;;Ort;\n;leer;Ort;\n")
    target = tmp_path / "neu.vocab.json"

    status = cli.main(["vocab", "import", str(csv_path), "-o", str(target)])

    assert status == 1
    assert [e.term for e in load_list(target).vocabulary.entries] == ["Lorsch"]
    assert "Zeile 3" in capsys.readouterr().err


def test_vocab_import_clean_csv_overwrites(tmp_path, capsys, good_list):
    """A clean import replaces an existing list, exit status 0 (the normal case)."""
    csv_path = _write(tmp_path / "team.csv", HEADER + "Lorsch;;Ort;\n")
    target = tmp_path / "team.vocab.json"
    save_list(good_list, target)

    assert cli.main(["vocab", "import", str(csv_path), "-o", str(target)]) == 0
    assert [e.term for e in load_list(target).vocabulary.entries] == ["Lorsch"]
