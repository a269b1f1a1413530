"""Local history of finished notes, in one SQLite file (WAL mode).

Only the note itself is stored (customer number, date, author, subject, text, timestamps);
audio never is. Notes are kept for a retention period the caller enforces with
:meth:`HistoryStore.purge_older_than` (measured from a note's last change). Deleting is meant
to be final: ``secure_delete`` zeroes freed pages, the full-text index is rebuilt without the
deleted notes and the write-ahead log is truncated.

Search uses SQLite's FTS5 full-text index when the SQLite library has it (prefix search on
words, case- and accent-insensitive: "burger" finds "Bürgergeld"); otherwise it falls back to
``LIKE``. The customer number is also matched as a substring ("456789" finds "123A456789").

The file carries a schema version (table ``schema_version``); :data:`_MIGRATIONS` lists the
steps from each version to the next, so a newer program can upgrade an older file in place.
"""

from __future__ import annotations

import datetime
import logging
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from dictation.errors import HistoryError
from dictation.fileio import chmod_private, disk_is_full, make_private_dir
from dictation.i18n import tr
from dictation.notes.casenote import CaseNote, iso_time
from dictation.notes.drafts import data_dir

__all__ = ["HistoryError", "HistoryStore", "SCHEMA_VERSION"]

log = logging.getLogger("dictation")

#: Schema version this program writes.
SCHEMA_VERSION = 1

_COLUMNS = "id, customer_id, date, author, subject, text, created_at, updated_at"


def _create_v1(db: sqlite3.Connection) -> None:
    db.execute(
        """CREATE TABLE notes (
            id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL,
            date TEXT NOT NULL,
            author TEXT NOT NULL,
            subject TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX notes_updated_at ON notes(updated_at)")
    db.execute("CREATE INDEX notes_customer_id ON notes(customer_id)")


#: ``_MIGRATIONS[v]`` turns a version-``v`` file into version ``v + 1`` (0 = empty file).
_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {0: _create_v1}

# The full-text index is kept apart from the versioned schema: it is created when FTS5 is
# available and can be rebuilt from ``notes`` at any time.
_FTS_TABLE = """CREATE VIRTUAL TABLE notes_fts USING fts5(
    customer_id, subject, text, content='notes', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2')"""
_FTS_TRIGGERS = {
    "notes_fts_insert": """CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, customer_id, subject, text)
        VALUES (new.rowid, new.customer_id, new.subject, new.text);
    END""",
    "notes_fts_delete": """CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, customer_id, subject, text)
        VALUES ('delete', old.rowid, old.customer_id, old.subject, old.text);
    END""",
    "notes_fts_update": """CREATE TRIGGER notes_fts_update AFTER UPDATE ON notes BEGIN
        INSERT INTO notes_fts(notes_fts, rowid, customer_id, subject, text)
        VALUES ('delete', old.rowid, old.customer_id, old.subject, old.text);
        INSERT INTO notes_fts(rowid, customer_id, subject, text)
        VALUES (new.rowid, new.customer_id, new.subject, new.text);
    END""",
}


def _fts5_available() -> bool:
    """Whether the SQLite library Python uses has the FTS5 extension."""
    try:
        db = sqlite3.connect(":memory:")
        try:
            db.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
        finally:
            db.close()
    except sqlite3.Error:
        return False
    return True


class HistoryStore:
    """The history file; use as a context manager or call :meth:`close`. One thread only
    (the connection is SQLite's default, bound to the thread that opened it).

    Args:
      path: The SQLite file; default ``data_dir() / "history.sqlite3"`` (``DIKTAT_DATA_DIR``
        overrides the folder). Created with its folder when missing.

    Raises ``HistoryError`` when the file is damaged, not a database or from a newer version.
    """

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else data_dir() / "history.sqlite3"
        self._scrub_pending = False
        try:
            make_private_dir(self.path.parent, root=data_dir())
            if not self.path.exists():  # private from the start; WAL/shm files take its mode
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
            for suffix in ("", "-wal", "-shm", "-journal"):  # older versions left them 0644
                chmod_private(f"{self.path}{suffix}")
            self._db = sqlite3.connect(self.path, isolation_level=None)  # autocommit; see _tx
        except (OSError, sqlite3.Error) as e:
            raise self._error(e) from e
        try:
            self._setup()
        except (OSError, sqlite3.Error) as e:
            self._db.close()
            raise self._error(e) from e
        except BaseException:
            self._db.close()
            raise

    # -- public API ----------------------------------------------------------------------------

    def save(self, note: CaseNote) -> None:
        """Insert ``note`` or replace the stored note with the same id."""
        row = _row(note)
        self._run(
            f"""INSERT INTO notes ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id,
                date = excluded.date, author = excluded.author, subject = excluded.subject,
                text = excluded.text, created_at = excluded.created_at,
                updated_at = excluded.updated_at""",
            row,
        )

    def get(self, note_id: str) -> CaseNote | None:
        """The note with id ``note_id``, or None."""
        rows = self._query(f"SELECT {_COLUMNS} FROM notes WHERE id = ?", (note_id,))
        return _note(rows[0]) if rows else None

    def recent(self, limit: int = 50) -> list[CaseNote]:
        """The ``limit`` most recently changed notes, newest first."""
        rows = self._query(
            f"SELECT {_COLUMNS} FROM notes ORDER BY updated_at DESC, rowid DESC LIMIT ?", (limit,)
        )
        return [_note(r) for r in rows]

    def search(self, query: str, limit: int = 50) -> list[CaseNote]:
        """Notes whose text, subject or customer number contain every word of ``query``
        (as a word prefix with FTS5, as a substring without), newest first; ``recent`` for an
        empty query."""
        words = _words(query)
        if not words:
            return self.recent(limit)
        like = "%" + _escape_like("".join(query.split()).upper()) + "%"
        if self._fts:
            match = " ".join('"' + w.replace('"', '""') + '"*' for w in words)
            sql = f"""SELECT {_COLUMNS} FROM notes
                WHERE rowid IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)
                   OR replace(upper(customer_id), ' ', '') LIKE ? ESCAPE '\\'
                ORDER BY updated_at DESC, rowid DESC LIMIT ?"""
            rows = self._query(sql, (match, like, limit))
        else:
            conditions = " AND ".join(
                "(text LIKE ? ESCAPE '\\' OR subject LIKE ? ESCAPE '\\' "
                "OR customer_id LIKE ? ESCAPE '\\')"
                for _ in words
            )
            params: list[object] = []
            for w in words:
                params += ["%" + _escape_like(w) + "%"] * 3
            sql = f"""SELECT {_COLUMNS} FROM notes
                WHERE ({conditions}) OR replace(upper(customer_id), ' ', '') LIKE ? ESCAPE '\\'
                ORDER BY updated_at DESC, rowid DESC LIMIT ?"""
            rows = self._query(sql, (*params, like, limit))
        return [_note(r) for r in rows]

    def delete(self, note_id: str) -> bool:
        """Remove the note ``note_id`` for good; False when there was none."""
        removed = self._run("DELETE FROM notes WHERE id = ?", (note_id,))
        if removed:
            self._scrub()
        return removed > 0

    def purge_older_than(self, days: int, now: datetime.datetime | None = None) -> int:
        """Remove the notes last changed more than ``days`` days before ``now``; returns how
        many. A note changed exactly ``days`` days ago is kept."""
        if days < 0:
            raise ValueError(f"days must not be negative, got {days}")
        now = now or datetime.datetime.now(datetime.timezone.utc)
        cutoff = iso_time(now - datetime.timedelta(days=days))
        removed = self._run("DELETE FROM notes WHERE updated_at < ?", (cutoff,))
        if removed:
            log.info("History: %d note(s) older than %d days removed", removed, days)
            self._scrub()
        return removed

    def count(self) -> int:
        """How many notes the history holds."""
        return self._query("SELECT count(*) FROM notes", ())[0][0]

    def close(self) -> None:
        """Close the file (idempotent); a clean-up a reader blocked is tried once more."""
        try:
            if self._scrub_pending:
                self._checkpoint()
        except sqlite3.ProgrammingError:  # closed already
            pass
        self._db.close()

    def __enter__(self) -> HistoryStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- internals -----------------------------------------------------------------------------

    def _setup(self) -> None:
        db = self._db
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA secure_delete=ON")
        db.execute("PRAGMA busy_timeout=5000")
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = db.execute("SELECT version FROM schema_version").fetchone()
            version = row[0] if row else 0
            if version > SCHEMA_VERSION:
                raise HistoryError(
                    tr(
                        "Der Verlauf „{path}“ wurde von einer neueren Programmversion angelegt "
                        "und kann nicht geöffnet werden. Bitte aktualisieren Sie das Programm.",
                        "The history '{path}' was created by a newer program version and "
                        "cannot be opened. Please update the program.",
                    ).format(path=self.path),
                    f"schema version {version} > {SCHEMA_VERSION}",
                )
            while version < SCHEMA_VERSION:
                log.info("History %s: migrating schema %d -> %d", self.path, version, version + 1)
                _MIGRATIONS[version](db)
                version += 1
            db.execute("DELETE FROM schema_version")
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
            self._fts = self._setup_fts()
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _setup_fts(self) -> bool:
        """Create (or repair) the full-text index where FTS5 exists; True when it is used."""
        db = self._db
        names = {
            row[0]
            for row in db.execute(
                "SELECT name FROM sqlite_master WHERE name = 'notes_fts' OR type = 'trigger'"
            )
        }
        if _fts5_available():
            missing = [name for name in _FTS_TRIGGERS if name not in names]
            if "notes_fts" not in names:
                db.execute(_FTS_TABLE)
            for name in missing:
                db.execute(_FTS_TRIGGERS[name])
            if missing:  # new index, or changes were made without it: index everything
                db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')")
            return True
        log.warning("SQLite has no FTS5: the history is searched with LIKE (slower)")
        # A file written where FTS5 existed: its triggers would fail on every change here.
        for name in _FTS_TRIGGERS:
            if name in names:
                db.execute(f"DROP TRIGGER {name}")
        return False

    def _scrub(self) -> None:
        """Leave no trace of deleted notes: rebuild the index, empty the write-ahead log."""
        try:
            if self._fts:
                self._db.execute("INSERT INTO notes_fts(notes_fts) VALUES ('optimize')")
        except sqlite3.Error as e:
            log.warning("History: clean-up after deleting failed: %r", e)
        self._scrub_pending = True
        self._checkpoint()

    def _checkpoint(self) -> None:
        """Copy the write-ahead log into the file and truncate it to zero bytes, so deleted
        text is gone from the WAL (``secure_delete`` has zeroed it in the file).

        While another connection holds a read transaction the log cannot be emptied. Waiting
        for it (the busy timeout) would freeze the window for seconds, so the checkpoint
        gives up at once and is retried at the next use of the store and on close."""
        db = self._db
        try:
            db.execute("PRAGMA busy_timeout=0")
            try:
                busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            finally:
                db.execute("PRAGMA busy_timeout=5000")
        except sqlite3.OperationalError as e:
            log.warning("History: emptying the write-ahead log failed: %r", e)
            return
        self._scrub_pending = bool(busy)

    def _run(self, sql: str, params: tuple) -> int:
        try:
            if self._scrub_pending:
                self._checkpoint()
            return self._db.execute(sql, params).rowcount
        except sqlite3.Error as e:
            raise self._error(e) from e

    def _query(self, sql: str, params: tuple) -> list[tuple]:
        try:
            if self._scrub_pending:
                self._checkpoint()
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as e:
            raise self._error(e) from e

    def _error(self, e: Exception) -> HistoryError:
        if isinstance(e, HistoryError):
            return e
        text = str(e).lower()
        if isinstance(e, sqlite3.DatabaseError) and (
            "not a database" in text or "malformed" in text
        ):
            message = tr(
                "Der Verlauf „{path}“ ist beschädigt. Bitte benennen Sie die Datei um oder "
                "löschen Sie sie; offene Entwürfe sind davon nicht betroffen.",
                "The history '{path}' is damaged. Please rename or delete the file; open drafts "
                "are not affected.",
            )
        elif disk_is_full(e, self.path.parent):
            message = tr(
                "Der Verlauf „{path}“ kann nicht gespeichert werden: Der Datenträger ist voll. "
                "Bitte geben Sie Speicherplatz frei.",
                "The history '{path}' cannot be saved: the disk is full. Please free some "
                "disk space.",
            )
        else:
            message = tr(
                "Auf den Verlauf „{path}“ kann nicht zugegriffen werden ({error}).",
                "The history '{path}' cannot be accessed ({error}).",
            )
        return HistoryError(message.format(path=self.path, error=e), repr(e))


def _row(note: CaseNote) -> tuple:
    return (
        note.id,
        note.customer_id,
        note.date.isoformat(),
        note.author,
        note.subject,
        note.text,
        iso_time(note.created_at),
        iso_time(note.updated_at),
    )


def _note(row: tuple) -> CaseNote:
    return CaseNote(
        id=row[0],
        customer_id=row[1],
        date=datetime.date.fromisoformat(row[2]),
        author=row[3],
        subject=row[4],
        text=row[5],
        created_at=datetime.datetime.fromisoformat(row[6]),
        updated_at=datetime.datetime.fromisoformat(row[7]),
    )


def _words(query: str) -> list[str]:
    return re.findall(r"\w+", query)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
