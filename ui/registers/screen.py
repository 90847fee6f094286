"""The registers screen: a write-off act drafted by scanning copies (the list shows what each
scan is; the draft holds them "to be written off"), then approved — the copies leave the fund
— or cancelled; the report chooser — register, period, language, act number — that saves the
PDF in a worker with progress and Cancel; and the library's signatories (head, commission)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from app.intake.copies import CopyInfo
from app.library import split_members
from app.registers.currency import ForeignPriced
from app.registers.reports import REPORTS
from app.registers.writeoff import (
    GroupLeft,
    WriteOffActInfo,
    WriteOffReason,
)
from app.security.roles import Role
from ui.common import messages
from ui.common.choices import choice_name, fill_choices
from ui.common.feedback import Feedback, FeedbackBanner
from ui.common.keyboard import give_key
from ui.common.locale import format_date, format_money, parse_amount
from ui.common.scan_queue import ScanQueue
from ui.common.tables import RowsModel, table_for
from ui.common.worker import Worker, WorkerSet, alive
from ui.preservation.screen import answer_repeat, date_edit, scan_field, to_date

NEEDS_ID = ("accession-act", "writeoff-act", "audit-act")


@dataclass(frozen=True)
class GroupLine:
    """An amount the act being drawn up takes from a group holding."""

    holding_id: int
    name: str
    amount: int
    left: int  # what the holding has for this act, its own amount included


def commission_fields(placeholder: str) -> tuple[QLineEdit, QLineEdit]:
    """The chair's and the members' fields of an act's own commission (members separated by
    ';')."""
    chair, members = QLineEdit(), QLineEdit()
    members.setPlaceholderText(placeholder)
    return chair, members


def fill_commission(
    ws: Workstation,
    chair: QLineEdit,
    members: QLineEdit,
    own: tuple[str, tuple[str, ...]] = ("", ()),
) -> None:
    """The act's own commission when it has one, else the library's standing one."""
    name, people = own
    if not name and not people:
        info = ws.settings.library_info()
        name, people = info.commission_chair, info.commission_members
    chair.setText(name)
    members.setText("; ".join(people))


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    out: Path
    date_from: date | None
    date_to: date | None
    language: str
    ref: int | None
    chair: str = ""
    members: tuple[str, ...] = ()


def _group_name(designation: str, title: str) -> str:
    return " ".join(p for p in (designation, f"«{title}»" if title else "") if p)


class WriteOffPanel(QGroupBox):
    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.setTitle(self.tr("Write-off act"))
        self.ws = ws
        # Scans looked up in order off the GUI thread (a branch's link costs a round trip).
        self.scans = ScanQueue(self)
        self.reason = QComboBox()
        fill_choices(self.reason, WriteOffReason)
        self.act_date = date_edit()
        self.notes = QLineEdit()
        self.chair, self.members = commission_fields(self.tr("Members, separated by ';'"))
        fill_commission(ws, self.chair, self.members)
        self.scan = scan_field(self.tr("Scan the copies to write off"))
        self.scan.scanned.connect(self.add)
        self.scan.typed.connect(self.add)
        self.feedback = FeedbackBanner()
        self.scan.repeated.connect(lambda code: answer_repeat(self.feedback, code))
        self.copies = RowsModel(
            [
                (self.tr("Inventory no."), lambda c: c.inventory_number),
                (self.tr("Barcode"), lambda c: c.barcode),
                (self.tr("Title"), lambda c: c.title),
                (self.tr("Status"), lambda c: choice_name(c.status)),
                (self.tr("Price"), lambda c: format_money(c.price, c.currency)),
            ]
        )
        self.view = table_for(self.copies, 2)
        # Group holdings (copies counted by amount, from a migrated fund): found by their
        # designation or title, and an amount of each put on the act.
        self.group_find = QLineEdit()
        self.group_find.setPlaceholderText(self.tr("Designation or title of a group holding"))
        self.group_find.returnPressed.connect(self.find_groups)
        self.group_find_button = QPushButton(self.tr("Find"))
        self.group_find_button.clicked.connect(self.find_groups)
        self.group_choice = QComboBox()
        self.group_amount = QSpinBox()
        self.group_amount.setRange(1, 10**6)
        self.group_add_button = QPushButton(self.tr("Add amount"))
        self.group_add_button.clicked.connect(self.add_group)
        self.group_lines = RowsModel(
            [
                (self.tr("Group holding"), lambda g: g.name),
                (self.tr("Amount"), lambda g: g.amount),
            ]
        )
        self.group_view = table_for(self.group_lines, 0)
        self.group_view.setMaximumHeight(110)
        self.group_remove_button = QPushButton(self.tr("Take off the act"))
        self.group_remove_button.clicked.connect(self.remove_group)
        groups = QGroupBox(self.tr("Group holdings (counted by amount)"))
        group_layout = QVBoxLayout(groups)
        finder = QHBoxLayout()
        finder.addWidget(self.group_find, 2)
        finder.addWidget(self.group_find_button)
        finder.addWidget(self.group_choice, 3)
        finder.addWidget(self.group_amount)
        finder.addWidget(self.group_add_button)
        group_layout.addLayout(finder)
        listed = QHBoxLayout()
        listed.addWidget(self.group_view, 1)
        listed.addWidget(self.group_remove_button)
        group_layout.addLayout(listed)
        self.total = QLabel()
        self.write_button = QPushButton(self.tr("Draw up the act"))
        self.write_button.clicked.connect(self.write)
        give_key(self.write_button, "Ctrl+Shift+W")
        self.clear_button = QPushButton(self.tr("Clear list"))
        self.clear_button.clicked.connect(self.clear_act)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Act date"), self.act_date)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Commission chair"), self.chair)
        form.addRow(self.tr("Commission members"), self.members)
        form.addRow(self.tr("Copy"), self.scan)
        form.addRow("", self.feedback)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.write_button)
        # Drafts waiting for the head's approval.
        self.drafts = QComboBox()
        self.approved_by = QLineEdit()
        self.approved_by.setPlaceholderText(self.tr("Approved by (the head's name)"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.clicked.connect(self.approve)
        self.cancel_act_button = QPushButton(self.tr("Cancel the act"))
        self.cancel_act_button.clicked.connect(self.cancel_act)
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.clicked.connect(self.edit_draft)
        self.editing: WriteOffActInfo | None = None
        approval = QHBoxLayout()
        approval.addWidget(QLabel(self.tr("Draft acts")))
        approval.addWidget(self.drafts, 1)
        approval.addWidget(self.approved_by, 1)
        approval.addWidget(self.edit_button)
        approval.addWidget(self.approve_button)
        approval.addWidget(self.cancel_act_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addWidget(groups)
        layout.addLayout(buttons)
        layout.addLayout(approval)
        layout.addWidget(self.status)
        self.last_act_id: int | None = None
        self.set_copies([])
        self.refresh_drafts()
        self.find_groups()

    def save_draft(self, act: WriteOffActInfo, rows: list[CopyInfo]) -> None:
        before = {c.item_id: c.inventory_number for c in act.copies}
        now = {c.id: c.inventory_number for c in rows}
        groups_before = {g.group_holding_id: g.amount for g in act.groups}
        groups_now = {g.holding_id: g.amount for g in self.group_lines.rows}
        changed = {h for h in groups_before if groups_now.get(h) != groups_before[h]}
        try:
            result = self.ws.registers.update_write_off(
                act.id,
                add=[n for i, n in now.items() if i not in before],
                remove=[n for i, n in before.items() if i not in now],
                reason=str(self.reason.currentData()), notes=self.notes.text(),
                act_date=to_date(self.act_date), chair=self.chair.text(),
                members=split_members(self.members.text()),
                add_groups=[(h, a) for h, a in groups_now.items()
                            if h in changed or h not in groups_before],
                remove_groups=sorted(changed),
            )  # fmt: skip
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.last_act_id = result.act.id
        self.editing = None
        self.status.setText(
            self.tr("Draft act {number} saved: {n} copies, {value}.").format(
                number=result.act.number, n=result.act.count,
                value=format_money(result.act.total_value),
            )
        )  # fmt: skip
        self.clear_act()
        self.refresh_drafts()

    def clear_act(self) -> None:
        """The list, the group amounts and the commission as for a new act."""
        self.editing = None
        self.group_lines.set_rows([])
        fill_commission(self.ws, self.chair, self.members)
        self.set_copies([])
        self.find_groups()

    def find_groups(self) -> None:
        """Offer the group holdings matching the search field, with what each has left."""
        try:
            found = self.ws.registers.find_group_holdings(self.group_find.text())
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.group_choice.clear()
        for g in found:
            self.group_choice.addItem(
                self.tr("{name} ({location}): {left} of {amount} left").format(
                    name=g.name, location=g.location or "—", left=g.left, amount=g.amount
                ),
                g,
            )
        has = self.group_choice.count() > 0
        for widget in (self.group_choice, self.group_amount, self.group_add_button):
            widget.setEnabled(has)

    def add_group(self) -> None:
        """Put the chosen amount of the chosen group holding on the act; more than the
        holding has left is refused, naming the holding."""
        g: GroupLeft | None = self.group_choice.currentData()
        if g is None:
            return
        own = {x.group_holding_id: x.amount for x in self.editing.groups} if self.editing else {}
        lines = list(self.group_lines.rows)
        old = next((x for x in lines if x.holding_id == g.id), None)
        amount = self.group_amount.value() + (old.amount if old else 0)
        left = g.left + own.get(g.id, 0)
        if amount > left:
            messages.show_error(
                self,
                self.tr(
                    "Group holding {name} has {left} copies left to write off; {amount} asked."
                ).format(name=g.name, left=left, amount=amount),
            )
            return
        line = GroupLine(g.id, g.name, amount, left)
        self.group_lines.set_rows(
            [line if x.holding_id == g.id else x for x in lines] if old else [*lines, line]
        )
        self.set_copies(self.copies.rows)

    def remove_group(self) -> None:
        rows = sorted({i.row() for i in self.group_view.selectionModel().selectedRows()})
        if not rows:
            rows = [self.group_view.currentIndex().row()]
        keep = [g for i, g in enumerate(self.group_lines.rows) if i not in rows]
        self.group_lines.set_rows(keep)
        self.set_copies(self.copies.rows)

    def refresh_drafts(self) -> None:
        if self.editing is not None and self.editing.id not in {
            a.id for a in self.ws.registers.draft_acts()
        }:
            self.clear_act()  # approved or cancelled meanwhile
        self.drafts.clear()
        for act in self.ws.registers.draft_acts():
            self.drafts.addItem(
                self.tr("{number}: {n} copies, {value}").format(
                    number=act.number, n=act.count, value=format_money(act.total_value)
                ),
                act.id,
            )
        has = self.drafts.count() > 0
        for widget in (self.drafts, self.approved_by, self.approve_button, self.cancel_act_button,
                       self.edit_button):  # fmt: skip
            widget.setEnabled(has)

    def edit_draft(self) -> None:
        """The chosen draft back in the list, to add or take off copies and change its
        particulars; "Save the draft" then writes the changes."""
        act_id = self._chosen_draft()
        if act_id is None:
            return
        try:
            act = self.ws.registers.get_write_off_act(act_id)
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.editing = act
        self.reason.setCurrentIndex(max(0, self.reason.findData(act.reason)))
        self.act_date.setDate(QDate(act.act_date.year, act.act_date.month, act.act_date.day))
        self.notes.setText(act.notes)
        fill_commission(
            self.ws, self.chair, self.members, (act.commission_chair, act.commission_members)
        )
        self.group_lines.set_rows(
            [GroupLine(g.group_holding_id, _group_name(g.designation, g.title), g.amount,
                       g.amount) for g in act.groups]
        )  # fmt: skip
        self.set_copies([self.ws.intake.get_copy(c.item_id) for c in act.copies])
        self.status.setText(self.tr("Editing draft act {number}.").format(number=act.number))

    def _chosen_draft(self) -> int | None:
        data = self.drafts.currentData()
        return int(data) if data is not None else None

    def approve(self) -> None:
        act_id = self._chosen_draft()
        if act_id is None:
            return
        by = self.approved_by.text().strip()
        if not by:
            messages.show_error(self, self.tr("Enter who approved the act."))
            return
        question = self.tr(
            "Approve act {act}? Its copies leave the fund; this cannot be undone."
        ).format(act=self.drafts.currentText())
        if not messages.confirm(self, question):
            return
        try:
            act = self.ws.registers.approve_write_off(act_id, by)
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.last_act_id = act.id
        self.status.setText(
            self.tr("Act {number} approved: {n} copies written off.").format(
                number=act.number, n=act.count
            )
        )
        self.refresh_drafts()
        self.find_groups()

    def cancel_act(self) -> None:
        act_id = self._chosen_draft()
        if act_id is None:
            return
        question = self.tr("Cancel act {act}? Its copies go back to the fund.").format(
            act=self.drafts.currentText()
        )
        if not messages.confirm(self, question):
            return
        try:
            act = self.ws.registers.cancel_write_off(act_id)
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.status.setText(self.tr("Act {number} cancelled.").format(number=act.number))
        self.refresh_drafts()
        self.find_groups()  # its amounts are back in their holdings

    def set_copies(self, copies: list[CopyInfo]) -> None:
        self.write_button.setText(
            self.tr("Save the draft") if self.editing is not None else self.tr("Draw up the act")
        )
        self.copies.set_rows(copies)
        # The act's value counts the copies priced in tenge, as the act itself does (the
        # group amounts' value is the act's to work out).
        value = sum((c.price or 0 for c in copies if c.currency == "KZT"), Decimal(0))
        n = len(copies) + sum(g.amount for g in self.group_lines.rows)
        self.total.setText(self.tr("{n} copies, {value}").format(n=n, value=format_money(value)))

    def add(self, code: str) -> None:
        """Take the scan at once; its copy is looked up in the scan queue and added to the
        act when it is answered, in the order scanned."""
        self.scan.clear()
        self.scans.submit(
            self.ws.intake.copy_by_barcode, code,
            answered=lambda copy: self._add(code, copy),
            refused=lambda message: self.feedback.show_result(Feedback.REFUSED, message),
        )  # fmt: skip

    def _add(self, code: str, copy: CopyInfo | None) -> None:
        if copy is None:
            self.status.setText(self.tr("No copy has barcode {code}.").format(code=code))
            self.feedback.show_result(Feedback.REFUSED, self.status.text())
            return
        if any(c.id == copy.id for c in self.copies.rows):
            self.feedback.show_result(
                Feedback.DUPLICATE,
                self.tr("Copy {number} is already in the act.").format(
                    number=copy.inventory_number
                ),
            )
            return
        self.set_copies([*self.copies.rows, copy])
        self.status.setText(copy.title)
        self.feedback.show_result(
            Feedback.COPY_FOUND,
            self.tr("Copy {number} «{title}» added ({n} in the act).").format(
                number=copy.inventory_number, title=copy.title, n=len(self.copies.rows)
            ),
        )

    def write(self) -> None:
        rows: list[CopyInfo] = self.copies.rows
        groups: list[GroupLine] = self.group_lines.rows
        if not rows and not groups:
            messages.show_error(self, self.tr("Scan the copies to write off first."))
            return
        if self.editing is not None:
            self.save_draft(self.editing, rows)
            return
        question = self.tr(
            "Draw up a write-off act for {n} copies ({reason})? They are held until the act "
            "is approved or cancelled."
        ).format(n=len(rows) + sum(g.amount for g in groups), reason=self.reason.currentText())
        if not messages.confirm(self, question):
            return
        try:
            result = self.ws.registers.draft_write_off(
                str(self.reason.currentData()),
                [c.barcode or c.inventory_number for c in rows], to_date(self.act_date),
                self.notes.text(), self.chair.text(), split_members(self.members.text()),
                [(g.holding_id, g.amount) for g in groups],
            )  # fmt: skip
        except QorError as exc:
            messages.show_error(self, exc)
            return
        act = result.act
        self.last_act_id = act.id
        refused = "; ".join(f"{r.ref}: {r.reason}" for r in result.refused)
        self.status.setText(
            self.tr("Draft act {number} (id {id}): {n} copies, {value}.").format(
                number=act.number, id=act.id, n=act.count, value=format_money(act.total_value)
            )
            + (" " + self.tr("Refused: {what}").format(what=refused) if refused else "")
        )
        self.clear_act()
        self.refresh_drafts()


class RatePanel(QGroupBox):
    """The value in tenge of copies priced in another currency, entered as the rate of the
    day of receipt for one accession's copies in one currency (what the КСУ counts)."""

    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.setTitle(self.tr("Foreign prices in tenge"))
        self.ws = ws
        self.batches = QComboBox()
        self.rate = QLineEdit()
        self.rate.setPlaceholderText(self.tr("tenge for one unit, e.g. 470,50"))
        self.apply_button = QPushButton(self.tr("Value in tenge"))
        self.apply_button.clicked.connect(self.apply)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Accession"), self.batches)
        row = QHBoxLayout()
        row.addWidget(self.rate, 1)
        row.addWidget(self.apply_button)
        form.addRow(self.tr("Rate"), row)
        form.addRow(self.status)
        self.refresh()

    def describe(self, f: ForeignPriced) -> str:
        if f.unvalued:
            return self.tr("{number} of {day}: {n} copies in {currency}, {left} not valued").format(
                number=f.number, day=format_date(f.received_on), n=f.copies,
                currency=f.currency, left=f.unvalued,
            )  # fmt: skip
        return self.tr("{number} of {day}: {n} copies in {currency}, at {rate}").format(
            number=f.number, day=format_date(f.received_on), n=f.copies, currency=f.currency,
            rate=format_money(f.rate),
        )  # fmt: skip

    def refresh(self) -> None:
        chosen = self.batches.currentData()
        self.batches.clear()
        for f in self.ws.registers.foreign_priced():
            self.batches.addItem(self.describe(f), (f.accession_id, f.currency))
        if chosen is not None and (at := self.batches.findData(chosen)) >= 0:
            self.batches.setCurrentIndex(at)
        has = self.batches.count() > 0
        for widget in (self.batches, self.rate, self.apply_button):
            widget.setEnabled(has)
        if not has:
            self.status.setText(self.tr("No copy is priced in another currency."))

    def apply(self) -> None:
        data = self.batches.currentData()
        if data is None:
            return
        accession_id, currency = data
        try:
            count = self.ws.registers.set_tenge_value(accession_id, currency, self.rate.text())
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.status.setText(
            self.tr("{n} copies priced in {currency} valued at {rate} for one unit.").format(
                n=count, currency=currency, rate=format_money(parse_amount(self.rate.text()))
            )
        )
        self.rate.clear()
        self.refresh()


class ReportPanel(QGroupBox):
    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.setTitle(self.tr("Registers"))
        self.ws = ws
        self.workers = WorkerSet()
        self.worker: Worker | None = None
        self.kind = QComboBox()
        fill_choices(self.kind, REPORTS)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed(self.kind_code()))
        self.whole = QCheckBox(self.tr("Whole history"))
        today = date.today()
        self.date_from = date_edit(date(today.year, 1, 1))
        self.date_to = date_edit(date(today.year, 12, 31))
        self.whole.toggled.connect(lambda on: self.date_from.setEnabled(not on))
        self.whole.toggled.connect(lambda on: self.date_to.setEnabled(not on))
        self.language = QComboBox()
        self.language.addItem("Қазақша", "kk")
        self.language.addItem("Русский", "ru")
        self.ref = QSpinBox()
        self.ref.setRange(1, 10**9)
        # The acceptance act's own commission (a write-off act keeps its own with the draft).
        self.chair, self.members = commission_fields(self.tr("Members, separated by ';'"))
        fill_commission(ws, self.chair, self.members)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self.save)
        give_key(self.save_button, "Ctrl+S")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Register"), self.kind)
        form.addRow("", self.whole)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Act / audit id"), self.ref)
        form.addRow(self.tr("Commission chair"), self.chair)
        form.addRow(self.tr("Commission members"), self.members)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.finished_callbacks: list[Callable[[dict[str, Any]], None]] = []
        self._kind_changed(self.kind_code())

    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self, kind: str) -> None:
        self.ref.setEnabled(kind in NEEDS_ID)
        for widget in (self.chair, self.members):
            widget.setEnabled(kind == "accession-act")

    def choose_output(self) -> Path | None:
        """Where to save: asks the user (tests replace this)."""
        name = f"{self.kind_code()}-{self.language.currentData()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save register"), name, "PDF (*.pdf)")
        return Path(path) if path else None

    def request(self, out: Path) -> ReportRequest:
        whole = self.whole.isChecked()
        kind = self.kind_code()
        return ReportRequest(
            kind=kind,
            out=out,
            date_from=None if whole else to_date(self.date_from),
            date_to=None if whole else to_date(self.date_to),
            language=str(self.language.currentData()),
            ref=self.ref.value() if kind in NEEDS_ID else None,
            chair=self.chair.text().strip() if kind == "accession-act" else "",
            members=split_members(self.members.text()) if kind == "accession-act" else (),
        )

    def save(self) -> None:
        out = self.choose_output()
        if out is None:
            return
        req = self.request(out)
        self.progress.setRange(0, 0)  # busy until the first figure arrives
        self.save_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Writing {kind}…").format(kind=choice_name(req.kind)))
        worker = Worker(_render, self.ws, req)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(alive(self, lambda result: self._done(req, result)))
        worker.signals.failed.connect(self._failed)
        self.worker = self.workers.start(worker)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, _total: int, label: str) -> None:
        self.status.setText(self.tr("{label}: {done}").format(label=label, done=done))

    def _finish(self) -> None:
        self.worker = None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.save_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _done(self, req: ReportRequest, result: dict[str, Any]) -> None:
        self._finish()
        figures = ", ".join(f"{self._figure_name(k)} {v}" for k, v in result.items())
        self.status.setText(
            self.tr("Saved {out} ({figures}).").format(out=req.out, figures=figures)
        )
        for callback in self.finished_callbacks:
            callback(result)

    def _figure_name(self, key: str) -> str:
        """What a register counted, named in the interface's language (render_report's
        keys are codes for scripts: received, withdrawn, …)."""
        names = {
            "received": self.tr("received"),
            "withdrawn": self.tr("withdrawn"),
            "start": self.tr("at the start"),
            "end": self.tr("at the end"),
            "lines": self.tr("lines"),
            "pages": self.tr("pages"),
            "objects": self.tr("objects"),
            "copies": self.tr("copies"),
            "total": self.tr("total"),
            "audit": self.tr("audit"),
        }
        return names.get(key, key)

    def _failed(self, message: str) -> None:
        self._finish()
        self.progress.setValue(0)
        self.status.setText(message)
        messages.show_error(self, message)


def _render(
    ws: Workstation,
    req: ReportRequest,
    progress: Callable[[int, int, str], None],
    is_cancelled: Callable[[], bool],
) -> dict[str, Any]:
    return ws.registers.render_report(
        req.kind, req.out, req.date_from, req.date_to, req.language, req.ref,
        progress, is_cancelled, chair=req.chair, members=req.members,
    )  # fmt: skip


class RegistersScreen(QWidget):
    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.writeoff = WriteOffPanel(ws)
        self.reports = ReportPanel(ws)
        self.rates = RatePanel(ws)
        self.print_act = QPushButton(self.tr("Print the last act"))
        self.print_act.clicked.connect(self._print_last_act)
        give_key(self.print_act, "Ctrl+P")
        self.signatories = QPushButton(self.tr("Head and commission…"))
        self.signatories.clicked.connect(self._edit_signatories)
        self.signatories.setEnabled(ws.actor.has(Role.ADMIN))
        self.ws = ws
        layout = QHBoxLayout(self)
        layout.addWidget(self.writeoff, 3)
        right = QVBoxLayout()
        right.addWidget(self.reports, 1)
        right.addWidget(self.rates)
        right.addWidget(self.print_act)
        right.addWidget(self.signatories)
        layout.addLayout(right, 2)

    def showEvent(self, event: QShowEvent) -> None:
        """Copies priced in a currency may have come in at the intake desk meanwhile."""
        super().showEvent(event)
        self.rates.refresh()

    def _edit_signatories(self) -> None:
        from ui.registers.signatories import SignatoriesDialog

        if SignatoriesDialog(self.ws, self).exec():
            # The standing commission is the default of the acts drawn up from now on.
            fill_commission(self.ws, self.reports.chair, self.reports.members)
            if self.writeoff.editing is None:
                fill_commission(self.ws, self.writeoff.chair, self.writeoff.members)

    def _print_last_act(self) -> None:
        """The act just drawn up goes straight to the report chooser, ready to save."""
        if self.writeoff.last_act_id is None:
            messages.show_error(self, self.tr("No act was drawn up in this session."))
            return
        # The combo shows the register's translated name; the code is its item data.
        self.reports.kind.setCurrentIndex(self.reports.kind.findData("writeoff-act"))
        self.reports.ref.setValue(self.writeoff.last_act_id)
        self.reports.save()
