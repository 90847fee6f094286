"""What a Kazakh or Russian user actually sees holds no English: every screen of the main
window is opened on a library with a demo catalog, and every text a widget shows (labels,
buttons, tabs, menus, headers, placeholders, tooltips, list and combo entries, status lines)
is read back. The .ts check proves each tr() string has a translation; this one catches
text that reaches a widget another way (a service's message, a coded value shown raw)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.demo import load_demo
from app.library import library_info
from app.security.roles import Actor
from db.session import Database
from ui.common import locale
from ui.main_window import MainWindow

# Latin-script words a Kazakh or Russian screen legitimately shows: names of standards,
# formats, protocols and the product, units and codes.
ALLOWED = {
    "qor",
    "isbn",
    "issn",
    "marc",
    "marcxml",
    "rusmarc",
    "unimarc",
    "mrk",
    "iso",
    "pdf",
    "csv",
    "utf",
    "cp",
    "sru",
    "udc",
    "bbk",
    "ddc",
    "kzt",
    "zebra",
    "ctrl",
    "shift",
    "alt",
    "tab",
    "enter",
    "esc",
    "del",
    "backspace",
    "ean",
    "codabar",
    "code",
    "sql",
    "sqlite",
    "postgresql",
    "kazneb",
    "irbis",  # IRBIS64, the library system a fund is migrated from
    "id",
    "ok",
    "yaz",
    "url",
    "ldr",
    "dpi",
    "mm",
    "a4",
    "usd",
    "eur",
    "rub",
    "f1",
    "kz",
    "test",
    "pgup",
    "pgdown",
    "home",
    "end",
    "space",
    "ins",
    "backtab",
    "return",
    "kk",
    "ru",
    "en",
    "english",
    "dejavu",
    "sans",
    "year",  # the search syntax: year:2020
}
WORD = re.compile(r"[A-Za-z]{3,}")


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    """Headers only: the cells hold catalog data (real records are often in English)."""
    model = view.model()
    if model is None:
        return
    for orientation, count in (
        (Qt.Orientation.Horizontal, model.columnCount()),
        (Qt.Orientation.Vertical, 0),
    ):
        for section in range(count):
            value = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
            if value:
                yield str(value)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the widgets under `root` show a user."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield where, widget.toolTip()
        if widget.isWindow() and widget.windowTitle():
            yield where, widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            yield where, widget.text()
        elif isinstance(widget, QGroupBox) and widget.title():
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            if widget.placeholderText():
                yield where, widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit) and widget.placeholderText():
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where, widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
        elif isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield where, widget.item(i).text()
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                if action.text():
                    yield where, action.text()
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget):
            for text in _item_texts(widget):
                yield where, text


def english_words(text: str) -> list[str]:
    plain = re.sub(r"<[^>]+>", " ", text)  # rich text markup
    plain = re.sub(r"&(?=\w)", "", plain)  # mnemonics
    plain = re.sub(r"\S+@\S+|\S+://\S+|\{\w*\}", " ", plain)  # addresses, placeholders
    return [w for w in WORD.findall(plain) if w.lower() not in ALLOWED]


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    yield locale.install_language
    locale.install_language("en")


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_no_screen_shows_english(
    qtbot: QtBot, speak: object, code: str, sqlite_db: Database, actor: Actor
) -> None:
    load_demo(sqlite_db, actor)
    assert locale.install_language(code)
    window = MainWindow(sqlite_db, actor, library_info(sqlite_db))
    qtbot.addWidget(window)
    window.show()
    found: dict[str, set[str]] = {}
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        qtbot.wait(50)
        for where, text in visible_texts(window):
            words = english_words(text.replace(actor.name, ""))
            if words:
                found.setdefault(f"{where}: {text[:80]!r}", set()).update(words)
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None:
            for where, text in visible_texts(menu):
                if english_words(text):
                    found.setdefault(f"{where}: {text[:80]!r}", set()).update(english_words(text))
    assert not found, f"English on the {code} screens:\n" + "\n".join(sorted(found))


def test_the_check_catches_english() -> None:
    assert english_words("Would send: 49 new, 0 changed") == ["Would", "send", "new", "changed"]
    assert english_words("Жіберіледі: 49 жаңа, ISBN, MARC 21, Ctrl+F") == []


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_message_boxes_name_their_button_in_the_language(
    qtbot: QtBot, speak: object, code: str
) -> None:
    """Qt's own Russian translation leaves the button "OK" in Latin letters (issue 12)."""
    from PySide6.QtWidgets import QMessageBox

    from ui.common.messages import message_box

    assert locale.install_language(code)
    box = message_box(None, QMessageBox.Icon.Warning, "—")
    qtbot.addWidget(box)
    texts = [button.text() for button in box.buttons()]
    assert texts == ["ОК"]  # Cyrillic О and К
    assert not any(english_words(text) or "OK" in text for text in texts)
