"""Confirming an irreversible act deliberately: the operator types a word or number shown in
the question. A scanner's burst and its Enter cannot give this confirmation: the field
accepts only slow typing's result, the window's scan router takes a burst back out of it, and
the confirm button is not the default (Enter alone does nothing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class TypedConfirmation(QDialog):
    """Accept is enabled only once `expected` is typed exactly; Enter alone never accepts."""

    def __init__(self, parent: QWidget | None, question: str, expected: str) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.expected = expected
        self.setWindowTitle(translate("confirm", "Confirm"))
        label = QLabel(question)
        label.setWordWrap(True)
        hint = QLabel(translate("confirm", "Type {what} to confirm:").format(what=expected))
        self.answer = QLineEdit()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("confirm", "Confirm"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("confirm", "Cancel")
        )
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.ok.setEnabled(False)
        self.answer.textChanged.connect(
            lambda text: self.ok.setEnabled(text.strip() == self.expected)
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(hint)
        layout.addWidget(self.answer)
        layout.addWidget(self.buttons)
        self.answer.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # only the Confirm button (click, Alt+key, Tab+Space) confirms
            return
        super().keyPressEvent(event)


def confirm_by_typing(parent: QWidget | None, question: str, expected: str) -> bool:
    dialog = TypedConfirmation(parent, question, expected)
    return dialog.exec() == QDialog.DialogCode.Accepted
