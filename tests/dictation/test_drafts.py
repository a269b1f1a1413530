"""DraftStore: atomic, fast draft saves that survive crashes and full disks."""

from __future__ import annotations

import datetime
import errno
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from dictation.errors import DictationError
from dictation.notes.casenote import CaseNote
from dictation.notes.drafts import DraftSaveError, DraftStore, data_dir


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    """Every test gets its own data folder and German messages."""
    monkeypatch.setenv("DIKTAT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DIKTAT_LANG", "de")


def _note(text: str = "Erster Absatz zum „Bürgergeld“.\n\nÄÖÜß.", **changes) -> CaseNote:
    return CaseNote(
        customer_id="123A456789", author="Erika Müller", subject="Telefonat", text=text, **changes
    )


def _words(n: int) -> str:
    words = "Bürgergeld Eingliederungsvereinbarung Kunde erschien pünktlich zum Termin.".split()
    return " ".join(words[i % len(words)] for i in range(n))


def test_default_folder_follows_data_dir(tmp_path):
    """Without a folder, drafts live in $DIKTAT_DATA_DIR/drafts."""
    assert data_dir() == tmp_path / "data"
    assert DraftStore().folder == tmp_path / "data" / "drafts"


def test_data_dir_default_is_the_platform_folder(monkeypatch):
    """Without DIKTAT_DATA_DIR the platform's user data folder is used."""
    import platformdirs

    monkeypatch.delenv("DIKTAT_DATA_DIR")
    assert data_dir() == Path(platformdirs.user_data_dir("diktat", appauthor=False))


def test_save_pending_discard():
    """A saved draft is pending with identical content until it is discarded."""
    store = DraftStore()
    assert store.pending() == []  # the folder does not exist yet
    note = _note()
    path = store.save(note)
    assert path == store.folder / f"{note.id}.json"
    assert store.pending() == [note]
    assert store.problems == []
    store.discard(note.id)
    assert store.pending() == []
    store.discard(note.id)  # a second discard is fine


def test_save_replaces_the_previous_version():
    """Saving the same note again leaves one file with the newest text, no temp files."""
    store = DraftStore()
    note = _note()
    store.save(note)
    note.text = "Neuer Text"
    store.save(note)
    assert [p.name for p in store.folder.iterdir()] == [f"{note.id}.json"]
    assert store.pending()[0].text == "Neuer Text"


def test_pending_newest_first():
    """Several drafts come back most recently changed first."""
    store = DraftStore()
    old, new = _note(), _note()
    old.touch(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    new.touch(datetime.datetime(2025, 1, 2, tzinfo=datetime.timezone.utc))
    store.save(old)
    store.save(new)
    assert [n.id for n in store.pending()] == [new.id, old.id]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_drafts_are_private():
    """Drafts hold social data: folder 0700, files 0600."""
    store = DraftStore()
    path = store.save(_note())
    assert path.stat().st_mode & 0o777 == 0o600
    assert store.folder.stat().st_mode & 0o777 == 0o700


@pytest.fixture
def open_umask():
    """umask 0: folders and files get exactly the mode the code asks for at creation."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_data_folder_is_created_private(tmp_path, open_umask):
    """The first draft creates the data folder itself too: it is 0700 from the start (not
    only the drafts folder inside it), whatever the umask."""
    store = DraftStore()
    path = store.save(_note())
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
    assert store.folder.stat().st_mode & 0o777 == 0o700
    assert path.stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_readable_data_folder_of_an_older_version_is_narrowed(tmp_path):
    """Data and drafts folders an older version left 0755 are made 0700 on the next save."""
    data = tmp_path / "data"
    (data / "drafts").mkdir(parents=True)
    os.chmod(data, 0o755)
    os.chmod(data / "drafts", 0o755)
    DraftStore().save(_note())
    assert data.stat().st_mode & 0o777 == 0o700
    assert (data / "drafts").stat().st_mode & 0o777 == 0o700


def test_invalid_ids_are_refused():
    """An id that would leave the drafts folder is refused."""
    store = DraftStore()
    for bad in ("../x", "a/b", "", ".hidden"):
        with pytest.raises(ValueError):
            store.path_of(bad)


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": 1, "id": "abc", "customer_id": "123A45',  # half-written
        b"\x00\xff\xfe garbage \x89PNG",  # not text at all
        b"[1, 2, 3]",  # JSON, but no note
        b"",  # empty file
    ],
)
def test_corrupt_draft_is_moved_aside(content):
    """A damaged draft is renamed to *.corrupt (kept, not deleted) and reported; the good
    drafts are still restored and nothing raises."""
    store = DraftStore()
    good = _note()
    store.save(good)
    bad = store.folder / "0123456789abcdef0123456789abcdef.json"
    bad.write_bytes(content)
    assert store.pending() == [good]
    aside = bad.with_name(bad.name + ".corrupt")
    assert not bad.exists() and aside.read_bytes() == content
    assert len(store.problems) == 1
    assert "beschädigt" in store.problems[0] and str(aside) in store.problems[0]
    assert store.pending() == [good] and store.problems == []  # reported once


def test_corrupt_names_never_overwrite_each_other():
    """A second damaged draft of the same name gets its own *.corrupt file."""
    store = DraftStore()
    store.folder.mkdir(parents=True)
    bad = store.folder / "feedfeedfeedfeedfeedfeedfeedfeed.json"
    for content in (b"{", b"}"):
        bad.write_bytes(content)
        store.pending()
    assert sorted(p.read_bytes() for p in store.folder.glob("*.corrupt")) == [b"{", b"}"]


def test_draft_under_wrong_name_is_moved_aside():
    """A valid note in a file named after another id is not restored under the wrong id."""
    store = DraftStore()
    note = _note()
    store.folder.mkdir(parents=True)
    (store.folder / "ffffffffffffffffffffffffffffffff.json").write_text(
        json.dumps(note.to_dict()), encoding="utf-8"
    )
    assert store.pending() == []
    assert len(store.problems) == 1


def test_stale_temp_files_are_cleaned_up():
    """Temporary files of a save interrupted long ago are removed; fresh ones are not."""
    store = DraftStore()
    store.save(_note())
    stale = store.folder / ".draft-stale.tmp"
    fresh = store.folder / ".draft-fresh.tmp"
    stale.write_text("{")
    fresh.write_text("{")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    assert len(store.pending()) == 1 and store.problems == []
    assert not stale.exists() and fresh.exists()


def test_restore_after_crash(tmp_path):
    """A process killed (SIGKILL) while saving drafts in a loop leaves one complete,
    restorable draft: never a half-written one."""
    folder = tmp_path / "drafts"
    child = textwrap.dedent(
        """
        import sys
        from dictation.notes.casenote import CaseNote
        from dictation.notes.drafts import DraftStore

        store = DraftStore(sys.argv[1])
        note = CaseNote(id="c0ffee" * 5 + "00", customer_id="123A456789",
                        text="Version 0: Bürgergeld ")
        store.save(note)
        print("saved", flush=True)
        i = 0
        while True:
            i += 1
            note.text = f"Version {i}: Bürgergeld " + "Text " * (i % 500)
            store.save(note)
        """
    )
    process = subprocess.Popen(
        [sys.executable, "-c", child, str(folder)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline().strip() == "saved"
        time.sleep(0.3)  # let it save many more versions
    finally:
        process.kill()  # SIGKILL on POSIX: no clean-up of any kind
        process.wait(timeout=30)
        process.stdout.close()

    store = DraftStore(folder)
    restored = store.pending()
    assert store.problems == []
    assert [n.id for n in restored] == ["c0ffee" * 5 + "00"]
    text = restored[0].text
    i = int(text.split(":")[0].removeprefix("Version "))
    expected = f"Version {i}: Bürgergeld " + ("Text " * (i % 500) if i else "")
    assert text == expected
    print(f"restored version {i} after SIGKILL")


def _assert_full_disk_error(err: DraftSaveError) -> None:
    assert isinstance(err, DictationError)
    assert "kein Platz mehr frei" in err.message
    assert "Zwischenablage" in err.message


def test_full_disk_on_real_tmpfs(tiny_disk):
    """On a really full disk the save fails with a German message; the previous draft stays
    intact and no temporary file is left."""
    store = DraftStore(tiny_disk / "drafts")
    note = _note()
    store.save(note)
    before = (store.folder / f"{note.id}.json").read_bytes()
    note.text = _words(40_000)  # ~400 KB: more than the disk holds
    with pytest.raises(DraftSaveError) as info:
        store.save(note)
    _assert_full_disk_error(info.value)
    assert [p.name for p in store.folder.iterdir()] == [f"{note.id}.json"]
    assert (store.folder / f"{note.id}.json").read_bytes() == before
    assert store.pending()[0].text == _note().text


def test_full_disk_simulated(monkeypatch):
    """ENOSPC from os.write (simulated) gives DraftSaveError; the old draft is intact."""
    store = DraftStore()
    note = _note()
    store.save(note)
    note.text = "neu"

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(os, "write", full)
        with pytest.raises(DraftSaveError) as info:
            store.save(note)
    _assert_full_disk_error(info.value)
    assert "ENOSPC" in info.value.detail or "28" in info.value.detail
    assert [p.name for p in store.folder.iterdir()] == [f"{note.id}.json"]
    assert store.pending()[0].text == _note().text


def test_permission_error_message(monkeypatch):
    """A refused rename (no rights) is a DraftSaveError telling the user to copy the text."""
    store = DraftStore()
    note = _note()

    def refuse(src, dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    with monkeypatch.context() as m:
        m.setattr(os, "replace", refuse)
        with pytest.raises(DraftSaveError) as info:
            store.save(note)
    assert "keine Schreibrechte" in info.value.message
    assert list(store.folder.iterdir()) == []
