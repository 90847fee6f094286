"""The union catalog screen: sending the catalog's changes (sync) and copy cataloging."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from app.security.roles import Actor
from db.session import Database
from ui.unioncat.copycat_panel import CopyCatPanel
from ui.unioncat.sync_panel import SyncPanel


class UnionCatalogScreen(QTabWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync_panel = SyncPanel(db, actor)
        self.copycat_panel = CopyCatPanel(db, actor)
        self.addTab(self.sync_panel, self.tr("Send to the union catalog"))
        self.addTab(self.copycat_panel, self.tr("Copy cataloging"))


__all__ = ["CopyCatPanel", "SyncPanel", "UnionCatalogScreen"]
