"""The library's signatories (administrators): the head who approves acts (БЕКІТЕМІН /
УТВЕРЖДАЮ), the standing commission that signs them, and the address of a record in the
library's own electronic catalog, sent to the union catalog so its results link back."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from ui.common import messages


class SignatoriesDialog(QDialog):
    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(self.tr("Head and commission"))
        self.setMinimumWidth(560)
        info = ws.settings.library_info()
        self.head_position = QLineEdit(info.head_position)
        self.head_position.setPlaceholderText(self.tr("e.g. Library director"))
        self.head_name = QLineEdit(info.head_name)
        self.chair = QLineEdit(info.commission_chair)
        self.members = QPlainTextEdit("\n".join(info.commission_members))
        self.members.setPlaceholderText(self.tr("One member per line"))
        self.record_url = QLineEdit(info.record_url)
        self.record_url.setPlaceholderText("https://lib.example.kz/record/{id}")
        form = QFormLayout()
        form.addRow(self.tr("Head's position"), self.head_position)
        form.addRow(self.tr("Head's name"), self.head_name)
        form.addRow(self.tr("Commission chair"), self.chair)
        form.addRow(self.tr("Commission members"), self.members)
        form.addRow(self.tr("Catalog record address"), self.record_url)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        try:
            self.ws.settings.set_formal_parts(
                head_name=self.head_name.text(), head_position=self.head_position.text(),
                chair=self.chair.text(), members=self.members.toPlainText().splitlines(),
                record_url=self.record_url.text(),
            )  # fmt: skip
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.accept()
