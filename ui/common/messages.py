"""Turning service errors into message boxes, and asking the user to confirm."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import QorError


def _qor() -> str:
    return QCoreApplication.translate("messages", "Qor")


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, text: str, title: str | None = None
) -> QMessageBox:
    """A box with one button, named in the interface's language (Qt's own Russian
    translation leaves it "OK", in Latin letters)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title or _qor())
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("messages", "OK"))
    return box


def show_error(parent: QWidget | None, error: QorError | str, title: str | None = None) -> None:
    """Show what went wrong in the service's own words (never a traceback). An error that
    carries a `detail` in another library's words (a Z39.50 diagnostic's text) shows it only
    behind the box's details button."""
    box = message_box(parent, QMessageBox.Icon.Warning, str(error), title)
    detail = getattr(error, "detail", "")
    if detail:
        box.setDetailedText(str(detail))
    box.exec()


def show_info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    message_box(parent, QMessageBox.Icon.Information, text, title).exec()


def confirm(parent: QWidget | None, text: str, title: str | None = None) -> bool:
    answer = QMessageBox.question(
        parent,
        title or _qor(),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
