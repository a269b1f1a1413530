"""Paste the note into the window the user came from (the case management program).

Always clipboard + Ctrl+V, never simulated typing: typing drops characters and, on X11, the
Shift of capital umlauts ("Ä" arrives as "ä"); pasting is exact and fast.

The target is the window that was active before the user switched to Diktat. The window
remembers it while Diktat is in the background (:meth:`PasteBackend.remember_foreground`,
called every second while the app is inactive, and at the start of a dictation), because once
Diktat is active the system only reports Diktat's own window.

* X11: ``xdotool getactivewindow``, then ``xdotool windowactivate --sync`` and
  ``xdotool key --clearmodifiers ctrl+v``. Without an EWMH window manager (no
  ``_NET_ACTIVE_WINDOW``) the input focus is used instead: ``getwindowfocus``/``windowfocus``.
* Windows: ``GetForegroundWindow``, then ``SetForegroundWindow`` and ``SendInput`` (Ctrl+V),
  through ctypes.
* Elsewhere (Wayland, macOS): not available; the text is still copied to the clipboard and the
  user pastes it with Ctrl+V.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection

from PySide6.QtCore import QCoreApplication

log = logging.getLogger("diktat.ui")


class PasteFailed(Exception):
    """Pasting into the other window failed; ``message`` is for the user."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class PasteBackend(ABC):
    """Remembers the window the user works in and pastes into it."""

    def __init__(self) -> None:
        self.target: int | None = None

    @abstractmethod
    def is_available(self) -> bool:
        """True when this system supports pasting into another window."""

    @abstractmethod
    def active_window(self) -> int | None:
        """Id of the active window of the desktop, or None when unknown."""

    @abstractmethod
    def paste(self) -> None:
        """Activate :attr:`target` and send Ctrl+V; the clipboard must hold the text.

        Raises ``PasteFailed``.
        """

    def remember_foreground(self, own_windows: Collection[int]) -> None:
        """Note the active window as paste target unless it is one of ours."""
        if not self.is_available():
            return
        window = self.active_window()
        if window and window not in own_windows:
            if window != self.target:
                log.debug("paste target is now window %s", window)
            self.target = window

    def _no_target(self) -> PasteFailed:
        return PasteFailed(
            QCoreApplication.translate(
                "Paste",
                "Es ist kein Zielfenster bekannt. Bitte wechseln Sie einmal in das Programm, in "
                "das eingefügt werden soll, und dann zurück zu Diktat. Der Text liegt in der "
                "Zwischenablage und kann dort auch mit Strg+V eingefügt werden.",
            )
        )


class X11Paste(PasteBackend):
    """X11 through the ``xdotool`` program."""

    def __init__(self, run: Callable[..., subprocess.CompletedProcess] = subprocess.run,
                 xdotool: str | None = None) -> None:
        super().__init__()
        self._run = run
        self._xdotool = xdotool or shutil.which("xdotool")

    def is_available(self) -> bool:
        return bool(self._xdotool) and bool(os.environ.get("DISPLAY"))

    def _call(self, *args: str) -> str:
        result = self._run([self._xdotool, *args], capture_output=True, text=True, timeout=5)
        if result.returncode != 0:
            raise OSError(f"xdotool {' '.join(args)}: exit {result.returncode}: "
                          f"{(result.stderr or '').strip()}")
        return result.stdout or ""

    def active_window(self) -> int | None:
        for command in ("getactivewindow", "getwindowfocus"):
            try:
                return int(self._call(command).strip())
            except (OSError, ValueError, subprocess.SubprocessError) as err:
                log.debug("xdotool %s failed: %s", command, err)
        return None

    def paste(self) -> None:
        if not self.is_available():
            raise _unavailable()
        if self.target is None:
            raise self._no_target()
        try:
            try:
                self._call("windowactivate", "--sync", str(self.target))
            except (OSError, subprocess.SubprocessError) as err:
                log.debug("windowactivate failed (%s); focusing the window instead", err)
                self._call("windowfocus", "--sync", str(self.target))
            self._call("key", "--clearmodifiers", "ctrl+v")
        except (OSError, subprocess.SubprocessError) as err:
            log.warning("pasting with xdotool failed: %s", err)
            raise PasteFailed(
                QCoreApplication.translate(
                    "Paste",
                    "Das Einfügen in das andere Fenster hat nicht geklappt; vielleicht wurde es "
                    "geschlossen. Der Text liegt in der Zwischenablage: Bitte dort mit Strg+V "
                    "einfügen.",
                ),
                str(err),
            ) from err


class WindowsPaste(PasteBackend):
    """Windows through user32 (``GetForegroundWindow``, ``SetForegroundWindow``, ``SendInput``)."""

    def __init__(self) -> None:
        super().__init__()
        self._user32 = None
        if sys.platform == "win32":
            import ctypes

            self._user32 = ctypes.WinDLL("user32", use_last_error=True)

    def is_available(self) -> bool:
        return self._user32 is not None

    def active_window(self) -> int | None:
        if self._user32 is None:
            return None
        return int(self._user32.GetForegroundWindow() or 0) or None

    def paste(self) -> None:
        if self._user32 is None:
            raise _unavailable()
        if self.target is None or not self._user32.IsWindow(self.target):
            self.target = None
            raise self._no_target()
        import ctypes

        if not self._user32.SetForegroundWindow(self.target):
            raise PasteFailed(
                QCoreApplication.translate(
                    "Paste",
                    "Das andere Fenster ließ sich nicht aktivieren. Der Text liegt in der "
                    "Zwischenablage: Bitte dort mit Strg+V einfügen.",
                ),
                f"SetForegroundWindow failed: {ctypes.get_last_error()}",
            )
        time.sleep(0.05)  # let the window take the focus before the keys arrive
        inputs = _ctrl_v_inputs()
        sent = self._user32.SendInput(len(inputs), inputs, ctypes.sizeof(inputs[0]))
        if sent != len(inputs):
            raise PasteFailed(
                QCoreApplication.translate(
                    "Paste",
                    "Die Tastenkombination Strg+V konnte nicht gesendet werden. Der Text liegt "
                    "in der Zwischenablage: Bitte dort mit Strg+V einfügen.",
                ),
                f"SendInput sent {sent} of {len(inputs)}: {ctypes.get_last_error()}",
            )


def _ctrl_v_inputs():
    """INPUT records: release Shift (the user may still hold Ctrl+Shift+V), then Ctrl+V."""
    import ctypes
    from ctypes import wintypes

    class KEYBDINPUT(ctypes.Structure):
        _fields_ = [("wVk", wintypes.WORD), ("wScan", wintypes.WORD),
                    ("dwFlags", wintypes.DWORD), ("time", wintypes.DWORD),
                    ("dwExtraInfo", ctypes.c_size_t)]

    class MOUSEINPUT(ctypes.Structure):  # the largest member: it sets the union's size
        _fields_ = [("dx", wintypes.LONG), ("dy", wintypes.LONG),
                    ("mouseData", wintypes.DWORD), ("dwFlags", wintypes.DWORD),
                    ("time", wintypes.DWORD), ("dwExtraInfo", ctypes.c_size_t)]

    class _U(ctypes.Union):
        _fields_ = [("ki", KEYBDINPUT), ("mi", MOUSEINPUT)]

    class INPUT(ctypes.Structure):
        _fields_ = [("type", wintypes.DWORD), ("u", _U)]

    keyboard, keyup = 1, 0x0002
    vk_shift, vk_control, vk_v = 0x10, 0x11, 0x56
    keys = [(vk_shift, keyup), (vk_control, 0), (vk_v, 0), (vk_v, keyup), (vk_control, keyup)]
    array = (INPUT * len(keys))()
    for record, (vk, flags) in zip(array, keys, strict=True):
        record.type = keyboard
        record.u.ki = KEYBDINPUT(vk, 0, flags, 0, 0)
    return array


class NoPaste(PasteBackend):
    """Systems where a program may not send keys to another (Wayland, macOS)."""

    def is_available(self) -> bool:
        return False

    def active_window(self) -> int | None:
        return None

    def paste(self) -> None:
        raise _unavailable()


def _unavailable() -> PasteFailed:
    return PasteFailed(
        QCoreApplication.translate(
            "Paste",
            "Auf diesem System kann Diktat nicht selbst in ein anderes Fenster einfügen. Der "
            "Text liegt in der Zwischenablage: Bitte wechseln Sie in das Zielprogramm und "
            "drücken Sie Strg+V.",
        )
    )


def paste_backend(platform_name: str) -> PasteBackend:
    """The backend for Qt's platform plugin ``platform_name`` ("xcb", "windows", …)."""
    if platform_name == "windows" and sys.platform == "win32":
        return WindowsPaste()
    if platform_name == "xcb":
        return X11Paste()
    return NoPaste()


__all__ = ["NoPaste", "PasteBackend", "PasteFailed", "WindowsPaste", "X11Paste", "paste_backend"]
