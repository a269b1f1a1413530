"""Window sizes that fit the screen.

The main window opens at a share of the available screen (not at the size of its contents),
and every window is clamped to the screen it opens on, so that at 200 % scaling or with large
fonts no button ends up outside the screen (contents scroll instead).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left around a window for its frame and title bar (logical pixels); the window
#: manager's frame is not known before the window is shown.
FRAME_ALLOWANCE = QSize(16, 48)

#: Share of the available screen the main window opens at when no size was saved.
MAIN_WINDOW_SHARE = 0.65

#: The main window's smallest default size, where the screen has room for it.
MAIN_WINDOW_MINIMUM = QSize(900, 650)


def available_geometry(widget: QWidget) -> QRect:
    """The available area (without task bars) of the screen ``widget`` is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(widget: QWidget) -> QSize:
    """The largest size ``widget``'s window may have on its screen."""
    area = available_geometry(widget)
    return QSize(max(area.width() - FRAME_ALLOWANCE.width(), 1),
                 max(area.height() - FRAME_ALLOWANCE.height(), 1))


def main_window_size(widget: QWidget) -> QSize:
    """Default size of the main window: :data:`MAIN_WINDOW_SHARE` of the available screen,
    at least :data:`MAIN_WINDOW_MINIMUM`, at most the screen."""
    area = available_geometry(widget)
    size = QSize(round(area.width() * MAIN_WINDOW_SHARE), round(area.height() * MAIN_WINDOW_SHARE))
    return size.expandedTo(MAIN_WINDOW_MINIMUM).boundedTo(room(widget))


def fit_to_screen(widget: QWidget, size: QSize | None = None, center: bool = False) -> QSize:
    """Resize the window ``widget`` to ``size`` (default: its size now), at most the room
    on its screen, and move it onto that screen (``center``: into its middle). Returns the
    new size."""
    area = available_geometry(widget)
    limit = room(widget)
    wanted = (size or widget.size()).boundedTo(limit)
    if widget.minimumWidth() > limit.width() or widget.minimumHeight() > limit.height():
        widget.setMinimumSize(widget.minimumSize().boundedTo(limit))
    widget.resize(wanted)
    position = widget.pos()
    if center:
        position = area.center() - QRect(0, 0, wanted.width(), wanted.height()).center()
    x = min(max(position.x(), area.left()), area.right() - wanted.width())
    y = min(max(position.y(), area.top()), area.bottom() - wanted.height())
    widget.move(max(x, area.left()), max(y, area.top()))
    return wanted


__all__ = ["available_geometry", "fit_to_screen", "main_window_size", "room"]
