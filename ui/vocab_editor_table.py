"""The vocabulary editor's table: search, add, edit, delete, problems, CSV import/export.

:class:`VocabularyEditorTable` is a part of :class:`ui.vocab_editor.VocabularyEditor` (a mixin);
the lists and their rules are the application layer's (:class:`dictation.VocabularyWorkspace`).
Its strings keep the translation context "VocabularyEditor".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex

from dictation import Entry, LoadResult, VocabularyFileError, export_csv, import_csv

from .vocab_models import Column

# Qt's translation; the strings here keep the context "VocabularyEditor" they had in
# :class:`VocabularyEditor` (``lupdate`` and the .ts file know them under it).
translate = QCoreApplication.translate


class VocabularyEditorTable:
    """The editor's table and CSV (a mixin of :class:`ui.vocab_editor.VocabularyEditor`)."""

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
        row = state.source.insert_entry(state.source.rowCount(), Entry(""))
        index = self.proxy.mapFromSource(state.source.index(row, Column.TERM))
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
        self.message_bar.show_message("info", translate("VocabularyEditor",
            "{n} Einträge gelöscht (noch nicht gespeichert).").format(n=removed)
            if removed != 1 else translate("VocabularyEditor", "1 Eintrag gelöscht (noch nicht gespeichert)."))
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
        message = translate("VocabularyEditor", "Importiert aus „{name}“: {added} neu, {replaced} ersetzt (noch nicht "
                          "gespeichert).").format(name=Path(path).name, added=added,
                                                  replaced=replaced)
        if result.problems:
            shown = [str(p) for p in result.problems[:5]]
            more = len(result.problems) - len(shown)
            if more:
                shown.append(translate("VocabularyEditor", "… und {n} weitere Hinweise.").format(n=more))
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
        self.message_bar.show_message("info",
                                      translate("VocabularyEditor", "Exportiert nach „{path}“.").format(
            path=path))
        return True

    def _import_clicked(self) -> None:
        path = self._ask_open_path(translate("VocabularyEditor", "CSV-Datei importieren"),
                                   translate("VocabularyEditor", "CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)"))
        if path:
            self.import_csv_file(path)

    def _export_clicked(self) -> None:
        name = self.model().to_list().name or "wortliste"
        path = self._ask_save_path(translate("VocabularyEditor", "Als CSV exportieren"),
                                   translate("VocabularyEditor", "CSV-Dateien (*.csv)"), f"{name}.csv")
        if path:
            self.export_csv_file(path)


__all__ = ["VocabularyEditorTable"]
