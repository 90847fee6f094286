"""The registers screen: a write-off act made by scanning copies (the list shows what each
scan is; the act is drawn up in one service call), and the report chooser — register,
period, language, act number — that saves the PDF in a worker with progress and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

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

from app.errors import QorError
from app.intake.copies import CopyInfo, copy_by_barcode
from app.library import LibraryInfo
from app.registers.reports import REPORTS, render_report
from app.registers.writeoff import WriteOffReason, write_off
from app.security.roles import Actor
from db.session import Database
from ui.common import messages
from ui.common.choices import choice_name, fill_choices
from ui.common.feedback import FeedbackBanner
from ui.common.feedback import ScanResult as Look
from ui.common.keyboard import give_key
from ui.common.locale import format_number
from ui.common.tables import RowsModel, table_for
from ui.common.worker import Worker, WorkerSet, alive
from ui.preservation.screen import answer_repeat, date_edit, scan_field, to_date

NEEDS_ID = ("accession-act", "writeoff-act", "audit-act")


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    out: Path
    date_from: date | None
    date_to: date | None
    language: str
    ref: int | None


class WriteOffPanel(QGroupBox):
    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.setTitle(self.tr("Write-off act"))
        self.db, self.actor = db, actor
        self.reason = QComboBox()
        fill_choices(self.reason, WriteOffReason)
        self.act_date = date_edit()
        self.notes = QLineEdit()
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
                (self.tr("Price"), lambda c: c.price),
            ]
        )
        self.view = table_for(self.copies, 2)
        self.total = QLabel()
        self.write_button = QPushButton(self.tr("Write off"))
        self.write_button.clicked.connect(self.write)
        give_key(self.write_button, "Ctrl+Shift+W")
        self.clear_button = QPushButton(self.tr("Clear list"))
        self.clear_button.clicked.connect(lambda: self.set_copies([]))
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Act date"), self.act_date)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Copy"), self.scan)
        form.addRow("", self.feedback)
        buttons = QHBoxLayout()
        buttons.addWidget(self.total, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.write_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.last_act_id: int | None = None
        self.set_copies([])

    def set_copies(self, copies: list[CopyInfo]) -> None:
        self.copies.set_rows(copies)
        value = sum(c.price or 0 for c in copies)
        self.total.setText(
            self.tr("{n} copies, {value} KZT").format(n=len(copies), value=format_number(value))
        )

    def add(self, code: str) -> None:
        self.scan.clear()
        copy = copy_by_barcode(self.db, code)
        if copy is None:
            self.status.setText(self.tr("No copy has barcode {code}.").format(code=code))
            self.feedback.show_result(Look.ERROR, self.status.text())
            return
        if any(c.id == copy.id for c in self.copies.rows):
            self.feedback.show_result(
                Look.DUPLICATE,
                self.tr("Copy {number} is already in the act.").format(
                    number=copy.inventory_number
                ),
            )
            return
        self.set_copies([*self.copies.rows, copy])
        self.status.setText(copy.title)
        self.feedback.show_result(
            Look.COPY_FOUND,
            self.tr("Copy {number} «{title}» added ({n} in the act).").format(
                number=copy.inventory_number, title=copy.title, n=len(self.copies.rows)
            ),
        )

    def write(self) -> None:
        rows: list[CopyInfo] = self.copies.rows
        if not rows:
            messages.show_error(self, self.tr("Scan the copies to write off first."))
            return
        question = self.tr("Write off {n} copies ({reason})? This cannot be undone.").format(
            n=len(rows), reason=self.reason.currentText()
        )
        if not messages.confirm(self, question):
            return
        try:
            result = write_off(
                self.db, self.actor, str(self.reason.currentData()),
                [c.barcode or c.inventory_number for c in rows], to_date(self.act_date),
                self.notes.text(),
            )  # fmt: skip
        except QorError as exc:
            messages.show_error(self, exc)
            return
        act = result.act
        self.last_act_id = act.id
        refused = "; ".join(f"{r.ref}: {r.reason}" for r in result.refused)
        self.status.setText(
            self.tr("Act {number} (id {id}): {n} copies, {value} KZT.").format(
                number=act.number, id=act.id, n=act.count, value=format_number(act.total_value)
            )
            + (" " + self.tr("Refused: {what}").format(what=refused) if refused else "")
        )
        self.set_copies([])


class ReportPanel(QGroupBox):
    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.setTitle(self.tr("Registers"))
        self.db, self.actor = db, actor
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
        worker = Worker(_render, self.db, self.actor, req)
        worker.signals.progress.connect(self._progress)
        worker.signals.finished.connect(alive(self, lambda result: self._done(req, result)))
        worker.signals.failed.connect(self._failed)
        self.worker = self.workers.start(worker)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, _rejected: int, label: str) -> None:
        self.status.setText(self.tr("{label}: {done}").format(label=label, done=done))

    def _finish(self) -> None:
        self.worker = None
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.save_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _done(self, req: ReportRequest, result: dict[str, Any]) -> None:
        self._finish()
        figures = ", ".join(f"{k} {v}" for k, v in result.items())
        self.status.setText(
            self.tr("Saved {out} ({figures}).").format(out=req.out, figures=figures)
        )
        for callback in self.finished_callbacks:
            callback(result)

    def _failed(self, message: str) -> None:
        self._finish()
        self.progress.setValue(0)
        self.status.setText(message)
        messages.show_error(self, message)


def _render(
    db: Database,
    actor: Actor,
    req: ReportRequest,
    progress: Callable[[int, int, str], None],
    is_cancelled: Callable[[], bool],
) -> dict[str, Any]:
    return render_report(
        db, actor, req.kind, req.out, req.date_from, req.date_to, req.language, req.ref,
        progress, is_cancelled,
    )  # fmt: skip


class RegistersScreen(QWidget):
    def __init__(self, db: Database, actor: Actor, library: LibraryInfo) -> None:
        super().__init__()
        self.writeoff = WriteOffPanel(db, actor)
        self.reports = ReportPanel(db, actor)
        self.print_act = QPushButton(self.tr("Print the last act"))
        self.print_act.clicked.connect(self._print_last_act)
        give_key(self.print_act, "Ctrl+P")
        self.db = db
        layout = QHBoxLayout(self)
        layout.addWidget(self.writeoff, 3)
        right = QVBoxLayout()
        right.addWidget(self.reports, 1)
        right.addWidget(self.print_act)
        layout.addLayout(right, 2)

    def _print_last_act(self) -> None:
        """The act just drawn up goes straight to the report chooser, ready to save."""
        if self.writeoff.last_act_id is None:
            messages.show_error(self, self.tr("No act was drawn up in this session."))
            return
        # The combo shows the register's translated name; the code is its item data.
        self.reports.kind.setCurrentIndex(self.reports.kind.findData("writeoff-act"))
        self.reports.ref.setValue(self.writeoff.last_act_id)
        self.reports.save()
