"""Live input level: a bar from -60 dB to 0 dB with a peak mark.

It is a ``QProgressBar`` with its own painting, so assistive technology gets Qt's progress-bar
accessibility (role, value 0–100 %, the value text) for free. Colours come from the palette
(highlight for the bar, text for the peak mark, mid for the frame), so high-contrast themes
apply; the level itself is shown by length, not colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProgressBar, QSizePolicy, QWidget

FLOOR_DB = -60.0


def _percent(db: float) -> int:
    """dBFS → 0..100 on the meter's scale."""
    return int(round(100 * (min(0.0, max(FLOOR_DB, db)) - FLOOR_DB) / -FLOOR_DB))


class LevelMeter(QProgressBar):
    """The microphone's level (RMS as the bar, peak as a mark)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setValue(0)
        self.setTextVisible(False)
        self.setFormat(self.tr("%p %"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # shows a value; nothing to operate
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Eingangspegel"))
        self.setAccessibleDescription(
            self.tr("Lautstärke am Mikrofon, 0 bis 100 Prozent (−60 bis 0 dB)")
        )
        self._peak = 0
        self._rms_db = FLOOR_DB

    @property
    def level_db(self) -> float:
        """The last RMS level in dBFS."""
        return self._rms_db

    @property
    def peak(self) -> int:
        """The last peak on the meter's 0..100 scale."""
        return self._peak

    def set_level(self, rms_db: float, peak_db: float) -> None:
        """Show a new level (dBFS, as in ``dictation.events.Level``)."""
        self._rms_db = rms_db
        self._peak = _percent(peak_db)
        self.setValue(_percent(rms_db))
        self.setToolTip(self.tr("Pegel: {db:.0f} dB").format(db=max(FLOOR_DB, rms_db)))
        self.update()

    def reset(self) -> None:
        """No signal (recording stopped)."""
        self._peak = 0
        self._rms_db = FLOOR_DB
        self.setValue(0)
        self.setToolTip("")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        height = self.fontMetrics().height()
        return QSize(height * 8, max(8, height * 2 // 3))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        height = self.fontMetrics().height()
        return QSize(height * 3, max(6, height // 2))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        palette = self.palette()
        group = QPalette.ColorGroup.Active if self.isEnabled() else QPalette.ColorGroup.Disabled
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(group, QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(group, QPalette.ColorRole.Base))
        painter.drawRect(frame)
        inner = frame.adjusted(2, 2, -2, -2)
        if self.value() > 0:
            bar = QRectF(inner.left(), inner.top(), inner.width() * self.value() / 100,
                         inner.height())
            painter.fillRect(bar, palette.color(group, QPalette.ColorRole.Highlight))
        if self._peak > 0:
            x = inner.left() + inner.width() * self._peak / 100
            painter.setPen(QPen(palette.color(group, QPalette.ColorRole.Text), 2))
            painter.drawLine(int(x), int(inner.top()), int(x), int(inner.bottom()))
        painter.end()


__all__ = ["LevelMeter", "FLOOR_DB"]
