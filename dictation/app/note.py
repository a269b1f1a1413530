"""The note under work: one case note at a time, its draft, its history entry, its exports.

:class:`Note` is what the desktop app's window does with a note, without Qt: the window shows
the note (case fields, the dictation editor) and forwards the user's actions; this class keeps
the note's identity, saves crash-safe drafts (:mod:`dictation.notes.drafts`), finishes notes
into the local history (:mod:`dictation.notes.history`), purges old ones, exports
(:mod:`dictation.notes.exporters`) within the machine-wide policy, and collects correction
suggestions for the personal vocabulary. Errors are the core's typed exceptions: their
message goes to :meth:`NoteView.show_error`, as in mu's ``Editor`` (the logic chooses the
message, the view shows it). Tests drive it with a fake view.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Protocol

from dictation.app.pipeline import default_personal_list
from dictation.errors import DictationError
from dictation.notes.casenote import CaseNote, Problem, validate
from dictation.notes.drafts import DraftStore
from dictation.notes.exporters import (
    ExportFailed,
    default_file_name,
    export_docx,
    export_txt,
    note_as_plain_text,
)
from dictation.notes.history import HistoryStore
from dictation.notes.recording import purge_recordings, recording_path
from dictation.settings import Settings
from dictation.vocabulary.lists import Layer, VocabularyList, load_list, save_list
from dictation.vocabulary.suggestions import (
    Suggestion,
    SuggestionStore,
    approve,
    suggest_from_edit,
)

__all__ = ["DraftSave", "Note", "NoteView", "add_to_personal_list"]


class NoteView(Protocol):
    """What a :class:`Note` needs from the window that shows it."""

    def shown_note(self, base: CaseNote) -> CaseNote:
        """``base`` (identity, dates) with what the view shows: case fields, the text and
        the provisional (partial) text with its position."""

    def show_error(self, message: str, detail: str = "") -> None:
        """Show a message chosen by the logic; ``detail`` is for the log and the curious."""


class DraftSave(enum.Enum):
    """What :meth:`Note.save_draft` did."""

    SAVED = "saved"
    NOTHING = "nothing"  # an empty note that never had a draft
    FAILED = "failed"  # the error was shown (once until a save succeeds again)


class Note:
    """One case note at a time, as the window shows it.

    Args:
      view: Shows the note and the errors (:class:`NoteView`).
      settings: Merged settings (policy over user); replace :attr:`settings` after a change.
      drafts: Crash-safe drafts.
      open_history: Opens the local history (called when first needed).
    """

    def __init__(self, view: NoteView, settings: Settings, drafts: DraftStore,
                 open_history: Callable[[], HistoryStore] = HistoryStore) -> None:
        self.view = view
        self.settings = settings
        self.drafts = drafts
        self._open_history = open_history
        self._history: HistoryStore | None = None
        self.base = CaseNote()  # identity and dates of the note shown
        self.draft_written = False  # a draft of this note exists on disk
        self._draft_error_shown = False

    # -- the note ------------------------------------------------------------------------------

    def current(self) -> CaseNote:
        """The note as the window shows it (a copy)."""
        return self.view.shown_note(dataclasses.replace(self.base))

    @staticmethod
    def is_empty(note: CaseNote) -> bool:
        """No text, no customer number and no provisional text: nothing worth a draft."""
        return (not note.text.strip() and not note.customer_id.strip()
                and not note.provisional.strip())

    def load(self, note: CaseNote) -> None:
        """Work on ``note`` from now on (a restored draft, a note from the history); whether
        it has a draft is up to the caller (:attr:`draft_written`)."""
        self.base = dataclasses.replace(note)

    def start_fresh(self, author: str, today: datetime.date | None = None) -> CaseNote:
        """An empty note by ``author`` dated ``today``; returns it for the view to show."""
        note = CaseNote(author=author, date=today or datetime.date.today())
        self.base = note
        self.draft_written = False
        return note

    def recording_path(self) -> Path | None:
        """Where the note's audio goes, or None: audio is kept only when the user or IT
        switched it on (``audio.save``)."""
        return recording_path(self.base.id) if self.settings.save_audio else None

    # -- drafts --------------------------------------------------------------------------------

    def save_draft(self) -> DraftSave:
        """Write the draft now (atomically), with the provisional text apart."""
        note = self.current()
        if self.is_empty(note) and not self.draft_written:
            return DraftSave.NOTHING
        note.touch()
        try:
            self.drafts.save(note)
        except DictationError as err:
            if not self._draft_error_shown:
                self._draft_error_shown = True
                self.view.show_error(str(err), err.detail)
            return DraftSave.FAILED
        self.base.updated_at = note.updated_at
        self.draft_written = True
        self._draft_error_shown = False
        return DraftSave.SAVED

    def pending_drafts(self) -> tuple[list[CaseNote], list[str]]:
        """Notes left unfinished (crash or closed window) and the problems found reading the
        drafts (damaged ones were set aside)."""
        pending = self.drafts.pending()
        return pending, list(self.drafts.problems)

    def discard_draft(self, note_id: str) -> None:
        """Remove a draft (errors are shown); this note then has none."""
        try:
            self.drafts.discard(note_id)
        except DictationError as err:
            self.view.show_error(str(err), err.detail)
        self.draft_written = False

    def delete_draft(self, note_id: str) -> bool:
        """Remove the draft of another note (one the user discarded); False on an error,
        which was shown."""
        try:
            self.drafts.discard(note_id)
        except DictationError as err:
            self.view.show_error(str(err), err.detail)
            return False
        return True

    # -- history -------------------------------------------------------------------------------

    def history(self) -> HistoryStore:
        """The history store, opened on first use (raises ``HistoryError``)."""
        if self._history is None:
            self._history = self._open_history()
        return self._history

    def purge_history(self) -> int:
        """Delete notes (and kept recordings) older than the retention period; how many notes
        went (0 after an error, which was shown)."""
        try:
            removed = self.history().purge_older_than(self.settings.retention_days)
            purge_recordings(self.settings.retention_days)
        except DictationError as err:
            self.view.show_error(str(err), err.detail)
            return 0
        return removed

    @staticmethod
    def problems(note: CaseNote) -> tuple[list[Problem], list[Problem]]:
        """(blocking, all) problems of ``note`` before it may be finished."""
        problems = validate(note)
        return [p for p in problems if p.blocking], problems

    def finish(self, note: CaseNote) -> bool:
        """Save ``note`` in the history and remove its draft; False after an error (shown)."""
        note.touch()
        try:
            self.history().save(note)
        except DictationError as err:
            self.view.show_error(str(err), err.detail)
            return False
        self.discard_draft(note.id)
        return True

    def close(self) -> None:
        """Close the history (the window closes)."""
        if self._history is not None:
            self._history.close()
            self._history = None

    # -- export --------------------------------------------------------------------------------

    def may_export(self, target: str) -> bool:
        """The machine-wide policy (``export.allowed``) allows ``target``."""
        return self.settings.may_export(target)

    def plain_text(self) -> str:
        """Header lines (customer, date, author, subject) and text."""
        return note_as_plain_text(self.current())

    def export_folder(self, documents: str) -> Path:
        """The configured export folder, else ``documents`` (the user's documents)."""
        folder = self.settings.export_folder
        return Path(folder) if folder else Path(documents)

    def suggested_file(self, note: CaseNote, documents: str, suffix: str) -> Path:
        """Where a ``suffix`` export of ``note`` is suggested."""
        return self.export_folder(documents) / default_file_name(note, suffix)

    def export(self, note: CaseNote, path: str, suffix: str) -> Path | None:
        """Write ``note`` to ``path`` (``suffix`` added when missing) as .docx (with the
        configured template) or .txt; None after an error, which was shown."""
        target = Path(path) if path.lower().endswith(suffix) else Path(path + suffix)
        try:
            if suffix == ".docx":
                return export_docx(note, target, self.settings.export_template)
            return export_txt(note, target)
        except ExportFailed as err:
            self.view.show_error(str(err), err.detail)
            return None

    # -- correction suggestions ----------------------------------------------------------------

    @staticmethod
    def suggestions(corrections: Iterable[tuple[str, str]], vocabulary) -> list[Suggestion]:
        """The user's corrections of recognised words as vocabulary suggestions, each pair
        (spoken, term) once."""
        found, seen = [], set()
        for before, after in corrections:
            for suggestion in suggest_from_edit(before, after, vocabulary):
                if (suggestion.spoken, suggestion.term) not in seen:
                    seen.add((suggestion.spoken, suggestion.term))
                    found.append(suggestion)
        return found

    def adopt(self, chosen: Sequence[Suggestion], list_name: str) -> Path:
        """Add what the user ticked to the personal list (named ``list_name`` when new) and
        keep it in the suggestion store (shared to the suggestions folder if IT configured
        one). Returns the personal list's file; raises DictationError or OSError."""
        path = add_to_personal_list(self.settings, list(chosen), list_name)
        store = SuggestionStore()
        store.add(chosen)
        if self.settings.vocabulary_suggestions:
            store.share(self.settings.vocabulary_suggestions)
        return path


def add_to_personal_list(settings: Settings, suggestions: list[Suggestion],
                         list_name: str) -> Path:
    """Add the pairs to the personal list (created in the data folder if none is set, named
    ``list_name``)."""
    path = Path(settings.vocabulary_personal or default_personal_list())
    current = VocabularyList(list_name, Layer.PERSONAL, [], path)
    if path.exists():
        loaded = load_list(path, Layer.PERSONAL)
        if loaded.vocabulary is None:
            raise OSError(" ".join(str(p) for p in loaded.problems))
        current = loaded.vocabulary
    updated = approve(current, suggestions, category="Sonstiges").vocabulary
    path.parent.mkdir(parents=True, exist_ok=True)
    save_list(updated, path)
    return path
