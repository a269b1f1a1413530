"""Pasting into another program's window for real: Xvfb, xdotool and two Qt processes.

Skipped where Xvfb or xdotool is missing. The X server runs without a window manager, so this
also covers the fallback from ``windowactivate`` to ``windowfocus``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

TARGET = '''
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTextEdit
app = QApplication([])
out = Path(sys.argv[1])
edit = QTextEdit()
edit.setWindowTitle("Fachverfahren")
edit.resize(400, 200)
edit.show()
edit.activateWindow()
edit.textChanged.connect(lambda: out.write_text(edit.toPlainText(), encoding="utf-8"))
Path(sys.argv[2]).write_text(str(int(edit.winId())))
app.exec()
'''

DIKTAT = '''
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from dictation.settings import load_settings
from tests.ui.fakes import MICROPHONE, FakeEngine
from ui.main_window import MainWindow, Services
from ui.paste import X11Paste
engine = FakeEngine()
window = MainWindow(Services(settings=load_settings(), load_engine=lambda s, p: engine,
                             list_devices=lambda: [MICROPHONE], paste=X11Paste()))
window._remember_foreground()  # the other program has the focus now
print("target", window.paste_target.target, flush=True)
window.show()
window.activateWindow()
end = time.time() + 3
while time.time() < end and not window.isActiveWindow():
    app.processEvents(); time.sleep(0.02)
window.editor.commit(sys.argv[1])
ok = window.paste_into_previous()
end = time.time() + 3
while time.time() < end:  # serve the clipboard to the other program
    app.processEvents(); time.sleep(0.02)
print("pasted", ok, window.errors, flush=True)
window.close()
'''


def _free_display() -> int:
    for number in range(90, 140):
        socket, lock = Path(f"/tmp/.X11-unix/X{number}"), Path(f"/tmp/.X{number}-lock")
        if not socket.exists() and not lock.exists():
            return number
    pytest.skip("no free X display number")


@pytest.fixture
def xvfb():
    """A bare X server (no window manager) for this test."""
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        pytest.skip("Xvfb or xdotool not installed")
    number = _free_display()
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        else:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(5)


def test_paste_reaches_other_program_exactly(xvfb, tmp_path):
    """Text with capital umlauts arrives unchanged in the window that was active before."""
    env = dict(os.environ, DISPLAY=xvfb, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(REPO))
    received = tmp_path / "received.txt"
    window_id = tmp_path / "window.txt"
    (tmp_path / "target.py").write_text(TARGET, encoding="utf-8")
    (tmp_path / "diktat.py").write_text(DIKTAT, encoding="utf-8")
    target = subprocess.Popen([sys.executable, str(tmp_path / "target.py"), str(received),
                               str(window_id)], env=env, cwd=REPO)
    try:
        for _ in range(200):
            if window_id.exists() and window_id.read_text():
                break
            time.sleep(0.05)
        time.sleep(0.3)
        text = "Grüße an Frau Özdemir. Äpfel, Übergabe und Maßnahme."
        result = subprocess.run([sys.executable, str(tmp_path / "diktat.py"), text], env=env,
                                cwd=REPO, capture_output=True, text=True, timeout=60)
        assert "pasted True []" in result.stdout, result.stdout + result.stderr
        assert f"target {window_id.read_text()}" in result.stdout
        assert received.read_text(encoding="utf-8") == text
    finally:
        target.terminate()
        target.wait(5)
