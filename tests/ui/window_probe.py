"""Opens the main window, the vocabulary editor and the history on the screen the Qt platform
gives and prints their sizes as JSON; run in a subprocess by ``test_window_size.py`` with an
offscreen screen of a chosen size and scaling::

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=2 \\
        .venv/bin/python -m tests.ui.window_probe
"""

from __future__ import annotations

import json
import os
import sys
import tempfile


def _rect(rect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main() -> int:
    folder = tempfile.mkdtemp()
    os.environ.update(DIKTAT_DATA_DIR=f"{folder}/data", DIKTAT_CONFIG_DIR=f"{folder}/config",
                      DIKTAT_POLICY_FILE=f"{folder}/policy.toml", DIKTAT_LANG="de")
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from dictation.settings import load_settings
    from dictation.vocabulary.lists import Layer
    from ui.history_dialog import HistoryDialog
    from ui.main_window import MainWindow, Services
    from ui.paste import NoPaste
    from ui.vocab_editor import VocabularyEditor

    from .fakes import MICROPHONE, FakeEngine

    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine = FakeEngine()
    window = MainWindow(Services(settings=load_settings(), load_engine=lambda s, p: engine,
                                 list_devices=lambda: [MICROPHONE], paste=NoPaste()))
    window.show()
    editor = VocabularyEditor({Layer.ORGANISATION: None, Layer.PERSONAL: None},
                              {Layer.PERSONAL}, parent=window)
    editor.show()
    history = HistoryDialog(window.history(), window)
    history.show()
    app.processEvents()

    def save_button_rect() -> QRect:
        button = editor.save_button
        return QRect(button.mapToGlobal(button.rect().topLeft()), button.size())

    report = {
        "available": _rect(window.screen().availableGeometry()),
        "main": _rect(window.frameGeometry()),
        "vocabulary": _rect(editor.frameGeometry()),
        "vocabulary_save": _rect(save_button_rect()),
        "history": _rect(history.frameGeometry()),
    }
    print(json.dumps(report))
    window.controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
