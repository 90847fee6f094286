"""The preservation screen: a binding order made up by scanning, sent and scanned back; a
repair logged; a copy sent for digitisation and recorded back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.intake.copies import get_copy
from app.preservation.binding import get_order
from app.security.roles import Actor
from db.session import Database
from tests.app.preservation.conftest import Fund, build_fund
from tests.ui.conftest import (
    Messages,
    panel_answered,
    scans_answered,
    screenshots_dir,
    signed_in,
    type_text,
)
from ui.common.choices import choose
from ui.preservation import PreservationScreen

DOCS = screenshots_dir()


@pytest.fixture
def fund(sqlite_db: Database, actor: Actor) -> Fund:
    return build_fund(sqlite_db, actor)


@pytest.fixture
def screen(qtbot, fund: Fund) -> PreservationScreen:
    widget = PreservationScreen(signed_in(fund.db, fund.admin))
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def scan(qtbot, field, code: str) -> None:
    """Scan `code` into `field` and wait for its answer, when the panel answers scans from
    its scan queue (off the GUI thread, in order)."""
    field.clear()
    type_text(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    scans_answered(qtbot, field)


def read(qtbot, panel) -> None:
    """Wait for the panel's lists, read off the GUI thread, to come."""
    qtbot.waitUntil(lambda: not panel.loads.loading(), timeout=10_000)


class Recorded:
    """A service (a method of the workstation's group, `app.desk`) wrapped to note the
    thread each call ran on, and, while `gate` is clear, to
    wait for it (a slow read under way)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        import threading

        self.threads: list[threading.Thread] = []
        self.gate = threading.Event()
        self.gate.set()
        service = getattr(module, name)

        def recorded(*args: object, **kwargs: object) -> object:
            self.threads.append(threading.current_thread())
            assert self.gate.wait(10), "the test never let the read finish"
            return service(*args, **kwargs)

        monkeypatch.setattr(module, name, recorded)

    def off_the_gui_thread(self) -> bool:
        import threading

        return bool(self.threads) and threading.main_thread() not in self.threads


def test_binding_order_by_scanning(qtbot, screen: PreservationScreen, fund: Fund,
                                   messages: Messages) -> None:  # fmt: skip
    panel = screen.binding
    type_text(panel.bindery, "Түптеу шеберханасы")
    choose(panel.binding_type, "paperback-rebinding")
    type_text(panel.instructions, "Қатты мұқаба")
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert panel.order is not None and messages.errors == []
    for code in fund.barcodes[:3]:
        scan(qtbot, panel.scan, code)
    scan(qtbot, panel.scan, "NO-SUCH")
    assert "NO-SUCH" in panel.status.text()
    read(qtbot, panel)
    assert [c.inventory_number for c in panel.copies.rows] == ["1", "2", "3"]
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    assert not panel.send_button.isEnabled()  # the order is sent off the GUI thread
    qtbot.waitUntil(panel.send_button.isEnabled, timeout=10_000)
    assert {get_copy(fund.db, c.id).status for c in fund.copies[:3]} == {"at-bindery"}
    assert panel.return_mode.isChecked()
    scan(qtbot, panel.scan, fund.barcodes[1])
    assert get_copy(fund.db, fund.copies[1].id).status == "available"
    assert get_order(fund.db, panel.order.id).status == "partly-returned"
    read(qtbot, panel)
    assert panel.orders.rows[0].out == 2
    DOCS.mkdir(parents=True, exist_ok=True)
    screen.grab().save(str(DOCS / "registers-preservation-binding.png"))


def test_repair_and_digitisation(qtbot, screen: PreservationScreen, fund: Fund,
                                 messages: Messages) -> None:  # fmt: skip
    repair = screen.repair
    screen.setCurrentWidget(repair)
    type_text(repair.barcode, fund.barcodes[0])
    choose(repair.repair_type, "spine")
    repair.minutes.setValue(25)
    type_text(repair.before, "түбі жыртылған")
    type_text(repair.after, "жақсы")
    qtbot.mouseClick(repair.log_button, Qt.MouseButton.LeftButton)
    panel_answered(qtbot, repair)
    assert messages.errors == []
    read(qtbot, repair)
    assert [(r.repair_type, r.minutes, r.condition_after) for r in repair.log_model.rows] == [
        ("spine", 25, "жақсы")
    ]
    digi = screen.digitisation
    screen.setCurrentWidget(digi)
    choose(digi.reason, "rare")
    scan(qtbot, digi.send_scan, fund.barcodes[1])
    assert get_copy(fund.db, fund.copies[1].id).status == "being-digitised"
    type_text(digi.back_scan, fund.barcodes[1])
    type_text(digi.file_reference, "scan/abai-0002.pdf")
    digi.pages.setValue(624)
    qtbot.mouseClick(digi.done_button, Qt.MouseButton.LeftButton)
    panel_answered(qtbot, digi)
    assert messages.errors == []
    read(qtbot, digi)
    assert [(e.pages, e.file_reference) for e in digi.log_model.rows] == [
        (624, "scan/abai-0002.pdf")
    ]
    assert get_copy(fund.db, fund.copies[1].id).status == "available"
    screen.grab().save(str(DOCS / "registers-preservation-digitisation.png"))


def test_waiting_list_to_order_with_dates_and_overdue_in_red(
    qtbot, fund: Fund, messages: Messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date, timedelta

    from PySide6.QtCore import QDate

    from app.desk import Preservation as module
    from ui.preservation.screen import OVERDUE, to_date

    # Making up an order from the waiting list and sending it change every copy in it.
    made_up = Recorded(monkeypatch, module, "open_binding_order")
    sent_off = Recorded(monkeypatch, module, "send_order")
    screen = PreservationScreen(signed_in(fund.db, fund.admin))
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    panel = screen.binding
    # The due date follows the sent date by the usual period, not "today".
    assert to_date(panel.due) - to_date(panel.sent) == timedelta(days=30)
    panel.sent.setDate(QDate(2026, 2, 1))
    assert to_date(panel.due) == date(2026, 3, 3)

    choose(panel.binding_type, "paperback-rebinding")
    panel.wait_mode.setChecked(True)
    for code in fund.barcodes[:3]:
        scan(qtbot, panel.scan, code)
    read(qtbot, panel)
    assert [w.inventory_number for w in panel.waiting.rows] == ["1", "2", "3"]
    assert messages.errors == []

    type_text(panel.bindery, "Түптеу шеберханасы")
    qtbot.mouseClick(panel.from_waiting_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "Making up an order from the waiting list…"
    qtbot.waitUntil(panel.from_waiting_button.isEnabled, timeout=10_000)
    assert messages.errors == [] and panel.order is not None
    assert [c.inventory_number for c in panel.copies.rows] == ["1", "2", "3"]
    read(qtbot, panel)
    assert panel.waiting.rows == []
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.send_button.isEnabled, timeout=10_000)
    assert made_up.off_the_gui_thread() and sent_off.off_the_gui_thread()
    sent = get_order(fund.db, panel.order.id)
    read(qtbot, panel)
    assert (sent.status, sent.sent_on, sent.due_on) == ("sent", date(2026, 2, 1), date(2026, 3, 3))
    # Past its due date with copies out: the row is drawn in red.
    row = panel.orders.rows.index(next(o for o in panel.orders.rows if o.id == sent.id))
    brush = panel.orders.data(panel.orders.index(row, 0), Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color() == OVERDUE
    screen.grab().save(str(DOCS / "registers-preservation-waiting-list.png"))


def test_repair_reports_and_kazneb_candidates(
    qtbot, screen: PreservationScreen, fund: Fund, messages: Messages, tmp_path
) -> None:
    from datetime import date

    from app.preservation.repair import record_repair
    from app.registers.kazneb import kazneb_candidates
    from tests.app.registers.conftest import pdf_text

    db, admin = fund.db, fund.admin
    record_repair(db, admin, fund.barcodes[0], "spine", "Сәуле Қ.", date(2026, 2, 3), minutes=40)
    record_repair(db, admin, fund.barcodes[1], "spine", "Ержан Б.", date(2026, 3, 4), minutes=20)
    record_repair(db, admin, fund.barcodes[1], "mending-tears", "Сәуле Қ.", date(2026, 3, 5),
                  minutes=15)  # fmt: skip
    panel = screen.repair_report
    screen.setCurrentWidget(panel)
    choose(panel.grouping, "staff")
    panel.whole.setChecked(True)
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert not panel.show_button.isEnabled()  # the report is read off the GUI thread
    qtbot.waitUntil(panel.show_button.isEnabled)
    assert [(r.key, r.repairs, r.minutes) for r in panel.rows.rows] == [
        ("Ержан Б.", 1, 20), ("Сәуле Қ.", 2, 55),
    ]  # fmt: skip
    assert "3 repairs, 75 minutes" in panel.status.text()
    choose(panel.grouping, "period")
    panel.whole.setChecked(False)
    panel.date_from.setDate(panel.date_from.date().fromString("01.03.2026", "dd.MM.yyyy"))
    panel.date_to.setDate(panel.date_to.date().fromString("31.03.2026", "dd.MM.yyyy"))
    out = tmp_path / "repairs.pdf"
    panel.choose_output = lambda: out  # type: ignore[method-assign]
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Saved" in panel.status.text(), timeout=10_000)
    assert [(r.key, r.repairs) for r in panel.rows.rows] == [("2026-03", 2)]
    assert "2026-03" in "\n".join(pdf_text(out)) and messages.errors == []

    kazneb = screen.kazneb
    screen.setCurrentWidget(kazneb)
    scan(qtbot, kazneb.scan, fund.barcodes[2])
    assert kazneb.record_label.text() == "Абай жолы"
    choose(kazneb.category, "copyrighted")
    qtbot.mouseClick(kazneb.mark_button, Qt.MouseButton.LeftButton)
    assert messages.errors and "agreement" in messages.errors[-1]  # copyright needs one
    type_text(kazneb.agreement, "Шарт № 15/2026")
    qtbot.mouseClick(kazneb.mark_button, Qt.MouseButton.LeftButton)
    assert len(messages.errors) == 1
    assert [(o.category, o.agreement_reference) for o in kazneb_candidates(db)] == [
        ("copyrighted", "Шарт № 15/2026")
    ]
    read(qtbot, kazneb)
    assert [o.title for o in kazneb.candidates.rows] == ["Абай жолы"]
    qtbot.wait(20)  # let the layout take the status message's new height
    screen.grab().save(str(DOCS / "registers-preservation-kazneb.png"))


def test_the_lists_are_read_off_the_gui_thread(
    qtbot, fund: Fund, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    """Each panel's list grows with the library's history: building the screen (and every
    refresh) returns before the rows come, and the read runs in a worker."""
    from datetime import date

    from app.desk import Preservation as module
    from app.desk import Registers as reports
    from app.preservation.binding import add_to_waiting_list, open_binding_order
    from app.preservation.digitisation import send_for_digitisation
    from app.preservation.repair import record_repair
    from app.registers.kazneb import mark_kazneb_candidate

    db, admin = fund.db, fund.admin
    open_binding_order(db, admin, "Түптеу", "paperback-rebinding", "", date(2026, 3, 1), None)
    add_to_waiting_list(db, admin, [fund.barcodes[0]], "paperback-rebinding")
    record_repair(db, admin, fund.barcodes[1], "spine", "Сәуле Қ.", date(2026, 2, 3))
    send_for_digitisation(db, admin, [fund.barcodes[2]], "digitise", "rare")
    mark_kazneb_candidate(db, admin, fund.record_id, "printed-matter")
    services = {
        name: Recorded(monkeypatch, module, name)
        for name in ("list_orders", "waiting_list", "repairs", "digitisation_log")
    }
    services["kazneb_candidates"] = Recorded(monkeypatch, reports, "kazneb_candidates")

    screen = PreservationScreen(signed_in(db, admin))
    qtbot.addWidget(screen)
    panels = (screen.binding, screen.repair, screen.digitisation, screen.kazneb)
    # The screen is built before any row came: nothing was read in its constructor.
    models = (screen.binding.orders, screen.binding.waiting, screen.repair.log_model,
              screen.digitisation.log_model, screen.kazneb.candidates)  # fmt: skip
    assert [m.rowCount() for m in models] == [0, 0, 0, 0, 0]
    assert all(p.loads.loading() for p in panels)
    for panel in panels:
        read(qtbot, panel)
    assert [m.rowCount() for m in models] == [1, 1, 1, 1, 1]
    assert {n: s.off_the_gui_thread() for n, s in services.items()} == dict.fromkeys(services, True)
    for panel in panels:
        panel.refresh()
        assert panel.loads.loading()
        read(qtbot, panel)
    assert {n: s.off_the_gui_thread() for n, s in services.items()} == dict.fromkeys(services, True)
    assert messages.errors == []


def test_a_scan_answers_at_once_while_the_lists_are_read(
    qtbot, fund: Fund, monkeypatch: pytest.MonkeyPatch, messages: Messages
) -> None:
    """A slow read of the lists does not hold a scan back: the scan's own answer is given in
    its slot, and the lists follow when the read is done."""
    from app.desk import Preservation as module

    orders = Recorded(monkeypatch, module, "list_orders")
    screen = PreservationScreen(signed_in(fund.db, fund.admin))
    qtbot.addWidget(screen)
    screen.show()
    panel = screen.binding
    read(qtbot, panel)
    orders.gate.clear()  # the next read of the orders is slow
    try:
        choose(panel.binding_type, "paperback-rebinding")
        panel.wait_mode.setChecked(True)
        scan(qtbot, panel.scan, fund.barcodes[0])
        assert panel.status.text() == "Waiting: 1"  # answered at once
        assert panel.loads.busy.isVisible() and panel.waiting.rows == []
        scan(qtbot, panel.scan, fund.barcodes[1])
        scan(qtbot, panel.scan, fund.barcodes[2])
        assert panel.status.text() == "Waiting: 3"
    finally:
        orders.gate.set()
    read(qtbot, panel)
    assert not panel.loads.busy.isVisible()
    # Three scans during one slow read: one more read, not three, and it has every scan.
    assert len(orders.threads) == 3  # built, first scan, the reload asked during it
    assert [w.inventory_number for w in panel.waiting.rows] == ["1", "2", "3"]
    assert messages.errors == []


def test_an_order_chosen_while_the_lists_are_read_keeps_its_copies(
    qtbot, screen: PreservationScreen, fund: Fund, messages: Messages
) -> None:
    """A read asked before another order was chosen brings the old order's copies: they are
    not shown over the order now chosen."""
    from datetime import date

    from app.preservation.binding import add_to_order, open_binding_order

    db, admin = fund.db, fund.admin
    first = open_binding_order(db, admin, "А", "paperback-rebinding", "", date(2026, 3, 1), None)
    second = open_binding_order(db, admin, "Б", "paperback-rebinding", "", date(2026, 3, 1), None)
    add_to_order(db, admin, first.id, fund.barcodes[:2])
    add_to_order(db, admin, second.id, fund.barcodes[2:3])
    panel = screen.binding
    panel.select(first.id)
    panel.select(second.id)  # before the first order was read
    read(qtbot, panel)
    assert panel.order is not None and panel.order.id == second.id
    assert [c.inventory_number for c in panel.copies.rows] == ["3"]
    assert panel.status.text().startswith(f"Order {second.id}:")
    assert messages.errors == []
