""""Begriff trainieren" in the vocabulary editor: the supervisor speaks a term in a carrier
sentence (or lets the installed voices speak it), sees what the recogniser wrote instead, and
adopts those forms as spoken variants of the entry (marked as learned).

The recognising runs in a worker thread (:class:`TrainingWorker`); the dialog only shows it.
The rules of what is learned are the core's (:mod:`dictation.vocabulary.training`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dictation import (
    AudioSource,
    DictationError,
    Entry,
    LoadedModel,
    Take,
    TermTrainer,
    TermTraining,
    Verdict,
    Voice,
    carrier_sentences,
    level_db,
    record_take,
)

from .level_meter import LevelMeter
from .vocab_widgets import ModelLoader

log = logging.getLogger("diktat.ui")
translate = QCoreApplication.translate

__all__ = ["TermTrainingDialog", "TrainingWorker", "finish_all"]

# Every training thread with its worker, from its start until it has ended: a dialog closed
# during a take does not wait for it, and neither object may be destroyed while it runs.
# Only :class:`_Reaper` (GUI thread, after ``wait``) and :func:`finish_all` remove them.
_FINISHING: dict[QThread, TrainingWorker] = {}


def verdict_text(verdict: Verdict, other: str | None = None) -> str:
    """Why a heard form is (not) proposed, in the supervisor's words."""
    if verdict is Verdict.OTHER_TERM and other:
        return translate("TermTraining", "gehört schon zu „{term}“ – nicht vorgeschlagen").format(
            term=other)
    return {
        Verdict.NEW: translate("TermTraining", "falsch erkannt – vorgeschlagen"),
        Verdict.RIGHT: translate("TermTraining", "richtig erkannt"),
        Verdict.CORRECTED: translate("TermTraining", "wird schon korrigiert"),
        Verdict.OTHER_TERM: translate("TermTraining",
                                      "gehört schon zu einem anderen Eintrag – nicht vorgeschlagen"),
        Verdict.COMMON: translate("TermTraining",
                                  "gewöhnliche Wörter – nicht vorgeschlagen, sonst würden "
                                  "normale Sätze geändert"),
        Verdict.SHORT: translate("TermTraining", "zu kurz – nicht vorgeschlagen"),
        Verdict.INFLECTED: translate("TermTraining",
                                     "gebeugte Form – wird schon richtig geschrieben"),
        Verdict.FAR: translate("TermTraining",
                               "zu weit vom Begriff entfernt – nicht vorgeschlagen"),
    }[verdict]


class TrainingWorker(QObject):
    """Loads the model, records takes from the microphone or the voices and recognises them
    (in its own thread; the dialog talks to it through queued signals)."""

    ready = Signal()  # the model is loaded: takes can start
    failed = Signal(str, str)  # user message, detail
    recording = Signal(bool)  # the microphone is open (True) / the take has ended (False)
    level = Signal(float, float)  # RMS and peak dB of the last block while recording
    recognising = Signal()  # a microphone take is being recognised
    take_done = Signal(object, object)  # a dictation Take, the proposed forms so far
    idle = Signal()  # done with the request (also after a failure)

    def __init__(self, model_loader: ModelLoader, entries: Sequence[Entry], entry: Entry,
                 microphone: Callable[[], AudioSource] | None, voices: Sequence[Voice]) -> None:
        super().__init__()
        self._loader = model_loader
        self._entries = list(entries)
        self._entry = entry
        self._microphone = microphone
        self._voices = list(voices)
        self._stop = threading.Event()  # "Stopp": end the take, then recognise it
        self._cancel = threading.Event()  # the dialog closed: end everything, keep nothing
        self.session: TermTraining | None = None

    def arm(self) -> None:
        """Clear an earlier "Stopp"; the GUI thread calls it right before a request."""
        self._stop.clear()

    def stop_recording(self) -> None:
        """End the microphone take now; it is still recognised (thread-safe)."""
        self._stop.set()

    def cancel(self) -> None:
        """End whatever runs as soon as possible and report nothing more (thread-safe)."""
        self._cancel.set()
        self._stop.set()

    @Slot()
    def load(self) -> None:
        try:
            loaded = self._loader()
            model = loaded.model if isinstance(loaded, LoadedModel) else loaded
            self.session = TermTraining(TermTrainer(model, self._entries), self._entry)
        except DictationError as exc:
            self.failed.emit(str(exc), exc.detail)
            return
        except Exception as exc:  # noqa: BLE001 - the loader is the main window's code
            log.exception("model for term training")
            self.failed.emit(self.tr("Das Erkennungsmodell konnte nicht geladen werden."),
                             repr(exc))
            return
        self.ready.emit()

    @Slot()
    def record(self) -> None:
        """One take from the microphone, then recognised."""
        try:
            if self.session is None or self._microphone is None:
                return
            started = False

            def on_started() -> None:
                nonlocal started
                started = True
                self.recording.emit(True)

            try:
                audio = record_take(self._microphone(), self._stop, on_started=on_started,
                                    on_audio=lambda block: self.level.emit(*level_db(block)))
            finally:
                if started:
                    self.recording.emit(False)
            if self._cancel.is_set():
                return
            if audio.size == 0:
                self.failed.emit(self.tr("Die Aufnahme wurde beendet, bevor Ton vom Mikrofon "
                                         "kam.") if self._stop.is_set()
                                 else self.tr("Es kam kein Ton vom Mikrofon."), "")
                return
            self.recognising.emit()
            take = self.session.add(self.tr("Mikrofon"), audio)
            self.take_done.emit(take, self.session.proposed)
        except DictationError as exc:  # no microphone, busy, unplugged
            self.failed.emit(str(exc), exc.detail)
        except Exception as exc:  # noqa: BLE001 - report, never kill the thread silently
            log.exception("term training from the microphone")
            self.failed.emit(self.tr("Die Aufnahme ist fehlgeschlagen."), repr(exc))
        finally:
            self.idle.emit()

    @Slot()
    def speak(self) -> None:
        """Takes of the installed voices, each shown as soon as it is recognised."""
        try:
            if self.session is None:
                return
            session = self.session
            broken: dict[str, str] = {}
            takes = session.speak(
                self._voices, self._stop,  # "Stopp", or closing (cancel sets it too)
                on_take=lambda take: self.take_done.emit(take, session.proposed),
                on_failed=lambda voice, err: broken.setdefault(voice.name, str(err)))
            if self._cancel.is_set():
                return
            detail = "; ".join(f"{name}: {err}" for name, err in broken.items())
            if not takes and (broken or not self._stop.is_set()):
                self.failed.emit(self.tr("Keine der Computerstimmen hat gesprochen."), detail)
            elif broken:  # the others spoke: their results stay
                self.failed.emit(self.tr("Diese Computerstimmen sind fehlgeschlagen: {names}. "
                                         "Die Ergebnisse der anderen stehen unter „Gehört“.")
                                 .format(names=", ".join(broken)), detail)
        except Exception as exc:  # noqa: BLE001 - report, never kill the thread silently
            log.exception("term training with voices")
            self.failed.emit(self.tr("Die Computerstimmen sind fehlgeschlagen."), repr(exc))
        finally:
            self.idle.emit()


class TermTrainingDialog(QDialog):
    """Train one entry: speak, see what was heard, adopt the proposed variants.

    Args:
      entry: The entry to train (its term must not be empty).
      entries: All entries of all lists (unsaved edits included): what counts as another
        term, and what the text pipeline already corrects.
      model_loader: Returns the Whisper model; called in the worker thread.
      microphone: Opens the user's microphone (called in the worker thread; may raise
        ``DictationError``); None hides "Sprechen".
      voices: Installed speech synthesiser voices; none hides "Computerstimmen".
    """

    # requests to the worker (queued into its thread)
    _load_requested = Signal()
    _record_requested = Signal()
    _speak_requested = Signal()

    def __init__(self, entry: Entry, entries: Sequence[Entry], model_loader: ModelLoader,
                 microphone: Callable[[], AudioSource] | None,
                 voices: Sequence[Voice] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.takes: list[Take] = []
        self._recording = False
        self._speaking = False  # the voices speak (their button reads "Stopp")
        self._busy = True  # until the model is loaded
        self._error: str | None = None  # the last request's failure, shown until the next
        self.setWindowTitle(self.tr("Begriff trainieren – Diktat"))
        self.setAccessibleName(self.tr("Begriff trainieren"))
        self._build(entry, microphone is not None, voices)

        self._worker = worker = TrainingWorker(model_loader, entries, entry, microphone, voices)
        # No parents: a take still running when the dialog closes finishes on its own (see
        # done); _FINISHING owns both until the thread has ended.
        self._thread = thread = QThread()
        worker.moveToThread(thread)
        thread.finished.connect(_reaper().reap)  # queued into the GUI thread
        direct = Qt.ConnectionType.DirectConnection
        self.destroyed.connect(worker.cancel, direct)  # deleted without done(): end anyway
        self.destroyed.connect(thread.quit, direct)
        self._load_requested.connect(worker.load)
        self._record_requested.connect(worker.record)
        self._speak_requested.connect(worker.speak)
        worker.ready.connect(self._on_ready)
        worker.failed.connect(self._on_failed)
        worker.recording.connect(self._on_recording)
        worker.level.connect(self.level_meter.set_level)
        worker.recognising.connect(self._on_recognising)
        worker.take_done.connect(self._on_take)
        worker.idle.connect(self._on_idle)
        _FINISHING[thread] = worker
        thread.start()
        self.status.setText(self.tr("Das Erkennungsmodell wird geladen …"))
        self._update_buttons()
        self._load_requested.emit()

    # -- layout --------------------------------------------------------------------------

    def _build(self, entry: Entry, microphone: bool, voices: Sequence[Voice]) -> None:
        layout = QVBoxLayout(self)
        sentences = carrier_sentences(entry)
        if microphone:
            how = self.tr("Klicken Sie auf „Sprechen“ und sagen Sie einen dieser Sätze wie beim "
                          "Diktieren; die Aufnahme endet nach einer kurzen Pause von selbst:") \
                if len(sentences) > 1 else self.tr(
                "Klicken Sie auf „Sprechen“ und sagen Sie diesen Satz wie beim Diktieren; die "
                "Aufnahme endet nach einer kurzen Pause von selbst:")
        else:
            how = self.tr("Die installierten Computerstimmen sprechen:")
        intro = QLabel(self.tr("Diktat lernt, was die Erkennung statt „{term}“ schreibt, und "
                               "korrigiert es künftig.").format(term=entry.term) + " " + how,
                       self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.sentence = QLabel("\n".join(sentences), self)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.sentence.setFont(font)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setAccessibleName(self.tr("Zu sprechender Satz"))
        layout.addWidget(self.sentence)

        row = QHBoxLayout()
        self.record_button = QPushButton(self.tr("&Sprechen"), self)
        self.record_button.setToolTip(self.tr("Eine Aufnahme vom Mikrofon (endet nach einer Pause)"))
        self.record_button.setAccessibleDescription(self.record_button.toolTip())
        self.record_button.setVisible(microphone)
        self.record_button.clicked.connect(self._record_clicked)
        self.voices_button = QPushButton(self.tr("&Computerstimmen"), self)
        self.voices_button.setToolTip(self.tr("Den Satz von den installierten Stimmen sprechen "
                                              "lassen: {names}").format(
            names=", ".join(v.name for v in voices)))
        self.voices_button.setAccessibleDescription(self.voices_button.toolTip())
        self.voices_button.setVisible(bool(voices))
        self.voices_button.clicked.connect(self._voices_clicked)
        self.level_meter = LevelMeter(self)
        self.level_meter.setVisible(microphone)
        row.addWidget(self.record_button)
        row.addWidget(self.voices_button)
        row.addWidget(self.level_meter, 1)
        layout.addLayout(row)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.status.setAccessibleName(self.tr("Stand"))
        layout.addWidget(self.status)

        heard_label = QLabel(self.tr("&Gehört:"), self)
        self.heard_list = QListWidget(self)
        self.heard_list.setAccessibleName(self.tr("Gehört"))
        heard_label.setBuddy(self.heard_list)
        layout.addWidget(heard_label)
        layout.addWidget(self.heard_list, 1)
        learn_label = QLabel(self.tr("Als gesprochene &Varianten lernen:"), self)
        self.proposed_list = QListWidget(self)
        self.proposed_list.setAccessibleName(self.tr("Zu lernende Varianten"))
        learn_label.setBuddy(self.proposed_list)
        self.proposed_list.itemChanged.connect(lambda _item: self._update_buttons())
        layout.addWidget(learn_label)
        layout.addWidget(self.proposed_list, 1)

        self.buttons = QDialogButtonBox(self)
        self.adopt_button = self.buttons.addButton(self.tr("&Übernehmen"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Ab&brechen"),
                                                    QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 50, self.fontMetrics().lineSpacing() * 30)

    # -- results -------------------------------------------------------------------------

    def chosen(self) -> list[str]:
        """The proposed variants left ticked."""
        return [self.proposed_list.item(i).text() for i in range(self.proposed_list.count())
                if self.proposed_list.item(i).checkState() == Qt.CheckState.Checked]

    def proposed(self) -> list[str]:
        """All proposed variants, ticked or not."""
        return [self.proposed_list.item(i).text() for i in range(self.proposed_list.count())]

    # -- requests and worker events ------------------------------------------------------

    def _record_clicked(self) -> None:
        if self._recording:
            self._worker.stop_recording()
            return
        self._busy = True
        self._error = None
        self.status.setText(self.tr("Das Mikrofon wird geöffnet …"))
        self._update_buttons()
        self._worker.arm()
        self._record_requested.emit()

    def _voices_clicked(self) -> None:
        if self._speaking:
            self._worker.stop_recording()  # after the take in progress; the others stay
            self.voices_button.setEnabled(False)
            return
        self._busy = self._speaking = True
        self._error = None
        self.status.setText(self.tr("Die Computerstimmen sprechen, die Erkennung hört zu …"))
        self._update_buttons()
        self._worker.arm()
        self._speak_requested.emit()

    def _on_ready(self) -> None:
        self._busy = False
        self.status.setText(self.tr("Bereit."))
        self._update_buttons()

    def _on_failed(self, message: str, detail: str) -> None:
        log.warning("term training: %s (%s)", message, detail)
        self._error = message
        self.status.setText(message)

    def _on_recording(self, on: bool) -> None:
        self._recording = on
        if on:
            self.status.setText(self.tr("Aufnahme läuft – bitte jetzt den Satz sprechen."))
        else:
            self.level_meter.reset()
        self._update_buttons()

    def _on_recognising(self) -> None:
        self.status.setText(self.tr("Wird erkannt …"))

    def _on_take(self, take: Take, proposed: list[str]) -> None:
        self.takes.append(take)
        number = len(self.takes)
        if not take.heard:
            QListWidgetItem(self.tr("{n}. {source}: Satz nicht verstanden").format(
                n=number, source=take.source), self.heard_list)
        for form in take.heard:
            QListWidgetItem(self.tr("{n}. {source}: „{text}“ – {verdict}").format(
                n=number, source=take.source, text=form.text,
                verdict=verdict_text(form.verdict, form.other)), self.heard_list)
        self.heard_list.scrollToBottom()
        # the core's list (duplicates by letters removed); ticks the user set are kept
        unticked = set(self.proposed()) - set(self.chosen())
        self.proposed_list.blockSignals(True)
        self.proposed_list.clear()
        for text in proposed:
            item = QListWidgetItem(text, self.proposed_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if text in unticked
                               else Qt.CheckState.Checked)
        self.proposed_list.blockSignals(False)

    def _on_idle(self) -> None:
        self._busy = self._speaking = False
        if self._error is None and self.takes:
            if self.proposed():
                text = self.tr("Die angehakten Varianten werden mit „Übernehmen“ gelernt (danach "
                               "die Liste speichern). Weitere Aufnahmen sind möglich.")
            elif any(take.heard for take in self.takes):
                text = self.tr("Nichts zu lernen (die Gründe stehen unter „Gehört“).")
            else:
                text = self.tr("Satz nicht verstanden. Bitte noch einmal deutlich sprechen.")
            self.status.setText(text)
        elif self._error is None:  # stopped before the first take
            self.status.setText(self.tr("Bereit."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.record_button.setText(self.tr("&Stopp") if self._recording else self.tr("&Sprechen"))
        self.record_button.setEnabled(self._recording or not self._busy)
        self.voices_button.setText(self.tr("S&topp") if self._speaking
                                   else self.tr("&Computerstimmen"))
        self.voices_button.setEnabled(self._speaking or not self._busy)
        self.adopt_button.setEnabled(not self._busy and bool(self.chosen()))

    # -- closing -------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """done() was called: the dialog hid itself and waits to be deleted."""
        return self.isHidden()

    def done(self, result: int) -> None:  # noqa: D401 - Qt override
        """Closing cancels a running take without waiting for it (its result is dropped)."""
        self._worker.cancel()
        self._thread.quit()
        super().done(result)


class _Reaper(QObject):
    """Lives in the GUI thread and drops a training thread and its worker once the thread
    has ended, so that neither is deleted from the worker thread or while it runs."""

    @Slot()
    def reap(self) -> None:
        thread = self.sender()
        if isinstance(thread, QThread) and thread in _FINISHING:
            thread.wait()  # finished() comes right before the thread's end: at most moments
            del _FINISHING[thread]


_REAPER: list[_Reaper] = []


def _reaper() -> _Reaper:
    if not _REAPER:
        _REAPER.append(_Reaper())
        app = QCoreApplication.instance()
        if app is not None:  # the app quits: no training thread may outlive it
            app.aboutToQuit.connect(finish_all)
    return _REAPER[0]


def finish_all(timeout_ms: int = 30000) -> bool:
    """Cancel every training take and wait for the threads to end (the app quits: a thread
    running on while Python shuts down aborts the process). False if one did not end."""
    ended = True
    for thread, worker in list(_FINISHING.items()):
        worker.cancel()
        thread.quit()
        if thread.wait(timeout_ms):
            _FINISHING.pop(thread, None)
        else:
            log.error("term training thread did not end within %d ms", timeout_ms)
            ended = False
    return ended
