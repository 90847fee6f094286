"""Opening an accession batch (акт приёма): date, source, supplier or partner, the
accompanying document; for legal deposit the print date and medium, with the deadline the
publisher had to meet shown as the operator fills it in."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from app.intake.accession import (
    AccessionInfo,
    AccessionSource,
    Medium,
    legal_deposit_deadline,
)
from ui.common.locale import format_date

MET_COLOUR = "#0b6b1f"
LATE_COLOUR = "#b00020"


def source_names(owner: QObject) -> dict[str, str]:
    """Each accession source in the operator's words."""
    translate = QCoreApplication.translate
    return {
        AccessionSource.PURCHASE: translate("AccessionDialog", "Purchase"),
        AccessionSource.GIFT: translate("AccessionDialog", "Gift"),
        AccessionSource.EXCHANGE: translate("AccessionDialog", "Book exchange"),
        AccessionSource.STATE_ORDER: translate("AccessionDialog", "State order"),
        AccessionSource.LEGAL_DEPOSIT: translate("AccessionDialog", "Legal deposit"),
    }


def deadline_text(owner: QObject, received: date, deadline: date | None) -> tuple[str, str]:
    """The deadline line and its colour: met in green, missed in red."""
    translate = QCoreApplication.translate
    if deadline is None:
        return "", ""
    if received <= deadline:
        return translate("AccessionDialog", "Deadline {deadline}: met").format(
            deadline=format_date(deadline)
        ), MET_COLOUR
    late = (received - deadline).days
    return (
        translate("AccessionDialog", "Deadline {deadline}: missed by {days} day(s)").format(
            deadline=format_date(deadline), days=late
        ),
        LATE_COLOUR,
    )


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class AccessionDialog(QDialog):
    """On OK the batch is opened through the service; `opened` is its AccessionInfo. A refusal
    (empty document number, missing print date, no intake role) is shown in the dialog."""

    def __init__(
        self, ws: Workstation, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.opened: AccessionInfo | None = None
        today = today or date.today()
        self.setWindowTitle(self.tr("New accession batch (акт приёма)"))
        self.setMinimumWidth(460)

        self.received = _date_edit(today)
        self.source = QComboBox()
        for value, name in source_names(self).items():
            self.source.addItem(name, value)
        self.supplier = QLineEdit()
        self.supplier.setPlaceholderText(self.tr("Supplier, donor or partner library"))
        self.document_number = QLineEdit()
        self.document_number.setPlaceholderText(self.tr("Invoice, deed of gift, list No."))
        self.has_document_date = QCheckBox()
        self.document_date = _date_edit(today)
        self.document_date.setEnabled(False)
        self.has_document_date.toggled.connect(self.document_date.setEnabled)
        document_date_row = QHBoxLayout()
        document_date_row.addWidget(self.has_document_date)
        document_date_row.addWidget(self.document_date, 1)

        self.print_date = _date_edit(today)
        self.medium = QComboBox()
        self.medium.addItem(self.tr("Paper (30 calendar days)"), Medium.PAPER.value)
        self.medium.addItem(self.tr("Electronic (3 working days)"), Medium.ELECTRONIC.value)
        self.deadline = QLabel()
        self.deadline.setObjectName("deadline")

        form = QFormLayout()
        form.addRow(self.tr("Date received:"), self.received)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.tr("Supplier / partner:"), self.supplier)
        form.addRow(self.tr("Document No.:"), self.document_number)
        form.addRow(self.tr("Document date:"), document_date_row)
        self.print_date_label = QLabel(self.tr("Print date:"))
        self.medium_label = QLabel(self.tr("Medium:"))
        form.addRow(self.print_date_label, self.print_date)
        form.addRow(self.medium_label, self.medium)
        form.addRow("", self.deadline)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Printed on the acceptance act"))
        form.addRow(self.tr("Notes:"), self.notes)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {LATE_COLOUR};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Open batch"))
        self.buttons.accepted.connect(self.open_batch)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for signal in (
            self.source.currentIndexChanged,
            self.medium.currentIndexChanged,
            self.received.dateChanged,
            self.print_date.dateChanged,
        ):
            signal.connect(self._update)
        self._update()

    def is_legal_deposit(self) -> bool:
        return bool(self.source.currentData() == AccessionSource.LEGAL_DEPOSIT)

    def set_source(self, source: AccessionSource | str) -> None:
        self.source.setCurrentIndex(self.source.findData(str(source)))

    def _update(self) -> None:
        legal = self.is_legal_deposit()
        for widget in (self.print_date_label, self.print_date, self.medium_label, self.medium):
            widget.setVisible(legal)
        self.deadline.setVisible(legal)
        if not legal:
            return
        deadline = legal_deposit_deadline(_date(self.print_date), self.medium.currentData())
        text, colour = deadline_text(self, _date(self.received), deadline)
        self.deadline.setText(text)
        self.deadline.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def open_batch(self) -> None:
        legal = self.is_legal_deposit()
        try:
            self.opened = self.ws.intake.open_accession(
                str(self.source.currentData()),
                self.document_number.text(),
                date=_date(self.received),
                supplier=self.supplier.text(),
                document_date=_date(self.document_date)
                if self.has_document_date.isChecked()
                else None,
                print_date=_date(self.print_date) if legal else None,
                medium=str(self.medium.currentData()) if legal else Medium.PAPER.value,
                notes=self.notes.text(),
            )
        except QorError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
