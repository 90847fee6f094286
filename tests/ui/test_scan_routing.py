"""One scan path for the whole window (issue 12): a wedge scanner's burst, typed into
whatever has the focus, is counted exactly once by the screen or dialog in front, or refused
where the operator sees it; it is never typed into a count, a list or a text field."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from app.audit.audits import Outcome, open_audit
from app.catalog.records import create_record
from app.intake.accession import open_accession
from app.intake.copies import copies_of_record
from app.security.roles import Actor
from db.session import Database
from tests.app.audit.conftest import Fund, build_fund
from tests.records import book
from tests.ui.conftest import Messages, screenshots_dir, signed_in
from tests.ui.wedge import _key, type_slowly, wedge
from ui.common.feedback import Feedback
from ui.intake.accession_dialog import AccessionDialog
from ui.intake.add_copies_dialog import AddCopiesDialog
from ui.main_window import MainWindow

ISBN = "9786011234566"
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Desk:
    db: Database
    actor: Actor
    fund: Fund
    record_id: int
    window: MainWindow


# The scanner's settings of this desk. The keys come 3 ms apart; the window for a burst is
# wider than the 40 ms default only so that a loaded test machine cannot split a burst.
MAX_INTERVAL_MS = 200


@pytest.fixture
def scanner_settings(tmp_path: Path) -> Iterator[QSettings]:
    """QSettings of a user of their own (the real user's choice is never touched)."""
    fmt, scope = QSettings.Format.NativeFormat, QSettings.Scope.UserScope
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for kind in (fmt, QSettings.Format.IniFormat):
        QSettings.setPath(kind, scope, str(tmp_path))
    settings = QSettings()
    settings.setValue("scanner/max_interval_ms", MAX_INTERVAL_MS)
    settings.setValue("scanner/sound", "false")
    settings.sync()
    yield settings
    for kind in (fmt, QSettings.Format.IniFormat):
        QSettings.setPath(kind, scope, home)


@pytest.fixture
def desk(
    qtbot: QtBot,
    sqlite_db: Database,
    actor: Actor,
    messages: Messages,
    scanner_settings: QSettings,
) -> Iterator[Desk]:
    fund = build_fund(sqlite_db, actor)
    record = create_record(sqlite_db, actor, book("Қазақстан тарихы", "Қозыбаев, Манаш",
                                                  "2010", ISBN))  # fmt: skip
    open_accession(sqlite_db, actor, "purchase", "ТН-8")
    window = MainWindow(signed_in(sqlite_db, actor))
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    yield Desk(sqlite_db, actor, fund, record.id, window)
    router = getattr(window, "scan_router", None)
    if router is not None:
        QApplication.instance().removeEventFilter(router)  # type: ignore[union-attr]


def wait_focus(qtbot: QtBot, test: Callable[[QWidget | None], bool]) -> None:
    try:
        qtbot.waitUntil(lambda: test(QApplication.focusWidget()), timeout=3000)
    except Exception:
        raise AssertionError(f"the focus is on {QApplication.focusWidget()}") from None


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    QTest.keyClick(target, key, modifier)


def pause(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def copies_held(desk: Desk) -> int:
    return len(copies_of_record(desk.db, desk.record_id))


# --- Item 1: a double scan must not add 978 copies --------------------------------------------


def test_a_second_scan_of_the_isbn_never_reaches_the_count_box(qtbot: QtBot, desk: Desk) -> None:
    window = desk.window
    press(Qt.Key.Key_2, CTRL)
    intake = window.intake
    wait_focus(qtbot, lambda w: w is intake.scan)
    wedge(ISBN)
    qtbot.waitUntil(lambda: isinstance(intake.dialog, AddCopiesDialog), timeout=5000)
    dialog = intake.dialog
    assert isinstance(dialog, AddCopiesDialog)
    wait_focus(
        qtbot, lambda w: w is not None and (w is dialog.count or dialog.count.isAncestorOf(w))
    )

    pause(0.4)  # the beam passes the same ISBN again
    wedge(ISBN)
    assert intake.dialog is dialog and dialog.isVisible()
    assert dialog.count.value() == 1 and dialog.count.text() == "1"
    assert copies_held(desk) == 0
    assert dialog.feedback.result is Feedback.DUPLICATE
    assert ISBN in dialog.feedback.message
    dialog.grab().save(str(screenshots_dir() / "scan-add-copies-double-scan.png"))

    pause(1.1)  # later than the double-scan window: the dialog's label field refuses it
    wedge(ISBN)
    assert dialog.isVisible() and dialog.count.value() == 1 and dialog.labels.count() == 0
    assert dialog.feedback.result is Feedback.REFUSED and "ISBN" in dialog.feedback.message
    assert copies_held(desk) == 0

    # A person's Enter in the count box does not add the copies either: Ctrl+Enter does.
    dialog.count.setFocus()
    dialog.count.selectAll()
    type_slowly("2", MAX_INTERVAL_MS / 1000 * 3)
    _key(int(Qt.Key.Key_Return), "\r")
    assert dialog.isVisible() and copies_held(desk) == 0
    press(Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: copies_held(desk) == 2, timeout=5000)

    # Item 7: the panels say so at once: the book's copies held, then a released copy.
    qtbot.waitUntil(lambda: intake.dialog is None, timeout=5000)
    assert "2 copies held" in intake.details.text()
    new = intake.model.copies[-1]
    assert new.barcode and new.status == "in-processing"
    intake.release_mode.setChecked(True)
    window.activateWindow()  # offscreen, the window is not given back the keys by itself
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    wedge(new.barcode)
    qtbot.waitUntil(intake.scans_answered, timeout=5000)  # looked up in the scan queue
    assert intake.feedback.result is Feedback.RELEASED
    assert intake.model.status_name("available") in intake.details.text()
    assert "Ready for release" not in intake.details.text()


def test_adding_more_copies_than_the_librarys_limit_needs_their_number_typed(
    qtbot: QtBot, desk: Desk, scanner_settings: QSettings
) -> None:
    """The limit is the library's (set by an administrator, kept in the database); a value
    an older Qor kept on the workstation is ignored. Above it, neither Ctrl+Enter nor a scan
    of the number into the confirmation adds anything: the number must be typed."""
    from app.intake.limits import set_confirm_above
    from ui.common.confirm import TypedConfirmation

    scanner_settings.setValue("intake/confirm_above", 100)  # an old workstation value
    scanner_settings.sync()
    set_confirm_above(desk.db, desk.actor, 3)
    window = desk.window
    press(Qt.Key.Key_2, CTRL)
    intake = window.intake
    wait_focus(qtbot, lambda w: w is intake.scan)
    wedge(ISBN)
    qtbot.waitUntil(lambda: isinstance(intake.dialog, AddCopiesDialog), timeout=5000)
    dialog = intake.dialog
    assert isinstance(dialog, AddCopiesDialog)
    dialog.count.setValue(4)

    asked: list[str] = []

    def question_open() -> TypedConfirmation:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, TypedConfirmation) and w.isVisible()]  # fmt: skip
        assert len(shown) == 1, shown
        question = shown[0]
        question.activateWindow()
        question.answer.setFocus()
        end = time.monotonic() + 3
        while QApplication.focusWidget() is not question.answer and time.monotonic() < end:
            pause(0.02)
        asked.append("focused" if QApplication.focusWidget() is question.answer else "elsewhere")
        return question

    def scan_into_the_question() -> None:
        question = question_open()
        try:
            asked.append(question.findChildren(QLabel)[0].text())
            wedge("4")  # a scan's burst and Enter: taken back out, never a confirmation
            asked.append(question.answer.text())
            asked.append("visible" if question.isVisible() else "closed")
            asked.append("enabled" if question.ok.isEnabled() else "disabled")
        finally:
            question.reject()

    QTimer.singleShot(300, scan_into_the_question)
    dialog.count.setFocus()
    press(Qt.Key.Key_Return, CTRL)
    assert len(asked) == 5, asked
    assert asked[0] == "focused" and "Add 4 copies?" in asked[1]
    assert asked[2:] == ["", "visible", "disabled"]
    pause(0.3)
    assert dialog.isVisible() and copies_held(desk) == 0

    def type_the_number() -> None:
        question = question_open()
        try:
            type_slowly("4", MAX_INTERVAL_MS / 1000 * 3)
            asked.append("enabled" if question.ok.isEnabled() else "disabled")
        finally:
            if question.ok.isEnabled():
                question.ok.click()
            else:
                question.reject()

    QTimer.singleShot(300, type_the_number)
    dialog.add()  # as the Add copies button
    assert asked[-2:] == ["focused", "enabled"]
    qtbot.waitUntil(lambda: copies_held(desk) == 4, timeout=5000)

    # At the limit no question is asked.
    qtbot.waitUntil(lambda: intake.dialog is None, timeout=5000)
    assert window.scan_router is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    intake.scan.setFocus()
    pause(1.1)  # past the double-scan window
    wedge(ISBN)
    qtbot.waitUntil(lambda: isinstance(intake.dialog, AddCopiesDialog), timeout=5000)
    again = intake.dialog
    assert isinstance(again, AddCopiesDialog)
    again.count.setValue(3)
    asked.clear()

    def no_question() -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, TypedConfirmation) and w.isVisible():
                asked.append("asked")
                w.reject()

    QTimer.singleShot(1500, no_question)
    again.add()  # no question: the copies are added at once
    qtbot.waitUntil(lambda: copies_held(desk) == 7, timeout=5000)
    pause(1.6)
    assert asked == []


def test_a_scan_over_a_dialog_without_a_scan_field_is_refused_and_types_nothing(
    qtbot: QtBot, desk: Desk
) -> None:
    window = desk.window
    press(Qt.Key.Key_2, CTRL)
    intake = window.intake
    wait_focus(qtbot, lambda w: w is intake.scan)
    press(Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: isinstance(intake.dialog, AccessionDialog), timeout=5000)
    dialog = intake.dialog
    assert isinstance(dialog, AccessionDialog)
    dialog.supplier.setFocus()
    wait_focus(qtbot, lambda w: w is dialog.supplier)
    before = {id(e): e.text() for e in dialog.findChildren(QLineEdit)}
    wedge(desk.fund.barcodes("RR-1")[0])
    assert dialog.isVisible() and intake.dialog is dialog
    assert {id(e): e.text() for e in dialog.findChildren(QLineEdit)} == before
    routed = window.scan_router.routed[-1]
    assert routed.outcome == "refused" and routed.where == "AccessionDialog"
    assert QToolTip.isVisible() and "not taken" in QToolTip.text()


# --- Item 3: audit scans after a click on a tab or a row -------------------------------------


def test_audit_scans_after_clicking_a_tab_or_a_row_are_counted(qtbot: QtBot, desk: Desk) -> None:
    window = desk.window
    audit = open_audit(desk.db, desk.actor, prefixes=["RR"], responsible="Б. Ахметова").id
    audits = window.audits
    window.show_screen(window.screens.indexOf(audits))
    assert window.screens.currentWidget() is audits
    audits.set_audit(audit)
    rr1 = desk.fund.barcodes("RR-1")

    with qtbot.waitSignal(audits.scan_done, timeout=10_000) as shelf:
        wedge("L-RR-1")
    assert shelf.args[0].outcome is Outcome.LOCATION

    bar = audits.tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    with qtbot.waitSignal(audits.scan_done, timeout=10_000) as first:
        wedge(rr1[0])
    assert first.args[0].outcome is Outcome.FOUND

    audits.refresh_report()
    view = audits.result_tabs["found"].view
    qtbot.waitUntil(lambda: view.model().rowCount() >= 1, timeout=10_000)
    assert audits.tabs.currentIndex() == 0
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(view.model().index(0, 0)).center())  # fmt: skip
    wait_focus(qtbot, lambda w: w is view)
    with qtbot.waitSignal(audits.scan_done, timeout=10_000) as second:
        wedge(rr1[1])
    assert second.args[0].outcome is Outcome.FOUND
    qtbot.waitUntil(lambda: audits.counters["found"].text() == "2", timeout=5000)
    assert window.scan_router.routed[-1].outcome == "field"


# --- Short barcodes: copies 1-999 under the default scheme ------------------------------------


def test_a_short_barcode_is_a_scan_outside_the_scan_field_but_typing_is_not(
    qtbot: QtBot, desk: Desk
) -> None:
    """Copy 14's barcode is "14" under the default scheme: a burst of two keys and Enter is a
    scan wherever the focus is. A person's "12" and Enter in a text field stays typing."""
    from app.intake.copies import add_copies, release_copies
    from app.intake.numbering import set_numbering

    set_numbering(desk.db, desk.actor, barcode_scheme="code128-inventory")
    batch = open_accession(desk.db, desk.actor, "purchase", "ТН-9")
    short = add_copies(desk.db, desk.actor, desk.record_id, 2, batch.id, "RR-1")
    release_copies(desk.db, desk.actor, accession_id=batch.id)
    codes = [c.barcode or "" for c in short]
    assert all(len(code) < 4 for code in codes), codes
    window = desk.window
    audit = open_audit(desk.db, desk.actor, prefixes=["RR"], responsible="Б. Ахметова").id
    audits = window.audits
    window.show_screen(window.screens.indexOf(audits))
    audits.set_audit(audit)
    with qtbot.waitSignal(audits.scan_done, timeout=10_000):
        wedge("L-RR-1")
    view = audits.result_tabs["found"].view
    view.setFocus()  # as after a click on the list
    wait_focus(qtbot, lambda w: w is view)
    with qtbot.waitSignal(audits.scan_done, timeout=10_000) as found:
        wedge(codes[0])
    assert found.args[0].outcome is Outcome.FOUND
    routed = window.scan_router.routed[-1]
    assert (routed.code, routed.outcome) == (codes[0], "field")

    # A person types "12" and Enter into a text field (the price), keys within the
    # scanner's gap but not all within one: typing, left where it was typed.
    press(Qt.Key.Key_2, CTRL)
    intake = window.intake
    wait_focus(qtbot, lambda w: w is intake.scan)
    pause(1.1)
    wedge(ISBN)
    qtbot.waitUntil(lambda: isinstance(intake.dialog, AddCopiesDialog), timeout=5000)
    dialog = intake.dialog
    assert isinstance(dialog, AddCopiesDialog)
    dialog.price.setFocus()
    wait_focus(qtbot, lambda w: w is dialog.price)
    routed = len(window.scan_router.routed)
    gap = MAX_INTERVAL_MS / 1000 * 0.7
    type_slowly("12", gap)
    time.sleep(gap)
    _key(int(Qt.Key.Key_Return), "\r")
    QApplication.processEvents()
    assert len(window.scan_router.routed) == routed
    assert dialog.price.text() == "12" and dialog.isVisible()
    # The scanner's "7" and Enter in the same field: a scan, taken back out of the price
    # and given to the dialog's label field.
    wedge("7")
    assert dialog.price.text() == "12"
    assert window.scan_router.routed[-1].code == "7"
    assert window.scan_router.routed[-1].outcome == "dialog"
    dialog.reject()


# --- Item 5: a scan while the batch list is open ---------------------------------------------


def test_a_scan_while_the_batch_list_is_open_keeps_the_batch(qtbot: QtBot, desk: Desk) -> None:
    window = desk.window
    press(Qt.Key.Key_2, CTRL)
    intake = window.intake
    wait_focus(qtbot, lambda w: w is intake.scan)
    qtbot.waitUntil(lambda: not intake.loading, timeout=10_000)  # the batches, read in a worker
    batch = intake.batch
    assert batch is not None and intake.batches.count() == 2
    press(Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
    copy = desk.fund.shelves["RR-1"][0]
    wedge(copy.barcode or "")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)
    qtbot.waitUntil(intake.scans_answered, timeout=5000)
    assert intake.batch is not None and intake.batch.id == batch.id
    assert intake.feedback.result is Feedback.COPY_FOUND
    assert copy.inventory_number in intake.feedback.message
    # The window's focus is back in the scan field (offscreen, the window itself stays
    # inactive once a popup has closed).
    qtbot.waitUntil(lambda: window.focusWidget() is intake.scan, timeout=3000)


# --- Item 6: after a screen switch, the scan goes to the screen in front ---------------------


def test_after_switching_screens_the_scan_lands_on_the_screen_in_front(
    qtbot: QtBot, desk: Desk
) -> None:
    window = desk.window
    copy = desk.fund.shelves["RR-1"][0]
    code = copy.barcode or ""
    press(Qt.Key.Key_2, CTRL)
    intake = window.intake
    wedge(code)
    qtbot.waitUntil(intake.scans_answered, timeout=5000)
    assert intake.feedback.result is Feedback.COPY_FOUND

    press(Qt.Key.Key_1, CTRL)
    assert window.screens.currentWidget() is window.catalog
    wedge(ISBN)
    assert window.catalog.search.query.text() == ISBN

    press(Qt.Key.Key_2, CTRL)  # F2 after the switch: no stale banner from before it
    press(Qt.Key.Key_F2)
    assert intake.feedback.result is Feedback.INFO
    wait_focus(qtbot, lambda w: w is intake.scan)

    press(Qt.Key.Key_5, CTRL)  # the sidebar's fifth entry: Registers
    registers = window.screens.currentWidget()
    assert window.navigation.currentItem().text() == "Registers"
    pause(1.1)
    wedge(code)
    qtbot.waitUntil(lambda: registers.writeoff.scans.pending() == 0, timeout=5000)
    rows = registers.writeoff.copies.rows
    assert [c.id for c in rows] == [copy.id]

    press(Qt.Key.Key_3, CTRL)  # Audits, none open: refused where the operator looks
    audits = window.audits
    assert window.screens.currentWidget() is audits
    wedge("L-RR-1")
    assert audits.banner.result is Feedback.REFUSED
    assert "choose or open an audit" in audits.banner.message
    window.grab().save(str(screenshots_dir() / "scan-audit-refused.png"))


def test_ctrl_1_to_6_follow_the_sidebar(qtbot: QtBot, desk: Desk) -> None:
    window = desk.window
    for row in range(window.navigation.count()):
        press(Qt.Key(int(Qt.Key.Key_1) + row), CTRL)
        assert window.navigation.currentRow() == row
        tip = window.navigation.item(row).toolTip()
        assert tip.endswith(f"(Ctrl+{row + 1})"), tip


def test_a_table_click_does_not_let_a_scan_search_the_list(qtbot: QtBot, desk: Desk) -> None:
    """Keys typed into a list before the burst is recognised are taken back: the row the
    operator chose stays chosen."""
    window = desk.window
    press(Qt.Key.Key_1, CTRL)
    table = window.catalog.search.table
    window.catalog.start()
    qtbot.waitUntil(lambda: table.model().rowCount() >= 2, timeout=10_000)
    table.setFocus()
    table.selectRow(1)
    wedge(ISBN)
    assert window.catalog.search.query.text() == ISBN
    assert window.scan_router.routed[-1].outcome == "screen"


def test_adding_copies_shows_a_busy_sign_while_the_service_works(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 8: while the copies are made (in a worker, the window stays live), the dialog says
    "Adding N copies…" and takes no second click."""
    import threading

    from app.desk import Intake as module

    release = threading.Event()
    real = module.add_copies

    def held_back(*args: object, **kwargs: object) -> object:
        release.wait(10)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "add_copies", held_back)
    window = desk.window
    press(Qt.Key.Key_2, CTRL)
    intake = window.intake
    wait_focus(qtbot, lambda w: w is intake.scan)
    wedge(ISBN)
    qtbot.waitUntil(lambda: isinstance(intake.dialog, AddCopiesDialog), timeout=5000)
    assert isinstance(intake.dialog, AddCopiesDialog)
    dialog = intake.dialog
    dialog.count.setValue(3)
    dialog.add()
    assert dialog.feedback.message == "Adding 3 copies…"
    assert not dialog.buttons.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: len(dialog.added) == 3, timeout=10_000)
    assert copies_held(desk) == 3
