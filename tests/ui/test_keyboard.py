"""The intake desk without a mouse: every step of receiving a book, from opening the batch to
releasing its copies, by keys alone (QTest.keyClick into whatever has the focus)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDateEdit, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.catalog.search import search
from app.demo import load_demo
from app.desk import Entrance
from app.intake.status import ItemStatus
from app.security.roles import Actor
from db.session import Database
from tests.ui.conftest import Messages, signed_in
from ui.catalog.search_panel import SearchPanel
from ui.common.keyboard import shortcut_rows
from ui.intake.accession_dialog import AccessionDialog
from ui.intake.add_copies_dialog import AddCopiesDialog
from ui.intake.labels_dialog import LabelsDialog
from ui.main_window import MainWindow
from ui.setup.first_run import FirstRunDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ISBN = "9780141187761"  # Orwell's «Nineteen eighty-four» in the demo catalog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


NONE = Qt.KeyboardModifier.NoModifier


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focused(), key, modifier)


def type_in(qtbot: QtBot, text: str) -> None:
    # At a person's pace: keys a few milliseconds apart ending in Enter are a scanner's,
    # which the window's scan router takes out of any field that is not a scan field.
    qtbot.keyClicks(focused(), text, delay=60)


def wait_for_dialog(qtbot: QtBot, kind: type) -> QWidget:
    found: list[QWidget] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and
                    w.isVisible()]  # fmt: skip
        return bool(found)

    qtbot.waitUntil(shown, timeout=3000)
    return found[0]


def wait_focus(qtbot: QtBot, test: Callable[[QWidget | None], bool]) -> None:
    try:
        qtbot.waitUntil(lambda: test(QApplication.focusWidget()), timeout=3000)
    except Exception:
        raise AssertionError(f"the focus is on {QApplication.focusWidget()}") from None


def test_receiving_a_book_by_keyboard_alone(
    qtbot: QtBot, sqlite_db: Database, actor: Actor, messages: Messages
) -> None:
    load_demo(sqlite_db, actor)
    window = MainWindow(signed_in(sqlite_db, actor))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    intake = window.intake

    # F3 and F2: the search field and the scan field, one key each.
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert isinstance(focused().parent(), SearchPanel)
    press(qtbot, Qt.Key.Key_F2)
    assert window.screens.currentWidget() is intake and focused() is intake.scan
    press(qtbot, Qt.Key.Key_1, CTRL)
    assert window.screens.currentIndex() == 0
    press(qtbot, Qt.Key.Key_2, CTRL)
    wait_focus(qtbot, lambda w: w is intake.scan)

    # Ctrl+B opens a batch; Tab walks the form in reading order; Enter opens it.
    press(qtbot, Qt.Key.Key_B, CTRL)
    dialog = wait_for_dialog(qtbot, AccessionDialog)
    assert isinstance(dialog, AccessionDialog)
    wait_focus(qtbot, lambda w: w is not None and dialog.isAncestorOf(w))
    order = [dialog.received, dialog.source, dialog.supplier, dialog.document_number]
    start = next(i for i, w in enumerate(order) if w.isAncestorOf(focused()) or w is focused())
    for widget in order[start + 1 :]:
        # Tab walks a date's sections (year, month, day) before it leaves the date.
        for _ in range(3):
            press(qtbot, Qt.Key.Key_Tab)
            if not isinstance(focused(), QDateEdit):
                break
        assert focused() is widget or widget.isAncestorOf(focused()), focused()
    type_in(qtbot, "INV-148")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.batch is not None, timeout=3000)
    wait_focus(qtbot, lambda w: w is intake.scan)

    # A typed ISBN finds the record and opens "Add copies" on the count; Ctrl+Return adds.
    type_in(qtbot, ISBN)
    press(qtbot, Qt.Key.Key_Return)
    copies = wait_for_dialog(qtbot, AddCopiesDialog)
    assert isinstance(copies, AddCopiesDialog)
    wait_focus(qtbot, lambda w: w is not None and copies.count.isAncestorOf(w))
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_in(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is copies.location
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is copies.price
    type_in(qtbot, "2500")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(intake.model.copies) == 3, timeout=3000)
    wait_focus(qtbot, lambda w: w is intake.scan)
    assert all(c.status == ItemStatus.IN_PROCESSING for c in intake.model.copies)

    # F8: release mode; a copy's barcode typed in releases it.
    press(qtbot, Qt.Key.Key_F8)
    qtbot.waitUntil(intake.release_mode.isChecked, timeout=3000)  # a key "clicks" in 100 ms
    first = intake.model.copies[0]
    assert first.barcode
    wait_focus(qtbot, lambda w: w is intake.scan)
    type_in(qtbot, first.barcode)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.model.copies[0].status == ItemStatus.AVAILABLE, timeout=3000)
    assert intake.model.copies[1].status == ItemStatus.IN_PROCESSING

    # Ctrl+Shift+R releases the rest of the batch, once the question is answered.
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(
        lambda: all(c.status == ItemStatus.AVAILABLE for c in intake.model.copies), timeout=3000
    )
    assert messages.questions and "Release the 2 copies" in messages.questions[-1]

    # Ctrl+P: the labels dialog; Escape closes it and the scan field has the keys again.
    press(qtbot, Qt.Key.Key_P, CTRL)
    labels = wait_for_dialog(qtbot, LabelsDialog)
    wait_focus(qtbot, lambda w: w is not None and labels.isAncestorOf(w))
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not labels.isVisible(), timeout=3000)
    wait_focus(qtbot, lambda w: w is intake.scan)


def test_every_intake_button_names_its_key(
    qtbot: QtBot, catalog_db: Database, actor: Actor
) -> None:
    window = MainWindow(signed_in(catalog_db, actor))
    qtbot.addWidget(window)
    intake = window.intake
    buttons = (
        intake.new_batch_button, intake.add_copies_button, intake.remote_button,
        intake.template_button, intake.release_button, intake.release_batch_button,
        intake.labels_button, intake.release_mode,
    )  # fmt: skip
    keys = [b.shortcut().toString() for b in buttons]
    assert all(keys) and len(set(keys)) == len(keys)
    window_keys = {k.toString() for a in window.actions() for k in a.shortcuts()}
    assert not window_keys & set(keys), "an intake key is taken by the main window"
    for button in buttons:
        assert button.shortcut().toString() in button.toolTip()


def test_f1_lists_every_key_of_the_window(qtbot: QtBot, catalog_db: Database, actor: Actor) -> None:
    window = MainWindow(signed_in(catalog_db, actor))
    qtbot.addWidget(window)
    assert window.keys_action.shortcut().toString() == "F1"
    rows = {(key, what) for _where, key, what in shortcut_rows(window)}
    for wanted in (
        ("F2", "Scan field"),
        ("Ctrl+F, F3", "Find"),
        ("Ctrl+2", "Intake"),
        ("Ctrl+B", "New batch"),
        ("F8", "Release mode: a scanned copy is released"),
        ("Ctrl+,", "Settings"),
    ):
        assert wanted in rows, wanted


def test_first_run_by_keyboard_with_the_demo_catalog(qtbot: QtBot, tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new.sqlite'}")
    dialog = FirstRunDialog(Entrance(db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    dialog.library_name.setFocus()
    type_in(qtbot, "Demo Library")
    fields = (
        (dialog.sigla, "KZ-DEMO"),
        (dialog.admin_name, None),
        (dialog.password, "kitap-2024"),
        (dialog.repeat, "kitap-2024"),
    )
    for widget, text in fields:
        press(qtbot, Qt.Key.Key_Tab)
        assert focused() is widget
        if text:
            type_in(qtbot, text)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.load_demo
    press(qtbot, Qt.Key.Key_Space)
    assert dialog.load_demo.isChecked()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == FirstRunDialog.DialogCode.Accepted, timeout=10000)
    assert search(db, "Абай").total >= 3 and search(db, "Orwell").total == 2
    db.dispose()


def test_no_two_keys_collide_on_any_screen_or_tab(
    qtbot: QtBot, catalog_db: Database, actor: Actor
) -> None:
    window = MainWindow(signed_in(catalog_db, actor))
    qtbot.addWidget(window)
    window.show()
    for index in range(window.screens.count()):
        window.show_screen(index)
        screen = window.screens.widget(index)
        assert screen is not None
        tabs = [t for t in screen.findChildren(QTabWidget) if t.isVisible()] or [None]
        for tab_widget in tabs:
            for tab in range(tab_widget.count() if tab_widget else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(tab)
                QApplication.processEvents()
                keys = [k.toString() for a in window.actions() if a.isEnabled()
                        for k in a.shortcuts()]  # fmt: skip
                keys += [b.shortcut().toString() for b in window.findChildren(QAbstractButton)
                         if b.isVisible() and not b.shortcut().isEmpty()]  # fmt: skip
                clashes = {k for k in keys if keys.count(k) > 1}
                where = window.navigation.item(index).text()
                assert not clashes, f"{where}, tab {tab}: {clashes}"
    window.show_screen(2)
    assert not window.delete_action.isEnabled() and not window.edit_action.isEnabled()
    window.show_screen(0)
    assert window.delete_action.isEnabled()
