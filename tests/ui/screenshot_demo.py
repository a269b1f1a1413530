"""Builds the main window with sample content (fake engine) and saves a screenshot.

Used by tests/ui/test_screenshot.py; also runnable on its own, e.g. at 200 % scaling::

    QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 .venv/bin/python -m tests.ui.screenshot_demo out.png
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from dictation.events import Committed, Level, Partial


def fill_demo(window) -> None:
    """Sample note while recording: fields, committed sentences, a partial, a level."""
    window.toggle_recording()  # the fake microphone: silence until stopped
    window.fields.customer.setText("123A456789")
    window.fields.subject.setEditText("Beratungsgespräch")
    window.fields.author.setText("Erika Mustermann")
    emit = window.controller.event.emit
    emit(Committed("Frau Beispiel erschien pünktlich zum Beratungstermin.", 0.0, 3.0))
    emit(Committed("Sie legte die Kontoauszüge der letzten drei Monate vor.", 3.5, 7.0))
    emit(Committed("neuer Absatz", 7.5, 8.0))
    emit(Committed("Der Weiterbewilligungsantrag wurde besprochen", 8.5, 11.0))
    emit(Partial("und die Unterlagen für das Jobcenter", 11.5, 13.0))
    emit(Level(-18.0, -7.0, 13.0))


def main(path: str) -> int:
    """Save a screenshot of the demo window to ``path``; prints clipped widgets, if any."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = tempfile.mkdtemp()
    os.environ.update(DIKTAT_DATA_DIR=f"{folder}/data", DIKTAT_CONFIG_DIR=f"{folder}/config",
                      DIKTAT_POLICY_FILE=f"{folder}/policy.toml", DIKTAT_LANG="de")
    from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

    from dictation.settings import load_settings
    from ui.main_window import MainWindow, Services
    from ui.paste import NoPaste

    from .fakes import MICROPHONE, FakeEngine

    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine = FakeEngine()
    window = MainWindow(Services(settings=load_settings(), load_engine=lambda s, p: engine,
                                 list_devices=lambda: [MICROPHONE], paste=NoPaste()))
    window.show()
    window.start()
    while window.model_label.text() == "":
        app.processEvents()
    window.controller.state_changed.emit(window.controller.state)
    fill_demo(window)
    app.processEvents()
    clipped = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)
               if w.isVisible() and w.text() and (w.width() < w.minimumSizeHint().width()
                                                  or w.height() < w.minimumSizeHint().height())]
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(path)
    print("clipped:", clipped)
    window.close()
    return 1 if clipped else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
