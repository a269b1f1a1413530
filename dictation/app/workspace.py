"""The vocabulary workspace: the three layers of lists as the vocabulary editor works on them.

:class:`VocabularyWorkspace` is what the desktop app's vocabulary editor does with lists,
without Qt: which layers are shown and which the user may change (and if not, why), loading
them (shared lists with their fingerprint, the shipped organisation list, a share that is
down), saving (the personal list locally, shared lists with lock and conflict detection,
:mod:`dictation.vocabulary.publishing`), taking the other version or merging with it, saving a
copy, trying the merged lists on a sentence, the inputs of a recording test, and collected
correction suggestions. The editor shows each layer's entries in a table model that serves as
the layer's :class:`EntrySource`; tests use a plain list.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from dictation.app.pipeline import default_personal_list
from dictation.text.bias import select_bias_terms
from dictation.text.termcorrect import Correction, TextPipeline
from dictation.vocabulary.lists import (
    Entry,
    Layer,
    Vocabulary,
    VocabularyFileError,
    VocabularyList,
    default_list,
    merge,
    save_list,
)
from dictation.vocabulary.publishing import (
    Fingerprint,
    MergeResult,
    PublishResult,
    SavedBy,
    fingerprint,
    load_shared,
    merge_edits,
    publish,
    save_local,
)
from dictation.vocabulary.suggestions import (
    CollectedSuggestion,
    approve,
    collect_suggestions,
    reject,
)

__all__ = ["BIAS_TOKENS", "EntrySource", "LayerState", "ReadOnly", "VocabularyWorkspace",
           "WorkspaceView"]

#: Budget for the decoding bias in the recording test (tokens, as in the app).
BIAS_TOKENS = 100


class ReadOnly(enum.Enum):
    """Why a layer's list is shown read-only."""

    POLICY = "policy"  # the machine-wide policy does not let this user change it
    SHIPPED = "shipped"  # the organisation list shipped with Diktat
    BAD_LINES = "bad-lines"  # saving would drop the file's skipped lines
    UNREADABLE = "unreadable"  # the file exists but could not be read
    UNREACHABLE = "unreachable"  # its folder (a share) is not reachable


class EntrySource(Protocol):
    """A layer's entries as the user edits them (the editor's table model)."""

    def entries(self) -> list[Entry]:
        """The entries in table order (rows without a term included)."""

    def to_list(self) -> VocabularyList:
        """The entries as a list (rows without a term left out)."""

    def set_entries(self, entries: Iterable[Entry]) -> None:
        """Replace all entries."""


class WorkspaceView(Protocol):
    """The texts a :class:`VocabularyWorkspace` needs from the window, in its language."""

    def new_list_name(self, layer: Layer) -> str:
        """The name of a new list of ``layer`` ("Meine Begriffe", "Team", "Organisation")."""

    def unreachable_message(self, folder: Path, layer: Layer) -> str:
        """The message for a list whose folder (a share) is not reachable."""


@dataclass
class LayerState:
    """One layer of the workspace.

    Attributes:
      layer: Organisation, team or personal.
      path: The list's file (None: none yet; saving asks for one).
      editable: The user may change and save it.
      read_only: Why not, when not editable.
      initial: The list as loaded (what the editor's table starts with).
      base: As loaded or last published: the merge base (None: nothing on disk yet).
      fingerprint: The file as last read or written (conflict detection).
      saved: Entries as in the file.
      copied: Entries last saved as a copy elsewhere.
      source: The entries as edited now (attached by the editor).
    """

    layer: Layer
    path: Path | None
    editable: bool
    read_only: ReadOnly | None
    initial: VocabularyList
    base: VocabularyList | None = None
    fingerprint: Fingerprint | None = None
    saved: list[Entry] = field(default_factory=list)
    copied: list[Entry] | None = None
    source: EntrySource | None = None

    @property
    def dirty(self) -> bool:
        """The edited entries differ from the file and from the last copy."""
        entries = self.source.entries()
        return entries != self.saved and entries != self.copied


class VocabularyWorkspace:
    """The lists of the three layers, as loaded, edited and saved in the vocabulary editor.

    Args:
      view: The window's texts (:class:`WorkspaceView`).
      paths: File of each layer's list. ``None`` (or missing) for the organisation layer
        means the list shipped with Diktat (read-only); for the personal layer
        :func:`dictation.app.pipeline.default_personal_list`; a team layer without a file is
        left out unless the user may edit it.
      editable: Layers this user may change (from the machine-wide policy).
      suggestion_sources: Folders or files with collected correction suggestions;
        rejections are recorded in the first folder.
      user: Name written into published lists (``saved_by``); default the OS login.
    """

    def __init__(self, view: WorkspaceView, paths: Mapping[Layer, Path | None],
                 editable: Iterable[Layer] = (Layer.PERSONAL,), *,
                 suggestion_sources: Sequence[Path] = (), user: str | None = None) -> None:
        self.view = view
        self.editable_layers = {Layer(layer) for layer in editable}
        self.suggestion_sources = [Path(p) for p in suggestion_sources]
        self.user = user
        self.layers: dict[Layer, LayerState] = {}
        self._pipeline: TextPipeline | None = None
        self.messages = self._load(dict(paths))

    # -- loading -------------------------------------------------------------------------------

    def _load(self, paths: dict[Layer, Path | None]) -> list[str]:
        """Load every layer; the messages to show (files that could not be used)."""
        messages: list[str] = []
        for layer in Layer:
            path = paths.get(layer)
            path = Path(path).expanduser() if path else None
            editable = layer in self.editable_layers
            reason = None if editable else ReadOnly.POLICY
            base: VocabularyList | None = None
            fp: Fingerprint | None = None
            if path is None and layer is Layer.PERSONAL:
                path = default_personal_list()  # saved there, no file dialog
            if path is None:
                if layer is Layer.ORGANISATION:
                    try:
                        vl = default_list()
                    except VocabularyFileError as exc:
                        messages.append(str(exc))
                        vl = VocabularyList(self.view.new_list_name(layer), layer, [])
                    editable = False
                    reason = ReadOnly.SHIPPED
                    base = vl
                elif layer is Layer.TEAM and not editable:
                    continue
                else:
                    vl = VocabularyList(self.view.new_list_name(layer), layer, [])
            else:
                result, fp = load_shared(path, layer)
                exists = fp is not None or path.exists()
                if result.vocabulary is not None:
                    vl = result.vocabulary
                    base = vl
                    errors = [str(p) for p in result.problems if p.severity == "error"]
                    if errors and editable:
                        # Saving would drop the skipped lines: read-only until repaired.
                        editable = False
                        reason = ReadOnly.BAD_LINES
                    messages += [f"{path.name}: {m}" for m in errors]
                elif exists:
                    messages += [f"{path.name}: {p}" for p in result.problems]
                    vl = VocabularyList(path.name, layer, [], path)
                    editable = False
                    reason = ReadOnly.UNREADABLE
                elif layer is not Layer.PERSONAL and not path.parent.is_dir():
                    # The share is down: an empty list here would invite starting over.
                    messages.append(self.view.unreachable_message(path.parent, layer))
                    vl = VocabularyList(path.name, layer, [], path)
                    editable = False
                    reason = ReadOnly.UNREACHABLE
                else:
                    name = self.view.new_list_name(layer) if layer is Layer.PERSONAL \
                        else path.name.split(".")[0]
                    vl = VocabularyList(name, layer, [], path)
            self.layers[layer] = LayerState(layer, path, editable, reason, vl, base, fp,
                                            list(vl.entries) if base is not None else [])
        return messages

    def attach(self, layer: Layer, source: EntrySource) -> None:
        """The entries of ``layer`` are edited in ``source`` from now on."""
        self.layers[Layer(layer)].source = source

    def state(self, layer: Layer) -> LayerState:
        return self.layers[Layer(layer)]

    def initial_layer(self) -> Layer:
        """The layer shown first: the first editable of team, organisation, personal."""
        preferred = next((layer for layer in (Layer.TEAM, Layer.ORGANISATION, Layer.PERSONAL)
                          if layer in self.layers and self.layers[layer].editable), None)
        return preferred if preferred is not None else next(iter(self.layers))

    def other_lists(self) -> dict[Layer, list[VocabularyList]]:
        """For each layer the other layers' lists as edited now (for conflict hints)."""
        lists = {layer: s.source.to_list() for layer, s in self.layers.items()}
        return {layer: [vl for other, vl in lists.items() if other != layer]
                for layer in self.layers}

    # -- edits ---------------------------------------------------------------------------------

    def changed(self) -> None:
        """Some entries changed: the "try it" pipeline is built anew when next needed."""
        self._pipeline = None

    def unsaved_layers(self) -> list[Layer]:
        """Editable layers with unsaved changes."""
        return [layer for layer, s in self.layers.items() if s.editable and s.dirty]

    def merged_vocabulary(self) -> Vocabulary:
        """All lists merged, including unsaved edits."""
        return merge([s.source.to_list() for s in self.layers.values()])

    def try_it(self, text: str) -> tuple[str, list[Correction]]:
        """Run term correction on ``text`` with the current (unsaved) lists."""
        if self._pipeline is None:
            self._pipeline = TextPipeline(self.merged_vocabulary().entries)
        return self._pipeline.correct_terms(text)

    # -- saving --------------------------------------------------------------------------------

    def save_layer(self, layer: Layer, choose_path: Callable[[], str]) -> PublishResult | None:
        """Save one list: personal with ``save_local``, shared ones with ``publish``.

        ``choose_path`` asks for a file when the list has none yet. None when the list is
        read-only or no file was chosen. A successful save becomes the new merge base.
        """
        state = self.layers[Layer(layer)]
        if not state.editable:
            return None
        if state.path is None:
            chosen = choose_path()
            if not chosen:
                return None
            state.path = Path(chosen)
            try:
                state.fingerprint = fingerprint(state.path)  # overwriting was confirmed
            except OSError:
                state.fingerprint = None
        vl = state.source.to_list()
        vl.path = state.path
        if state.layer is Layer.PERSONAL:
            result = save_local(vl, state.path, state.fingerprint)
        else:
            result = publish(vl, state.path, state.fingerprint,
                             saved_by=SavedBy.now(self.user))
        if result.ok:
            state.base = vl
            state.fingerprint = result.fingerprint
            state.saved = state.source.entries()
        return result

    def reload_theirs(self, layer: Layer) -> list[str] | None:
        """Replace my edits of ``layer`` with the file as it is now; the problems when it
        cannot be read (None: done, or no file)."""
        state = self.layers[Layer(layer)]
        result, fp = load_shared(state.path, state.layer)
        if result.vocabulary is None:
            return [str(p) for p in result.problems]
        state.base = result.vocabulary
        state.fingerprint = fp
        state.saved = list(result.vocabulary.entries)
        state.source.set_entries(result.vocabulary.entries)
        return None

    def merge_theirs(self, layer: Layer) -> MergeResult | list[str]:
        """Their current file plus my edits (mine win on the same term), not saved yet; the
        problems when their file cannot be read."""
        state = self.layers[Layer(layer)]
        result, fp = load_shared(state.path, state.layer)
        if result.vocabulary is None:
            return [str(p) for p in result.problems]
        merged = merge_edits(state.base, state.source.to_list(), result.vocabulary)
        state.base = result.vocabulary
        state.fingerprint = fp
        state.saved = list(result.vocabulary.entries)
        state.source.set_entries(merged.merged.entries)
        return merged

    def save_copy(self, layer: Layer, path: str | Path) -> str | None:
        """Save my version of ``layer`` to ``path`` (another name, or a local copy); the
        error message when that failed."""
        state = self.layers[Layer(layer)]
        vl = state.source.to_list()
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            save_list(vl, Path(path))
        except (OSError, VocabularyFileError) as exc:
            return str(exc)
        state.copied = state.source.entries()
        return None

    # -- recording test ------------------------------------------------------------------------

    def recall_inputs(self, layer: Layer) -> tuple[list[str], list[str]]:
        """(terms to count, decoding bias) of a recording test of ``layer``'s list."""
        current = self.layers[Layer(layer)].source.to_list()
        terms = [e.term for e in current.entries]
        bias = select_bias_terms(current.entries, max_tokens=BIAS_TOKENS)
        return terms, bias

    # -- suggestions ---------------------------------------------------------------------------

    def suggestion_target(self) -> Layer | None:
        """Where approved suggestions go: the team list, else the personal one (editable)."""
        for layer in (Layer.TEAM, Layer.PERSONAL):
            if layer in self.layers and self.layers[layer].editable:
                return layer
        return None

    def collect_suggestions(self) -> tuple[list[CollectedSuggestion], list[str]]:
        """The collected suggestions not yet in the lists, and problems reading them."""
        return collect_suggestions(self.suggestion_sources, self.merged_vocabulary())

    def approve(self, items: Sequence[CollectedSuggestion]) -> Layer | None:
        """Add ``items`` to the target list (not saved yet); the layer, or None."""
        target = self.suggestion_target()
        if target is None or not items:
            return None
        state = self.layers[target]
        result = approve(state.source.to_list(), items)
        state.source.set_entries(result.vocabulary.entries)
        return target

    def reject(self, items: Sequence[CollectedSuggestion]) -> tuple[Path, OSError] | None:
        """Record ``items`` as rejected in the first suggestion folder, so that they are not
        collected again; (folder, error) when that failed."""
        folder = next((p for p in self.suggestion_sources if p.is_dir()), None)
        if folder is not None:
            try:
                reject(folder, items)
            except OSError as exc:
                return folder, exc
        return None
