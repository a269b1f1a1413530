"""Fixtures of the desktop app's tests: offscreen Qt, isolated files, a fake engine.

The fake engine and audio source let tests drive the window through exactly the code a real
dictation uses (controller, worker thread, queued events) with scripted recogniser events.
"""

from __future__ import annotations

import os

if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from .fakes import MICROPHONE, FakeEngine, FakeSource


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch) -> Path:
    """Every test gets its own data, config, policy and log locations, and German."""
    monkeypatch.setenv("DIKTAT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("DIKTAT_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("DIKTAT_POLICY_FILE", str(tmp_path / "policy" / "settings.toml"))
    monkeypatch.setenv("DIKTAT_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("DIKTAT_LANG", "de")
    return tmp_path


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def make_window(qtbot, fake_engine) -> Iterator[Callable]:
    """Builds a started MainWindow on the fake engine; keyword arguments replace services."""
    from dictation.settings import load_settings
    from ui.main_window import MainWindow, Services
    from ui.paste import NoPaste
    from ui.worker import State

    windows = []

    def build(start: bool = True, wait_ready: bool = True, **overrides) -> MainWindow:
        sources: list[FakeSource] = []

        def make_source(device):
            source = FakeSource()
            sources.append(source)
            return source

        values = dict(
            settings=load_settings(),
            load_engine=lambda settings, progress: fake_engine,
            make_source=make_source,
            list_devices=lambda: [MICROPHONE],
            paste=NoPaste(),
        )
        values.update(overrides)
        window = MainWindow(Services(**values))
        window.sources = sources
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        if start:
            window.start()
            if wait_ready:
                qtbot.waitUntil(lambda: window.controller.state == State.READY, timeout=5000)
        return window

    yield build
    for window in windows:
        window.controller.shutdown()


@pytest.fixture(scope="session")
def thorsten(shared_speech) -> Path:
    """Folder of the Thorsten recordings; the test is skipped without it."""
    folder = shared_speech / "de" / "thorsten"
    if not folder.is_dir():
        pytest.skip(f"real speech recordings not found at {folder}")
    return folder
