"""The fault campaign of issue 9 as tests: processes killed (SIGKILL) in a loop while they
write drafts and the history, also several history writers at once. Whatever moment the kill
hits, what is on disk is complete and readable. Each loop is bounded (a few seconds)."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap
import time

KILLS = 8  # per loop; the campaign ran 50 by hand, the test keeps the suite fast

_DRAFT_WRITER = textwrap.dedent(
    """
    import sys
    from dictation.notes.casenote import CaseNote
    from dictation.notes.drafts import DraftStore

    store = DraftStore(sys.argv[1])
    note = CaseNote(id=sys.argv[2], customer_id="123A456789", text="Version 0 ")
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        note.text = f"Version {i} " + "Bürgergeld " * (i % 300)
        store.save(note)
    """
)

_HISTORY_WRITER = textwrap.dedent(
    """
    import sys
    from dictation.notes.casenote import CaseNote
    from dictation.errors import HistoryError
    from dictation.notes.history import HistoryStore

    while True:  # four writers in tight loops may starve one for the busy timeout: retry
        try:
            store = HistoryStore(sys.argv[1])
            break
        except HistoryError:
            pass
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        try:
            store.save(CaseNote(id=f"{sys.argv[2]}{i:08d}", customer_id="123A456789",
                                text=f"Vermerk {i} " + "Kooperationsplan " * (i % 200)))
            if i % 7 == 0:
                store.delete(f"{sys.argv[2]}{i - 3:08d}")
        except HistoryError:
            pass
    """
)


def _start(code: str, *args: str) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout.readline().strip() == "ready"
    return process


def _kill(process: subprocess.Popen) -> None:
    process.kill()
    process.wait(timeout=30)
    process.stdout.close()


def test_drafts_survive_a_kill_loop(tmp_path):
    """Killed at random moments, again and again: one complete draft every time."""
    from dictation.notes.drafts import DraftStore

    folder = tmp_path / "drafts"
    note_id = "ab" * 16
    rng = random.Random(9)
    for _ in range(KILLS):
        process = _start(_DRAFT_WRITER, str(folder), note_id)
        time.sleep(rng.uniform(0.02, 0.3))
        _kill(process)
        store = DraftStore(folder)
        drafts = store.pending()
        assert store.problems == []
        assert [d.id for d in drafts] == [note_id]
        text = drafts[0].text
        i = int(text.split()[1])
        assert text == f"Version {i} " + "Bürgergeld " * (i % 300) or (i == 0 and text == "Version 0 ")


def test_history_survives_concurrent_writers_killed_in_a_loop(tmp_path):
    """Four writers at once, all killed at random moments, several rounds: the database
    passes SQLite's integrity check and every note in it is complete."""
    from dictation.notes.history import HistoryStore

    path = tmp_path / "verlauf.sqlite3"
    rng = random.Random(10)
    for round_ in range(KILLS // 2):
        writers = [_start(_HISTORY_WRITER, str(path), f"r{round_}w{k}") for k in range(4)]
        time.sleep(rng.uniform(0.1, 0.5))
        for process in writers:
            _kill(process)
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with HistoryStore(path) as store:
            notes = store.recent(limit=100000)
            for note in notes:
                i = int(note.text.split()[1])
                assert note.text == f"Vermerk {i} " + "Kooperationsplan " * (i % 200)
    assert notes, "the writers saved nothing"
