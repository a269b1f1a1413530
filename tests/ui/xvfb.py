"""Driving the real desktop app from outside: an Xvfb display, xdotool keys, the app process.

Used by the end-to-end tests (``test_e2e_xvfb.py``): the app runs exactly as a user starts it
(``python -m dictation.cli app``), on its own X server without a window manager, and the test
only does what a user could do (press keys, speak into the microphone) and looks at the files
the app writes (drafts, exported documents, its log).

Without a window manager nothing activates windows, so every key press first gives the input
focus to the intended window with ``xdotool windowfocus --sync`` (``windowactivate`` needs a
window manager). Keys are sent with XTEST (``xdotool key`` without ``--window``): Qt ignores
synthetic events sent to a window.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

import pytest

REPO = Path(__file__).resolve().parents[2]

T = TypeVar("T")


def unavailable(reason: str) -> None:
    """Skip on developer machines, but fail in CI (``CI=true``): there the tests must run."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the end-to-end tests must run here)")
    pytest.skip(reason)


def wait_for(condition: Callable[[], T], timeout_s: float, what: str,
              interval_s: float = 0.1) -> T:
    """Poll ``condition`` until it returns something truthy; returns that value.

    Raises ``TimeoutError`` naming ``what`` when ``timeout_s`` passes first.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(interval_s)


# --- the X server ---------------------------------------------------------------------------


def free_display(first: int = 90, last: int = 140) -> int | None:
    """A display number with neither socket nor lock file, or None."""
    for number in range(first, last):
        socket, lock = Path(f"/tmp/.X11-unix/X{number}"), Path(f"/tmp/.X{number}-lock")
        if not socket.exists() and not lock.exists():
            return number
    return None


class XServer:
    """A bare Xvfb server (no window manager) on a free display."""

    def __init__(self, width: int = 1280, height: int = 1024) -> None:
        self.size = (width, height)
        self.display = ""
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> str:
        """Start the server; returns the display name (":97")."""
        for _attempt in range(3):  # another process may grab the number at the same moment
            number = free_display()
            if number is None:
                raise RuntimeError("no free X display number")
            width, height = self.size
            self._process = subprocess.Popen(
                ["Xvfb", f":{number}", "-screen", "0", f"{width}x{height}x24",
                 "-nolisten", "tcp"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            socket = Path(f"/tmp/.X11-unix/X{number}")
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and self._process.poll() is None:
                if socket.exists():
                    self.display = f":{number}"
                    return self.display
                time.sleep(0.05)
            self.stop()
        raise RuntimeError("Xvfb did not start")

    def stop(self) -> None:
        """Stop the server; safe to call twice."""
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(5)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
            self._process = None


def xdotool(display: str, *args: str, timeout_s: float = 10.0) -> str:
    """Run xdotool on ``display``; returns its output (raises on failure or timeout)."""
    result = subprocess.run(["xdotool", *args], env=dict(os.environ, DISPLAY=display),
                            capture_output=True, text=True, timeout=timeout_s)
    if result.returncode != 0:
        raise RuntimeError(f"xdotool {' '.join(args)} failed ({result.returncode}): "
                           f"{result.stderr.strip()}")
    return result.stdout


def find_windows(display: str, title_regex: str) -> list[str]:
    """Visible windows whose title matches ``title_regex`` (no waiting)."""
    result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title_regex],
                            env=dict(os.environ, DISPLAY=display), capture_output=True,
                            text=True, timeout=10)
    return result.stdout.split()  # exit code 1 = nothing found


_SCREENSHOT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
sys.exit(0 if QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)
"""


def screenshot(display: str, path: Path) -> Path | None:
    """The whole screen as a PNG (Qt's grab of the root window; ImageMagick is not needed)."""
    try:
        result = subprocess.run(
            [sys.executable, "-c", _SCREENSHOT, str(path)], timeout=30,
            env=dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None
    return path if result.returncode == 0 and path.exists() else None


# --- the app ---------------------------------------------------------------------------------


class DiktatApp:
    """The desktop app as a separate process on ``display``, with its own files.

    ``home`` holds everything the app writes: ``data`` (drafts, history), ``config`` (user
    settings, export folder ``export``), ``log`` and ``xdg-config`` (Qt's own settings: window
    geometry, file dialog history). The Whisper model cache is the user's usual one, so the
    bundled model is assembled only once per machine.
    """

    main_title = "^Diktat$"

    def __init__(self, display: str, home: Path, extra_env: Mapping[str, str] = ()) -> None:
        self.display = display
        self.home = Path(home)
        self.data_dir = self.home / "data"
        self.drafts_dir = self.data_dir / "drafts"
        self.config_dir = self.home / "config"
        self.export_dir = self.home / "export"
        self.log_dir = self.home / "log"
        self.log_file = self.log_dir / "diktat.log"
        self.extra_env = dict(extra_env)
        self.process: subprocess.Popen[bytes] | None = None
        self.output: Path | None = None
        self.window = ""
        self._starts = 0

    @property
    def env(self) -> dict[str, str]:
        """Environment of the app: this process's (PulseAudio of the virtual microphone) plus
        the display and the app's private folders."""
        env = dict(os.environ)
        env.update(
            DISPLAY=self.display,
            QT_QPA_PLATFORM="xcb",
            DIKTAT_DATA_DIR=str(self.data_dir),
            DIKTAT_CONFIG_DIR=str(self.config_dir),
            DIKTAT_POLICY_FILE=str(self.home / "no-policy" / "settings.toml"),
            DIKTAT_LOG_DIR=str(self.log_dir),
            DIKTAT_LANG="de",
            XDG_CONFIG_HOME=str(self.home / "xdg-config"),
            PYTHONPATH=os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p),
        )
        env.update(self.extra_env)
        return env

    def write_settings(self) -> None:
        """User settings: Word/text files go to the export folder."""
        self.config_dir.mkdir(parents=True, exist_ok=True)
        self.export_dir.mkdir(parents=True, exist_ok=True)
        folder = self.export_dir.as_posix().replace("\\", "\\\\").replace('"', '\\"')
        (self.config_dir / "settings.toml").write_text(f'[export]\nfolder = "{folder}"\n',
                                                      encoding="utf-8")

    def start(self) -> None:
        """Start the app (``python -m dictation.cli app``) as a user would."""
        assert self.process is None or self.process.poll() is not None, "already running"
        if not (self.config_dir / "settings.toml").exists():
            self.write_settings()
        self._starts += 1
        self.home.mkdir(parents=True, exist_ok=True)
        self.output = self.home / f"app-{self._starts}.out"
        with open(self.output, "wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "dictation.cli", "app"], cwd=REPO, env=self.env,
                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self.window = ""

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def _check_alive(self) -> None:
        if not self.running():
            code = self.process.returncode if self.process is not None else None
            raise AssertionError(f"the app exited ({code}):\n{self.output_tail()}")

    def wait_window(self, timeout_s: float = 30) -> str:
        """The main window's id, once it is visible."""
        def found() -> str:
            self._check_alive()
            windows = find_windows(self.display, self.main_title)
            return windows[-1] if windows else ""

        self.window = wait_for(found, timeout_s, "the main window", interval_s=0.2)
        return self.window

    def log_text(self) -> str:
        try:
            return self.log_file.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def wait_log(self, pattern: str, timeout_s: float, after: int = 0) -> re.Match[str]:
        """The first match of ``pattern`` in the app's log (from character ``after`` on)."""
        def found():
            self._check_alive()
            return re.search(pattern, self.log_text()[after:])

        return wait_for(found, timeout_s, f"{pattern!r} in the app's log", interval_s=0.1)

    def wait_model_loaded(self, timeout_s: float = 120) -> None:
        """The model is loaded (the first start on a machine assembles it: minutes at most).

        Skips (fails with ``CI=true``) when the app reports that it cannot load the model.
        """
        found = self.wait_log(r"diktat\.ui .*: (model \S+ loaded on|model could not be loaded"
                              r"|loading the model failed).*", timeout_s)
        if "loaded on" not in found.group(0):
            unavailable(f"the app cannot load the model here: {found.group(0)}")
        # The log line is written by the loading thread just before the window learns of the
        # model (a queued signal): give the window a moment to become ready for F9.
        time.sleep(0.3)

    def focus(self, window: str | None = None) -> None:
        """Give ``window`` (default: the main window) the keyboard focus."""
        xdotool(self.display, "windowfocus", "--sync", window or self.window)

    def key(self, *keys: str, window: str | None = None) -> None:
        """Press keys (xdotool names: "F9", "ctrl+s", "Return") in ``window``."""
        self._check_alive()
        self.focus(window)
        xdotool(self.display, "key", "--clearmodifiers", *keys)

    def wait_dialog(self, title_regex: str, timeout_s: float = 15) -> str:
        """The id of a visible window (dialog) whose title matches ``title_regex``."""
        def found() -> str:
            self._check_alive()
            windows = find_windows(self.display, title_regex)
            return windows[-1] if windows else ""

        return wait_for(found, timeout_s, f"a window titled {title_regex!r}", interval_s=0.1)

    def wait_closed(self, window: str, timeout_s: float = 10) -> None:
        """Wait until ``window`` (a dialog) is no longer visible."""
        def gone() -> bool:
            self._check_alive()
            return window not in find_windows(self.display, ".*")

        wait_for(gone, timeout_s, f"window {window} to close")

    def kill(self) -> None:
        """SIGKILL: a crash, no chance to save anything."""
        if self.running():
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if self.process is not None:
            self.process.wait(10)

    def quit(self, timeout_s: float = 20) -> int:
        """Quit through the menu shortcut (Ctrl+Q) and wait; returns the exit code."""
        self.key("ctrl+q")
        assert self.process is not None
        return self.process.wait(timeout_s)

    def stop(self) -> None:
        """Make sure the app and anything it started are gone (SIGTERM, then SIGKILL)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                os.killpg(self.pid, signal.SIGTERM)
                self.process.wait(5)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
        try:  # children in its process group, and the app itself if SIGTERM was not enough
            os.killpg(self.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.process.wait(10)

    def output_tail(self, chars: int = 3000) -> str:
        text = ""
        if self.output is not None and self.output.exists():
            text = self.output.read_text(encoding="utf-8", errors="replace")
        return text[-chars:]


def recording_streams(pulse_env: Mapping[str, str], pid: int) -> int:
    """How many PulseAudio capture streams process ``pid`` has open (its microphone)."""
    result = subprocess.run(["pactl", "list", "source-outputs"], env=dict(pulse_env),
                            capture_output=True, text=True, timeout=10)
    return len(re.findall(rf'application\.process\.id = "{pid}"', result.stdout))


def have_tools() -> str:
    """"" when Xvfb and xdotool are installed, else what is missing."""
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    return ", ".join(missing)
