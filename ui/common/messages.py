"""Turning service errors into message boxes, and asking the user to confirm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import QorError


def _qor() -> str:
    return QCoreApplication.translate("messages", "Qor")


def show_error(parent: QWidget | None, error: QorError | str, title: str | None = None) -> None:
    """Show what went wrong in the service's own words (never a traceback)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or _qor())
    box.setText(str(error))
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title or _qor())
    box.setText(text)
    box.exec()


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(
        parent,
        title or _qor(),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
