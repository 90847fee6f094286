"""The library's locations (departments, storages, shelf ranges) and adding one: its code,
name, department and the shelf's own barcode. A fresh library has none, and copies must live
somewhere, so the intake desk reaches this dialog itself."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from app.intake.locations import LocationInfo
from ui.common.feedback import Feedback, FeedbackBanner, SoundPlayer


class LocationsDialog(QDialog):
    """`added` holds the locations added while the dialog was open."""

    def __init__(
        self,
        ws: Workstation,
        parent: QWidget | None = None,
        player: SoundPlayer | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.added: list[LocationInfo] = []
        self.setWindowTitle(self.tr("Locations"))
        self.setMinimumWidth(520)

        self.places = QListWidget()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("e.g. ABON or KS-1"))
        self.name = QLineEdit()
        self.department = QLineEdit()
        self.barcode = QLineEdit()
        self.barcode.setPlaceholderText(self.tr("optional: scan the shelf's label"))
        self.add_button = QPushButton(self.tr("Add location"))
        self.add_button.setAutoDefault(False)
        self.feedback = FeedbackBanner(player=player)

        form = QFormLayout()
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.tr("Shelf barcode:"), self.barcode)
        form.addRow("", self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter adds the location; it must not close the dialog
        close.setDefault(False)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.places, 1)
        layout.addLayout(form)
        layout.addWidget(self.feedback)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add)
        for field in (self.code, self.name, self.department, self.barcode):
            field.returnPressed.connect(self.add)  # a scanned shelf label ends with Enter
        self.refresh()
        self.code.setFocus()

    def refresh(self) -> None:
        self.places.clear()
        try:
            places = self.ws.intake.list_locations()
        except QorError as exc:
            self.feedback.show_result(Feedback.REFUSED, str(exc))
            return
        for place in places:
            text = f"{place.code} — {place.name}"
            if place.barcode:
                text += " · " + self.tr("shelf barcode {barcode}").format(barcode=place.barcode)
            self.places.addItem(text)
        if not places:
            self.feedback.show_result(
                Feedback.INFO, self.tr("No locations yet: add the first one."), False
            )

    def add(self) -> None:
        try:
            place = self.ws.intake.add_location(
                self.code.text(),
                self.name.text(),
                department=self.department.text(),
                barcode=self.barcode.text().strip() or None,
            )
        except QorError as exc:
            self.feedback.show_result(Feedback.REFUSED, str(exc))
            return
        self.added.append(place)
        for field in (self.code, self.name, self.department, self.barcode):
            field.clear()
        self.refresh()
        self.feedback.show_result(
            Feedback.INFO,
            self.tr("Location {code} added.").format(code=place.code),
            False,
        )
        self.code.setFocus()
