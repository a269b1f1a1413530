"""The vocabulary editor's "Ausprobieren" and collected suggestions.

:class:`VocabularyEditorTools` is a part of :class:`ui.vocab_editor.VocabularyEditor` (a mixin); the lists
and their rules are the application layer's (:class:`dictation.VocabularyWorkspace`).
Its strings keep the translation context "VocabularyEditor".
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
)
from PySide6.QtWidgets import (
    QTreeWidgetItem,
)

from dictation import (
    CollectedSuggestion,
    Correction,
    Entry,
    Layer,
    Vocabulary,
    learn,
)

from .term_training import TermTrainingDialog

log = logging.getLogger("diktat.ui")


# Qt's translation; the strings here keep the context "VocabularyEditor" they had in
# :class:`VocabularyEditor` (``lupdate`` and the .ts file know them under it).
translate = QCoreApplication.translate


class VocabularyEditorTools:
    """The vocabulary editor's "Ausprobieren" and suggestions (a mixin of
    :class:`ui.vocab_editor.VocabularyEditor`)."""

    def merged_vocabulary(self) -> Vocabulary:
        """All lists merged, including unsaved edits."""
        return self.workspace.merged_vocabulary()

    # -- "Begriff trainieren" ----------------------------------------------------------------

    def _trainable_row(self) -> int | None:
        """The model row to train: one selected entry with a term, in a list the user may
        change, with a model and something to speak with."""
        if (self._model_loader is None or not self.is_editable()
                or (self._microphone is None and not self._voices)):
            return None
        rows = self.selected_rows()
        if len(rows) != 1 or not self.model().entries()[rows[0]].term.strip():
            return None
        return rows[0]

    def _update_train_button(self, *_args: object) -> None:
        self.train_button.setEnabled(self._trainable_row() is not None)
        if self._model_loader is None:
            self.train_button.setToolTip(translate("VocabularyEditor",
                "Kein Erkennungsmodell geladen: Begriffe können trainiert werden, sobald Diktat "
                "bereit ist (den Editor dann neu öffnen)."))

    def train_selected_term(self) -> TermTrainingDialog | None:
        """Open "Begriff trainieren" for the selected entry (None when it cannot be
        trained); adopting its variants changes the entry (not yet saved)."""
        row = self._trainable_row()
        if row is None:
            return None
        layer = self.current_layer()
        entry = self.model().entries()[row]
        dialog = TermTrainingDialog(entry, self.merged_vocabulary().entries, self._model_loader,
                                    self._microphone, self._voices, self)
        dialog.accepted.connect(lambda: self._adopt_trained(layer, row, entry, dialog.chosen()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _adopt_trained(self, layer: Layer, row: int, entry: Entry, variants: list[str]) -> None:
        """Add the chosen variants to the trained entry as it is now (edits made meanwhile
        kept); if the row no longer holds that term, say so rather than change another."""
        if not variants:
            return
        model = self.model(layer)
        entries = model.entries()
        if row >= len(entries) or entries[row].term != entry.term:
            log.warning("trained entry %r no longer in row %d", entry.term, row)
            self.message_bar.show_message("error", translate("VocabularyEditor",
                "„{term}“ steht nicht mehr an seiner Stelle in der Liste; die gelernten "
                "Varianten {variants} wurden nicht übernommen. Bitte den Begriff erneut "
                "trainieren.").format(term=entry.term,
                                      variants=", ".join(f"„{v}“" for v in variants)))
            return
        model.replace_entry(row, learn(entries[row], variants))
        self.message_bar.show_message("info", translate("VocabularyEditor",
            "Für „{term}“ gelernt: {variants} (noch nicht gespeichert).").format(
            term=entry.term, variants=", ".join(f"„{v}“" for v in variants)))

    def try_it(self, text: str) -> tuple[str, list[Correction]]:
        """Run term correction on ``text`` with the current (unsaved) lists."""
        return self.workspace.try_it(text)

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
        rules = {"spoken": translate("VocabularyEditor", "gesprochene Variante"),
                 "exact": translate("VocabularyEditor", "gleiche Buchstaben"),
                 "inflection": translate("VocabularyEditor", "gebeugte Form"),
                 "fuzzy": translate("VocabularyEditor", "ähnlicher Klang")}
        locale = QLocale()
        lines = []
        for c in corrections:
            score = locale.toString(float(c.score), "f", 0 if c.score == int(c.score) else 1)
            lines.append(translate("VocabularyEditor", "{spoken} → {written} ({rule}, {score})").format(
                spoken=c.original, written=c.replacement, rule=rules.get(c.rule, c.rule),
                score=score))
        if lines:
            self.try_changes.addItems(lines)
        else:
            self.try_changes.addItem(translate("VocabularyEditor", "Keine Änderung."))
        self.try_result.setAccessibleDescription(
            corrected + (" — " + "; ".join(lines) if lines else ""))

    def _suggestion_target(self) -> Layer | None:
        return self.workspace.suggestion_target()

    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.suggestions_tree.parentWidget() \
                and not self._suggestions_loaded:
            self.refresh_suggestions()

    def refresh_suggestions(self) -> list[CollectedSuggestion]:
        """Collect the suggestions again (those already in the lists are left out)."""
        self._suggestions_loaded = True
        items, messages = self.workspace.collect_suggestions()
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
        self.workspace.approve(items)
        self._drop_suggestions(items)
        self.set_current_layer(target)
        self.message_bar.show_message("info", translate("VocabularyEditor",
            "{n} Vorschläge in die Liste „{list}“ übernommen (noch nicht gespeichert).").format(
            n=len(items), list=self._layer_name(target)))
        return len(items)

    def reject_suggestions(self, items: Sequence[CollectedSuggestion] | None = None) -> int:
        """Reject suggestions (default: the checked, else the selected ones); recorded in
        the first suggestion folder so that they are not collected again."""
        items = list(items) if items is not None else self._chosen_suggestions()
        if not items:
            return 0
        failed = self.workspace.reject(items)
        if failed is not None:
            folder, exc = failed
            self.message_bar.show_message("error", translate("VocabularyEditor",
                "Die Ablehnung konnte nicht in „{folder}“ vermerkt werden: {reason}").format(
                folder=folder, reason=exc))
            return 0
        self._drop_suggestions(items)
        self.message_bar.show_message("info",
                                      translate("VocabularyEditor", "{n} Vorschläge abgelehnt.").format(
            n=len(items)))
        return len(items)


__all__ = ["VocabularyEditorTools"]
