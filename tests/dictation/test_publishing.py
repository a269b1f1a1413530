"""Tests for dictation/vocabulary/publishing.py: fingerprints, lock, conflicts, merging, unreachable shares."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from dictation.vocabulary.lists import Entry, Layer, VocabularyList, load_list, save_list
from dictation.vocabulary.publishing import (
    PublishStatus,
    SavedBy,
    fingerprint,
    load_shared,
    lock_path,
    merge_edits,
    publish,
    read_saved_by,
    save_local,
)

ANNA = SavedBy("anna", "PC-1", "2025-05-03T14:02:00+02:00")
BOB = SavedBy("bob", "PC-2", "2025-05-03T14:05:00+02:00")


def team(*entries: Entry) -> VocabularyList:
    return VocabularyList("Team Leistung", Layer.TEAM, list(entries))


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    """A team list on a "share" with two entries."""
    path = tmp_path / "share" / "team.vocab.json"
    path.parent.mkdir()
    save_list(team(Entry("Bürgergeld", ("Bürger Geld",), "Leistung"),
                   Entry("Kreisjobcenter", (), "Behörde")), path)
    return path


def no_leftovers(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if p.name.endswith((".tmp", ".lock", ".stale"))]


def test_clean_publish_writes_list_with_saved_by_and_new_fingerprint(shared: Path):
    """Unchanged since loading: the file is replaced, says who saved it, and loads again."""
    loaded, base = load_shared(shared, Layer.TEAM)
    assert base is not None and base == fingerprint(shared)
    mine = loaded.vocabulary
    mine.entries.append(Entry("Eingliederungsvereinbarung", ("Eingliederungs Vereinbarung",)))
    result = publish(mine, shared, base, saved_by=ANNA)
    assert result.ok and result.status is PublishStatus.PUBLISHED
    assert result.fingerprint == fingerprint(shared)
    assert read_saved_by(shared) == ANNA
    again = load_list(shared, Layer.TEAM)
    assert again.ok and [e.term for e in again.vocabulary.entries][-1] == \
        "Eingliederungsvereinbarung"
    # the new fingerprint is the base of the next publish
    assert publish(mine, shared, result.fingerprint, saved_by=ANNA).ok
    assert no_leftovers(shared.parent)


def test_publish_creates_a_new_file_when_none_existed(tmp_path: Path):
    """Base None means "there was no file": publishing creates it."""
    path = tmp_path / "neu.vocab.json"
    assert publish(team(Entry("BuT")), path, None, saved_by=ANNA).ok
    assert [e.term for e in load_list(path).vocabulary.entries] == ["BuT"]


def test_concurrent_modification_is_detected_and_nothing_overwritten(shared: Path):
    """Someone else published after I loaded: my publish is refused and names them."""
    mine, base = load_shared(shared, Layer.TEAM)
    theirs, their_base = load_shared(shared, Layer.TEAM)
    theirs.vocabulary.entries.append(Entry("Maßnahme"))
    assert publish(theirs.vocabulary, shared, their_base, saved_by=BOB).ok
    their_bytes = shared.read_bytes()

    mine.vocabulary.entries.append(Entry("Leistungsbescheid"))
    result = publish(mine.vocabulary, shared, base, saved_by=ANNA)
    assert result.status is PublishStatus.CONFLICT and not result.ok
    assert shared.read_bytes() == their_bytes
    assert result.saved_by == BOB and "bob" in result.message
    assert result.their_mtime == pytest.approx(os.stat(shared).st_mtime)
    assert result.fingerprint == fingerprint(shared)
    assert no_leftovers(shared.parent)


def test_conflict_without_saved_by_names_the_time(shared: Path):
    """A file saved by other means (no saved_by) still counts; the message gives its time."""
    mine, base = load_shared(shared, Layer.TEAM)
    time.sleep(0.01)
    save_list(team(Entry("Anders")), shared)
    result = publish(mine.vocabulary, shared, base, saved_by=ANNA)
    assert result.status is PublishStatus.CONFLICT and result.saved_by is None
    assert time.strftime("%d.%m.%Y") in result.message


def test_deleted_meanwhile_is_a_conflict(shared: Path):
    """The file vanished after loading: nothing is written in its place."""
    mine, base = load_shared(shared, Layer.TEAM)
    shared.unlink()
    result = publish(mine.vocabulary, shared, base, saved_by=ANNA)
    assert result.status is PublishStatus.CONFLICT and not shared.exists()


def test_lock_held_by_someone_else_blocks_and_names_them(shared: Path):
    """A fresh lock file: publishing waits, then gives up without writing."""
    _, base = load_shared(shared, Layer.TEAM)
    before = shared.read_bytes()
    lock_path(shared).write_text(json.dumps({"user": "carol", "host": "PC-3", "at": ""}))
    started = time.monotonic()
    result = publish(team(Entry("X")), shared, base, saved_by=ANNA, wait=0.2)
    assert result.status is PublishStatus.LOCKED
    assert time.monotonic() - started >= 0.2
    assert "carol" in result.message and shared.read_bytes() == before
    assert lock_path(shared).exists()  # not ours to remove


def test_stale_lock_is_broken(shared: Path):
    """A lock older than the stale limit is left from a crash: publishing proceeds."""
    _, base = load_shared(shared, Layer.TEAM)
    lock = lock_path(shared)
    lock.write_text("{}")
    old = time.time() - 120
    os.utime(lock, (old, old))
    assert publish(team(Entry("X")), shared, base, saved_by=ANNA, wait=0.1).ok
    assert not lock.exists() and no_leftovers(shared.parent)


def test_two_publishers_at_once_cannot_both_win(shared: Path):
    """Same base, same moment: exactly one publish succeeds, the other sees a conflict."""
    _, base = load_shared(shared, Layer.TEAM)
    results = []
    barrier = threading.Barrier(4)

    def run(name: str) -> None:
        barrier.wait()
        results.append(publish(team(Entry(name)), shared, base,
                               saved_by=SavedBy(name, "", ""), wait=5))

    threads = [threading.Thread(target=run, args=(f"user{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    statuses = sorted(r.status.value for r in results)
    assert statuses == ["conflict", "conflict", "conflict", "published"]
    winner = next(r for r in results if r.ok).saved_by.user
    assert [e.term for e in load_list(shared).vocabulary.entries] == [winner]
    assert no_leftovers(shared.parent)


def test_unreachable_share_gives_a_message_and_raises_nothing(tmp_path: Path):
    """A folder that does not exist (share gone): a German message, nothing written."""
    path = tmp_path / "nicht-da" / "team.vocab.json"
    result = publish(team(Entry("X")), path, None, saved_by=ANNA)
    assert result.status is PublishStatus.UNREACHABLE
    assert "nicht erreichbar" in result.message and "nichts ist verloren" in result.message
    assert not path.parent.exists()


def test_merge_edits_applies_my_changes_on_their_list(shared: Path):
    """Their additions stay, my additions/changes/deletions apply, clashes are listed."""
    base = team(Entry("A", ("a",)), Entry("B"), Entry("C"), Entry("D"))
    mine = team(Entry("A", ("a", "ah")), Entry("C", (), "Recht"), Entry("E"))  # B, D deleted
    theirs = team(Entry("A", ("aa",)), Entry("B"), Entry("C"), Entry("D", (), "Ort"),
                  Entry("F"))
    result = merge_edits(base, mine, theirs)
    by_term = {e.term: e for e in result.merged.entries}
    assert list(by_term) == ["A", "C", "F", "E"]
    assert by_term["A"].spoken == ("a", "ah")  # mine wins
    assert by_term["C"].category == "Recht"
    assert sorted(c.term for c in result.conflicts) == ["A", "D"]  # both changed A; D: I
    assert sorted(result.removed) == ["B", "D"]  # deleted, they changed it
    assert sorted(result.added) == ["A", "C", "E"]


def test_merge_without_base_takes_all_of_mine():
    """No base (the file was new to me): every entry of mine is an edit; same term differs
    → mine wins and it is listed."""
    result = merge_edits(None, team(Entry("A", ("x",)), Entry("B")),
                         team(Entry("A", ("y",)), Entry("C")))
    assert [(e.term, e.spoken) for e in result.merged.entries] == [
        ("A", ("x",)), ("C", ()), ("B", ())]
    assert [c.term for c in result.conflicts] == ["A"]


def test_save_local_detects_changes_and_saves_otherwise(tmp_path: Path):
    """The personal list: written when unchanged since loading, refused when changed."""
    path = tmp_path / "p" / "vokabular.json"
    first = save_local(team(Entry("A")), path, None)  # folder created
    assert first.ok and first.fingerprint == fingerprint(path)
    assert save_local(team(Entry("B")), path, first.fingerprint).ok
    stale = save_local(team(Entry("C")), path, first.fingerprint)
    assert stale.status is PublishStatus.CONFLICT
    assert [e.term for e in load_list(path).vocabulary.entries] == ["B"]


def test_save_local_unwritable_location_keeps_going(tmp_path: Path):
    """A parent that is a file: no exception, a message that the edits are kept."""
    blocker = tmp_path / "datei"
    blocker.write_text("x")
    result = save_local(team(Entry("A")), blocker / "vokabular.json", None)
    assert result.status is PublishStatus.UNREACHABLE
    assert "bleiben im Editor" in result.message
