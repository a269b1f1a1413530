"""HistoryStore: local SQLite history of notes with search and retention."""

from __future__ import annotations

import datetime
import sqlite3
import sys

import pytest

from dictation import history
from dictation.casenote import CaseNote
from dictation.history import SCHEMA_VERSION, HistoryError, HistoryStore

UTC = datetime.timezone.utc
NOW = datetime.datetime(2025, 6, 30, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("DIKTAT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DIKTAT_LANG", "de")


@pytest.fixture(params=["fts5", "like"])
def store(request, tmp_path, monkeypatch):
    """A fresh history, once with the FTS5 index and once with the LIKE fallback."""
    if request.param == "like":
        monkeypatch.setattr(history, "_fts5_available", lambda: False)
    elif not history._fts5_available():
        pytest.skip("this SQLite has no FTS5")
    with HistoryStore(tmp_path / f"history-{request.param}.sqlite3") as s:
        yield s


def _note(text: str = "Kunde erschien pünktlich.", age_days: float = 0, **changes) -> CaseNote:
    moment = NOW - datetime.timedelta(days=age_days)
    values = dict(
        customer_id="123A456789",
        date=moment.date(),
        author="Erika Müller",
        subject="Beratungsgespräch",
        text=text,
        created_at=moment,
        updated_at=moment,
    )
    values.update(changes)
    return CaseNote(**values)


def test_default_path_and_wal(tmp_path):
    """Without a path the file is $DIKTAT_DATA_DIR/history.sqlite3, in WAL mode."""
    with HistoryStore() as store:
        assert store.path == tmp_path / "data" / "history.sqlite3"
        store.save(_note())
    db = sqlite3.connect(tmp_path / "data" / "history.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    db.close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_file_is_private(tmp_path):
    """The history holds social data: the file is readable by the user only."""
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        store.save(_note())
    assert (tmp_path / "h.sqlite3").stat().st_mode & 0o777 == 0o600


def test_save_get_upsert(store):
    """save() inserts, saving the same id again replaces; get() returns an equal note."""
    note = _note()
    store.save(note)
    assert store.get(note.id) == note
    note.text = "Geändert: „Bürgergeld“ ÄÖÜß"
    note.touch(NOW)
    store.save(note)
    assert store.get(note.id) == note
    assert store.count() == 1
    assert store.get("missing") is None


def test_recent_newest_first(store):
    """recent() lists the most recently changed notes first, up to the limit."""
    notes = [_note(f"Nr. {i}", age_days=i) for i in range(5)]
    for note in reversed(notes):
        store.save(note)
    assert [n.text for n in store.recent(3)] == ["Nr. 0", "Nr. 1", "Nr. 2"]


def test_search_text_subject_customer(store):
    """search() finds words in the text, the subject and the customer number."""
    a = _note("Antrag auf Bürgergeld besprochen.", subject="Telefonat", age_days=1)
    b = _note("Hausbesuch durchgeführt, Wohnung angemessen.", customer_id="12345BG1234567",
              subject="Hausbesuch", age_days=2)
    c = _note("Eingliederungsvereinbarung unterschrieben.", customer_id="999Z000111",
              subject="Eingliederung", age_days=3)
    for note in (a, b, c):
        store.save(note)
    ids = lambda q: [n.id for n in store.search(q)]  # noqa: E731
    assert ids("Bürgergeld") == [a.id]
    assert ids("bürgergeld antrag") == [a.id]  # every word, any case
    assert ids("Wohnung Bürgergeld") == []
    assert ids("Hausbesuch") == [b.id]  # subject and text
    assert ids("Telefonat") == [a.id]
    assert ids("12345BG1234567") == [b.id]
    assert ids("999z000111") == [c.id]
    assert ids("000111") == [c.id]  # part of a customer number
    assert ids("Eingliederung") == [c.id]  # prefix of a longer word
    assert ids("") == [a.id, b.id, c.id]
    assert len(store.search("", limit=2)) == 2


def test_search_survives_special_characters(store):
    """Quotes, FTS operators and LIKE wildcards in the query are plain text, not syntax."""
    store.save(_note('Er sagte "nein" – 100% sicher_ja (AND) OR NOT *'))
    queries = ('"nein"', "100%", "sicher_ja", "AND", "OR NOT", "*", "(", "'; DROP TABLE notes;--")
    for query in queries:
        store.search(query)  # must not raise
    assert len(store.search('"nein"')) == 1
    assert store.count() == 1


def test_delete(store):
    """delete() removes a note (also from the search index) and reports whether it existed."""
    note = _note("Geheimer Vermerk über Schulden")
    store.save(note)
    assert store.delete(note.id) is True
    assert store.get(note.id) is None
    assert store.search("Schulden") == []
    assert store.delete(note.id) is False


def test_retention_boundary(store):
    """Purging 30 days keeps a note changed exactly 30 days ago and removes one of 31."""
    kept_recent = _note("neu", age_days=0)
    kept_boundary = _note("genau dreißig Tage", age_days=30)
    removed = _note("einunddreißig Tage", age_days=31)
    removed_just = _note("dreißig Tage und eine Sekunde", age_days=30 + 1 / 86400)
    for note in (kept_recent, kept_boundary, removed, removed_just):
        store.save(note)
    assert store.purge_older_than(30, now=NOW) == 2
    assert {n.id for n in store.recent(10)} == {kept_recent.id, kept_boundary.id}
    assert store.search("einunddreißig") == []
    assert store.purge_older_than(30, now=NOW) == 0


def test_retention_uses_utc_regardless_of_offset(store):
    """Timestamps in other offsets compare correctly with the cutoff (stored as UTC)."""
    berlin = datetime.timezone(datetime.timedelta(hours=2))
    note = _note(age_days=0)
    note.updated_at = (NOW - datetime.timedelta(days=30)).astimezone(berlin)
    store.save(note)
    assert store.purge_older_than(30, now=NOW.astimezone(berlin)) == 0
    assert store.purge_older_than(29, now=NOW) == 1


def test_purge_rejects_negative_days(store):
    """A negative retention is a programming error."""
    with pytest.raises(ValueError):
        store.purge_older_than(-1)


def test_deleted_text_is_scrubbed_from_the_file(tmp_path):
    """After purging, the deleted note's text is nowhere in the database file (secure delete,
    index optimised, write-ahead log truncated)."""
    path = tmp_path / "h.sqlite3"
    secret = "Schuldnerberatung Zwangsvollstreckung Geheimwort"
    with HistoryStore(path) as store:
        for i in range(20):
            store.save(_note(f"Vermerk {i} ohne Besonderheiten", age_days=1))
        store.save(_note(secret, age_days=40))
        assert store.purge_older_than(30, now=NOW) == 1
    files = [p for p in tmp_path.iterdir() if p.name.startswith("h.sqlite3")]
    assert all(b"Geheimwort" not in p.read_bytes() for p in files)


def test_reopen_keeps_notes(tmp_path):
    """Notes survive closing and reopening the file; the schema is not recreated."""
    path = tmp_path / "h.sqlite3"
    note = _note()
    with HistoryStore(path) as store:
        store.save(note)
    with HistoryStore(path) as store:
        assert store.get(note.id) == note


def test_newer_schema_is_refused(tmp_path):
    """A file from a newer program version is not touched; the message says to update."""
    path = tmp_path / "h.sqlite3"
    HistoryStore(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    db.commit()
    db.close()
    with pytest.raises(HistoryError) as info:
        HistoryStore(path)
    assert "neueren Programmversion" in info.value.message


def test_damaged_file_gives_history_error(tmp_path):
    """A file that is not a database raises HistoryError with a German message."""
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(HistoryError) as info:
        HistoryStore(path)
    assert "beschädigt" in info.value.message


def test_file_from_fts_machine_opens_without_fts(tmp_path, monkeypatch):
    """A file written with FTS5 still works (LIKE search) where SQLite lacks FTS5."""
    if not history._fts5_available():
        pytest.skip("this SQLite has no FTS5")
    path = tmp_path / "h.sqlite3"
    with HistoryStore(path) as store:
        store.save(_note("Bürgergeld"))
    monkeypatch.setattr(history, "_fts5_available", lambda: False)
    with HistoryStore(path) as store:
        store.save(_note("Wohngeld"))
        assert [n.text for n in store.search("geld")] != []
        assert len(store.search("Wohngeld")) == 1
    monkeypatch.undo()
    monkeypatch.setenv("DIKTAT_LANG", "de")
    with HistoryStore(path) as store:  # back with FTS5: the index catches up
        assert len(store.search("Wohngeld")) == 1
        assert len(store.search("Bürgergeld")) == 1
