"""Screenshots of the main window (docs/screenshots) and its size at 200 % scaling."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .screenshot_demo import fill_demo

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def test_screenshot_with_text_and_partial(qtbot, make_window):
    """The window with dictated text and a partial is saved to docs/screenshots/main-window.png."""
    window = make_window()
    fill_demo(window)
    qtbot.wait(50)  # let the layouts settle
    assert window.editor.shown_partial()[0].strip() == "und die Unterlagen für das Jobcenter"
    DOCS.mkdir(parents=True, exist_ok=True)
    image = window.grab()
    assert image.save(str(DOCS / "main-window.png"))
    assert image.width() >= 600


def test_fits_full_hd_at_200_percent(make_window):
    """The window's minimum size fits a Full HD screen at 200 % (960 × 540 logical pixels)."""
    window = make_window()
    hint = window.minimumSizeHint()
    assert hint.width() <= 960 and hint.height() <= 540, hint


def test_screenshot_at_200_percent():
    """At QT_SCALE_FACTOR=2 nothing is clipped; the screenshot is saved for review."""
    env = dict(os.environ, QT_SCALE_FACTOR="2", QT_QPA_PLATFORM="offscreen")
    out = DOCS / "main-window-200.png"
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.screenshot_demo", str(out)],
        cwd=Path(__file__).resolve().parents[2], env=env, capture_output=True, text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.is_file()
