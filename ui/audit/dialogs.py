"""The audit screen's dialogs: the list of audits with a form to open a new one."""

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

from app.audit.audits import AuditInfo, AuditReason, list_audits, open_audit
from app.errors import QorError
from app.intake.locations import list_locations
from app.security.roles import Actor
from app.workstation import Database
from ui.common import messages
from ui.common.choices import choice_name
from ui.common.locale import format_date, sorted_texts


class AuditsDialog(QDialog):
    """Pick an audit to work on, or open a new one; `chosen` is the audit id afterwards."""

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.chosen: int | None = None
        self.setWindowTitle(self.tr("Audits"))
        self.resize(820, 560)

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
        known = list_locations(db)
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

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(open_button)
        layout.addLayout(row)
        layout.addWidget(form_box)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        audits = list_audits(self.db)
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

    def _open_new(self) -> None:
        prefixes = [p.strip() for p in self.prefixes.text().split(",") if p.strip()]
        members = [m.strip() for m in self.members.text().split(",") if m.strip()]
        try:
            info = open_audit(
                self.db,
                self.actor,
                self.checked_locations(),
                prefixes,
                reason=str(self.reason.currentData()),
                responsible=self.responsible.text(),
                members=members,
                departments=self.checked_collections(),
            )
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.chosen = info.id
        self.accept()


def _checked(box: QListWidget) -> list[str]:
    return [
        str(box.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(box.count())
        if box.item(i).checkState() == Qt.CheckState.Checked
    ]
