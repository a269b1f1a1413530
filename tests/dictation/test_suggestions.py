"""Tests for dictation/vocabulary/suggestions.py: suggestions from edits, the store, collecting, approving."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from dictation.vocabulary.lists import Entry, Layer, VocabularyList
from dictation.vocabulary.suggestions import (
    Suggestion,
    SuggestionStore,
    approve,
    collect_suggestions,
    reject,
    suggest_from_edit,
)

VOCAB = VocabularyList("Org", Layer.ORGANISATION, [
    Entry("Bürgergeld", ("Bürger Geld",), "Leistung"),
    Entry("Heppenheim", (), "Ort"),
])


@pytest.mark.parametrize(("before", "after", "spoken", "term"), [
    ("Er bezieht Bürger Geld seit Mai.", "Er bezieht Bürgergeld seit Mai.",
     "Bürger Geld", "Bürgergeld"),
    ("Sie wohnt in Fiernheim an der Bergstraße.", "Sie wohnt in Viernheim an der Bergstraße.",
     "Fiernheim", "Viernheim"),
    ("Leistungen für Beute beantragt", "Leistungen für BuT beantragt", "Beute", "BuT"),
    ("wohnt in Wald Michelbach", "wohnt in Wald-Michelbach", "Wald Michelbach",
     "Wald-Michelbach"),
    ("Termin im Job Center Bergstrasse", "Termin im Kreisjobcenter Bergstraße",
     "Job Center Bergstrasse", "Kreisjobcenter Bergstraße"),
])
def test_suggestions_from_corrections(before, after, spoken, term):
    """A corrected mishearing of 1–4 words becomes one suggestion spoken → term."""
    assert [(s.spoken, s.term) for s in suggest_from_edit(before, after)] == [(spoken, term)]


@pytest.mark.parametrize(("before", "after"), [
    ("der kunde kam heute.", "Der Kunde kam heute!"),  # case and punctuation only
    ("Er bezieht Bürger Geld.", "Er bezieht Bürgergeld."),  # already a spoken variant
    ("Er wohnt in heppenheim", "Er wohnt in Heppenheim"),  # case fix of a known term
    ("Termin am Montag um zehn", "Termin am Dienstag um zehn"),  # content, not hearing
    ("Frist bis zum 12. Mai", "Frist bis zum 13. Mai"),  # numbers are content
    ("Er hat angerufen", "Er hat gestern nicht angerufen"),  # insertion only
    ("Er hat gestern angerufen", "Er hat angerufen"),  # deletion only
    ("eins zwei drei vier fünf sechs", "Alpha Beta Gamma Delta Epsilon Zeta"),  # > 4 words
    ("Alles gut.", "Alles gut."),
])
def test_no_suggestion_for_non_mishearings(before, after):
    """Case/punctuation fixes, known pairs, content changes, inserts, deletes: nothing."""
    assert suggest_from_edit(before, after, VOCAB) == []


def test_suggestion_has_context_and_no_duplicates():
    """Context is a few words around the correction; the same pair twice is one suggestion."""
    before = "eins zwei drei vier Fiernheim fünf sechs sieben acht neun Fiernheim"
    after = "eins zwei drei vier Viernheim fünf sechs sieben acht neun Viernheim"
    found = suggest_from_edit(before, after)
    assert found == [Suggestion("Fiernheim", "Viernheim",
                                "eins zwei drei vier Viernheim fünf sechs sieben acht …")]


def test_store_counts_and_persists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The default file is under DIKTAT_DATA_DIR; counts add up and survive a restart."""
    monkeypatch.setenv("DIKTAT_DATA_DIR", str(tmp_path / "data"))
    store = SuggestionStore(user="anna")
    assert store.path == tmp_path / "data" / "suggestions.json"
    store.add([Suggestion("Fiernheim", "Viernheim", "in Viernheim")])
    store.add([Suggestion("fiernheim", "Viernheim", "nach Viernheim"),
               Suggestion("Beute", "BuT")])
    again = SuggestionStore(user="anna")
    pending = again.pending()
    assert [(p.spoken, p.term, p.count) for p in pending] == [
        ("Fiernheim", "Viernheim", 2), ("Beute", "BuT", 1)]
    assert pending[0].contexts == ("in Viernheim", "nach Viernheim")
    again.discard("Beute", "BuT")
    assert [p.term for p in SuggestionStore(user="anna").pending()] == ["Viernheim"]
    assert again.prune([Entry("Viernheim", ("Fiernheim",))]) == 1
    assert SuggestionStore(user="anna").pending() == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_store_is_private_in_a_private_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Suggestions carry words of case notes (with context): the file is 0600 and the data
    folder it creates 0700, whatever the umask."""
    monkeypatch.setenv("DIKTAT_DATA_DIR", str(tmp_path / "data"))
    previous = os.umask(0)
    try:
        store = SuggestionStore(user="anna")
        store.add([Suggestion("Fiernheim", "Viernheim", "in Viernheim")])
    finally:
        os.umask(previous)
    assert (tmp_path / "data").stat().st_mode & 0o777 == 0o700
    assert store.path.stat().st_mode & 0o777 == 0o600


def test_damaged_store_is_set_aside(tmp_path: Path):
    """An unreadable file is renamed, not deleted, and the store starts empty."""
    path = tmp_path / "suggestions.json"
    path.write_text("{kaputt", encoding="utf-8")
    store = SuggestionStore(path, user="anna")
    assert store.pending() == [] and store.problems
    assert (tmp_path / "suggestions.json.corrupt").read_text(encoding="utf-8") == "{kaputt"


def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "team-vorschlaege"
    for user, items in (("anna", [Suggestion("Fiernheim", "Viernheim", "Herr X in Viernheim"),
                                  Suggestion("Bürger Geld", "Bürgergeld")]),
                        ("bob", [Suggestion("Fiernheim", "Viernheim"),
                                 Suggestion("Beute", "BuT")])):
        store = SuggestionStore(tmp_path / user / "s.json", user=user)
        store.add(items)
        store.add(items[:1])
        store.share(folder)
    return folder


def test_share_leaves_out_context(tmp_path: Path):
    """Shared copies hold no sentence context (notes hold social data)."""
    folder = shared_folder(tmp_path)
    doc = json.loads((folder / "anna.suggestions.json").read_text(encoding="utf-8"))
    assert doc["user"] == "anna"
    assert all(item["contexts"] == [] for item in doc["suggestions"])


def test_collect_adds_up_users_and_skips_known_and_rejected(tmp_path: Path):
    """Counts and users add up; pairs already in the vocabulary and rejected ones are left
    out."""
    folder = shared_folder(tmp_path)
    collected, messages = collect_suggestions([folder], known=VOCAB)
    assert messages == []
    assert [(c.spoken, c.term, c.count, c.users) for c in collected] == [
        ("Fiernheim", "Viernheim", 4, ("anna", "bob")), ("Beute", "BuT", 1, ("bob",))]
    reject(folder, collected[1:])
    again, _ = collect_suggestions([folder], known=VOCAB)
    assert [c.term for c in again] == ["Viernheim"]


def test_unreadable_shared_file_is_reported(tmp_path: Path):
    """A broken file in the folder is named in the messages; the others are collected."""
    folder = shared_folder(tmp_path)
    (folder / "carl.suggestions.json").write_text("nix", encoding="utf-8")
    collected, messages = collect_suggestions([folder])
    assert collected and any("carl" in m for m in messages)


def test_approve_adds_only_the_chosen_ones_to_the_team_list(tmp_path: Path):
    """Approving adds new entries or a variant to an existing term; nothing else changes."""
    folder = shared_folder(tmp_path)
    team = VocabularyList("Team", Layer.TEAM, [Entry("Viernheim", ("Vierheim",), "Ort")])
    collected, _ = collect_suggestions([folder], known=[*VOCAB.entries, *team.entries])
    assert team.entries == [Entry("Viernheim", ("Vierheim",), "Ort")]  # collecting learns nothing
    result = approve(team, [c for c in collected if c.term in ("Viernheim", "BuT")])
    by_term = {e.term: e for e in result.vocabulary.entries}
    assert by_term["Viernheim"].spoken == ("Vierheim", "Fiernheim")
    assert by_term["BuT"].spoken == ("Beute",) and "1×" in by_term["BuT"].note
    assert (result.added, result.extended) == (["BuT"], ["Viernheim"])
    assert len(team.entries) == 1  # the input list is not changed
