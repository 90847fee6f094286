"""The workstation's main window: a navigation list of screens (Catalog first; the intake,
audit, register and union-catalog screens add themselves with add_screen), the menus and the
status bar.

Only the catalog is built at start-up: the other screens (and the modules they import:
reportlab, python-barcode, QtMultimedia, keyring ...) are built the first time they are shown
or asked for, so the window is usable sooner. Their navigation entries and shortcuts are
there from the start."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.desk import Workstation
from app.i18n import translate
from app.security.dbrole import superuser_warning
from app.security.roles import Role
from ui.catalog import CatalogScreen
from ui.common import messages
from ui.common.feedback import Feedback, FeedbackBanner
from ui.common.keyboard import show_keyboard_help
from ui.common.locale import sorted_texts
from ui.common.scan_field import ScanField
from ui.common.scan_router import ScanRouter, scan_field_of

if TYPE_CHECKING:
    from ui.audit import AuditScreen
    from ui.intake import IntakeScreen
    from ui.unioncat import UnionCatalogScreen


_Screen = TypeVar("_Screen", bound=QWidget)


class PendingScreen(QWidget):
    """Holds a screen's place in the stack until the screen is first shown; `build` makes
    the screen."""

    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self.build = build


class MainWindow(QMainWindow):
    def __init__(self, ws: Workstation, superuser: bool | None = None) -> None:
        """`superuser`: whether the connection is a superuser's, when the caller already
        asked (start-up asks it with the library, in the same round trip)."""
        super().__init__()
        self.ws = ws
        self._superuser = superuser
        self.setWindowTitle(
            self.tr("{library} — {user} — Qor").format(library=ws.library.name, user=ws.actor.name)
        )
        self.resize(1280, 800)

        self.navigation = QListWidget()
        self.navigation.setFixedWidth(170)
        self.navigation.setStyleSheet("QListWidget::item { padding: 8px 6px; }")
        self.screens = QStackedWidget()
        self.navigation.currentRowChanged.connect(self._show_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.navigation)
        layout.addWidget(self.screens, 1)
        self.setCentralWidget(central)

        self.catalog = CatalogScreen(ws)
        self.add_screen(self.tr("Catalog"), self.catalog, "Ctrl+1")
        # Ctrl+1…6 follow the sidebar's order.
        self._intake_index = self.add_screen(
            self.tr("Intake"), PendingScreen(self._build_intake), "Ctrl+2"
        )
        self._audits_index = self.add_screen(
            self.tr("Audits"), PendingScreen(self._build_audits), "Ctrl+3"
        )
        self.add_screen(self.tr("Preservation"), PendingScreen(self._build_preservation), "Ctrl+4")
        self.add_screen(self.tr("Registers"), PendingScreen(self._build_registers), "Ctrl+5")
        self._unioncat_index = self.add_screen(
            self.tr("Union catalog"), PendingScreen(self._build_unioncat), "Ctrl+6"
        )
        self._build_menus()
        self._build_status_bar()
        self.navigation.currentRowChanged.connect(self._screen_changed)
        # One scan path for the whole window, whatever has the focus (ui.common.scan_router).
        self.scan_router = ScanRouter(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scan_router)

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

    def screen_at(self, index: int) -> QWidget:
        """The screen at `index`, built now if it has not been yet."""
        widget = self.screens.widget(index)
        if widget is None:
            raise IndexError(index)
        if not isinstance(widget, PendingScreen):
            return widget
        screen = widget.build()
        current = self.screens.currentIndex()
        self.screens.insertWidget(index, screen)
        self.screens.removeWidget(widget)
        widget.deleteLater()
        self.screens.setCurrentIndex(current)
        return screen

    def build_screens(self) -> None:
        """Build every screen not built yet (the keyboard help lists all their keys)."""
        for index in range(self.screens.count()):
            self.screen_at(index)

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.screen_at(row)
        self.screens.setCurrentIndex(row)

    # --- The screens built on first use ---------------------------------------------------
    @property
    def intake(self) -> IntakeScreen:
        from ui.intake import IntakeScreen

        return self._built(self._intake_index, IntakeScreen)

    @property
    def audits(self) -> AuditScreen:
        from ui.audit import AuditScreen

        return self._built(self._audits_index, AuditScreen)

    @property
    def unioncat(self) -> UnionCatalogScreen:
        from ui.unioncat import UnionCatalogScreen

        return self._built(self._unioncat_index, UnionCatalogScreen)

    def _built(self, index: int, kind: type[_Screen]) -> _Screen:
        screen = self.screen_at(index)
        assert isinstance(screen, kind)
        return screen

    def _build_intake(self) -> QWidget:
        from ui.intake import IntakeScreen

        return IntakeScreen(self.ws)

    def _build_audits(self) -> QWidget:
        from ui.audit import AuditScreen

        audits = AuditScreen(self.ws)
        audits.catalog_search.connect(self.search_catalog)
        audits.new_record_requested.connect(self._new_record_for_code)
        return audits

    def _build_preservation(self) -> QWidget:
        from ui.preservation import PreservationScreen

        return PreservationScreen(self.ws)

    def _build_registers(self) -> QWidget:
        from ui.registers import RegistersScreen

        return RegistersScreen(self.ws)

    def _build_unioncat(self) -> QWidget:
        from ui.unioncat import UnionCatalogScreen

        unioncat = UnionCatalogScreen(self.ws)
        unioncat.record_imported.connect(self.catalog.show_record)
        return unioncat

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
        self._focus_screen(index)

    def _focus_screen(self, index: int) -> None:
        """A screen just switched to takes the keys at once: its scan field if it has one,
        else the screen (the focus never stays on the sidebar or nowhere), and its banner
        no longer shows the result of a scan made before the switch."""
        screen = self.screens.widget(index)
        if screen is None or isinstance(screen, PendingScreen):
            return
        for banner in screen.findChildren(FeedbackBanner):
            banner.show_result(Feedback.INFO, translate("FeedbackBanner", "Ready to scan."), False)
        target = scan_field_of(screen)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif screen is self.catalog:
            self.catalog.focus_search()
        else:
            screen.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.users_action.setVisible(Role.ADMIN in self.ws.actor.roles)
        file_menu.addAction(self.users_action)
        self.migrate_action = self._action(self.tr("Migrate from IRBIS…"), self.open_migration)
        self.migrate_action.setVisible(Role.ADMIN in self.ws.actor.roles)
        file_menu.addAction(self.migrate_action)
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
        roles = ", ".join(sorted_texts(translate("roles", r.value) for r in self.ws.actor.roles))
        url = self.ws.shown_url()
        self.user_label = QLabel(
            self.tr("User: {user} ({roles})").format(user=self.ws.actor.name, roles=roles)
        )
        self.db_label = QLabel(self.tr("Database: {url}").format(url=url))
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.superuser_label: QLabel | None = None
        superuser = self._superuser
        if superuser is None:
            superuser = self.ws.connected_as_superuser()
        if superuser:
            self.superuser_label = QLabel(self.tr("Connected as a superuser"))
            self.superuser_label.setStyleSheet("color: #b00020; font-weight: bold;")
            self.superuser_label.setToolTip(superuser_warning())
            self.statusBar().addPermanentWidget(self.superuser_label)

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
        from ui.settings import SettingsDialog

        dialog = SettingsDialog(self, ws=self.ws)
        if dialog.exec() and dialog.restart_needed():
            messages.show_info(
                self, self.tr("Qor will speak the new language when it is started again.")
            )

    def open_migration(self) -> None:
        from ui.migration.wizard import MigrationWizard

        wizard = MigrationWizard(self.ws, self)
        wizard.migrated.connect(lambda _report: self.catalog.search.search_now())
        wizard.exec()

    def open_users(self) -> None:
        from ui.security.users_dialog import UsersDialog

        UsersDialog(self.ws, self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Qor"),
            self.tr(
                "<b>Qor</b> {version}<br>Cataloging, intake and fund accounting for the "
                "libraries of Kazakhstan.<br>Library: {library} ({sigla})"
            ).format(
                version=__version__, library=self.ws.library.name, sigla=self.ws.library.sigla
            ),
        )
