"""A keyboard-wedge scanner for GUI tests: the code's keys a few milliseconds apart, then
Enter, into whatever has the keyboard focus at each key (the focus widget, an open popup,
else the active window), through the application's event dispatch like real key events."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

GAP_S = 0.003  # a scanner's keys come about this far apart


def receiver() -> QWidget:
    popup = QApplication.activePopupWidget()
    if popup is not None:  # an open popup (a list, a menu) takes the keys, as in Qt
        focus = QApplication.focusWidget()
        return focus if focus is not None and popup.isAncestorOf(focus) else popup
    widget = (
        QApplication.focusWidget()
        or QApplication.activeModalWidget()
        or QApplication.activeWindow()
    )
    assert widget is not None, "no window takes the keys"
    return widget


def _key(key: int, text: str) -> None:
    target = receiver()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        if not shiboken6.isValid(target):  # the press closed what it went to
            break
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        QApplication.sendEvent(target, event)


def _code(char: str) -> int:
    if char.isdigit() or ("A" <= char.upper() <= "Z"):
        return ord(char.upper())
    if char == "-":
        return int(Qt.Key.Key_Minus)
    return int(Qt.Key.Key_unknown)


def wedge(code: str, gap_s: float = GAP_S, end: Qt.Key = Qt.Key.Key_Return) -> None:
    """Scan `code` as a wedge scanner would, wherever the focus is. Other events wait
    until the Enter: on a desk the scanner's keys queue up and are read one after the
    other even while the window is busy."""
    for char in code:
        _key(_code(char), char)
        time.sleep(gap_s)
    _key(int(end), "\r" if end in (Qt.Key.Key_Return, Qt.Key.Key_Enter) else "\t")
    QApplication.processEvents()


def type_slowly(text: str, gap_s: float = 0.08) -> None:
    """Type `text` at a person's pace (never a scan), into whatever has the focus."""
    for char in text:
        _key(_code(char), char)
        time.sleep(gap_s)
        QApplication.processEvents()
