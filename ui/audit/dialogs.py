"""The audit screen's dialogs: the list of audits with a form to open a new one. The list is
read in a worker (it grows with the library's history), and an audit is opened in one (its
expected list, every copy in its scope, is frozen then: the fund's size)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.audit.audits import AuditInfo, AuditReason
from app.desk import Workstation
from ui.common import messages
from ui.common.choices import choice_name
from ui.common.loads import ListLoad, busy_bar
from ui.common.locale import format_date, sorted_texts
from ui.common.worker import Worker, WorkerSet, alive


class AuditsDialog(QDialog):
    """Pick an audit to work on, or open a new one; `chosen` is the audit id afterwards."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.chosen: int | None = None
        self.setWindowTitle(self.tr("Audits"))
        self.resize(820, 560)
        # Every audit the library ever made, each with its totals: read in a worker, under a
        # busy bar; the form below is usable meanwhile.
        self.loads = ListLoad(
            self, ws.audits.list_audits, self._show, lambda m: messages.show_error(self, m)
        )
        self.workers = WorkerSet()  # opening an audit
        open_button = self._build_table()
        form_box = self._build_new_audit_form()
        self._lay_out(open_button, form_box)
        self.refresh()

    def _build_table(self) -> QPushButton:
        """The audits, newest first, and the button that works on the selected one."""
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Status"), self.tr("Opened"), self.tr("Reason"),
             self.tr("Scope")]
        )  # fmt: skip
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self._choose())
        open_button = QPushButton(self.tr("Work on the selected audit"))
        open_button.clicked.connect(self._choose)
        return open_button

    def _build_new_audit_form(self) -> QGroupBox:
        """The form that opens a new audit: reason, scope, responsible person and members."""
        form_box = QGroupBox(self.tr("Open a new audit"))
        self.reason = QComboBox()
        for reason, label in (
            (AuditReason.SCHEDULED, self.tr("Scheduled")),
            (AuditReason.RESPONSIBLE_CHANGE, self.tr("Change of materially responsible person")),
            (AuditReason.LOSS_FOUND, self.tr("Loss found")),
            (AuditReason.REORGANISATION, self.tr("Reorganisation or closure")),
        ):
            self.reason.addItem(label, reason.value)
        self.locations = QListWidget()
        self.locations.setMaximumHeight(120)
        self.collections = QListWidget()
        self.collections.setMaximumHeight(80)
        self._fill_scope()
        self.prefixes = QLineEdit()
        self.prefixes.setPlaceholderText(self.tr("e.g. RR- (every location whose code begins so)"))
        self.responsible = QLineEdit()
        self.members = QLineEdit()
        self.members.setPlaceholderText(self.tr("names, separated by commas"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Locations:"), self.locations)
        form.addRow(self.tr("Location prefixes:"), self.prefixes)
        form.addRow(self.tr("Collections:"), self.collections)
        form.addRow(self.tr("Responsible person:"), self.responsible)
        form.addRow(self.tr("Members:"), self.members)
        new_button = QPushButton(self.tr("Open audit"))
        new_button.clicked.connect(self._open_new)
        form.addRow("", new_button)
        self.opening = busy_bar()  # moves while the audit is opened
        form.addRow(self.opening)
        self.form_box = form_box
        return form_box

    def _fill_scope(self) -> None:
        """The locations and collections to check. Read inline: the library's shelves are a
        short settings table (one query, rows in the hundreds), not its fund or history."""
        known = self.ws.intake.list_locations()
        for department in sorted_texts({loc.department for loc in known if loc.department}):
            entry = QListWidgetItem(department)
            entry.setData(Qt.ItemDataRole.UserRole, department)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.collections.addItem(entry)
        for loc in known:
            item = QListWidgetItem(f"{loc.code} — {loc.name}")
            item.setData(Qt.ItemDataRole.UserRole, loc.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.locations.addItem(item)

    def _lay_out(self, open_button: QPushButton, form_box: QGroupBox) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.loads.busy)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(open_button)
        layout.addLayout(row)
        layout.addWidget(form_box)
        layout.addWidget(buttons)

    def refresh(self) -> None:
        """Read the audits again, in a worker."""
        self.loads.reload()

    def _show(self, audits: list[AuditInfo]) -> None:
        self.table.setRowCount(len(audits))
        for row, audit in enumerate(audits):
            self._fill(row, audit)
        if audits:
            self.table.selectRow(0)
        self.table.resizeColumnsToContents()

    def _fill(self, row: int, audit: AuditInfo) -> None:
        values = [
            str(audit.id),
            choice_name(audit.status),
            format_date(audit.opened_at.date()),
            choice_name(audit.reason),
            ", ".join(audit.locations) + f"  ({audit.expected})",
        ]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, audit.id)
            self.table.setItem(row, column, item)

    def _choose(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        self.chosen = int(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def checked_locations(self) -> list[str]:
        return _checked(self.locations)

    def checked_collections(self) -> list[str]:
        return _checked(self.collections)

    def _open_new(self) -> Worker:
        """Open the audit in a worker: its expected list (every copy in the scope) is frozen
        now. The form waits under a busy bar; the dialog closes when the audit is open."""
        prefixes = [p.strip() for p in self.prefixes.text().split(",") if p.strip()]
        members = [m.strip() for m in self.members.text().split(",") if m.strip()]
        ws, locations = self.ws, self.checked_locations()
        reason, responsible = str(self.reason.currentData()), self.responsible.text()
        departments = self.checked_collections()
        worker = Worker(
            lambda **_: ws.audits.open_audit(
                locations,
                prefixes,
                reason=reason,
                responsible=responsible,
                members=members,
                departments=departments,
            )
        )
        worker.signals.finished.connect(alive(self, self._opened))
        worker.signals.failed.connect(alive(self, self._not_opened))
        self.form_box.setEnabled(False)
        self.opening.show()
        return self.workers.start(worker)

    def _opened(self, info: AuditInfo) -> None:
        self.opening.hide()
        self.form_box.setEnabled(True)
        self.chosen = info.id
        self.accept()

    def _not_opened(self, message: str) -> None:
        self.opening.hide()
        self.form_box.setEnabled(True)
        messages.show_error(self, message)


def _checked(box: QListWidget) -> list[str]:
    return [
        str(box.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]
