"""Signing in: the user name and password become the Actor every service call is made as."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.desk import Entrance
from app.errors import QorError
from app.security.roles import Actor


class SignInDialog(QDialog):
    def __init__(
        self, entrance: Entrance, library_name: str, user: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entrance = entrance
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Qor — sign in"))
        self.setMinimumWidth(420)

        heading = QLabel(library_name)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        heading.setWordWrap(True)

        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if user else self.user).setFocus()

    def sign_in(self) -> None:
        # One user's row and a password hash of fixed cost: inline, the user is waiting on it.
        try:
            self.actor = self.entrance.authenticate(
                self.user.text(), self.password.text(), log_success=True
            )
        except QorError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.adjustSize()
            self.password.clear()
            self.password.setFocus()
            return
        self.error.hide()
        self.accept()
