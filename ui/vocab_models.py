"""Table model of one vocabulary list for the editor, with per-row validation.

Columns: term, spoken variants (shown and edited ``|``-separated), category, note, and a
read-only "Hinweis" column that says what is wrong with a row. A row with problems also gets
a warning icon in the term column and the problems as tooltip and accessible description,
so that nothing depends on colour.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyledItemDelegate, QWidget

from dictation import Entry, Layer, VocabularyList, merge, spoken_key

__all__ = [
    "CATEGORIES",
    "CategoryDelegate",
    "Column",
    "VocabularyTableModel",
    "join_spoken",
    "split_spoken",
    "validate_entries",
]

#: The categories an entry may have (or none); others are flagged by :func:`validate_entries`.
CATEGORIES = ("Leistung", "Person/Rolle", "Maßnahme", "Recht", "Behörde", "Formular/Verfahren",
              "Ort", "Sonstiges")

_SEPARATOR = "|"


class Column(enum.IntEnum):
    """Columns of :class:`VocabularyTableModel`."""

    TERM = 0
    SPOKEN = 1
    CATEGORY = 2
    NOTE = 3
    STATUS = 4


def _layer_name(layer: Layer) -> str:
    names = {
        Layer.ORGANISATION: QCoreApplication.translate("VocabularyTableModel", "Organisation"),
        Layer.TEAM: QCoreApplication.translate("VocabularyTableModel", "Team"),
        Layer.PERSONAL: QCoreApplication.translate("VocabularyTableModel", "Persönlich"),
    }
    return names[Layer(layer)]


def join_spoken(spoken: Iterable[str]) -> str:
    """Spoken variants as shown in the table: ``"SGB zwei | Sozialgesetzbuch zwei"``."""
    return f" {_SEPARATOR} ".join(spoken)


def split_spoken(text: str) -> tuple[str, ...]:
    """The variants typed into a cell: split at ``|``, trimmed, without blanks and repeats."""
    out: list[str] = []
    seen: set[str] = set()
    for part in text.split(_SEPARATOR):
        variant = " ".join(part.split())
        key = spoken_key(variant)
        if key and key not in seen:
            seen.add(key)
            out.append(variant)
    return tuple(out)


def validate_entries(entries: Sequence[Entry], layer: Layer,
                     others: Sequence[VocabularyList] = ()) -> list[list[str]]:
    """Problems of each row (parallel to ``entries``), as user messages.

    Empty term; a category that is not one of :data:`CATEGORIES`; the same term twice in
    the list; a spoken form (or term) that another row of the list writes differently; a
    spoken form that a list of another layer (``others``) writes differently
    (:func:`dictation.vocabulary.lists.merge` conflicts), saying which list wins.
    """
    layer = Layer(layer)
    problems: list[list[str]] = [[] for _ in entries]
    rows_of: dict[str, list[int]] = {}
    for row, entry in enumerate(entries):
        if not entry.term.strip():
            problems[row].append(
                QCoreApplication.translate("VocabularyTableModel", "Begriff fehlt."))
        else:
            rows_of.setdefault(entry.term, []).append(row)
        if entry.category and entry.category not in CATEGORIES:
            problems[row].append(QCoreApplication.translate(
                "VocabularyTableModel",
                "Unbekannte Kategorie „{category}“; möglich sind: {known}.").format(
                category=entry.category, known=", ".join(CATEGORIES)))
    for term, rows in rows_of.items():
        if len(rows) > 1:
            for row in rows:
                problems[row].append(QCoreApplication.translate(
                    "VocabularyTableModel", "„{term}“ steht mehrfach in der Liste."
                ).format(term=term))

    owners: dict[str, list[tuple[int, str]]] = {}
    for row, entry in enumerate(entries):
        if not entry.term.strip():
            continue
        keys = {spoken_key(entry.term): entry.term}
        for variant in entry.spoken:
            keys.setdefault(spoken_key(variant), variant)
        for key, shown in keys.items():
            owners.setdefault(key, []).append((row, shown))
    for bucket in owners.values():
        terms = {entries[row].term for row, _ in bucket}
        if len(terms) < 2:
            continue
        for row, shown in bucket:
            for other in sorted(terms - {entries[row].term}):
                problems[row].append(QCoreApplication.translate(
                    "VocabularyTableModel", "„{spoken}“ steht auch bei „{other}“."
                ).format(spoken=shown, other=other))

    others = [vl for vl in others if Layer(vl.layer) is not layer]
    if others:
        mine = VocabularyList("", layer, [e for e in entries if e.term.strip()])
        merged = merge([*others, mine])
        rank = list(Layer)
        for conflict in merged.conflicts:
            pairs = list(zip(conflict.terms, conflict.layers))
            for term, owner in pairs:
                if owner != layer.value:
                    continue
                for other_term, other_layer in pairs:
                    if other_layer == layer.value or other_term == term:
                        continue
                    winner = layer if rank.index(layer) > rank.index(Layer(other_layer)) \
                        else Layer(other_layer)
                    message = QCoreApplication.translate(
                        "VocabularyTableModel",
                        "„{spoken}“ ergibt in der Liste „{list}“ „{other}“; es gilt die "
                        "Liste „{winner}“.").format(
                        spoken=conflict.spoken, list=_layer_name(Layer(other_layer)),
                        other=other_term, winner=_layer_name(winner))
                    for row in rows_of.get(term, ()):
                        if message not in problems[row]:
                            problems[row].append(message)
    return problems


class VocabularyTableModel(QAbstractTableModel):
    """The entries of one list, editable unless the layer is read-only."""

    #: Emitted after any change of the entries (edit, insert, removal, reset).
    entries_changed = Signal()

    def __init__(self, vocabulary: VocabularyList, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = vocabulary.name
        self._layer = Layer(vocabulary.layer)
        self._path = vocabulary.path
        self._entries: list[Entry] = list(vocabulary.entries)
        self._editable = editable
        self._others: list[VocabularyList] = []
        self._problems: list[list[str]] = []
        self._warning_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._revalidate(emit=False)

    # -- state -----------------------------------------------------------------------------

    @property
    def layer(self) -> Layer:
        """The layer of the list."""
        return self._layer

    @property
    def editable(self) -> bool:
        """Whether the user may change this list."""
        return self._editable

    def entries(self) -> list[Entry]:
        """The entries in table (not sorted view) order."""
        return list(self._entries)

    def to_list(self) -> VocabularyList:
        """The current entries as a list (rows without a term left out)."""
        return VocabularyList(self._name, self._layer,
                              [e for e in self._entries if e.term.strip()], self._path)

    def set_entries(self, entries: Iterable[Entry]) -> None:
        """Replace all entries."""
        self.beginResetModel()
        self._entries = list(entries)
        self._revalidate(emit=False)
        self.endResetModel()
        self.entries_changed.emit()

    def set_other_lists(self, others: Sequence[VocabularyList]) -> None:
        """Lists of the other layers, for conflict checks."""
        self._others = list(others)
        self._revalidate()

    def problems(self, row: int) -> list[str]:
        """Problems of ``row`` (empty when it is fine)."""
        return list(self._problems[row]) if 0 <= row < len(self._problems) else []

    def invalid_rows(self) -> list[int]:
        """Rows with problems."""
        return [row for row, p in enumerate(self._problems) if p]

    def insert_entry(self, row: int, entry: Entry) -> int:
        """Insert ``entry`` before ``row`` (clamped); returns its row."""
        row = max(0, min(row, len(self._entries)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.insert(row, entry)
        self.endInsertRows()
        self._changed()
        return row

    def replace_entry(self, row: int, entry: Entry) -> None:
        """Put ``entry`` in place of the one in ``row`` (term training: new variants)."""
        if not 0 <= row < len(self._entries):
            raise IndexError(row)
        self._entries[row] = entry
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self._changed()

    def remove_entries(self, rows: Iterable[int]) -> int:
        """Remove ``rows``; returns how many were removed."""
        removed = 0
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._entries):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                self.endRemoveRows()
                removed += 1
        if removed:
            self._changed()
        return removed

    def upsert(self, entries: Iterable[Entry]) -> tuple[int, int]:
        """Add ``entries``; one with a term already in the list replaces that row.

        Returns (added, replaced).
        """
        index = {e.term: i for i, e in enumerate(self._entries)}
        added = replaced = 0
        self.beginResetModel()
        for entry in entries:
            if entry.term in index:
                self._entries[index[entry.term]] = entry
                replaced += 1
            else:
                index[entry.term] = len(self._entries)
                self._entries.append(entry)
                added += 1
        self._revalidate(emit=False)
        self.endResetModel()
        self.entries_changed.emit()
        return added, replaced

    def _changed(self) -> None:
        self._revalidate()
        self.entries_changed.emit()

    def _revalidate(self, emit: bool = True) -> None:
        old = self._problems
        self._problems = validate_entries(self._entries, self._layer, self._others)
        if emit and self._entries:
            changed = [r for r in range(len(self._entries))
                       if r >= len(old) or old[r] != self._problems[r]]
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0),
                                      self.index(max(changed), len(Column) - 1))

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == Column.SPOKEN:
            return self.tr("Gesprochene Varianten und typische Verhörer; mehrere mit „|“ "
                           "trennen.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.TERM: self.tr("Begriff"),
            Column.SPOKEN: self.tr("Gesprochen"),
            Column.CATEGORY: self.tr("Kategorie"),
            Column.NOTE: self.tr("Notiz"),
            Column.STATUS: self.tr("Hinweis"),
        }.get(Column(section))

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        problems = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is Column.TERM:
                return entry.term
            if column is Column.SPOKEN:
                return join_spoken(entry.spoken)
            if column is Column.CATEGORY:
                return entry.category
            if column is Column.NOTE:
                return entry.note
            if role == Qt.ItemDataRole.DisplayRole:
                return " ".join(problems)
            return None
        if role == Qt.ItemDataRole.DecorationRole and problems and column in (Column.TERM,
                                                                               Column.STATUS):
            return self._warning_icon
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            if problems:
                return "\n".join(problems)
            if role == Qt.ItemDataRole.ToolTipRole and column is Column.SPOKEN:
                tip = self.tr("Mehrere gesprochene Varianten mit „|“ trennen.")
                if entry.learned:  # they do not mark the term as hard for the prompt
                    tip += "\n" + self.tr("Gelernt (so verhört die Erkennung den Begriff): {variants}").format(
                        variants=join_spoken(entry.learned))
                return tip
            return None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable and index.column() != Column.STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or not self._editable
                or index.column() == Column.STATUS):
            return False
        row = index.row()
        entry = self._entries[row]
        text = "" if value is None else str(value)
        column = Column(index.column())
        if column is Column.TERM:
            new = replace(entry, term=" ".join(text.split()))
        elif column is Column.SPOKEN:
            new = replace(entry, spoken=split_spoken(text))
        elif column is Column.CATEGORY:
            new = replace(entry, category=text.strip())
        else:
            new = replace(entry, note=text.strip())
        if new == entry:
            return True
        self._entries[row] = new
        self.dataChanged.emit(index, index)
        self._changed()
        return True


class CategoryDelegate(QStyledItemDelegate):
    """Editable combo box with the categories for the category column, as wide as its
    longest category (also where the column is narrower)."""

    def createEditor(self, parent: QWidget, option, index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(CATEGORIES)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setAccessibleName(self.tr("Kategorie"))
        return combo

    def updateEditorGeometry(self, editor: QWidget, option, index: QModelIndex) -> None:
        rect = option.rect
        rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        editor.setGeometry(rect)

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
