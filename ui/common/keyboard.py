"""The keyboard help (F1): every key of the window in front, read from the window itself (its
actions, the screens' buttons, the navigation), so a key added anywhere shows up here."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QMessageBox, QStackedWidget, QWidget


def give_key(button: QAbstractButton, key: str) -> None:
    """Give `button` the shortcut `key` (active while the button is shown) and name the key
    in its tooltip, so the desk can be worked without a mouse."""
    sequence = QKeySequence(key)
    button.setShortcut(sequence)
    tip = button.toolTip()
    button.setToolTip(f"{tip} ({_key(sequence)})" if tip else _key(sequence))


def _key(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def _plain(text: str) -> str:
    """A menu or button text without its mnemonic ampersand and ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, key, what) for the window's actions and every screen button with a key.
    A window that builds its screens on first use (the main window) builds them all first,
    so their keys are listed too."""
    build_screens = getattr(window, "build_screens", None)
    if callable(build_screens):
        build_screens()
    translate = QCoreApplication.translate
    everywhere = translate("keyboard", "Everywhere")
    rows: list[tuple[str, str, str]] = []
    for action in window.actions():
        keys = ", ".join(_key(k) for k in action.shortcuts())
        if keys and action.text():
            rows.append((everywhere, keys, _plain(action.text())))
    stack = window.findChild(QStackedWidget)
    navigation = getattr(window, "navigation", None)
    screens: list[QWidget | None] = []
    if stack is not None:
        screens = [stack.widget(i) for i in range(stack.count())]
    for index, screen in enumerate(screens):
        if screen is None:
            continue
        title = navigation.item(index).text() if navigation is not None else ""
        tip = navigation.item(index).toolTip() if navigation is not None else ""
        if tip.endswith(")") and "(" in tip:
            rows.append((everywhere, tip.rsplit("(", 1)[1].rstrip(")"), title))
        for button in screen.findChildren(QAbstractButton):
            key = _key(button.shortcut())
            if key and button.text():
                rows.append((title, key, _plain(button.text())))
    return rows


def show_keyboard_help(window: QMainWindow) -> None:
    translate = QCoreApplication.translate
    body = "".join(
        f"<tr><td>{html.escape(where)}</td><td><b>{html.escape(key)}</b></td>"
        f"<td>{html.escape(what)}</td></tr>"
        for where, key, what in shortcut_rows(window)
    )
    headings = (
        translate("keyboard", "Screen"),
        translate("keyboard", "Key"),
        translate("keyboard", "Action"),
    )
    head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headings)
    box = QMessageBox(window)
    box.setWindowTitle(translate("keyboard", "Keyboard shortcuts"))
    box.setText(f"<table cellspacing='6'><tr>{head}</tr>{body}</table>")
    box.exec()
