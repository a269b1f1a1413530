"""Widgets and workers of the vocabulary editor: the message bar and the recording test's
worker thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dictation import (
    DictationError,
    LoadedModel,
    NoteText,
    RecallItem,
    RecognizerOptions,
    Recording,
    Vocabulary,
    evaluate_recordings,
    summarize,
    transcribe_file,
)

log = logging.getLogger("diktat.ui")

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
    item_done = Signal(object)  # a dictation.vocabulary.recall.RecallItem, after each file
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


__all__ = ["MessageBar", "ModelLoader", "RecallWorker"]
