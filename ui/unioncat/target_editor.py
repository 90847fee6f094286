"""The form of one union catalog or search target: where it is, who signs in, which indexes it
has, and the password, which goes to the system keyring through the service (never to the
database or the settings)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import QorError
from app.i18n import QT_TRANSLATE_NOOP
from app.unioncat.config import ConfiguredTarget, default_indexes
from app.unioncat.targets import Z3950_PORT
from app.unioncat.zoom import USE_ATTRIBUTES
from ui.common import messages
from ui.common.choices import choice_name

# The save callback: the target and the new password (None: keep the stored one).
SaveTarget = Callable[[ConfiguredTarget, str | None], ConfiguredTarget]

ROLE_NAMES = {
    "union": QT_TRANSLATE_NOOP("TargetEditor", "Sync target (records go up to it)"),
    "search": QT_TRANSLATE_NOOP("TargetEditor", "Search target (copy cataloging)"),
}
PROTOCOL_NAMES = {"z3950": "Z39.50", "sru": "SRU"}
SRU_PORT = 80


def role_name(role: str) -> str:
    name = ROLE_NAMES.get(role)
    return QCoreApplication.translate("TargetEditor", name) if name else role


def index_name(index: str) -> str:
    if index == "date":
        return QCoreApplication.translate("TargetEditor", "date")
    return choice_name(index)


class TargetEditor(QDialog):
    """On OK the target goes to `save` (the service); a refusal keeps the form open and says
    why. `saved` holds the target as configured afterwards."""

    def __init__(
        self,
        save: SaveTarget,
        target: ConfiguredTarget | None = None,
        *,
        password_stored: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: ConfiguredTarget | None = None
        self.setWindowTitle(self.tr("Edit target") if target else self.tr("Add target"))
        self.setMinimumWidth(520)
        form = self._build_form(password_stored)
        self._build_index_profile()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(self.tr("Index profile (empty: the target cannot be searched by it):"))
        )
        layout.addWidget(self.indexes, 1)
        layout.addWidget(buttons)

        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if target is None:
            self._set_profile(default_indexes("z3950"))
            self.protocol.currentIndexChanged.connect(self._protocol_changed)
        else:
            self._show(target)

    def _build_form(self, password_stored: bool) -> QFormLayout:
        """Where the target is, who signs in (the password's field says whether one is kept
        in the keyring) and whether it takes the commit package."""
        self.name = QLineEdit()
        self.role = QComboBox()
        for code in ROLE_NAMES:
            self.role.addItem(role_name(code), code)
        self.protocol = QComboBox()
        for code, kind in PROTOCOL_NAMES.items():
            self.protocol.addItem(kind, code)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(Z3950_PORT)
        self.database = QLineEdit()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("/DATABASE (SRU only)"))
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("empty: anonymous"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("kept in the keyring: leave empty to keep it")
            if password_stored
            else self.tr("kept in the system keyring, never in a file")
        )
        self.commit = QCheckBox(self.tr("Send the commit package (shadow registers)"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Kind:"), self.protocol)
        form.addRow(self.tr("Host:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("SRU path:"), self.path)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow("", self.commit)
        return form

    def _build_index_profile(self) -> None:
        """Our search indexes, each with the target's own name for it (typed in)."""
        self.indexes = QTableWidget(len(USE_ATTRIBUTES), 2)
        self.indexes.setHorizontalHeaderLabels([self.tr("Index"), self.tr("Their name")])
        self.indexes.verticalHeader().hide()
        self.indexes.horizontalHeader().setStretchLastSection(True)
        for row, index in enumerate(USE_ATTRIBUTES):
            label = QTableWidgetItem(index_name(index))
            label.setData(Qt.ItemDataRole.UserRole, index)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.indexes.setItem(row, 0, label)
            self.indexes.setItem(row, 1, QTableWidgetItem(""))

    def _show(self, target: ConfiguredTarget) -> None:
        self.name.setText(target.name)
        self.role.setCurrentIndex(self.role.findData(target.role))
        self.protocol.setCurrentIndex(self.protocol.findData(target.protocol))
        self.host.setText(target.host)
        self.port.setValue(target.port)
        self.database.setText(target.database)
        self.path.setText(target.path)
        self.user.setText(target.user or "")
        self.commit.setChecked(target.needs_commit)
        self._set_profile(target.indexes)

    def _protocol_changed(self) -> None:
        # a new target starts from the profile and port a server of that kind usually has
        protocol = str(self.protocol.currentData())
        self._set_profile(default_indexes("sru" if protocol == "sru" else "z3950"))
        if self.port.value() in (Z3950_PORT, SRU_PORT):
            self.port.setValue(SRU_PORT if protocol == "sru" else Z3950_PORT)

    def _set_profile(self, indexes: dict[str, str]) -> None:
        for row in range(self.indexes.rowCount()):
            label = self.indexes.item(row, 0)
            theirs = self.indexes.item(row, 1)
            assert label is not None and theirs is not None
            theirs.setText(indexes.get(str(label.data(Qt.ItemDataRole.UserRole)), ""))

    def profile(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for row in range(self.indexes.rowCount()):
            label = self.indexes.item(row, 0)
            theirs = self.indexes.item(row, 1)
            if label is not None and theirs is not None and theirs.text().strip():
                found[str(label.data(Qt.ItemDataRole.UserRole))] = theirs.text().strip()
        return found

    def target(self) -> ConfiguredTarget:
        protocol = str(self.protocol.currentData())
        return ConfiguredTarget(
            name=self.name.text().strip(),
            role=str(self.role.currentData()),  # type: ignore[arg-type]
            protocol=protocol,  # type: ignore[arg-type]
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip() or None,
            path=self.path.text().strip() if protocol == "sru" else "",
            indexes=self.profile(),
            needs_commit=self.commit.isChecked(),
        )

    def accept(self) -> None:
        try:
            self.saved = self._save(self.target(), self.password.text() or None)
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.password.clear()
        super().accept()
