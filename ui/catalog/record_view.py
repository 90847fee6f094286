"""One catalog record as the cataloger reads it: the catalog card, the MARC text, and who
created and last changed it."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from app.catalog.card import catalog_card_html
from app.catalog.records import RecordDetail
from app.marc.mrk import record_to_mrk
from ui.common.locale import format_datetime


class RecordView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: RecordDetail | None = None
        self.tabs = QTabWidget()
        self.card = QTextBrowser()
        self.card.setOpenExternalLinks(False)
        self.marc = QPlainTextEdit()
        self.marc.setReadOnly(True)
        self.marc.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.marc.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.tabs.addTab(self.card, self.tr("Card"))
        self.tabs.addTab(self.marc, self.tr("MARC"))
        self.info = QLabel()
        self.info.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        layout.addWidget(self.info)
        self.show_detail(None)

    def show_detail(self, detail: RecordDetail | None) -> None:
        self.detail = detail
        if detail is None:
            hint = self.tr("Select a record to see its card.")
            self.card.setHtml(f"<p style='color:#777'>{hint}</p>")
            self.marc.clear()
            self.info.clear()
            return
        self.card.setHtml(catalog_card_html(detail.record))
        self.marc.setPlainText(record_to_mrk(detail.record))
        self.info.setText(
            self.tr(
                "001 {number}\nCreated {created} by {creator}\nUpdated {updated} by {updater}"
            ).format(
                number=detail.summary.control_number,
                created=format_datetime(detail.created_at),
                creator=detail.created_by,
                updated=format_datetime(detail.updated_at),
                updater=detail.updated_by,
            )
        )
