"""The first-run setup: name the library, give its MARC organisation code (sigla) and create
the first administrator. Problems are shown inline, in the service's words. The library is
created in a worker (the schema is built, the demo catalog loaded) under a busy bar."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.desk import Entrance
from app.errors import QorError
from app.library import LibraryInfo
from app.security.roles import Actor
from ui.common import messages
from ui.common.locale import current_language, install_language, save_language
from ui.common.worker import Worker, WorkerSet, alive
from ui.settings.settings_dialog import language_combo


def _create(
    entrance: Entrance, name: str, sigla: str, admin: str, password: str, demo: bool, **_: object
) -> tuple[LibraryInfo, str]:
    """The library, and why the demo catalog could not be loaded ("" when it was or was not
    asked for)."""
    library = entrance.initialise(name, sigla, admin, password)
    if demo:
        try:
            actor: Actor = entrance.authenticate(admin, password)
            entrance.load_demo(actor)
        except QorError as exc:
            return library, str(exc)
    return library, ""


class FirstRunDialog(QDialog):
    LANGUAGE_CHANGED = 2  # exec() result: ask again, in the language just chosen

    def __init__(self, entrance: Entrance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entrance = entrance
        self.library: LibraryInfo | None = None
        self.workers = WorkerSet()
        self.worker: Worker | None = None
        self.setWindowTitle(self.tr("Qor — set up the library"))
        self.setMinimumWidth(520)
        intro = self._build_intro()
        form = self._build_form()
        self._build_error_and_busy_bar()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def _build_intro(self) -> QLabel:
        intro = QLabel(
            self.tr(
                "This database has no library yet. Name the library, give its MARC "
                "organisation code (sigla, written to 003, 040 and 852) and create the first "
                "administrator."
            )
        )
        intro.setWordWrap(True)
        return intro

    def _build_form(self) -> QFormLayout:
        """The interface language, the library, its sigla, the administrator and the demo."""
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
        return form

    def _build_error_and_busy_bar(self) -> None:
        """Why the library was refused (hidden until then), and the bar that moves while it
        is created."""
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.hide()

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create the library"))
        self.buttons.accepted.connect(self.create_library)
        self.buttons.rejected.connect(self.reject)

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

    def create_library(self) -> Worker | None:
        if self.worker is not None:
            return None  # already being created
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("The two passwords differ."))
            self.repeat.setFocus()
            return None
        self.worker = Worker(
            _create,
            self.entrance,
            self.library_name.text(),
            self.sigla.text(),
            self.admin_name.text().strip(),
            self.password.text(),
            self.load_demo.isChecked(),
        )
        self.worker.signals.finished.connect(alive(self, self._created))
        self.worker.signals.failed.connect(alive(self, self._refused))
        self.buttons.setEnabled(False)
        self.busy.show()
        return self.workers.start(self.worker)

    def _ended(self) -> None:
        self.worker = None
        self.busy.hide()
        self.buttons.setEnabled(True)

    def _refused(self, message: str) -> None:
        self._ended()
        self.show_error(message)

    def _created(self, answer: tuple[LibraryInfo, str]) -> None:
        self._ended()
        self.library, demo_error = answer
        if demo_error:
            messages.show_error(
                self, self.tr("The library is set up, but the demo catalog: {error}").format(
                    error=demo_error)
            )  # fmt: skip
        self.error.hide()
        self.accept()

    def reject(self) -> None:
        if self.worker is None:  # a half-created library is not left behind
            super().reject()
