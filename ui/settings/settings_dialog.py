"""The Settings dialog, kept per user: the interface language (Kazakh, Russian, English; it
applies from the next start, when every screen is built in it) and how this workstation's
barcode scanner talks (the characters it wraps each code in, how fast it types, the
double-scan window, scan sounds; they apply to scan fields opened afterwards). An
administrator also sees the library's own settings here, kept in the database for every
workstation: how many copies may be added at once without typing their number."""

from __future__ import annotations

import codecs

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.desk import Workstation
from app.errors import QorError
from app.intake.copies import MAX_COPIES
from app.security.roles import Role
from ui.common import messages
from ui.common.feedback import sound_enabled
from ui.common.locale import LANGUAGES, current_language, save_language, saved_language
from ui.common.scan_field import ScanSettings


def shown_characters(text: str) -> str:
    """Control characters a scanner sends (STX, ETX, ...) written as \\x02, so they can be
    seen and typed; printable ones as they are."""
    return "".join(c if c.isprintable() and c != "\\" else f"\\x{ord(c):02x}" for c in text)


def typed_characters(text: str) -> str:
    """The reverse of `shown_characters`: \\x02, \\t, \\r ... become the characters."""
    try:
        return codecs.decode(text.encode("latin-1", "backslashreplace"), "unicode_escape")
    except UnicodeDecodeError as exc:
        raise ValueError(str(exc)) from exc


def language_combo(selected: str) -> QComboBox:
    """The three interface languages, each named in itself (Қазақша, Русский, English)."""
    combo = QComboBox()
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class SettingsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
        ws: Workstation | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.ws = ws
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(580)

        self.language = language_combo(saved_language(settings) or current_language())
        form = QFormLayout()
        form.addRow(self.tr("&Interface language:"), self.language)

        self.note = QLabel(self.tr("A new language applies when Qor is started again."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")

        scanner = ScanSettings.load(settings)
        self.prefix = QLineEdit(shown_characters(scanner.prefix))
        self.suffix = QLineEdit(shown_characters(scanner.suffix))
        for edit in (self.prefix, self.suffix):
            edit.setPlaceholderText(self.tr("none (e.g. \\x02 for STX)"))
        self.interval = QSpinBox()
        self.interval.setRange(5, 500)
        self.interval.setSuffix(self.tr(" ms"))
        self.interval.setValue(int(scanner.max_interval_ms))
        self.repeat = QSpinBox()
        self.repeat.setRange(0, 10_000)
        self.repeat.setSingleStep(100)
        self.repeat.setSuffix(self.tr(" ms"))
        self.repeat.setValue(int(scanner.repeat_ms))
        self.tab_ends = QCheckBox(self.tr("&Tab ends a scan, as Enter does"))
        self.tab_ends.setChecked(scanner.tab_ends_scan)
        self.sound = QCheckBox(self.tr("&Sound for each scan result"))
        self.sound.setChecked(sound_enabled(settings))
        self._scanner = scanner
        group = QGroupBox(self.tr("Barcode scanner"))
        scan_form = QFormLayout(group)
        scan_form.addRow(self.tr("&Prefix it sends:"), self.prefix)
        scan_form.addRow(self.tr("S&uffix it sends:"), self.suffix)
        scan_form.addRow(self.tr("Keys at most this far apart are a &scan:"), self.interval)
        scan_form.addRow(self.tr("The same code again within this counts &once:"), self.repeat)
        scan_form.addRow(self.tab_ends)
        scan_form.addRow(self.sound)

        # The library's settings: administrators only, for every workstation of the library.
        self.library_group = QGroupBox(self.tr("This library (all workstations)"))
        self.confirm_above = QSpinBox()
        self.confirm_above.setRange(1, MAX_COPIES)
        self.administrator = ws is not None and Role.ADMIN in ws.actor.roles
        self._confirm_above = (
            ws.settings.confirm_above() if ws is not None and self.administrator else 0
        )
        self.confirm_above.setValue(max(1, self._confirm_above))
        library_form = QFormLayout(self.library_group)
        library_form.addRow(
            self.tr("Adding more copies than this at once asks to &type their number:"),
            self.confirm_above,
        )
        self.library_group.setVisible(self.administrator)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(group)
        layout.addWidget(self.library_group)
        layout.addWidget(self.buttons)
        self.language.setFocus()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def restart_needed(self) -> bool:
        return self.chosen_language() != current_language()

    def save(self) -> None:
        try:
            prefix, suffix = (
                typed_characters(self.prefix.text()),
                typed_characters(self.suffix.text()),
            )
        except ValueError as exc:
            messages.show_error(
                self,
                self.tr("The scanner's prefix or suffix is not readable: {error}").format(
                    error=exc
                ),
            )
            return
        limit = self.confirm_above.value()
        changed = self.administrator and self._confirm_above != limit
        if changed and self.ws is not None:
            try:
                self.ws.settings.set_confirm_above(limit)
            except QorError as exc:
                messages.show_error(self, str(exc))
                return
            self._confirm_above = limit
        save_language(self.chosen_language(), self.settings)
        ScanSettings(
            max_interval_ms=float(self.interval.value()),
            min_length=self._scanner.min_length,
            prefix=prefix,
            suffix=suffix,
            repeat_ms=float(self.repeat.value()),
            tab_ends_scan=self.tab_ends.isChecked(),
        ).save(self.settings)
        store = self.settings if self.settings is not None else QSettings()
        store.setValue("scanner/sound", "true" if self.sound.isChecked() else "false")
        store.sync()
        self.accept()
