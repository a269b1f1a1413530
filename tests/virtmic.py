"""A virtual microphone for tests on machines without a sound card.

PulseAudio runs as a private daemon with a null sink (``vspeaker``, 16 kHz mono) whose
monitor is the default source; PortAudio records from it as the ALSA device ``pulse``/
``default``, and ``paplay -d vspeaker`` "speaks" into it. See shared/PLATFORM-NOTES.md
("Microphone capture in tests") for why each step is needed.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

#: PulseAudio configuration: one unauthenticated socket, the null sink and its monitor.
_VIRTMIC_PA = """\
load-module module-native-protocol-unix auth-anonymous=1
load-module module-null-sink sink_name=vspeaker rate=16000 channels=1
set-default-sink vspeaker
set-default-source vspeaker.monitor
"""

#: An idle null sink runs in 2 s blocks and would swallow the start of a capture; a silent
#: stream keeps it ticking in small blocks, and this long a wait lets it settle.
_SETTLE_S = 2.2


def pulseaudio_available() -> bool:
    """True when the PulseAudio daemon and its command-line clients are installed."""
    return all(shutil.which(tool) for tool in ("pulseaudio", "pacat", "paplay", "pactl"))


class VirtualMic:
    """A private PulseAudio daemon that tests can play audio into and record from.

    ``start()`` also points this process at the daemon (``XDG_RUNTIME_DIR``,
    ``PULSE_SERVER``) and re-scans PortAudio's devices if sounddevice is already loaded,
    because PortAudio enumerates devices only when it initialises.
    """

    sink = "vspeaker"

    def __init__(self, workdir: Path) -> None:
        self.workdir = Path(workdir)
        self.runtime_dir = self.workdir / "xdg-runtime"
        self.config = self.workdir / "virtmic.pa"
        self._pacat: subprocess.Popen[bytes] | None = None
        self._saved_env: dict[str, str | None] = {}

    @property
    def env(self) -> dict[str, str]:
        """Environment for PulseAudio clients and the daemon (private runtime dir and home)."""
        env = dict(os.environ)
        env["XDG_RUNTIME_DIR"] = str(self.runtime_dir)
        env["PULSE_SERVER"] = f"unix:{self.runtime_dir / 'pulse' / 'native'}"
        # The daemon keeps state under $HOME/.config/pulse: don't touch the real one.
        env["HOME"] = str(self.workdir)
        return env

    def start(self) -> None:
        """Start the daemon and the keep-alive stream, then wait until capture is clean."""
        self.runtime_dir.mkdir(parents=True, exist_ok=True)
        self.runtime_dir.chmod(0o700)
        self.config.write_text(_VIRTMIC_PA)
        env = self.env
        env.pop("PULSE_SERVER")  # the daemon must not try to connect to itself
        subprocess.run(
            [
                "pulseaudio", "-n", "-F", str(self.config),
                "--exit-idle-time=-1", "--daemonize=yes", "--log-target=stderr",
            ],
            env=env, check=True, timeout=20,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self._wait_ready()
        self._pacat = subprocess.Popen(
            [
                "pacat", "--playback", "-d", self.sink, "--raw", "--format=s16le",
                "--rate=16000", "--channels=1", "--latency-msec=20", "/dev/zero",
            ],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self._point_process_here()
        time.sleep(_SETTLE_S)

    def play(self, path: str | os.PathLike[str]) -> subprocess.Popen[bytes]:
        """Play an audio file into the virtual microphone; the caller waits on the process."""
        return subprocess.Popen(
            ["paplay", "-d", self.sink, str(path)],
            env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )

    def kill_server(self) -> None:
        """Kill the daemon abruptly (SIGKILL), as if the microphone had been unplugged."""
        pid = self._daemon_pid()
        if pid is not None:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._wait_gone(pid)
            # A killed daemon leaves its pid file, and the next one would refuse to start
            # while that pid exists (it may linger as a zombie where init does not reap).
            (self.runtime_dir / "pulse" / "pid").unlink(missing_ok=True)
        self._stop_pacat()

    def restart(self) -> None:
        """Bring the virtual microphone back after ``kill_server``."""
        self.stop()
        self.start()

    def stop(self) -> None:
        """Stop the keep-alive stream and the daemon; safe to call twice."""
        self._stop_pacat()
        pid = self._daemon_pid()
        if pid is not None:
            subprocess.run(
                ["pulseaudio", "-k"], env=self.env, timeout=10,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )
            self._wait_gone(pid)
        self._restore_env()

    # -- helpers ---------------------------------------------------------------------------

    def _wait_ready(self, timeout_s: float = 10.0) -> None:
        deadline = time.monotonic() + timeout_s
        while True:
            ok = subprocess.run(
                ["pactl", "info"], env=self.env, timeout=5,
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            ).returncode == 0
            if ok:
                return
            if time.monotonic() > deadline:
                raise RuntimeError("PulseAudio did not come up (pactl info keeps failing)")
            time.sleep(0.1)

    def _daemon_pid(self) -> int | None:
        pid_file = self.runtime_dir / "pulse" / "pid"
        try:
            pid = int(pid_file.read_text().strip())
            os.kill(pid, 0)
        except (OSError, ValueError):
            return None
        return pid

    @staticmethod
    def _wait_gone(pid: int, timeout_s: float = 5.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except (OSError, IndexError):
                return
            if state in ("Z", "X"):  # a zombie is gone for our purposes
                return
            # The daemon is our grandchild (it daemonised), so init reaps it, not us.
            time.sleep(0.05)

    def _stop_pacat(self) -> None:
        if self._pacat is not None:
            self._pacat.kill()
            self._pacat.wait(timeout=5)
            self._pacat = None

    def _point_process_here(self) -> None:
        """Make this process's PulseAudio/ALSA clients (PortAudio) use the private daemon."""
        if not self._saved_env:
            for key in ("XDG_RUNTIME_DIR", "PULSE_SERVER"):
                self._saved_env[key] = os.environ.get(key)
        env = self.env
        os.environ["XDG_RUNTIME_DIR"] = env["XDG_RUNTIME_DIR"]
        os.environ["PULSE_SERVER"] = env["PULSE_SERVER"]
        sd = sys.modules.get("sounddevice")
        if sd is not None:
            # PortAudio lists devices once, at initialisation: re-scan.
            sd._terminate()
            sd._initialize()

    def _restore_env(self) -> None:
        for key, value in self._saved_env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        self._saved_env = {}
