"""Tests of ui/paste.py: which window is remembered and what is sent to paste."""

from __future__ import annotations

import subprocess

import pytest

from ui.paste import NoPaste, PasteFailed, WindowsPaste, X11Paste, paste_backend


class FakeRun:
    """Stands in for subprocess.run with scripted xdotool answers."""

    def __init__(self, active: str = "1234", fail_on: str | None = None) -> None:
        self.active = active
        self.fail_on = fail_on
        self.calls: list[list[str]] = []

    def __call__(self, args, **kwargs):
        self.calls.append(args[1:])
        if self.fail_on and self.fail_on in args:
            return subprocess.CompletedProcess(args, 1, "", "X Error: BadWindow")
        out = self.active + "\n" if args[1] in ("getactivewindow", "getwindowfocus") else ""
        return subprocess.CompletedProcess(args, 0, out, "")


@pytest.fixture
def display(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":99")


def test_x11_remembers_other_windows_only(display):
    """The active window becomes the target unless it is one of Diktat's own windows."""
    run = FakeRun(active="555")
    backend = X11Paste(run=run, xdotool="/usr/bin/xdotool")
    backend.remember_foreground(own_windows={555})
    assert backend.target is None
    run.active = "777"
    backend.remember_foreground(own_windows={555})
    assert backend.target == 777


def test_x11_paste_activates_target_and_sends_ctrl_v(display):
    """Pasting activates the remembered window and sends ctrl+v; it never types the text."""
    run = FakeRun(active="777")
    backend = X11Paste(run=run, xdotool="/usr/bin/xdotool")
    backend.remember_foreground(own_windows=set())
    backend.paste()
    assert run.calls[-2:] == [["windowactivate", "--sync", "777"],
                              ["key", "--clearmodifiers", "ctrl+v"]]
    assert not any("type" in call for call in run.calls)


def test_x11_without_window_manager_uses_focus(display):
    """Without _NET_ACTIVE_WINDOW (no window manager) the input focus is used instead."""
    run = FakeRun(active="888", fail_on="getactivewindow")
    backend = X11Paste(run=run, xdotool="/usr/bin/xdotool")
    backend.remember_foreground(own_windows=set())
    assert backend.target == 888 and run.calls[-1] == ["getwindowfocus"]
    run.fail_on = "windowactivate"
    backend.paste()
    assert run.calls[-2:] == [["windowfocus", "--sync", "888"],
                              ["key", "--clearmodifiers", "ctrl+v"]]


def test_x11_paste_failures(display):
    """No target yet, or a window that is gone: a German message says what to do."""
    backend = X11Paste(run=FakeRun(fail_on="--sync"), xdotool="/usr/bin/xdotool")
    with pytest.raises(PasteFailed) as info:
        backend.paste()
    assert "kein Zielfenster" in info.value.message
    backend.target = 42
    with pytest.raises(PasteFailed) as info:
        backend.paste()
    assert "Strg+V" in info.value.message and "BadWindow" in info.value.detail


def test_x11_unavailable_without_display(monkeypatch):
    """Without DISPLAY (e.g. Wayland-only) X11 pasting is not available."""
    monkeypatch.delenv("DISPLAY", raising=False)
    backend = X11Paste(run=FakeRun(), xdotool="/usr/bin/xdotool")
    assert not backend.is_available()
    with pytest.raises(PasteFailed):
        backend.paste()


def test_backend_choice():
    """xcb → xdotool; windows → user32 (only on Windows); anything else → clipboard only."""
    assert isinstance(paste_backend("xcb"), X11Paste)
    assert isinstance(paste_backend("wayland"), NoPaste)
    assert isinstance(paste_backend("offscreen"), NoPaste)
    with pytest.raises(PasteFailed) as info:
        NoPaste().paste()
    assert "Zwischenablage" in info.value.message
    assert not WindowsPaste().is_available() or paste_backend("windows").is_available()
