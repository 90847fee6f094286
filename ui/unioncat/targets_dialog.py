"""The configured union catalogs and search targets: listed, added, edited and removed
through app.unioncat.config (which checks the administrator's role and keeps passwords in
the system keyring)."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from app.unioncat.config import (
    ConfiguredTarget,
)
from app.unioncat.targets import has_password
from ui.common import messages
from ui.common.tables import RowsModel, resizable_table
from ui.unioncat.target_editor import PROTOCOL_NAMES, TargetEditor, role_name


class TargetsDialog(QDialog):
    """Emits nothing of its own: `changed` is True once any target was added, edited or
    removed, so the screen knows to reload its lists."""

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.changed = False
        self.editor: TargetEditor | None = None
        self._stored: set[str] = set()  # targets with a password in the keyring
        self.setWindowTitle(self.tr("Union catalog targets"))
        self.resize(860, 360)

        self.model = RowsModel(
            [
                (self.tr("Name"), lambda t: t.name),
                (self.tr("Role"), lambda t: role_name(t.role)),
                (self.tr("Kind"), lambda t: PROTOCOL_NAMES.get(t.protocol, t.protocol)),
                (self.tr("Address"), lambda t: t.url()),
                (self.tr("User"), lambda t: t.user or ""),
                (self.tr("Password"), self._password_state),
            ]
        )
        self.view = resizable_table(self.model)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        side = QHBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.edit_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(side)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.view.doubleClicked.connect(lambda _index: self.edit())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        close.rejected.connect(self.accept)
        self.refresh()

    def _password_state(self, target: ConfiguredTarget) -> str:
        if not target.user:
            return self.tr("anonymous")
        return self.tr("in the keyring") if target.name in self._stored else "—"

    def refresh(self, select: str = "") -> None:
        targets = self.ws.unioncat.list_targets()
        # asked once here, not on every repaint: a keyring call may go over D-Bus
        self._stored = {t.name for t in targets if t.user and has_password(t.name, t.user)}
        self.model.set_rows(targets)
        self.view.resizeColumnsToContents()
        names = [t.name for t in self.model.rows]
        if names:
            self.view.selectRow(names.index(select) if select in names else 0)
        self._update_buttons()

    def selected(self) -> ConfiguredTarget | None:
        row = self.view.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # Each editor is opened, not exec'd: the form stays usable and testable while open.
    def add(self) -> None:
        def save(target: ConfiguredTarget, password: str | None) -> ConfiguredTarget:
            return self.ws.unioncat.add_target(target, password=password)

        self._open(TargetEditor(save, parent=self))

    def edit(self) -> None:
        current = self.selected()
        if current is None:
            return

        def save(target: ConfiguredTarget, password: str | None) -> ConfiguredTarget:
            return self.ws.unioncat.update_target(current.name, target, password=password)

        stored = current.name in self._stored
        self._open(TargetEditor(save, current, password_stored=stored, parent=self))

    def _open(self, editor: TargetEditor) -> None:
        self.editor = editor
        editor.accepted.connect(partial(self._saved, editor))
        editor.open()

    def _saved(self, editor: TargetEditor) -> None:
        self.changed = True
        self.refresh(editor.saved.name if editor.saved else "")

    def remove(self) -> None:
        current = self.selected()
        if current is None:
            return
        question = self.tr("Remove the target {name} and forget its password?").format(
            name=current.name
        )
        if not messages.confirm(self, question):
            return
        try:
            self.ws.unioncat.remove_target(current.name)
        except QorError as exc:
            messages.show_error(self, exc)
            return
        self.changed = True
        self.refresh()
