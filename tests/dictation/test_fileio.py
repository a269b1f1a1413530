"""fileio: private folders for social data and the reasons given for OS and SQLite errors."""

from __future__ import annotations

import errno
import os
import sqlite3
import sys

import pytest

from dictation.fileio import disk_is_full, make_private_dir, os_error_reason


@pytest.fixture(autouse=True)
def german(monkeypatch):
    monkeypatch.setenv("DIKTAT_LANG", "de")


def test_full_disk_reason_is_said_in_german():
    """ENOSPC and EDQUOT read "der Datenträger ist voll", not the OS's English text."""
    assert os_error_reason(OSError(errno.ENOSPC, "No space left on device")) == (
        "der Datenträger ist voll"
    )
    if hasattr(errno, "EDQUOT"):
        assert os_error_reason(OSError(errno.EDQUOT, "Disk quota exceeded")) == (
            "der Datenträger ist voll"
        )


def test_sqlite_full_is_a_full_disk(tmp_path):
    """SQLITE_FULL, produced for real by a page limit, counts as a full disk; an ordinary
    SQLite error does not."""
    db = sqlite3.connect(tmp_path / "x.sqlite3")
    db.execute("CREATE TABLE t (x)")
    db.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.OperationalError) as full:
        db.execute("INSERT INTO t VALUES (?)", (b"x" * 100_000,))
    with pytest.raises(sqlite3.OperationalError) as other:
        db.execute("SELECT * FROM missing")
    db.close()
    assert disk_is_full(full.value, tmp_path)
    assert not disk_is_full(other.value, tmp_path)
    assert not disk_is_full(OSError(errno.EACCES, "Permission denied"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_private_dir_narrows_from_root_down_only(tmp_path):
    """Existing folders from the app's root down to the target become 0700; the folder above
    the root (the user's home, say) keeps its mode; missing ones are created 0700."""
    home = tmp_path / "home"
    app = home / "diktat"
    (app / "drafts").mkdir(parents=True)
    for folder in (home, app, app / "drafts"):
        os.chmod(folder, 0o755)
    make_private_dir(app / "drafts" / "neu", root=app)
    assert {p.name: p.stat().st_mode & 0o777 for p in (home, app, app / "drafts",
                                                       app / "drafts" / "neu")} == {
        "home": 0o755, "diktat": 0o700, "drafts": 0o700, "neu": 0o700}
    outside = tmp_path / "elsewhere"
    outside.mkdir(mode=0o755)
    os.chmod(outside, 0o755)
    make_private_dir(outside / "x", root=app)  # not inside the root: only the new folder
    assert outside.stat().st_mode & 0o777 == 0o755
