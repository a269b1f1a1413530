"""The vocabulary editor's test on recordings: term recall in a worker thread.

:class:`VocabularyEditorRecall` is a part of :class:`ui.vocab_editor.VocabularyEditor` (a mixin); the lists
and their rules are the application layer's (:class:`dictation.VocabularyWorkspace`).
Its strings keep the translation context "VocabularyEditor".
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QThread,
)
from PySide6.QtWidgets import (
    QTreeWidgetItem,
)

from dictation import (
    AUDIO_SUFFIXES,
    RecallItem,
    RecallReport,
    Recording,
    find_recordings,
)

from .vocab_widgets import RecallWorker

log = logging.getLogger("diktat.ui")


# Qt's translation; the strings here keep the context "VocabularyEditor" they had in
# :class:`VocabularyEditor` (``lupdate`` and the .ts file know them under it).
translate = QCoreApplication.translate


class VocabularyEditorRecall:
    """The vocabulary editor's test on recordings (a mixin of
    :class:`ui.vocab_editor.VocabularyEditor`)."""

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
        self.recall_status.setText(translate("VocabularyEditor", "{n} Aufnahmen mit bekanntem Text.").format(
            n=len(recordings)))
        self._update_recall_buttons()
        return recordings

    def _pick_recordings_clicked(self) -> None:
        patterns = " ".join(f"*{s}" for s in (*AUDIO_SUFFIXES, ".tsv"))
        paths = self._ask_open_paths(translate("VocabularyEditor", "Aufnahmen wählen"),
                                               translate("VocabularyEditor",
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
        terms, bias = self.workspace.recall_inputs(self.current_layer())
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
        self.recall_status.setText(translate("VocabularyEditor", "Erkennungsmodell wird geladen …"))
        self._update_recall_buttons()
        thread.start()
        return True

    def cancel_recall_test(self) -> None:
        """Ask the running test to stop (after the current segment)."""
        if self._recall_running and self._recall_worker is not None:
            self._recall_worker.cancel()
            self.recall_status.setText(translate("VocabularyEditor", "Wird abgebrochen …"))

    def _on_recall_progress(self, done: int, total: int, name: str) -> None:
        self.recall_progress.setValue(done)
        if name:
            self.recall_status.setText(translate("VocabularyEditor", "Aufnahme {i} von {n}: {name}").format(
                i=done + 1, n=total, name=name))

    def _on_recall_item(self, item: RecallItem) -> None:
        self._recall_items.append(item)
        expected = sum(item.expected.values())
        found = sum(item.found.values())
        hits = item.error or translate("VocabularyEditor", "{found} von {expected}").format(found=found,
                                                                     expected=expected)
        row = QTreeWidgetItem([item.audio.name, hits, item.output_text])
        row.setToolTip(2,
                       translate("VocabularyEditor", "Erwartet: {text}").format(text=item.expected_text))
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
            self.recall_status.setText(translate("VocabularyEditor", "Test fehlgeschlagen.") if self._recall_failed
                                       else translate("VocabularyEditor", "Test abgebrochen."))
            self.recall_finished.emit(None)
            return
        self.recall_status.setText(translate("VocabularyEditor", "Test beendet."))
        if report.recall is None:
            self.recall_summary.setText(translate("VocabularyEditor",
                "In den bekannten Texten kommt kein Begriff dieser Liste vor."))
        else:
            percent = QLocale().toString(report.recall * 100, "f", 0)
            self.recall_summary.setText(translate("VocabularyEditor",
                "Begriffe richtig erkannt: {found} von {expected} ({percent} %).").format(
                found=report.found, expected=report.expected, percent=percent))
        for term, count in report.missed:
            self.missed_tree.addTopLevelItem(QTreeWidgetItem([term, str(count)]))
        self.recall_finished.emit(report)


__all__ = ["VocabularyEditorRecall"]
