"""Tests of dictation.app.workspace: the vocabulary editor's lists without Qt, each layer's
entries held in a plain list instead of the editor's table model."""

from __future__ import annotations

from pathlib import Path

import pytest

from dictation import Entry, Layer, ReadOnly, VocabularyList, VocabularyWorkspace
from dictation.vocabulary.lists import load_list, save_list
from dictation.vocabulary.publishing import PublishStatus


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("DIKTAT_DATA_DIR", str(tmp_path / "data"))


class Entries:
    """A layer's entries as a plain list (the editor uses its table model)."""

    def __init__(self, vl: VocabularyList) -> None:
        self.vl = vl
        self.items = list(vl.entries)

    def entries(self) -> list[Entry]:
        return list(self.items)

    def to_list(self) -> VocabularyList:
        return VocabularyList(self.vl.name, self.vl.layer,
                              [e for e in self.items if e.term.strip()], self.vl.path)

    def set_entries(self, entries) -> None:  # noqa: ANN001
        self.items = list(entries)


class FakeView:
    def new_list_name(self, layer: Layer) -> str:
        return f"neu-{Layer(layer).value}"

    def unreachable_message(self, folder: Path, layer: Layer) -> str:
        return f"nicht erreichbar: {folder}"


def workspace(paths, editable, **kwargs) -> VocabularyWorkspace:
    ws = VocabularyWorkspace(FakeView(), paths, editable, **kwargs)
    for layer, state in ws.layers.items():
        ws.attach(layer, Entries(state.initial))
    return ws


def test_layers_and_read_only_reasons(tmp_path):
    """The shipped organisation list is read-only; a team list is read-only by policy; the
    personal list lives in the data folder."""
    team = tmp_path / "team.vocab.json"
    save_list(VocabularyList("Team", Layer.TEAM, [Entry("Viernheim", ("Fiernheim",))]), team)
    ws = workspace({Layer.ORGANISATION: None, Layer.TEAM: team}, {Layer.PERSONAL})
    assert ws.state(Layer.ORGANISATION).read_only is ReadOnly.SHIPPED
    assert ws.state(Layer.TEAM).read_only is ReadOnly.POLICY
    assert ws.state(Layer.PERSONAL).editable
    assert ws.state(Layer.PERSONAL).path == tmp_path / "data" / "vocabulary" / "persoenlich.vocab.json"
    assert ws.initial_layer() is Layer.PERSONAL
    assert ws.messages == []


def test_unreachable_share_is_read_only_with_a_message(tmp_path):
    """A team list whose folder is gone is shown empty and read-only, with the view's text."""
    ws = workspace({Layer.TEAM: tmp_path / "weg" / "team.vocab.json"}, {Layer.TEAM})
    assert ws.state(Layer.TEAM).read_only is ReadOnly.UNREACHABLE
    assert ws.messages == [f"nicht erreichbar: {tmp_path / 'weg'}"]


def test_save_personal_and_unsaved_changes(tmp_path):
    """Edits make a layer unsaved; saving writes the file and makes it the new base."""
    ws = workspace({Layer.ORGANISATION: None}, {Layer.PERSONAL})
    source = ws.state(Layer.PERSONAL).source
    source.set_entries([Entry("Zauberwort")])
    assert ws.unsaved_layers() == [Layer.PERSONAL]
    result = ws.save_layer(Layer.PERSONAL, lambda: pytest.fail("no file dialog"))
    assert result.ok
    assert ws.unsaved_layers() == []
    saved = load_list(ws.state(Layer.PERSONAL).path, Layer.PERSONAL).vocabulary
    assert [e.term for e in saved.entries] == ["Zauberwort"]


def test_conflict_then_merge(tmp_path):
    """Someone else saved the team list meanwhile: saving reports a conflict; merging takes
    their version plus my edits."""
    team = tmp_path / "team.vocab.json"
    save_list(VocabularyList("Team", Layer.TEAM, [Entry("Alt")]), team)
    ws = workspace({Layer.TEAM: team}, {Layer.TEAM, Layer.PERSONAL}, user="anna")
    save_list(VocabularyList("Team", Layer.TEAM, [Entry("Alt"), Entry("Anders")]), team)
    ws.state(Layer.TEAM).source.set_entries([Entry("Alt"), Entry("Meins")])
    result = ws.save_layer(Layer.TEAM, lambda: "")
    assert result.status is PublishStatus.CONFLICT
    merged = ws.merge_theirs(Layer.TEAM)
    assert {e.term for e in merged.merged.entries} == {"Alt", "Anders", "Meins"}
    assert ws.save_layer(Layer.TEAM, lambda: "").ok


def test_try_it_uses_unsaved_edits(tmp_path):
    """"Ausprobieren" corrects with the lists as edited, not as saved."""
    ws = workspace({Layer.ORGANISATION: None}, {Layer.PERSONAL})
    ws.state(Layer.PERSONAL).source.set_entries([Entry("Viernheim", ("Fiernheim",))])
    ws.changed()
    corrected, corrections = ws.try_it("Der Kunde wohnt in Fiernheim.")
    assert corrected == "Der Kunde wohnt in Viernheim."
    assert [c.replacement for c in corrections] == ["Viernheim"]


def test_save_copy_keeps_the_shared_list(tmp_path):
    """A copy elsewhere counts as saved for the close guard; the shared file is unchanged."""
    team = tmp_path / "team.vocab.json"
    save_list(VocabularyList("Team", Layer.TEAM, [Entry("Alt")]), team)
    ws = workspace({Layer.TEAM: team}, {Layer.TEAM})
    ws.state(Layer.TEAM).source.set_entries([Entry("Neu")])
    assert ws.save_copy(Layer.TEAM, tmp_path / "kopie" / "team.json") is None
    assert ws.unsaved_layers() == []
    assert [e.term for e in load_list(team, Layer.TEAM).vocabulary.entries] == ["Alt"]


def test_suggestions_go_to_the_team_list_when_editable(tmp_path):
    """Approved suggestions land in the team list if the user may edit it, else personal."""
    ws = workspace({Layer.ORGANISATION: None}, {Layer.PERSONAL})
    assert ws.suggestion_target() is Layer.PERSONAL
    team = tmp_path / "team.vocab.json"
    ws = workspace({Layer.TEAM: team}, {Layer.TEAM, Layer.PERSONAL})
    assert ws.suggestion_target() is Layer.TEAM
    assert ws.collect_suggestions() == ([], [])
