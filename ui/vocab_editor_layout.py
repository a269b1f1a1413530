"""How the vocabulary editor is built: layer selector, tabs, table, buttons.

:class:`VocabularyEditorLayout` is a part of :class:`ui.vocab_editor.VocabularyEditor` (a mixin); the lists
and their rules are the application layer's (:class:`dictation.VocabularyWorkspace`).
Its strings keep the translation context "VocabularyEditor".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QCoreApplication,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from .vocab_models import CategoryDelegate, Column
from .vocab_widgets import MessageBar
from .window_size import fit_to_screen

log = logging.getLogger("diktat.ui")

#: Delay after the last keystroke before "Ausprobieren" runs the pipeline (ms).
TRY_DEBOUNCE_MS = 300


# Qt's translation; the strings here keep the context "VocabularyEditor" they had in
# :class:`VocabularyEditor` (``lupdate`` and the .ts file know them under it).
translate = QCoreApplication.translate


class VocabularyEditorLayout:
    """How the vocabulary editor is built (a mixin of
    :class:`ui.vocab_editor.VocabularyEditor`)."""

    def _build_ui(self) -> None:
        root = QVBoxLayout(self)

        top = QHBoxLayout()
        layer_label = QLabel(translate("VocabularyEditor", "&Wortliste:"), self)
        self.layer_combo = QComboBox(self)
        self.layer_combo.setAccessibleName(translate("VocabularyEditor", "Wortliste"))
        self.layer_combo.setAccessibleDescription(
            translate("VocabularyEditor", "Welche Liste bearbeitet wird: Organisation, Team oder persönlich."))
        layer_label.setBuddy(self.layer_combo)
        for layer in self._states:
            self.layer_combo.addItem(self._layer_label(layer), layer)
        self.read_only_icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.read_only_icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        self.read_only_label = QLabel(self)
        self.read_only_label.setAccessibleName(translate("VocabularyEditor", "Schreibschutz"))
        top.addWidget(layer_label)
        top.addWidget(self.layer_combo)
        top.addWidget(self.read_only_icon)
        top.addWidget(self.read_only_label)
        top.addStretch(1)
        root.addLayout(top)

        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("VocabularyEditor", "Bereiche"))
        self.tabs.addTab(self._build_entries_tab(), translate("VocabularyEditor", "&Einträge"))
        self.tabs.addTab(self._build_recordings_tab(),
                                                    translate("VocabularyEditor", "An Aufnahmen &testen"))
        self.tabs.addTab(self._build_suggestions_tab(),
                                                     translate("VocabularyEditor", "&Vorschläge"))
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
        self.save_button = QPushButton(translate("VocabularyEditor", "&Speichern"), self)
        self.save_button.setToolTip(translate("VocabularyEditor", "Alle geänderten Listen speichern (Strg+S)"))
        self.save_button.setAccessibleDescription(self.save_button.toolTip())
        self.close_button = QPushButton(translate("VocabularyEditor", "S&chließen"), self)
        self.close_button.setAccessibleName(translate("VocabularyEditor", "Schließen"))
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        root.addLayout(bottom)

        self.save_action = QAction(translate("VocabularyEditor", "Speichern"), self)
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
        search_label = QLabel(translate("VocabularyEditor", "Suc&hen:"), table_part)
        self.search_edit = QLineEdit(table_part)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            translate("VocabularyEditor", "Begriff, gesprochene Variante, Kategorie oder Notiz"))
        self.search_edit.setAccessibleName(translate("VocabularyEditor", "Suchen"))
        self.search_edit.setAccessibleDescription(
            translate("VocabularyEditor", "Zeigt nur Einträge, die den Suchtext in einer Spalte enthalten."))
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
        self.table.setAccessibleName(translate("VocabularyEditor", "Einträge der Wortliste"))
        self.table.setAccessibleDescription(translate("VocabularyEditor",
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

        self.add_action = self._table_action(translate("VocabularyEditor", "&Neu"), QKeySequence(Qt.Key.Key_Insert),
                                             translate("VocabularyEditor", "Neuen Eintrag anlegen (Einfg)"))
        self.edit_action = self._table_action(translate("VocabularyEditor", "&Bearbeiten"),
                                              QKeySequence(Qt.Key.Key_F2),
                                              translate("VocabularyEditor", "Ausgewählte Zelle bearbeiten (F2)"))
        self.delete_action = self._table_action(translate("VocabularyEditor", "&Löschen"),
                                                QKeySequence(QKeySequence.StandardKey.Delete),
                                                translate("VocabularyEditor", "Ausgewählte Einträge löschen (Entf)"))
        buttons = QHBoxLayout()
        self.add_button = self._action_button(self.add_action, table_part)
        self.edit_button = self._action_button(self.edit_action, table_part)
        self.delete_button = self._action_button(self.delete_action, table_part)
        self.train_button = QPushButton(translate("VocabularyEditor", "Be&griff trainieren…"), table_part)
        self.train_button.setToolTip(translate("VocabularyEditor",
            "Lernen, wie die Erkennung den ausgewählten Begriff verhört: den Begriff sprechen, "
            "die gehörten Formen als gesprochene Varianten übernehmen"))
        self.import_button = QPushButton(translate("VocabularyEditor", "CSV &importieren…"), table_part)
        self.import_button.setToolTip(translate("VocabularyEditor", "Einträge aus einer CSV-Datei (Excel) hinzufügen"))
        self.export_button = QPushButton(translate("VocabularyEditor", "CSV e&xportieren…"), table_part)
        self.export_button.setToolTip(translate("VocabularyEditor", "Diese Liste als CSV-Datei (Excel) speichern"))
        self.next_problem_button = QPushButton(translate("VocabularyEditor", "Nächstes &Problem"), table_part)
        self.next_problem_button.setToolTip(translate("VocabularyEditor", "Zum nächsten Eintrag mit Hinweis gehen"))
        for button in (self.add_button, self.edit_button, self.delete_button, self.train_button,
                       self.import_button, self.export_button, self.next_problem_button):
            button.setAccessibleDescription(button.toolTip())
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.train_button)
        buttons.addSpacing(em)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        tl.addLayout(buttons)

        status_row = QHBoxLayout()
        self.validation_icon = QLabel(table_part)
        self.validation_label = QLabel(table_part)
        self.validation_label.setWordWrap(True)
        self.validation_label.setAccessibleName(translate("VocabularyEditor", "Prüfung der Liste"))
        status_row.addWidget(self.validation_icon)
        status_row.addWidget(self.validation_label, 1)
        status_row.addWidget(self.next_problem_button)  # beside the problems it walks
        tl.addLayout(status_row)

        try_box = QGroupBox(translate("VocabularyEditor", "Ausprobieren"), splitter)
        try_box.setAccessibleName(translate("VocabularyEditor", "Ausprobieren"))
        bl = QVBoxLayout(try_box)
        hint = QLabel(translate("VocabularyEditor",
            "Einen Satz eingeben, wie die Erkennung ihn liefern könnte. Angezeigt wird, was die "
            "Wortlisten (mit den ungespeicherten Änderungen) daraus machen."), try_box)
        hint.setWordWrap(True)
        bl.addWidget(hint)
        row = QHBoxLayout()
        try_label = QLabel(translate("VocabularyEditor", "&Ausprobieren:"), try_box)
        self.try_edit = QLineEdit(try_box)
        self.try_edit.setAccessibleName(translate("VocabularyEditor", "Satz zum Ausprobieren"))
        self.try_edit.setPlaceholderText(translate("VocabularyEditor", "z. B. Antrag auf Bürger Geld nach SGB zwei"))
        try_label.setBuddy(self.try_edit)
        row.addWidget(try_label)
        row.addWidget(self.try_edit, 1)
        bl.addLayout(row)
        result_row = QHBoxLayout()
        result_caption = QLabel(translate("VocabularyEditor", "Ergebnis:"), try_box)
        self.try_result = QLabel(try_box)
        self.try_result.setTextFormat(Qt.TextFormat.RichText)
        self.try_result.setWordWrap(True)
        self.try_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.try_result.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.try_result.setAccessibleName(translate("VocabularyEditor", "Ergebnis"))
        result_caption.setBuddy(self.try_result)
        result_row.addWidget(result_caption, 0, Qt.AlignmentFlag.AlignTop)
        result_row.addWidget(self.try_result, 1)
        bl.addLayout(result_row)
        changes_label = QLabel(translate("VocabularyEditor", "Änderungen (gesprochen → geschrieben, Regel, Wert):"),
                               try_box)
        self.try_changes = QListWidget(try_box)
        self.try_changes.setAccessibleName(translate("VocabularyEditor", "Änderungen"))
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
        intro = QLabel(translate("VocabularyEditor",
            "Aufnahmen mit bekanntem Text wählen: daneben eine .txt-Datei mit gleichem Namen "
            "oder eine TSV-Datei „Datei⇥Text“ im selben Ordner (oder die TSV-Datei selbst "
            "wählen). Die Aufnahmen werden mit den Begriffen dieser Liste erkannt; gezählt "
            "wird, wie viele ihrer Begriffe richtig geschrieben herauskommen."), page)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.pick_recordings_button = QPushButton(translate("VocabularyEditor", "Aufnahmen w&ählen…"), page)
        self.start_recall_button = QPushButton(translate("VocabularyEditor", "Test sta&rten"), page)
        self.cancel_recall_button = QPushButton(translate("VocabularyEditor", "Ab&brechen"), page)
        self.cancel_recall_button.setEnabled(False)
        buttons.addWidget(self.pick_recordings_button)
        buttons.addWidget(self.start_recall_button)
        buttons.addWidget(self.cancel_recall_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        chosen_label = QLabel(translate("VocabularyEditor", "Gewählte Auf&nahmen:"), page)
        self.recordings_list = QListWidget(page)
        self.recordings_list.setAccessibleName(translate("VocabularyEditor", "Gewählte Aufnahmen"))
        chosen_label.setBuddy(self.recordings_list)
        layout.addWidget(chosen_label)
        layout.addWidget(self.recordings_list, 1)
        self.recall_progress = QProgressBar(page)
        self.recall_progress.setAccessibleName(translate("VocabularyEditor", "Fortschritt"))
        self.recall_progress.setValue(0)
        self.recall_status = QLabel(page)
        self.recall_status.setWordWrap(True)
        self.recall_status.setAccessibleName(translate("VocabularyEditor", "Stand des Tests"))
        layout.addWidget(self.recall_progress)
        layout.addWidget(self.recall_status)
        self.recall_summary = QLabel(page)
        self.recall_summary.setWordWrap(True)
        self.recall_summary.setAccessibleName(translate("VocabularyEditor", "Ergebnis des Tests"))
        layout.addWidget(self.recall_summary)
        results = QSplitter(Qt.Orientation.Horizontal, page)
        self.missed_tree = QTreeWidget(results)
        self.missed_tree.setHeaderLabels([translate("VocabularyEditor", "Verpasster Begriff"),
                                                    translate("VocabularyEditor", "Anzahl")])
        self.missed_tree.setRootIsDecorated(False)
        self.missed_tree.setAccessibleName(translate("VocabularyEditor", "Verpasste Begriffe"))
        self.missed_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.missed_tree.header().setStretchLastSection(False)
        self.missed_tree.header().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.recall_tree = QTreeWidget(results)
        self.recall_tree.setHeaderLabels([translate("VocabularyEditor", "Aufnahme"),
                                                    translate("VocabularyEditor", "Begriffe"),
                                          translate("VocabularyEditor", "Erkannter Text")])
        self.recall_tree.setRootIsDecorated(False)
        self.recall_tree.setAccessibleName(translate("VocabularyEditor", "Ergebnis je Aufnahme"))
        self.recall_tree.header().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        results.setStretchFactor(0, 1)
        results.setStretchFactor(1, 2)
        layout.addWidget(results, 2)
        if self._model_loader is None:
            for widget in (self.pick_recordings_button, self.start_recall_button):
                widget.setEnabled(False)
            self.recall_status.setText(translate("VocabularyEditor",
                "Kein Erkennungsmodell verfügbar: der Test an Aufnahmen ist ausgeschaltet."))
        self._update_recall_buttons()
        return page

    def _build_suggestions_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.suggestions_intro = QLabel(page)
        self.suggestions_intro.setWordWrap(True)
        layout.addWidget(self.suggestions_intro)
        list_label = QLabel(translate("VocabularyEditor", "Vorschläge aus &Korrekturen:"), page)
        self.suggestions_tree = QTreeWidget(page)
        self.suggestions_tree.setHeaderLabels([translate("VocabularyEditor", "Gesprochen"),
                                                         translate("VocabularyEditor", "Geschrieben"),
                                               translate("VocabularyEditor", "Anzahl"),
                                               translate("VocabularyEditor", "Von")])
        self.suggestions_tree.setRootIsDecorated(False)
        self.suggestions_tree.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection)
        self.suggestions_tree.setAccessibleName(translate("VocabularyEditor", "Vorschläge"))
        self.suggestions_tree.setAccessibleDescription(translate("VocabularyEditor",
            "Leertaste hakt einen Vorschlag an. Übernommen werden die angehakten, sonst die "
            "markierten Vorschläge."))
        list_label.setBuddy(self.suggestions_tree)
        layout.addWidget(list_label)
        layout.addWidget(self.suggestions_tree, 1)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton(translate("VocabularyEditor", "&Übernehmen"), page)
        self.reject_button = QPushButton(translate("VocabularyEditor", "A&blehnen"), page)
        self.reload_suggestions_button = QPushButton(translate("VocabularyEditor", "Neu &laden"), page)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_suggestions_button)
        layout.addLayout(buttons)
        target = self._suggestion_target()
        if not self.workspace.suggestion_sources:
            self.suggestions_intro.setText(translate("VocabularyEditor", "Es ist kein Ordner für Vorschläge "
                                                   "eingerichtet."))
        elif target is None:
            self.suggestions_intro.setText(translate("VocabularyEditor",
                "Sie können keine Liste ändern; Vorschläge werden nur angezeigt."))
        else:
            self.suggestions_intro.setText(translate("VocabularyEditor",
                "Korrekturen, die Kolleginnen und Kollegen mehrfach gemacht haben. Nichts wird "
                "ohne Ihre Zustimmung gelernt: „Übernehmen“ fügt die gewählten Vorschläge "
                "der Liste „{list}“ hinzu (danach speichern).").format(
                list=self._layer_name(target)))
        self.approve_button.setEnabled(target is not None and bool(self.workspace.suggestion_sources))
        self.reject_button.setEnabled(bool(self.workspace.suggestion_sources))
        self.reload_suggestions_button.setEnabled(bool(self.workspace.suggestion_sources))
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
        self.train_button.clicked.connect(self.train_selected_term)
        self.table.selectionModel().selectionChanged.connect(self._update_train_button)
        self.table.selectionModel().currentChanged.connect(self._update_train_button)
        self.proxy.modelReset.connect(self._update_train_button)
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
            state.source.entries_changed.connect(self._on_entries_changed)
        self.proxy.rowsInserted.connect(self._update_counts)
        self.proxy.rowsRemoved.connect(self._update_counts)
        self.proxy.modelReset.connect(self._update_counts)
        self.proxy.layoutChanged.connect(self._update_counts)


__all__ = ["VocabularyEditorLayout"]
