"""Every desk answers every scan (issue 12, item 4): binding, repair, digitisation and
write-off take scan + Enter from a wedge scanner and say found, refused or already scanned in
colour, words and sound; the repair log is filled by scanning."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.intake.copies import get_copy
from app.preservation.repair import repairs
from db.session import Database
from tests.app.audit.conftest import Fund, build_fund
from tests.ui.conftest import Messages, panel_answered, screenshots_dir, signed_in
from tests.ui.test_scan_routing import scanner_settings  # noqa: F401 (a fixture)
from tests.ui.wedge import wedge
from ui.common.choices import choose
from ui.common.feedback import Feedback, FeedbackBanner
from ui.main_window import MainWindow
from ui.preservation import PreservationScreen
from ui.registers import RegistersScreen

SHOTS = screenshots_dir()
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def fund(sqlite_db: Database, actor: object) -> Fund:
    return build_fund(sqlite_db, actor)  # type: ignore[arg-type]


@pytest.fixture
def window(
    qtbot: QtBot,
    fund: Fund,
    messages: Messages,
    scanner_settings: QSettings,  # noqa: F811
) -> Iterator[MainWindow]:
    window = MainWindow(signed_in(fund.db, fund.admin))
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    yield window
    router = getattr(window, "scan_router", None)
    if router is not None:
        QApplication.instance().removeEventFilter(router)  # type: ignore[union-attr]


def codes(fund: Fund) -> list[str]:
    """Copies' barcodes as the labels carry them (14-digit Codabar)."""
    return fund.barcodes("RR-1")


def inventory(fund: Fund, n: int) -> str:
    return fund.shelves["RR-1"][n].inventory_number


def sounds(banner: FeedbackBanner) -> list[Feedback]:
    return list(banner.played)


def test_the_repair_log_is_filled_by_scanning(
    qtbot: QtBot, window: MainWindow, fund: Fund, messages: Messages
) -> None:
    screen = window.screen_at(3)
    assert isinstance(screen, PreservationScreen)
    window.show_screen(3)
    repair = screen.repair
    screen.setCurrentWidget(repair)
    choose(repair.repair_type, "spine")
    repair.minutes.setValue(15)
    repair.performed_by.setFocus()  # the operator last typed here; the scan finds its way
    wedge(codes(fund)[0])
    panel_answered(qtbot, repair)
    wedge(codes(fund)[1])
    panel_answered(qtbot, repair)
    logged = [(r.inventory_number, r.repair_type, r.minutes) for r in repairs(fund.db)]
    assert sorted(logged) == sorted([(inventory(fund, 0), "spine", 15),
                                     (inventory(fund, 1), "spine", 15)])  # fmt: skip
    assert repair.feedback.result is Feedback.COPY_FOUND
    assert f"copy {inventory(fund, 1)} logged" in repair.feedback.message
    wedge(codes(fund)[1])  # the beam passes twice: counted once, and said so
    panel_answered(qtbot, repair)
    assert len(repairs(fund.db)) == 2
    assert repair.feedback.result is Feedback.DUPLICATE
    wedge("NO-SUCH-COPY")
    panel_answered(qtbot, repair)
    assert repair.feedback.result is Feedback.REFUSED
    assert sounds(repair.feedback)[-4:] == [
        Feedback.COPY_FOUND, Feedback.COPY_FOUND, Feedback.DUPLICATE, Feedback.REFUSED
    ]  # fmt: skip
    assert messages.errors == []  # no box in the way of the next scan
    repair.grab().save(str(SHOTS / "scan-desk-repair.png"))


def test_binding_answers_every_scan_including_a_double_one(
    qtbot: QtBot, window: MainWindow, fund: Fund, messages: Messages
) -> None:
    screen = window.screen_at(3)
    assert isinstance(screen, PreservationScreen)
    window.show_screen(3)
    binding = screen.binding
    binding.bindery.setText("Түптеу шеберханасы")
    binding.new_order()
    assert binding.order is not None
    binding.orders_view.setFocus()  # a click on the orders: the scan still goes in
    wedge(codes(fund)[0])
    panel_answered(qtbot, binding)
    assert binding.feedback.result is Feedback.COPY_FOUND
    wedge(codes(fund)[0])
    panel_answered(qtbot, binding)
    assert binding.feedback.result is Feedback.DUPLICATE
    assert [c.inventory_number for c in binding.copies.rows] == [inventory(fund, 0)]
    wedge("NO-SUCH-COPY")
    panel_answered(qtbot, binding)
    assert (
        binding.feedback.result is Feedback.REFUSED and "NO-SUCH-COPY" in binding.feedback.message
    )
    assert sounds(binding.feedback)[-3:] == [
        Feedback.COPY_FOUND, Feedback.DUPLICATE, Feedback.REFUSED
    ]  # fmt: skip
    assert messages.errors == []


def test_digitisation_answers_sent_and_back(
    qtbot: QtBot, window: MainWindow, fund: Fund, messages: Messages
) -> None:
    screen = window.screen_at(3)
    assert isinstance(screen, PreservationScreen)
    window.show_screen(3)
    digi = screen.digitisation
    screen.setCurrentWidget(digi)
    choose(digi.reason, "rare")
    digi.send_scan.setFocus()
    wedge(codes(fund)[1])
    panel_answered(qtbot, digi)
    assert get_copy(fund.db, fund.shelves["RR-1"][1].id).status == "being-digitised"
    assert digi.feedback.result is Feedback.COPY_FOUND
    wedge(codes(fund)[1])
    panel_answered(qtbot, digi)
    assert digi.feedback.result is Feedback.DUPLICATE
    digi.back_scan.setFocus()
    wedge(codes(fund)[1])
    panel_answered(qtbot, digi)
    assert digi.back_code == codes(fund)[1] and digi.feedback.result is Feedback.COPY_FOUND
    digi.file_reference.setText("scan/0002.pdf")
    digi.done()
    panel_answered(qtbot, digi)
    assert get_copy(fund.db, fund.shelves["RR-1"][1].id).status == "available"
    assert messages.errors == []


def test_write_off_answers_a_double_scan(
    qtbot: QtBot, window: MainWindow, fund: Fund, messages: Messages
) -> None:
    screen = window.screen_at(4)
    assert isinstance(screen, RegistersScreen)
    window.show_screen(4)
    panel = screen.writeoff
    panel.view.setFocus()
    wedge(codes(fund)[2])
    panel_answered(qtbot, panel)
    assert panel.feedback.result is Feedback.COPY_FOUND
    wedge(codes(fund)[2])  # within the double-scan window
    panel_answered(qtbot, panel)
    assert panel.feedback.result is Feedback.DUPLICATE
    panel.scan.forget_last_scan()
    wedge(codes(fund)[2])  # later: the list says it has it
    panel_answered(qtbot, panel)
    assert panel.feedback.result is Feedback.DUPLICATE and "already" in panel.feedback.message
    assert len(panel.copies.rows) == 1
    wedge("NO-SUCH-COPY")
    panel_answered(qtbot, panel)
    assert panel.feedback.result is Feedback.REFUSED
    assert sounds(panel.feedback)[-4:] == [
        Feedback.COPY_FOUND, Feedback.DUPLICATE, Feedback.DUPLICATE, Feedback.REFUSED
    ]  # fmt: skip
    screen.grab().save(str(SHOTS / "scan-desk-writeoff.png"))
