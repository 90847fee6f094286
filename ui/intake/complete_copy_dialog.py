"""Completing one copy at the desk: scan a pre-printed label onto it (or have one made by the
library's scheme), edit its call number, choose its location; saved in one action."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import DuplicateBarcode, QorError
from app.intake.copies import CopyInfo
from app.intake.status import ItemStatus
from ui.common.feedback import Feedback, FeedbackBanner, SoundPlayer
from ui.common.scan_field import ScanField, ScanSettings
from ui.intake.add_copies_dialog import record_call_number


class CompleteCopyDialog(QDialog):
    """On Save the changes go through the service; `completed` holds the copy as saved. A
    refusal (label on another copy or a shelf, no intake role) keeps the dialog open."""

    def __init__(
        self,
        ws: Workstation,
        copy: CopyInfo,
        parent: QWidget | None = None,
        scan_settings: ScanSettings | None = None,
        player: SoundPlayer | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws, self.copy = ws, copy
        self.completed: CopyInfo | None = None
        self.label_code: str | None = None
        self.setWindowTitle(self.tr("Complete copy {number}").format(number=copy.inventory_number))
        self.setMinimumWidth(560)
        in_processing = copy.status == ItemStatus.IN_PROCESSING

        heading = QLabel(
            self.tr("<b>{title}</b><br>Inventory No. {number} · barcode {barcode}").format(
                title=copy.title, number=copy.inventory_number, barcode=copy.barcode or "—"
            )
        )
        heading.setWordWrap(True)
        self.label_scan = ScanField(scan_settings)
        self.label_scan.setPlaceholderText(self.tr("Scan the pre-printed label for this copy"))
        self.label_scan.setEnabled(in_processing)
        self.generate = QCheckBox(self.tr("Make a barcode by the library's scheme"))
        self.generate.setEnabled(in_processing)
        self.call_number = QLineEdit(copy.call_number or self._default_call_number())
        self.location = QComboBox()
        for place in ws.intake.list_locations():
            self.location.addItem(f"{place.code} — {place.name}", place.code)
        self.location.setCurrentIndex(self.location.findData(copy.location_code))
        self.feedback = FeedbackBanner(player=player)
        self.feedback.show_result(
            Feedback.INFO,
            self.tr("Scan a label, edit the call number, choose the location; then save."),
            False,
        )

        form = QFormLayout()
        form.addRow(self.tr("Label:"), self.label_scan)
        form.addRow("", self.generate)
        form.addRow(self.tr("Call number:"), self.call_number)
        form.addRow(self.tr("Location:"), self.location)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setAutoDefault(False)
        save.setDefault(False)  # Enter ends a label scan; it must not save yet
        save.setToolTip(
            QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        )
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, self.save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)

        self.label_scan.scanned.connect(self.take_label)
        self.label_scan.typed.connect(self.take_label)
        (self.label_scan if in_processing else self.call_number).setFocus()

    def _default_call_number(self) -> str:
        try:
            summary = self.ws.catalog.get_record(self.copy.record_id).summary
        except QorError:
            return ""
        return record_call_number(self.ws, summary)

    def take_label(self, scan: str) -> None:
        """The label to put on the copy, checked at once as the service will check it."""
        try:
            code = self.ws.intake.check_label(scan, self.copy.inventory_number)
        except DuplicateBarcode as exc:
            if exc.inventory_number == self.copy.inventory_number:
                self.feedback.show_result(
                    Feedback.INFO, self.tr("This label is already on this copy."), False
                )
                return
            self.feedback.show_result(Feedback.DUPLICATE, str(exc))
            return
        except QorError as exc:
            self.feedback.show_result(Feedback.REFUSED, str(exc))
            return
        self.label_code = code
        self.generate.setChecked(False)
        self.feedback.show_result(
            Feedback.COPY_FOUND,
            self.tr("Label {code} goes on copy {number} when you save.").format(
                code=code, number=self.copy.inventory_number
            ),
        )

    def save(self) -> None:
        text = self.call_number.text()
        call_number = text if " ".join(text.split()) != self.copy.call_number else None
        chosen = self.location.currentData()
        location = str(chosen) if chosen is not None and chosen != self.copy.location_code else None
        generate = self.generate.isChecked() and self.label_code is None
        if self.label_code is None and not generate and call_number is None and location is None:
            self.completed = self.copy  # nothing changed
            self.accept()
            return
        try:
            self.completed = self.ws.intake.complete_copy(
                self.copy.id,
                barcode=self.label_code,
                generate_barcode=generate,
                call_number=call_number,
                location_code=location,
            )
        except DuplicateBarcode as exc:
            self.feedback.show_result(Feedback.DUPLICATE, str(exc))
            return
        except QorError as exc:
            self.feedback.show_result(Feedback.REFUSED, str(exc))
            return
        self.accept()
