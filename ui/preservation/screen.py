"""The preservation screen: binding orders (make one up, scan copies into it, send it, scan
copies back; overdue orders in red), the repair log and the digitisation log. Every action
is one service call; the screen only shows what the services return.

The GUI-thread rule (ui/common/worker.py) here: a scan (into an order, back from the
bindery, onto the waiting list, a repair, a copy sent or back) is one copy's change. A branch
reaches the library's PostgreSQL over a VPN, where each change costs its round trips, so a
panel's scans go through its `ScanQueue` (ui/common/scan_queue.py): the field is free for the
next scan at once, the changes are made off the GUI thread in the order scanned, and each is
answered on the banner in that order. What a scan does (the mode, the order, the repair's
form) is taken when it is scanned, not when it is answered. Opening an empty order is one
row. Sending an order and making one up from the waiting list change every copy in it: in a
worker. The lists (orders, waiting list, the repair and digitisation logs) grow with the
library's history, so they are read in a worker once a burst of scans is answered
(ui/common/loads.py), under a busy bar. They are read whole, not cut to the latest rows: a
librarian scrolls them as ledgers (an overdue order from last year, a repair of five years
ago), they grow by hundreds a year, not with the fund's million copies, and the read is off
the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from app.preservation.binding import (
    BindingOrderInfo,
    BindingType,
    WaitingCopy,
)
from app.preservation.digitisation import (
    DigitisationInfo,
    DigitisationKind,
    DigitisationReason,
)
from app.preservation.repair import RepairInfo, RepairType
from app.preservation.scanning import ScanTally
from ui.common import messages
from ui.common.choices import choice_name, fill_choices
from ui.common.feedback import Feedback, FeedbackBanner
from ui.common.keyboard import give_key
from ui.common.loads import ListLoad
from ui.common.locale import format_date
from ui.common.scan_field import ScanField
from ui.common.scan_queue import ScanQueue
from ui.common.tables import Index, RowsModel, table_for
from ui.common.worker import Worker, WorkerSet, alive

# How long a bindery usually has an order: the due date offered when an order is made up.
BINDING_PERIOD = timedelta(days=30)
OVERDUE = QColor("#c62828")


def to_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    day = value or date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def scan_field(placeholder: str) -> ScanField:
    field = ScanField()
    field.setPlaceholderText(placeholder)
    return field


def describe(result: ScanTally) -> str:
    """One line for the status label: what was taken, and why anything was refused."""
    parts = [", ".join(c.inventory_number for c in result.accepted) or "—"]
    parts += [f"{r.ref}: {r.reason}" for r in (*result.closed, *result.refused)]
    return "; ".join(parts)


def answer(banner: FeedbackBanner, result: ScanTally, verb: str) -> None:
    """Every scan at a desk answers in colour, words and sound: taken, or refused and why."""
    text = f"{verb}: {describe(result)}"
    if result.accepted and not result.refused:
        banner.show_result(Feedback.COPY_FOUND, text)
    else:
        banner.show_result(Feedback.REFUSED, text)


def answer_error(banner: FeedbackBanner, error: QorError | str) -> None:
    """A refusal at a scan desk is said on the banner, not in a box that would take the
    next scans' keys."""
    banner.show_result(Feedback.REFUSED, str(error))


def answer_repeat(banner: FeedbackBanner, code: str) -> None:
    banner.show_result(
        Feedback.DUPLICATE,
        QCoreApplication.translate("desk", "{code} was just scanned: counted once.").format(
            code=code
        ),
    )


BindingLists = tuple[list[BindingOrderInfo], list[WaitingCopy], BindingOrderInfo | None]


def read_binding(ws: Workstation, order_id: int | None) -> BindingLists:
    """Every order, the waiting list and the chosen order (with its copies), in a worker."""
    order = ws.preservation.get_order(order_id) if order_id is not None else None
    return ws.preservation.list_orders(), ws.preservation.waiting_list(), order


def read_repairs(ws: Workstation) -> list[RepairInfo]:
    """The repair log, newest first."""
    return list(reversed(ws.preservation.repairs()))


def read_digitisation(ws: Workstation) -> list[DigitisationInfo]:
    """The digitisation log, newest first."""
    return list(reversed(ws.preservation.digitisation_log()))


def log_with_busy_bar(model: RowsModel, loads: ListLoad) -> QVBoxLayout:
    """A log's table with the bar that moves while it is read."""
    box = QVBoxLayout()
    box.addWidget(loads.busy)
    box.addWidget(table_for(model, 2), 1)
    return box


class OrdersModel(RowsModel):
    """Binding orders; an overdue one is drawn in red so it is seen without reading."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return QBrush(OVERDUE) if self.rows[index.row()].overdue else None
        return super().data(index, role)


class BindingPanel(QWidget):
    scan_answered = Signal()  # a scan's answer (or refusal) is on the banner

    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.ws = ws
        self.scans = ScanQueue(self)  # scans made in order, off the GUI thread
        self.scans.drained.connect(self.refresh)  # the lists, once a burst is answered
        self.order_id: int | None = None  # the chosen order: scans go into it
        self.order: BindingOrderInfo | None = None  # the chosen order as last read
        self._announce: int | None = None  # the order whose status to say when it is read
        self.order_work = WorkerSet()  # sending an order, making one up from the waiting list
        self.loads = ListLoad(
            self, read_binding, self._show_lists, lambda m: messages.show_error(self, m)
        )
        form = self._build_order_form()
        modes = self._build_scan_desk()
        self._build_tables()
        waiting_box = self._build_waiting_box()
        self._lay_out(form, modes, waiting_box)
        self.refresh()

    def _build_order_form(self) -> QFormLayout:
        """The new order's fields: bindery, binding, instructions, dates and cost."""
        self.bindery = QLineEdit()
        self.binding_type = QComboBox()
        fill_choices(self.binding_type, BindingType)
        self.instructions = QLineEdit()
        self.sent = date_edit(date.today())
        self.due = date_edit(date.today() + BINDING_PERIOD)
        self.sent.dateChanged.connect(
            lambda day: self.due.setDate(day.addDays(BINDING_PERIOD.days))
        )
        self.cost = QLineEdit()
        self.new_button = QPushButton(self.tr("New order"))
        self.new_button.clicked.connect(lambda: self.new_order())
        give_key(self.new_button, "Ctrl+Shift+N")
        form = QFormLayout()
        form.addRow(self.tr("Bindery"), self.bindery)
        form.addRow(self.tr("Binding"), self.binding_type)
        form.addRow(self.tr("Instructions"), self.instructions)
        form.addRow(self.tr("Sent"), self.sent)
        form.addRow(self.tr("Due"), self.due)
        form.addRow(self.tr("Cost, KZT"), self.cost)
        form.addRow("", self.new_button)
        return form

    def _build_scan_desk(self) -> QHBoxLayout:
        """What a scan does (into the order, back from the bindery, onto the waiting list),
        the scan field, its banner and the send button."""
        self.collect_mode = QRadioButton(self.tr("Scan into the order"))
        self.return_mode = QRadioButton(self.tr("Scan back from the bindery"))
        self.wait_mode = QRadioButton(self.tr("Scan onto the waiting list"))
        self.collect_mode.setChecked(True)
        self.scan = scan_field(self.tr("Scan a copy's barcode"))
        self.scan.scanned.connect(self.on_scan)
        self.scan.typed.connect(self.on_scan)
        self.feedback = FeedbackBanner()
        self.scan.repeated.connect(lambda code: answer_repeat(self.feedback, code))
        self.send_button = QPushButton(self.tr("Send order"))
        self.send_button.clicked.connect(self.send)
        give_key(self.send_button, "Ctrl+S")
        self.status = QLabel()
        self.status.setWordWrap(True)
        modes = QHBoxLayout()
        modes.addWidget(self.collect_mode)
        modes.addWidget(self.return_mode)
        modes.addWidget(self.wait_mode)
        modes.addStretch(1)
        modes.addWidget(self.send_button)
        return modes

    def _build_tables(self) -> None:
        """The orders, the chosen order's copies and the waiting list."""
        self.orders = OrdersModel(
            [
                (self.tr("Order"), lambda o: o.id),
                (self.tr("Bindery"), lambda o: o.bindery),
                (self.tr("Binding"), lambda o: choice_name(o.binding_type)),
                (self.tr("Status"), lambda o: choice_name(o.status)),
                (self.tr("Copies"), lambda o: len(o.copies)),
                (self.tr("Out"), lambda o: o.out),
                (self.tr("Sent"), lambda o: format_date(o.sent_on)),
                (self.tr("Due"), lambda o: format_date(o.due_on)),
                (self.tr("Overdue"), lambda o: self.tr("OVERDUE") if o.overdue else ""),
            ]
        )
        self.orders_view = table_for(self.orders, 1)
        self.orders_view.clicked.connect(
            lambda index: self.select(self.orders.rows[index.row()].id)
        )
        self.copies = RowsModel(
            [
                (self.tr("Inventory no."), lambda c: c.inventory_number),
                (self.tr("Barcode"), lambda c: c.barcode),
                (self.tr("Title"), lambda c: c.title),
                (self.tr("Returned"), lambda c: format_date(c.returned_on)),
            ]
        )
        self.copies_view = table_for(self.copies, 2)

        self.waiting = RowsModel(
            [
                (self.tr("Inventory no."), lambda w: w.inventory_number),
                (self.tr("Title"), lambda w: w.title),
                (self.tr("Binding"), lambda w: choice_name(w.binding_type)),
                (self.tr("Added"), lambda w: format_date(w.added_at.date())),
            ]
        )
        self.waiting_view = table_for(self.waiting, 1)

    def _build_waiting_box(self) -> QGroupBox:
        """The waiting list and the button that makes an order of it."""
        self.from_waiting_button = QPushButton(self.tr("Make an order from the waiting list"))
        self.from_waiting_button.clicked.connect(self.order_from_waiting_list)
        waiting_box = QGroupBox(self.tr("Waiting list"))
        waiting_layout = QVBoxLayout(waiting_box)
        waiting_layout.addWidget(self.waiting_view, 1)
        waiting_layout.addWidget(self.from_waiting_button)
        return waiting_box

    def _lay_out(self, form: QFormLayout, modes: QHBoxLayout, waiting_box: QGroupBox) -> None:
        """The form and waiting list on the left, the scan desk and the order's copies on the
        right, every order below."""
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(waiting_box, 1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        right = QVBoxLayout()
        right.addLayout(modes)
        right.addWidget(self.scan)
        right.addWidget(self.feedback)
        right.addWidget(self.status)
        right.addWidget(self.copies_view, 1)
        top.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.loads.busy)
        layout.addWidget(self.orders_view, 1)

    def refresh(self) -> None:
        """Read the orders, the waiting list and the chosen order again, in a worker."""
        self.loads.reload(self.ws, self.order_id)

    def _show_lists(self, lists: BindingLists) -> None:
        orders, waiting, order = lists
        self.orders.set_rows(orders)
        self.waiting.set_rows(waiting)
        if order is None or order.id != self.order_id:
            return  # another order was chosen while this one was read
        self.order = order
        self.copies.set_rows(order.copies)
        if self._announce == order.id:
            self._announce = None
            self.status.setText(self.tr("Order {id}: {status}").format(
                id=order.id, status=choice_name(order.status)))  # fmt: skip

    def select(self, order_id: int) -> None:
        """Choose an order: scans go into it at once; its copies come with the next read."""
        self._choose(order_id)
        self._announce = order_id
        self.refresh()

    def _choose(self, order_id: int, order: BindingOrderInfo | None = None) -> None:
        self.order_id = order_id
        if order is not None:
            self.order = order
            self.copies.set_rows(order.copies)
        elif self.order is None or self.order.id != order_id:
            self.order = None
            self.copies.set_rows([])

    def new_order(self, from_waiting_list: bool = False) -> Worker | None:
        """Open an order (one row, at once); from the waiting list, every waiting copy of the
        binding type goes into it, as many as wait: in a worker (None is returned otherwise)."""
        ws = self.ws
        fields = (
            self.bindery.text(), str(self.binding_type.currentData()), self.instructions.text(),
            to_date(self.due), self.cost.text() or None,
        )  # fmt: skip
        if from_waiting_list:
            return self._act(
                lambda **_: ws.preservation.open_binding_order(*fields, from_waiting_list=True),
                self._made_up,
                self.tr("Making up an order from the waiting list…"),
            )
        try:
            order = ws.preservation.open_binding_order(*fields)
        except QorError as exc:
            messages.show_error(self, exc)
            return None
        self._choose(order.id, order)
        self.collect_mode.setChecked(True)
        self.refresh()
        self.status.setText(self.tr("Order {id} opened: scan its copies.").format(id=order.id))
        self.scan.setFocus()
        return None

    def _made_up(self, order: BindingOrderInfo) -> None:
        self._choose(order.id, order)
        self.collect_mode.setChecked(True)
        self.refresh()
        self.status.setText(
            self.tr("Order {id} made up from the waiting list: {n} copies.").format(
                id=order.id, n=len(order.copies)
            )
        )

    def order_from_waiting_list(self) -> None:
        """The waiting copies of the chosen binding type go into a new order."""
        self.new_order(from_waiting_list=True)

    def on_scan(self, code: str) -> None:
        """Take the scan at once; the change is made in the scan queue, answered in order."""
        self.scan.clear()
        preservation = self.ws.preservation
        work: Callable[[], ScanTally]
        if self.wait_mode.isChecked():
            binding_type = str(self.binding_type.currentData())
            work = partial(preservation.add_to_waiting_list, [code], binding_type)
            verb = self.tr("Waiting")
        elif self.return_mode.isChecked():
            work = partial(preservation.receive_copies, [code])
            verb = self.tr("Back")
        else:
            order_id = self.order_id
            if order_id is None:
                answer_error(self.feedback, self.tr("Open or choose an order first."))
                self.scan_answered.emit()
                return
            work = partial(preservation.add_to_order, order_id, [code])
            verb = self.tr("Added")
        self.scans.submit(
            work,
            answered=lambda result: self._scanned(verb, result),
            refused=self._refused,
        )

    def _scanned(self, verb: str, result: ScanTally) -> None:
        self.status.setText(f"{verb}: {describe(result)}")
        answer(self.feedback, result, verb)
        self.scan_answered.emit()

    def _refused(self, message: str) -> None:
        answer_error(self.feedback, message)
        self.scan_answered.emit()

    def send(self) -> Worker | None:
        """Send the chosen order: each of its copies goes "at bindery", in a worker."""
        if self.order_id is None:
            messages.show_error(self, self.tr("Open or choose an order first."))
            return None
        ws, order_id = self.ws, self.order_id
        sent_on, due_on = to_date(self.sent), to_date(self.due)
        return self._act(
            lambda **_: ws.preservation.send_order(order_id, sent_on, due_on),
            self._sent,
            self.tr("Sending order {id}…").format(id=order_id),
        )

    def _sent(self, order: BindingOrderInfo) -> None:
        self._choose(order.id, order)
        self.status.setText(self.tr("Order {id} sent: {n} copies at the bindery.").format(
            id=order.id, n=len(order.copies)))  # fmt: skip
        self.return_mode.setChecked(True)
        self.refresh()

    # --- Changes to a whole order, in a worker --------------------------------------------
    def _act(
        self, work: Callable[..., BindingOrderInfo], done: Callable[[BindingOrderInfo], None],
        note: str,
    ) -> Worker:  # fmt: skip
        """Run `work` (it changes as many copies as the order holds) in a worker; the order
        buttons wait, the scan desk stays open."""
        worker = Worker(work)
        worker.signals.finished.connect(alive(self, lambda order: self._acted(done, order)))
        worker.signals.failed.connect(alive(self, self._act_failed))
        self._order_buttons(False)
        self.status.setText(note)
        return self.order_work.start(worker)

    def _acted(self, done: Callable[[BindingOrderInfo], None], order: BindingOrderInfo) -> None:
        self._order_buttons(True)
        done(order)

    def _act_failed(self, message: str) -> None:
        self._order_buttons(True)
        self.status.clear()
        messages.show_error(self, message)

    def _order_buttons(self, enabled: bool) -> None:
        for button in (self.new_button, self.from_waiting_button, self.send_button):
            button.setEnabled(enabled)


class RepairPanel(QWidget):
    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.ws = ws
        self.scans = ScanQueue(self)  # repairs logged in order, off the GUI thread
        self.scans.drained.connect(self.refresh)
        self.barcode = scan_field(self.tr("Scan the repaired copy"))
        self.repair_type = QComboBox()
        fill_choices(self.repair_type, RepairType)
        self.performed_by = QLineEdit(ws.actor.name)
        self.on = date_edit()
        self.materials = QLineEdit()
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 10_000)
        self.before = QLineEdit()
        self.after = QLineEdit()
        self.log_button = QPushButton(self.tr("Log repair"))
        self.log_button.clicked.connect(self.log)
        give_key(self.log_button, "Ctrl+S")
        # Fill in the repair, then scan each repaired copy: each scan logs one repair.
        self.barcode.typed.connect(self.log)
        self.barcode.scanned.connect(self.log)
        self.feedback = FeedbackBanner()
        self.barcode.repeated.connect(lambda code: answer_repeat(self.feedback, code))
        form = QFormLayout()
        form.addRow(self.tr("Copy"), self.barcode)
        form.addRow(self.tr("Repair"), self.repair_type)
        form.addRow(self.tr("Done by"), self.performed_by)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Materials"), self.materials)
        form.addRow(self.tr("Time, minutes"), self.minutes)
        form.addRow(self.tr("Condition before"), self.before)
        form.addRow(self.tr("Condition after"), self.after)
        form.addRow("", self.log_button)
        self.status = QLabel()
        self.log_model = RowsModel(
            [
                (self.tr("Date"), lambda r: format_date(r.started_on)),
                (self.tr("Inventory no."), lambda r: r.inventory_number),
                (self.tr("Title"), lambda r: r.title),
                (self.tr("Repair"), lambda r: choice_name(r.repair_type)),
                (self.tr("Done by"), lambda r: r.performed_by),
                (self.tr("Minutes"), lambda r: r.minutes),
                (self.tr("Before"), lambda r: r.condition_before),
                (self.tr("After"), lambda r: r.condition_after),
            ]
        )
        self.loads = ListLoad(
            self, read_repairs, self.log_model.set_rows, lambda m: messages.show_error(self, m)
        )
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.feedback)
        left.addWidget(self.status)
        left.addStretch(1)
        layout.addLayout(left, 1)
        layout.addLayout(log_with_busy_bar(self.log_model, self.loads), 2)
        self.refresh()

    def refresh(self) -> None:
        """Read the repair log again, in a worker."""
        self.loads.reload(self.ws)

    def scan_target(self) -> ScanField:
        return self.barcode

    def log(self, scanned: str | bool = "") -> None:
        """Log the repair of the scanned copy (or the one typed in the field)."""
        code = (scanned if isinstance(scanned, str) else "").strip() or self.barcode.text().strip()
        if not code:
            answer_error(self.feedback, self.tr("Scan the repaired copy first."))
            return
        # The repair as the form says it now: the next scan may come before this one is logged.
        repair = (
            code, str(self.repair_type.currentData()),
            self.performed_by.text(), to_date(self.on), self.materials.text(),
            self.minutes.value(), self.before.text(), self.after.text(),
        )  # fmt: skip
        self.barcode.clear()
        self.scans.submit(
            self.ws.preservation.record_repair, *repair,
            answered=self._logged, refused=self._refused,
        )  # fmt: skip

    def _logged(self, entry: RepairInfo) -> None:
        self.status.setText(self.tr("Repair {id} of copy {inv} logged.").format(
            id=entry.id, inv=entry.inventory_number))  # fmt: skip
        self.feedback.show_result(Feedback.COPY_FOUND, self.status.text())

    def _refused(self, message: str) -> None:
        answer_error(self.feedback, message)
        self.status.clear()  # the line under the banner must not tell the last success


class DigitisationPanel(QWidget):
    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.ws = ws
        self.scans = ScanQueue(self)  # copies sent and back, in order, off the GUI thread
        self.scans.drained.connect(self.refresh)
        self.kind = QComboBox()
        fill_choices(self.kind, DigitisationKind)
        self.reason = QComboBox()
        fill_choices(self.reason, DigitisationReason)
        self.send_scan = scan_field(self.tr("Scan copies to send"))
        self.send_scan.scanned.connect(self.send)
        self.send_scan.typed.connect(self.send)
        self.back_scan = scan_field(self.tr("Scan a copy that came back"))
        self.back_code = ""  # the copy scanned back, waiting for its file and pages
        self.back_scan.scanned.connect(self.came_back)
        self.back_scan.typed.connect(self.came_back)
        self.feedback = FeedbackBanner()
        for field in (self.send_scan, self.back_scan):
            field.repeated.connect(lambda code: answer_repeat(self.feedback, code))
        self.file_reference = QLineEdit()
        self.pages = QSpinBox()
        self.pages.setRange(0, 100_000)
        self.done_button = QPushButton(self.tr("Record outcome"))
        self.done_button.clicked.connect(self.done)
        give_key(self.done_button, "Ctrl+S")
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Send"), self.send_scan)
        form.addRow(self.tr("Back"), self.back_scan)
        form.addRow(self.tr("File"), self.file_reference)
        form.addRow(self.tr("Pages"), self.pages)
        form.addRow("", self.done_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.log_model = RowsModel(
            [
                (self.tr("Sent"), lambda e: format_date(e.sent_on)),
                (self.tr("Inventory no."), lambda e: e.inventory_number),
                (self.tr("Title"), lambda e: e.title),
                (self.tr("Kind"), lambda e: choice_name(e.kind)),
                (self.tr("Reason"), lambda e: choice_name(e.reason)),
                (self.tr("Back"), lambda e: format_date(e.returned_on)),
                (self.tr("File"), lambda e: e.file_reference),
                (self.tr("Pages"), lambda e: e.pages),
            ]
        )
        self.loads = ListLoad(
            self, read_digitisation, self.log_model.set_rows,
            lambda m: messages.show_error(self, m),
        )  # fmt: skip
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.feedback)
        left.addWidget(self.status)
        left.addStretch(1)
        layout.addLayout(left, 1)
        layout.addLayout(log_with_busy_bar(self.log_model, self.loads), 2)
        self.refresh()

    def refresh(self) -> None:
        """Read the digitisation log again, in a worker."""
        self.loads.reload(self.ws)

    def came_back(self, code: str) -> None:
        """A copy scanned back: it waits for its file reference and pages (Record outcome)."""
        self.back_code = code
        self.back_scan.setText(code)
        self.feedback.show_result(
            Feedback.COPY_FOUND,
            self.tr("Copy {code} is back: fill in its file and pages, then Record outcome.").format(
                code=code
            ),
        )
        self.file_reference.setFocus()

    def send(self, code: str) -> None:
        self.send_scan.clear()
        self.scans.submit(
            self.ws.preservation.send_for_digitisation,
            [code], str(self.kind.currentData()), str(self.reason.currentData()),
            answered=self._sent, refused=self._refused,
        )  # fmt: skip

    def _sent(self, result: ScanTally) -> None:
        self.status.setText(self.tr("Sent: {what}").format(what=describe(result)))
        answer(self.feedback, result, self.tr("Sent"))

    def _refused(self, message: str) -> None:
        answer_error(self.feedback, message)

    def done(self) -> None:
        """Record the copy back with its file and pages, after the scans before it."""
        code = self.back_scan.text().strip() or self.back_code
        outcome = (code, self.file_reference.text(), self.pages.value() or None)
        self.scans.submit(
            self.ws.preservation.record_outcome, *outcome,
            answered=lambda entry: self._back(code, entry), refused=self._refused,
        )  # fmt: skip

    def _back(self, code: str, entry: DigitisationInfo) -> None:
        if (self.back_scan.text().strip() or self.back_code) == code:
            self.back_scan.clear()  # (not a copy scanned back since)
            self.back_code = ""
        self.status.setText(self.tr("Copy {inv} is back: {file}").format(
            inv=entry.inventory_number, file=entry.file_reference))  # fmt: skip
        self.feedback.show_result(Feedback.RELEASED, self.status.text())


class PreservationScreen(QTabWidget):
    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.binding = BindingPanel(ws)
        self.repair = RepairPanel(ws)
        self.digitisation = DigitisationPanel(ws)
        self.addTab(self.binding, self.tr("Binding"))
        self.addTab(self.repair, self.tr("Repair"))
        self.addTab(self.digitisation, self.tr("Digitisation"))
        # Imported here: ui.preservation.reports builds on this module's helpers.
        from ui.preservation.reports import KaznebPanel, RepairReportPanel

        self.repair_report = RepairReportPanel(ws)
        self.kazneb = KaznebPanel(ws)
        self.addTab(self.repair_report, self.tr("Repair reports"))
        self.addTab(self.kazneb, self.tr("KazNEB"))
        self.setDocumentMode(True)
        self.binding.orders_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
