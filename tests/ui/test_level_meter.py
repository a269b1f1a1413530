"""Tests of ui/level_meter.py: the level shown and exposed to assistive technology."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from ui.level_meter import LevelMeter


def test_level_updates_value_and_peak(qtbot):
    """-30 dB RMS fills half the meter (scale -60..0 dB); the peak mark follows the peak."""
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.show()
    meter.set_level(-30.0, -6.0)
    assert meter.value() == 50
    assert meter.peak == 90
    assert meter.level_db == -30.0
    meter.set_level(-120.0, 3.0)  # clamped to the scale
    assert meter.value() == 0 and meter.peak == 100
    meter.reset()
    assert meter.value() == 0 and meter.peak == 0
    assert not meter.grab().isNull()


def test_level_is_accessible(qtbot):
    """The meter has a name, a description and an accessible value (a progress bar)."""
    meter = LevelMeter()
    qtbot.addWidget(meter)
    meter.show()
    meter.set_level(-15.0, -3.0)
    assert meter.accessibleName() == "Eingangspegel"
    assert meter.accessibleDescription()
    interface = QAccessible.queryAccessibleInterface(meter)
    assert interface is not None
    assert interface.role() == QAccessible.Role.ProgressBar
    value = interface.valueInterface()
    assert value is not None and value.currentValue() == 75
