"""A clearly visible keyboard focus indicator for every window of the app.

The platform styles mark the focus with a thin, pale frame (buttons) or only the caret (text
fields), which is easy to lose when working without a mouse. :func:`install_focus_ring`
draws a :data:`RING_WIDTH` px frame in the palette's highlight colour (so it follows the
system's high-contrast theme) around whichever widget has the keyboard focus: fields, the
note text, buttons, lists, tables.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

#: Thickness of the ring (logical pixels; it scales with QT_SCALE_FACTOR).
RING_WIDTH = 2

#: Space between the widget's edge and the ring.
RING_GAP = 1

_PROPERTY = "diktat_focus_ring"


class FocusRing(QWidget):
    """The frame itself: a child of the focused widget's window, on top of everything,
    transparent for the mouse."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("diktat_focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorGroup.Active,
                                        QPalette.ColorRole.Highlight))
        pen.setWidth(RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))

    def follow(self, target: QWidget | None) -> None:
        """Frame ``target`` (None: hide)."""
        self.target = target
        self.place()

    def place(self) -> None:
        """Move to the target's current place in the window."""
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        margin = RING_WIDTH + RING_GAP
        top_left = target.mapTo(self.parentWidget(), QPoint(0, 0))
        self.setGeometry(QRect(top_left, target.size()).adjusted(-margin, -margin,
                                                                 margin, margin))
        self.setMask(self._ring_region())
        self.raise_()
        self.show()
        self.update()

    def _ring_region(self):
        from PySide6.QtGui import QRegion

        outer = QRegion(self.rect())
        return outer.subtracted(QRegion(self.rect().adjusted(RING_WIDTH, RING_WIDTH,
                                                             -RING_WIDTH, -RING_WIDTH)))


def _wants_ring(widget: QWidget) -> bool:
    if isinstance(widget, FocusRing) or widget.isWindow():
        return False
    if widget.window().windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
        return False  # combo box lists and menus mark their current item themselves
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


class _FocusTracker(QObject):
    """Moves a ring (one per window) to the focused widget and keeps it in place while the
    widget or one of its parents moves, resizes or hides."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._watched: list[QWidget] = []
        self._ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_changed)

    def ring_of(self, window: QWidget) -> FocusRing:
        ring = window.findChild(FocusRing, "diktat_focus_ring",
                                Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if ring is not None else FocusRing(window)

    def _unwatch(self) -> None:
        for widget in self._watched:
            try:
                widget.removeEventFilter(self)
            except RuntimeError:  # already deleted
                pass
        self._watched = []

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._ring is not None:
            try:
                self._ring.follow(None)
            except RuntimeError:  # its window was deleted
                pass
            self._ring = None
        self._unwatch()
        if new is None or not _wants_ring(new):
            return
        window = new.window()
        self._ring = self.ring_of(window)
        widget: QWidget | None = new
        while widget is not None and widget is not window:
            widget.installEventFilter(self)
            self._watched.append(widget)
            widget = widget.parentWidget()
        self._ring.follow(new)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if self._ring is not None and event.type() in (
                QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            try:
                self._ring.place()
            except RuntimeError:
                self._ring = None
        return False


def install_focus_ring(app: QApplication | None = None) -> None:
    """Show the focus ring in all windows of ``app`` (idempotent)."""
    app = app or QApplication.instance()
    if app is None or app.property(_PROPERTY):
        return
    app.setProperty(_PROPERTY, True)
    tracker = _FocusTracker(app)
    tracker.setObjectName(_PROPERTY)
    focused = app.focusWidget()
    if focused is not None:
        tracker._focus_changed(None, focused)


def focus_ring(window: QWidget) -> FocusRing | None:
    """The ring of ``window`` (tests, screenshots), if one was made."""
    return window.findChild(FocusRing, "diktat_focus_ring",
                            Qt.FindChildOption.FindDirectChildrenOnly)


__all__ = ["FocusRing", "RING_WIDTH", "focus_ring", "install_focus_ring"]
