"""The repair reports (repairs by type, by month or by who did them, for a period) and the
marking of records as candidates for the national electronic library (KazNEB), on the
preservation screen. Both only show what app.preservation.repair and app.registers.kazneb
return."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from app.intake.copies import CopyInfo
from app.preservation.repair import RepairReportRow
from app.registers.kazneb import KaznebCategory
from ui.common import messages
from ui.common.choices import choice_name
from ui.common.keyboard import give_key
from ui.common.loads import ListLoad
from ui.common.locale import format_date
from ui.common.scan_queue import ScanQueue
from ui.common.tables import RowsModel, table_for
from ui.common.worker import Worker, WorkerSet, alive
from ui.preservation.screen import date_edit, scan_field, to_date


class RepairReportPanel(QWidget):
    """Repairs grouped by type, month or staff over a period, shown and saved as PDF."""

    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.ws = ws
        self.workers = WorkerSet()
        form = self._build_form()
        self._build_table()
        self._lay_out(form)

    def _build_form(self) -> QFormLayout:
        """What to report: the grouping, the period (or the whole history), the PDF's
        language, and the buttons that show it and save it."""
        self.grouping = QComboBox()
        self.grouping.addItem(self.tr("by type of repair"), "type")
        self.grouping.addItem(self.tr("by month"), "period")
        self.grouping.addItem(self.tr("by who did them"), "staff")
        today = date.today()
        self.whole = QCheckBox(self.tr("Whole history"))
        self.date_from = date_edit(date(today.year, 1, 1))
        self.date_to = date_edit(date(today.year, 12, 31))
        self.whole.toggled.connect(lambda on: self.date_from.setEnabled(not on))
        self.whole.toggled.connect(lambda on: self.date_to.setEnabled(not on))
        self.language = QComboBox()
        self.language.addItem("Қазақша", "kk")
        self.language.addItem("Русский", "ru")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.show_report)
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.save_button.clicked.connect(self.save)
        give_key(self.save_button, "Ctrl+Shift+S")
        form = QFormLayout()
        form.addRow(self.tr("Group"), self.grouping)
        form.addRow("", self.whole)
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Language"), self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.save_button)
        form.addRow("", buttons)
        return form

    def _build_table(self) -> None:
        """The report's rows and the status line under the form that sums them up."""
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.rows = RowsModel(
            [
                (self.tr("Group"), lambda r: choice_name(r.key)),
                (self.tr("Repairs"), lambda r: r.repairs),
                (self.tr("Copies"), lambda r: r.copies),
                (self.tr("Minutes"), lambda r: r.minutes),
            ]
        )

    def _lay_out(self, form: QFormLayout) -> None:
        """The form and its status on the left, the report's table on the right."""
        left = QVBoxLayout()
        left.addLayout(form)
        # The status takes the spare height, so a wrapped message is never clipped.
        left.addWidget(self.status, 1, Qt.AlignmentFlag.AlignTop)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(table_for(self.rows, 0), 2)

    def period(self) -> tuple[date | None, date | None]:
        if self.whole.isChecked():
            return None, None
        return to_date(self.date_from), to_date(self.date_to)

    def by(self) -> str:
        return str(self.grouping.currentData())

    def _summarise(self, rows: list[RepairReportRow]) -> None:
        self.rows.set_rows(rows)
        self.status.setText(
            # Copies are not added up across groups: one copy may be in several.
            self.tr("{repairs} repairs, {minutes} minutes.").format(
                repairs=sum(r.repairs for r in rows), minutes=sum(r.minutes for r in rows)
            )
        )

    def _run(self, fn: Callable[..., list[RepairReportRow]], saved: Path | None = None) -> Worker:
        """The report (it grows with the period's repairs) in a worker; the buttons wait."""
        worker = Worker(fn)
        worker.signals.finished.connect(alive(self, lambda rows: self._done(rows, saved)))
        worker.signals.failed.connect(alive(self, self._failed))
        for button in (self.show_button, self.save_button):
            button.setEnabled(False)
        self.status.setText(self.tr("Reading the repairs…"))
        return self.workers.start(worker)

    def _ended(self) -> None:
        for button in (self.show_button, self.save_button):
            button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self._ended()
        self.status.clear()
        messages.show_error(self, message)

    def _done(self, rows: list[RepairReportRow], saved: Path | None) -> None:
        self._ended()
        self._summarise(rows)
        if saved is not None:
            self.status.setText(
                self.status.text() + " " + self.tr("Saved {out}.").format(out=saved)
            )

    def show_report(self) -> Worker:
        ws, by, period = self.ws, self.by(), self.period()
        return self._run(lambda **_: ws.preservation.repair_report(by, *period))

    def choose_output(self) -> Path | None:
        """Where to save: asks the user (tests replace this)."""
        name = f"repairs-{self.by()}-{self.language.currentData()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), name, "PDF (*.pdf)")
        return Path(path) if path else None

    def save(self) -> Worker | None:
        out = self.choose_output()
        if out is None:
            return None
        ws, by, period = self.ws, self.by(), self.period()
        language = str(self.language.currentData())
        return self._run(
            lambda **_: ws.registers.render_repair_report(out, by, *period, language=language), out
        )


class KaznebPanel(QWidget):
    """A copy scanned names its record; the record is marked as a KazNEB candidate in one of
    the eight categories, with the author's agreement where copyright applies."""

    def __init__(self, ws: Workstation) -> None:
        super().__init__()
        self.ws = ws
        self.record_id: int | None = None
        self.scans = ScanQueue(self)  # a scan's look-up, off the GUI thread
        form = self._build_form()
        self._build_candidates()
        self._lay_out(form)
        self.refresh()

    def _build_form(self) -> QFormLayout:
        """The scanned copy's record, its category (the eight of KazNEB), the author's
        agreement, and the button that marks it."""
        self.scan = scan_field(self.tr("Scan a copy of the record"))
        self.scan.scanned.connect(self.show_record)
        self.scan.typed.connect(self.show_record)
        self.record_label = QLabel()
        self.record_label.setWordWrap(True)
        self.category = QComboBox()
        names = {
            KaznebCategory.PRINTED_MATTER: self.tr("printed matter"),
            KaznebCategory.RARE: self.tr("rare books and manuscripts"),
            KaznebCategory.SOCIALLY_SIGNIFICANT: self.tr("socially significant works"),
            KaznebCategory.LEGAL_DEPOSIT: self.tr("legal-deposit copies"),
            KaznebCategory.RESEARCH: self.tr("research reports, dissertations, abstracts"),
            KaznebCategory.LOCAL_HISTORY: self.tr("local-history works"),
            KaznebCategory.ACCESSIBLE: self.tr("editions for blind and partially sighted"),
            KaznebCategory.COPYRIGHTED: self.tr("copyrighted works (author's agreement)"),
        }
        for code in KaznebCategory:
            self.category.addItem(names[code], code.value)
        self.names = {code.value: name for code, name in names.items()}
        self.agreement = QLineEdit()
        self.agreement.setPlaceholderText(self.tr("e.g. agreement No. 15/2026"))
        self.mark_button = QPushButton(self.tr("Mark as KazNEB candidate"))
        self.mark_button.clicked.connect(self.mark)
        give_key(self.mark_button, "Ctrl+M")
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Copy"), self.scan)
        form.addRow(self.tr("Record"), self.record_label)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Author's agreement"), self.agreement)
        form.addRow("", self.mark_button)
        return form

    def _build_candidates(self) -> None:
        """The candidates marked so far and their read. Every candidate ever marked (the
        application to KazNEB is made from them), so the list grows with the library's
        history: read whole in a worker, under a busy bar."""
        self.candidates = RowsModel(
            [
                (self.tr("Title"), lambda o: o.title),
                (self.tr("Author"), lambda o: o.author),
                (self.tr("Category"), lambda o: self.names.get(o.category, o.category)),
                (self.tr("Pages"), lambda o: o.pages),
                (self.tr("Agreement"), lambda o: o.agreement_reference),
                (self.tr("Marked"), lambda o: format_date(o.marked_on)),
            ]
        )
        self.loads = ListLoad(
            self, self.ws.registers.kazneb_candidates, self.candidates.set_rows,
            lambda m: messages.show_error(self, m),
        )  # fmt: skip

    def _lay_out(self, form: QFormLayout) -> None:
        """The form and its status on the left, the candidates under their busy bar on the
        right."""
        left = QVBoxLayout()
        left.addLayout(form)
        # The status takes the spare height, so a wrapped message is never clipped.
        left.addWidget(self.status, 1, Qt.AlignmentFlag.AlignTop)
        right = QVBoxLayout()
        right.addWidget(self.loads.busy)
        right.addWidget(table_for(self.candidates, 0), 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)

    def refresh(self) -> None:
        """Read the candidates again, in a worker."""
        self.loads.reload()

    def show_record(self, code: str) -> None:
        """Take the scan at once; the copy's record is looked up in the scan queue (off the
        GUI thread) and shown when it is answered. Until then nothing can be marked."""
        self.scan.clear()
        self.record_id = None
        self.scans.submit(
            self.ws.intake.copy_by_barcode, code,
            answered=lambda copy: self._show(code, copy),
            refused=lambda message: self.status.setText(message),
        )  # fmt: skip

    def _show(self, code: str, copy: CopyInfo | None) -> None:
        if copy is None:
            self.record_id = None
            self.record_label.clear()
            self.status.setText(self.tr("No copy has barcode {code}.").format(code=code))
            return
        self.record_id = copy.record_id
        self.record_label.setText(copy.title)
        self.status.clear()
        self.category.setFocus()

    def mark(self) -> None:
        if self.record_id is None:
            messages.show_error(self, self.tr("Scan a copy of the record first."))
            return
        try:
            marked = self.ws.registers.mark_kazneb_candidate(
                self.record_id, str(self.category.currentData()),
                agreement_reference=self.agreement.text(),
            )  # fmt: skip
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.status.setText(
            self.tr("{title} is a KazNEB candidate ({category}, {pages} pages).").format(
                title=marked.title,
                category=self.names.get(marked.category, marked.category),
                pages=marked.pages if marked.pages is not None else "?",
            )
        )
        self.agreement.clear()
        self.refresh()
