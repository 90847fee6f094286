"""The union catalog screen: sending the catalog's changes (sync), copy cataloging, and the
targets (union catalogs and search targets) both use."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from app.desk import Workstation
from ui.unioncat.copycat_panel import CopyCatPanel
from ui.unioncat.sync_panel import SyncPanel
from ui.unioncat.targets_dialog import TargetsDialog


class UnionCatalogScreen(QTabWidget):
    """Emits `record_imported(record_id)` after copy cataloging took a record in (the main
    window may open it), as the copy-cataloging panel does."""

    record_imported = Signal(int)

    def __init__(self, ws: Workstation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.targets_dialog: TargetsDialog | None = None
        self.sync_panel = SyncPanel(ws)
        self.copycat_panel = CopyCatPanel(ws)
        self.addTab(self.sync_panel, self.tr("Send to the union catalog"))
        self.addTab(self.copycat_panel, self.tr("Copy cataloging"))
        self.targets_button = QPushButton(self.tr("Targets…"))
        self.targets_button.setToolTip(
            self.tr("Configure the union catalogs and search targets, and their passwords")
        )
        self.setCornerWidget(self.targets_button)
        self.targets_button.clicked.connect(self.open_targets)
        self.sync_panel.targets_wanted.connect(self.open_targets)
        self.copycat_panel.record_imported.connect(self.record_imported)

    def open_targets(self) -> None:
        """Opens the targets dialog (window-modal, not blocking); the lists of targets on
        both panels are reloaded when it closes."""
        dialog = TargetsDialog(self.ws, self)
        self.targets_dialog = dialog
        dialog.finished.connect(lambda _result: self._targets_closed(dialog))
        dialog.open()

    def _targets_closed(self, dialog: TargetsDialog) -> None:
        if dialog.changed:
            self.sync_panel.refresh()
            self.copycat_panel.refresh()


__all__ = ["CopyCatPanel", "SyncPanel", "TargetsDialog", "UnionCatalogScreen"]
