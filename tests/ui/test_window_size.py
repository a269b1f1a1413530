"""Window sizes: the main window's default size and saved geometry, and every window inside
the screen at 200 % scaling (issue 10)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def probe(tmp_path: Path, width: int, height: int, scale: int) -> dict[str, list[int]]:
    """Sizes of the windows on an offscreen screen of ``width`` × ``height`` pixels at
    ``scale`` (``tests/ui/window_probe.py`` in a subprocess: the screen is fixed per process)."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "probe", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBase": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               QT_SCALE_FACTOR=str(scale))
    result = subprocess.run([sys.executable, "-m", "tests.ui.window_probe"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return x >= ax and y >= ay and x + w <= ax + aw and y + h <= ay + ah


def test_main_window_opens_at_a_share_of_a_large_screen(tmp_path):
    """On a 2560 × 1440 screen the main window opens at about two thirds of it (not at the
    632 × 437 of its contents), centred."""
    sizes = probe(tmp_path, 2560, 1440, 1)
    x, y, width, height = sizes["main"]
    assert 0.6 * 2560 <= width <= 0.7 * 2560 and 0.6 * 1440 <= height <= 0.7 * 1440
    assert abs((x + width / 2) - 1280) < 20 and abs((y + height / 2) - 720) < 40


@pytest.mark.parametrize("screen", [(1600, 1000, 2), (1366, 768, 1)])
def test_windows_fit_the_screen(tmp_path, screen):
    """At 200 % on 1600 × 1000 (800 × 500 logical) and on 1366 × 768 the main window, the
    vocabulary editor (with its Speichern button) and the history stay on the screen; the
    main window is at least 900 × 650 where that fits."""
    width, height, scale = screen
    sizes = probe(tmp_path, width, height, scale)
    area = sizes["available"]
    for name in ("main", "vocabulary", "vocabulary_save", "history"):
        assert inside(sizes[name], area), (name, sizes[name], area)
    if area[2] >= 950 and area[3] >= 720:
        assert sizes["main"][2] >= 900 and sizes["main"][3] >= 650


def test_main_window_restores_its_saved_size(qtbot, make_window):
    """A size the user chose is saved on closing and used at the next start."""
    window = make_window()
    window.resize(700, 560)
    window.close()
    again = make_window()
    assert again.size().width() == 700 and again.size().height() == 560
