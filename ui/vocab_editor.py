"""The vocabulary editor for supervisors and caseworkers.

One window for the three layers (organisation, team, personal). Per layer: a table with
search, sort, add/edit/delete (Ins, F2, Del), CSV import/export and inline validation; Save
writes the personal list with :func:`dictation.publishing.save_local` and shared lists with
:func:`dictation.publishing.publish` (lock, conflict detection, atomic write). Messages appear
in a bar inside the window (no modal dialogs except file choosers and the close guard), with
the actions that fit: reload their version, merge, save a copy.

Below the table, "Ausprobieren" runs the text pipeline built from all lists *including unsaved
edits* on a typed sentence. The tab "An Aufnahmen testen" transcribes recordings with known
text in a worker thread and reports term recall (:mod:`dictation.termrecall`); "Vorschläge"
lists corrections collected from caseworkers (:mod:`dictation.suggestions`) for approval.

The editor reads no settings: the main window passes the list files, which layers the user
may edit (from the machine-wide policy), a model loader and the suggestion folders.
"""

from __future__ import annotations

import html
import logging
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QObject,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QThread,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dictation.config import RecognizerOptions
from dictation.errors import DictationError
from dictation.models import LoadedModel
from dictation.pipeline import NoteText
from dictation.publishing import (
    Fingerprint,
    MergeResult,
    PublishResult,
    PublishStatus,
    SavedBy,
    fingerprint,
    load_shared,
    merge_edits,
    publish,
    save_local,
)
from dictation.suggestions import CollectedSuggestion, approve, collect_suggestions, reject
from dictation.termrecall import (
    AUDIO_SUFFIXES,
    RecallItem,
    RecallReport,
    Recording,
    evaluate_recordings,
    find_recordings,
    summarize,
)
from dictation.textpipeline import Correction, TextPipeline, select_bias_terms
from dictation.transcribe import transcribe_file
from dictation.vocabulary import (
    Entry,
    Layer,
    LoadResult,
    Vocabulary,
    VocabularyFileError,
    VocabularyList,
    default_list,
    export_csv,
    import_csv,
    merge,
    save_list,
)

from .focus_ring import install_focus_ring
from .vocab_models import (
    CATEGORIES,
    CategoryDelegate,
    Column,
    VocabularyTableModel,
    default_personal_list,
)
from .window_size import fit_to_screen

__all__ = ["MessageBar", "RecallWorker", "VocabularyEditor"]

log = logging.getLogger("diktat.ui")

#: Delay after the last keystroke before "Ausprobieren" runs the pipeline (ms).
TRY_DEBOUNCE_MS = 300
#: Budget for the decoding bias in the recording test (tokens, as in the app).
BIAS_TOKENS = 100

ModelLoader = Callable[[], object]
"""Returns a loaded model (``LoadedModel`` or a faster-whisper ``WhisperModel``); called in
the worker thread, may raise :class:`~dictation.errors.DictationError`."""


# --------------------------------------------------------------------------- message bar


class MessageBar(QFrame):
    """A message inside the window: icon, text (selectable) and action buttons.

    Levels: "info", "warning", "error" — told apart by icon and a text prefix, not colour.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Meldung"))
        layout = QHBoxLayout(self)
        body = QVBoxLayout()
        self._icon = QLabel(self)
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._text = QLabel(self)
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._buttons = QHBoxLayout()
        self._close = QPushButton(self.tr("A&usblenden"), self)
        self._close.setAccessibleName(self.tr("Meldung ausblenden"))
        self._close.clicked.connect(self.clear)
        row = QHBoxLayout()  # the actions under the text, so that the text keeps its width
        row.addLayout(self._buttons)
        row.addStretch(1)
        row.addWidget(self._close)
        body.addWidget(self._text)
        body.addLayout(row)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(body, 1)
        self._level = ""
        self._message = ""
        self.hide()

    @property
    def level(self) -> str:
        """Level of the message shown, "" when none."""
        return self._level

    def text(self) -> str:
        """The message shown (without the level prefix), "" when none."""
        return self._message if self._level else ""

    def buttons(self) -> list[QPushButton]:
        """The action buttons of the message shown."""
        return [self._buttons.itemAt(i).widget() for i in range(self._buttons.count())]

    def show_message(self, level: str, message: str,
                     actions: Sequence[tuple[str, Callable[[], object]]] = ()) -> None:
        """Show ``message``; each action is (button label, callback)."""
        self._clear_buttons()
        self._level = level
        self._message = message
        pixmap = {
            "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
        }[level]
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._icon.setPixmap(self.style().standardIcon(pixmap).pixmap(size, size))
        prefix = {"info": self.tr("Hinweis:"), "warning": self.tr("Achtung:"),
                  "error": self.tr("Fehler:")}[level]
        self._icon.setAccessibleName(prefix)
        self._text.setText(f"{prefix} {message}")
        self._text.setAccessibleName(f"{prefix} {message}")
        for label, callback in actions:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _checked=False, cb=callback: cb())
            self._buttons.addWidget(button)
        self.show()

    def clear(self) -> None:
        """Hide the bar."""
        self._clear_buttons()
        self._level = ""
        self._message = ""
        self.hide()

    def _clear_buttons(self) -> None:
        while self._buttons.count():
            widget = self._buttons.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()


# --------------------------------------------------------------------------- worker


class _Cancelled(Exception):
    pass


class RecallWorker(QObject):
    """Transcribes recordings and counts term recall; moved to a QThread by the editor."""

    progress = Signal(int, int, str)  # files done, files in all, name of the file now
    item_done = Signal(object)  # a dictation.termrecall.RecallItem, after each file
    failed = Signal(str, str)  # user message, detail: the model could not be loaded
    finished = Signal(object)  # the RecallReport; None when cancelled or failed

    def __init__(self, recordings: Sequence[Recording], model_loader: ModelLoader,
                 vocabulary: Vocabulary, terms: Sequence[str],
                 bias: Sequence[str]) -> None:
        super().__init__()
        self._recordings = list(recordings)
        self._loader = model_loader
        self._vocabulary = vocabulary
        self._terms = list(terms)
        self._options = RecognizerOptions(bias_terms=tuple(bias))
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Stop as soon as possible (thread-safe; call it from the GUI thread)."""
        self._stop.set()

    def run(self) -> None:
        """Load the model, then transcribe and compare each recording."""
        try:
            loaded = self._loader()
        except DictationError as exc:
            log.warning("model for the recording test: %r", exc)
            self.failed.emit(str(exc), exc.detail)
            self.finished.emit(None)
            return
        except Exception as exc:  # noqa: BLE001 - the loader is the main window's code
            log.exception("model loader failed")
            self.failed.emit(self.tr("Das Erkennungsmodell konnte nicht geladen werden."),
                             repr(exc))
            self.finished.emit(None)
            return
        model = loaded.model if isinstance(loaded, LoadedModel) else loaded

        def check_stop(_done: float, _total: float) -> None:
            if self._stop.is_set():
                raise _Cancelled

        def transcribe(path: Path) -> str:
            return transcribe_file(model, path, self._options, progress=check_stop).text

        def postprocess(raw: str) -> str:
            note = NoteText(self._vocabulary)
            note.commit(raw)
            return note.text

        items: list[RecallItem] = []
        try:
            for item in evaluate_recordings(
                    self._recordings, transcribe, postprocess, self._terms, stop=self._stop,
                    progress=lambda done, total, path: self.progress.emit(done, total,
                                                                          path.name)):
                items.append(item)
                self.item_done.emit(item)
        except _Cancelled:
            pass
        except Exception as exc:  # noqa: BLE001 - report, never kill the thread silently
            log.exception("recording test failed")
            self.failed.emit(self.tr("Der Test an Aufnahmen ist fehlgeschlagen."), repr(exc))
            self.finished.emit(None)
            return
        if self._stop.is_set():
            self.finished.emit(None)
            return
        self.progress.emit(len(self._recordings), len(self._recordings), "")
        self.finished.emit(summarize(items))


# --------------------------------------------------------------------------- editor


@dataclass
class _LayerState:
    layer: Layer
    model: VocabularyTableModel
    path: Path | None
    editable: bool
    read_only_reason: str = ""
    base: VocabularyList | None = None  # as loaded or last published: the merge base
    fingerprint: Fingerprint | None = None
    saved: list[Entry] = field(default_factory=list)  # entries as in the file
    copied: list[Entry] | None = None  # entries last saved as a copy elsewhere

    @property
    def dirty(self) -> bool:
        entries = self.model.entries()
        return entries != self.saved and entries != self.copied


class VocabularyEditor(QWidget):
    """Edit vocabulary lists, try them out, test them on recordings, approve suggestions.

    Args:
      paths: File of each layer's list. ``None`` (or missing) for the organisation layer
        means the list shipped with Diktat (read-only); for the personal layer the file
        :func:`default_personal_list` in the app's data folder; a team layer without a file
        is not shown unless the user may edit it.
      editable: Layers this user may change (caseworkers: personal only; team/organisation
        when the machine-wide policy allows). The others are shown read-only.
      model_loader: Returns the Whisper model for "An Aufnahmen testen" (called in a worker
        thread); None disables that tab.
      suggestion_sources: Folders (every ``*.suggestions.json``) or files with collected
        correction suggestions; rejections are recorded in the first folder.
      user: Name written into published lists (``saved_by``); default the OS login.
      parent: Parent widget; the editor is its own window either way.

    Signals:
      saved(Layer, Path): a list file was written; the main window reloads its vocabulary.
      dirty_changed(bool): whether any list has unsaved changes.
      recall_finished(object): a recording test ended (RecallReport, or None).
    """

    saved = Signal(object, object)  # Layer, Path: a list file was written
    dirty_changed = Signal(bool)  # True while any list has unsaved changes
    recall_finished = Signal(object)  # RecallReport after a recording test; None if stopped

    def __init__(
        self,
        paths: Mapping[Layer, Path | None],
        editable: Iterable[Layer] = (Layer.PERSONAL,),
        model_loader: ModelLoader | None = None,
        *,
        suggestion_sources: Sequence[Path] = (),
        user: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Wortlisten bearbeiten – Diktat"))
        install_focus_ring()
        self.setAccessibleName(self.tr("Wortlisten bearbeiten"))
        self._editable = {Layer(layer) for layer in editable}
        self._model_loader = model_loader
        self._suggestion_sources = [Path(p) for p in suggestion_sources]
        self._user = user
        self._states: dict[Layer, _LayerState] = {}
        self._pipeline: TextPipeline | None = None
        self._last_dirty = False
        self._recordings: list[Recording] = []
        self._recall_thread: QThread | None = None
        self._recall_running = False
        self._recall_worker: RecallWorker | None = None
        self._recall_items: list[RecallItem] = []
        self._recall_failed = False
        self.last_recall_report: RecallReport | None = None
        self._suggestions: list[CollectedSuggestion] = []
        self._suggestions_loaded = False
        load_messages = self._load_layers(dict(paths))

        self._build_ui()
        self._connect()
        self._select_initial_layer()
        if load_messages:
            self.message_bar.show_message("warning", "\n".join(load_messages))

    # ------------------------------------------------------------------ loading

    def _load_layers(self, paths: dict[Layer, Path | None]) -> list[str]:
        messages: list[str] = []
        for layer in Layer:
            path = paths.get(layer)
            path = Path(path).expanduser() if path else None
            editable = layer in self._editable
            reason = "" if editable else self.tr("nur lesen – von der IT festgelegt")
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
                        vl = VocabularyList(self.tr("Organisation"), layer, [])
                    editable = False
                    reason = self.tr("nur lesen – mit Diktat ausgeliefert")
                    base = vl
                elif layer is Layer.TEAM and not editable:
                    continue
                else:
                    name = self.tr("Meine Begriffe") if layer is Layer.PERSONAL \
                        else self.tr("Team")
                    vl = VocabularyList(name, layer, [])
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
                        reason = self.tr("nur lesen – die Datei enthält fehlerhafte Zeilen")
                    messages += [f"{path.name}: {m}" for m in errors]
                elif exists:
                    messages += [f"{path.name}: {p}" for p in result.problems]
                    vl = VocabularyList(path.name, layer, [], path)
                    editable = False
                    reason = self.tr("nur lesen – die Datei konnte nicht gelesen werden")
                elif layer is not Layer.PERSONAL and not path.parent.is_dir():
                    # The share is down: an empty list here would invite starting over.
                    messages.append(self.tr(
                        "Der Ordner „{folder}“ ist nicht erreichbar; die Liste „{name}“ wird "
                        "nur lesend und leer angezeigt. Bitte die Netzwerkverbindung prüfen "
                        "und den Editor neu öffnen.").format(folder=path.parent,
                                                              name=self._layer_name(layer)))
                    vl = VocabularyList(path.name, layer, [], path)
                    editable = False
                    reason = self.tr("nur lesen – Speicherort nicht erreichbar")
                else:
                    name = self.tr("Meine Begriffe") if layer is Layer.PERSONAL \
                        else path.name.split(".")[0]
                    vl = VocabularyList(name, layer, [], path)
            model = VocabularyTableModel(vl, editable, self)
            state = _LayerState(layer, model, path, editable, reason, base, fp,
                                list(vl.entries) if base is not None else [])
            self._states[layer] = state
        self._update_other_lists()
        return messages

    # ------------------------------------------------------------------ UI

    def _build_ui(self) -> None:
        root = QVBoxLayout(self)

        top = QHBoxLayout()
        layer_label = QLabel(self.tr("&Wortliste:"), self)
        self.layer_combo = QComboBox(self)
        self.layer_combo.setAccessibleName(self.tr("Wortliste"))
        self.layer_combo.setAccessibleDescription(
            self.tr("Welche Liste bearbeitet wird: Organisation, Team oder persönlich."))
        layer_label.setBuddy(self.layer_combo)
        for layer in self._states:
            self.layer_combo.addItem(self._layer_label(layer), layer)
        self.read_only_icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.read_only_icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        self.read_only_label = QLabel(self)
        self.read_only_label.setAccessibleName(self.tr("Schreibschutz"))
        top.addWidget(layer_label)
        top.addWidget(self.layer_combo)
        top.addWidget(self.read_only_icon)
        top.addWidget(self.read_only_label)
        top.addStretch(1)
        root.addLayout(top)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Bereiche"))
        self.tabs.addTab(self._build_entries_tab(), self.tr("&Einträge"))
        self.tabs.addTab(self._build_recordings_tab(), self.tr("An Aufnahmen &testen"))
        self.tabs.addTab(self._build_suggestions_tab(), self.tr("&Vorschläge"))
        # On a small screen (200 %, large fonts) the tabs scroll; Save and Close stay visible.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.tabs)
        root.addWidget(scroll, 1)

        self.message_bar = MessageBar(self)
        root.addWidget(self.message_bar)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.save_button = QPushButton(self.tr("&Speichern"), self)
        self.save_button.setToolTip(self.tr("Alle geänderten Listen speichern (Strg+S)"))
        self.save_button.setAccessibleDescription(self.save_button.toolTip())
        self.close_button = QPushButton(self.tr("S&chließen"), self)
        self.close_button.setAccessibleName(self.tr("Schließen"))
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        root.addLayout(bottom)

        self.save_action = QAction(self.tr("Speichern"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.save_action)

        em = self.fontMetrics().horizontalAdvance("M")
        fit_to_screen(self, QSize(em * 90, self.fontMetrics().lineSpacing() * 46), center=True)

    def _build_entries_tab(self) -> QWidget:
        page = QWidget(self)
        splitter = QSplitter(Qt.Orientation.Vertical, page)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)

        table_part = QWidget(splitter)
        tl = QVBoxLayout(table_part)
        tl.setContentsMargins(0, 0, 0, 0)
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("Suc&hen:"), table_part)
        self.search_edit = QLineEdit(table_part)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Begriff, gesprochene Variante, Kategorie oder Notiz"))
        self.search_edit.setAccessibleName(self.tr("Suchen"))
        self.search_edit.setAccessibleDescription(
            self.tr("Zeigt nur Einträge, die den Suchtext in einer Spalte enthalten."))
        search_label.setBuddy(self.search_edit)
        self.count_label = QLabel(table_part)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.count_label)
        tl.addLayout(search_row)

        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortLocaleAware(True)
        self.proxy.setDynamicSortFilter(True)

        self.table = QTableView(table_part)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # file order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no keyboard trap
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Einträge der Wortliste"))
        self.table.setAccessibleDescription(self.tr(
            "Einfg: neuer Eintrag, F2: bearbeiten, Entf: löschen. Spalte „Hinweis“ nennt "
            "Probleme."))
        self.table.setItemDelegateForColumn(Column.CATEGORY, CategoryDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(
            round(self.fontMetrics().lineSpacing() * 1.5))
        em = self.fontMetrics().horizontalAdvance("M")
        tl.addWidget(self.table, 1)

        self.add_action = self._table_action(self.tr("&Neu"), QKeySequence(Qt.Key.Key_Insert),
                                             self.tr("Neuen Eintrag anlegen (Einfg)"))
        self.edit_action = self._table_action(self.tr("&Bearbeiten"),
                                              QKeySequence(Qt.Key.Key_F2),
                                              self.tr("Ausgewählte Zelle bearbeiten (F2)"))
        self.delete_action = self._table_action(self.tr("&Löschen"),
                                                QKeySequence(QKeySequence.StandardKey.Delete),
                                                self.tr("Ausgewählte Einträge löschen (Entf)"))
        buttons = QHBoxLayout()
        self.add_button = self._action_button(self.add_action, table_part)
        self.edit_button = self._action_button(self.edit_action, table_part)
        self.delete_button = self._action_button(self.delete_action, table_part)
        self.import_button = QPushButton(self.tr("CSV &importieren…"), table_part)
        self.import_button.setToolTip(self.tr("Einträge aus einer CSV-Datei (Excel) hinzufügen"))
        self.export_button = QPushButton(self.tr("CSV e&xportieren…"), table_part)
        self.export_button.setToolTip(self.tr("Diese Liste als CSV-Datei (Excel) speichern"))
        self.next_problem_button = QPushButton(self.tr("Nächstes &Problem"), table_part)
        self.next_problem_button.setToolTip(self.tr("Zum nächsten Eintrag mit Hinweis gehen"))
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button,
                       self.export_button, self.next_problem_button):
            button.setAccessibleDescription(button.toolTip())
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addSpacing(em)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_problem_button)
        tl.addLayout(buttons)

        status_row = QHBoxLayout()
        self.validation_icon = QLabel(table_part)
        self.validation_label = QLabel(table_part)
        self.validation_label.setWordWrap(True)
        self.validation_label.setAccessibleName(self.tr("Prüfung der Liste"))
        status_row.addWidget(self.validation_icon)
        status_row.addWidget(self.validation_label, 1)
        tl.addLayout(status_row)

        try_box = QGroupBox(self.tr("Ausprobieren"), splitter)
        try_box.setAccessibleName(self.tr("Ausprobieren"))
        bl = QVBoxLayout(try_box)
        hint = QLabel(self.tr(
            "Einen Satz eingeben, wie die Erkennung ihn liefern könnte. Angezeigt wird, was die "
            "Wortlisten (mit den ungespeicherten Änderungen) daraus machen."), try_box)
        hint.setWordWrap(True)
        bl.addWidget(hint)
        row = QHBoxLayout()
        try_label = QLabel(self.tr("&Ausprobieren:"), try_box)
        self.try_edit = QLineEdit(try_box)
        self.try_edit.setAccessibleName(self.tr("Satz zum Ausprobieren"))
        self.try_edit.setPlaceholderText(self.tr("z. B. Antrag auf Bürger Geld nach SGB zwei"))
        try_label.setBuddy(self.try_edit)
        row.addWidget(try_label)
        row.addWidget(self.try_edit, 1)
        bl.addLayout(row)
        result_row = QHBoxLayout()
        result_caption = QLabel(self.tr("Ergebnis:"), try_box)
        self.try_result = QLabel(try_box)
        self.try_result.setTextFormat(Qt.TextFormat.RichText)
        self.try_result.setWordWrap(True)
        self.try_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.try_result.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.try_result.setAccessibleName(self.tr("Ergebnis"))
        result_caption.setBuddy(self.try_result)
        result_row.addWidget(result_caption, 0, Qt.AlignmentFlag.AlignTop)
        result_row.addWidget(self.try_result, 1)
        bl.addLayout(result_row)
        changes_label = QLabel(self.tr("Änderungen (gesprochen → geschrieben, Regel, Wert):"),
                               try_box)
        self.try_changes = QListWidget(try_box)
        self.try_changes.setAccessibleName(self.tr("Änderungen"))
        changes_label.setBuddy(self.try_changes)
        bl.addWidget(changes_label)
        bl.addWidget(self.try_changes, 1)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        line = self.fontMetrics().lineSpacing()
        splitter.setSizes([line * 24, line * 12])

        self._try_timer = QTimer(self)
        self._try_timer.setSingleShot(True)
        self._try_timer.setInterval(TRY_DEBOUNCE_MS)
        return page

    def _build_recordings_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr(
            "Aufnahmen mit bekanntem Text wählen: daneben eine .txt-Datei mit gleichem Namen "
            "oder eine TSV-Datei „Datei⇥Text“ im selben Ordner (oder die TSV-Datei selbst "
            "wählen). Die Aufnahmen werden mit den Begriffen dieser Liste erkannt; gezählt "
            "wird, wie viele ihrer Begriffe richtig geschrieben herauskommen."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.pick_recordings_button = QPushButton(self.tr("Aufnahmen w&ählen…"), page)
        self.start_recall_button = QPushButton(self.tr("Test sta&rten"), page)
        self.cancel_recall_button = QPushButton(self.tr("Ab&brechen"), page)
        self.cancel_recall_button.setEnabled(False)
        buttons.addWidget(self.pick_recordings_button)
        buttons.addWidget(self.start_recall_button)
        buttons.addWidget(self.cancel_recall_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        chosen_label = QLabel(self.tr("Gewählte Auf&nahmen:"), page)
        self.recordings_list = QListWidget(page)
        self.recordings_list.setAccessibleName(self.tr("Gewählte Aufnahmen"))
        chosen_label.setBuddy(self.recordings_list)
        layout.addWidget(chosen_label)
        layout.addWidget(self.recordings_list, 1)
        self.recall_progress = QProgressBar(page)
        self.recall_progress.setAccessibleName(self.tr("Fortschritt"))
        self.recall_progress.setValue(0)
        self.recall_status = QLabel(page)
        self.recall_status.setWordWrap(True)
        self.recall_status.setAccessibleName(self.tr("Stand des Tests"))
        layout.addWidget(self.recall_progress)
        layout.addWidget(self.recall_status)
        self.recall_summary = QLabel(page)
        self.recall_summary.setWordWrap(True)
        self.recall_summary.setAccessibleName(self.tr("Ergebnis des Tests"))
        layout.addWidget(self.recall_summary)
        results = QSplitter(Qt.Orientation.Horizontal, page)
        self.missed_tree = QTreeWidget(results)
        self.missed_tree.setHeaderLabels([self.tr("Verpasster Begriff"), self.tr("Anzahl")])
        self.missed_tree.setRootIsDecorated(False)
        self.missed_tree.setAccessibleName(self.tr("Verpasste Begriffe"))
        self.missed_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.missed_tree.header().setStretchLastSection(False)
        self.missed_tree.header().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.recall_tree = QTreeWidget(results)
        self.recall_tree.setHeaderLabels([self.tr("Aufnahme"), self.tr("Begriffe"),
                                          self.tr("Erkannter Text")])
        self.recall_tree.setRootIsDecorated(False)
        self.recall_tree.setAccessibleName(self.tr("Ergebnis je Aufnahme"))
        self.recall_tree.header().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        results.setStretchFactor(0, 1)
        results.setStretchFactor(1, 2)
        layout.addWidget(results, 2)
        if self._model_loader is None:
            for widget in (self.pick_recordings_button, self.start_recall_button):
                widget.setEnabled(False)
            self.recall_status.setText(self.tr(
                "Kein Erkennungsmodell verfügbar: der Test an Aufnahmen ist ausgeschaltet."))
        self._update_recall_buttons()
        return page

    def _build_suggestions_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.suggestions_intro = QLabel(page)
        self.suggestions_intro.setWordWrap(True)
        layout.addWidget(self.suggestions_intro)
        list_label = QLabel(self.tr("Vorschläge aus &Korrekturen:"), page)
        self.suggestions_tree = QTreeWidget(page)
        self.suggestions_tree.setHeaderLabels([self.tr("Gesprochen"), self.tr("Geschrieben"),
                                               self.tr("Anzahl"), self.tr("Von")])
        self.suggestions_tree.setRootIsDecorated(False)
        self.suggestions_tree.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.suggestions_tree.setAccessibleName(self.tr("Vorschläge"))
        self.suggestions_tree.setAccessibleDescription(self.tr(
            "Leertaste hakt einen Vorschlag an. Übernommen werden die angehakten, sonst die "
            "markierten Vorschläge."))
        list_label.setBuddy(self.suggestions_tree)
        layout.addWidget(list_label)
        layout.addWidget(self.suggestions_tree, 1)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(self.tr("&Übernehmen"), page)
        self.reject_button = QPushButton(self.tr("A&blehnen"), page)
        self.reload_suggestions_button = QPushButton(self.tr("Neu &laden"), page)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_suggestions_button)
        layout.addLayout(buttons)
        target = self._suggestion_target()
        if not self._suggestion_sources:
            self.suggestions_intro.setText(self.tr("Es ist kein Ordner für Vorschläge "
                                                   "eingerichtet."))
        elif target is None:
            self.suggestions_intro.setText(self.tr(
                "Sie können keine Liste ändern; Vorschläge werden nur angezeigt."))
        else:
            self.suggestions_intro.setText(self.tr(
                "Korrekturen, die Kolleginnen und Kollegen mehrfach gemacht haben. Nichts wird "
                "ohne Ihre Zustimmung gelernt: „Übernehmen“ fügt die gewählten Vorschläge "
                "der Liste „{list}“ hinzu (danach speichern).").format(
                list=self._layer_name(target)))
        self.approve_button.setEnabled(target is not None and bool(self._suggestion_sources))
        self.reject_button.setEnabled(bool(self._suggestion_sources))
        self.reload_suggestions_button.setEnabled(bool(self._suggestion_sources))
        return page

    def _table_action(self, text: str, shortcut: QKeySequence, tip: str) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip)
        self.table.addAction(action)
        return action

    def _action_button(self, action: QAction, parent: QWidget) -> QPushButton:
        button = QPushButton(action.text(), parent)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        return button

    def _connect(self) -> None:
        self.layer_combo.currentIndexChanged.connect(self._on_layer_changed)
        self.search_edit.textChanged.connect(self.set_filter)
        self.add_action.triggered.connect(self.add_entry)
        self.edit_action.triggered.connect(self.edit_current)
        self.delete_action.triggered.connect(self.delete_selected)
        self.import_button.clicked.connect(self._import_clicked)
        self.export_button.clicked.connect(self._export_clicked)
        self.next_problem_button.clicked.connect(self.go_to_next_problem)
        self.save_button.clicked.connect(self.save)
        self.save_action.triggered.connect(self.save)
        self.close_button.clicked.connect(self.close)
        self.try_edit.textChanged.connect(lambda _text: self._try_timer.start())
        self._try_timer.timeout.connect(self.update_try_it)
        self.pick_recordings_button.clicked.connect(self._pick_recordings_clicked)
        self.start_recall_button.clicked.connect(self.start_recall_test)
        self.cancel_recall_button.clicked.connect(self.cancel_recall_test)
        self.approve_button.clicked.connect(lambda: self.approve_suggestions())
        self.reject_button.clicked.connect(lambda: self.reject_suggestions())
        self.reload_suggestions_button.clicked.connect(self.refresh_suggestions)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        for state in self._states.values():
            state.model.entries_changed.connect(self._on_entries_changed)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)

    def _select_initial_layer(self) -> None:
        preferred = next((layer for layer in (Layer.TEAM, Layer.ORGANISATION, Layer.PERSONAL)
                          if layer in self._states and self._states[layer].editable), None)
        if preferred is None:
            preferred = next(iter(self._states))
        index = self.layer_combo.findData(preferred)
        if self.layer_combo.currentIndex() == index:
            self._on_layer_changed(index)
        else:
            self.layer_combo.setCurrentIndex(index)

    # ------------------------------------------------------------------ names

    def _layer_name(self, layer: Layer) -> str:
        return {Layer.ORGANISATION: self.tr("Organisation"), Layer.TEAM: self.tr("Team"),
                Layer.PERSONAL: self.tr("Persönlich")}[Layer(layer)]

    def _layer_label(self, layer: Layer) -> str:
        state = self._states[layer]
        label = self._layer_name(layer)
        name = state.model.to_list().name
        if name and name != label:
            label = f"{label}: {name}"
        if not state.editable:
            label += " " + self.tr("(nur lesen)")
        if state.dirty:
            label += " " + self.tr("(geändert)")
        return label

    # ------------------------------------------------------------------ layers

    def current_layer(self) -> Layer:
        """The layer whose list the table shows."""
        return Layer(self.layer_combo.currentData())

    def set_current_layer(self, layer: Layer) -> None:
        """Show the list of ``layer``."""
        self.layer_combo.setCurrentIndex(self.layer_combo.findData(Layer(layer)))

    def layers(self) -> list[Layer]:
        """The layers shown in the selector."""
        return list(self._states)

    def model(self, layer: Layer | None = None) -> VocabularyTableModel:
        """The table model of ``layer`` (default: the current one)."""
        return self._states[Layer(layer) if layer is not None else self.current_layer()].model

    def is_editable(self, layer: Layer | None = None) -> bool:
        """Whether the user may change the list of ``layer`` (default: the current one)."""
        return self._states[Layer(layer) if layer is not None else self.current_layer()].editable

    def _on_layer_changed(self, _index: int) -> None:
        state = self._states[self.current_layer()]
        first = self.proxy.sourceModel() is None
        self.proxy.setSourceModel(state.model)
        if first:  # widths from the font, so that they scale with it
            em = self.fontMetrics().horizontalAdvance("M")
            for column, width in ((Column.TERM, 13), (Column.SPOKEN, 20),
                                  (Column.CATEGORY, 9), (Column.NOTE, 15)):
                self.table.setColumnWidth(column, em * width)
            metrics = self.table.fontMetrics()  # the longest category is not cut
            widest = max(metrics.horizontalAdvance(c) for c in CATEGORIES)
            self.table.setColumnWidth(Column.CATEGORY, max(
                self.table.columnWidth(Column.CATEGORY), widest + em * 2))
        self.read_only_label.setText(state.read_only_reason if not state.editable else "")
        self.read_only_label.setVisible(not state.editable)
        self.read_only_icon.setVisible(not state.editable)
        self.table.setAccessibleDescription(
            self.tr("Nur lesen.") if not state.editable else self.tr(
                "Einfg: neuer Eintrag, F2: bearbeiten, Entf: löschen. Spalte „Hinweis“ nennt "
                "Probleme."))
        for action in (self.add_action, self.delete_action):
            action.setEnabled(state.editable)
        self.edit_action.setEnabled(state.editable)
        self.import_button.setEnabled(state.editable)
        self._update_counts()
        self._update_validation()

    def _update_other_lists(self) -> None:
        lists = {layer: s.model.to_list() for layer, s in self._states.items()}
        for layer, state in self._states.items():
            state.model.set_other_lists([vl for other, vl in lists.items() if other != layer])

    def _on_entries_changed(self) -> None:
        self._pipeline = None
        self._update_other_lists()
        for i in range(self.layer_combo.count()):
            self.layer_combo.setItemText(i, self._layer_label(Layer(self.layer_combo.itemData(i))))
        self._update_validation()
        self._update_counts()
        dirty = self.has_unsaved_changes()
        self.save_button.setEnabled(dirty)
        if dirty != self._last_dirty:
            self._last_dirty = dirty
            self.dirty_changed.emit(dirty)
        if self.try_edit.text():
            self._try_timer.start()

    def _update_counts(self, *_args) -> None:
        model = self.proxy.sourceModel()
        if model is None:
            return
        shown, total = self.proxy.rowCount(), model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("{n} Einträge").format(n=total) if total != 1
                                     else self.tr("1 Eintrag"))
        else:
            self.count_label.setText(self.tr("{shown} von {n} Einträgen").format(shown=shown,
                                                                                 n=total))

    def _update_validation(self) -> None:
        model = self.model()
        invalid = len(model.invalid_rows())
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        if invalid:
            icon = QStyle.StandardPixmap.SP_MessageBoxWarning
            text = self.tr("{n} Einträge mit Hinweisen (Warnzeichen und Spalte „Hinweis“).") \
                .format(n=invalid) if invalid != 1 else \
                self.tr("1 Eintrag mit Hinweis (Warnzeichen und Spalte „Hinweis“).")
        else:
            icon = QStyle.StandardPixmap.SP_DialogApplyButton
            text = self.tr("Keine Probleme gefunden.")
        self.validation_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.validation_label.setText(text)
        self.next_problem_button.setEnabled(bool(invalid))
        self.save_button.setEnabled(self.has_unsaved_changes())

    # ------------------------------------------------------------------ table editing

    def _source_index(self, proxy_index: QModelIndex) -> QModelIndex:
        return self.proxy.mapToSource(proxy_index)

    def set_filter(self, text: str) -> None:
        """Show only rows containing ``text`` in any column (case-insensitive)."""
        if self.search_edit.text() != text:
            self.search_edit.setText(text)  # calls back here
            return
        self.proxy.setFilterFixedString(text)
        self._update_counts()

    def add_entry(self) -> int:
        """Append an empty entry, select it and start editing its term; returns its row in
        the model (-1 when the list is read-only)."""
        state = self._states[self.current_layer()]
        if not state.editable:
            return -1
        if self.search_edit.text():
            self.set_filter("")
        row = state.model.insert_entry(state.model.rowCount(), Entry(""))
        index = self.proxy.mapFromSource(state.model.index(row, Column.TERM))
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.setFocus()
        self.table.edit(index)
        return row

    def edit_current(self) -> None:
        """Start editing the current cell (the term when the "Hinweis" column is current)."""
        if not self.is_editable():
            return
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.proxy.index(0, Column.TERM)
        if index.column() == Column.STATUS:
            index = index.siblingAtColumn(Column.TERM)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def selected_rows(self) -> list[int]:
        """Model rows of the selected table rows (the current row when none is selected)."""
        rows = {self._source_index(i).row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self._source_index(self.table.currentIndex()).row()}
        return sorted(rows)

    def delete_selected(self) -> int:
        """Delete the selected entries; returns how many. The next row becomes current."""
        if not self.is_editable():
            return 0
        rows = self.selected_rows()
        if not rows:
            return 0
        proxy_row = self.table.currentIndex().row()
        removed = self.model().remove_entries(rows)
        if self.proxy.rowCount():
            index = self.proxy.index(min(max(proxy_row, 0), self.proxy.rowCount() - 1),
                                     Column.TERM)
            self.table.setCurrentIndex(index)
            self.table.selectRow(index.row())
        self.message_bar.show_message("info", self.tr(
            "{n} Einträge gelöscht (noch nicht gespeichert).").format(n=removed)
            if removed != 1 else self.tr("1 Eintrag gelöscht (noch nicht gespeichert)."))
        return removed

    def go_to_next_problem(self) -> None:
        """Make the next row with a problem (after the current one, wrapping) current."""
        if self.proxy.rowCount() == 0:
            return
        start = self.table.currentIndex().row()
        model = self.model()
        for step in range(1, self.proxy.rowCount() + 1):
            row = (start + step) % self.proxy.rowCount()
            if model.problems(self._source_index(self.proxy.index(row, 0)).row()):
                index = self.proxy.index(row, Column.STATUS)
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self.table.setFocus()
                return

    # ------------------------------------------------------------------ CSV

    def import_csv_file(self, path: str | Path) -> LoadResult:
        """Add the entries of a CSV file to the current list (same term: replaced)."""
        layer = self.current_layer()
        result = import_csv(Path(path), layer)
        if not self.is_editable():
            return result
        if result.vocabulary is None:
            self.message_bar.show_message("error", "\n".join(str(p) for p in result.problems))
            return result
        added, replaced = self.model().upsert(result.vocabulary.entries)
        message = self.tr("Importiert aus „{name}“: {added} neu, {replaced} ersetzt (noch nicht "
                          "gespeichert).").format(name=Path(path).name, added=added,
                                                  replaced=replaced)
        if result.problems:
            shown = [str(p) for p in result.problems[:5]]
            more = len(result.problems) - len(shown)
            if more:
                shown.append(self.tr("… und {n} weitere Hinweise.").format(n=more))
            self.message_bar.show_message("warning", "\n".join([message, *shown]))
        else:
            self.message_bar.show_message("info", message)
        return result

    def export_csv_file(self, path: str | Path) -> bool:
        """Write the current list as CSV for Excel; False (and a message) on failure."""
        try:
            export_csv(self.model().to_list(), Path(path))
        except VocabularyFileError as exc:
            self.message_bar.show_message("error", str(exc))
            return False
        self.message_bar.show_message("info", self.tr("Exportiert nach „{path}“.").format(
            path=path))
        return True

    def _import_clicked(self) -> None:
        path = self._ask_open_path(self.tr("CSV-Datei importieren"),
                                   self.tr("CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)"))
        if path:
            self.import_csv_file(path)

    def _export_clicked(self) -> None:
        name = self.model().to_list().name or "wortliste"
        path = self._ask_save_path(self.tr("Als CSV exportieren"),
                                   self.tr("CSV-Dateien (*.csv)"), f"{name}.csv")
        if path:
            self.export_csv_file(path)

    # ------------------------------------------------------------------ saving

    def has_unsaved_changes(self) -> bool:
        """True when any editable list differs from its file."""
        return bool(self.unsaved_layers())

    def unsaved_layers(self) -> list[Layer]:
        """Editable layers with unsaved changes."""
        return [layer for layer, s in self._states.items() if s.editable and s.dirty]

    def save(self) -> bool:
        """Save every changed list; stops at the first that cannot be saved (its message is
        shown). True when all are saved."""
        for layer in self.unsaved_layers():
            result = self.save_layer(layer)
            if result is None or not result.ok:
                return False
        return True

    def save_layer(self, layer: Layer) -> PublishResult | None:
        """Save one list: personal with ``save_local``, shared ones with ``publish``.

        None when the list is read-only or the user cancelled choosing a file name.
        """
        state = self._states[Layer(layer)]
        if not state.editable:
            return None
        if state.path is None:
            chosen = self._ask_save_path(self.tr("Wortliste speichern"),
                                         self.tr("Wortlisten (*.json)"), "vokabular.json")
            if not chosen:
                return None
            state.path = Path(chosen)
            try:
                state.fingerprint = fingerprint(state.path)  # overwriting was confirmed
            except OSError:
                state.fingerprint = None
        vl = state.model.to_list()
        vl.path = state.path
        if state.layer is Layer.PERSONAL:
            result = save_local(vl, state.path, state.fingerprint)
        else:
            result = publish(vl, state.path, state.fingerprint,
                             saved_by=SavedBy.now(self._user))
        self._show_save_result(state, vl, result)
        return result

    def _show_save_result(self, state: _LayerState, vl: VocabularyList,
                          result: PublishResult) -> None:
        layer = state.layer
        if result.ok:
            state.base = vl
            state.fingerprint = result.fingerprint
            state.saved = state.model.entries()
            self.message_bar.show_message("info", self.tr("Liste „{name}“ gespeichert.").format(
                name=self._layer_name(layer)))
            self._on_entries_changed()
            self.saved.emit(layer, state.path)
            return
        log.info("saving %s: %s (%s)", state.path, result.status, result.detail)
        if result.status is PublishStatus.CONFLICT:
            self.message_bar.show_message("warning", result.message, [
                (self.tr("Andere Fassung la&den"), lambda: self.reload_theirs(layer)),
                (self.tr("Zusammen&führen"), lambda: self.merge_theirs(layer)),
                (self.tr("Unter anderem Na&men speichern…"), lambda: self._save_copy_clicked(
                    layer)),
            ])
        elif result.status is PublishStatus.LOCKED:
            self.message_bar.show_message("warning", result.message, [
                (self.tr("&Jetzt erneut speichern"), lambda: self.save_layer(layer)),
            ])
        else:
            self.message_bar.show_message("error", result.message, [
                (self.tr("L&okale Kopie speichern…"), lambda: self._save_copy_clicked(layer)),
            ])

    def reload_theirs(self, layer: Layer) -> bool:
        """Replace my edits of ``layer`` with the file as it is now."""
        state = self._states[Layer(layer)]
        if state.path is None:
            return False
        result, fp = load_shared(state.path, state.layer)
        if result.vocabulary is None:
            self.message_bar.show_message("error", "\n".join(str(p) for p in result.problems))
            return False
        state.base = result.vocabulary
        state.fingerprint = fp
        state.saved = list(result.vocabulary.entries)
        state.model.set_entries(result.vocabulary.entries)
        self.message_bar.show_message("info", self.tr(
            "Die aktuelle Fassung von „{name}“ wurde geladen.").format(name=state.path.name))
        return True

    def merge_theirs(self, layer: Layer) -> MergeResult | None:
        """Their current file plus my edits (mine win on the same term); not saved yet."""
        state = self._states[Layer(layer)]
        if state.path is None:
            return None
        result, fp = load_shared(state.path, state.layer)
        if result.vocabulary is None:
            self.message_bar.show_message("error", "\n".join(str(p) for p in result.problems))
            return None
        merged = merge_edits(state.base, state.model.to_list(), result.vocabulary)
        state.base = result.vocabulary
        state.fingerprint = fp
        state.saved = list(result.vocabulary.entries)
        state.model.set_entries(merged.merged.entries)
        message = self.tr("Zusammengeführt: die Fassung der anderen plus Ihre Änderungen "
                          "({added} übernommen, {removed} entfernt). Bitte prüfen und "
                          "speichern.").format(added=len(merged.added),
                                               removed=len(merged.removed))
        if merged.conflicts:
            terms = ", ".join(f"„{c.term}“" for c in merged.conflicts)
            message += " " + self.tr("Beide Seiten haben geändert: {terms}; Ihre Fassung "
                                     "gilt.").format(terms=terms)
            self.message_bar.show_message("warning", message)
        else:
            self.message_bar.show_message("info", message)
        return merged

    def save_copy(self, layer: Layer, path: str | Path) -> bool:
        """Save my version of ``layer`` to ``path`` (another name, or a local copy)."""
        state = self._states[Layer(layer)]
        vl = state.model.to_list()
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            save_list(vl, Path(path))
        except (OSError, VocabularyFileError) as exc:
            self.message_bar.show_message("error", str(exc))
            return False
        state.copied = state.model.entries()
        self._on_entries_changed()
        self.message_bar.show_message("info", self.tr(
            "Ihre Fassung wurde als „{path}“ gespeichert. Die gemeinsame Liste ist unverändert."
        ).format(path=path))
        return True

    def _save_copy_clicked(self, layer: Layer) -> None:
        state = self._states[Layer(layer)]
        suggested = str(Path.home() / (state.path.stem + "-kopie.json" if state.path
                                       else "vokabular-kopie.json"))
        path = self._ask_save_path(self.tr("Kopie speichern"), self.tr("Wortlisten (*.json)"),
                                   suggested)
        if path:
            self.save_copy(layer, path)

    # ------------------------------------------------------------------ try it

    def merged_vocabulary(self) -> Vocabulary:
        """All lists merged, including unsaved edits."""
        return merge([s.model.to_list() for s in self._states.values()])

    def try_it(self, text: str) -> tuple[str, list[Correction]]:
        """Run term correction on ``text`` with the current (unsaved) lists."""
        if self._pipeline is None:
            self._pipeline = TextPipeline(self.merged_vocabulary().entries)
        return self._pipeline.correct_terms(text)

    def update_try_it(self) -> None:
        """Show the result for the text in the "Ausprobieren" field (now, not debounced)."""
        self._try_timer.stop()
        text = self.try_edit.text()
        self.try_changes.clear()
        if not text.strip():
            self.try_result.clear()
            return
        corrected, corrections = self.try_it(text)
        parts: list[str] = []
        pos = 0
        for c in corrections:
            parts.append(html.escape(text[pos:c.start]))
            parts.append(f"<b><u>{html.escape(c.replacement)}</u></b>")
            pos = c.end
        parts.append(html.escape(text[pos:]))
        self.try_result.setText("".join(parts))
        rules = {"spoken": self.tr("gesprochene Variante"), "exact": self.tr("gleiche Buchstaben"),
                 "inflection": self.tr("gebeugte Form"), "fuzzy": self.tr("ähnlicher Klang")}
        locale = QLocale()
        lines = []
        for c in corrections:
            score = locale.toString(float(c.score), "f", 0 if c.score == int(c.score) else 1)
            lines.append(self.tr("{spoken} → {written} ({rule}, {score})").format(
                spoken=c.original, written=c.replacement, rule=rules.get(c.rule, c.rule),
                score=score))
        if lines:
            self.try_changes.addItems(lines)
        else:
            self.try_changes.addItem(self.tr("Keine Änderung."))
        self.try_result.setAccessibleDescription(
            corrected + (" — " + "; ".join(lines) if lines else ""))

    # ------------------------------------------------------------------ recordings

    def set_recordings(self, paths: Iterable[str | Path]) -> list[Recording]:
        """Choose recordings (audio files, or TSV files listing them); returns those with a
        known text. Problems with the others are shown."""
        recordings, messages = find_recordings(Path(p) for p in paths)
        self._recordings = recordings
        self.recordings_list.clear()
        for rec in recordings:
            self.recordings_list.addItem(f"{rec.audio.name} — {rec.text}")
        if messages:
            self.message_bar.show_message("warning", "\n".join(messages[:8]))
        self.recall_status.setText(self.tr("{n} Aufnahmen mit bekanntem Text.").format(
            n=len(recordings)))
        self._update_recall_buttons()
        return recordings

    def _pick_recordings_clicked(self) -> None:
        patterns = " ".join(f"*{s}" for s in (*AUDIO_SUFFIXES, ".tsv"))
        paths = self._ask_open_paths(self.tr("Aufnahmen wählen"), self.tr(
            "Aufnahmen und Transkripte ({patterns});;Alle Dateien (*)").format(
            patterns=patterns))
        if paths:
            self.set_recordings(paths)

    def _update_recall_buttons(self) -> None:
        running = self._recall_running
        available = self._model_loader is not None
        self.start_recall_button.setEnabled(available and not running and bool(self._recordings))
        self.pick_recordings_button.setEnabled(available and not running)
        self.cancel_recall_button.setEnabled(running)

    def start_recall_test(self) -> bool:
        """Transcribe the chosen recordings in a worker thread; False if it cannot start."""
        if self._recall_thread is not None or self._model_loader is None or not self._recordings:
            return False  # also while the previous thread is still winding down
        current = self.model().to_list()
        terms = [e.term for e in current.entries]
        bias = select_bias_terms(current.entries, max_tokens=BIAS_TOKENS)
        worker = RecallWorker(self._recordings, self._model_loader, self.merged_vocabulary(),
                              terms, bias)
        # No parent: the editor keeps both referenced until the thread has really ended
        # (see _on_recall_thread_finished), so neither is destroyed while still running.
        thread = QThread()
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_recall_progress)
        worker.item_done.connect(self._on_recall_item)
        worker.failed.connect(self._on_recall_failed)
        worker.finished.connect(self._on_recall_finished)
        worker.finished.connect(thread.quit)
        worker.finished.connect(worker.deleteLater)
        thread.finished.connect(self._on_recall_thread_finished)
        self._recall_thread, self._recall_worker = thread, worker
        self._recall_running = True
        self._recall_items = []
        self._recall_failed = False
        self.missed_tree.clear()
        self.recall_tree.clear()
        self.recall_summary.clear()
        self.recall_progress.setRange(0, len(self._recordings))
        self.recall_progress.setValue(0)
        self.recall_status.setText(self.tr("Erkennungsmodell wird geladen …"))
        self._update_recall_buttons()
        thread.start()
        return True

    def cancel_recall_test(self) -> None:
        """Ask the running test to stop (after the current segment)."""
        if self._recall_running and self._recall_worker is not None:
            self._recall_worker.cancel()
            self.recall_status.setText(self.tr("Wird abgebrochen …"))

    def _on_recall_progress(self, done: int, total: int, name: str) -> None:
        self.recall_progress.setValue(done)
        if name:
            self.recall_status.setText(self.tr("Aufnahme {i} von {n}: {name}").format(
                i=done + 1, n=total, name=name))

    def _on_recall_item(self, item: RecallItem) -> None:
        self._recall_items.append(item)
        expected = sum(item.expected.values())
        found = sum(item.found.values())
        hits = item.error or self.tr("{found} von {expected}").format(found=found,
                                                                     expected=expected)
        row = QTreeWidgetItem([item.audio.name, hits, item.output_text])
        row.setToolTip(2, self.tr("Erwartet: {text}").format(text=item.expected_text))
        self.recall_tree.addTopLevelItem(row)

    def _on_recall_failed(self, message: str, detail: str) -> None:
        log.warning("recording test: %s (%s)", message, detail)
        self._recall_failed = True
        self.message_bar.show_message("error", message)

    def _on_recall_thread_finished(self) -> None:
        thread, self._recall_thread = self._recall_thread, None
        if thread is not None:
            thread.wait()  # "finished" comes just before the thread ends
        self._recall_worker = None
        self._update_recall_buttons()

    def _on_recall_finished(self, report: RecallReport | None) -> None:
        self._recall_running = False
        self._update_recall_buttons()
        self.last_recall_report = report
        if report is None:
            self.recall_status.setText(self.tr("Test fehlgeschlagen.") if self._recall_failed
                                       else self.tr("Test abgebrochen."))
            self.recall_finished.emit(None)
            return
        self.recall_status.setText(self.tr("Test beendet."))
        if report.recall is None:
            self.recall_summary.setText(self.tr(
                "In den bekannten Texten kommt kein Begriff dieser Liste vor."))
        else:
            percent = QLocale().toString(report.recall * 100, "f", 0)
            self.recall_summary.setText(self.tr(
                "Begriffe richtig erkannt: {found} von {expected} ({percent} %).").format(
                found=report.found, expected=report.expected, percent=percent))
        for term, count in report.missed:
            self.missed_tree.addTopLevelItem(QTreeWidgetItem([term, str(count)]))
        self.recall_finished.emit(report)

    # ------------------------------------------------------------------ suggestions

    def _suggestion_target(self) -> Layer | None:
        for layer in (Layer.TEAM, Layer.PERSONAL):
            if layer in self._states and self._states[layer].editable:
                return layer
        return None

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.suggestions_tree.parentWidget() \
                and not self._suggestions_loaded:
            self.refresh_suggestions()

    def refresh_suggestions(self) -> list[CollectedSuggestion]:
        """Collect the suggestions again (those already in the lists are left out)."""
        self._suggestions_loaded = True
        items, messages = collect_suggestions(self._suggestion_sources,
                                              self.merged_vocabulary())
        self._suggestions = items
        self.suggestions_tree.clear()
        for item in items:
            row = QTreeWidgetItem([item.spoken, item.term, str(item.count),
                                   ", ".join(item.users)])
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Unchecked)
            if item.contexts:
                row.setToolTip(1, "\n".join(item.contexts))
            self.suggestions_tree.addTopLevelItem(row)
        if messages:
            self.message_bar.show_message("warning", "\n".join(messages))
        return items

    def _chosen_suggestions(self) -> list[CollectedSuggestion]:
        tree = self.suggestions_tree
        rows = [i for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]
        if not rows:
            rows = sorted(tree.indexOfTopLevelItem(item) for item in tree.selectedItems())
        return [self._suggestions[i] for i in rows]

    def _drop_suggestions(self, items: Sequence[CollectedSuggestion]) -> None:
        keys = {item.key for item in items}
        self._suggestions = [s for s in self._suggestions if s.key not in keys]
        tree = self.suggestions_tree
        for i in reversed(range(tree.topLevelItemCount())):
            row = tree.topLevelItem(i)
            if any(row.text(0) == s.spoken and row.text(1) == s.term
                                       for s in items):
                tree.takeTopLevelItem(i)

    def approve_suggestions(self, items: Sequence[CollectedSuggestion] | None = None) -> int:
        """Add suggestions (default: the checked, else the selected ones) to the team list
        (or the personal one when the team list is read-only); returns how many."""
        target = self._suggestion_target()
        items = list(items) if items is not None else self._chosen_suggestions()
        if target is None or not items:
            return 0
        state = self._states[target]
        result = approve(state.model.to_list(), items)
        state.model.set_entries(result.vocabulary.entries)
        self._drop_suggestions(items)
        self.set_current_layer(target)
        self.message_bar.show_message("info", self.tr(
            "{n} Vorschläge in die Liste „{list}“ übernommen (noch nicht gespeichert).").format(
            n=len(items), list=self._layer_name(target)))
        return len(items)

    def reject_suggestions(self, items: Sequence[CollectedSuggestion] | None = None) -> int:
        """Reject suggestions (default: the checked, else the selected ones); recorded in
        the first suggestion folder so that they are not collected again."""
        items = list(items) if items is not None else self._chosen_suggestions()
        if not items:
            return 0
        folder = next((p for p in self._suggestion_sources if p.is_dir()), None)
        if folder is not None:
            try:
                reject(folder, items)
            except OSError as exc:
                self.message_bar.show_message("error", self.tr(
                    "Die Ablehnung konnte nicht in „{folder}“ vermerkt werden: {reason}").format(
                    folder=folder, reason=exc))
                return 0
        self._drop_suggestions(items)
        self.message_bar.show_message("info", self.tr("{n} Vorschläge abgelehnt.").format(
            n=len(items)))
        return len(items)

    # ------------------------------------------------------------------ closing & dialogs

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self.has_unsaved_changes():
            names = ", ".join(self._layer_name(layer) for layer in self.unsaved_layers())
            answer = self._ask_unsaved(names)
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
        if self._recall_thread is not None:
            self.cancel_recall_test()
            self._recall_thread.quit()
            self._on_recall_thread_finished()  # waits for the thread to end
        event.accept()

    def _ask_unsaved(self, names: str) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self, self.tr("Ungespeicherte Änderungen"),
            self.tr("Die Listen {names} haben ungespeicherte Änderungen. Jetzt speichern?")
            .format(names=names),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)

    def _ask_open_path(self, caption: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(self, caption, "", filters)[0]

    def _ask_open_paths(self, caption: str, filters: str) -> list[str]:
        return QFileDialog.getOpenFileNames(self, caption, "", filters)[0]

    def _ask_save_path(self, caption: str, filters: str, suggested: str) -> str:
        return QFileDialog.getSaveFileName(self, caption, suggested, filters)[0]


def _main(argv: Sequence[str] | None = None) -> int:
    """Open the editor on the shipped list (``--screenshot PATH`` saves a picture and exits)."""
    import argparse
    import sys
    import tempfile

    parser = argparse.ArgumentParser(description="Diktat vocabulary editor (development)")
    parser.add_argument("--screenshot", help="save a screenshot to this PNG and exit")
    parser.add_argument("--text", default="Antrag auf Bürger Geld und Kosten der Unterkunft "
                                          "nach SGB zwei für die Bedarfs Gemeinschaft")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    personal = Path(tempfile.mkdtemp()) / "vokabular.json"
    editor = VocabularyEditor({Layer.ORGANISATION: None, Layer.PERSONAL: personal},
                              {Layer.PERSONAL})
    editor.set_current_layer(Layer.ORGANISATION)
    editor.try_edit.setText(args.text)
    editor.update_try_it()
    editor.show()
    if args.screenshot:
        app.processEvents()
        ok = editor.grab().save(args.screenshot)
        return 0 if ok else 1
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(_main())
