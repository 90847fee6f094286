"""The Settings dialog: the interface language (Kazakh, Russian, English), kept per user.
A new language applies from the next start, when every screen is built in it."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.common.locale import LANGUAGES, current_language, save_language, saved_language


def language_combo(selected: str) -> QComboBox:
    """The three interface languages, each named in itself (Қазақша, Русский, English)."""
    combo = QComboBox()
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(440)

        self.language = language_combo(saved_language(settings) or current_language())
        form = QFormLayout()
        form.addRow(self.tr("&Interface language:"), self.language)

        self.note = QLabel(self.tr("A new language applies when Qor is started again."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.language.setFocus()

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def restart_needed(self) -> bool:
        return self.chosen_language() != current_language()

    def save(self) -> None:
        save_language(self.chosen_language(), self.settings)
        self.accept()
