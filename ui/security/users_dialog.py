"""Administration → Users: add users with their roles, set a user's password, deactivate and
reactivate users. Every change goes through app.security.users, which checks the role and
writes the event log; this dialog only shows the result."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from app.i18n import translate
from app.security.roles import Role
from app.security.users import UserInfo
from ui.common import messages


class PasswordFields(QWidget):
    """A password typed twice, so that a typing slip does not lock a user out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat the password:"), self.repeat)

    def problem(self) -> str | None:
        if self.password.text() != self.repeat.text():
            return self.tr("The two passwords differ.")
        return None


class NewUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New user"))
        self.name = QLineEdit()
        self.full_name = QLineEdit()
        self.passwords = PasswordFields()
        self.roles: dict[Role, QCheckBox] = {}
        role_box = QVBoxLayout()
        for role in Role:
            box = QCheckBox(translate("roles", role.value))
            self.roles[role] = box
            role_box.addWidget(box)
        self.roles[Role.CATALOGER].setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.name)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Roles:"), role_box)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.passwords)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def chosen_roles(self) -> list[Role]:
        return [role for role, box in self.roles.items() if box.isChecked()]

    def _check(self) -> None:
        problem = self.passwords.problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()


class PasswordDialog(QDialog):
    def __init__(self, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Password of {user}").format(user=user))
        self.passwords = PasswordFields()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passwords)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        problem = self.passwords.problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()


class UsersDialog(QDialog):
    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.users: list[UserInfo] = []
        # The sub-dialog open at the moment (non-modal to the test, modal to the user).
        self.form: NewUserDialog | PasswordDialog | None = None
        self.setWindowTitle(self.tr("Users"))
        self.resize(640, 380)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("User"), self.tr("Full name"), self.tr("Roles"), self.tr("State")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton(self.tr("Add user…"))
        self.add_button.clicked.connect(self.add_user)
        self.password_button = QPushButton(self.tr("Set password…"))
        self.password_button.clicked.connect(self.set_password)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.password_button)
        buttons.addWidget(self.active_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    # --- The list -------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        # The staff's accounts: a settings table of tens of rows, read inline (worker.py).
        try:
            self.users = self.ws.users.list_users()
        except QorError as exc:
            messages.show_error(self, exc)
            self.users = []
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            roles = ", ".join(translate("roles", r) for r in user.roles)
            state = self.tr("active") if user.active else self.tr("deactivated")
            for column, value in enumerate((user.name, user.full_name, roles, state)):
                item = QTableWidgetItem(value)
                if not user.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            if user.name == select:
                self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_user(self, name: str) -> None:
        for row, user in enumerate(self.users):
            if user.name == name:
                self.table.selectRow(row)

    def _selection_changed(self) -> None:
        user = self.selected()
        self.password_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        if user is not None and not user.active:
            self.active_button.setText(self.tr("Activate"))
        else:
            self.active_button.setText(self.tr("Deactivate"))

    # --- Changes ------------------------------------------------------------------------
    def add_user(self) -> None:
        form = NewUserDialog(self)
        form.accepted.connect(lambda: self._create(form))
        self.form = form
        form.open()

    def _create(self, form: NewUserDialog) -> None:
        name = form.name.text().strip()
        try:
            self.ws.users.add_user(
                name,
                form.passwords.password.text(),
                form.chosen_roles(),
                form.full_name.text().strip(),
            )
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.refresh(select=name)

    def set_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        form = PasswordDialog(user.name, self)
        form.accepted.connect(lambda: self._change_password(user.name, form))
        self.form = form
        form.open()

    def _change_password(self, name: str, form: PasswordDialog) -> None:
        try:
            self.ws.users.change_password(name, form.passwords.password.text())
        except QorError as exc:
            messages.show_error(self, exc)
            return
        messages.show_info(self, self.tr("The password of {user} was changed.").format(user=name))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active and not messages.confirm(
            self,
            self.tr(
                "Deactivate {user}? They will no longer be able to sign in; what they did "
                "stays in the log under their name."
            ).format(user=user.name),
        ):
            return
        try:
            self.ws.users.set_active(user.name, not user.active)
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.refresh(select=user.name)
