"""The first-run setup: name the library, give its MARC organisation code (sigla) and create
the first administrator. Problems are shown inline, in the service's words."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.demo import load_demo
from app.errors import QorError
from app.library import LibraryInfo, initialise
from app.security.users import authenticate
from db.session import Database
from ui.common import messages
from ui.common.busy import busy
from ui.common.locale import current_language, install_language, save_language
from ui.settings.settings_dialog import language_combo


class FirstRunDialog(QDialog):
    LANGUAGE_CHANGED = 2  # exec() result: ask again, in the language just chosen

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.library: LibraryInfo | None = None
        self.setWindowTitle(self.tr("Qor — set up the library"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "This database has no library yet. Name the library, give its MARC "
                "organisation code (sigla, written to 003 and 040) and create the first "
                "administrator."
            )
        )
        intro.setWordWrap(True)

        self.library_name = QLineEdit()
        self.library_name.setPlaceholderText(self.tr("e.g. Ұлттық академиялық кітапхана"))
        self.sigla = QLineEdit()
        self.sigla.setPlaceholderText(self.tr("e.g. KZ-AsNAB"))
        self.admin_name = QLineEdit("admin")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)

        self.language = language_combo(current_language())
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.load_demo = QCheckBox(self.tr("Load the demo catalog to try things on"))
        self.load_demo.setToolTip(
            self.tr("About fifty real Kazakh, Russian and English records, with copies")
        )

        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Library name:"), self.library_name)
        form.addRow(self.tr("Sigla (MARC organisation code):"), self.sigla)
        form.addRow(self.tr("Administrator:"), self.admin_name)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat the password:"), self.repeat)
        form.addRow(self.load_demo)

        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create the library"))
        self.buttons.accepted.connect(self.create_library)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _language_chosen(self) -> None:
        code = str(self.language.currentData())
        save_language(code)
        install_language(code)
        self.done(self.LANGUAGE_CHANGED)

    def carry_over(self, previous: FirstRunDialog) -> None:
        """Keep what was typed in the dialog this one replaces (after a language change)."""
        for name in ("library_name", "sigla", "admin_name", "password", "repeat"):
            getattr(self, name).setText(getattr(previous, name).text())
        self.load_demo.setChecked(previous.load_demo.isChecked())
        self.language.setFocus()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()  # a wrapped message needs the room, or its last lines are cut

    def create_library(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return
        self.setEnabled(False)  # no second click while the library is being made
        title = self.windowTitle()
        try:
            with busy(lambda: self.setWindowTitle(self.tr("Creating the library…"))):
                self.library = initialise(
                    self.db,
                    self.library_name.text(),
                    self.sigla.text(),
                    self.admin_name.text().strip(),
                    self.password.text(),
                )
        except QorError as exc:
            self.show_error(str(exc))
            return
        finally:
            self.setEnabled(True)
            self.setWindowTitle(title)
        if self.load_demo.isChecked():
            try:
                actor = authenticate(self.db, self.admin_name.text().strip(), self.password.text())
                with busy():
                    load_demo(self.db, actor)
            except QorError as exc:
                messages.show_error(
                    self, self.tr("The library is set up, but the demo catalog: {error}").format(
                        error=exc)
                )  # fmt: skip
        self.error.hide()
        self.accept()
