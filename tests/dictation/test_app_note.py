"""Tests of dictation.app.note: the note under work, driven by a fake view (no Qt), as mu's
tests/test_logic.py drives its Editor with a mock view."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from dictation import DraftSave, DraftStore, Note
from dictation.errors import DictationError
from dictation.notes.casenote import CaseNote
from dictation.notes.history import HistoryStore
from dictation.settings import Settings


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("DIKTAT_DATA_DIR", str(tmp_path / "data"))


class FakeView:
    """Shows a note as plain attributes and records the errors it was asked to show."""

    def __init__(self) -> None:
        self.customer_id = ""
        self.text = ""
        self.provisional = ""
        self.errors: list[tuple[str, str]] = []

    def shown_note(self, base: CaseNote) -> CaseNote:
        base.customer_id = self.customer_id
        base.text = self.text
        base.provisional = self.provisional
        base.provisional_at = len(self.text) if self.provisional else 0
        return base

    def show_error(self, message: str, detail: str = "") -> None:
        self.errors.append((message, detail))


class FailingDrafts(DraftStore):
    def save(self, note):  # noqa: ANN001
        raise DictationError("Entwurf nicht gesichert", "disk full")


def make_note(tmp_path, **settings) -> tuple[Note, FakeView]:
    view = FakeView()
    note = Note(view, Settings(**settings), DraftStore(tmp_path / "drafts"),
                lambda: HistoryStore(tmp_path / "history.db"))
    return note, view


def test_empty_note_writes_no_draft(tmp_path):
    """A note without text, customer number or provisional text is not worth a draft."""
    note, _view = make_note(tmp_path)
    assert note.save_draft() is DraftSave.NOTHING
    assert note.drafts.pending() == []


def test_draft_holds_what_the_view_shows(tmp_path):
    """The draft is the shown note: text, and the provisional text apart."""
    note, view = make_note(tmp_path)
    view.text, view.provisional = "Kunde erschien.", "und dann"
    assert note.save_draft() is DraftSave.SAVED
    [pending] = note.drafts.pending()
    assert (pending.id, pending.text, pending.provisional) == (note.base.id, "Kunde erschien.",
                                                               "und dann")
    view.text = view.provisional = ""  # emptied after a draft existed: still saved
    assert note.save_draft() is DraftSave.SAVED


def test_draft_error_is_shown_once_until_a_save_works(tmp_path):
    """A failing draft save shows its message once, not after every keystroke."""
    view = FakeView()
    note = Note(view, Settings(), FailingDrafts(tmp_path / "drafts"))
    view.text = "Text"
    assert note.save_draft() is DraftSave.FAILED
    assert note.save_draft() is DraftSave.FAILED
    assert view.errors == [("Entwurf nicht gesichert", "disk full")]


def test_finish_saves_history_and_removes_the_draft(tmp_path):
    """Finishing stores the note in the history and discards its draft."""
    note, view = make_note(tmp_path)
    view.customer_id, view.text = "123A456789", "Termin wahrgenommen."
    note.save_draft()
    current = note.current()
    assert note.finish(current)
    assert note.drafts.pending() == []
    assert not note.draft_written
    assert [n.id for n in note.history().search("")] == [current.id]
    note.close()


def test_problems_split_blocking_from_warnings(tmp_path):
    """The validation the window asks before finishing: blocking problems apart."""
    note, view = make_note(tmp_path)
    blocking, problems = note.problems(CaseNote(customer_id="x", text="a"))
    assert set(blocking) <= set(problems)
    assert all(p.blocking for p in blocking)


def test_start_fresh_note_is_dated_today(tmp_path):
    """A new note keeps the author, gets today's date and a new identity, no draft."""
    note, _view = make_note(tmp_path)
    old = note.base.id
    fresh = note.start_fresh("Erika Müller", datetime.date(2026, 12, 6))
    assert (fresh.author, fresh.date) == ("Erika Müller", datetime.date(2026, 12, 6))
    assert fresh.id != old and note.base is fresh and not note.draft_written


def test_recording_path_only_when_audio_is_saved(tmp_path):
    """Audio of the note is kept only with audio.save."""
    note, _view = make_note(tmp_path)
    assert note.recording_path() is None
    note.settings = dataclasses.replace(note.settings, save_audio=True)
    assert note.recording_path() is not None


def test_export_adds_the_suffix_and_shows_errors(tmp_path):
    """Exports get their suffix; a failure goes to the view, None comes back."""
    note, view = make_note(tmp_path)
    view.text = "Text"
    written = note.export(note.current(), str(tmp_path / "vermerk"), ".txt")
    assert written == tmp_path / "vermerk.txt" and written.read_text(encoding="utf-8")
    assert note.export(note.current(), str(tmp_path / "fehlt" / "x.txt"), ".txt") is None
    assert len(view.errors) == 1


def test_export_policy(tmp_path):
    """Only the targets the machine-wide policy allows."""
    note, _view = make_note(tmp_path, export_allowed=("clipboard",))
    assert note.may_export("clipboard") and not note.may_export("docx")


def test_suggestions_from_corrections_once_each(tmp_path):
    """The user's corrections become suggestions, each (spoken, term) pair once."""
    found = Note.suggestions([("Fiernheim", "Viernheim"), ("Fiernheim", "Viernheim")], None)
    assert [(s.spoken, s.term) for s in found] == [("Fiernheim", "Viernheim")]


def test_adopt_writes_the_personal_list(tmp_path):
    """Adopted suggestions go into the personal list, created in the data folder."""
    note, _view = make_note(tmp_path)
    found = Note.suggestions([("Fiernheim", "Viernheim")], None)
    path = note.adopt(found, "Persönlich")
    assert path.is_file() and "Viernheim" in path.read_text(encoding="utf-8")
