"""Keyboard-only use and accessible names (BITV 2.0 / EN 301 549) of the main window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QTextEdit, QAbstractSpinBox)


def owner(widget: QWidget) -> QWidget:
    """The control a focused widget belongs to (an editable combo's line edit → the combo)."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
        return parent
    return widget


def interactive_widgets(root: QWidget) -> list[QWidget]:
    found = []
    for w in root.findChildren(QWidget):
        if isinstance(w, INTERACTIVE) and w.isVisibleTo(root) and owner(w) is w:
            found.append(w)
    return found


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text)
    return match.group(1).lower() if match else None


def test_tab_chain_reaches_every_control(qtbot, make_window):
    """Tab from the first field visits every enabled control once and comes back around."""
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.fields.customer.setFocus()
    visited = []
    for _ in range(60):
        current = owner(QApplication.focusWidget())
        if visited and current is visited[0]:
            break
        if current not in visited:
            visited.append(current)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    expected = [w for w in interactive_widgets(window.centralWidget()) if w.isEnabled()]
    missing = [w.accessibleName() or type(w).__name__ for w in expected if w not in visited]
    assert not missing, f"not reachable with Tab: {missing}"
    order = [window.fields.customer, window.fields.date, window.fields.author,
             window.fields.subject, window.editor, window.record_button]
    assert [visited.index(w) for w in order] == sorted(visited.index(w) for w in order)


def test_every_control_has_name_and_focus(make_window):
    """Every interactive control takes keyboard focus and has an accessible name."""
    window = make_window()
    for widget in interactive_widgets(window.centralWidget()):
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
        assert widget.accessibleName().strip(), f"{type(widget).__name__} has no accessible name"
    for widget in (window.level, window.state_label, window.model_label):
        assert widget.accessibleName().strip()


def test_labels_have_buddies_and_unique_mnemonics(make_window):
    """Field labels point at their fields; menu, label and button mnemonics do not clash."""
    window = make_window()
    letters = []
    for label in window.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()
            letters.append(mnemonic(label.text()))
    for button in window.centralWidget().findChildren(QAbstractButton):
        if "&" in button.text():
            letters.append(mnemonic(button.text()))
    for action in window.menuBar().actions():
        letters.append(mnemonic(action.text()))
    assert None not in letters
    assert len(letters) == len(set(letters)), sorted(letters)


def test_every_action_is_in_a_menu_and_menus_have_unique_mnemonics(make_window):
    """Every command is reachable from the menu bar (Alt/F10 + arrows) with unique mnemonics."""
    window = make_window()
    in_menus = set()
    for top in window.menuBar().actions():
        menu = top.menu()
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert None not in letters, top.text()
        assert len(letters) == len(set(letters)), (top.text(), letters)
        in_menus.update(a for a in menu.actions() if not a.isSeparator())
    assert set(window.actions()) <= in_menus


def test_shortcuts(make_window):
    """The documented shortcuts are bound, and the help lists them."""
    window = make_window()
    keys = {a.shortcut().toString(): a for a in window.actions() if not a.shortcut().isEmpty()}
    for key in ("F9", "F10", "Ctrl+Shift+C", "Ctrl+Shift+V", "Ctrl+S", "Ctrl+O", "Ctrl+Z"):
        assert key in keys, key
    rows = dict(window.shortcut_rows())
    assert any("Word" in what for what in rows.values())


def test_no_fixed_sizes(make_window):
    """No control has a fixed pixel size that could clip text at 200 % scaling."""
    window = make_window()
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window) and isinstance(widget, (QLabel, *INTERACTIVE)):
            assert widget.maximumWidth() >= 10_000 or widget is window.busy, widget
            assert widget.minimumHeight() <= widget.sizeHint().height(), widget


@pytest.mark.parametrize("name", ["customer", "editor", "record_button", "microphone"])
def test_focus_is_marked_by_a_clear_frame(qtbot, make_window, name):
    """The widget with the keyboard focus (field, note text, button, box) is framed by a
    2 px line in the palette's highlight colour all around it, not only by a caret or a
    thin pale frame; the frame follows the focus and the window's size."""
    from PySide6.QtGui import QPalette

    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    widget = {"customer": window.fields.customer, "editor": window.editor,
              "record_button": window.record_button, "microphone": window.microphone}[name]
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)
    QApplication.processEvents()
    highlight = window.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    image = window.grab().toImage()
    ratio = image.devicePixelRatio()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    rect = widget.rect().translated(top_left)

    def ring_pixels(offset: int) -> list:
        points = [(rect.center().x(), rect.top() - offset), (rect.center().x(),
                  rect.bottom() + offset), (rect.left() - offset, rect.center().y()),
                  (rect.right() + offset, rect.center().y())]
        return [image.pixelColor(round(x * ratio), round(y * ratio)) for x, y in points]

    for offset in (2, 3):  # both pixels of the 2 px line, on all four sides
        assert all(c == highlight for c in ring_pixels(offset)), (offset, ring_pixels(offset))
    window.resize(window.width() + 40, window.height() + 30)  # the text field grows
    QApplication.processEvents()
    image = window.grab().toImage()
    rect = widget.rect().translated(widget.mapTo(window, widget.rect().topLeft()))
    assert all(c == highlight for c in ring_pixels(2))
