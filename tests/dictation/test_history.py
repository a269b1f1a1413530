"""HistoryStore: local SQLite history of notes with search and retention."""

from __future__ import annotations

import datetime
import errno
import os
import sqlite3
import subprocess
import sys
import time

import pytest

from dictation.notes import history
from dictation.notes.casenote import CaseNote
from dictation.notes.history import SCHEMA_VERSION, HistoryError, HistoryStore

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


@pytest.fixture
def open_umask():
    """umask 0 for the test: files and folders get exactly the mode the code asks for, so a
    folder or file created with a wide mode (and narrowed later) shows up."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path) -> int:
    return path.stat().st_mode & 0o777


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_new_data_folder_and_files_are_private_from_the_start(tmp_path, open_umask):
    """Social data: the data folder (and a missing parent) is created 0700 and the database
    with its -wal and -shm files 0600, even with a permissive umask."""
    with HistoryStore() as store:
        store.save(_note())
        data = tmp_path / "data"
        assert _mode(data) == 0o700
        for name in ("history.sqlite3", "history.sqlite3-wal", "history.sqlite3-shm"):
            assert _mode(data / name) == 0o600, name
    nested = tmp_path / "a" / "b"
    with HistoryStore(nested / "h.sqlite3"):
        pass
    assert _mode(tmp_path / "a") == 0o700 and _mode(nested) == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_data_left_readable_by_an_older_version_is_made_private(tmp_path):
    """An older version left the data folder 0755 and the files 0644: opening the history
    narrows them to 0700 and 0600."""
    data = tmp_path / "data"
    HistoryStore().close()
    reader = sqlite3.connect(data / "history.sqlite3")  # keeps -wal and -shm in place
    reader.execute("SELECT 1").fetchall()
    os.chmod(data, 0o755)
    for p in data.iterdir():
        os.chmod(p, 0o644)
    with HistoryStore():
        assert _mode(data) == 0o700
        assert {p.name: _mode(p) for p in data.iterdir()} == {
            p.name: 0o600 for p in data.iterdir()
        }
    reader.close()


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



def _raw_bytes_of(path) -> bytes:
    """The database file and its -wal/-shm/-journal companions, concatenated as on disk."""
    return b"".join(p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name))


def test_deleted_note_leaves_the_disk_even_while_another_connection_reads(tmp_path):
    """A second connection (another window, a backup tool) holds a read transaction while a
    note is deleted, so the write-ahead log cannot be emptied at that moment. The delete must
    not hang on the reader, and as soon as the reader is gone the deleted text must leave the
    db, -wal and -shm files: at the store's next use while the app keeps running, and on close."""
    path = tmp_path / "h.sqlite3"
    marker = "Zwangsraeumung-Marker-7f3c"
    with HistoryStore(path) as store:
        for i in range(5):
            store.save(_note(f"Vermerk {i} ohne Besonderheiten"))
        secret = _note(f"Kunde berichtet über {marker} und Mietschulden")
        store.save(secret)
        reader = sqlite3.connect(path)
        try:
            reader.execute("BEGIN")
            assert reader.execute("SELECT count(*) FROM notes").fetchone()[0] == 6
            started = time.monotonic()
            assert store.delete(secret.id) is True
            assert time.monotonic() - started < 2.0  # not the 5-s busy timeout
        finally:
            reader.rollback()
            reader.close()
        assert store.count() == 5  # the app keeps running: its next use finishes the job
        assert marker.encode() not in _raw_bytes_of(path)
        store.save(_note("Danach gespeicherter Vermerk"))
    assert marker.encode() not in _raw_bytes_of(path)


def test_deleted_note_leaves_the_disk_when_the_store_closes_first(tmp_path):
    """The store is closed while the other connection still reads: once that reader ends too,
    nothing of the deleted note is left in db, -wal or -shm."""
    path = tmp_path / "h.sqlite3"
    marker = "Pfaendung-Marker-91ab"
    store = HistoryStore(path)
    secret = _note(f"Vermerk über {marker}")
    store.save(secret)
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM notes").fetchone()
    store.delete(secret.id)
    store.close()
    reader.rollback()
    reader.close()
    assert marker.encode() not in _raw_bytes_of(path)


def _fill_disk(folder) -> None:
    """Write a filler file until the file system refuses with ENOSPC."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as e:
        assert e.errno == errno.ENOSPC
    finally:
        os.close(fd)


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB tmpfs (the history with its full-text index needs more than ``tiny_disk``):
    a really full disk (Linux, root only; skipped elsewhere)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs Linux and root")
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.mark.parametrize("open_before_full", [False, True])
def test_full_disk_says_the_disk_is_full(small_disk, open_before_full):
    """On a really full disk saving to the history names the real reason: the disk is full,
    not "disk I/O error". SQLite reports SQLITE_FULL when a write fails, but
    SQLITE_IOERR_SHMSIZE ("disk I/O error") when the store is opened on a full disk (the
    shared-memory file cannot grow) — the app opens the history on the first save."""
    path = small_disk / "h.sqlite3"
    HistoryStore(path).close()
    store = HistoryStore(path) if open_before_full else None
    _fill_disk(small_disk)
    with pytest.raises(HistoryError) as info:
        store = store or HistoryStore(path)
        for i in range(50):
            store.save(_note(f"Vermerk {i} " + "Wort " * 2000))
    if store is not None:
        store.close()
    assert "Der Datenträger ist voll" in info.value.message
    assert "I/O" not in info.value.message
