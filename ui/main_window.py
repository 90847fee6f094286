"""The workstation's main window: a navigation list of screens (Catalog first; the intake,
audit, register and union-catalog screens add themselves with add_screen), the menus and the
status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)
from sqlalchemy.engine import make_url

from app import __version__
from app.i18n import translate
from app.library import LibraryInfo
from app.security.roles import Actor, Role
from db.session import Database
from ui.audit import AuditScreen
from ui.catalog import CatalogScreen
from ui.common import messages
from ui.common.keyboard import show_keyboard_help
from ui.common.scan_field import ScanField
from ui.intake import IntakeScreen
from ui.preservation import PreservationScreen
from ui.registers import RegistersScreen
from ui.security.users_dialog import UsersDialog
from ui.settings import SettingsDialog
from ui.unioncat import UnionCatalogScreen


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, library: LibraryInfo) -> None:
        super().__init__()
        self.db, self.actor, self.library = db, actor, library
        self.setWindowTitle(
            self.tr("{library} — {user} — Qor").format(library=library.name, user=actor.name)
        )
        self.resize(1280, 800)

        self.navigation = QListWidget()
        self.navigation.setFixedWidth(170)
        self.navigation.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.screens = QStackedWidget()
        self.navigation.currentRowChanged.connect(self.screens.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)

        self.catalog = CatalogScreen(db, actor, library)
        self.add_screen(self.tr("Catalog"), self.catalog, "Ctrl+1")
        self.intake = IntakeScreen(db, actor, library)
        self.add_screen(self.tr("Intake"), self.intake, "Ctrl+2")
        self.audits = AuditScreen(db, actor, library)
        self.add_screen(self.tr("Audits"), self.audits, "Ctrl+4")
        self.add_screen(self.tr("Preservation"), PreservationScreen(db, actor, library), "Ctrl+5")
        self.add_screen(self.tr("Registers"), RegistersScreen(db, actor, library), "Ctrl+6")
        self.unioncat = UnionCatalogScreen(db, actor)
        self.add_screen(self.tr("Union catalog"), self.unioncat, "Ctrl+3")
        self.audits.catalog_search.connect(self.search_catalog)
        self.audits.new_record_requested.connect(self._new_record_for_code)
        self.unioncat.record_imported.connect(self.catalog.show_record)
        self._build_menus()
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self._screen_changed)

    def add_screen(self, title: str, widget: QWidget, shortcut: str | None = None) -> int:
        """Add a screen to the navigation; `shortcut` (e.g. "Ctrl+2") switches to it."""
        index = self.screens.addWidget(widget)
        self.navigation.addItem(title)
        if shortcut:
            QShortcut(QKeySequence(shortcut), self, lambda: self.show_screen(index))
            self.navigation.item(index).setToolTip(f"{title} ({shortcut})")
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)
        return index

    def show_screen(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def search_catalog(self, query: str) -> None:
        """The catalog screen, searching `query` (an audit's unknown ISBN, say)."""
        self.show_screen(self.screens.indexOf(self.catalog))
        self.catalog.search.query.setText(query)
        self.catalog.search.search_now()

    def _new_record_for_code(self, _code: str) -> None:
        self.show_screen(self.screens.indexOf(self.catalog))
        self.catalog.new_record()

    def _screen_changed(self, index: int) -> None:
        # Edit and Delete act on the catalog's selection: not from another screen (Del in an
        # audit table must not offer to delete a catalog record).
        on_catalog = self.screens.widget(index) is self.catalog
        self.edit_action.setEnabled(on_catalog)
        self.delete_action.setEnabled(on_catalog)

    def _action(
        self, text: str, slot: object, *shortcuts: QKeySequence | QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(text, self)
        keys = [QKeySequence(s) for s in shortcuts]
        if keys:
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        catalog = self.catalog
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.import_action = self._action(self.tr("Import MARC…"), catalog.import_marc, "Ctrl+I")
        self.export_action = self._action(self.tr("Export…"), catalog.export, "Ctrl+E")
        self.quit_action = self._action(self.tr("Quit"), self.close, "Ctrl+Q")
        self.settings_action = self._action(self.tr("Settings…"), self.open_settings, "Ctrl+,")
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        # Only administrators manage users; the service refuses anyone else all the same.
        self.users_action = self._action(self.tr("Users…"), self.open_users)
        self.users_action.setVisible(Role.ADMIN in self.actor.roles)
        file_menu.addAction(self.users_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        record_menu = menu.addMenu(self.tr("&Record"))
        self.new_action = self._action(
            self.tr("New record from book template"), catalog.new_record, "Ctrl+N"
        )
        self.edit_action = self._action(
            self.tr("Edit"), catalog.edit_record, "Ctrl+Return", "Ctrl+Enter", "F4"
        )
        self.delete_action = self._action(self.tr("Delete…"), catalog.delete_record, "Del")
        record_menu.addAction(self.new_action)
        record_menu.addAction(self.edit_action)
        record_menu.addAction(self.delete_action)

        self.find_action = self._action(self.tr("Find"), self.focus_search, "Ctrl+F", "F3")
        self.scan_action = self._action(self.tr("Scan field"), self.focus_scan, "F2")

        help_menu = menu.addMenu(self.tr("&Help"))
        self.keys_action = self._action(
            self.tr("Keyboard shortcuts"), lambda: show_keyboard_help(self), "F1"
        )
        help_menu.addAction(self.keys_action)
        help_menu.addAction(self._action(self.tr("About Qor"), self.about))

    def _build_status_bar(self) -> None:
        roles = ", ".join(sorted(translate("roles", r.value) for r in self.actor.roles))
        url = make_url(self.db.url).render_as_string(hide_password=True)
        self.user_label = QLabel(
            self.tr("User: {user} ({roles})").format(user=self.actor.name, roles=roles)
        )
        self.db_label = QLabel(self.tr("Database: {url}").format(url=url))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

    def focus_search(self) -> None:
        self.show_screen(0)
        self.catalog.focus_search()

    def focus_scan(self) -> None:
        """F2: the scan field of the screen in front (the intake desk's when it has none)."""
        screen = self.screens.currentWidget() or self.intake
        fields = [f for f in screen.findChildren(ScanField) if f.isVisible() and f.isEnabled()]
        if not fields:
            self.show_screen(self.screens.indexOf(self.intake))
            fields = [self.intake.scan]
        fields[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        fields[0].selectAll()

    def open_settings(self) -> None:
        dialog = SettingsDialog(self)
        if dialog.exec() and dialog.restart_needed():
            messages.show_info(
                self, self.tr("Qor will speak the new language when it is started again.")
            )

    def open_users(self) -> None:
        UsersDialog(self.db, self.actor, self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Qor"),
            self.tr(
                "<b>Qor</b> {version}<br>Cataloging, intake and fund accounting for the "
                "libraries of Kazakhstan.<br>Library: {library} ({sigla})"
            ).format(version=__version__, library=self.library.name, sigla=self.library.sigla),
        )
